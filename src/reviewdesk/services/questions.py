"""The questions editor: split, merge, re-span, add, remove and renumber a letter's questions.

The reviewer's work follows its question. Splitting keeps the question's id,
verdict and answer links on the first part (only the reviewer knows whether a
passage answers the second part; the links stay where they were, to be moved
by hand). Merging moves the second question's links and rejected proposals to
the first; the first's verdict is kept and the second's is written into its
note ("Merged from question 4: answered — …"), or, when the first had none,
the second's verdict becomes the merged question's. A question with a verdict
or links is never removed: merge it instead.

Numbers run 1, 2, 3… in the order given; a label that is a number ("3.", "(3)")
follows its question's number, other labels ("(b)") stay as the letter prints
them. Any edit marks the letter's questions as corrected (provenance field
``questions``), so re-analysis keeps them, re-anchored on the new text, instead
of the parser's. Every edit returns an ``Edit`` whose inverse puts every
touched row back; see ``services/rows.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.db import Store
from reviewdesk.db.models import (
    AnswerLink,
    Document,
    Question,
    RejectedSuggestion,
    VerdictRow,
)
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.spans import SpanError, trim_span
from reviewdesk.domain.vocabulary import DocumentKind
from reviewdesk.services.corrections import note_correction
from reviewdesk.services.dto import QuestionDTO
from reviewdesk.services.edits import NOTHING, Changes, Edit, NoInverse
from reviewdesk.services.rows import Recorder, RowsUndo

_DIGITS_RE = re.compile(r"\d+")


class QuestionEditError(ReviewDeskError, ValueError):
    pass


@dataclass(frozen=True, kw_only=True)
class QuestionsUndo(RowsUndo):
    """Undoes an edit of a letter's questions: the questions, verdicts, links and provenance as they were."""

    letter_id: int


def question_text(text: str, start: int, end: int) -> str:
    """A question's text as the parser stores it: its span with white space runs made single spaces."""
    return " ".join(text[start:end].split())


def _label(label: str, number: int) -> str:
    """A numeric label follows the number ("3." -> "4."); "(b)" or "iv." stay as printed."""
    return _DIGITS_RE.sub(str(number), label, count=1) if label.strip("().").isdigit() else label


def _dto(question: Question) -> QuestionDTO:
    return QuestionDTO(question.id, question.number, question.label, question.text, question.start, question.end,
                       bool(question.orphaned))


