"""Choosing a term: search-as-you-type over labels, paths and synonyms, digits for the first nine."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from reviewdesk.services.terms import TermDTO


def colour_icon(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class TagPalette(QDialog):
    def __init__(self, terms: list[TermDTO], quote: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tag selection"))
        self.terms = terms
        self.search = QLineEdit(placeholderText=self.tr("Type to find a term…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        short = quote if len(quote) < 90 else quote[:87] + "…"
        self.setToolTip(quote)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Tag “{quote}”").format(quote=short))
        self.search.textChanged.connect(self._fill)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self._fill("")
        self.resize(420, 380)

    def _fill(self, text: str) -> None:
        words = text.casefold().split()
        self.list.clear()
        for term in self.terms:
            haystack = " ".join((term.label, term.path, term.description, *term.synonyms)).casefold()
            if all(word in haystack for word in words):
                hint = f"   [{term.shortcut}]" if term.shortcut else ""
                item = QListWidgetItem(colour_icon(term.colour), f"{term.label}{hint}")
                item.setData(Qt.ItemDataRole.UserRole, term.id)
                item.setToolTip(f"{term.path}\n{term.description}" if term.description else term.path)
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def chosen_term_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
