"""Conflicts a merge found (a field both sides changed): both values, who and when; the reviewer chooses.

Until chosen, the store holds the value the merge kept (the same on both
sides); choosing is an undoable edit, and the choice reaches the other side
at the next check-in or bundle (``services/sync.py``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from reviewdesk.gui.words import datetime_text


def _value(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, (list, tuple)):
        return "; ".join(_value(v) for v in value)
    return str(value)


class ConflictsDialog(QDialog):
    """The store's open conflicts (or one case's), one row each."""

    def __init__(self, window, case_id: int | None = None) -> None:
        super().__init__(window)
        self.window, self.case_id = window, case_id
        self.conflicts: list = []
        self.setWindowTitle(self.tr("Conflicts to resolve"))
        self.resize(900, 420)
        self.intro = QLabel(self.tr("You and a colleague changed the same thing. The value kept for now is shown "
                                    "first; choose which one stays."))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Field"), self.tr("Kept for now"),
                                              self.tr("The other value")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column != 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.keep_button = QPushButton(self.tr("Keep this value"))
        self.other_button = QPushButton(self.tr("Use the other value"))
        self.keep_button.clicked.connect(lambda: self.resolve("kept"))
        self.other_button.clicked.connect(lambda: self.resolve("other"))
        choices = QHBoxLayout()
        choices.addWidget(self.keep_button)
        choices.addWidget(self.other_button)
        choices.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(choices)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        window.ops.changed.connect(self._refresh_if_touched)
        self.refresh()

    def refresh(self) -> None:
        from reviewdesk.services.sync import list_conflicts  # noqa: PLC0415 - loaded on first use

        case_id = self.case_id
        self.window.ops.query(lambda store: list_conflicts(store, case_id), self._show, key="conflicts-dialog")

    def _refresh_if_touched(self, changes) -> None:
        if self.isVisible():
            self.refresh()

    def _show(self, conflicts) -> None:
        self.conflicts = list(conflicts)
        selected = self.table.currentRow()
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            cells = (conflict.description, conflict.field,
                     self._side(conflict.kept, conflict.kept_by, conflict.kept_at),
                     self._side(conflict.other, conflict.other_by, conflict.other_at))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if self.conflicts:
            self.table.selectRow(min(max(selected, 0), len(self.conflicts) - 1))
        self.intro.setText(self.tr("You and a colleague changed the same thing. The value kept for now is shown "
                                   "first; choose which one stays.") if self.conflicts
                           else self.tr("No conflicts: everything merged."))
        self._update_buttons()

    def _side(self, value, who: str, when) -> str:
        by = ", ".join(x for x in (who, datetime_text(when) if when else "") if x)
        return f"{_value(value)}\n({by})" if by else _value(value)

    def _update_buttons(self) -> None:
        chosen = self.table.currentRow() >= 0 and bool(self.conflicts)
        self.keep_button.setEnabled(chosen)
        self.other_button.setEnabled(chosen)

    def resolve(self, keep: str) -> None:
        from reviewdesk.services.sync import resolve_conflict  # noqa: PLC0415

        row = self.table.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        text = self.tr("Resolve conflict: {what}").format(what=conflict.description)
        self.window.undo.push(text, lambda store: resolve_conflict(store, conflict.id, keep))