class _Editor:
    """One edit of one letter's questions: loads them, records every row it touches, writes the outcome."""

    def __init__(self, session: Session, letter: Document, author: str) -> None:
        if letter.kind != DocumentKind.LETTER:
            raise QuestionEditError(f"document {letter.id} is {letter.kind}, not a letter: only letters have questions")
        self.session, self.letter, self.author = session, letter, author
        self.questions = list(session.scalars(select(Question).where(Question.document_id == letter.id)
                                              .order_by(Question.number)))
        self.before, self.state = self._listing(), self._state()
        self.recorder = Recorder(session)
        self.recorder.before(Question, [q.id for q in self.questions])

    @classmethod
    def of_question(cls, session: Session, question_id: int, author: str) -> tuple[_Editor, Question]:
        question = session.get(Question, question_id)
        if question is None:
            raise QuestionEditError(f"no question {question_id} (removed meanwhile?)")
        editor = cls(session, session.get(Document, question.document_id), author)
        return editor, next(q for q in editor.questions if q.id == question_id)

    @classmethod
    def of_letter(cls, session: Session, letter_id: int, author: str) -> _Editor:
        letter = session.get(Document, letter_id)
        if letter is None:
            raise QuestionEditError(f"no document {letter_id}")
        return cls(session, letter, author)

    def _listing(self) -> list[list[str]]:
        return [[q.label, q.text] for q in sorted(self.questions, key=lambda q: q.number)]

    def _state(self) -> list[tuple]:
        return sorted((q.id, q.number, q.label, q.text, q.start, q.end) for q in self.questions)

    def span(self, start: int, end: int, ignoring: Question | None = None) -> tuple[int, int]:
        """``start:end`` trimmed, inside the letter and overlapping no other question."""
        try:
            start, end = trim_span(self.letter.text, start, end)
        except SpanError as exc:
            raise QuestionEditError(f"letter {self.letter.id}: {exc}") from exc
        for other in self.questions:
            if other is not ignoring and max(start, other.start) < min(end, other.end):
                raise QuestionEditError(f"the span {start}–{end} would overlap question {other.number}")
        return start, end

    def place(self, question: Question, start: int, end: int) -> None:
        question.start, question.end = start, end
        question.text = question_text(self.letter.text, start, end)
        question.orphaned = False

    def work(self, model, question: Question) -> list:
        rows = list(self.session.scalars(select(model).where(model.question_id == question.id).order_by(model.id)))
        self.recorder.before(model, [row.id for row in rows])
        return rows

    def renumber(self, ordered: list[Question]) -> None:
        """Numbers 1…n in this order; parked on negative numbers first, as the pairs are unique per letter."""
        for question in ordered:
            question.number = -question.id
        self.session.flush()
        for number, question in enumerate(ordered, start=1):
            question.number, question.label = number, _label(question.label, number)
        self.questions = ordered
        self.session.flush()

    def finish(self, value) -> Edit:
        after = self._listing()
        if self._state() == self.state:
            return Edit(NOTHING, NoInverse(), value)  # e.g. renumbered in the order they had
        note_correction(self.session, self.recorder, field="questions", value=after, previous=self.before,
                        author=self.author, document_id=self.letter.id)
        self.session.flush()
        changes = Changes(cases=frozenset({self.letter.case_id} - {None}), documents=frozenset({self.letter.id}),
                          links=True, assessment=True)
        return Edit(changes, QuestionsUndo(rows=self.recorder.images, changes=changes, letter_id=self.letter.id),
                    value)


def split_question(store: Store, question_id: int, offset: int, author: str = "") -> Edit:
    """Split a question at ``offset`` (in the letter's text); ``value`` is (first, second) QuestionDTOs."""
    with store.session() as session:
        editor, question = _Editor.of_question(session, question_id, author)
        text = editor.letter.text
        if not question.start < offset < question.end:
            raise QuestionEditError(f"question {question.number}: {offset} is not inside it "
                                    f"({question.start}–{question.end})")
        try:
            first = trim_span(text, question.start, offset)
            second = trim_span(text, offset, question.end)
        except SpanError:
            raise QuestionEditError(f"question {question.number}: splitting at {offset} leaves an empty part") from None
        editor.place(question, *first)
        index = editor.questions.index(question)
        label = _label(question.label, question.number + 1) if question.label.strip("().").isdigit() else str(
            question.number + 1)
        added = Question(document_id=editor.letter.id, number=0, label=label, text="", start=0, end=1)
        editor.place(added, *second)
        session.add(added)
        session.flush()
        editor.recorder.created(Question, [added.id])
        editor.renumber(editor.questions[:index + 1] + [added] + editor.questions[index + 1:])
        return editor.finish((_dto(question), _dto(added)))


def merge_questions(store: Store, first_id: int, second_id: int, author: str = "") -> Edit:
    """Merge two neighbouring questions into the first; ``value`` is the merged QuestionDTO."""
    with store.session() as session:
        editor, first = _Editor.of_question(session, first_id, author)
        second = next((q for q in editor.questions if q.id == second_id), None)
        if second is None:
            raise QuestionEditError(f"question {second_id} is not a question of the same letter")
        first, second = sorted((first, second), key=lambda q: q.number)
        if second.number != first.number + 1:
            raise QuestionEditError(f"questions {first.number} and {second.number} are not neighbours; "
                                    "only a question and the next one can be merged")
        _move_work(editor, first, second)
        editor.place(first, min(first.start, second.start), max(first.end, second.end))
        editor.session.delete(second)
        session.flush()
        editor.renumber([q for q in editor.questions if q is not second])
        return editor.finish(_dto(first))


