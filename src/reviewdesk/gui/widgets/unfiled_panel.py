"""Needs a reference: documents whose reference could not be read, under the case list until filed.

Nothing an import brought in is ever out of sight: such a document is listed with what was read
(date, addressee, references it cites, its first lines), and the reviewer types its reference
(creating the case) or attaches it to an existing case — undoable.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.gui.words import date_text, word
from reviewdesk.services.filing import UnfiledDocument, file_document, unfiled_documents


class UnfiledPanel(QWidget):
    def __init__(self, window, parent=None) -> None:
        super().__init__(parent)
        self.window = window
        self.documents: list[UnfiledDocument] = []
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; color: #D55E00;")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Documents that need a reference"))
        self.list.setMaximumHeight(120)
        self.file_button = QPushButton(self.tr("Give reference…"),
                                       toolTip=self.tr("Type the reference: files it in that case, or creates the case"))
        self.attach_button = QPushButton(self.tr("Attach to case…"), toolTip=self.tr("Add it to one of the cases in the list"))
        self.file_button.clicked.connect(self.give_reference)
        self.attach_button.clicked.connect(self.attach)
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addWidget(self.attach_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.setVisible(False)

    def refresh(self) -> None:
        self.window.ops.query(unfiled_documents, self._show, key="unfiled")

    def _show(self, documents: list[UnfiledDocument]) -> None:
        self.documents = documents
        self.title.setText(self.tr("Needs a reference ({count})").format(count=len(documents)))
        self.list.clear()
        for document in documents:
            seen = (" — " + self.tr("cites {references}").format(references=", ".join(document.references_seen[:2]))
                    if document.references_seen else "")
            item = QListWidgetItem(f"{document.filename}{seen}")
            dated = date_text(document.date, self.tr("no date read"))
            item.setToolTip("\n".join([f"{word(document.kind.value)}, {dated}", document.addressee or "",
                                       *document.first_lines]).strip())
            self.list.addItem(item)
        self.setVisible(bool(documents))
        if documents:
            self.list.setCurrentRow(0)

    def current(self) -> UnfiledDocument | None:
        row = self.list.currentRow()
        return self.documents[row] if 0 <= row < len(self.documents) else None

    def _file(self, document: UnfiledDocument, reference: str) -> None:
        document_id, author = document.id, self.window.settings.reviewer
        self.window.undo.push(self.tr("File {document} under {reference}").format(document=document.filename,
                                                                                reference=reference),
                              lambda store: file_document(store, document_id, reference, author),
                              lambda filed: self.window.statusBar().showMessage(
                                  self.tr("{document} is now in {reference}").format(
                                      document=document.filename, reference=filed.reference), 6000))

    def give_reference(self, reference: str | None = None) -> None:
        document = self.current()
        if document is None:
            return
        if reference is None:
            guesses = list(document.references_seen)
            reference, ok = QInputDialog.getItem(self, self.tr("Give reference"),
                                                 self.tr("Reference of {document}:").format(document=document.filename),
                                                 guesses or [""], 0, True)
            if not ok or not reference.strip():
                return
        self._file(document, reference.strip())

    def attach(self, reference: str | None = None) -> None:
        document = self.current()
        if document is None:
            return
        if reference is None:
            choices = sorted(self.window.case_model.references())
            if not choices:
                self.window.statusBar().showMessage(self.tr("There is no case to attach it to yet"), 4000)
                return
            reference, ok = QInputDialog.getItem(self, self.tr("Attach to case"),
                                                 self.tr("Attach {document} to:").format(document=document.filename),
                                                 choices, 0, False)
            if not ok:
                return
        self._file(document, reference)

