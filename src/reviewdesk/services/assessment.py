"""Verdicts per question, grades per reply, and the grade ReviewDesk proposes.

Each setter returns an ``Edit`` whose inverse puts the verdict or grade back
exactly (or removes it, when there was none); see ``services/rows.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from reviewdesk.db import Store
from reviewdesk.db.models import (
    Case,
    Document,
    Grade,
    Question,
    Scale,
    ScaleValue,
    VerdictRow,
)
from reviewdesk.domain.assessment import ACTIONS, DEFAULT_SCALE, Verdict, propose_grade
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.vocabulary import (
    REPLY_KINDS,
    DocumentKind,
    ReplyState,
    reply_timeliness,
)
from reviewdesk.services.edits import Changes, Edit
from reviewdesk.services.rows import Recorder, RowsUndo


class AssessmentError(ReviewDeskError, ValueError):
    pass


@dataclass(frozen=True, kw_only=True)
class VerdictUndo(RowsUndo):
    """Undoes a verdict: the question's previous verdict and note (or none) come back."""

    question_id: int


@dataclass(frozen=True, kw_only=True)
class GradeUndo(RowsUndo):
    """Undoes a grade: the previous value, actions and note (or no grade) come back."""

    case_id: int
    document_id: int | None


@dataclass(frozen=True)
class ScaleDTO:
    key: str
    name: str
    values: tuple[tuple[str, str, bool], ...]  # (key, label, administrative)

    def label(self, value_key: str) -> str:
        return next((label for key, label, _a in self.values if key == value_key), value_key)


@dataclass(frozen=True)
class VerdictDTO:
    question_id: int
    value: Verdict | None
    note: str


@dataclass(frozen=True)
class GradeDTO:
    scale: str
    value: str
    label: str
    actions: tuple[str, ...] = ()
    note: str = ""
    automatic: bool = False  # "No response" derived from a missed deadline, not set by the reviewer


@dataclass(frozen=True)
class CaseAssessment:
    verdicts: dict[int, VerdictDTO]
    grade: GradeDTO | None
    proposal: GradeDTO | None
    reply_id: int | None
    scales: tuple[ScaleDTO, ...] = field(default=())


def list_scales(store: Store) -> list[ScaleDTO]:
    with store.session() as session:
        scales = session.scalars(select(Scale).order_by(Scale.id)).all()
        result = []
        for scale in scales:
            values = session.scalars(select(ScaleValue).where(ScaleValue.scale_id == scale.id)
                                     .order_by(ScaleValue.position)).all()
            result.append(ScaleDTO(scale.key, scale.name, tuple((v.key, v.label, v.administrative) for v in values)))
        return result


def _assessment_changes(case_id: int | None) -> Changes:
    return Changes(cases=frozenset({case_id} - {None}), assessment=True)


def set_verdict(store: Store, question_id: int, value: Verdict | None, note: str = "", author: str = "") -> Edit:
    """Record (or with ``None`` clear) a verdict by ``author``; ``value`` is the VerdictDTO now recorded."""
    try:
        verdict = Verdict(value) if value is not None else None
    except ValueError:
        raise AssessmentError(f"{value!r} is not a verdict; choose from: {', '.join(Verdict)}") from None
    with store.session() as session:
        question = session.get(Question, question_id)
        if question is None:
            raise AssessmentError(f"no question {question_id}")
        recorder = Recorder(session)
        row = session.scalar(select(VerdictRow).where(VerdictRow.question_id == question_id))
        if row is not None:
            recorder.before(VerdictRow, [row.id])
        # A note alone is kept without a verdict (stored as ""): writing a note never judges the reply.
        stored_value = verdict.value if verdict is not None else ""
        if verdict is None and not note:
            if row is not None:
                session.delete(row)
        elif row is None:
            row = VerdictRow(question_id=question_id, value=stored_value, note=note, author=author)
            session.add(row)
            session.flush()
            recorder.created(VerdictRow, [row.id])
        else:
            row.value, row.note, row.author = stored_value, note, author
        changes = _assessment_changes(session.get(Document, question.document_id).case_id)
        return Edit(changes, VerdictUndo(rows=recorder.images, changes=changes, question_id=question_id),
                    VerdictDTO(question_id, verdict, note))


def _scale_value(session, scale_key: str, value_key: str) -> ScaleValue:
    value = session.scalar(
        select(ScaleValue).join(Scale, Scale.id == ScaleValue.scale_id)
        .where(Scale.key == scale_key, ScaleValue.key == value_key)
    )
    if value is None:
        known = session.scalars(select(Scale.key)).all()
        raise AssessmentError(f"no value {value_key!r} on scale {scale_key!r} (scales: {', '.join(known)})")
    return value


