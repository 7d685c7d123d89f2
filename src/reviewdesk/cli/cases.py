"""Commands that read and correct cases: import, list, show, edit, file, re-analyse."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reviewdesk.cli.common import (
    TerminalProgress,
    case_row,
    printable,
    reviewer,
    to_json,
)
from reviewdesk.cli.search import add_facet_option, case_filter
from reviewdesk.domain.vocabulary import CHOSEN_KINDS

if TYPE_CHECKING:
    import argparse

    from reviewdesk.db import Store


def cmd_import(args, store: Store) -> int:
    from reviewdesk.services.dto import ImportStatus
    from reviewdesk.services.importer import import_paths

    progress = TerminalProgress()

    def finished(result) -> None:  # each file's line as soon as it is committed: a killed run shows what was done
        path, reason = printable(result.path), printable(result.reason)
        where = f" -> {result.reference}" if result.reference else (" -> needs a reference" if result.unfiled else "")
        kind = f" ({result.kind})" if result.kind else ""
        lines = [f"imported   {path}{kind}{where}" if result.status is ImportStatus.IMPORTED
                 else f"{result.status.value:<10} {path}: {reason}"]
        lines += [f"  warning: {printable(warning)}" for warning in result.warnings]
        progress.clear()
        print("\n".join(lines), flush=True)

    summary = import_paths(store, args.paths, progress=progress, finished=finished,
                           ocr_language=None if args.no_ocr else args.ocr_lang)
    print(
        f"{len(summary.imported)} imported, {len(summary.duplicates)} duplicate, "
        f"{len(summary.failed)} failed"
    )
    return 1 if summary.failed else 0


def _unfiled(args, store: Store) -> int:
    from reviewdesk.services.filing import unfiled_documents

    documents = unfiled_documents(store)
    if args.json:
        print(to_json([{"id": d.id, "file": d.filename, "kind": d.kind, "date": d.date, "addressee": d.addressee,
                      "organisation": d.organisation, "first_lines": list(d.first_lines),
                      "references_seen": list(d.references_seen), "companions": list(d.companions),
                      "needs_ocr": d.needs_ocr} for d in documents]))
        return 0
    if not documents:
        print("No document needs a reference.")
    for d in documents:
        found = ", ".join(x for x in (str(d.date) if d.date else "", d.addressee or "", d.organisation or "") if x)
        print(f"[{d.id}] {d.kind:<8} {d.filename}" + (f"  ({found})" if found else "")
              + ("  needs OCR" if d.needs_ocr else ""))
        for line in d.first_lines[:3]:
            print(f"      | {line[:100]}")
        if d.references_seen:
            print(f"      cites: {', '.join(d.references_seen)}")
    if documents:
        print('Give one its reference with: reviewdesk file ID "AL OTH 78/2021"')
    return 0


def cmd_cases(args, store: Store) -> int:
    from reviewdesk.services.cases import list_cases

    if args.unfiled:
        return _unfiled(args, store)
    filters = case_filter(args)
    cases = list_cases(store, filters if not filters.empty else None)
    if args.json:
        today = date.today()
        print(to_json([case_row(c, today) for c in cases]))
        return 0
    if not cases and filters.empty:
        print("No cases yet. Import letters with: reviewdesk import FILE_OR_FOLDER")
        return 0
    print_cases(cases)
    return 0


def print_cases(cases) -> None:
    """The case list as a table (``cases``, ``saved run``)."""
    if not cases:
        print("No cases match.")
        return
    today = date.today()
    print(f"{'Reference':<18} {'Date':<10} {'Due':<10} {'Docs':>4}  {'Status':<8} Addressee")
    for row in (case_row(c, today) for c in cases):
        who = ", ".join(x for x in (row["addressee"], row["organisation"]) if x)
        print(
            f"{row['reference']:<18} {row['date'] or '':<10} {row['reply_due'] or '':<10} "
            f"{row['documents']:>4}  {row['reply_status']:<8} {who}"
        )


def cmd_show(args, store: Store) -> int:
    from reviewdesk.services.cases import case_detail, show_json

    data = show_json(case_detail(store, args.reference))
    if args.json:
        print(to_json(data))
        return 0
    corrected = data["corrected"]

    def mark(key: str) -> str:  # corrected fields say so, with who and when
        found = corrected.get(key)
        return f"  [corrected by {found['by'] or 'reviewer'} on {found['at'][:10]}]" if found else ""

    for key in ("reference", "type", "date", "reply_due", "addressee", "addressee_title", "organisation", "language"):
        if key in data:
            print(f"{key.replace('_', ' ').capitalize():<15} {data.get(key) or '—'}{mark(key)}")
    for key in ("mandates", "hrc_resolutions", "similar_letters_to", "footnotes"):
        values = data.get(key) or []
        print(f"{key.replace('_', ' ').capitalize()} ({len(values)}):{mark(key)}")
        for value in values:
            print(f"  - {value}")
    print(f"Questions ({len(data.get('questions') or [])}):")
    for number, question in enumerate(data.get("questions") or [], start=1):
        print(f"  {number}. {question}")
    print("Signatories:")
    for person in data.get("signatories") or []:
        print(f"  - {person['name']}, {person['title']}")
    annex = data.get("annex")
    if annex:
        print(f"Annex: {annex['title']}")
        for cite in annex["cites"]:
            print(f"  - {cite}")
    print("Documents:")
    for document in data["documents"]:
        flag = " (needs OCR)" if document["needs_ocr"] else ""
        flag += "".join(f" [{name} corrected]" for name in document["corrected"])
        print(f"  [{document['id']}] {document['kind']:<9} {document['file']}{flag}")
    if data["orphaned_annotations"]:
        print(f"Orphaned annotations: {data['orphaned_annotations']} (reviewdesk orphans \"{data['reference']}\")")
    return 0


def cmd_edit(args, store: Store) -> int:
    from reviewdesk.services.cases import case_detail
    from reviewdesk.services.corrections import (
        InvalidValue,
        correct_fields,
        revert_field,
    )

    case_id = case_detail(store, args.reference).summary.id
    changes: dict[str, object] = {}
    for item in args.set:
        name, equals, raw = item.partition("=")
        if not equals:
            raise InvalidValue(name or item, "write it as FIELD=VALUE")
        try:
            changes[name] = json.loads(raw) if args.json else raw
        except json.JSONDecodeError as exc:
            raise InvalidValue(name, f"not JSON ({exc.msg}); without --json the value is taken as text") from None
    written = correct_fields(store, case_id, changes, reviewer(args)).value if changes else {}
    for name in args.revert:
        revert_field(store, case_id, name)
        print(f"{name}: back to the parsed value")
    for name, correction in written.items():
        print(f"{name}: {to_json(correction.previous)} -> {to_json(correction.value)}")
    if changes and not written:
        print("Nothing changed: the values are already those.")
    return 0


def cmd_file(args, store: Store) -> int:
    from reviewdesk.services.filing import file_document

    filed = file_document(store, args.document, args.reference, reviewer(args)).value
    made = "new case " if filed.created_case else ""
    print(f"document(s) {', '.join(map(str, filed.document_ids))} filed in {made}{filed.reference}"
          + (f"; replies paired: {', '.join(map(str, filed.paired_reply_ids))}" if filed.paired_reply_ids else ""))
    return 0


def cmd_document(args, store: Store) -> int:
    from reviewdesk.services.document_kinds import set_document_kind
    from reviewdesk.services.filing import move_document

    if args.kind:
        set_document_kind(store, args.document, args.kind, reviewer(args))
        print(f"document {args.document} is now a {args.kind}")
    if args.move or args.unfile:
        filed = move_document(store, args.document, None if args.unfile else args.move).value
        print(f"document(s) {', '.join(map(str, filed.document_ids))} "
              + (f"moved to {filed.reference}" if filed.reference else "taken out of their case (Needs a reference)"))
    return 0


def _find_offset(text: str, start: int, end: int, words: str) -> int:
    """Where ``words`` begin inside ``text[start:end]``, line breaks and spacing ignored."""
    pattern = r"\s+".join(re.escape(word) for word in words.split())
    found = re.compile(pattern, re.IGNORECASE).search(text, start, end) if pattern else None
    if found is None:
        from reviewdesk.services.questions import QuestionEditError
        raise QuestionEditError(f"{words!r} is not in that question")
    return found.start()


def cmd_question(args, store: Store) -> int:
    from reviewdesk.services import questions as editor
    from reviewdesk.services.cases import case_detail

    letter = case_detail(store, args.reference).letter()
    if letter is None:
        raise editor.QuestionEditError(f"{args.reference} has no letter")
    by_number = {q.number: q for q in letter.questions}

    def question(number: int):
        if number not in by_number:
            raise editor.QuestionEditError(f"{args.reference} has no question {number}")
        return by_number[number]

    who = reviewer(args)
    if args.action == "split":
        q = question(args.number)
        offset = args.at if args.at is not None else _find_offset(letter.text, q.start, q.end, args.before or "")
        editor.split_question(store, q.id, offset, who)
    elif args.action == "merge":
        editor.merge_questions(store, question(args.number).id, question(args.number + 1).id, who)
    elif args.action == "span":
        editor.set_question_span(store, question(args.number).id, args.start, args.end, who)
    elif args.action == "add":
        editor.add_question(store, letter.id, args.start, args.end, who)
    elif args.action == "remove":
        editor.remove_question(store, question(args.number).id, who)
    elif args.action == "renumber":
        editor.renumber_questions(store, letter.id, None, who)
    for q in case_detail(store, args.reference).letter().questions:
        print(f"Q{q.number} [{q.label}] {q.start}–{q.end}{' (orphaned)' if q.orphaned else ''}  {q.text[:100]}")
    return 0


def cmd_reanalyse(args, store: Store) -> int:
    from reviewdesk.services.cases import case_detail
    from reviewdesk.services.reanalysis import cases_needing_reanalysis, reanalyse

    if args.all:
        case_ids = None
    elif args.outdated:
        case_ids = [c.id for c in cases_needing_reanalysis(store)]
    elif args.references:
        case_ids = [case_detail(store, reference).summary.id for reference in args.references]
    else:
        print("reviewdesk: say what to re-analyse: REFERENCE…, --outdated or --all", file=sys.stderr)
        return 2
    report = reanalyse(store, case_ids, progress=TerminalProgress(), ocr_language=args.ocr_lang).value
    placed = ", ".join(f"{count} {method}" for method, count in sorted(report.placed.items())) or "none"
    print(f"{report.cases} case(s), {report.documents} document(s) re-read, {report.texts_changed} text(s) changed")
    print(f"annotations placed: {placed}; orphaned (kept, see reviewdesk orphans): {report.orphaned}")
    for line in report.filed:
        print(f"  filed: {line}")
    for line in report.notes:
        print(f"  note: {line}")
    for line in report.skipped:
        print(f"  skipped: {line}")
    return 0


def cmd_orphans(args, store: Store) -> int:
    from reviewdesk.services.cases import case_detail
    from reviewdesk.services.orphans import orphaned_annotations

    orphans = orphaned_annotations(store, case_detail(store, args.reference).summary.id)
    if args.json:
        print(to_json([o.__dict__ for o in orphans]))
        return 0
    if not orphans:
        print("No orphaned annotations.")
    for o in orphans:
        print(f"[{o.kind} {o.id}] {o.label:<24} document {o.document_id}: “{' '.join(o.quote.split())[:80]}”"
              + (f"  note: {o.note}" if o.note else ""))
    return 0


def cmd_demo(args, store: Store) -> int:
    from reviewdesk.services.demo import DEMO_REFERENCE, import_demo

    summary = import_demo(store)
    print(f"Demo case {DEMO_REFERENCE} is in {store.path}")
    for result in summary.results:
        print(f"  {result.status.value:<10} {Path(result.path).name}")
    print(f'Try: reviewdesk show "{DEMO_REFERENCE}"')
    return 1 if summary.failed else 0


def register(commands: argparse._SubParsersAction) -> None:
    sub = commands.add_parser("import", help="import letters and replies (PDF, DOCX, TXT; folders recursively)")
    sub.add_argument("paths", nargs="+", metavar="PATH")
    sub.add_argument("--ocr-lang", default="eng", metavar="LANGS",
                     help="Tesseract languages for scans, e.g. eng, fra, eng+spa (default: eng)")
    sub.add_argument("--no-ocr", action="store_true", help="keep scans without running OCR (marked 'needs OCR')")
    sub.set_defaults(func=cmd_import)

    sub = commands.add_parser("cases", help="list the cases in the store")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.add_argument("--unfiled", action="store_true",
                     help="list the documents that need a reference (kept without a case), with what was found")
    add_facet_option(sub)
    sub.set_defaults(func=cmd_cases)

    sub = commands.add_parser("show", help="print every field extracted from a case's letter")
    sub.add_argument("reference", help='e.g. "AL OTH 78/2021"')
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_show)

    sub = commands.add_parser("edit", help="correct extracted fields of a case; the correction wins over the parser")
    sub.add_argument("reference")
    sub.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                     help="e.g. date=2021-03-12, addressee='Mr. X', mandates='[\"…\"]' (repeatable); "
                          "fields: reference, type, date, reply_due, addressee, addressee_title, organisation, "
                          "mandates, hrc_resolutions, signatories, similar_letters_to, language, annex_cites")
    sub.add_argument("--json", action="store_true", help="read every VALUE as JSON (lists, null, true/false)")
    sub.add_argument("--revert", action="append", default=[], metavar="FIELD",
                     help="forget the correction of FIELD: the parsed value returns")
    sub.add_argument("--by", default="", help="who corrects (default: your login name)")
    sub.set_defaults(func=cmd_edit)

    sub = commands.add_parser("file", help="give a document that needs a reference its case (made if new)")
    sub.add_argument("document", type=int, metavar="DOCUMENT_ID", help="see reviewdesk cases --unfiled")
    sub.add_argument("reference")
    sub.add_argument("--by", default="", help="who files it (default: your login name)")
    sub.set_defaults(func=cmd_file)

    sub = commands.add_parser("document", help="correct a document's kind or move it to another case")
    sub.add_argument("document", type=int, metavar="DOCUMENT_ID", help="see reviewdesk show REFERENCE")
    sub.add_argument("--kind", choices=[kind.value for kind in CHOSEN_KINDS])
    where = sub.add_mutually_exclusive_group()
    where.add_argument("--move", metavar="REFERENCE", help="move it (with its annex) to this existing case")
    where.add_argument("--unfile", action="store_true", help="take it out of its case (Needs a reference)")
    sub.add_argument("--by", default="", help="who corrects (default: your login name)")
    sub.set_defaults(func=cmd_document)

    sub = commands.add_parser("question", help="edit a letter's questions: split, merge, span, add, remove, renumber")
    sub.add_argument("reference")
    sub.add_argument("--by", default="", help="who edits (default: your login name)")
    actions = sub.add_subparsers(dest="action", metavar="ACTION")
    actions.add_parser("list", help="the questions with their spans")
    split = actions.add_parser("split", help="split question NUMBER in two")
    split.add_argument("number", type=int)
    at = split.add_mutually_exclusive_group(required=True)
    at.add_argument("--at", type=int, metavar="OFFSET", help="offset in the letter's text")
    at.add_argument("--before", metavar="WORDS", help="the second part starts with these words")
    actions.add_parser("merge", help="merge question NUMBER with the next one").add_argument("number", type=int)
    span = actions.add_parser("span", help="set question NUMBER to the letter's text START:END")
    for name in ("number", "start", "end"):
        span.add_argument(name, type=int)
    add = actions.add_parser("add", help="add a question the parser missed at START:END")
    add.add_argument("start", type=int)
    add.add_argument("end", type=int)
    actions.add_parser("remove", help="remove question NUMBER (refused when it has a verdict or links)"
                       ).add_argument("number", type=int)
    actions.add_parser("renumber", help="number the questions in text order")
    sub.set_defaults(func=cmd_question, action="list")

    sub = commands.add_parser("reanalyse", help="re-read stored originals with the current parser; work is kept")
    sub.add_argument("references", nargs="*", metavar="REFERENCE")
    sub.add_argument("--all", action="store_true", help="every document in the store")
    sub.add_argument("--outdated", action="store_true", help="the cases read by an older parser")
    sub.add_argument("--ocr-lang", default=None, metavar="LANGS",
                     help="re-run OCR on scans in these languages (without it, scans read by OCR are skipped)")
    sub.set_defaults(func=cmd_reanalyse)

    sub = commands.add_parser("orphans", help="tags, links and questions re-analysis could not place (kept)")
    sub.add_argument("reference")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_orphans)

    sub = commands.add_parser("demo", help="import a built-in, clearly fictional letter and reply")
    sub.set_defaults(func=cmd_demo)
