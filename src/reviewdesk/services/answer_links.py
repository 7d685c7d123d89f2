"""Linking reply passages to the questions they answer: the reviewer's links and the proposals.

Each edit returns an ``Edit`` whose inverse puts the links (or the rejected
proposals) back exactly; see ``services/rows.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from reviewdesk.db import Store
from reviewdesk.db.models import AnswerLink, Document, Question, RejectedSuggestion
from reviewdesk.documents.answers import split_passages, suggest
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.spans import SpanError, trim_span
from reviewdesk.domain.vocabulary import (
    PROMINENT_REASONS,
    REPLY_KINDS,
    DocumentKind,
    SuggestionReason,
)
from reviewdesk.services.anchoring import quote_columns
from reviewdesk.services.edits import Changes, Edit
from reviewdesk.services.rows import Recorder, RowsUndo


class AnswerLinkError(ReviewDeskError, ValueError):
    pass


@dataclass(frozen=True)
class AnswerLinkDTO:
    id: int
    question_id: int
    question_number: int
    letter_id: int
    document_id: int
    start: int
    end: int
    quote: str
    created_at: datetime
    orphaned: bool = False  # re-analysis could not find the passage: start/end are stale, quote is what it held
    author: str = ""  # who linked it (0018); empty for links made before authors were recorded


@dataclass(frozen=True, kw_only=True)
class LinkUndo(RowsUndo):
    """Undoes linking a passage or removing links: these links go back as they were."""

    link_ids: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class RejectionUndo(RowsUndo):
    """Undoes rejecting (or resuming) the proposal of one passage for one question."""

    question_id: int
    document_id: int
    start: int


def link_dto(link: AnswerLink, question: Question, document: Document) -> AnswerLinkDTO:
    quote = link.quote if link.orphaned else document.text[link.start:link.end]
    return AnswerLinkDTO(link.id, question.id, question.number, question.document_id, link.document_id,
                         link.start, link.end, quote, link.created_at, bool(link.orphaned), link.author or "")


def _changes(case_ids: Iterable[int | None], document_ids: Iterable[int]) -> Changes:
    return Changes(cases=frozenset(i for i in case_ids if i is not None), documents=frozenset(document_ids),
                   links=True)


def link_passage(store: Store, question_id: int, document_id: int, start: int, end: int, author: str = "") -> Edit:
    """Link ``reply.text[start:end]`` to a question as ``author``; ``value`` is the new AnswerLinkDTO."""
    with store.session() as session:
        question = session.get(Question, question_id)
        document = session.get(Document, document_id)
        if question is None or document is None:
            raise AnswerLinkError(f"no question {question_id} or no document {document_id}")
        letter = session.get(Document, question.document_id)
        if document.kind not in REPLY_KINDS or document.case_id != letter.case_id:
            raise AnswerLinkError(f"document {document_id} is not a reply of the case of question {question.number}; "
                                  "only a reply of the same case can answer a question")
        try:
            start, end = trim_span(document.text, start, end)
        except SpanError as exc:
            raise AnswerLinkError(f"document {document_id}: {exc}") from exc
        link = AnswerLink(question_id=question_id, document_id=document_id, start=start, end=end, author=author,
                          **quote_columns(document.text, start, end))
        session.add(link)
        session.flush()
        recorder = Recorder(session)
        recorder.created(AnswerLink, [link.id])
        changes = _changes([document.case_id], [document_id])
        return Edit(changes, LinkUndo(rows=recorder.images, changes=changes, link_ids=(link.id,)),
                    link_dto(link, question, document))


def unlink(store: Store, link_ids: Iterable[int]) -> Edit:
    """Remove answer links, all in one transaction; ``value`` is the tuple of AnswerLinkDTOs removed."""
    link_ids = tuple(link_ids)
    with store.session() as session:
        rows = session.execute(
            select(AnswerLink, Question, Document)
            .join(Question, Question.id == AnswerLink.question_id)
            .join(Document, Document.id == AnswerLink.document_id)
            .where(AnswerLink.id.in_(link_ids))
        ).all()
        missing = set(link_ids) - {link.id for link, _q, _d in rows}
        if missing:
            raise AnswerLinkError(f"no answer link {', '.join(map(str, sorted(missing)))} (removed meanwhile?)")
        recorder = Recorder(session)
        recorder.before(AnswerLink, link_ids)
        removed = tuple(link_dto(link, question, document) for link, question, document in rows)
        for link, _question, _document in rows:
            session.delete(link)
        changes = _changes({document.case_id for _l, _q, document in rows}, {link.document_id for link in removed})
        return Edit(changes, LinkUndo(rows=recorder.images, changes=changes, link_ids=link_ids), removed)


def links_for_case(store: Store, case_id: int) -> list[AnswerLinkDTO]:
    """The case's answer links placed on their reply (orphaned ones: ``reanalysis.orphaned_annotations``)."""
    with store.session() as session:
        rows = session.execute(
            select(AnswerLink, Question, Document)
            .join(Question, Question.id == AnswerLink.question_id)
            .join(Document, Document.id == AnswerLink.document_id)
            .where(Document.case_id == case_id, AnswerLink.orphaned.is_(False))
            .order_by(Question.number, AnswerLink.start)
        ).all()
        return [link_dto(link, question, document) for link, question, document in rows]


