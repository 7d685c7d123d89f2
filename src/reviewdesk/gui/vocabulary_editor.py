"""Tools > Vocabularies: the terms as a tree; rename, recolour, move (drag), shortcut, merge, retire — undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from reviewdesk.gui.widgets.tag_palette import colour_icon
from reviewdesk.services.terms import (
    TermDTO,
    add_term,
    list_terms,
    merge_terms,
    update_term,
)

TERM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _TermTree(QTreeWidget):
    """Dropping a term on another makes it its child (an undoable move)."""

    def __init__(self, editor: VocabularyEditor) -> None:
        super().__init__()
        self.editor = editor
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        target = self.itemAt(event.position().toPoint())
        moved = self.currentItem()
        event.ignore()  # the store decides; the tree is rebuilt from it
        if moved is not None and target is not None and target is not moved:
            self.editor.move(moved.data(0, TERM_ID_ROLE), target.data(0, TERM_ID_ROLE))


class VocabularyEditor(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.setWindowTitle(self.tr("Vocabularies"))
        self.resize(620, 560)
        self.search = QLineEdit(placeholderText=self.tr("Find a term…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.tree = _TermTree(self)
        self.tree.setHeaderLabels([self.tr("Term"), self.tr("Key"), self.tr("Shortcut"), self.tr("Tags")])
        self.tree.setColumnWidth(0, 300)
        buttons = QHBoxLayout()
        for text, slot, tip in ((self.tr("Add…"), self.add, self.tr("Add a term under the selected one")),
                                (self.tr("Rename…"), self.rename, self.tr("Give the term another label")),
                                (self.tr("Colour…"), self.recolour, self.tr("Choose the term's colour")),
                                (self.tr("Shortcut…"), self.set_shortcut,
                                 self.tr("A digit 1–9 tags the selection with this term")),
                                (self.tr("Merge into…"), self.merge,
                                 self.tr("Move all tags of this term to another and retire it")),
                                (self.tr("Retire"), self.retire, self.tr("Stop offering the term; its tags stay"))):
            button = QPushButton(text, toolTip=tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.terms: list[TermDTO] = []
        window.ops.changed.connect(self._changes)
        self.refresh()

    def _changes(self, changes) -> None:
        if changes.terms or changes.tags or changes.store:
            self.refresh()

    def refresh(self) -> None:
        self.window.ops.query(list_terms, self._show, key="vocabulary-editor")

    def _show(self, terms: list[TermDTO]) -> None:
        current = self.current_id()
        self.terms = terms
        self.tree.clear()
        # Two passes: a term may come before its group in the vocabulary's order.
        roots: dict[str, QTreeWidgetItem] = {}
        items: dict[str, QTreeWidgetItem] = {}
        for term in self.terms:
            item = QTreeWidgetItem([term.label, term.key, term.shortcut or "", str(term.uses)])
            item.setIcon(0, colour_icon(term.colour))
            item.setData(0, TERM_ID_ROLE, term.id)
            item.setToolTip(0, f"{term.path}\n{term.description}" if term.description else term.path)
            items[term.path] = item
        for term in self.terms:
            parent_path = term.path.rsplit(" › ", 1)[0]
            parent = items.get(parent_path)
            if parent is None:
                if term.vocabulary not in roots:
                    roots[term.vocabulary] = QTreeWidgetItem(self.tree, [term.vocabulary])
                    roots[term.vocabulary].setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent = roots[term.vocabulary]
            parent.addChild(items[term.path])
            if term.id == current:
                self.tree.setCurrentItem(items[term.path])
        self.tree.expandAll()
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        iterator = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while iterator:
            item = iterator.pop()
            iterator.extend(item.child(i) for i in range(item.childCount()))
            match = all(w in item.text(0).casefold() or w in item.text(1).casefold() for w in words)
            item.setHidden(bool(words) and not match and item.data(0, TERM_ID_ROLE) is not None)

    def current_id(self) -> int | None:
        item = self.tree.currentItem() if hasattr(self, "tree") else None
        return item.data(0, TERM_ID_ROLE) if item else None

    def edit(self, term_id: int, text: str, **changes) -> None:
        self.window.undo.push(text, lambda store: update_term(store, term_id, **changes))

    def add(self, label: str | None = None) -> None:
        parent_id = self.current_id()
        parent = next((t for t in self.terms if t.id == parent_id), None)
        vocabulary = {"Allegations": "allegations", "Legal standards": "legal"}.get(
            parent.vocabulary if parent else "Allegations", "allegations")
        if label is None:
            label, ok = QInputDialog.getText(self, self.tr("Add term"),
                                             self.tr("New term under {parent}:").format(parent=parent.label) if parent
                                             else self.tr("New term at the top:"))
            if not ok or not label.strip():
                return
        label = label.strip()
        self.window.undo.push(self.tr("Add term “{label}”").format(label=label), lambda store: add_term(store, vocabulary, label, parent_id))

    def rename(self) -> None:
        term_id = self.current_id()
        if term_id is None:
            return
        label, ok = QInputDialog.getText(self, self.tr("Rename term"), self.tr("Label:"), text=self.tree.currentItem().text(0))
        if ok and label.strip():
            self.edit(term_id, self.tr("Rename term"), label=label.strip())

    def recolour(self) -> None:
        term_id = self.current_id()
        term = next((t for t in self.terms if t.id == term_id), None)
        if term is None:
            return
        colour = QColorDialog.getColor(QColor(term.colour), self, self.tr("Term colour"))
        if colour.isValid():
            self.edit(term_id, self.tr("Recolour term"), colour=colour.name().upper())

    def set_shortcut(self) -> None:
        term_id = self.current_id()
        if term_id is None:
            return
        digit, ok = QInputDialog.getItem(self, self.tr("Shortcut"), self.tr("Digit:"), ["", *map(str, range(1, 10))], 0, False)
        if ok:
            self.edit(term_id, self.tr("Set shortcut"), shortcut=digit or None)

    def move(self, term_id: int, parent_id: int) -> bool:
        paths = {t.id: t.path for t in self.terms}
        if paths[parent_id] == paths[term_id] or paths[parent_id].startswith(paths[term_id] + " › "):
            self.window.statusBar().showMessage(self.tr("A term cannot be moved under itself"), 4000)
            return False
        self.edit(term_id, self.tr("Move term"), parent_id=parent_id)
        return True

    def merge(self, target_id: int | None = None) -> None:
        source_id = self.current_id()
        if source_id is None:
            return
        if target_id is None:
            choices = [t for t in self.terms if t.id != source_id]
            label, ok = QInputDialog.getItem(self, self.tr("Merge into"), self.tr("Move every tag to:"), [t.path for t in choices], 0, False)
            if not ok:
                return
            target_id = next(t.id for t in choices if t.path == label)
        self.window.undo.push(self.tr("Merge terms"), lambda store: merge_terms(store, source_id, target_id))

    def retire(self) -> None:
        term_id = self.current_id()
        if term_id is not None:
            self.edit(term_id, self.tr("Retire term"), retired=True)
