"""Commands of the assessment: answers, pairing, verdicts, grades, scales, proposals, vocabularies."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reviewdesk.cli.common import reviewer, to_json
from reviewdesk.domain.assessment import ACTIONS, Verdict

if TYPE_CHECKING:
    import argparse

    from reviewdesk.db import Store


def cmd_answers(args, store: Store) -> int:
    from reviewdesk.services.answer_links import answers_overview
    from reviewdesk.services.assessment import case_assessment
    from reviewdesk.services.cases import case_detail

    detail = case_detail(store, args.reference)
    overview = answers_overview(store, detail.summary.id)
    assessment = case_assessment(store, detail.summary.id)
    verdicts = assessment.verdicts
    if args.json:
        print(to_json([
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
        print(to_json([{"id": d.id, "file": d.filename, "kind": d.kind, "cites": d.cited_reference, "date": d.date,
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
    set_verdict(store, question.id, Verdict(args.value), args.note, reviewer(args))
    print(f"{detail.summary.reference} Q{args.question}: {args.value}")
    return 0


def cmd_grade(args, store: Store) -> int:
    from reviewdesk.services.assessment import case_assessment, set_grade
    from reviewdesk.services.cases import case_detail

    detail = case_detail(store, args.reference)
    reply_id = case_assessment(store, detail.summary.id).reply_id
    grade = set_grade(store, detail.summary.id, reply_id, args.scale, args.value, args.action, args.note,
                      reviewer(args)).value
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


def cmd_suggest(args, store: Store) -> int:
    from reviewdesk.services.cases import case_detail
    from reviewdesk.services.suggest import suggest_and_accept, suggest_tags
    from reviewdesk.services.tags import tags_for_case

    case_id = case_detail(store, args.reference).summary.id
    if args.accept_all:  # one transaction: a killed run never leaves the proposals half accepted
        added, accepted = suggest_and_accept(store, case_id, reviewer(args)).value
        shown = [t for t in tags_for_case(store, case_id) if t.id in set(accepted)]
    else:
        added = suggest_tags(store, case_id).value
        shown = [t for t in tags_for_case(store, case_id, include_pending=True) if t.pending]
    print(f"{added} new proposals; {len(shown)} pending" + (", all accepted" if args.accept_all else ""))
    for tag in shown:
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


def register(commands: argparse._SubParsersAction) -> None:
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
    sub.add_argument("--by", default="", help="who judges (default: your login name)")
    sub.set_defaults(func=cmd_verdict)

    sub = commands.add_parser("grade", help="grade the latest reply (or the case, with no reply) on a scale")
    sub.add_argument("reference")
    sub.add_argument("scale", help="piccone or hrc (scales are data in the store)")
    sub.add_argument("value", help="a value key of the scale, e.g. responsive-incomplete or B")
    sub.add_argument("--action", action="append", default=[], choices=list(ACTIONS), help="an action the reply reports")
    sub.add_argument("--note", default="")
    sub.add_argument("--by", default="", help="who grades (default: your login name)")
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

    sub = commands.add_parser("suggest", help="propose tags: Guiding Principles cited in the annex, allegation terms")
    sub.add_argument("reference")
    sub.add_argument("--accept-all", action="store_true", help="accept every pending proposal")
    sub.add_argument("--by", default="", help="who accepts them (default: your login name)")
    sub.set_defaults(func=cmd_suggest)

    sub = commands.add_parser("vocab", help="export or import the vocabularies as CSV (Parent::Child paths)")
    sub.add_argument("action", choices=["export", "import"])
    sub.add_argument("file", metavar="FILE.csv")
    sub.set_defaults(func=cmd_vocab)