def _move_work(editor: _Editor, first: Question, second: Question) -> None:
    """The second question's links, rejections and verdict go to the first (see the module's rule)."""
    links = {(link.document_id, link.start, link.end) for link in editor.work(AnswerLink, first)}
    for link in editor.work(AnswerLink, second):
        if (link.document_id, link.start, link.end) in links:
            editor.session.delete(link)  # the same passage, linked to both
        else:
            link.question_id = first.id
    rejected = {(r.document_id, r.start) for r in editor.work(RejectedSuggestion, first)}
    for rejection in editor.work(RejectedSuggestion, second):
        if (rejection.document_id, rejection.start) in rejected:
            editor.session.delete(rejection)
        else:
            rejection.question_id = first.id
    kept = next(iter(editor.work(VerdictRow, first)), None)
    merged = next(iter(editor.work(VerdictRow, second)), None)
    if merged is not None and kept is None:
        merged.question_id = first.id
    elif merged is not None:
        noted = f"Merged from question {second.number}: {merged.value}" + (f" — {merged.note}" if merged.note else "")
        kept.note = f"{kept.note}\n{noted}" if kept.note else noted
        editor.session.delete(merged)
    editor.session.flush()


def set_question_span(store: Store, question_id: int, start: int, end: int, author: str = "") -> Edit:
    """Make ``letter.text[start:end]`` the question's text (white space trimmed); ``value`` is its QuestionDTO."""
    with store.session() as session:
        editor, question = _Editor.of_question(session, question_id, author)
        editor.place(question, *editor.span(start, end, ignoring=question))
        session.flush()
        return editor.finish(_dto(question))


def add_question(store: Store, letter_id: int, start: int, end: int, author: str = "") -> Edit:
    """A question the parser missed, numbered by its place in the text; ``value`` is its QuestionDTO."""
    with store.session() as session:
        editor = _Editor.of_letter(session, letter_id, author)
        span = editor.span(start, end)
        before = [q for q in editor.questions if q.start < span[0]]
        number = len(before) + 1
        question = Question(document_id=letter_id, number=0, label=f"{number}.", text="", start=0, end=1)
        editor.place(question, *span)
        session.add(question)
        session.flush()
        editor.recorder.created(Question, [question.id])
        rest = [q for q in editor.questions if q not in before]
        editor.renumber(before + [question] + rest)
        return editor.finish(_dto(question))


def remove_question(store: Store, question_id: int, author: str = "") -> Edit:
    """Remove a question that is not one (a closing sentence taken for one); refused when work hangs on it."""
    with store.session() as session:
        editor, question = _Editor.of_question(session, question_id, author)
        if editor.work(VerdictRow, question) or editor.work(AnswerLink, question):
            raise QuestionEditError(f"question {question.number} has a verdict or linked passages; "
                                    "merge it into its neighbour instead, so they are kept")
        editor.work(RejectedSuggestion, question)  # recorded: they go with it (ON DELETE CASCADE)
        removed = _dto(question)
        session.delete(question)
        session.flush()
        editor.renumber([q for q in editor.questions if q is not question])
        return editor.finish(removed)


def renumber_questions(store: Store, letter_id: int, order: Sequence[int] | None = None, author: str = "") -> Edit:
    """Number the questions 1…n in text order, or in ``order`` (every question id once); ``value``: QuestionDTOs."""
    with store.session() as session:
        editor = _Editor.of_letter(session, letter_id, author)
        by_id = {q.id: q for q in editor.questions}
        if order is None:
            ordered = sorted(editor.questions, key=lambda q: (q.start, q.number))
        elif sorted(order) != sorted(by_id):
            raise QuestionEditError(f"letter {letter_id}: the order must name each of its questions once "
                                    f"({', '.join(map(str, sorted(by_id)))})")
        else:
            ordered = [by_id[i] for i in order]
        editor.renumber(ordered)
        return editor.finish(tuple(_dto(q) for q in ordered))
