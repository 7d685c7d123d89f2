"""The Deadlines view: every communication against its reply due date, urgent appeals first.

Rows come from ``services.deadlines.deadline_rows`` through ``ops.query`` (no SQL
on the UI thread), for the cases the facets select (``set_case_ids``). Grouped
by nothing, mandate or reviewer; sortable by every column — by days the urgent
appeals stay on top in either order. Overdue rows say so in words and with a
warning icon, not by colour alone. Double-click opens the case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.gui.words import date_text, word
from reviewdesk.services.deadlines import (
    DeadlineRow,
    DeadlineState,
    Grouping,
    deadline_rows,
    group_rows,
)

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    REFERENCE = 0
    TYPE = 1
    STATE = 2
    DUE = 3
    DAYS = 4
    ADDRESSEE = 5
    MANDATES = 6
    REVIEWERS = 7


HEADERS = (QT_TRANSLATE_NOOP("DeadlinesView", "Reference"), QT_TRANSLATE_NOOP("DeadlinesView", "Type"),
           QT_TRANSLATE_NOOP("DeadlinesView", "State"), QT_TRANSLATE_NOOP("DeadlinesView", "Reply due"),
           QT_TRANSLATE_NOOP("DeadlinesView", "Days"), QT_TRANSLATE_NOOP("DeadlinesView", "Addressee"),
           QT_TRANSLATE_NOOP("DeadlinesView", "Mandates"), QT_TRANSLATE_NOOP("DeadlinesView", "Reviewers"))
GROUPINGS = ((QT_TRANSLATE_NOOP("DeadlinesView", "No grouping"), Grouping.NONE),
             (QT_TRANSLATE_NOOP("DeadlinesView", "By mandate"), Grouping.MANDATE),
             (QT_TRANSLATE_NOOP("DeadlinesView", "By reviewer"), Grouping.REVIEWER))
_STATE_ORDER = {state: index for index, state in enumerate(DeadlineState)}


class DaysText(QObject):
    """A row's days in words, plural forms included (lupdate reads those only from ``self.tr`` in a QObject)."""

    def __call__(self, row: DeadlineRow) -> str:
        if row.days is None:
            return "—"
        if row.state is DeadlineState.OVERDUE:
            return self.tr("%n day(s) overdue", "", row.days)
        if row.state.open:
            return self.tr("%n day(s) left", "", row.days)
        if row.days > 0:
            return self.tr("%n day(s) late", "", row.days)
        return self.tr("on the day") if row.days == 0 else self.tr("%n day(s) early", "", -row.days)


def days_text(row: DeadlineRow) -> str:
    return DaysText()(row)


class _Item(QTreeWidgetItem):
    """A row sorted by the value it keeps under SORT_ROLE; urgent appeals first whatever the order."""

    def __init__(self, row: DeadlineRow | None = None) -> None:
        super().__init__()
        self.row = row

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        header = self.treeWidget().header()  # the view sets the indicator before it sorts
        column = header.sortIndicatorSection()
        if (self.row and isinstance(other, _Item) and other.row and column == Column.DAYS
                and self.row.urgent != other.row.urgent):
            first = self.row.urgent
            return first if header.sortIndicatorOrder() is Qt.SortOrder.AscendingOrder else not first
        mine, theirs = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if mine is None or theirs is None:  # (QTreeWidgetItem.__lt__ would call this override again)
            return self.text(column).casefold() < other.text(column).casefold()
        return mine < theirs


