"""Build hook: the Qt Linguist sources (.ts) are compiled to .qm package data with pyside6-lrelease.

Everything else is declared in pyproject.toml. The .qm files are build products (not in git): a wheel
gets them in its build folder, an editable install (and ``packaging/update_translations.sh``) next
to the .ts sources, where the running app reads them (gui/i18n.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path("reviewdesk", "gui", "resources", "translations")


def lrelease() -> str:
    """pyside6-lrelease from PATH or beside this Python (a venv's bin, PySide6-Essentials being a build need)."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = shutil.which("pyside6-lrelease") or (str(beside) if beside.exists() else None)
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials to build ReviewDesk")
    return found


def compile_translations(source: Path, target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(source.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        source = Path("src") / TRANSLATIONS
        editable = getattr(self, "editable_mode", False)
        compile_translations(source, source if editable else Path(self.build_lib) / TRANSLATIONS)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        qms = [str(Path(self.build_lib) / TRANSLATIONS / ts.with_suffix(".qm").name)
               for ts in (Path("src") / TRANSLATIONS).glob("*.ts")]
        return super().get_outputs(include_bytecode) + qms


if __name__ == "__main__":  # how setuptools' build backend runs this file; a test imports it for the function
    setup(cmdclass={"build_py": BuildPyWithTranslations})
