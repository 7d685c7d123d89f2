"""Tagging spans of text with vocabulary terms; each call is one committed transaction.

Every edit returns an ``Edit`` whose inverse puts the touched tags back exactly
(same id, note, author, status and times); see ``services/rows.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.db import Store
from reviewdesk.db.models import Document, Tag, Term
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.spans import SpanError, trim_span
from reviewdesk.domain.vocabulary import DocumentKind, TagStatus
from reviewdesk.services.anchoring import quote_columns
from reviewdesk.services.edits import Changes, Edit
from reviewdesk.services.rows import Recorder, RowsUndo


class TagError(ReviewDeskError, ValueError):
    pass


@dataclass(frozen=True)
class TagDTO:
    id: int
    document_id: int
    document_kind: DocumentKind
    term_id: int
    term_label: str
    colour: str
    start: int
    end: int
    quote: str
    note: str
    author: str
    created_at: datetime
    status: TagStatus = TagStatus.ACCEPTED
    orphaned: bool = False  # re-analysis could not find its words: start/end are stale, quote is what it held

    @property
    def pending(self) -> bool:
        return self.status is TagStatus.PENDING


@dataclass(frozen=True, kw_only=True)
class TagUndo(RowsUndo):
    """Undoes adding, deleting or re-noting one tag."""

    tag_id: int


def tag_dto(tag: Tag, term: Term, document: Document) -> TagDTO:
    quote = tag.quote if tag.orphaned else document.text[tag.start:tag.end]
    return TagDTO(tag.id, tag.document_id, DocumentKind(document.kind), tag.term_id, term.label, term.colour,
                  tag.start, tag.end, quote, tag.note, tag.author, tag.created_at, TagStatus(tag.status),
                  bool(tag.orphaned))


def tag_changes(case_ids, document_ids) -> Changes:
    """What a change of tags on these documents asks the views to refresh."""
    return Changes(cases=frozenset(i for i in case_ids if i is not None), documents=frozenset(document_ids), tags=True)


def _tag(session: Session, tag_id: int) -> tuple[Tag, Term, Document]:
    tag = session.get(Tag, tag_id)
    if tag is None:
        raise TagError(f"no tag {tag_id} (deleted meanwhile?)")
    return tag, session.get(Term, tag.term_id), session.get(Document, tag.document_id)


def _edit(recorder: Recorder, tag: TagDTO, case_id: int | None) -> Edit:
    changes = tag_changes([case_id], [tag.document_id])
    return Edit(changes, TagUndo(rows=recorder.images, changes=changes, tag_id=tag.id), tag)


def add_tag(store: Store, document_id: int, start: int, end: int, term_id: int, note: str = "",
            author: str = "") -> Edit:
    """Tag ``text[start:end]`` (white space trimmed); ``value`` is the new TagDTO."""
    with store.session() as session:
        document = session.get(Document, document_id)
        term = session.get(Term, term_id)
        if document is None:
            raise TagError(f"no document {document_id}")
        if term is None or term.retired:
            raise TagError(f"term {term_id} is not an active term")
        try:
            start, end = trim_span(document.text, start, end)
        except SpanError as exc:
            raise TagError(f"document {document_id}: {exc}") from exc
        tag = Tag(document_id=document_id, term_id=term_id, start=start, end=end, note=note, author=author,
                  **quote_columns(document.text, start, end))
        session.add(tag)
        session.flush()
        recorder = Recorder(session)
        recorder.created(Tag, [tag.id])
        return _edit(recorder, tag_dto(tag, term, document), document.case_id)


def delete_tag(store: Store, tag_id: int) -> Edit:
    """Delete a tag; ``value`` is the TagDTO deleted."""
    with store.session() as session:
        tag, term, document = _tag(session, tag_id)
        recorder = Recorder(session)
        recorder.before(Tag, [tag_id])
        dto = tag_dto(tag, term, document)
        session.delete(tag)
        return _edit(recorder, dto, document.case_id)


def set_note(store: Store, tag_id: int, note: str, author: str = "") -> Edit:
    """Change a tag's note (``author`` is recorded as who last edited it); ``value`` is the TagDTO with the new note."""
    with store.session() as session:
        tag, term, document = _tag(session, tag_id)
        recorder = Recorder(session)
        recorder.before(Tag, [tag_id])
        tag.note, tag.updated_by = note, author
        session.flush()
        return _edit(recorder, tag_dto(tag, term, document), document.case_id)


def tags_for_case(store: Store, case_id: int, include_pending: bool = False) -> list[TagDTO]:
    """The case's tags placed on their text; proposals still pending only when asked for.

    Orphaned tags (their words lost by a re-analysis) are not here, since their
    offsets point nowhere: ``reanalysis.orphaned_annotations`` lists them.
    """
    with store.session() as session:
        query = (
            select(Tag, Term, Document)
            .join(Term, Term.id == Tag.term_id)
            .join(Document, Document.id == Tag.document_id)
            .where(Document.case_id == case_id, Tag.orphaned.is_(False))
        )
        if not include_pending:
            query = query.where(Tag.status == TagStatus.ACCEPTED)
        rows = session.execute(query.order_by(Document.id, Tag.start, Tag.id)).all()
        return [tag_dto(tag, term, document) for tag, term, document in rows]
