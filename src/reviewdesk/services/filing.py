"""Where documents belong: those waiting for a reference, filing them, moving them between cases.

A letter whose reference the parser could not read is kept without a case and
listed under *Needs a reference* with what was found in it, so no import leaves
a document the reviewer cannot see. Giving it a reference files it: into the
case of that reference, or into a new case made from the letter's fields (the
reference is then recorded as the reviewer's correction). A letter takes the
annex split from its file along when it is filed or moved; an annex moved on
its own goes alone.

Every edit returns an ``Edit`` whose inverse puts the documents back where they
were and removes a case it created; see ``services/rows.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.db import Store
from reviewdesk.db.models import Case, Document, StoredFile
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.reference import Reference, find_references
from reviewdesk.domain.vocabulary import REPLY_KINDS, DocumentKind
from reviewdesk.services.cases import find_case, find_case_id
from reviewdesk.services.corrections import (
    DOCUMENT_COLUMNS,
    CaseRows,
    note_correction,
    typed_reference,
    write_value,
)
from reviewdesk.services.edits import NOTHING, Changes, Edit, NoInverse
from reviewdesk.services.importer import waiting_replies
from reviewdesk.services.rows import Recorder, RowsUndo

# What is filed as "needs a reference": everything but replies, which wait in ``pairing.unpaired_documents``.
UNFILED_KINDS = frozenset(DocumentKind) - REPLY_KINDS
_FIRST_LINES = 6


class FilingError(ReviewDeskError, ValueError):
    pass


@dataclass(frozen=True)
class UnfiledDocument:
    """A document kept without a case, with what the parser found in it to help the reviewer name its case."""

    id: int
    filename: str
    kind: DocumentKind  # the parser's guess
    date: date | None
    addressee: str | None
    organisation: str | None
    first_lines: tuple[str, ...]
    references_seen: tuple[str, ...]  # complete references its text cites: perhaps its own, perhaps earlier ones
    companions: tuple[int, ...]  # other documents of the same file (its annex): filed with it
    needs_ocr: bool
    imported_at: datetime
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class Filed:
    """Where documents went: ``value`` of ``file_document`` and ``move_document``."""

    case_id: int | None
    reference: str | None
    document_ids: tuple[int, ...]
    created_case: bool = False
    paired_reply_ids: tuple[int, ...] = ()  # replies that were waiting for this reference


@dataclass(frozen=True, kw_only=True)
class FilingUndo(RowsUndo):
    """Undoes filing or moving: the documents go back to the case they had (or none); a case made is removed."""

    document_ids: tuple[int, ...]
    created_case_id: int | None = None


def _first_lines(text: str) -> tuple[str, ...]:
    lines = [" ".join(line.split()) for line in text[:3000].splitlines()]
    return tuple(line[:160] for line in lines if line)[:_FIRST_LINES]


def _seen(document: Document) -> tuple[str, ...]:
    cited = (document.fields or {}).get("cited_references") or []
    found = [str(m.reference) for m in find_references(document.text[:6000]) if m.reference.is_complete]
    return tuple(dict.fromkeys([*cited, *found]))


def unfiled_documents(store: Store) -> list[UnfiledDocument]:
    """Documents with no case that are not replies (those are ``pairing.unpaired_documents``), one per file."""
    with store.session() as session:
        rows = session.execute(
            select(Document, StoredFile.filename, StoredFile.imported_at)
            .join(StoredFile, StoredFile.id == Document.file_id)
            .where(Document.case_id.is_(None), Document.kind.in_(sorted(UNFILED_KINDS)))
            .order_by(Document.file_id, Document.id)
        ).all()
        listed: list[UnfiledDocument] = []
        by_file: dict[int, list[int]] = {}
        for document, _name, _at in rows:
            by_file.setdefault(document.file_id, []).append(document.id)
        for document, filename, imported_at in rows:
            ids = by_file[document.file_id]
            if ids[0] != document.id:
                continue  # an annex is listed with its letter
            fields = document.fields or {}
            listed.append(UnfiledDocument(
                document.id, filename, DocumentKind(document.kind), document.date,
                fields.get("addressee"), fields.get("organisation"), _first_lines(document.text), _seen(document),
                tuple(ids[1:]), document.needs_ocr, imported_at, tuple(document.warnings or ())))
        return listed


def _with_companions(session: Session, document_id: int) -> list[Document]:
    """The document and, when it is its file's body, the others split from it that share its case (its annex).

    An annex moved on its own goes alone: the reviewer says it belongs elsewhere.
    """
    document = session.get(Document, document_id)
    if document is None:
        raise FilingError(f"no document {document_id}")
    same_case = (Document.case_id == document.case_id) if document.case_id is not None else Document.case_id.is_(None)
    of_file = session.scalars(select(Document).where(Document.file_id == document.file_id).order_by(Document.id)).all()
    if of_file[0].id != document.id:
        return [document]
    others = session.scalars(select(Document).where(Document.file_id == document.file_id, same_case,
                                                    Document.id != document.id).order_by(Document.id)).all()
    return [document, *others]


def new_case(session: Session, reference: Reference, documents: list[Document]) -> Case:
    """A case made from the first letter among ``documents``: its date, deadline and parties."""
    letter = next((d for d in documents if d.kind == DocumentKind.LETTER), None)
    fields = (letter.fields or {}) if letter else {}
    day = lambda key: date.fromisoformat(fields[key]) if fields.get(key) else None  # noqa: E731
    case = Case(reference=str(reference), type=reference.type, country=reference.country, number=reference.number,
                year=reference.year, date=day("date"), reply_due=day("reply_due"), addressee=fields.get("addressee"),
                organisation=fields.get("organisation"))
    session.add(case)
    session.flush()
    return case


def place_documents(session: Session, recorder: Recorder, documents: list[Document], case: Case | None) -> Changes:
    """Point the documents (and, for a case, the replies waiting for its reference) at ``case``."""
    replies: list[Document] = []
    if case is not None:
        reference = Reference(case.type, case.country, case.number, case.year)
        replies = [r for r in waiting_replies(session, reference) if r not in documents]
    moved = documents + replies
    recorder.before(Document, [d.id for d in moved], columns=["case_id"])
    touched = {d.case_id for d in moved} | {case.id if case else None}
    for document in moved:
        document.case_id = case.id if case else None
    session.flush()
    return Changes(cases=frozenset(c for c in touched if c is not None), documents=frozenset(d.id for d in moved),
                   case_list=True, tags=True, links=True, assessment=True)


def file_document(store: Store, document_id: int, reference_text: str, author: str = "") -> Edit:
    """Give a document (with its annex) a reference: into that case, or a new case made from the letter.

    ``value`` is a ``Filed``; replies waiting for that reference are paired with the new case too.
    """
    reference = typed_reference(reference_text)
    with store.session() as session:
        documents = _with_companions(session, document_id)
        case = find_case(session, reference)
        if case is not None and all(d.case_id == case.id for d in documents):
            return Edit(NOTHING, NoInverse(), Filed(case.id, case.reference, tuple(d.id for d in documents)))
        recorder = Recorder(session)
        # Whole images first (the first image of a row wins): a new case also writes its reference into the letter.
        recorder.before(Document, [d.id for d in documents], columns=("case_id", *DOCUMENT_COLUMNS))
        created = case is None
        if created and documents[0].kind in REPLY_KINDS:
            raise FilingError(f"document {document_id} is a {documents[0].kind}: a new case is made from its letter; "
                              f"import the letter of {reference}, or correct the document's kind")
        if created:
            case = new_case(session, reference, documents)
            recorder.created(Case, [case.id])
        changes = place_documents(session, recorder, documents, case)
        if created:
            rows = CaseRows.load(session, case.id)
            rows.record(recorder)
            write_value(rows, "reference", str(reference))
            # The reviewer named the case: the header and show --json mark the reference as theirs.
            note_correction(session, recorder, field="reference", value=str(reference), previous=None,
                            author=author, case_id=case.id)
        paired = tuple(sorted(changes.documents - {d.id for d in documents}))
        undo = FilingUndo(rows=recorder.images, changes=changes, document_ids=tuple(d.id for d in documents),
                          created_case_id=case.id if created else None)
        return Edit(changes, undo, Filed(case.id, case.reference, tuple(d.id for d in documents), created, paired))


def move_document(store: Store, document_id: int, reference_text: str | None) -> Edit:
    """Move a document (with its annex) to the existing case ``reference_text``, or with None out of any case.

    A letter moved out of every case is listed under Needs a reference again. ``value`` is a ``Filed``.
    """
    with store.session() as session:
        case = session.get(Case, find_case_id(session, reference_text)) if reference_text else None
        documents = _with_companions(session, document_id)
        if all(d.case_id == (case.id if case else None) for d in documents):
            return Edit(NOTHING, NoInverse(), Filed(case.id if case else None, case.reference if case else None,
                                                    tuple(d.id for d in documents)))
        recorder = Recorder(session)
        changes = place_documents(session, recorder, documents, case)
        paired = tuple(sorted(changes.documents - {d.id for d in documents}))
        undo = FilingUndo(rows=recorder.images, changes=changes, document_ids=tuple(d.id for d in documents))
        return Edit(changes, undo, Filed(case.id if case else None, case.reference if case else None,
                                         tuple(d.id for d in documents), False, paired))
