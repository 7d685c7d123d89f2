"""Tagging spans of text with vocabulary terms; each call is one committed transaction.

Undo in the GUI calls these with the values it remembered: ``delete_tag``
returns what it deleted, ``restore_tag`` puts it back under the same id.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timezone

from sqlalchemy import func, select

from reviewdesk.db import Store
from reviewdesk.db.models import Document, Tag, Term, Vocabulary
from reviewdesk.domain.spans import SpanError, trim_span


class TagError(ValueError):
    pass


@dataclass(frozen=True)
class TermDTO:
    id: int
    key: str
    label: str
    colour: str
    shortcut: str | None
    vocabulary: str
    path: str
    synonyms: tuple[str, ...]
    uses: int = 0
    description: str = ""


@dataclass(frozen=True)
class TagDTO:
    id: int
    document_id: int
    document_kind: str
    term_id: int
    term_label: str
    colour: str
    start: int
    end: int
    quote: str
    note: str
    author: str
    created_at: datetime
    status: str = "accepted"

    @property
    def pending(self) -> bool:
        return self.status == "pending"


def list_terms(store: Store, include_retired: bool = False) -> list[TermDTO]:
    """Active terms, most used first within each vocabulary's own order."""
    with store.session() as session:
        uses = dict(session.execute(select(Tag.term_id, func.count(Tag.id)).where(Tag.status == "accepted")
                                    .group_by(Tag.term_id)).all())
        rows = session.execute(
            select(Term, Vocabulary.name).join(Vocabulary, Vocabulary.id == Term.vocabulary_id)
            .order_by(Vocabulary.id, Term.position, Term.label)
        ).all()
        labels = {term.id: term.label for term, _ in rows}
        parents = {term.id: term.parent_id for term, _ in rows}
        result = []
        for term, vocabulary in rows:
            if term.retired and not include_retired:
                continue
            path = [term.label]
            parent = parents.get(term.id)
            while parent is not None:
                path.insert(0, labels[parent])
                parent = parents.get(parent)
            result.append(TermDTO(term.id, term.key, term.label, term.colour, term.shortcut, vocabulary,
                                  " › ".join([vocabulary, *path]), tuple(term.synonyms or ()), uses.get(term.id, 0),
                                  term.description or ""))
        return result


def _dto(tag: Tag, term: Term, document: Document) -> TagDTO:
    return TagDTO(tag.id, tag.document_id, document.kind, tag.term_id, term.label, term.colour, tag.start, tag.end,
                  document.text[tag.start:tag.end], tag.note, tag.author, tag.created_at, tag.status)


def add_tag(store: Store, document_id: int, start: int, end: int, term_id: int, note: str = "",
            author: str = "") -> TagDTO:
    with store.session() as session:
        document = session.get(Document, document_id)
        term = session.get(Term, term_id)
        if document is None:
            raise TagError(f"no document {document_id}")
        if term is None or term.retired:
            raise TagError(f"no active term {term_id}")
        try:
            start, end = trim_span(document.text, start, end)
        except SpanError as exc:
            raise TagError(str(exc)) from exc
        tag = Tag(document_id=document_id, term_id=term_id, start=start, end=end, note=note, author=author)
        session.add(tag)
        session.flush()
        return _dto(tag, term, document)


def delete_tag(store: Store, tag_id: int) -> TagDTO:
    with store.session() as session:
        tag = session.get(Tag, tag_id)
        if tag is None:
            raise TagError(f"no tag {tag_id}")
        dto = _dto(tag, session.get(Term, tag.term_id), session.get(Document, tag.document_id))
        session.delete(tag)
        return dto


def restore_tag(store: Store, tag: TagDTO) -> TagDTO:
    """Put a deleted tag back, with its id, note and dates (for undo)."""
    with store.session() as session:
        session.add(Tag(id=tag.id, document_id=tag.document_id, term_id=tag.term_id, start=tag.start, end=tag.end,
                        note=tag.note, author=tag.author, created_at=tag.created_at, status=tag.status,
                        updated_at=datetime.now(timezone.utc)))
    return tag


def set_note(store: Store, tag_id: int, note: str) -> TagDTO:
    """Change a tag's note; returns the tag as it was before."""
    with store.session() as session:
        tag = session.get(Tag, tag_id)
        if tag is None:
            raise TagError(f"no tag {tag_id}")
        before = _dto(tag, session.get(Term, tag.term_id), session.get(Document, tag.document_id))
        tag.note = note
        return before


def tags_for_case(store: Store, case_id: int, include_pending: bool = False) -> list[TagDTO]:
    """The case's tags; proposals still pending only when asked for."""
    with store.session() as session:
        query = (
            select(Tag, Term, Document)
            .join(Term, Term.id == Tag.term_id)
            .join(Document, Document.id == Tag.document_id)
            .where(Document.case_id == case_id)
        )
        if not include_pending:
            query = query.where(Tag.status == "accepted")
        rows = session.execute(
            query
            .order_by(Document.id, Tag.start, Tag.id)
        ).all()
        return [_dto(tag, term, document) for tag, term, document in rows]


def with_note(tag: TagDTO, note: str) -> TagDTO:
    return replace(tag, note=note)
