"""The window's package data (icon, style sheet, user guide), read at run time: nothing is compiled."""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path

RESOURCES = files("reviewdesk.gui") / "resources"
_extracted = ExitStack()  # files Qt reads by name stay extracted while the app runs (only a zipped install extracts)
atexit.register(_extracted.close)


def resource_path(name: str) -> Path:
    """A real file for ``resources/<name>`` (a file or a folder), for Qt APIs that take a path."""
    return _extracted.enter_context(as_file(RESOURCES / name))
