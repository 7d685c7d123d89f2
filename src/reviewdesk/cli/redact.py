"""The ``redact`` command: mark a name, source or place hidden in every export of a case, or list the marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reviewdesk.cli.common import printable, reviewer, to_json

if TYPE_CHECKING:
    import argparse

    from reviewdesk.db import Store


def cmd_redact(args, store: Store) -> int:
    from reviewdesk.services.cases import case_detail
    from reviewdesk.services.redaction import (
        redact,
        redactions_for_case,
        remove_redaction,
    )

    detail = case_detail(store, args.reference)
    case_id = detail.summary.id
    names = {d.id: d.filename for d in detail.documents}
    if args.text is not None:
        made = redact(store, case_id, args.text, args.pseudonym, reviewer(args)).value
        shown = f" as {args.pseudonym!r}" if args.pseudonym else ""
        print(printable(f"redacted {len(made)} occurrence(s) of {args.text!r} in {detail.summary.reference}{shown}"))
    for redaction_id in args.remove or ():
        removed = remove_redaction(store, redaction_id).value
        print(printable(f"removed redaction {removed.id} ({removed.text!r})"))
    if args.list:
        rows = redactions_for_case(store, case_id)
        if args.json:
            print(to_json([{"id": r.id, "document": names.get(r.document_id, ""), "start": r.start, "end": r.end,
                            "text": r.text, "pseudonym": r.pseudonym, "author": r.author,
                            "created_at": r.created_at.isoformat()} for r in rows]))
        elif not rows:
            print(f"No redaction in {detail.summary.reference}.")
        for r in rows if not args.json else ():
            print(printable(f"{r.id:>5}  {names.get(r.document_id, '')}  {r.start}–{r.end}  {r.text!r}"
                            f"  → {r.pseudonym or '[redacted]'}"))
    return 0


def _check(args) -> str | None:
    if args.text is None and not args.list and not args.remove:
        return "say what to do: --text \"…\" to redact, --list to show the redactions, --remove ID"
    if args.pseudonym is not None and args.text is None:
        return "--pseudonym goes with --text"
    return None


def register(commands: argparse._SubParsersAction) -> None:
    sub = commands.add_parser("redact", help="hide a name, source or place in every export of a case")
    sub.add_argument("reference", metavar="REFERENCE")
    sub.add_argument("--text", help="redact every occurrence of this text in the case's documents (case and "
                                    "accents aside)")
    sub.add_argument("--pseudonym", help="what pseudonymised exports show instead, e.g. \"Mr. A\"")
    sub.add_argument("--list", action="store_true", help="list the case's redactions")
    sub.add_argument("--remove", type=int, action="append", metavar="ID", help="remove a redaction (see --list)")
    sub.add_argument("--json", action="store_true", help="--list as JSON")
    sub.add_argument("--by", default="", help="who redacts (default: the login name)")
    sub.set_defaults(func=cmd_redact, precheck=_check)
