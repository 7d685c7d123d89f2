"""Linked panes: a question in the letter and the reply passages that answer it.

Clicking inside a question highlights it and its linked passages in the reply
(both views) and scrolls the reply to them; clicking inside a linked passage
highlights its question(s) in the letter. Linking a selected reply passage to
a question is an undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QUndoCommand
from PySide6.QtWidgets import QInputDialog

from reviewdesk.domain.assessment import Verdict
from reviewdesk.gui.models.answers_grid import AnswersGridModel
from reviewdesk.gui.widgets.answers_panel import AnswersPanel
from reviewdesk.services.answers import (
    AnswerLinkDTO,
    QuestionAnswers,
    answers_overview,
    link_passage,
    reject_suggestion,
    restore_link,
    unlink,
)
from reviewdesk.services.assessment import CaseAssessment, GradeDTO, VerdictDTO, case_assessment, set_grade, set_verdict
from reviewdesk.services.dto import QuestionDTO

FOCUS = QColor("#0072B2")
PROPOSED = QColor("#56B4E9")


class LinkAnswerCommand(QUndoCommand):
    def __init__(self, store, question: QuestionDTO, document_id: int, start: int, end: int, changed) -> None:
        super().__init__(f"Link passage to question {question.number}")
        self.store, self.changed = store, changed
        self.args = (question.id, document_id, start, end)
        self.link: AnswerLinkDTO | None = None

    def redo(self) -> None:
        self.link = link_passage(self.store, *self.args) if self.link is None else restore_link(self.store, self.link)
        self.changed()

    def undo(self) -> None:
        unlink(self.store, self.link.id)
        self.changed()


class RejectProposalCommand(QUndoCommand):
    def __init__(self, store, question_id: int, document_id: int, start: int, changed) -> None:
        super().__init__("Reject proposed passage")
        self.store, self.args, self.changed = store, (question_id, document_id, start), changed

    def redo(self) -> None:
        reject_suggestion(self.store, *self.args)
        self.changed()

    def undo(self) -> None:
        reject_suggestion(self.store, *self.args, rejected=False)
        self.changed()


class UnlinkCommand(QUndoCommand):
    def __init__(self, store, links: list[AnswerLinkDTO], changed) -> None:
        super().__init__("Remove answer links")
        self.store, self.links, self.changed = store, links, changed

    def redo(self) -> None:
        for link in self.links:
            unlink(self.store, link.id)
        self.changed()

    def undo(self) -> None:
        for link in self.links:
            restore_link(self.store, link)
        self.changed()


class SetVerdictCommand(QUndoCommand):
    def __init__(self, store, question_id: int, value: Verdict | None, note: str, changed) -> None:
        super().__init__("Set verdict")
        self.store, self.question_id, self.changed = store, question_id, changed
        self.new = (value, note)
        self.old: VerdictDTO | None = None

    def redo(self) -> None:
        self.old = set_verdict(self.store, self.question_id, *self.new)
        self.changed()

    def undo(self) -> None:
        set_verdict(self.store, self.question_id, self.old.value, self.old.note)
        self.changed()


class SetGradeCommand(QUndoCommand):
    def __init__(self, store, case_id: int, reply_id: int | None, scale: str, value: str | None,
                 actions: list[str], note: str, changed) -> None:
        super().__init__("Set grade")
        self.store, self.changed = store, changed
        self.target = (case_id, reply_id)
        self.new = (scale, value, actions, note)
        self.old: GradeDTO | None = None

    def redo(self) -> None:
        previous = set_grade(self.store, *self.target, *self.new)
        self.old = previous
        self.changed()

    def undo(self) -> None:
        old = self.old
        if old is None:
            set_grade(self.store, *self.target, None, None)
        else:
            set_grade(self.store, *self.target, old.scale, old.value, list(old.actions), old.note)
        self.changed()


class AnswersController(QObject):
    focus_changed = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.links: list[AnswerLinkDTO] = []
        self.overview: list[QuestionAnswers] = []
        self.assessment: CaseAssessment | None = None
        self.question: QuestionDTO | None = None
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

    def refresh(self) -> None:
        case = self.window.current_case
        store = self.window.store
        self.overview = answers_overview(store, case.summary.id) if case else []
        # The overview already carries each question's links: no second query.
        self.links = [link for row in self.overview for link in row.links]
        self.assessment = case_assessment(store, case.summary.id) if case else None
        self.model.set_rows(self.overview, self.assessment.verdicts if self.assessment else {})
        self.panel.set_assessment(self.assessment)
        self._show_question(self.question if case else None)
        if self.question is not None:
            self.panel.select_question(self.question.number)

    def set_verdict(self, question_id: int, value, note: str) -> None:
        self.window.undo_stack.push(SetVerdictCommand(self.window.store, question_id, value, note, self.refresh))

    def set_grade(self, scale: str, value: str, actions: list[str] | None = None) -> None:
        """Change the grade (keeping actions and note) or, with ``actions``, the actions (keeping the grade)."""
        case = self.window.current_case
        if case is None or self.assessment is None:
            return
        stored = self.assessment.grade if self.assessment.grade and not self.assessment.grade.automatic else None
        kept_actions = list(stored.actions) if stored else []
        note = stored.note if stored else ""
        self.window.undo_stack.push(SetGradeCommand(
            self.window.store, case.summary.id, self.assessment.reply_id, scale, value or None,
            kept_actions if actions is None else actions, note, self.refresh))

    def reject_proposal(self, number: int) -> bool:
        row = next((r for r in self.overview if r.number == number), None)
        best = [s for s in row.suggestions if s.reason in ("explicit", "best")] if row else []
        if not best:
            return False
        self.window.undo_stack.push(RejectProposalCommand(self.window.store, row.question_id, best[0].document_id,
                                                          best[0].start, self.refresh))
        return True

    def remove_links(self, number: int) -> bool:
        row = next((r for r in self.overview if r.number == number), None)
        if row is None or not row.links:
            return False
        self.window.undo_stack.push(UnlinkCommand(self.window.store, list(row.links), self.refresh))
        return True

    def set_actions(self, actions: list[str]) -> None:
        grade = self.assessment.grade if self.assessment else None
        if grade is None or grade.automatic:
            self.window.statusBar().showMessage("Choose a grade first, then the actions the reply reports", 4000)
            self.panel.set_assessment(self.assessment)
            return
        self.set_grade(grade.scale, grade.value, actions)

    def accept_proposal(self, number: int) -> bool:
        row = next((r for r in self.overview if r.number == number), None)
        question = next((q for q in self._questions() if q.number == number), None)
        best = [s for s in row.suggestions if s.reason in ("explicit", "best")] if row else []
        if not best or question is None:
            self.window.statusBar().showMessage(f"No proposed passage for question {number}", 4000)
            return False
        proposal = best[0]
        self.window.undo_stack.push(LinkAnswerCommand(self.window.store, question, proposal.document_id,
                                                      proposal.start, proposal.end, self.refresh))
        return True

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
            linked = [(s.document_id, s.start) for s in (row.suggestions if row else ()) if s.reason in ("explicit", "best")]
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
            spans = [(s.start, s.end, PROPOSED) for s in (row.suggestions if row else ())
                     if s.document_id == shown.id and s.reason in ("explicit", "best")]
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
            self.window.statusBar().showMessage("Select a passage of the reply first", 4000)
            return False
        if number is None:
            items = [f"Q{q.number}. {q.text[:90]}" for q in questions]
            choice, ok = QInputDialog.getItem(self.window, "Link passage", "This passage answers:", items, 0, False)
            if not ok:
                return False
            number = questions[items.index(choice)].number
        question = next(q for q in questions if q.number == number)
        start, end = reply.selection()
        self.window.undo_stack.push(
            LinkAnswerCommand(self.window.store, question, reply.current().id, start, end, self.refresh))
        reply.clear_selection()
        return True
