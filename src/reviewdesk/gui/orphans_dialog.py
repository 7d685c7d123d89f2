"""Orphaned tags and links: what re-analysis could not place on a document's new text, kept for the reviewer.

Each is listed with the words it held; select those words (or others) in the pane of its document
and press Place to anchor it there again — undoable. Nothing is ever dropped.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from reviewdesk.services.orphans import (
    OrphanedAnnotation,
    orphaned_annotations,
    place_orphan,
)


class OrphansDialog(QDialog):
    def __init__(self, window, case_id: int) -> None:
        super().__init__(window)
        self.window, self.case_id = window, case_id
        self.orphans: list[OrphanedAnnotation] = []
        self.setWindowTitle(self.tr("Orphaned tags and links"))
        self.resize(640, 380)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Orphaned tags and links"))
        self.hint = QLabel(self.tr("Select the words in the document's pane, then Place."), wordWrap=True)
        place = QPushButton(self.tr("Place on the selection"))
        place.clicked.connect(self.place_current)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(place)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        window.ops.changed.connect(lambda changes: changes.touches_case(case_id) and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        case_id = self.case_id
        self.window.ops.query(lambda store: orphaned_annotations(store, case_id), self._show, key="orphans")

    def _show(self, orphans: list[OrphanedAnnotation]) -> None:
        self.orphans = orphans
        self.list.clear()
        for orphan in orphans:
            item = QListWidgetItem(f"{orphan.label}: “{orphan.quote[:80]}” ({orphan.document_kind.value})")
            item.setToolTip(f"…{orphan.prefix}[{orphan.quote}]{orphan.suffix}…" + (f"\n{orphan.note}" if orphan.note
                                                                                 else ""))
            self.list.addItem(item)
        if not orphans:
            self.list.addItem(self.tr("Nothing is orphaned: every tag and link is on its words."))

    def place_current(self) -> bool:
        row = self.list.currentRow()
        if not 0 <= row < len(self.orphans):
            return False
        orphan = self.orphans[row]
        pane = next((p for p in (self.window.letter_pane, self.window.annex_pane, self.window.reply_pane)
                     if p.show_document(orphan.document_id)), None)
        if pane is None or pane.selection() is None:
            self.hint.setText(self.tr("Select the words in the pane that shows its document first."))
            return False
        (start, end), author = pane.selection(), self.window.settings.reviewer
        self.window.undo.push(self.tr("Place {label}").format(label=orphan.label),
                              lambda store: place_orphan(store, orphan.kind, orphan.id, start, end, author))
        return True
