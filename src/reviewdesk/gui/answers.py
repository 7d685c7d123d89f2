"""Linked panes: a question in the letter and the reply passages that answer it.

Clicking inside a question highlights it and its linked passages in the reply
(both views) and scrolls the reply to them; clicking inside a linked passage
highlights its question(s) in the letter. Linking a selected reply passage to
a question is an undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog

from reviewdesk.domain.vocabulary import PROMINENT_REASONS
from reviewdesk.gui.case_view import CaseView
from reviewdesk.gui.models.answers_grid import AnswersGridModel
from reviewdesk.gui.widgets.answers_panel import AnswersPanel
from reviewdesk.services.answer_links import (
    AnswerLinkDTO,
    QuestionAnswers,
    link_passage,
    reject_suggestion,
    unlink,
)
from reviewdesk.services.assessment import CaseAssessment, set_grade, set_verdict
from reviewdesk.services.dto import QuestionDTO

FOCUS = QColor("#0072B2")
PROPOSED = QColor("#56B4E9")


class AnswersController(QObject):
    focus_changed = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.links: list[AnswerLinkDTO] = []
        self.overview: list[QuestionAnswers] = []
        self.assessment: CaseAssessment | None = None
        self.question: QuestionDTO | None = None
        self.view: CaseView | None = None
        self.model = AnswersGridModel(self)
        self.panel = AnswersPanel(self.model)
        self.model.verdict_edited.connect(self.set_verdict)
        self.panel.question_selected.connect(self.select_question)
        self.panel.accept_requested.connect(self.accept_proposal)
        self.panel.reject_requested.connect(self.reject_proposal)
        self.panel.unlink_requested.connect(self.remove_links)
        self.panel.grade_chosen.connect(self.set_grade)
        self.panel.actions_chosen.connect(self.set_actions)
        window.letter_pane.cursor_moved.connect(self._letter_clicked)
        window.reply_pane.cursor_moved.connect(self._reply_clicked)

    def show_view(self, view: CaseView | None) -> None:
        """The open case's questions, links, proposals and assessment, as read with the case."""
        if view is None or (self.view is not None and view.case_id != self.view.case_id):
            self.question = None
        self.view = view
        self.overview = view.overview if view else []
        # The overview already carries each question's links: no second query.
        self.links = [link for row in self.overview for link in row.links]
        self.assessment = view.assessment if view else None
        self.panel.preferred_scale = self.window.settings.get("assessment/scale")
        self.model.set_rows(self.overview, self.assessment.verdicts if self.assessment else {})
        self.panel.set_assessment(self.assessment)
        self._show_question(self.question if view else None)
        if self.question is not None:
            self.panel.select_question(self.question.number)

    def set_verdict(self, question_id: int, value, note: str) -> None:
        author = self.window.settings.reviewer
        self.window.undo.push(self.tr("Set verdict"), lambda store: set_verdict(store, question_id, value, note, author))

    def set_grade(self, scale: str, value: str, actions: list[str] | None = None) -> None:
        """Change the grade (keeping actions and note) or, with ``actions``, the actions (keeping the grade)."""
        case = self.window.current_case
        if case is None or self.assessment is None:
            return
        stored = self.assessment.grade if self.assessment.grade and not self.assessment.grade.automatic else None
        kept_actions = list(stored.actions) if stored else []
        note = stored.note if stored else ""
        case_id, reply_id, author = case.summary.id, self.assessment.reply_id, self.window.settings.reviewer
        chosen = kept_actions if actions is None else actions
        self.window.undo.push(self.tr("Set grade"), lambda store: set_grade(store, case_id, reply_id, scale, value or None,
                                                                   chosen, note, author))

    def reject_proposal(self, number: int) -> bool:
        row = next((r for r in self.overview if r.number == number), None)
        best = self._prominent(row)
        if not best:
            return False
        question_id, document_id, start = row.question_id, best[0].document_id, best[0].start
        self.window.undo.push(self.tr("Reject proposed passage"),
                              lambda store: reject_suggestion(store, question_id, document_id, start))
        return True

    def remove_links(self, number: int) -> bool:
        row = next((r for r in self.overview if r.number == number), None)
        if row is None or not row.links:
            return False
        link_ids = [link.id for link in row.links]
        self.window.undo.push(self.tr("Remove answer links"),
                              lambda store: unlink(store, link_ids))
        return True

    def set_actions(self, actions: list[str]) -> None:
        grade = self.assessment.grade if self.assessment else None
        if grade is None or grade.automatic:
            self.window.statusBar().showMessage(self.tr("Choose a grade first, then the actions the reply reports"), 4000)
            self.panel.set_assessment(self.assessment)
            return
        self.set_grade(grade.scale, grade.value, actions)

    def accept_proposal(self, number: int) -> bool:
        row = next((r for r in self.overview if r.number == number), None)
        question = next((q for q in self._questions() if q.number == number), None)
        best = self._prominent(row)
        if not best or question is None:
            self.window.statusBar().showMessage(self.tr("No proposed passage for question {number}").format(number=number), 4000)
            return False
        self._push_link(question, best[0].document_id, best[0].start, best[0].end)
        return True

    def _push_link(self, question: QuestionDTO, document_id: int, start: int, end: int) -> None:
        question_id, author = question.id, self.window.settings.reviewer
        self.window.undo.push(self.tr("Link passage to question {number}").format(number=question.number),
                              lambda store: link_passage(store, question_id, document_id, start, end, author))

    @staticmethod
    def _prominent(row: QuestionAnswers | None) -> list:
        return [s for s in row.suggestions if s.reason in PROMINENT_REASONS] if row else []

    def _questions(self) -> tuple[QuestionDTO, ...]:
        letter = self.window.letter_pane.current()
        return letter.questions if letter else ()

    def _letter_clicked(self, offset: int) -> None:
        question = next((q for q in self._questions() if q.start <= offset <= q.end), None)
        if question is not None and question != self.question:
            self.select_question(question.number)

    def select_question(self, number: int) -> None:
        question = next((q for q in self._questions() if q.number == number), None)
        self._show_question(question)
        self.panel.select_question(number)
        reply = self.window.reply_pane
        linked = [(link.document_id, link.start) for link in self.links if question and link.question_id == question.id]
        if not linked:
            row = next((r for r in self.overview if question and r.question_id == question.id), None)
            linked = [(s.document_id, s.start) for s in self._prominent(row)]
        if linked and reply.show_document(linked[0][0]):
            reply.reveal(linked[0][1])
        if question is not None:
            self.window.letter_pane.reveal(question.start)

    def _show_question(self, question: QuestionDTO | None) -> None:
        self.question = question
        letter, reply = self.window.letter_pane, self.window.reply_pane
        letter.set_focus([(question.start, question.end, FOCUS)] if question else [])
        shown = reply.current()
        spans = [
            (link.start, link.end, FOCUS) for link in self.links
            if question and shown and link.question_id == question.id and link.document_id == shown.id
        ]
        if question and shown and not spans:
            # Nothing linked yet: show what ReviewDesk proposes, in a lighter style.
            row = next((r for r in self.overview if r.question_id == question.id), None)
            spans = [(s.start, s.end, PROPOSED) for s in self._prominent(row) if s.document_id == shown.id]
        reply.set_focus(spans)
        self.focus_changed.emit()

    def _reply_clicked(self, offset: int) -> None:
        shown = self.window.reply_pane.current()
        hits = [link for link in self.links if shown and link.document_id == shown.id and link.start <= offset <= link.end]
        if not hits:
            return
        questions = [q for q in self._questions() if any(h.question_id == q.id for h in hits)]
        self.question = questions[0] if questions else None
        letter = self.window.letter_pane
        letter.set_focus([(q.start, q.end, FOCUS) for q in questions])
        self.window.reply_pane.set_focus([(h.start, h.end, FOCUS) for h in hits])
        if questions:
            letter.reveal(questions[0].start)
        self.focus_changed.emit()

    def link_selection(self, number: int | None = None) -> bool:
        reply = self.window.reply_pane
        questions = self._questions()
        if reply.current() is None or reply.selection() is None or not questions:
            self.window.statusBar().showMessage(self.tr("Select a passage of the reply first"), 4000)
            return False
        if number is None:
            items = [f"Q{q.number}. {q.text[:90]}" for q in questions]
            # The question selected in the Answers panel (or clicked in the letter) is the likely one.
            selected = next((i for i, q in enumerate(questions) if self.question and q.number == self.question.number), 0)
            choice, ok = QInputDialog.getItem(self.window, self.tr("Link passage"), self.tr("This passage answers:"), items, selected,
                                              False)
            if not ok:
                return False
            number = questions[items.index(choice)].number
        question = next(q for q in questions if q.number == number)
        start, end = reply.selection()
        self._push_link(question, reply.current().id, start, end)
        reply.clear_selection()
        return True
