"""Case › Edit questions…: split, merge, re-span, add, remove and renumber the letter's questions.

Verdicts and answer links follow their question (the services move them); every edit is undoable.
The letter's text is shown with the chosen question highlighted; the cursor or a selection in it
says where to split or what the question's words are.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.gui.widgets.text_view import TextView
from reviewdesk.services.cases import case_detail_by_id
from reviewdesk.services.dto import DocumentDTO, QuestionDTO
from reviewdesk.services.questions import (
    add_question,
    merge_questions,
    remove_question,
    renumber_questions,
    set_question_span,
    split_question,
)

CHOSEN = QColor("#0072B2")


class QuestionsEditor(QDialog):
    def __init__(self, window, case_id: int) -> None:
        super().__init__(window)
        self.window, self.case_id = window, case_id
        self.letter: DocumentDTO | None = None
        self.setWindowTitle(self.tr("Edit questions"))
        self.resize(980, 620)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Questions"))
        self.list.currentRowChanged.connect(self._chosen)
        self.text = TextView()
        self.text.setAccessibleName(self.tr("Letter text"))
        self.hint = QLabel(self.tr("Put the cursor where a question should be split, or select the words of a question."),
                           wordWrap=True)
        buttons = QHBoxLayout()
        self.buttons = {}
        for name, text, slot in (("split", self.tr("Split at cursor"), self.split),
                                 ("merge", self.tr("Merge with next"), self.merge),
                                 ("span", self.tr("Set to selection"), self.set_span),
                                 ("add", self.tr("Add from selection"), self.add),
                                 ("remove", self.tr("Remove"), self.remove),
                                 ("renumber", self.tr("Renumber 1, 2, 3…"), self.renumber)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addStretch(1)
        buttons.addWidget(close)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.text, 1)
        right_layout.addWidget(self.hint)
        splitter.addWidget(right)
        splitter.setSizes([320, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        window.ops.changed.connect(self._changes)
        self.refresh()

    # -- data ---------------------------------------------------------------------------
    def _changes(self, changes) -> None:
        if changes.touches_case(self.case_id) or changes.store:
            self.refresh()

    def refresh(self) -> None:
        case_id = self.case_id
        self.window.ops.query(lambda store: case_detail_by_id(store, case_id).letter(), self._show,
                              key="questions-editor")

    def _show(self, letter: DocumentDTO | None) -> None:
        keep = self.list.currentRow()
        first_time = self.letter is None or letter is None or letter.id != self.letter.id
        self.letter = letter
        if first_time:
            self.text.set_document(letter)
        self.list.blockSignals(True)
        self.list.clear()
        for question in self.questions():
            item = QListWidgetItem(f"{question.label} {question.text[:120]}")
            item.setToolTip(question.text)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(max(keep, 0), self.list.count() - 1))
        self._chosen(self.list.currentRow())

    def questions(self) -> tuple[QuestionDTO, ...]:
        return self.letter.questions if self.letter else ()

    def current(self) -> QuestionDTO | None:
        row = self.list.currentRow()
        return self.questions()[row] if 0 <= row < len(self.questions()) else None

    def _chosen(self, _row: int) -> None:
        question = self.current()
        self.text.set_highlights([(question.start, question.end, CHOSEN)] if question else [])
        if question is not None:
            self.text.scroll_to_offset(question.start)

    def _cursor(self) -> int:
        return self.text.to_offset(self.text.textCursor().position())

    # -- edits ----------------------------------------------------------------------------
    def _push(self, text: str, edit) -> None:
        self.window.undo.push(text, edit)

    def split(self) -> None:
        question, offset, author = self.current(), self._cursor(), self.window.settings.reviewer
        if question is not None:
            self._push(self.tr("Split question {number}").format(number=question.number), lambda s: split_question(s, question.id, offset, author))

    def merge(self) -> None:
        row = self.list.currentRow()
        questions = self.questions()
        if 0 <= row < len(questions) - 1:
            first, second, author = questions[row], questions[row + 1], self.window.settings.reviewer
            self._push(self.tr("Merge questions {first} and {second}").format(first=first.number, second=second.number),
                       lambda s: merge_questions(s, first.id, second.id, author))

    def set_span(self) -> None:
        question, selected, author = self.current(), self.text.selected_offsets(), self.window.settings.reviewer
        if question is not None and selected:
            start, end = selected
            self._push(self.tr("Question {number}: new words").format(number=question.number),
                       lambda s: set_question_span(s, question.id, start, end, author))

    def add(self) -> None:
        selected, author = self.text.selected_offsets(), self.window.settings.reviewer
        if self.letter is not None and selected:
            letter_id, (start, end) = self.letter.id, selected
            self._push(self.tr("Add question"), lambda s: add_question(s, letter_id, start, end, author))

    def remove(self) -> None:
        question, author = self.current(), self.window.settings.reviewer
        if question is not None:
            self._push(self.tr("Remove question {number}").format(number=question.number), lambda s: remove_question(s, question.id, author))

    def renumber(self) -> None:
        if self.letter is not None:
            letter_id, author = self.letter.id, self.window.settings.reviewer
            self._push(self.tr("Renumber questions"), lambda s: renumber_questions(s, letter_id, author=author))
