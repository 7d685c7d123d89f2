"""The answers grid: one row per question with its passages, verdict and note."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from reviewdesk.domain.assessment import Verdict
from reviewdesk.domain.vocabulary import PROMINENT_REASONS, VERDICT_MARKS
from reviewdesk.gui.words import word
from reviewdesk.services.answer_links import QuestionAnswers
from reviewdesk.services.assessment import VerdictDTO

QUESTION_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


class AnswerColumn(IntEnum):
    NUMBER = 0
    QUESTION = 1
    PASSAGES = 2
    VERDICT = 3
    NOTE = 4


_HEADERS = {AnswerColumn.NUMBER: QT_TRANSLATE_NOOP("AnswersGridModel", "Q"),
            AnswerColumn.QUESTION: QT_TRANSLATE_NOOP("AnswersGridModel", "Question"),
            AnswerColumn.PASSAGES: QT_TRANSLATE_NOOP("AnswersGridModel", "Passages"),
            AnswerColumn.VERDICT: QT_TRANSLATE_NOOP("AnswersGridModel", "Verdict"),
            AnswerColumn.NOTE: QT_TRANSLATE_NOOP("AnswersGridModel", "Note")}


class AnswersGridModel(QAbstractTableModel):
    # Edits become undoable commands upstream: (question id, verdict or None, note).
    verdict_edited = Signal(int, object, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[QuestionAnswers] = []
        self._verdicts: dict[int, VerdictDTO] = {}

    def set_rows(self, rows: list[QuestionAnswers], verdicts: dict[int, VerdictDTO]) -> None:
        self.beginResetModel()
        self._rows, self._verdicts = list(rows), dict(verdicts)
        self.endResetModel()

    def row(self, index: int) -> QuestionAnswers:
        return self._rows[index]

    def verdict(self, question_id: int) -> VerdictDTO | None:
        return self._verdicts.get(question_id)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(AnswerColumn)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(AnswerColumn):
            return self.tr(_HEADERS[AnswerColumn(section)])
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() in (AnswerColumn.VERDICT, AnswerColumn.NOTE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _passages_text(self, row: QuestionAnswers) -> str:
        if row.links:
            return self.tr("%n linked", "", len(row.links))
        best = [s for s in row.suggestions if s.reason in PROMINENT_REASONS]
        if best:
            return self.tr("%n proposed", "", len(best))
        return "—"

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = AnswerColumn(index.column())
        verdict = self._verdicts.get(row.question_id)
        value = verdict.value if verdict else None
        unanswered = not row.answered and value is None
        if role == QUESTION_NUMBER_ROLE:
            return row.number
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == AnswerColumn.NUMBER:
                return row.label
            if column == AnswerColumn.QUESTION:
                return row.text
            if column == AnswerColumn.PASSAGES:
                return self._passages_text(row) + ("  " + self.tr("⚠ unanswered") if unanswered else "")
            if column == AnswerColumn.VERDICT:
                if role == Qt.ItemDataRole.EditRole:
                    return value.value if value else ""
                return f"{VERDICT_MARKS[value].sign} {word(value.value)}" if value else ""
            return verdict.note if verdict else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == AnswerColumn.VERDICT and value:
                return QBrush(QColor(VERDICT_MARKS[value].colour))
            if unanswered and column == AnswerColumn.PASSAGES:
                return QBrush(QColor("#D55E00"))
        if role == Qt.ItemDataRole.FontRole and unanswered and column == AnswerColumn.PASSAGES:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == AnswerColumn.QUESTION:
            return row.text
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt API
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        current = self._verdicts.get(row.question_id) or VerdictDTO(row.question_id, None, "")
        if index.column() == AnswerColumn.VERDICT:
            new = Verdict(value) if value else None
            if new != current.value:
                self.verdict_edited.emit(row.question_id, new, current.note)
            return True
        if index.column() == AnswerColumn.NOTE:
            if str(value) != current.note:
                self.verdict_edited.emit(row.question_id, current.value, str(value))  # a note never sets a verdict
            return True
        return False
