"""The History dock: who did what on the open case (tags, notes, links, verdicts, grades, corrections), newest first.

Rows come from ``services.history.case_history`` through ``ops.query`` (no SQL
on the UI thread), read again whenever the open case is read again (after any
change that concerns it) — but only while the dock is shown: a hidden dock
remembers the case and reads it when it appears.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QTreeWidget, QTreeWidgetItem

from reviewdesk.services.history import HistoryEntry, case_history

HEADERS = (QT_TRANSLATE_NOOP("History", "When"), QT_TRANSLATE_NOOP("History", "Who"),
           QT_TRANSLATE_NOOP("History", "Kind"), QT_TRANSLATE_NOOP("History", "What"))
UNKNOWN_AUTHOR = "—"


class HistoryPanel:
    """The dock and its list; the window calls ``show_case`` with each case it shows (None: no case)."""

    def __init__(self, window) -> None:
        self.window = window
        self.case_id: int | None = None
        self.entries: list[HistoryEntry] = []
        self.tree = QTreeWidget()
        self.tree.setObjectName("history")
        self.tree.setHeaderLabels([QCoreApplication.translate("History", header) for header in HEADERS])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.dock = QDockWidget(QCoreApplication.translate("History", "History"), window)
        self.dock.setObjectName("history_dock")
        self.dock.setWidget(self.tree)
        self.dock.visibilityChanged.connect(lambda visible: visible and self._read())

    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        if case_id is None:
            self._fill([])
        elif self.dock.isVisible():
            self._read()

    def show(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _read(self) -> None:
        case_id = self.case_id
        if case_id is None or self.window.ops.store is None:
            self._fill([])
            return
        self.window.ops.query(lambda store: case_history(store, case_id),
                              lambda entries: self.case_id == case_id and self._fill(entries), key="history")

    def _fill(self, entries: list[HistoryEntry]) -> None:
        self.entries = entries
        self.tree.clear()
        items = []
        for entry in entries:
            when = entry.at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem([when, entry.author or UNKNOWN_AUTHOR, entry.kind, entry.what])
            item.setToolTip(3, entry.what)
            items.append(item)
        self.tree.addTopLevelItems(items)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
