"""Following communications up: ``deadlines`` (with an iCalendar export) and ``analytics``."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reviewdesk.cli.common import to_json

if TYPE_CHECKING:
    import argparse

    from reviewdesk.db import Store


def _as_of(args) -> date:
    return args.as_of or date.today()


def _day(text: str) -> date:
    import argparse

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _days_text(row) -> str:
    from reviewdesk.services.deadlines import DeadlineState

    if row.days is None:
        return "—"
    if row.state.open:
        return f"{row.days} late" if row.state is DeadlineState.OVERDUE else f"{row.days} left"
    return f"{row.days} late" if row.days > 0 else ("on the day" if row.days == 0 else f"{-row.days} early")


def cmd_deadlines(args, store: Store) -> int:
    from reviewdesk.services.deadlines import deadline_rows, export_calendar, group_rows

    today = _as_of(args)
    rows = deadline_rows(store, today=today, within=args.within)
    if args.ics:
        count = export_calendar(store, Path(args.ics), today=today)
        print(f"wrote {args.ics} ({count} open communication(s))", file=sys.stderr if args.json else sys.stdout)
    if args.json:
        if args.group == "none":
            print(to_json([row.as_json() for row in rows]))
        else:
            print(to_json({g.name: [row.as_json() for row in g.rows] for g in group_rows(rows, args.group)}))
        return 0
    if not rows:
        print("No communication" + (f" due within {args.within} days." if args.within is not None else "."))
        return 0
    for group in group_rows(rows, args.group):
        if args.group != "none":
            print(f"\n{group.name} ({len(group.rows)})")
        for row in group.rows:
            due = row.reply_due.isoformat() if row.reply_due else "no due date"
            mark = "   " if row.days_left is None or row.days_left >= 0 else "!! "
            who = row.organisation or row.addressee or "—"
            print(f"{mark}{row.reference:<18} {row.state.value:<19} {due:<11} {_days_text(row):>10}  {who[:60]}")
    return 0


def _figures_json(figures) -> dict:
    return {
        "cases": figures.cases, "replied": figures.replied, "reply_rate": figures.reply_rate,
        "deadline_known": figures.deadline_known, "within_deadline": figures.within_deadline,
        "within_share": figures.within_share, "delays": list(figures.delays), "median_delay": figures.median_delay,
        "p90_delay": figures.p90_delay,
        "grades": {d.scale: {key: count for key, _label, count in d.counts} for d in figures.grades},
        "verdicts": {str(d.question): {v.value: count for v, count in d.counts} for d in figures.verdicts},
    }


def cmd_analytics(args, store: Store) -> int:
    from reviewdesk.services.analytics import analytics, table_csv, tables
    from reviewdesk.services.export import write_file

    result = analytics(store, dimension=args.by, today=_as_of(args))
    if args.csv:
        folder = Path(args.csv)
        folder.mkdir(parents=True, exist_ok=True)
        for index, table in enumerate(tables(result), 1):
            target = folder / f"{index:02d}-{_slug(table.title)}.csv"
            write_file(table_csv(table, args.excel), target)
            print(f"wrote {target}", file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(to_json({"breakdown": result.dimension.value, "all": _figures_json(result.total),
                       "groups": {g.name: _figures_json(g.figures) for g in result.groups}}))
        return 0
    if not args.csv:
        for table in tables(result):
            print(f"\n{table.title}")
            widths = [max(len(str(x)) for x in column) for column in zip(table.columns, *table.rows)]
            for row in (table.columns, *table.rows):
                print("  ".join(str(x)[:60].ljust(min(w, 60)) for x, w in zip(row, widths)).rstrip())
    return 0


def _slug(title: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in title.lower()).split())


def register(commands: argparse._SubParsersAction) -> None:
    sub = commands.add_parser("deadlines", help="where every communication stands against its reply due date")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.add_argument("--within", type=int, metavar="DAYS",
                     help="only communications awaiting a reply due within DAYS days (and the overdue ones)")
    sub.add_argument("--ics", metavar="FILE.ics", help="also write the open communications' due dates as iCalendar")
    sub.add_argument("--group", choices=["none", "mandate", "reviewer"], default="none",
                     help="group by mandate or by reviewer (who tagged or corrected the case)")
    sub.add_argument("--as-of", type=_day, metavar="YYYY-MM-DD", help="count days from this date (default: today)")
    sub.set_defaults(func=cmd_deadlines)

    sub = commands.add_parser("analytics", help="reply rate, delays, grades and verdicts, broken down")
    # Checked by the service (services.analytics.Dimension), which names the choices when one is wrong.
    sub.add_argument("--by", default="addressee kind", metavar="BREAKDOWN",
                     help='"addressee kind" (default), country, mandate, type, year or "allegation term"')
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.add_argument("--csv", metavar="FOLDER", help="write each table as a CSV file in FOLDER")
    sub.add_argument("--excel", action="store_true", help="CSV with a UTF-8 byte-order mark, as Excel expects")
    sub.add_argument("--as-of", type=_day, metavar="YYYY-MM-DD", help="judge overdue replies on this date")
    sub.set_defaults(func=cmd_analytics)
