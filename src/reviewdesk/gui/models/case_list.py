"""The case list: a table model over CaseSummary rows, and its quick filter."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from reviewdesk.domain.reference import ReferenceError, parse_reference
from reviewdesk.domain.vocabulary import ReplyState, Timeliness, reply_timeliness
from reviewdesk.services.dto import CaseSummary

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


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
    Column.REFERENCE: QT_TRANSLATE_NOOP("CaseListModel", "Reference"),
    Column.DATE: QT_TRANSLATE_NOOP("CaseListModel", "Date"),
    Column.ADDRESSEE: QT_TRANSLATE_NOOP("CaseListModel", "Addressee / organisation"),
    Column.COUNTRY: QT_TRANSLATE_NOOP("CaseListModel", "Country"), Column.TYPE: QT_TRANSLATE_NOOP("CaseListModel", "Type"),
    Column.QUESTIONS: QT_TRANSLATE_NOOP("CaseListModel", "Qs"), Column.REPLY: QT_TRANSLATE_NOOP("CaseListModel", "Reply"),
    Column.DUE: QT_TRANSLATE_NOOP("CaseListModel", "Due"),
}
_OVERDUE = QColor("#D55E00")


def _natural_reference(text: str) -> tuple:
    """Type, country, year, number: "AL OTH 9/2021" before "AL OTH 10/2021" (not as strings)."""
    try:
        ref = parse_reference(text)
    except ReferenceError:
        return ("~", text, 0, 0)
    return (ref.type or "", ref.country, ref.year, ref.number)


class CaseListModel(QAbstractTableModel):
    """Rows are the case ids; each id's summary is cached, refreshed by ``set_cases``."""

    def __init__(self, parent=None, today: date | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows: dict[int, CaseSummary] = {}
        self._haystacks: dict[int, str] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.today = today or date.today()

    def set_cases(self, cases: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._ids = [c.id for c in cases]
        self._rows = {c.id: c for c in cases}
        self._haystacks: dict[int, str] = {}
        if self._sort is not None:
            self._ids.sort(key=self._sort_key(self._sort[0]), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def haystack(self, row: int) -> str:
        """All the row's text, folded, for the quick filter (cached per case)."""
        case_id = self._ids[row]
        if case_id not in self._haystacks:
            self._haystacks[case_id] = " ".join(
                str(self.data(self.index(row, column)) or "") for column in Column
            ).casefold()
        return self._haystacks[case_id]

    def _sort_key(self, column: int):
        rows = self._rows
        keys = {
            Column.REFERENCE: lambda i: _natural_reference(rows[i].reference),
            Column.DATE: lambda i: rows[i].date.isoformat() if rows[i].date else "",
            Column.ADDRESSEE: lambda i: " ".join(x for x in (rows[i].organisation, rows[i].addressee) if x).casefold(),
            Column.COUNTRY: lambda i: rows[i].country,
            Column.TYPE: lambda i: rows[i].type or "",
            Column.QUESTIONS: lambda i: rows[i].question_count,
            Column.REPLY: lambda i: (rows[i].reply_count > 0, self._timeliness(rows[i]).state is not ReplyState.OVERDUE),
            Column.DUE: lambda i: rows[i].reply_due.isoformat() if rows[i].reply_due else "",
        }
        return keys[Column(column)]

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """One Python sort over cached rows: fast enough for tens of thousands of cases."""
        if not 0 <= column < len(Column):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = {case_id: row for row, case_id in enumerate(self._ids)}
        persistent = self.persistentIndexList()
        self._ids.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        new = {case_id: row for row, case_id in enumerate(self._ids)}
        by_old_row = {row: case_id for case_id, row in old.items()}
        self.changePersistentIndexList(
            persistent, [self.index(new[by_old_row[i.row()]], i.column()) for i in persistent]
        )
        self.layoutChanged.emit()

    def case_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, case_id: int) -> int | None:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    def references(self) -> list[str]:
        return [case.reference for case in self._rows.values()]

    def id_for_reference(self, reference: str) -> int | None:
        return next((c.id for c in self._rows.values() if c.reference == reference), None)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return self.tr(HEADERS[Column(section)])
        return None

    def _timeliness(self, case: CaseSummary) -> Timeliness:
        return reply_timeliness(case.reply_due, case.first_reply_date, case.reply_count, self.today)

    def _reply_text(self, case: CaseSummary) -> str:
        timeliness = self._timeliness(case)
        if timeliness.state is ReplyState.RECEIVED:
            return self.tr("received, %n d late", "", timeliness.days) if timeliness.late else self.tr("received")
        if timeliness.state is ReplyState.OVERDUE:
            return self.tr("none — %n d overdue", "", timeliness.days)
        return self.tr("awaited")

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
        if role == Qt.ItemDataRole.ForegroundRole and column in (Column.REPLY, Column.DUE) and self._timeliness(case).state is ReplyState.OVERDUE:
            return QBrush(_OVERDUE)
        if role == Qt.ItemDataRole.ToolTipRole:
            reply = self.tr("Reply: {state}").format(state=self._reply_text(case))
            return f"{case.reference}\n{case.organisation or ''}\n{case.addressee or ''}\n{reply}"
        return None


class CaseFilterModel(QSortFilterProxyModel):
    """Quick filter (every typed word must appear in the row); sorting is the source model's."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

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
        haystack = self.sourceModel().haystack(source_row)
        return all(word in haystack for word in self._words)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
