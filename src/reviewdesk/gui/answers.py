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

from reviewdesk.services.answers import AnswerLinkDTO, link_passage, links_for_case, restore_link, unlink
from reviewdesk.services.dto import QuestionDTO

FOCUS = QColor("#0072B2")


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


class AnswersController(QObject):
    focus_changed = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.links: list[AnswerLinkDTO] = []
        self.question: QuestionDTO | None = None
        window.letter_pane.cursor_moved.connect(self._letter_clicked)
        window.reply_pane.cursor_moved.connect(self._reply_clicked)

    def refresh(self) -> None:
        case = self.window.current_case
        self.links = links_for_case(self.window.store, case.summary.id) if case else []
        self._show_question(self.question if case else None)

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
        reply = self.window.reply_pane
        linked = [link for link in self.links if question and link.question_id == question.id]
        if linked and reply.show_document(linked[0].document_id):
            reply.reveal(linked[0].start)

    def _show_question(self, question: QuestionDTO | None) -> None:
        self.question = question
        letter, reply = self.window.letter_pane, self.window.reply_pane
        letter.set_focus([(question.start, question.end, FOCUS)] if question else [])
        shown = reply.current()
        reply.set_focus([
            (link.start, link.end, FOCUS) for link in self.links
            if question and shown and link.question_id == question.id and link.document_id == shown.id
        ])
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
