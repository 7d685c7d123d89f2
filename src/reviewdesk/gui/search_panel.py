"""Search all documents (Ctrl+Shift+F): the field in the menu bar, ranked hits grouped by case.

Typing runs the search as a keyed query on the store worker (a newer query
drops the older one), narrowed by the filters chosen in the Filters panel.
Activating a hit opens its case and document and marks the words found, which
Enter / Shift+Enter in the pane's find row then step through.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.gui.words import word
from reviewdesk.services.dto import SearchHit
from reviewdesk.services.search import SNIPPET_CLOSE, SNIPPET_OPEN

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
TYPING_PAUSE_MS = 250  # search once the reviewer pauses, not on every key


def snippet_html(snippet: str) -> str:
    """The service's snippet with its ``[``…``]`` markers as bold, everything else escaped."""
    escaped = html.escape(" ".join(snippet.split()))
    return escaped.replace(html.escape(SNIPPET_OPEN), "<b>").replace(html.escape(SNIPPET_CLOSE), "</b>")


class HtmlDelegate(QStyledItemDelegate):
    """Rows whose text is a little HTML (bold words found), drawn with the style's selection colours."""

    def _document(self, option: QStyleOptionViewItem, text: str, width: int | None = None) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(text)
        document.setTextWidth(max(120, width if width is not None else option.rect.width()))
        return document

    def paint(self, painter, option, index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        text = options.text
        options.text = ""
        style = options.widget.style() if options.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        document = self._document(options, text)
        context = QAbstractTextDocumentLayout.PaintContext()
        if options.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text,
                                     options.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText))
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, options.widget) if style else options.rect
        painter.save()
        painter.translate(area.topLeft())
        painter.setClipRect(QRectF(0, 0, area.width(), area.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        # Asked before the row has a rectangle: wrap at the view's width, less the tree's indentation.
        view = options.widget
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = view.viewport().width() - (depth + 1) * view.indentation() - 8 if view is not None else None
        document = self._document(options, options.text, width)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)


@dataclass(frozen=True)
class HitTarget:
    """Where activating a row goes."""

    case_id: int | None
    document_id: int
    matches: tuple[tuple[int, int], ...]


class SearchPanel(QWidget):
    """The Search dock's content: options, a summary line and the grouped hits."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.stemming = QCheckBox(self.tr("Word forms"), checked=True,
                                  toolTip=self.tr("Also find other forms of the words: detained → detention, détenu, "
                                                  "detenido"))
        self.summary = QLabel(self.tr("Type in the search field at the top right (Ctrl+Shift+F)."))
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(HtmlDelegate(self.tree))
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Search results"))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.stemming)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.tree.doItemsLayout()  # snippets wrap again at the new width

    def show_hits(self, hits: list[SearchHit], total: int) -> None:
        self.model.clear()
        groups: dict[object, QStandardItem] = {}
        counts: dict[object, int] = {}
        for hit in hits:
            key = hit.case_id
            if key not in groups:
                title = hit.case_reference or self.tr("Needs a reference")
                groups[key] = QStandardItem(f"<b>{html.escape(title)}</b>")
                groups[key].setData(HitTarget(hit.case_id, hit.document_id, tuple(hit.matches)), HIT_ROLE)
                groups[key].setAccessibleText(title)
                self.model.appendRow(groups[key])
                counts[key] = 0
            counts[key] += 1
            row = QStandardItem(f"<span style='color:#555'>{html.escape(word(str(hit.document_kind)))} · "
                                f"{html.escape(hit.filename)}</span><br>{snippet_html(hit.snippet)}")
            row.setData(HitTarget(hit.case_id, hit.document_id, tuple(hit.matches)), HIT_ROLE)
            row.setToolTip(hit.filename)
            groups[key].appendRow(row)
        for key, group in groups.items():
            title = group.accessibleText()
            group.setText(f"<b>{html.escape(title)}</b> <span style='color:#555'>({counts[key]})</span>")
        self.tree.expandAll()
        cases = len(groups)
        shown = "" if total <= len(hits) else " " + self.tr("(the best {count} shown)").format(count=len(hits))
        self.summary.setStyleSheet("")
        found = self.tr("%n document(s)", "", total) + " " + self.tr("in %n case(s)", "", cases) + shown
        self.summary.setText(found if hits else self.tr("No document matches."))

    def show_error(self, message: str) -> None:
        self.model.clear()
        self.summary.setStyleSheet("color: #a00;")
        self.summary.setText(message)


class SearchController:
    """Owns the search field and the Search dock's panel; the window wires them in."""

    def __init__(self, window) -> None:
        self.window = window
        self.field = QLineEdit(placeholderText=QCoreApplication.translate("SearchController", "Search all documents…  (Ctrl+Shift+F)"), clearButtonEnabled=True)
        self.field.setAccessibleName(QCoreApplication.translate("SearchController", "Search all documents"))
        self.field.setMinimumWidth(260)
        self.field.setToolTip(QCoreApplication.translate("SearchController", 'Words, "a phrase", -excluded, OR, prefix*; '
                                                                    "accents and case do not matter"))
        self.panel = SearchPanel()
        self._timer = QTimer(self.panel, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(self.run)
        self.panel.stemming.toggled.connect(lambda _on: self.run())
        self.panel.tree.activated.connect(self._activated)
        self.panel.tree.clicked.connect(self._activated)
        self.query = ""

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def run(self) -> None:
        """Search now, with the current words, word-form option and filters."""
        from reviewdesk.services.search import search  # noqa: PLC0415

        self._timer.stop()
        query = self.field.text().strip()
        self.query = query
        if not query:
            self.panel.model.clear()
            self.panel.summary.setStyleSheet("")
            self.panel.summary.setText(QCoreApplication.translate("SearchPanel", "Type in the search field at the top right "
                                                                             "(Ctrl+Shift+F)."))
            return
        filters = self.window.filters.current()
        stemming = self.panel.stemming.isChecked()
        self.window.show_search_results()
        self.window.ops.query(lambda store: search(store, query, filters, stemming=stemming), self._show,
                              key="search", on_error=self._failed)

    def _show(self, results) -> None:
        self.panel.show_hits(list(results.hits), results.total)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ReviewDeskError):  # the reviewer's query: say what is wrong, in place
            self.panel.show_error(str(error))
        else:
            self.window.ops.error_handler(error)

    def _activated(self, index: QModelIndex) -> None:
        target = index.data(HIT_ROLE)
        if target is None:
            return
        if target.case_id is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("SearchController",
                                           "This document needs a reference: give it its case in the list on the left"),
                5000)
            return
        self.window.open_document_at(target.case_id, target.document_id, list(target.matches), self.query)
