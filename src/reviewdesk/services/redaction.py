"""Redactions of a case: mark names, sources and places that exports must hide, and build the export's Redactor.

Each edit is one transaction and returns an ``Edit`` whose inverse puts the
redaction rows back exactly (``services/rows.py``). What a redaction does to a
text is pure and lives in ``domain/redaction.py``; this module reads and
writes the rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.db import Store
from reviewdesk.db.models import Document, Redaction
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.folding import find_all, fold, fold_with_origins
from reviewdesk.domain.redaction import (  # noqa: F401 - apply_redaction is part of this service's interface
    NO_REDACTION,
    RedactionMode,
    Redactor,
    Span,
    apply_redaction,
)
from reviewdesk.services.edits import Changes, Edit
from reviewdesk.services.rows import Recorder, RowsUndo

MAX_PSEUDONYM = 200


class RedactionError(ReviewDeskError, ValueError):
    pass


@dataclass(frozen=True)
class RedactionDTO:
    id: int
    case_id: int
    document_id: int
    start: int
    end: int
    text: str
    pseudonym: str | None
    author: str
    created_at: datetime


@dataclass(frozen=True, kw_only=True)
class RedactionUndo(RowsUndo):
    """Undoes marking or removing redactions of one case."""

    case_id: int


def _dto(row: Redaction) -> RedactionDTO:
    return RedactionDTO(row.id, row.case_id, row.document_id, row.start, row.end, row.text, row.pseudonym,
                        row.author, row.created_at)


def _pseudonym(pseudonym: str | None) -> str | None:
    cleaned = " ".join((pseudonym or "").split())
    if len(cleaned) > MAX_PSEUDONYM:
        raise RedactionError(f"the pseudonym {cleaned[:40]!r}… is {len(cleaned)} characters long; at most {MAX_PSEUDONYM}")
    return cleaned or None


def _changes(case_id: int) -> Changes:
    return Changes(cases=frozenset({case_id}))


def _existing(session: Session, document_ids: Iterable[int]) -> dict[tuple[int, int, int], Redaction]:
    rows = session.scalars(select(Redaction).where(Redaction.document_id.in_(list(document_ids))))
    return {(row.document_id, row.start, row.end): row for row in rows}


def _mark(session: Session, recorder: Recorder, case_id: int, spans: list[tuple[int, int, int, str]],
          pseudonym: str | None, author: str) -> list[Redaction]:
    """Redact each (document, start, end, text); a span already redacted takes the new pseudonym."""
    existing = _existing(session, {doc for doc, *_ in spans})
    rows, created = [], []
    for document_id, start, end, text in spans:
        row = existing.get((document_id, start, end))
        if row is None:
            row = Redaction(case_id=case_id, document_id=document_id, start=start, end=end, text=text,
                            pseudonym=pseudonym, author=author)
            session.add(row)
            created.append(row)
        elif row.pseudonym != pseudonym and pseudonym is not None:
            recorder.before(Redaction, [row.id])
            row.pseudonym = pseudonym
        rows.append(row)
    session.flush()
    recorder.created(Redaction, [row.id for row in created])
    return rows


def redact(store: Store, case_id: int, text: str, pseudonym: str | None = None, author: str = "") -> Edit:
    """Redact every occurrence of ``text`` (case and accents aside) in every document of the case.

    The edit's value is the redactions made or re-named, in document order.
    Every redaction of the same string in the case takes ``pseudonym`` when one is given.
    """
    needle = " ".join(text.split())
    if not needle:
        raise RedactionError("say what to redact: the text is empty")
    pseudonym = _pseudonym(pseudonym)
    with store.session() as session:
        documents = session.execute(select(Document.id, Document.text).where(Document.case_id == case_id)
                                    .order_by(Document.id)).all()
        spans = []
        for document_id, document_text in documents:
            folded = fold_with_origins(document_text or "")
            spans += [(document_id, s, e, document_text[s:e]) for s, e in find_all(document_text or "", needle, folded)]
        if not spans:
            raise RedactionError(f"{needle!r} does not occur in any document of this case; nothing was redacted")
        recorder = Recorder(session)
        rows = _mark(session, recorder, case_id, spans, pseudonym, author)
        if pseudonym is not None:  # the same person elsewhere in the case (marked by hand) takes the same name
            key = fold(needle)
            others = session.scalars(_of_case(case_id)).all()
            for row in others:
                if fold(row.text) == key and row.pseudonym != pseudonym:
                    recorder.before(Redaction, [row.id])
                    row.pseudonym = pseudonym
            session.flush()
        return Edit(_changes(case_id), RedactionUndo(rows=recorder.images, changes=_changes(case_id), case_id=case_id),
                    tuple(_dto(row) for row in rows))


def redact_span(store: Store, document_id: int, start: int, end: int, pseudonym: str | None = None,
                author: str = "") -> Edit:
    """Redact ``document.text[start:end]`` only; the edit's value is the redaction."""
    pseudonym = _pseudonym(pseudonym)
    with store.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise RedactionError(f"no document {document_id} in this store")
        if document.case_id is None:
            raise RedactionError(f"document {document_id} is not filed in a case; file it before redacting")
        text = document.text or ""
        if not 0 <= start < end <= len(text) or not text[start:end].strip():
            raise RedactionError(f"document {document_id}: {start}–{end} is not a span of its text "
                                 f"({len(text)} characters); nothing was redacted")
        recorder = Recorder(session)
        (row,) = _mark(session, recorder, document.case_id, [(document_id, start, end, text[start:end])],
                       pseudonym, author)
        changes = _changes(document.case_id)
        return Edit(changes, RedactionUndo(rows=recorder.images, changes=changes, case_id=document.case_id), _dto(row))


