"""Tagging in the workspace: selections in any pane, the palette, digit shortcuts, the tag panel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.gui.actions import TAG_TERM_ACTIONS, ActionId
from reviewdesk.gui.models.tags import TAG_ID_ROLE, TagColumn, TagListModel
from reviewdesk.gui.widgets.document_pane import DocumentPane
from reviewdesk.gui.widgets.tag_palette import TagPalette, colour_icon
from reviewdesk.services.redaction import RedactionDTO, redact
from reviewdesk.services.suggest import set_status, suggest_tags
from reviewdesk.services.tags import TagDTO, add_tag, delete_tag, set_note
from reviewdesk.services.terms import TermDTO, list_terms


def tag_tip(tag: TagDTO) -> str:
    """Hovering a tagged span: its term, whether it is only proposed, and the note."""
    text = QCoreApplication.translate("TagPanel", "Proposed: {term}").format(term=tag.term_label) if tag.pending \
        else tag.term_label
    return f"{text} — {tag.note}" if tag.note else text


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
        self.term_filter = QComboBox(toolTip=self.tr("Show the tags of one term"))
        self.term_filter.currentIndexChanged.connect(lambda _i: self.proxy.set_term(self.term_filter.currentData()))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TagColumn.QUOTE, QHeaderView.ResizeMode.Stretch)
        # Fixed, user-resizable widths: fitting to contents measures every row on each refresh.
        for column, width in ((TagColumn.TERM, 220), (TagColumn.DOCUMENT, 110), (TagColumn.NOTE, 260)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.activated.connect(self._jump)
        self.table.clicked.connect(self._jump)
        self.suggest_button = QPushButton(self.tr("Propose tags"), toolTip=self.tr("Propose Guiding Principles cited in the annex "
                                                                             "and allegation terms found in the allegations"))
        self.accept_button = QPushButton(self.tr("Accept"),
                                         toolTip=self.tr("Accept the selected proposals (all shown when none selected)"))
        self.reject_button = QPushButton(self.tr("Reject"),
                                         toolTip=self.tr("Reject the selected proposals (all shown when none selected)"))
        self.orphans_button = QPushButton(toolTip=self.tr("Tags and links re-analysis could not place: place them again"))
        self.orphans_button.setVisible(False)
        self.suggest_button.clicked.connect(self.suggest_requested)
        self.accept_button.clicked.connect(lambda: self._review(True))
        self.reject_button.clicked.connect(lambda: self._review(False))
        bar = QHBoxLayout()
        bar.addWidget(self.term_filter, 1)
        for button in (self.suggest_button, self.accept_button, self.reject_button, self.orphans_button):
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
        self.term_filter.addItem(self.tr("All terms (%n tag(s))", "", self.model.rowCount()), None)
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

    def edit_current_note(self) -> None:
        """F2 anywhere on a tag's row edits its note (the only editable column)."""
        index = self.table.currentIndex()
        if index.isValid():
            note = self.proxy.index(index.row(), TagColumn.NOTE)
            self.table.setCurrentIndex(note)
            self.table.edit(note)

    def delete_current(self) -> None:
        tag = self._tag_at(self.table.currentIndex())
        if tag is not None:
            self.delete_requested.emit(tag)

    def select_tag(self, tag_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(TAG_ID_ROLE) == tag_id:
                self.table.selectRow(row)
                return


REDACTION_COLOUR = "#202020"


class TaggingController(QObject):
    """Connects panes, palette, shortcuts and the tag panel to undoable tag edits."""

    tags_changed = Signal()

    def __init__(self, window, panes: list[DocumentPane]) -> None:
        super().__init__(window)
        self.window = window
        self.panes = panes
        self.terms: list[TermDTO] = []
        self.tags: list[TagDTO] = []
        self.redactions: tuple[RedactionDTO, ...] = ()
        self.model = TagListModel(self)
        self.model.note_edited.connect(self.edit_note)
        self.panel = TagPanel(self.model)
        self.panel.jump_requested.connect(self.jump_to)
        self.panel.delete_requested.connect(self.delete)
        self.panel.review_requested.connect(self.review)
        self.panel.suggest_requested.connect(self.propose)
        window.actions_registry.create(ActionId.DELETE_TAG, self.panel.delete_current, widget=self.panel.table)
        self.active_pane: DocumentPane | None = None
        for pane in panes:
            pane.selection_made.connect(lambda _s, _e, pane=pane: self._set_active(pane))
            pane.context_menu_requested.connect(lambda pos, pane=pane: self._context_menu(pane, pos))
            pane.document_changed.connect(lambda _id: self._paint())
        window.actions_registry.create(ActionId.EDIT_TAG_NOTE, self.panel.edit_current_note, widget=self.panel.table)
        self.digit_actions = []
        views = [view for pane in panes for view in (pane.text_view, pane.page_view)]
        for digit in range(1, 10):
            action = window.actions_registry.create(TAG_TERM_ACTIONS[digit - 1],
                                                    lambda _checked=False, d=str(digit): self.tag_with_shortcut(d),
                                                    widget=views[0])
            for view in views[1:]:  # a widget shortcut: it fires only where the focus is in one of the views
                view.addAction(action)
            self.digit_actions.append(action)

    # -- data -------------------------------------------------------------------------
    def reload_terms(self) -> None:
        def loaded(terms: list[TermDTO]) -> None:
            self.terms = terms
            self.show_tags(self.tags)

        self.window.ops.query(list_terms, loaded, key="terms")

    def show_tags(self, tags: list[TagDTO], redactions: tuple[RedactionDTO, ...] = ()) -> None:
        """The open case's tags (accepted and proposed) and redactions, as read with the case."""
        self.tags = tags
        self.redactions = tuple(redactions)
        self.model.set_tags(tags)
        self.panel.set_terms(self.terms)
        self._paint()
        self.tags_changed.emit()

    def _paint(self) -> None:
        for pane in self.panes:
            document = pane.current()
            # Proposals show paler than accepted tags until the reviewer decides.
            shown = [t for t in self.tags if document and t.document_id == document.id]
            spans = [(t.start, t.end, QColor(t.colour).lighter(140) if t.pending else QColor(t.colour)) for t in shown]
            # Redacted words: a dark bar over the tags, so the reviewer sees what exports will hide.
            spans += [(r.start, r.end, QColor(REDACTION_COLOUR)) for r in self.redactions
                      if document and r.document_id == document.id]
            pane.set_highlights(spans)
            pane.text_view.set_tips([(t.start, t.end, tag_tip(t)) for t in shown])

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
            self.window.statusBar().showMessage(self.tr("Select some text in a pane first"), 4000)
            return False
        pane, start, end = found
        term = next(t for t in self.terms if t.id == term_id)
        document_id, author = pane.current().id, self.window.settings.reviewer
        quote = " ".join(pane.current().text[start:end].split())
        shown = quote if len(quote) <= 60 else quote[:57] + "…"
        self.window.undo.push(
            self.tr("Tag “{term}”").format(term=term.label), lambda store: add_tag(store, document_id, start, end, term_id, author=author),
            lambda _tag: self.window.statusBar().showMessage(
                self.tr("Tagged “{quote}” as {term} — Ctrl+Z to undo").format(quote=shown, term=term.label), 8000))
        pane.clear_selection()
        return True

    def set_digits_enabled(self, enabled: bool) -> None:
        """Preferences › digits tag: off, a digit in a view is just a key again."""
        for action in self.digit_actions:
            action.setEnabled(enabled)

    def tag_with_shortcut(self, digit: str) -> None:
        focused = next((pane for pane in self.panes if pane.has_view_focus()), None)
        if focused is not None:
            self.active_pane = focused
        term = next((t for t in self.terms if t.shortcut == digit), None)
        if term is not None:
            self.tag_selection(term.id)

    def open_palette(self) -> None:
        found = self._selection()
        if found is None:
            self.window.statusBar().showMessage(self.tr("Select some text in a pane first"), 4000)
            return
        pane, start, end = found
        palette = TagPalette(self.terms, pane.current().text[start:end], self.window)
        if palette.exec() == QDialog.DialogCode.Accepted and palette.chosen_term_id() is not None:
            self.tag_selection(palette.chosen_term_id())

    def _context_menu(self, pane: DocumentPane, global_pos) -> None:
        self.active_pane = pane
        menu = QMenu(self.window)
        has_selection = pane.selection() is not None
        palette = menu.addAction(self.tr("Tag selection…"), self.open_palette)
        palette.setEnabled(has_selection)
        menu.addAction(self.tr("Redact…"), self.redact_selection).setEnabled(has_selection)
        menu.addSeparator()
        for term in self.terms[:9]:
            action = menu.addAction(colour_icon(term.colour), term.label,
                                    lambda term_id=term.id: self.tag_selection(term_id))
            action.setShortcut(QKeySequence(term.shortcut or ""))
            action.setEnabled(has_selection)
        menu.exec(global_pos)

    def redact_selection(self, pseudonym: str | None = None) -> bool:
        """Redact every occurrence of the selected words in the case; asks for an optional pseudonym."""
        found = self._selection()
        case = self.window.current_case
        if found is None or case is None:
            self.window.statusBar().showMessage(self.tr("Select some text in a pane first"), 4000)
            return False
        pane, start, end = found
        text = " ".join(pane.current().text[start:end].split())
        if pseudonym is None:
            pseudonym, accepted = QInputDialog.getText(
                self.window, self.tr("Redact"), self.tr("Exports hide every “{text}” in this case.\nPseudonym shown "
                                                        "instead in pseudonymised exports (optional):").format(text=text[:60]),
                QLineEdit.EchoMode.Normal, "")
            if not accepted:
                return False
        case_id, author = case.summary.id, self.window.settings.reviewer
        self.window.undo.push(
            self.tr("Redact “{text}”").format(text=text[:40]), lambda store: redact(store, case_id, text, pseudonym or None, author),
            lambda made: self.window.statusBar().showMessage(
                self.tr("Redacted %n occurrence(s) — Ctrl+Z to undo", "", len(made)), 8000))
        pane.clear_selection()
        return True

    def propose(self) -> None:
        case = self.window.current_case
        if case is None:
            return
        case_id = case.summary.id

        def proposed(added: int) -> None:
            self.window.statusBar().showMessage(self.tr("%n tag(s) proposed; accept or reject them in the Tags panel", "", added), 6000)

        self.window.undo.push(self.tr("Propose tags"), lambda store: suggest_tags(store, case_id), proposed)

    def review(self, tags: list[TagDTO], accept: bool) -> None:
        ids, reviewer = [t.id for t in tags], self.window.settings.reviewer  # an accepted proposal is theirs
        self.window.undo.push(self.tr("Accept %n proposed tag(s)", "", len(ids)) if accept
                              else self.tr("Reject %n proposed tag(s)", "", len(ids)),
                              lambda store: set_status(store, ids, accept, reviewer))

    def delete(self, tag: TagDTO) -> None:
        self.window.undo.push(self.tr("Delete tag “{term}”").format(term=tag.term_label), lambda store: delete_tag(store, tag.id))

    def edit_note(self, tag: TagDTO, note: str) -> None:
        author = self.window.settings.reviewer
        self.window.undo.push(self.tr("Edit tag note"), lambda store: set_note(store, tag.id, note, author))

    def jump_to(self, tag: TagDTO) -> None:
        for pane in self.panes:
            if pane.show_document(tag.document_id):
                pane.reveal(tag.start)
                pane.flash(tag.start, tag.end)
                return
