"""Working as a team: ``history`` (who did what on a case) and ``team`` (the roles of a team store)."""

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


def cmd_team(args, store: Store) -> int:
    from reviewdesk.db import roles

    if args.action == "init":
        names = roles.init(store)
        print(f"roles of {store.location.describe()}: {', '.join(names)} (reader < reviewer < editor)")
    elif args.action == "grant":
        member = roles.grant(store, args.user, args.role)
        print(f"{member.user} is now {member.role} of {store.location.describe()}")
    else:
        found = roles.members(store)
        if args.json:
            print(to_json([{"user": m.user, "role": m.role} for m in found]))
        elif not found:
            print("No member yet: 'reviewdesk team grant USER ROLE' adds one.")
        for member in found if not args.json else ():
            print(f"{member.user:<24} {member.role}")
    return 0


def _team_usage(args) -> str | None:
    return None if args.action else "usage: reviewdesk team init | grant USER ROLE | users [--json]"


def register(commands: argparse._SubParsersAction) -> None:
    sub = commands.add_parser("history", help="who did what on a case: tags, notes, links, verdicts, grades, "
                                              "corrections, newest first")
    sub.add_argument("reference")
    sub.add_argument("--json", action="store_true")
    sub.set_defaults(func=cmd_history)

    sub = commands.add_parser("team", help="the roles of a team store (PostgreSQL): reader, reviewer, editor, "
                                           "enforced by the server")
    actions = sub.add_subparsers(dest="action", metavar="ACTION")
    actions.add_parser("init", help="create or update the store's three roles and their rights (the owner runs it)")
    grant = actions.add_parser("grant", help="give USER one role (reader: read and export; reviewer: also annotate "
                                             "and assess; editor: also import, correct, edit vocabularies)")
    grant.add_argument("user")
    grant.add_argument("role", choices=("reader", "reviewer", "editor"))
    users = actions.add_parser("users", help="who holds which role")
    users.add_argument("--json", action="store_true")
    sub.set_defaults(func=cmd_team, precheck=_team_usage)