def remove_redaction(store: Store, redaction_id: int) -> Edit:
    """Remove one redaction; the edit's value is the redaction removed."""
    with store.session() as session:
        row = session.get(Redaction, redaction_id)
        if row is None:
            raise RedactionError(f"no redaction {redaction_id} in this store")
        recorder = Recorder(session)
        recorder.before(Redaction, [row.id])
        removed = _dto(row)
        session.delete(row)
        session.flush()
        changes = _changes(removed.case_id)
        return Edit(changes, RedactionUndo(rows=recorder.images, changes=changes, case_id=removed.case_id), removed)


def _of_case(case_id: int):
    """The redactions on the case's documents now: a document filed or moved elsewhere takes its marks along."""
    return (select(Redaction).join(Document, Document.id == Redaction.document_id)
            .where(Document.case_id == case_id))


def redactions_for_case(store: Store, case_id: int) -> tuple[RedactionDTO, ...]:
    """The redactions on the documents of the case (``case_id`` of a DTO is where it was marked)."""
    with store.session() as session:
        rows = session.scalars(_of_case(case_id).order_by(Redaction.document_id, Redaction.start, Redaction.id))
        return tuple(_dto(row) for row in rows)


def redactor_for(store: Store, case_ids: Iterable[int], mode: RedactionMode | str = RedactionMode.REDACTED) -> Redactor:
    """What an export of these cases hides: their spans, and their strings everywhere in the export.

    A portfolio hides every case's strings in every case: a victim may be named in another case's reply.
    """
    mode = RedactionMode.parse(mode)
    if mode is RedactionMode.FULL:
        return NO_REDACTION
    redactions = [r for case_id in case_ids for r in redactions_for_case(store, case_id)]
    strings: dict[str, tuple[str, str | None]] = {}
    for r in redactions:
        key = fold(" ".join(r.text.split()))
        if key not in strings or (strings[key][1] is None and r.pseudonym):
            strings[key] = (" ".join(r.text.split()), r.pseudonym)
    # Longer strings first: "Ahmed Karimov" is replaced whole before "Ahmed" could be.
    ordered = tuple(sorted(strings.values(), key=lambda item: -len(item[0])))
    return Redactor(mode, ordered, tuple((r.document_id, Span(r.start, r.end, r.pseudonym)) for r in redactions))
