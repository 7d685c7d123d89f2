"""Working as a team: ``history`` (who did what on a case)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reviewdesk.cli.common import printable, to_json

if TYPE_CHECKING:
    import argparse

    from reviewdesk.db import Store


def cmd_history(args, store: Store) -> int:
    from reviewdesk.services.history import case_history

    entries = case_history(store, args.reference)
    if args.json:
        print(to_json([entry.as_json() for entry in entries]))
        return 0
    if not entries:
        print(f"Nothing recorded on {args.reference} yet.")
        return 0
    for entry in entries:
        when = entry.at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{when}  {printable(entry.author or '(unknown)'):<16} {entry.kind:<10} {printable(entry.what)}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    sub = commands.add_parser("history", help="who did what on a case: tags, notes, links, verdicts, grades, "
                                              "corrections, newest first")
    sub.add_argument("reference")
    sub.add_argument("--json", action="store_true")
    sub.set_defaults(func=cmd_history)
