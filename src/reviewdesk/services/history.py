"""Who did what on a case: its tags, notes, answer links, verdicts, grades, corrections and redactions, by time.

Each of those rows records its author and time (tags and links when made,
verdicts and grades when last set, a tag's note when last edited, a
correction when made); the history lists them, newest first. Rows from before
authors were recorded (store revision 0017) have an empty author. It is what
the rows say now: a verdict changed twice shows its last author.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from reviewdesk.db import Store
from reviewdesk.db.models import (
    AnswerLink,
    Document,
    FieldCorrection,
    Grade,
    Question,
    Redaction,
    ScaleValue,
    Tag,
    Term,
    VerdictRow,
)
from reviewdesk.services.cases import find_case_id

KINDS = ("tag", "note", "link", "verdict", "grade", "correction", "redaction")
_QUOTE_CHARS = 60


@dataclass(frozen=True)
class HistoryEntry:
    """One thing a reviewer did: when, who (may be ""), what kind (one of ``KINDS``) and what, in words."""

    at: datetime
    author: str
    kind: str
    what: str
    document_id: int | None = None

    def as_json(self) -> dict:
        return {"at": self.at.isoformat(), "author": self.author, "kind": self.kind, "what": self.what,
                "document_id": self.document_id}


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return f"“{text[:_QUOTE_CHARS]}{'…' if len(text) > _QUOTE_CHARS else ''}”"


def _utc(value: datetime) -> datetime:
    # SQLite gives back naive datetimes (stored in UTC); PostgreSQL aware ones.
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def case_history(store: Store, case: int | str) -> list[HistoryEntry]:
    """The history of a case (its id, or a reference as typed), newest first."""
    with store.session() as session:
        case_id = case if isinstance(case, int) else find_case_id(session, case)
        entries = [*_tags(session, case_id), *_links(session, case_id), *_verdicts(session, case_id),
                   *_grades(session, case_id), *_corrections(session, case_id), *_redactions(session, case_id)]
    return sorted(entries, key=lambda e: (e.at, KINDS.index(e.kind)), reverse=True)


def _documents(case_id: int):
    return select(Document.id).where(Document.case_id == case_id)


def _tags(session: Session, case_id: int) -> list[HistoryEntry]:
    rows = session.execute(select(Tag, Term.label).join(Term, Term.id == Tag.term_id)
                           .where(Tag.document_id.in_(_documents(case_id)))).all()
    entries = []
    for tag, label in rows:
        entries.append(HistoryEntry(_utc(tag.created_at), tag.author, "tag",
                                    f"tagged {_quoted(tag.quote)} as {label} ({tag.status})", tag.document_id))
        if tag.note:
            entries.append(HistoryEntry(_utc(tag.updated_at), tag.updated_by or tag.author, "note",
                                        f"note on the {label} tag: {_quoted(tag.note)}", tag.document_id))
    return entries


def _links(session: Session, case_id: int) -> list[HistoryEntry]:
    rows = session.execute(select(AnswerLink, Question.number).join(Question, Question.id == AnswerLink.question_id)
                           .where(AnswerLink.document_id.in_(_documents(case_id)))).all()
    return [HistoryEntry(_utc(link.created_at), link.author, "link",
                         f"linked {_quoted(link.quote)} to question {number}"
                         + (" (proposed)" if link.origin != "reviewer" else ""), link.document_id)
            for link, number in rows]


def _verdicts(session: Session, case_id: int) -> list[HistoryEntry]:
    rows = session.execute(select(VerdictRow, Question.number, Question.document_id)
                           .join(Question, Question.id == VerdictRow.question_id)
                           .where(Question.document_id.in_(_documents(case_id)))).all()
    return [HistoryEntry(_utc(verdict.updated_at), verdict.author, "verdict",
                         (f"question {number}: {verdict.value}" if verdict.value else f"question {number}: no verdict")
                         + (f", note {_quoted(verdict.note)}" if verdict.note else ""), document_id)
            for verdict, number, document_id in rows]


def _grades(session: Session, case_id: int) -> list[HistoryEntry]:
    rows = session.execute(select(Grade, ScaleValue.label).join(ScaleValue, ScaleValue.id == Grade.scale_value_id)
                           .where(Grade.case_id == case_id)).all()
    return [HistoryEntry(_utc(grade.updated_at), grade.author, "grade",
                         f"graded the {'reply' if grade.document_id else 'case'} {label}"
                         + (f"; actions: {', '.join(grade.actions)}" if grade.actions else "")
                         + (f", note {_quoted(grade.note)}" if grade.note else ""), grade.document_id)
            for grade, label in rows]


def _corrections(session: Session, case_id: int) -> list[HistoryEntry]:
    rows = session.scalars(select(FieldCorrection).where(or_(
        FieldCorrection.case_id == case_id, FieldCorrection.document_id.in_(_documents(case_id))))).all()
    return [HistoryEntry(_utc(row.corrected_at), row.author, "correction",
                         f"corrected {row.field}: {_shown(row.previous)} → {_shown(row.value)}", row.document_id)
            for row in rows]


def _redactions(session: Session, case_id: int) -> list[HistoryEntry]:
    rows = session.scalars(select(Redaction).where(Redaction.case_id == case_id)).all()
    # The redacted string itself is what must not be shown: the history says where, not what.
    return [HistoryEntry(_utc(row.created_at), row.author, "redaction",
                         f"redacted {row.end - row.start} characters" + (" with a pseudonym" if row.pseudonym else ""),
                         row.document_id)
            for row in rows]


def _shown(value: object) -> str:
    if value is None or value == "" or value == []:
        return "(none)"
    if isinstance(value, list):
        return ", ".join(str(v.get("name", v)) if isinstance(v, dict) else str(v) for v in value)
    return str(value)