def set_grade(store: Store, case_id: int, document_id: int | None, scale_key: str | None, value_key: str | None,
              actions: list[str] | None = None, note: str = "", author: str = "") -> Edit:
    """Grade a reply (or the case, with no reply) as ``author``; ``value_key=None`` clears it.

    ``value`` is the GradeDTO now recorded (None when cleared).
    """
    unknown = [a for a in actions or [] if a not in ACTIONS]
    if unknown:
        raise AssessmentError(f"unknown action(s): {', '.join(unknown)}; choose from: {', '.join(ACTIONS)}")
    with store.session() as session:
        if session.get(Case, case_id) is None:
            raise AssessmentError(f"no case with id {case_id}")
        row = session.scalar(select(Grade).where(Grade.case_id == case_id, Grade.document_id.is_(document_id)
                                                 if document_id is None else Grade.document_id == document_id))
        recorder = Recorder(session)
        if row is not None:
            recorder.before(Grade, [row.id])
        if value_key is None:
            if row is not None:
                session.delete(row)
            graded = None
        else:
            value = _scale_value(session, scale_key or DEFAULT_SCALE, value_key)
            if row is None:
                row = Grade(case_id=case_id, document_id=document_id, scale_value_id=value.id)
                session.add(row)
            row.scale_value_id, row.actions, row.note, row.author = value.id, list(actions or []), note, author
            session.flush()
            recorder.created(Grade, [row.id])
            graded = _grade_dto(session, row)
        changes = _assessment_changes(case_id)
        undo = GradeUndo(rows=recorder.images, changes=changes, case_id=case_id, document_id=document_id)
        return Edit(changes, undo, graded)


def _grade_dto(session, row: Grade) -> GradeDTO:
    value = session.get(ScaleValue, row.scale_value_id)
    scale = session.get(Scale, value.scale_id)
    return GradeDTO(scale.key, value.key, value.label, tuple(row.actions or ()), row.note)


def case_assessment(store: Store, case_id: int, scale_key: str = DEFAULT_SCALE, today: date | None = None) -> CaseAssessment:
    today = today or date.today()
    scales = list_scales(store)
    with store.session() as session:
        case = session.get(Case, case_id)
        documents = session.scalars(select(Document).where(Document.case_id == case_id).order_by(Document.id)).all()
        letter = next((d for d in documents if d.kind == DocumentKind.LETTER), None)
        replies = sorted((d for d in documents if d.kind in REPLY_KINDS), key=lambda d: (d.date or date.max, d.id))
        reply_id = replies[-1].id if replies else None
        questions = session.scalars(select(Question).where(Question.document_id == letter.id)).all() if letter else []
        rows = {r.question_id: r for r in session.scalars(
            select(VerdictRow).where(VerdictRow.question_id.in_([q.id for q in questions])))}
        verdicts = {q.id: VerdictDTO(q.id, Verdict(rows[q.id].value) if q.id in rows and rows[q.id].value else None,
                                     rows[q.id].note if q.id in rows else "") for q in questions}
        stored = session.scalar(select(Grade).where(Grade.case_id == case_id, Grade.document_id == reply_id)
                                if reply_id else select(Grade).where(Grade.case_id == case_id, Grade.document_id.is_(None)))
        grade = _grade_dto(session, stored) if stored else None
        scale = next((s for s in scales if s.key == (grade.scale if grade else scale_key)), scales[0])
        first_reply = min((d.date for d in replies if d.date), default=None)
        timeliness = reply_timeliness(case.reply_due, first_reply, len(replies), today)
        if grade is None and timeliness.state is ReplyState.OVERDUE:
            key = propose_grade(scale.key, False, [], [])
            grade = GradeDTO(scale.key, key, scale.label(key), automatic=True) if key else None
        proposed_key = propose_grade(scale.key, bool(replies), [v.value for v in verdicts.values() if v.value],
                                     list(grade.actions) if grade else [])
        proposal = GradeDTO(scale.key, proposed_key, scale.label(proposed_key)) if proposed_key else None
    return CaseAssessment(verdicts, grade, proposal, reply_id, tuple(scales))


def add_scale(store: Store, key: str, name: str) -> None:
    with store.session() as session:
        if session.scalar(select(Scale).where(Scale.key == key)) is not None:
            raise AssessmentError(f"scale {key!r} exists already")
        session.add(Scale(key=key, name=name))


def set_scale_value(store: Store, scale_key: str, value_key: str, label: str, administrative: bool = False) -> bool:
    """Add a value to a scale, or relabel an existing one; True when it was new. Grades keep pointing at it."""
    with store.session() as session:
        scale = session.scalar(select(Scale).where(Scale.key == scale_key))
        if scale is None:
            raise AssessmentError(f"no scale {scale_key!r}")
        value = session.scalar(select(ScaleValue).where(ScaleValue.scale_id == scale.id, ScaleValue.key == value_key))
        if value is not None:
            value.label, value.administrative = label, administrative
            return False
        last = session.scalar(select(ScaleValue.position).where(ScaleValue.scale_id == scale.id)
                              .order_by(ScaleValue.position.desc()))
        session.add(ScaleValue(scale_id=scale.id, key=value_key, label=label, administrative=administrative,
                               position=(last or 0) + 1))
        return True
