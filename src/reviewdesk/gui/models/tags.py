"""The case's tags as a table: term, document, quote, note."""

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
from PySide6.QtGui import QColor

from reviewdesk.services.tags import TagDTO

TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TagColumn(IntEnum):
    TERM = 0
    DOCUMENT = 1
    QUOTE = 2
    NOTE = 3


_HEADERS = {TagColumn.TERM: QT_TRANSLATE_NOOP("TagListModel", "Term"), TagColumn.DOCUMENT: QT_TRANSLATE_NOOP("TagListModel", "In"),
            TagColumn.QUOTE: QT_TRANSLATE_NOOP("TagListModel", "Quote"), TagColumn.NOTE: QT_TRANSLATE_NOOP("TagListModel", "Note")}


class TagListModel(QAbstractTableModel):
    # The model never writes: an edited note becomes an undoable command upstream.
    note_edited = Signal(object, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tags: list[TagDTO] = []

    def set_tags(self, tags: list[TagDTO]) -> None:
        self.beginResetModel()
        self._tags = list(tags)
        self.endResetModel()

    def tag(self, row: int) -> TagDTO:
        return self._tags[row]

    def tags(self) -> list[TagDTO]:
        return list(self._tags)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._tags)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(TagColumn)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(TagColumn):
            return self.tr(_HEADERS[TagColumn(section)])
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == TagColumn.NOTE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt API
        if not index.isValid() or index.column() != TagColumn.NOTE or role != Qt.ItemDataRole.EditRole:
            return False
        tag = self._tags[index.row()]
        if str(value) != tag.note:
            self.note_edited.emit(tag, str(value))
        return True

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._tags)):
            return None
        tag = self._tags[index.row()]
        column = TagColumn(index.column())
        if role == TAG_ID_ROLE:
            return tag.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            term = self.tr("⧗ {term} (proposed)").format(term=tag.term_label) if tag.pending else tag.term_label
            return {TagColumn.TERM: term, TagColumn.DOCUMENT: tag.document_kind,
                    TagColumn.QUOTE: " ".join(tag.quote.split()), TagColumn.NOTE: tag.note}[column]
        if role == Qt.ItemDataRole.DecorationRole and column == TagColumn.TERM:
            return QColor(tag.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tag.quote
        return None
