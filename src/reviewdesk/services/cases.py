"""Reading cases: the list, one case with its documents, and the ``show`` JSON."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timezone

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session, selectinload

from reviewdesk.db import Store
from reviewdesk.db.models import (
    AnswerLink,
    Case,
    Document,
    FieldCorrection,
    Question,
    Tag,
)
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.letter import SectionKind
from reviewdesk.domain.reference import Reference, ReferenceError, parse_reference
from reviewdesk.domain.vocabulary import REPLY_KINDS, DocumentKind
from reviewdesk.services.dto import (
    CaseDetail,
    CaseFilter,
    CaseSummary,
    CorrectionDTO,
    DocumentDTO,
    QuestionDTO,
    SectionDTO,
)

# How a case's documents are listed: letters, annexes, then everything else (replies).
_KIND_ORDER = {DocumentKind.LETTER: 0, DocumentKind.ANNEX: 1}


class CaseNotFound(ReviewDeskError, LookupError):
    pass


# Up to this many cases, their counts are made from their own rows (by index); more, one pass over all is cheaper.
_FEW_CASES = 500


def summaries(session: Session, where=None, case_ids: Collection[int] | None = None) -> list[CaseSummary]:
    """The cases ``where`` selects (all by default), or those of ``case_ids``, with their counts."""
    is_reply = Document.kind.in_(sorted(REPLY_KINDS))
    few = case_ids is not None and len(case_ids) <= _FEW_CASES
    if case_ids is not None:
        chosen = Case.id.in_(sorted(case_ids))
        where = chosen if where is None else where & chosen
    documents = (
        select(Document.case_id, func.count(Document.id).label("documents"),
               func.sum(case((is_reply, 1), else_=0)).label("replies"),
               func.min(case((is_reply, Document.date), else_=None)).label("first_reply"))
        .group_by(Document.case_id)
    )
    # Several copies of one letter (PDF and DOCX) must not add up their questions.
    per_letter = (
        select(Document.case_id, func.count(Question.id).label("count"))
        .join(Question, Question.document_id == Document.id)
        .where(Document.kind == DocumentKind.LETTER)
        .group_by(Document.id)
    )
    if few:  # one case (or a few) opened: only their rows are read, not every document's
        documents = documents.where(Document.case_id.in_(sorted(case_ids)))
        per_letter = per_letter.where(Document.case_id.in_(sorted(case_ids)))
    documents, per_letter = documents.subquery(), per_letter.subquery()
    questions = (
        select(per_letter.c.case_id, func.max(per_letter.c.count).label("questions"))
        .group_by(per_letter.c.case_id)
        .subquery()
    )
    query = (
        # Columns, not ORM entities: at 10,000 cases building Case objects took half the time.
        select(Case.id, Case.reference, Case.type, Case.country, Case.date, Case.addressee, Case.organisation,
               Case.reply_due, documents.c.documents, documents.c.replies, documents.c.first_reply,
               questions.c.questions)
        .outerjoin(documents, documents.c.case_id == Case.id)
        .outerjoin(questions, questions.c.case_id == Case.id)
        .order_by(Case.date.desc(), Case.reference)
    )
    if where is not None:
        query = query.where(where)
    summaries = []
    for row in session.execute(query):
        doc_count, replies, first_reply, question_count = row.documents, row.replies, row.first_reply, row.questions
        summaries.append(
            CaseSummary(
                id=row.id, reference=row.reference, type=row.type, country=row.country, date=row.date,
                addressee=row.addressee, organisation=row.organisation, reply_due=row.reply_due,
                document_count=doc_count or 0, question_count=question_count or 0,
                reply_count=replies or 0,
                first_reply_date=_as_date(first_reply),
            )
        )
    return summaries


def _as_date(value):
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def list_cases(store: Store, filters: CaseFilter | None = None) -> list[CaseSummary]:
    """Every case, or (``filters``) only those its query and facets select (``services.facets``)."""
    from reviewdesk.services.facets import matching_case_ids

    with store.session() as session:
        ids = matching_case_ids(store, filters, session=session)
        if ids is None:
            return summaries(session)
        return summaries(session, case_ids=ids) if ids else []


def correction_dto(row: FieldCorrection) -> CorrectionDTO:
    at = row.corrected_at if row.corrected_at.tzinfo else row.corrected_at.replace(tzinfo=timezone.utc)
    return CorrectionDTO(row.field, row.value, row.previous, row.parsed, row.author, at)


def _document_dto(document: Document, corrections: dict[str, CorrectionDTO] | None = None) -> DocumentDTO:
    return DocumentDTO(
        id=document.id, case_id=document.case_id, kind=DocumentKind(document.kind), filename=document.file.filename,
        sha256=document.file.sha256, language=document.language, page_count=document.page_count,
        first_page=document.first_page, last_page=document.last_page, needs_ocr=document.needs_ocr,
        is_ocr=document.is_ocr, text=document.text,
        sections=tuple(SectionDTO(SectionKind(s.kind), s.start, s.end, s.title) for s in document.sections),
        questions=tuple(QuestionDTO(q.id, q.number, q.label, q.text, q.start, q.end, bool(q.orphaned))
                        for q in document.questions),
        fields=dict(document.fields or {}), warnings=tuple(document.warnings or ()),
        corrections=corrections or {}, parser_version=document.parser_version, imported_at=document.created_at,
    )


def find_case(session: Session, reference: Reference) -> Case | None:
    """The case a (possibly loose) reference designates: no type or a legacy J prefix still match."""
    candidates = session.scalars(
        select(Case).where(Case.country == reference.country, Case.number == reference.number, Case.year == reference.year)
    )
    return next((c for c in candidates if reference.matches(Reference(c.type, c.country, c.number, c.year))), None)


def find_case_id(session: Session, reference_text: str) -> int:
    try:
        reference = parse_reference(reference_text)
    except ReferenceError as exc:
        raise CaseNotFound(str(exc)) from exc
    found = find_case(session, reference)
    if found is None:
        raise CaseNotFound(f"no case {reference} in this store")
    return found.id


def case_detail(store: Store, reference_text: str) -> CaseDetail:
    with store.session() as session:
        case_id = find_case_id(session, reference_text)
        return _detail(session, case_id)


def case_detail_by_id(store: Store, case_id: int) -> CaseDetail:
    with store.session() as session:
        return _detail(session, case_id)


def _detail(session: Session, case_id: int) -> CaseDetail:
    summary = summaries(session, case_ids=[case_id])
    if not summary:
        raise CaseNotFound(f"no case with id {case_id}")
    documents = session.scalars(
        select(Document).where(Document.case_id == case_id)
        .options(selectinload(Document.sections), selectinload(Document.questions), selectinload(Document.file))
        .order_by(Document.date.is_(None), Document.date, Document.id)
    ).all()
    # Letters first, then annexes, then replies by date; a PDF copy before a Word or text copy.
    ordered = sorted(documents, key=lambda d: (_KIND_ORDER.get(d.kind, 2), d.date is None,
                                                d.date or date.min, not d.file.filename.lower().endswith(".pdf"), d.id))
    ids = [d.id for d in documents]
    rows = session.scalars(select(FieldCorrection).where(
        or_(FieldCorrection.case_id == case_id, FieldCorrection.document_id.in_(ids))).order_by(FieldCorrection.id))
    of_case: dict[str, CorrectionDTO] = {}
    of_document: dict[int, dict[str, CorrectionDTO]] = {}
    for row in rows:
        target = of_case if row.case_id is not None else of_document.setdefault(row.document_id, {})
        target[row.field] = correction_dto(row)
    orphaned = sum(session.scalar(select(func.count()).select_from(model).where(
        model.document_id.in_(ids), model.orphaned.is_(True))) for model in (Tag, AnswerLink))
    return CaseDetail(summary[0], tuple(_document_dto(d, of_document.get(d.id)) for d in ordered), of_case, orphaned)


def effective_fields(detail: CaseDetail) -> dict:
    """The case's fields as the reviewer sees them: the letter's, with the case's own and every correction over them.

    Corrections are written through to the letter already; laying the case's
    columns and the corrections over it again keeps a case without a letter
    (its letter moved away) and a second copy of a letter truthful.
    """
    letter = detail.letter()
    data = dict(letter.fields) if letter else {}
    summary = detail.summary
    data.update(reference=summary.reference, date=summary.date.isoformat() if summary.date else None,
                reply_due=summary.reply_due.isoformat() if summary.reply_due else None,
                addressee=summary.addressee, organisation=summary.organisation)
    for name, correction in detail.corrections.items():
        if name == "annex_cites":
            data["annex"] = {**(data.get("annex") or {"title": None}), "cites": correction.value}
        elif name != "type":
            data[name] = correction.value
    data["reference_parts"] = parse_reference(summary.reference).as_dict()
    if letter is not None:  # the questions as the questions editor left them, not as first parsed
        data["questions"] = [q.text for q in letter.questions]
    return data


def show_json(detail: CaseDetail) -> dict:
    """Every extracted field of the case's letter, corrections included (the keys of ``show --json``).

    ``corrected`` maps each field the reviewer corrected to who, when, the value it
    replaced and the parser's value; each document lists its own (kind, questions).
    """
    letter = detail.letter()
    data = effective_fields(detail)
    data["type"] = detail.summary.type
    data["corrected"] = {name: c.as_json() for name, c in detail.corrections.items()}
    if letter is not None:
        allegations = next((s for s in letter.sections if s.kind == SectionKind.ALLEGATIONS), None)
        if allegations is not None:
            data["allegations"] = letter.text[allegations.start:allegations.end]
        data["sections"] = [
            {"kind": s.kind, "start": s.start, "end": s.end, "title": s.title} for s in letter.sections
        ]
    data["documents"] = [
        {"id": d.id, "kind": d.kind, "file": d.filename, "pages": d.page_count, "needs_ocr": d.needs_ocr,
         "language": d.language, "parser_version": d.parser_version,
         "corrected": {name: c.as_json() for name, c in d.corrections.items()}}
        for d in detail.documents
    ]
    data["orphaned_annotations"] = detail.orphaned
    return data


def document_by_id(store: Store, document_id: int) -> DocumentDTO:
    """One document, filed or not (the Unpaired tab previews a reply before it has a case)."""
    with store.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise CaseNotFound(f"no document {document_id} in this store")
        return _document_dto(document)
