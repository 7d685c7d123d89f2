"""Screenshots of the workspace as a new user sees it, for docs/screenshots and for looking at layouts.

Run under a virtual screen of the size to show (first start fits the screen it opens on):

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py docs/screenshots/workspace-1366.png
    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python tools/screenshots.py docs/screenshots/workspace-1920.png

Files named after the output are imported instead of the demo case (e.g. a letter with more questions).
The interface language is the system's, or ``REVIEWDESK_LANGUAGE=fr`` (``es``, ``en``):

    REVIEWDESK_LANGUAGE=fr xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py docs/screenshots/workspace-fr.png

It builds a store in a temporary folder (the demo case and the fixture reply), opens the window with
fresh settings, opens the demo case on its reply with a question selected, and saves a grab.
Prints the number of Answers rows fully visible, the check a laptop screen needs (at least six).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from reviewdesk.db import open_store
from reviewdesk.gui import i18n
from reviewdesk.gui.app import load_resources
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.gui.operations import Operations
from reviewdesk.gui.settings import Settings
from reviewdesk.services.cases import list_cases
from reviewdesk.services.demo import import_demo
from reviewdesk.services.importer import import_paths


def _settle(app: QApplication, milliseconds: int = 600) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    app.processEvents()


def visible_answer_rows(window: MainWindow) -> int:
    table = window.answers.panel.table
    viewport = table.viewport().rect()
    rows = table.model().rowCount()
    return sum(1 for row in range(rows)
               if viewport.contains(table.visualRect(table.model().index(row, 0)).adjusted(0, 0, -1, -1)))


def search_field_inside(window: MainWindow) -> bool:
    field = window.search.field
    if not field.isVisible():
        return False
    top_left = field.mapTo(window, field.rect().topLeft())
    return window.rect().contains(top_left) and window.rect().contains(top_left + field.rect().bottomRight())


def main(out: str, files: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("ReviewDesk")
    load_resources(app)
    i18n.install(i18n.resolve(""))  # as the app starts: $REVIEWDESK_LANGUAGE, else the system's language
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.rdstore")
        if files:
            import_paths(store, files)
        else:
            import_demo(store)
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(Operations(store, synchronous=True), settings)
        window.show()
        _settle(app)
        case = list_cases(store)[0]
        window.go_to_case(case.id)
        _settle(app)
        table = window.answers.panel.table
        if table.model().rowCount() > 1:
            table.selectRow(1)
        _settle(app)
        window.grab().save(out)
        screen = app.primaryScreen().availableGeometry()
        print(f"{out}: screen {screen.width()}×{screen.height()}, window {window.width()}×{window.height()}, "
              f"answers rows fully visible {visible_answer_rows(window)} of {table.model().rowCount()}, "
              f"search field inside the window {search_field_inside(window)}")
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "workspace.png", sys.argv[2:]))
