"""The ``reviewdesk`` entry point: the command line, which opens the window when asked for none.

``reviewdesk [--store PATH] FILE…`` (what a desktop's "Open with" and a double-click run) opens the
window with those files: a store is opened, letters and replies are imported into the store and shown.
When a window is already open on that store, the files go to it and this launch ends.
"""

from __future__ import annotations

import sys
from pathlib import Path

# The suffixes the desktop entry declares (packaging/linux): the same as gui/single_instance.py, kept here
# so that telling files from commands loads neither Qt nor the command modules.
OPENABLE_SUFFIXES = (".rdstore", ".rdbundle", ".pdf", ".docx", ".txt")


def files_to_open(argv: list[str]) -> tuple[str | None, list[str]] | None:
    """``(store, files)`` when the arguments are files to open rather than a command; else None.

    A file is a path with an openable suffix or one that exists: no command name has a dot or a slash.
    """
    store, files, args = None, [], list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--store" and args:
            store = args.pop(0)
        elif arg.startswith("--store="):
            store = arg.split("=", 1)[1]
        elif arg.startswith("-"):
            return None  # --help, --version: the command line's
        elif arg.lower().endswith(OPENABLE_SUFFIXES) or (("/" in arg or "\\" in arg) and Path(arg).is_file()):
            files.append(arg)
        else:
            return None
    return (store, files) if files else None


def open_gui(store: str | None, files: list[str] | None = None) -> int:
    try:
        from reviewdesk.gui.app import run  # noqa: PLC0415 - Qt is loaded only when the window is wanted
    except ImportError as exc:
        print(f"reviewdesk: the desktop window cannot start ({exc}); the commands still work, see --help",
              file=sys.stderr)
        return 2
    return run(store, files=files or [])


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    opening = files_to_open(arguments)
    if opening is not None:
        return open_gui(*opening)
    from reviewdesk.cli import main as cli_main  # noqa: PLC0415

    return cli_main(argv, open_gui=open_gui)
