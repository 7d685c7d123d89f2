"""The ``reviewdesk`` entry point: the command line, which opens the window when asked for none."""

from __future__ import annotations

import sys


def open_gui(store: str | None) -> int:
    try:
        from reviewdesk.gui.app import run  # noqa: PLC0415 - Qt is loaded only when the window is wanted
    except ImportError as exc:
        print(f"reviewdesk: the desktop window cannot start ({exc}); the commands still work, see --help",
              file=sys.stderr)
        return 2
    return run(store)


def main(argv: list[str] | None = None) -> int:
    from reviewdesk.cli import main as cli_main  # noqa: PLC0415

    return cli_main(argv, open_gui=open_gui)
