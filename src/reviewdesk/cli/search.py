"""The ``search`` command."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reviewdesk.cli.common import to_json

if TYPE_CHECKING:
    import argparse

    from reviewdesk.db import Store


def cmd_search(args, store: Store) -> int:
    from reviewdesk.services.search import search

    hits = search(store, args.query, limit=args.limit)
    if args.json:
        print(to_json([hit.__dict__ for hit in hits]))
        return 0
    if not hits:
        print("No matches.")
    for hit in hits:
        where = hit.case_reference or "unpaired"
        print(f"{where:<18} {hit.document_kind:<9} {hit.filename}")
        print(f"    {' '.join(hit.snippet.split())}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    sub = commands.add_parser("search", help="full-text search over all documents")
    sub.add_argument("query")
    sub.add_argument("--limit", type=int, default=20)
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_search)