@dataclass(frozen=True)
class PassageSuggestion:
    document_id: int
    start: int
    end: int
    quote: str
    score: float
    reason: SuggestionReason  # EXPLICIT, BEST or POSSIBLE


@dataclass(frozen=True)
class QuestionAnswers:
    question_id: int
    number: int
    label: str
    text: str
    links: tuple[AnswerLinkDTO, ...]
    suggestions: tuple[PassageSuggestion, ...]

    @property
    def answered(self) -> bool:
        return bool(self.links) or any(s.reason in PROMINENT_REASONS for s in self.suggestions)


def answers_overview(store: Store, case_id: int) -> list[QuestionAnswers]:
    """Each question of the case's letter with the reviewer's links and the passages proposed for it."""
    with store.session() as session:
        documents = session.scalars(
            select(Document).where(Document.case_id == case_id).order_by(Document.id)
        ).all()
        letter = next((d for d in documents if d.kind == DocumentKind.LETTER), None)
        if letter is None:
            return []
        questions = session.scalars(select(Question).where(Question.document_id == letter.id)
                                    .order_by(Question.number)).all()
        replies = [(d.id, d.text) for d in documents if d.kind in REPLY_KINDS]
        rejected = set(session.execute(
            select(RejectedSuggestion.question_id, RejectedSuggestion.document_id, RejectedSuggestion.start)
            .where(RejectedSuggestion.question_id.in_([q.id for q in questions]))).all())
        specs = [(q.number, q.label, q.text) for q in questions]
        q_rows = [(q.id, q.number, q.label, q.text) for q in questions]
    links = links_for_case(store, case_id)
    proposed: dict[int, list[PassageSuggestion]] = {number: [] for _id, number, _l, _t in q_rows}
    id_of_number = {number: qid for qid, number, _l, _t in q_rows}
    for document_id, text in replies:
        passages = split_passages(text)
        for passage_index, ranked in suggest(passages, specs).items():
            passage = passages[passage_index]
            top = ranked[0].score if ranked else 0
            for suggestion in ranked:
                if (id_of_number[suggestion.question], document_id, passage.start) in rejected:
                    continue
                reason = SuggestionReason.EXPLICIT if suggestion.reason is SuggestionReason.EXPLICIT else (
                    SuggestionReason.BEST if suggestion.score == top else SuggestionReason.POSSIBLE)
                proposed[suggestion.question].append(PassageSuggestion(
                    document_id, passage.start, passage.end, passage.text, suggestion.score, reason))
    return [
        QuestionAnswers(qid, number, label, text, tuple(link for link in links if link.question_id == qid),
                        tuple(sorted(proposed[number], key=lambda s: -s.score)))
        for qid, number, label, text in q_rows
    ]


def reject_suggestion(store: Store, question_id: int, document_id: int, start: int, rejected: bool = True) -> Edit:
    """Stop (or, with ``rejected=False``, resume) proposing a passage for a question; ``value``: whether it changed."""
    with store.session() as session:
        document = session.get(Document, document_id)
        if session.get(Question, question_id) is None or document is None:
            raise AnswerLinkError(f"no question {question_id} or no document {document_id}")
        row = session.scalar(select(RejectedSuggestion).where(
            RejectedSuggestion.question_id == question_id, RejectedSuggestion.document_id == document_id,
            RejectedSuggestion.start == start))
        recorder = Recorder(session)
        if rejected and row is None:
            row = RejectedSuggestion(question_id=question_id, document_id=document_id, start=start)
            session.add(row)
            session.flush()
            recorder.created(RejectedSuggestion, [row.id])
        elif not rejected and row is not None:
            recorder.before(RejectedSuggestion, [row.id])
            session.delete(row)
        changes = _changes([document.case_id], [document_id])
        undo = RejectionUndo(rows=recorder.images, changes=changes, question_id=question_id, document_id=document_id,
                             start=start)
        return Edit(changes, undo, bool(recorder.images))
