"""Compile Qt Designer forms (ui/*.ui) into the generated, git-ignored reviewdesk.gui.forms package."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS_SRC = ROOT / "ui"
FORMS_OUT = ROOT / "src" / "reviewdesk" / "gui" / "forms"
HEADER = "# Generated from ui/{name} by packaging/build_ui.py: do not edit.\n"


RESOURCES = ROOT / "resources" / "reviewdesk.qrc"
RESOURCES_OUT = ROOT / "src" / "reviewdesk" / "gui" / "resources_rc.py"


def _tool(name: str) -> list[str] | None:
    exe = str(Path(sys.executable).with_name(name))
    if not Path(exe).exists():
        exe = shutil.which(name) or ""
    return [exe] if exe else None


def main() -> int:
    forms = sorted(FORMS_SRC.glob("*.ui"))
    FORMS_OUT.mkdir(parents=True, exist_ok=True)
    (FORMS_OUT / "__init__.py").write_text('"""Generated from ui/*.ui: do not edit."""\n', encoding="utf-8")
    uic, rcc = _tool("pyside6-uic"), _tool("pyside6-rcc")
    if uic is None or rcc is None:
        print("build_ui: pyside6-uic/pyside6-rcc not found; install PySide6", file=sys.stderr)
        return 1
    code = subprocess.run([*rcc, str(RESOURCES)], capture_output=True, text=True, check=True).stdout
    RESOURCES_OUT.write_text("# Generated from resources/reviewdesk.qrc by packaging/build_ui.py: do not edit.\n" + code,
                             encoding="utf-8")
    for form in forms:
        target = FORMS_OUT / f"ui_{form.stem}.py"
        code = subprocess.run([*uic, "--from-imports", str(form)], capture_output=True, text=True, check=True).stdout
        target.write_text(HEADER.format(name=form.name) + code, encoding="utf-8")
    print(f"build_ui: {len(forms)} form(s) compiled into {FORMS_OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
