"""The ``export`` command: Word briefings and portfolios, CSV and JSON tables."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from reviewdesk.db import Store


def cmd_export(args, store: Store) -> int:
    from reviewdesk.cli.qda import export_qda
    from reviewdesk.services.analytics import breakdowns
    from reviewdesk.services.export import (
        ASSESSMENT_FIELDS,
        TAG_FIELDS,
        ExportOptions,
        assessment_rows,
        export_briefing,
        tag_rows,
        write_table,
    )

    sections = {part.strip().lower() for part in args.sections.split(",")} if args.sections else None
    options = ExportOptions(author=args.reviewer or "ReviewDesk", paper=args.paper, template=args.template,
                            chosen_sections=sections, analytics=not args.no_analytics, language=args.language,
                            analytics_by=tuple(d.value for d in breakdowns(args.analytics_by)),
                            comment_authors=not args.comments_by_reviewer)
    if args.docx or args.pdf:
        docx, pdf = (Path(args.docx) if args.docx else None), (Path(args.pdf) if args.pdf else None)
        comments = export_briefing(store, args.references, docx, options, reviewer=args.reviewer,
                                   full_texts=not args.no_full_text, redaction=args.redaction, pdf=pdf)
        written = " and ".join(str(path) for path in (docx, pdf) if path)
        print(f"wrote {written} ({len(args.references)} case(s), {comments} comments)")
    export_qda(args, store)
    for fmt, target in (("csv", args.csv), ("json", args.json)):
        if not target:
            continue
        base = Path(target)
        tags = base.with_name(f"{base.stem}-tags{base.suffix}")
        verdicts = base.with_name(f"{base.stem}-assessment{base.suffix}")
        write_table(tag_rows(store, args.references, args.redaction), TAG_FIELDS, tags, fmt, args.excel,
                    also=[(assessment_rows(store, args.references, args.redaction), ASSESSMENT_FIELDS, verdicts)])
        print(f"wrote {tags} and {verdicts}")
    return 0


def _check_export(args) -> str | None:
    if not (args.docx or args.pdf or args.csv or args.json or args.qdpx or args.qdc):
        return "say what to write: --docx, --pdf, --csv, --json, --qdpx and/or --qdc"
    if not args.references and (args.docx or args.pdf or args.csv or args.json or args.qdpx):
        return "say which cases to export: one or more references"
    return None


def register(commands: argparse._SubParsersAction) -> None:
    from reviewdesk.cli.qda import add_export_options

    sub = commands.add_parser("export", help="export an annotated Word briefing (several references: a portfolio)")
    sub.add_argument("references", nargs="*", metavar="REFERENCE")
    sub.add_argument("--docx", metavar="OUT.docx")
    sub.add_argument("--pdf", metavar="OUT.pdf", help="the briefing as PDF, converted by LibreOffice (soffice)")
    sub.add_argument("--language", choices=["en", "fr", "es"], default="en",
                     help="of the briefing's headings, labels, verdicts and dates (the letters' quotes stay as written)")
    sub.add_argument("--csv", metavar="OUT.csv", help="tags and assessment as OUT-tags.csv and OUT-assessment.csv")
    sub.add_argument("--json", metavar="OUT.json", help="the same as JSON")
    sub.add_argument("--excel", action="store_true", help="CSV with a UTF-8 byte-order mark, as Excel expects")
    sub.add_argument("--template", metavar="T.docx", help="take styles from this Word document")
    sub.add_argument("--paper", choices=["a4", "letter"], default="a4")
    sub.add_argument("--reviewer", default="", help="who exports: the cover's reviewer, and the author of comments "
                                                   "whose tag or link records none")
    sub.add_argument("--comments-by-reviewer", action="store_true",
                     help="sign every comment with --reviewer instead of the reviewer who made its tag or link")
    sub.add_argument("--no-full-text", action="store_true", help="leave out the allegations and reply texts")
    sub.add_argument("--no-analytics", action="store_true",
                     help="leave the Analytics chapter (charts and tables) out of a portfolio")
    sub.add_argument("--analytics-by", metavar="DIM[,DIM]", default="addressee kind",
                     help='the Analytics chapter\'s breakdowns, in order: "addressee kind" (default), country, '
                          'mandate, type, year, term; e.g. country,mandate')
    sub.add_argument("--sections", metavar="LIST", help="full texts to include, e.g. allegations,reply (default: all)")
    sub.add_argument("--redaction", choices=["redacted", "pseudonymised", "full"], default="redacted",
                     help="what the case's redactions become: black bars (default), pseudonyms, or the full text")
    add_export_options(sub)
    sub.set_defaults(func=cmd_export, precheck=_check_export)
