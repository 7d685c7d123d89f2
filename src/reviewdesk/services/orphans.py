"""Orphaned annotations: tags, answer links and edited questions re-analysis could not place in the new text.

They are never deleted: each keeps what it quoted (and its note, term,
question), is left out of the views that draw spans (``tags_for_case``,
``links_for_case``), and waits here until the reviewer places it on the words
it belongs to (``place_orphan``), or deletes it with the ordinary edits.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from reviewdesk.db import Store
from reviewdesk.db.models import AnswerLink, Document, Question, Tag, Term
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.spans import SpanError, trim_span
from reviewdesk.domain.vocabulary import DocumentKind
from reviewdesk.services.anchoring import quote_columns
from reviewdesk.services.edits import Changes, Edit
from reviewdesk.services.questions import set_question_span
from reviewdesk.services.rows import Recorder, RowsUndo


class AnnotationKind(StrEnum):
    TAG = "tag"
    ANSWER_LINK = "answer_link"
    QUESTION = "question"


class OrphanError(ReviewDeskError, ValueError):
    pass


@dataclass(frozen=True)
class OrphanedAnnotation:
    kind: AnnotationKind
    id: int
    document_id: int
    document_kind: DocumentKind
    quote: str  # what it held
    prefix: str
    suffix: str
    label: str  # the term of a tag; "Q3" for a link or a question
    note: str = ""  # a tag's note
    question_id: int | None = None  # a link's question


@dataclass(frozen=True, kw_only=True)
class PlaceUndo(RowsUndo):
    """Undoes placing an orphan: it is orphaned again where it was."""

    kind: AnnotationKind
    annotation_id: int


def orphaned_annotations(store: Store, case_id: int) -> list[OrphanedAnnotation]:
    """Everything of the case re-analysis could not place, by document and kind."""
    with store.session() as session:
        found: list[OrphanedAnnotation] = []
        tags = session.execute(select(Tag, Term.label, Document.kind).join(Term, Term.id == Tag.term_id)
                               .join(Document, Document.id == Tag.document_id)
                               .where(Document.case_id == case_id, Tag.orphaned.is_(True)).order_by(Tag.id))
        found += [OrphanedAnnotation(AnnotationKind.TAG, t.id, t.document_id, DocumentKind(kind), t.quote, t.prefix,
                                     t.suffix, label, t.note) for t, label, kind in tags]
        links = session.execute(select(AnswerLink, Question.number, Document.kind)
                                .join(Question, Question.id == AnswerLink.question_id)
                                .join(Document, Document.id == AnswerLink.document_id)
                                .where(Document.case_id == case_id, AnswerLink.orphaned.is_(True))
                                .order_by(AnswerLink.id))
        found += [OrphanedAnnotation(AnnotationKind.ANSWER_LINK, link.id, link.document_id, DocumentKind(kind),
                                     link.quote, link.prefix, link.suffix, f"Q{number}", question_id=link.question_id)
                  for link, number, kind in links]
        questions = session.execute(select(Question, Document.kind).join(Document, Document.id == Question.document_id)
                                    .where(Document.case_id == case_id, Question.orphaned.is_(True))
                                    .order_by(Question.number))
        found += [OrphanedAnnotation(AnnotationKind.QUESTION, q.id, q.document_id, DocumentKind(kind), q.text, "", "",
                                     f"Q{q.number}", question_id=q.id) for q, kind in questions]
        return found


def place_orphan(store: Store, kind: AnnotationKind | str, annotation_id: int, start: int, end: int,
                 author: str = "") -> Edit:
    """Put an orphan on ``text[start:end]`` of its document; it is drawn again. ``value``: (start, end) used."""
    kind = AnnotationKind(kind)
    if kind is AnnotationKind.QUESTION:
        edit = set_question_span(store, annotation_id, start, end, author)
        return Edit(edit.changes, edit.inverse, (edit.value.start, edit.value.end))
    model = Tag if kind is AnnotationKind.TAG else AnswerLink
    with store.session() as session:
        row = session.get(model, annotation_id)
        if row is None:
            raise OrphanError(f"no {kind.replace('_', ' ')} {annotation_id}")
        document = session.get(Document, row.document_id)
        try:
            start, end = trim_span(document.text, start, end)
        except SpanError as exc:
            raise OrphanError(f"document {document.id}: {exc}") from exc
        recorder = Recorder(session)
        recorder.before(model, [row.id])
        row.start, row.end, row.orphaned = start, end, False
        for column, value in quote_columns(document.text, start, end).items():
            setattr(row, column, value)
        session.flush()
        changes = Changes(cases=frozenset({document.case_id} - {None}), documents=frozenset({document.id}),
                          tags=model is Tag, links=model is AnswerLink)
        return Edit(changes, PlaceUndo(rows=recorder.images, changes=changes, kind=kind, annotation_id=row.id),
                    (start, end))
