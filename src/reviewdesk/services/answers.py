"""Linking reply passages to the questions they answer (the reviewer's links)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from reviewdesk.db import Store
from reviewdesk.db.models import AnswerLink, Document, Question


class AnswerLinkError(ValueError):
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


def _dto(link: AnswerLink, question: Question, document: Document) -> AnswerLinkDTO:
    return AnswerLinkDTO(link.id, question.id, question.number, question.document_id, link.document_id,
                         link.start, link.end, document.text[link.start:link.end], link.created_at)


def link_passage(store: Store, question_id: int, document_id: int, start: int, end: int) -> AnswerLinkDTO:
    with store.session() as session:
        question = session.get(Question, question_id)
        document = session.get(Document, document_id)
        if question is None or document is None:
            raise AnswerLinkError("no such question or document")
        letter = session.get(Document, question.document_id)
        if document.kind not in ("reply", "follow-up") or document.case_id != letter.case_id:
            raise AnswerLinkError("only a reply of the same case can answer a question")
        text = document.text
        while start < end and text[start:start + 1].isspace():
            start += 1
        while end > start and text[end - 1:end].isspace():
            end -= 1
        if not 0 <= start < end <= len(text):
            raise AnswerLinkError(f"span {start}–{end} is outside the reply or empty")
        link = AnswerLink(question_id=question_id, document_id=document_id, start=start, end=end)
        session.add(link)
        session.flush()
        return _dto(link, question, document)


def unlink(store: Store, link_id: int) -> AnswerLinkDTO:
    with store.session() as session:
        link = session.get(AnswerLink, link_id)
        if link is None:
            raise AnswerLinkError(f"no answer link {link_id}")
        dto = _dto(link, session.get(Question, link.question_id), session.get(Document, link.document_id))
        session.delete(link)
        return dto


def restore_link(store: Store, link: AnswerLinkDTO) -> AnswerLinkDTO:
    with store.session() as session:
        session.add(AnswerLink(id=link.id, question_id=link.question_id, document_id=link.document_id,
                               start=link.start, end=link.end, created_at=link.created_at))
    return link


def links_for_case(store: Store, case_id: int) -> list[AnswerLinkDTO]:
    with store.session() as session:
        rows = session.execute(
            select(AnswerLink, Question, Document)
            .join(Question, Question.id == AnswerLink.question_id)
            .join(Document, Document.id == AnswerLink.document_id)
            .where(Document.case_id == case_id)
            .order_by(Question.number, AnswerLink.start)
        ).all()
        return [_dto(link, question, document) for link, question, document in rows]
