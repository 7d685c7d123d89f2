"""Linking reply passages to the questions they answer (the reviewer's links)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from reviewdesk.db import Store
from reviewdesk.db.models import AnswerLink, Case, Document, Question, RejectedSuggestion, StoredFile
from reviewdesk.documents.answers import split_passages, suggest
from reviewdesk.domain.spans import SpanError, trim_span
from reviewdesk.services.cases import find_case_id


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
        try:
            start, end = trim_span(document.text, start, end)
        except SpanError as exc:
            raise AnswerLinkError(str(exc)) from exc
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


@dataclass(frozen=True)
class PassageSuggestion:
    document_id: int
    start: int
    end: int
    quote: str
    score: float
    reason: str


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
        return bool(self.links) or any(s.reason in ("explicit", "best") for s in self.suggestions)


def answers_overview(store: Store, case_id: int) -> list[QuestionAnswers]:
    """Each question of the case's letter with the reviewer's links and the passages proposed for it."""
    with store.session() as session:
        documents = session.scalars(
            select(Document).where(Document.case_id == case_id).order_by(Document.id)
        ).all()
        letter = next((d for d in documents if d.kind == "letter"), None)
        if letter is None:
            return []
        questions = session.scalars(select(Question).where(Question.document_id == letter.id)
                                    .order_by(Question.number)).all()
        replies = [(d.id, d.text) for d in documents if d.kind in ("reply", "follow-up")]
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
                reason = "explicit" if suggestion.reason == "explicit" else (
                    "best" if suggestion.score == top else "possible")
                proposed[suggestion.question].append(PassageSuggestion(
                    document_id, passage.start, passage.end, passage.text, suggestion.score, reason))
    return [
        QuestionAnswers(qid, number, label, text, tuple(link for link in links if link.question_id == qid),
                        tuple(sorted(proposed[number], key=lambda s: -s.score)))
        for qid, number, label, text in q_rows
    ]


def pair_document(store: Store, document: str, reference_text: str) -> tuple[int, str]:
    """Attach a reply (by document id, or by the file it came from) to a case; returns (document id, case)."""
    with store.session() as session:
        case_id = find_case_id(session, reference_text)
        if document.isdigit():
            rows = [session.get(Document, int(document))]
        else:
            path = Path(document)
            if not path.is_file():
                raise AnswerLinkError(f"{document}: neither a document id nor a file")
            sha = hashlib.sha256(path.read_bytes()).hexdigest()
            rows = session.scalars(select(Document).join(StoredFile, StoredFile.id == Document.file_id)
                                   .where(StoredFile.sha256 == sha)).all()
        rows = [row for row in rows if row is not None]
        if not rows:
            raise AnswerLinkError(f"{document}: not in this store (import it first)")
        for row in rows:
            if row.kind == "letter":
                raise AnswerLinkError(f"{document} is a letter; only replies and follow-ups are paired")
            row.case_id = case_id
        return rows[0].id, session.get(Case, case_id).reference


@dataclass(frozen=True)
class CaseSuggestion:
    reference: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class UnpairedDocument:
    id: int
    filename: str
    kind: str
    cited_reference: str | None
    date: datetime | None
    excerpt: str
    suggestions: tuple[CaseSuggestion, ...]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-zà-ÿ]{5,}", text.casefold())}


def unpaired_documents(store: Store) -> list[UnpairedDocument]:
    """Replies and follow-ups not attached to a case, each with the cases it most likely answers."""
    with store.session() as session:
        documents = session.execute(
            select(Document, StoredFile.filename).join(StoredFile, StoredFile.id == Document.file_id)
            .where(Document.case_id.is_(None), Document.kind.in_(("reply", "follow-up", "unknown")))
            .order_by(Document.id)
        ).all()
        cases = session.execute(
            select(Case.reference, Case.country, Case.number, Case.year, Case.date, Case.addressee, Case.organisation,
                   Document.text)
            .join(Document, (Document.case_id == Case.id) & (Document.kind == "letter"))
        ).all()
        result = []
        for document, filename in documents:
            words = _words(document.text[:6000])
            ranked = []
            for row in cases:
                score, reasons = 0.0, []
                cited = document.cited_reference or ""
                if cited and f"{row.country} {row.number}/{row.year}" in cited:
                    score, reasons = score + 0.6, reasons + ["cites a similar reference"]
                names = _words(" ".join(x for x in (row.addressee, row.organisation) if x))
                if names and names & words:
                    score, reasons = score + 0.2, reasons + ["names the addressee"]
                if document.date and row.date and 0 <= (document.date - row.date).days <= 240:
                    score, reasons = score + 0.1, reasons + ["dated after the letter"]
                shared = len(words & _words(row.text)) / max(1, len(words))
                if shared > 0.2:
                    score, reasons = score + min(0.3, shared / 2), reasons + [f"shares {shared:.0%} of its wording"]
                if score >= 0.2:
                    ranked.append(CaseSuggestion(row.reference, round(score, 2), tuple(reasons)))
            ranked.sort(key=lambda s: -s.score)
            result.append(UnpairedDocument(document.id, filename, document.kind, document.cited_reference,
                                           document.date, " ".join(document.text[:200].split()), tuple(ranked[:5])))
        return result


def set_document_case(store: Store, document_id: int, reference: str | None) -> str | None:
    """Attach a reply to the case ``reference`` (None: unpaired again); returns the previous case's reference."""
    with store.session() as session:
        document = session.get(Document, document_id)
        if document is None or document.kind in ("letter", "annex"):
            raise AnswerLinkError("only replies and follow-ups can be paired")
        before = session.get(Case, document.case_id).reference if document.case_id else None
        document.case_id = find_case_id(session, reference) if reference else None
        return before


def reject_suggestion(store: Store, question_id: int, document_id: int, start: int, rejected: bool = True) -> None:
    """Stop (or, with ``rejected=False``, resume) proposing a passage for a question."""
    with store.session() as session:
        row = session.scalar(select(RejectedSuggestion).where(
            RejectedSuggestion.question_id == question_id, RejectedSuggestion.document_id == document_id,
            RejectedSuggestion.start == start))
        if rejected and row is None:
            session.add(RejectedSuggestion(question_id=question_id, document_id=document_id, start=start))
        elif not rejected and row is not None:
            session.delete(row)