class DeadlinesView(QWidget):
    case_requested = Signal(int)

    def __init__(self, ops, parent: QWidget | None = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today  # the day "overdue" and "days left" count from (tests fix it)
        self.case_ids: list[int] | None = None
        self.rows: list[DeadlineRow] = []
        self.grouping = QComboBox()
        for text, value in GROUPINGS:
            self.grouping.addItem(self.tr(text), value)
        self.grouping.setAccessibleName(self.tr("Group deadlines"))
        self.grouping.currentIndexChanged.connect(self._fill)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Group:")))
        top.addWidget(self.grouping)
        top.addStretch(1)
        top.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Deadlines"))
        self.tree.setHeaderLabels([self.tr(header) for header in HEADERS])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        # The service's order (urgent appeals, state, days) until a header is clicked.
        self.sort: tuple[int, Qt.SortOrder] | None = None
        header = self.tree.header()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self.sort_by)
        self.tree.itemActivated.connect(self._activated)  # double-click or Enter
        for column, width in ((Column.REFERENCE, 160), (Column.TYPE, 44), (Column.STATE, 170), (Column.DUE, 90),
                              (Column.DAYS, 120), (Column.ADDRESSEE, 280), (Column.MANDATES, 260)):
            self.tree.setColumnWidth(column, width)
        self.warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        ops.changed.connect(self._changed)
        self.refresh()

    # -- reading --------------------------------------------------------------------
    def set_case_ids(self, case_ids: Iterable[int] | None) -> None:
        """Show only these cases (the facets' selection); None shows every case."""
        self.case_ids = None if case_ids is None else list(case_ids)
        self.refresh()

    def refresh(self) -> None:
        ids, today = self.case_ids, self.today()
        self.ops.query(lambda store: deadline_rows(store, ids, today), self._show, key="deadlines-view")

    def _changed(self, changes) -> None:
        if changes.store or changes.case_list or changes.cases or changes.tags:
            self.refresh()

    def _show(self, rows: list[DeadlineRow]) -> None:
        self.rows = rows
        self._fill()

    # -- showing --------------------------------------------------------------------
    def _fill(self) -> None:
        grouping = Grouping(self.grouping.currentData())  # Qt hands enum data back as plain text
        self.tree.clear()
        self.tree.setRootIsDecorated(grouping is not Grouping.NONE)
        if grouping is Grouping.NONE:
            self.tree.addTopLevelItems([self._item(row) for row in self.rows])
        else:
            for group in group_rows(self.rows, grouping):
                parent = _Item()
                overdue = sum(r.state is DeadlineState.OVERDUE for r in group.rows)
                text = self.tr("{group} — %n case(s)", "", len(group.rows)).format(group=group.name)
                parent.setText(Column.REFERENCE, text + (self.tr(", %n overdue", "", overdue) if overdue else ""))
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.addChildren([self._item(row) for row in group.rows])
                self.tree.addTopLevelItem(parent)
                parent.setFirstColumnSpanned(True)  # only once in the tree
                parent.setExpanded(True)
        if self.sort is not None:
            self.tree.sortItems(*self.sort)
        overdue = sum(r.state is DeadlineState.OVERDUE for r in self.rows)
        soon = sum(r.state is DeadlineState.DUE_7 for r in self.rows)
        self.summary.setText(" · ".join((self.tr("%n communication(s)", "", len(self.rows)),
                                         self.tr("%n overdue", "", overdue), self.tr("%n due within 7 days", "", soon))))

    def sort_by(self, column: int, order: Qt.SortOrder | None = None) -> None:
        """Sort by a column (a second click on it reverses the order); by days, urgent appeals stay on top."""
        if order is None:
            again = self.sort is not None and self.sort[0] == column and self.sort[1] is Qt.SortOrder.AscendingOrder
            order = Qt.SortOrder.DescendingOrder if again else Qt.SortOrder.AscendingOrder
        self.sort = (column, order)
        header = self.tree.header()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)
        self.tree.sortItems(column, order)

    def _item(self, row: DeadlineRow) -> _Item:
        item = _Item(row)
        type_text = (row.type or "—") + (" ⚡" if row.urgent else "")
        state_text = word(row.state.value)  # overdue: also bold, with a warning icon
        values = (row.reference, type_text, state_text, date_text(row.reply_due, "—"),
                  days_text(row), row.organisation or row.addressee or "—", "; ".join(row.mandates) or "—",
                  ", ".join(row.reviewers) or "—")
        for column, text in enumerate(values):
            item.setText(column, text)
        item.setData(Column.REFERENCE, CASE_ID_ROLE, row.case_id)
        item.setData(Column.TYPE, SORT_ROLE, (not row.urgent, row.type or ""))
        item.setData(Column.STATE, SORT_ROLE, _STATE_ORDER[row.state])
        item.setData(Column.DUE, SORT_ROLE, row.reply_due.isoformat() if row.reply_due else "9999")
        # Signed days to the due date (negative: overdue); received ones after every open one.
        days = row.days_left if row.days_left is not None else 10**6 + (row.days or 0)
        item.setData(Column.DAYS, SORT_ROLE, days)
        if row.addressee and row.organisation:
            item.setToolTip(Column.ADDRESSEE, f"{row.addressee}\n{row.organisation}")
        item.setToolTip(Column.MANDATES, "\n".join(row.mandates))
        if row.urgent:
            item.setToolTip(Column.TYPE, self.tr("Urgent appeal"))
        if row.state is DeadlineState.OVERDUE:
            item.setIcon(Column.STATE, self.warning)
            item.setToolTip(Column.STATE, self.tr("Overdue: no reply %n day(s) after the due date", "", row.days))
            font = item.font(Column.STATE)
            font.setBold(True)
            item.setFont(Column.STATE, font)
        return item

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        case_id = item.data(Column.REFERENCE, CASE_ID_ROLE)
        if case_id is not None:
            self.case_requested.emit(int(case_id))
