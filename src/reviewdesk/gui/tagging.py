"""Tagging in the workspace: selections in any pane, the palette, digit shortcuts, the tag panel."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.gui.models.tags import TAG_ID_ROLE, TagColumn, TagListModel
from reviewdesk.gui.undo import AddTagCommand, DeleteTagCommand, EditNoteCommand, ReviewProposalsCommand
from reviewdesk.gui.widgets.document_pane import DocumentPane
from reviewdesk.gui.widgets.tag_palette import TagPalette, colour_icon
from reviewdesk.services.suggest import suggest_tags
from reviewdesk.services.tags import TagDTO, TermDTO, list_terms, tags_for_case


class _TermFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.term_id: int | None = None

    def set_term(self, term_id: int | None) -> None:
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.term_id = term_id
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.term_id = term_id
            self.invalidateFilter()

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802 - Qt API
        return self.term_id is None or self.sourceModel().tag(row).term_id == self.term_id


class TagPanel(QWidget):
    """The case's tags: filter by term, jump to a span, edit a note (F2), delete (Del)."""

    jump_requested = Signal(object)
    delete_requested = Signal(object)
    review_requested = Signal(list, bool)  # proposed tags, accept?
    suggest_requested = Signal()

    def __init__(self, model: TagListModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = _TermFilter(self)
        self.proxy.setSourceModel(model)
        self.term_filter = QComboBox(toolTip="Show the tags of one term")
        self.term_filter.currentIndexChanged.connect(lambda _i: self.proxy.set_term(self.term_filter.currentData()))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TagColumn.QUOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TagColumn.TERM, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TagColumn.DOCUMENT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TagColumn.NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TagColumn.NOTE, 260)
        self.table.activated.connect(self._jump)
        self.table.clicked.connect(self._jump)
        delete = QAction("Delete tag", self.table, shortcut=QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._delete)
        self.table.addAction(delete)
        self.suggest_button = QPushButton("Propose tags", toolTip="Propose Guiding Principles cited in the annex and "
                                          "allegation terms found in the allegations")
        self.accept_button = QPushButton("Accept", toolTip="Accept the selected proposals (all shown when none selected)")
        self.reject_button = QPushButton("Reject", toolTip="Reject the selected proposals (all shown when none selected)")
        self.suggest_button.clicked.connect(self.suggest_requested)
        self.accept_button.clicked.connect(lambda: self._review(True))
        self.reject_button.clicked.connect(lambda: self._review(False))
        bar = QHBoxLayout()
        bar.addWidget(self.term_filter, 1)
        for button in (self.suggest_button, self.accept_button, self.reject_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def _review(self, accept: bool) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()} or set(range(self.proxy.rowCount()))
        tags = [self.model.tag(self.proxy.mapToSource(self.proxy.index(row, 0)).row()) for row in sorted(rows)]
        pending = [tag for tag in tags if tag.pending]
        if pending:
            self.review_requested.emit(pending, accept)

    def set_terms(self, terms: list[TermDTO]) -> None:
        current = self.term_filter.currentData()
        self.term_filter.blockSignals(True)
        self.term_filter.clear()
        self.term_filter.addItem(f"All terms ({self.model.rowCount()} tags)", None)
        counts: dict[int, int] = {}
        for tag in self.model.tags():
            counts[tag.term_id] = counts.get(tag.term_id, 0) + 1
        for term in terms:
            if term.id in counts:
                self.term_filter.addItem(colour_icon(term.colour), f"{term.label} ({counts[term.id]})", term.id)
        index = self.term_filter.findData(current)
        self.term_filter.setCurrentIndex(max(0, index))
        self.term_filter.blockSignals(False)
        self.proxy.set_term(self.term_filter.currentData())

    def _tag_at(self, index) -> TagDTO | None:
        if not index.isValid():
            return None
        return self.model.tag(self.proxy.mapToSource(index).row())

    def _jump(self, index) -> None:
        tag = self._tag_at(index)
        if tag is not None:
            self.jump_requested.emit(tag)

    def _delete(self) -> None:
        tag = self._tag_at(self.table.currentIndex())
        if tag is not None:
            self.delete_requested.emit(tag)

    def select_tag(self, tag_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(TAG_ID_ROLE) == tag_id:
                self.table.selectRow(row)
                return


class TaggingController(QObject):
    """Connects panes, palette, shortcuts and the tag panel to undoable tag commands."""

    tags_changed = Signal()

    def __init__(self, window, panes: list[DocumentPane]) -> None:
        super().__init__(window)
        self.window = window
        self.panes = panes
        self.terms: list[TermDTO] = []
        self.model = TagListModel(self)
        self.model.note_edited.connect(self.edit_note)
        self.panel = TagPanel(self.model)
        self.panel.jump_requested.connect(self.jump_to)
        self.panel.delete_requested.connect(self.delete)
        self.panel.review_requested.connect(self.review)
        self.panel.suggest_requested.connect(self.propose)
        self.active_pane: DocumentPane | None = None
        for pane in panes:
            pane.selection_made.connect(lambda _s, _e, pane=pane: self._set_active(pane))
            pane.context_menu_requested.connect(lambda pos, pane=pane: self._context_menu(pane, pos))
        self.digit_actions = []
        for digit in range(1, 10):
            action = QAction(f"Tag with term {digit}", window, shortcut=QKeySequence(str(digit)))
            action.triggered.connect(lambda _checked=False, d=str(digit): self.tag_with_shortcut(d))
            window.addAction(action)
            self.digit_actions.append(action)
        self.reload_terms()

    # -- data -------------------------------------------------------------------------
    @property
    def store(self):
        return self.window.store

    def reload_terms(self) -> None:
        self.terms = list_terms(self.store)

    def refresh(self) -> None:
        case = self.window.current_case
        tags = tags_for_case(self.store, case.summary.id, include_pending=True) if case else []
        self.model.set_tags(tags)
        self.panel.set_terms(self.terms)
        for pane in self.panes:
            document = pane.current()
            # Proposals show paler than accepted tags until the reviewer decides.
            spans = [(t.start, t.end, QColor(t.colour).lighter(140) if t.pending else QColor(t.colour))
                     for t in tags if document and t.document_id == document.id]
            pane.set_highlights(spans)
        self.tags_changed.emit()

    def _changed(self) -> None:
        self.reload_terms()
        self.refresh()

    # -- actions ----------------------------------------------------------------------
    def _set_active(self, pane: DocumentPane) -> None:
        self.active_pane = pane

    def _selection(self) -> tuple[DocumentPane, int, int] | None:
        panes = [self.active_pane] + [p for p in self.panes if p is not self.active_pane]
        for pane in panes:
            if pane is not None and pane.current() is not None and pane.selection() is not None:
                start, end = pane.selection()
                return pane, start, end
        return None

    def tag_selection(self, term_id: int) -> bool:
        found = self._selection()
        if found is None:
            self.window.statusBar().showMessage("Select some text in a pane first", 4000)
            return False
        pane, start, end = found
        term = next(t for t in self.terms if t.id == term_id)
        self.window.undo_stack.push(AddTagCommand(self.store, pane.current().id, start, end, term.id, term.label,
                                                  self.window.settings.reviewer, self._changed))
        pane.clear_selection()
        return True

    def tag_with_shortcut(self, digit: str) -> None:
        term = next((t for t in self.terms if t.shortcut == digit), None)
        if term is not None:
            self.tag_selection(term.id)

    def open_palette(self) -> None:
        found = self._selection()
        if found is None:
            self.window.statusBar().showMessage("Select some text in a pane first", 4000)
            return
        pane, start, end = found
        palette = TagPalette(self.terms, pane.current().text[start:end], self.window)
        if palette.exec() == QDialog.DialogCode.Accepted and palette.chosen_term_id() is not None:
            self.tag_selection(palette.chosen_term_id())

    def _context_menu(self, pane: DocumentPane, global_pos) -> None:
        self.active_pane = pane
        menu = QMenu(self.window)
        has_selection = pane.selection() is not None
        palette = menu.addAction("Tag selection…", self.open_palette)
        palette.setEnabled(has_selection)
        menu.addSeparator()
        for term in self.terms[:9]:
            action = menu.addAction(colour_icon(term.colour), term.label,
                                    lambda term_id=term.id: self.tag_selection(term_id))
            action.setShortcut(QKeySequence(term.shortcut or ""))
            action.setEnabled(has_selection)
        menu.exec(global_pos)

    def propose(self) -> int:
        case = self.window.current_case
        if case is None:
            return 0
        added = suggest_tags(self.store, case.summary.id)
        self.refresh()
        self.window.statusBar().showMessage(f"{added} tags proposed; accept or reject them in the Tags panel", 6000)
        return added

    def review(self, tags: list[TagDTO], accept: bool) -> None:
        self.window.undo_stack.push(ReviewProposalsCommand(self.store, tags, accept, self._changed))

    def delete(self, tag: TagDTO) -> None:
        self.window.undo_stack.push(DeleteTagCommand(self.store, tag, self._changed))

    def edit_note(self, tag: TagDTO, note: str) -> None:
        self.window.undo_stack.push(EditNoteCommand(self.store, tag, note, self._changed))

    def jump_to(self, tag: TagDTO) -> None:
        for pane in self.panes:
            if pane.show_document(tag.document_id):
                pane.reveal(tag.start)
                pane.flash(tag.start, tag.end)
                return
