"""The ``reviewdesk`` command: the same services as the GUI, without a display.

With no command it opens the desktop window through the callback that
:mod:`reviewdesk.launcher` passes in, so this module never imports Qt.
``main`` opens the store once for the command that needs one and closes it at
the end. Services are imported inside each command, so ``--version``,
``--help`` and the window start without loading SQLAlchemy, PyMuPDF or
python-docx for nothing.
"""

from __future__ import annotations

import argparse
import getpass
import json
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reviewdesk import __version__
from reviewdesk.domain.assessment import ACTIONS, Verdict
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.vocabulary import CHOSEN_KINDS

if TYPE_CHECKING:
    from reviewdesk.db import Store
    from reviewdesk.services.dto import CaseSummary

# The same as reviewdesk.db.paths.STORE_ENV (a test checks): importing the db package
# here would load SQLAlchemy and Alembic for --help.
STORE_ENV = "REVIEWDESK_STORE"


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


class _TerminalProgress:
    """A one-line progress display, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int, total: int, path: str) -> None:
        if not self.enabled or total == 0:
            return
        name = Path(path).name if path else "done"
        sys.stderr.write(f"\r[{done}/{total}] {name[:60]:<60}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def cmd_import(args, store: Store) -> int:
    from reviewdesk.services.dto import ImportStatus
    from reviewdesk.services.importer import import_paths

    summary = import_paths(store, args.paths, progress=_TerminalProgress(),
                           ocr_language=None if args.no_ocr else args.ocr_lang)
    for result in summary.results:
        where = f" -> {result.reference}" if result.reference else (" -> needs a reference" if result.unfiled else "")
        kind = f" ({result.kind})" if result.kind else ""
        if result.status is ImportStatus.IMPORTED:
            print(f"imported   {result.path}{kind}{where}")
        elif result.status is ImportStatus.DUPLICATE:
            print(f"duplicate  {result.path}: {result.reason}")
        else:
            print(f"{result.status.value:<10} {result.path}: {result.reason}")
        for warning in result.warnings:
            print(f"  warning: {warning}")
    print(
        f"{len(summary.imported)} imported, {len(summary.duplicates)} duplicate, "
        f"{len(summary.failed)} failed"
    )
    return 1 if summary.failed else 0


def _case_row(case: CaseSummary, today: date) -> dict:
    from reviewdesk.domain.vocabulary import ReplyState

    timeliness = case.timeliness(today)
    return {
        "reference": case.reference,
        "date": case.date.isoformat() if case.date else None,
        "addressee": case.addressee,
        "organisation": case.organisation,
        "documents": case.document_count,
        "questions": case.question_count,
        "replies": case.reply_count,
        "reply_due": case.reply_due.isoformat() if case.reply_due else None,
        "reply_status": timeliness.state.value,
        "overdue": timeliness.state is ReplyState.OVERDUE,
    }


def _reviewer(args) -> str:
    """Who a correction is by: ``--by``, else the login name (provenance names a person, never blank if known)."""
    if args.by:
        return args.by
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): the correction is still kept, by nobody in particular
        return ""


def _unfiled(args, store: Store) -> int:
    from reviewdesk.services.filing import unfiled_documents

    documents = unfiled_documents(store)
    if args.json:
        print(_json([{"id": d.id, "file": d.filename, "kind": d.kind, "date": d.date, "addressee": d.addressee,
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
    today = date.today()
    rows = [_case_row(c, today) for c in list_cases(store)]
    if args.json:
        print(_json(rows))
        return 0
    if not rows:
        print("No cases yet. Import letters with: reviewdesk import FILE_OR_FOLDER")
        return 0
    print(f"{'Reference':<18} {'Date':<10} {'Due':<10} {'Docs':>4}  {'Status':<8} Addressee")
    for row in rows:
        who = ", ".join(x for x in (row["addressee"], row["organisation"]) if x)
        print(
            f"{row['reference']:<18} {row['date'] or '':<10} {row['reply_due'] or '':<10} "
            f"{row['documents']:>4}  {row['reply_status']:<8} {who}"
        )
    return 0


def cmd_show(args, store: Store) -> int:
    from reviewdesk.services.cases import case_detail, show_json

    data = show_json(case_detail(store, args.reference))
    if args.json:
        print(_json(data))
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
    from reviewdesk.services.corrections import InvalidValue, correct_fields, revert_field

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
    written = correct_fields(store, case_id, changes, _reviewer(args)).value if changes else {}
    for name in args.revert:
        revert_field(store, case_id, name)
        print(f"{name}: back to the parsed value")
    for name, correction in written.items():
        print(f"{name}: {_json(correction.previous)} -> {_json(correction.value)}")
    if changes and not written:
        print("Nothing changed: the values are already those.")
    return 0


def cmd_file(args, store: Store) -> int:
    from reviewdesk.services.filing import file_document

    filed = file_document(store, args.document, args.reference, _reviewer(args)).value
    made = "new case " if filed.created_case else ""
    print(f"document(s) {', '.join(map(str, filed.document_ids))} filed in {made}{filed.reference}"
          + (f"; replies paired: {', '.join(map(str, filed.paired_reply_ids))}" if filed.paired_reply_ids else ""))
    return 0


def cmd_document(args, store: Store) -> int:
    from reviewdesk.services.document_kinds import set_document_kind
    from reviewdesk.services.filing import move_document

    if args.kind:
        set_document_kind(store, args.document, args.kind, _reviewer(args))
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

    who = _reviewer(args)
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
    report = reanalyse(store, case_ids, progress=_TerminalProgress(), ocr_language=args.ocr_lang).value
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
        print(_json([o.__dict__ for o in orphans]))
        return 0
    if not orphans:
        print("No orphaned annotations.")
    for o in orphans:
        print(f"[{o.kind} {o.id}] {o.label:<24} document {o.document_id}: “{' '.join(o.quote.split())[:80]}”"
              + (f"  note: {o.note}" if o.note else ""))
    return 0


def cmd_search(args, store: Store) -> int:
    from reviewdesk.services.search import search

    hits = search(store, args.query, limit=args.limit)
    if args.json:
        print(_json([hit.__dict__ for hit in hits]))
        return 0
    if not hits:
        print("No matches.")
    for hit in hits:
        where = hit.case_reference or "unpaired"
        print(f"{where:<18} {hit.document_kind:<9} {hit.filename}")
        print(f"    {' '.join(hit.snippet.split())}")
    return 0


def cmd_answers(args, store: Store) -> int:
    from reviewdesk.services.answer_links import answers_overview
    from reviewdesk.services.assessment import case_assessment
    from reviewdesk.services.cases import case_detail

    detail = case_detail(store, args.reference)
    overview = answers_overview(store, detail.summary.id)
    assessment = case_assessment(store, detail.summary.id)
    verdicts = assessment.verdicts
    if args.json:
        print(_json([
            {"number": q.number, "question": q.text, "answered": q.answered,
             "verdict": verdicts[q.question_id].value, "note": verdicts[q.question_id].note,
             "links": [{"document_id": link.document_id, "start": link.start, "end": link.end, "quote": link.quote}
                       for link in q.links],
             "suggestions": [{"document_id": s.document_id, "start": s.start, "end": s.end, "score": s.score,
                              "reason": s.reason, "text": s.quote} for s in q.suggestions]}
            for q in overview
        ]))
        return 0
    if not overview:
        print(f"{detail.summary.reference} has no letter with questions.")
    for q in overview:
        mark = "✓" if q.answered else "✗ unanswered"
        verdict = verdicts[q.question_id].value
        print(f"Q{q.number} {mark}  {q.text[:100]}" + (f"\n    verdict: {verdict}" if verdict else ""))
        for link in q.links:
            print(f"    linked: {' '.join(link.quote.split())[:110]}")
        for s in q.suggestions:
            print(f"    {s.reason:<8} {s.score:.2f}  {' '.join(s.quote.split())[:100]}")
    if assessment.grade:
        auto = " (automatic: no reply by the due date)" if assessment.grade.automatic else ""
        print(f"Grade: {assessment.grade.label}{auto}")
    if assessment.proposal:
        print(f"Proposed grade: {assessment.proposal.label}")
    return 0


def cmd_unpaired(args, store: Store) -> int:
    from reviewdesk.services.pairing import unpaired_documents

    documents = unpaired_documents(store)
    if args.json:
        print(_json([{"id": d.id, "file": d.filename, "kind": d.kind, "cites": d.cited_reference, "date": d.date,
                      "suggested_cases": [{"reference": s.reference, "score": s.score, "why": list(s.reasons)}
                                          for s in d.suggestions]} for d in documents]))
        return 0
    if not documents:
        print("No unpaired documents.")
    for d in documents:
        print(f"[{d.id}] {d.kind:<8} {d.filename}" + (f"  cites {d.cited_reference}" if d.cited_reference else ""))
        for s in d.suggestions:
            print(f"      → {s.reference} ({s.score:.2f}: {', '.join(s.reasons)})")
    return 0


def cmd_pair(args, store: Store) -> int:
    from reviewdesk.services.pairing import pair_document

    document_id, reference = pair_document(store, args.document, args.reference).value
    print(f"document {document_id} paired with {reference}")
    return 0


def cmd_verdict(args, store: Store) -> int:
    from reviewdesk.services.assessment import AssessmentError, set_verdict
    from reviewdesk.services.cases import case_detail

    detail = case_detail(store, args.reference)
    letter = detail.letter()
    question = next((q for q in (letter.questions if letter else ()) if q.number == args.question), None)
    if question is None:
        raise AssessmentError(f"{detail.summary.reference} has no question {args.question}")
    set_verdict(store, question.id, Verdict(args.value), args.note)
    print(f"{detail.summary.reference} Q{args.question}: {args.value}")
    return 0


def cmd_grade(args, store: Store) -> int:
    from reviewdesk.services.assessment import case_assessment, set_grade
    from reviewdesk.services.cases import case_detail

    detail = case_detail(store, args.reference)
    reply_id = case_assessment(store, detail.summary.id).reply_id
    grade = set_grade(store, detail.summary.id, reply_id, args.scale, args.value, args.action, args.note).value
    target = "reply" if reply_id else "case (no reply)"
    print(f"{detail.summary.reference} {target}: {grade.label}" + (f"; actions: {', '.join(grade.actions)}" if grade.actions else ""))
    return 0


def cmd_scales(args, store: Store) -> int:
    from reviewdesk.services.assessment import add_scale, list_scales, set_scale_value

    if args.action == "add":
        add_scale(store, args.key, args.label)
    elif args.action == "set-value":
        new = set_scale_value(store, args.scale, args.key, args.label, args.administrative)
        print(f"{'added' if new else 'relabelled'} {args.scale}:{args.key}")
    else:
        for scale in list_scales(store):
            print(f"{scale.key}: {scale.name}")
            for key, label, administrative in scale.values:
                print(f"    {key:<24} {label}" + ("  (administrative)" if administrative else ""))
    return 0


def cmd_export(args, store: Store) -> int:
    from reviewdesk.documents.briefing import BriefingOptions
    from reviewdesk.services.export import (
        ASSESSMENT_FIELDS,
        TAG_FIELDS,
        assessment_rows,
        export_briefing,
        tag_rows,
        write_table,
    )

    sections = {part.strip().lower() for part in args.sections.split(",")} if args.sections else None
    options = BriefingOptions(author=args.reviewer or "ReviewDesk", paper=args.paper, template=args.template,
                              chosen_sections=sections)
    if args.docx:
        comments = export_briefing(store, args.references, Path(args.docx), options, reviewer=args.reviewer,
                                   full_texts=not args.no_full_text)
        print(f"wrote {args.docx} ({len(args.references)} case(s), {comments} comments)")
    for fmt, target in (("csv", args.csv), ("json", args.json)):
        if not target:
            continue
        base = Path(target)
        tags = base.with_name(f"{base.stem}-tags{base.suffix}")
        verdicts = base.with_name(f"{base.stem}-assessment{base.suffix}")
        write_table(tag_rows(store, args.references), TAG_FIELDS, tags, fmt, args.excel)
        write_table(assessment_rows(store, args.references), ASSESSMENT_FIELDS, verdicts, fmt, args.excel)
        print(f"wrote {tags} and {verdicts}")
    return 0


def cmd_suggest(args, store: Store) -> int:
    from reviewdesk.services.cases import case_detail
    from reviewdesk.services.suggest import set_status, suggest_tags
    from reviewdesk.services.tags import tags_for_case

    case_id = case_detail(store, args.reference).summary.id
    added = suggest_tags(store, case_id).value
    pending = [t for t in tags_for_case(store, case_id, include_pending=True) if t.pending]
    if args.accept_all:
        set_status(store, [t.id for t in pending], accepted=True)
    print(f"{added} new proposals; {len(pending)} pending" + (", all accepted" if args.accept_all else ""))
    for tag in pending:
        print(f"  {tag.document_kind:<7} {tag.term_label:<28} “{' '.join(tag.quote.split())[:70]}”")
    return 0


def cmd_vocab(args, store: Store) -> int:
    from reviewdesk.services.vocabulary_csv import export_csv, import_csv

    if args.action == "export":
        payload = export_csv(store)
        Path(args.file).write_text(payload, encoding="utf-8")
        print(f"wrote {args.file} ({payload.count(chr(10)) - 1} terms)")
        return 0
    counts = import_csv(store, Path(args.file))
    print(f"{counts.added} terms added, {counts.updated} updated")
    return 0


def cmd_demo(args, store: Store) -> int:
    from reviewdesk.services.demo import DEMO_REFERENCE, import_demo

    summary = import_demo(store)
    print(f"Demo case {DEMO_REFERENCE} is in {store.path}")
    for result in summary.results:
        print(f"  {result.status.value:<10} {Path(result.path).name}")
    print(f'Try: reviewdesk show "{DEMO_REFERENCE}"')
    return 1 if summary.failed else 0


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
        "--store", metavar="PATH", default=None,
        help=f"store file to use (default: ${STORE_ENV} or the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

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

    sub = commands.add_parser("search", help="full-text search over all documents")
    sub.add_argument("query")
    sub.add_argument("--limit", type=int, default=20)
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_search)

    sub = commands.add_parser("gui", help="open the desktop window (the default)")
    sub.set_defaults(func=cmd_gui)

    sub = commands.add_parser("answers", help="questions with the reply passages linked or proposed for them")
    sub.add_argument("reference")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_answers)

    sub = commands.add_parser("unpaired", help="replies waiting to be paired, with the cases they likely answer")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_unpaired)

    sub = commands.add_parser("pair", help="attach a reply (file or document id) to a case; re-pairing is allowed")
    sub.add_argument("document", metavar="REPLY_FILE_OR_ID")
    sub.add_argument("reference")
    sub.set_defaults(func=cmd_pair)

    sub = commands.add_parser("verdict", help="record the verdict on one question")
    sub.add_argument("reference")
    sub.add_argument("question", type=int, metavar="NUMBER")
    sub.add_argument("value", choices=[v.value for v in Verdict])
    sub.add_argument("--note", default="")
    sub.set_defaults(func=cmd_verdict)

    sub = commands.add_parser("grade", help="grade the latest reply (or the case, with no reply) on a scale")
    sub.add_argument("reference")
    sub.add_argument("scale", help="piccone or hrc (scales are data in the store)")
    sub.add_argument("value", help="a value key of the scale, e.g. responsive-incomplete or B")
    sub.add_argument("--action", action="append", default=[], choices=list(ACTIONS), help="an action the reply reports")
    sub.add_argument("--note", default="")
    sub.set_defaults(func=cmd_grade)

    sub = commands.add_parser("scales", help="list or edit the grading scales kept in the store")
    scale_commands = sub.add_subparsers(dest="action", metavar="ACTION")
    scale_commands.add_parser("list", help="every scale and its values")
    add = scale_commands.add_parser("add", help="add a scale")
    add.add_argument("key")
    add.add_argument("label")
    value = scale_commands.add_parser("set-value", help="add a value to a scale, or relabel one")
    value.add_argument("scale")
    value.add_argument("key")
    value.add_argument("label")
    value.add_argument("--administrative", action="store_true", help="a bookkeeping value (e.g. In translation)")
    sub.set_defaults(func=cmd_scales, action="list")

    sub = commands.add_parser("export", help="export an annotated Word briefing (several references: a portfolio)")
    sub.add_argument("references", nargs="+", metavar="REFERENCE")
    sub.add_argument("--docx", metavar="OUT.docx")
    sub.add_argument("--csv", metavar="OUT.csv", help="tags and assessment as OUT-tags.csv and OUT-assessment.csv")
    sub.add_argument("--json", metavar="OUT.json", help="the same as JSON")
    sub.add_argument("--excel", action="store_true", help="CSV with a UTF-8 byte-order mark, as Excel expects")
    sub.add_argument("--template", metavar="T.docx", help="take styles from this Word document")
    sub.add_argument("--paper", choices=["a4", "letter"], default="a4")
    sub.add_argument("--reviewer", default="", help="author of the comments")
    sub.add_argument("--no-full-text", action="store_true", help="leave out the allegations and reply texts")
    sub.add_argument("--sections", metavar="LIST", help="full texts to include, e.g. allegations,reply (default: all)")
    sub.set_defaults(func=cmd_export)

    sub = commands.add_parser("suggest", help="propose tags: Guiding Principles cited in the annex, allegation terms")
    sub.add_argument("reference")
    sub.add_argument("--accept-all", action="store_true", help="accept every pending proposal")
    sub.set_defaults(func=cmd_suggest)

    sub = commands.add_parser("vocab", help="export or import the vocabularies as CSV (Parent::Child paths)")
    sub.add_argument("action", choices=["export", "import"])
    sub.add_argument("file", metavar="FILE.csv")
    sub.set_defaults(func=cmd_vocab)

    sub = commands.add_parser("demo", help="import a built-in, clearly fictional letter and reply")
    sub.set_defaults(func=cmd_demo)
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
        if command is cmd_export and not (args.docx or args.csv or args.json):
            print("reviewdesk: say what to write: --docx, --csv and/or --json", file=sys.stderr)
            return 2
        from reviewdesk.db import open_store

        with open_store(args.store) as store:
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
