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


def cmd_checkout(args) -> int:
    from reviewdesk.cli.passphrase import PASSPHRASE_ENV, new_passphrase
    from reviewdesk.db import StoreLocation, open_store
    from reviewdesk.services.team_sync import checkout

    passphrase = new_passphrase(StoreLocation.parse(args.output), PASSPHRASE_ENV) if args.encrypt else None
    with open_store(args.origin) as server:
        local = checkout(server, args.references, args.output, passphrase)
        local.close()
    print(f"checked out {len(args.references)} case(s) from {server.location.describe()} into {args.output}")
    return 0


def cmd_checkin(args) -> int:
    from reviewdesk.cli.bundle import print_report
    from reviewdesk.cli.passphrase import unlock
    from reviewdesk.db import open_store
    from reviewdesk.services.team_sync import checked_out, checkin

    with open_store(unlock(args.local_store or args.store)) as local:
        origin, _refs = checked_out(local)
        with open_store(args.origin or origin) as server:
            to_server, to_local = checkin(local, server)
    print("to the team store: ", end="")
    print_report(to_server)
    print("to this store: ", end="")
    print_report(to_local)
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
    out = actions.add_parser("checkout", help="copy cases of a team store into a new local store to work offline")
    out.add_argument("references", nargs="+", metavar="REF")
    out.add_argument("--from", dest="origin", required=True, metavar="URL", help="the team store (postgresql://…)")
    out.add_argument("-o", "--output", required=True, metavar="FILE", help="the new local store")
    out.add_argument("--encrypt", action="store_true",
                     help="encrypt the local store (passphrase from $REVIEWDESK_PASSPHRASE or typed twice)")
    out.set_defaults(func=cmd_checkout, opens_store=False)
    back = actions.add_parser("checkin", help="merge a checked-out store with its team store, both ways")
    back.add_argument("--store", dest="local_store", metavar="FILE", default=None, help="the checked-out store")
    back.add_argument("--to", dest="origin", metavar="URL", default=None,
                      help="the team store, if its URL needs a password or moved (default: the one checked out from)")
    back.set_defaults(func=cmd_checkin, opens_store=False)
    sub.set_defaults(func=cmd_team, precheck=_team_usage)
