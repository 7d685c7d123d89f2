"""The ``search``, ``facets`` and ``saved`` commands: full-text search, facet counts and smart folders."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reviewdesk.cli.common import to_json

if TYPE_CHECKING:
    import argparse

    from reviewdesk.db import Store
    from reviewdesk.services.dto import CaseFilter, SearchResults


def case_filter(args, query: str = "") -> CaseFilter:
    """The filter of ``--facet key=value`` options (and a query); shared with ``cases``."""
    from reviewdesk.services.dto import CaseFilter
    from reviewdesk.services.facets import parse_facet_argument

    return CaseFilter(query or "", tuple(parse_facet_argument(text) for text in (args.facet or ())))


def add_facet_option(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--facet", action="append", metavar="KEY=VALUE",
                     help="keep only cases with this facet value (repeatable: the same key ORed, keys ANDed), "
                          'e.g. --facet country=CHN --facet term="Forced labour"; see "reviewdesk facets"')


def _hits_json(results: SearchResults) -> list[dict]:
    return [{"document_id": h.document_id, "case_id": h.case_id, "case_reference": h.case_reference,
             "document_kind": h.document_kind.value, "filename": h.filename, "snippet": h.snippet, "rank": h.rank,
             "matches": [list(m) for m in h.matches]} for h in results.hits]


def _print_hits(results: SearchResults) -> None:
    if not results.hits:
        print("No matches.")
        return
    groups: dict[str, list] = {}
    for hit in results.hits:  # by case, cases in the order of their best hit
        groups.setdefault(hit.case_reference or "(not filed under a case)", []).append(hit)
    for reference, hits in groups.items():
        print(reference)
        for hit in hits:
            print(f"  {hit.document_kind.value:<9} {hit.filename}  ({len(hit.matches)} match"
                  f"{'es' if len(hit.matches) != 1 else ''})")
            print(f"      {hit.snippet}")
    shown = len(results.hits)
    if results.total > shown:
        print(f"{shown} of {results.total} matching documents shown (--limit to see more)")


def cmd_search(args, store: Store) -> int:
    from reviewdesk.services.search import search

    results = search(store, args.query, case_filter(args), limit=args.limit, stemming=not args.no_stemming)
    if args.json:
        print(to_json(_hits_json(results)))
    else:
        _print_hits(results)
    return 0


def cmd_facets(args, store: Store) -> int:
    from reviewdesk.services.facets import facet_counts

    facets = facet_counts(store, case_filter(args, args.query))
    if args.json:
        print(to_json([{"key": f.key, "label": f.label, "values": [
            {"key": v.key, "label": v.label, "count": v.count, "depth": v.depth, "selected": v.selected}
            for v in f.values]} for f in facets]))
        return 0
    for facet in facets:
        print(f"{facet.label} ({facet.key})")
        if not facet.values:
            print("    (none)")
        for value in facet.values:
            mark = "*" if value.selected else " "
            key = f"  [{value.key}]" if value.key != value.label else ""
            print(f"  {mark}{'  ' * value.depth}{value.label}{key}: {value.count}")
    return 0


def cmd_saved(args, store: Store) -> int:
    from reviewdesk.services import saved_searches as saved

    if args.action == "list":
        counts = saved.saved_search_counts(store)
        rows = [{"name": s.name, "query": s.filter.query, "facets": [list(f) for f in s.filter.facets],
                 "cases": counts.get(s.id)} for s in saved.list_saved_searches(store)]
        if args.json:
            print(to_json(rows))
        elif not rows:
            print('No saved searches. Save one with: reviewdesk saved save NAME [QUERY] [--facet KEY=VALUE]')
        for row in rows:
            facets = " ".join(f"{k}={v}" for k, v in row["facets"])
            count = "no longer applies" if row["cases"] is None else f"{row['cases']} cases"
            print(f"{row['name']}: {row['query']!r} {facets} ({count})")
        return 0
    if args.action == "save":
        edit = saved.save_search(store, args.name, case_filter(args, args.query or ""))
        print(f"Saved {edit.value.name!r}.")
        return 0
    if args.action == "delete":
        saved.delete_saved_search(store, args.name)
        print(f"Deleted {args.name!r}.")
        return 0
    return _run_saved(args, store)


def _run_saved(args, store: Store) -> int:
    """``saved run NAME``: the cases it selects; with a query, also its hits."""
    from reviewdesk.cli.cases import print_cases
    from reviewdesk.services.cases import list_cases
    from reviewdesk.services.saved_searches import saved_search
    from reviewdesk.services.search import search

    filters = saved_search(store, args.name).filter
    cases = list_cases(store, filters)
    results = search(store, filters.query, filters) if filters.query.strip() else None
    if args.json:
        from datetime import date

        from reviewdesk.cli.common import case_row

        data = {"cases": [case_row(c, date.today()) for c in cases]}
        if results is not None:
            data.update(hits=_hits_json(results), total=results.total)
        print(to_json(data))
        return 0
    print_cases(cases)
    if results is not None:
        print()
        _print_hits(results)
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    sub = commands.add_parser("search", help="full-text search over all documents (words, \"phrases\", -word, OR, prefix*)")
    sub.add_argument("query")
    add_facet_option(sub)
    sub.add_argument("--no-stemming", action="store_true", help="find words only as written (no other forms)")
    sub.add_argument("--limit", type=int, default=20)
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_search)

    sub = commands.add_parser("facets", help="count cases by addressee, country, type, mandate, year, reply, term…")
    sub.add_argument("query", nargs="?", default="")
    add_facet_option(sub)
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_facets)

    sub = commands.add_parser("saved", help="saved searches (smart folders): list, save, delete, run")
    actions = sub.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the saved searches with their number of cases")
    listing.add_argument("--json", action="store_true", help="print JSON")
    saving = actions.add_parser("save", help="save a query and facet values under a name (replacing one of that name)")
    saving.add_argument("name")
    saving.add_argument("query", nargs="?", default="")
    add_facet_option(saving)
    deleting = actions.add_parser("delete", help="delete a saved search")
    deleting.add_argument("name")
    running = actions.add_parser("run", help="the cases a saved search selects (and its hits when it has a query)")
    running.add_argument("name")
    running.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_saved)
