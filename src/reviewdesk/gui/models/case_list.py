"""The case list: a table model over CaseSummary rows, and its quick filter."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from reviewdesk.services.dto import CaseSummary

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    REFERENCE = 0
    DATE = 1
    ADDRESSEE = 2
    COUNTRY = 3
    TYPE = 4
    QUESTIONS = 5
    REPLY = 6
    DUE = 7


HEADERS = {
    Column.REFERENCE: "Reference", Column.DATE: "Date", Column.ADDRESSEE: "Addressee / organisation",
    Column.COUNTRY: "Country", Column.TYPE: "Type", Column.QUESTIONS: "Qs", Column.REPLY: "Reply",
    Column.DUE: "Due",
}
_OVERDUE = QColor("#D55E00")


class CaseListModel(QAbstractTableModel):
    """Rows are the case ids; each id's summary is cached, refreshed by ``set_cases``."""

    def __init__(self, parent=None, today: date | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows: dict[int, CaseSummary] = {}
        self.today = today or date.today()

    def set_cases(self, cases: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._ids = [c.id for c in cases]
        self._rows = {c.id: c for c in cases}
        self.endResetModel()

    def case_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, case_id: int) -> int | None:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    def id_for_reference(self, reference: str) -> int | None:
        return next((c.id for c in self._rows.values() if c.reference == reference), None)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return HEADERS[Column(section)]
        return None

    def _reply_text(self, case: CaseSummary) -> str:
        if case.reply_count:
            if case.first_reply_date and case.reply_due and case.first_reply_date > case.reply_due:
                return f"received, {(case.first_reply_date - case.reply_due).days} d late"
            return "received"
        if case.is_overdue(self.today):
            return f"none — {(self.today - case.reply_due).days} d overdue"
        return "awaited"

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        case = self._rows[self._ids[index.row()]]
        column = Column(index.column())
        if role == CASE_ID_ROLE:
            return case.id
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.REFERENCE: case.reference,
                Column.DATE: case.date.isoformat() if case.date else "",
                Column.ADDRESSEE: " · ".join(x for x in (case.organisation, case.addressee) if x),
                Column.COUNTRY: case.country,
                Column.TYPE: case.type or "",
                Column.QUESTIONS: str(case.question_count),
                Column.REPLY: self._reply_text(case),
                Column.DUE: case.reply_due.isoformat() if case.reply_due else "",
            }[column]
        if role == SORT_ROLE:
            if column == Column.QUESTIONS:
                return case.question_count
            if column == Column.REFERENCE:
                return (case.year, case.country, case.reference)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and column in (Column.REPLY, Column.DUE) and case.is_overdue(self.today):
            return QBrush(_OVERDUE)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{case.reference}\n{case.organisation or ''}\n{case.addressee or ''}\nReply: {self._reply_text(case)}"
        return None


class CaseFilterModel(QSortFilterProxyModel):
    """Quick filter: every word typed must appear in some column of the row."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_filter_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._words = text.casefold().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = text.casefold().split()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt API
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = " ".join(
            str(model.data(model.index(source_row, c, source_parent)) or "") for c in range(model.columnCount())
        ).casefold()
        return all(word in haystack for word in self._words)

    def lessThan(self, left, right) -> bool:  # noqa: N802 - Qt API
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
