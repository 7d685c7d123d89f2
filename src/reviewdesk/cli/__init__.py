"""The ``reviewdesk`` command: the same services as the GUI, without a display.

With no command it opens the desktop window through the callback that
:mod:`reviewdesk.launcher` passes in, so this package never imports Qt.
``main`` opens the store once for the command that needs one and closes it at
the end. Each module of the package registers its commands; services are
imported inside each command, so ``--version``, ``--help`` and the window start
without loading SQLAlchemy, PyMuPDF or python-docx for nothing.

A command sets ``func`` (called with the open store) and may set ``precheck``
(called with the arguments before the store is opened; returns a usage message
or ``None``), or ``opens_store=False`` (``func`` gets the arguments alone and
handles the store file itself). An encrypted store is unlocked by one rule for
every command (``cli.passphrase.unlock``).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable

from reviewdesk import __version__
from reviewdesk.domain.errors import ReviewDeskError

# The same as reviewdesk.db.paths.STORE_ENV (a test checks): importing the db package
# here would load SQLAlchemy and Alembic for --help.
STORE_ENV = "REVIEWDESK_STORE"

# In the order `reviewdesk --help` lists their commands.
COMMAND_MODULES = ("cases", "search", "review", "redact", "export", "qda", "follow", "store", "team", "bundle")


def cmd_gui(args) -> int:
    if args.open_gui is None:
        print("reviewdesk: the desktop window is not available here; see 'reviewdesk --help'", file=sys.stderr)
        return 2
    return args.open_gui(args.store)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reviewdesk",
        description="Review UN Special Procedures communications offline: import letters and replies, "
        "read their structure, search them. With no command, opens the desktop window.",
    )
    parser.add_argument("--version", action="version", version=f"reviewdesk {__version__}")
    parser.add_argument(
        "--store", metavar="PATH_OR_URL", default=None,
        help=f"store file, or a team store's postgresql:// URL (default: ${STORE_ENV} or the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"reviewdesk.cli.{name}").register(commands)
    commands.add_parser("gui", help="open the desktop window (the default)").set_defaults(func=cmd_gui)
    return parser


def main(argv: list[str] | None = None, open_gui: Callable[[str | None], int] | None = None) -> int:
    """Run a command; with none, ``open_gui(store)`` opens the window (the launcher passes it)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.open_gui = open_gui
    command = getattr(args, "func", cmd_gui)
    try:
        if command is cmd_gui:
            return cmd_gui(args)
        precheck = getattr(args, "precheck", None)
        problem = precheck(args) if precheck else None
        if problem:
            print(f"reviewdesk: {problem}", file=sys.stderr)
            return 2
        if not getattr(args, "opens_store", True):
            return command(args)
        from reviewdesk.cli.passphrase import unlock
        from reviewdesk.db import open_store

        with open_store(unlock(args.store)) as store:
            return command(args, store)
    except ReviewDeskError as exc:  # the one place a user-facing failure is reported
        print(f"reviewdesk: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly, as Unix tools do.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("reviewdesk: interrupted; every file finished before the interruption is kept", file=sys.stderr)
        return 130
