"""Ctrl+F in a pane: find words in the shown document, next/previous, with a match count.

Matching ignores case and accents (``domain/folding.py``); every match is shown,
the current one stronger, and becomes the pane's selection, so a found phrase can
be tagged (digits, Ctrl+T) or linked (Ctrl+L) straight away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reviewdesk.domain.folding import find_all, fold_with_origins


class FindBar(QWidget):
    """The find row under a pane's toolbar; hidden until Ctrl+F."""

    # (matches, index of the current one or -1): the pane highlights them and selects the current one.
    matches_changed = Signal(list, int)
    closed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._folded: tuple[str, list[int]] | None = None
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self.field = QLineEdit(placeholderText=self.tr("Find in this document…"), clearButtonEnabled=True)
        self.field.setAccessibleName(self.tr("Find in this document"))
        self.field.setMinimumWidth(140)
        self.count = QLabel("")
        self.count.setMinimumWidth(90)
        self.previous_button = QToolButton(text="▲", toolTip=self.tr("Previous match (Shift+Enter, Shift+F3)"))
        self.next_button = QToolButton(text="▼", toolTip=self.tr("Next match (Enter, F3)"))
        self.close_button = QToolButton(text="✕", toolTip=self.tr("Close (Esc)"))
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.close_button.setAccessibleName(self.tr("Close find"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 2)
        for widget in (self.field, self.count, self.previous_button, self.next_button, self.close_button):
            layout.addWidget(widget)
        layout.setStretch(0, 1)
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(self.next)
        self.next_button.clicked.connect(self.next)
        self.previous_button.clicked.connect(self.previous)
        self.close_button.clicked.connect(self.close_bar)
        for key, slot in (("Shift+Return", self.previous), ("Shift+Enter", self.previous), ("F3", self.next),
                          ("Shift+F3", self.previous), ("Escape", self.close_bar)):
            QShortcut(QKeySequence(key), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.hide()

    def set_text(self, text: str) -> None:
        """The document shown changed: search it again for what is typed."""
        self._text = text
        self._folded = None
        if self.isVisible():
            self._search(self.field.text())

    def open(self, initial: str = "") -> None:
        self.show()
        if initial and "\n" not in initial and len(initial) <= 200:
            self.field.setText(initial)
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._search(self.field.text())

    def show_matches(self, label: str, spans: list[tuple[int, int]]) -> None:
        """Show matches found by someone else (the search of all documents) as if typed here."""
        self.show()
        self.field.blockSignals(True)
        self.field.setText(label)
        self.field.blockSignals(False)
        self.matches = sorted(spans)
        self.current = 0 if self.matches else -1
        self._show_count(label)
        self.matches_changed.emit(self.matches, self.current)

    def close_bar(self) -> None:
        self.hide()
        self.matches, self.current = [], -1
        self.matches_changed.emit([], -1)
        self.closed.emit()

    def _search(self, needle: str) -> None:
        if self._folded is None:
            self._folded = fold_with_origins(self._text)
        self.matches = find_all(self._text, needle, self._folded) if needle.strip() else []
        self.current = 0 if self.matches else -1
        self._show_count(needle)
        self.matches_changed.emit(self.matches, self.current)

    def _step(self, step: int) -> None:
        if not self.matches:
            return
        self.current = (self.current + step) % len(self.matches)
        self._show_count(self.field.text())
        self.matches_changed.emit(self.matches, self.current)

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _show_count(self, needle: str) -> None:
        if not needle.strip():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(self.tr("{current} of {total}").format(current=self.current + 1, total=len(self.matches)))
        self.field.setStyleSheet("" if self.matches or not needle.strip() else "QLineEdit { background: #fde2e1; }")
