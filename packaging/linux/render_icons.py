"""Render the application icon (gui/resources/icons/reviewdesk.svg) to the hicolor theme's PNG sizes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/linux/render_icons.py

Qt's own SVG renderer (already a dependency) draws them, so no image tool is needed; the PNGs are
committed (tests/test_desktop_files.py checks every size is there, square, at its size).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "src" / "reviewdesk" / "gui" / "resources" / "icons" / "reviewdesk.svg"
THEME = ROOT / "packaging" / "linux" / "icons" / "hicolor"
APP_ID = "org.reviewdesk.ReviewDesk"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(target: Path = THEME) -> list[Path]:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage painting needs one
    renderer = QSvgRenderer(str(SVG))
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = target / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(path), "PNG")
        written.append(path)
    scalable = target / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    return [*written, scalable]


if __name__ == "__main__":
    for path in render():
        print(path.relative_to(ROOT))
