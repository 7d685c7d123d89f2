"""Replies waiting for their case: the list, the cases they likely answer, and pairing (undoable)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.gui.words import number_text
from reviewdesk.services.cases import document_by_id
from reviewdesk.services.pairing import (
    UnpairedDocument,
    set_document_case,
    unpaired_documents,
)


class UnpairedPanel(QWidget):
    def __init__(self, window, parent=None) -> None:
        super().__init__(parent)
        self.window = window
        self.documents: list[UnpairedDocument] = []
        self.list = QListWidget()
        self.cases = QComboBox(toolTip=self.tr("The case this reply answers (suggested cases first)"))
        self.cases.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pair_button = QPushButton(self.tr("Pair"), toolTip=self.tr("Attach the selected reply to the chosen case"))
        self.why = QLabel(wordWrap=True)
        self.why.setStyleSheet("color: #555;")
        # Read the reply before saying which case it answers: its text, beside the list.
        self.preview = QPlainTextEdit(readOnly=True, placeholderText=self.tr("Choose a reply to read it here."))
        self.preview.setAccessibleName(self.tr("Preview of the selected reply"))
        self.list.currentRowChanged.connect(self._fill_cases)
        self.list.currentRowChanged.connect(self._load_preview)
        self.pair_button.clicked.connect(self.pair_selected)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Answers case:")))
        row.addWidget(self.cases, 1)
        row.addWidget(self.pair_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        left_layout.addLayout(row)
        left_layout.addWidget(self.why)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(split)

    def refresh(self) -> None:
        self.window.ops.query(unpaired_documents, self._show, key="unpaired")

    def _show(self, documents: list[UnpairedDocument]) -> None:
        self.documents = documents
        dock = getattr(self.window, "unpaired_dock", None)
        if dock is not None:  # the tab says how many replies wait, without opening it
            dock.setWindowTitle(self.tr("Unpaired replies ({count})").format(count=len(documents)) if documents
                                else self.tr("Unpaired replies"))
        self.list.clear()
        for document in self.documents:
            cites = " — " + (self.tr("cites {reference}").format(reference=document.cited_reference)
                             if document.cited_reference else self.tr("cites no reference"))
            item = QListWidgetItem(f"{document.filename}{cites}")
            item.setToolTip(document.excerpt)
            self.list.addItem(item)
        if not self.documents:
            self.list.addItem(QListWidgetItem(self.tr("No replies waiting: every reply is attached to its case.")))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.setCurrentRow(0)
        self.pair_button.setEnabled(bool(self.documents))

    def _fill_cases(self, row: int) -> None:
        self.cases.clear()
        self.why.clear()
        if not 0 <= row < len(self.documents):
            return
        document = self.documents[row]
        suggested = [s.reference for s in document.suggestions]
        for suggestion in document.suggestions:
            self.cases.addItem(f"{suggestion.reference}  ({number_text(suggestion.score, 2)})", suggestion.reference)
        for reference in sorted(self.window.case_model.references()):
            if reference not in suggested:
                self.cases.addItem(reference, reference)
        if document.suggestions:
            self.why.setText(self.tr("Suggested because it {reasons}.").format(
                reasons="; ".join(document.suggestions[0].reasons)))

    def _load_preview(self, row: int) -> None:
        if not 0 <= row < len(self.documents):
            self.preview.clear()
            return
        document_id = self.documents[row].id
        self.window.ops.query(lambda store: document_by_id(store, document_id), self._show_preview,
                              key="unpaired-preview")

    def _show_preview(self, document) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.documents) and self.documents[row].id == document.id:
            self.preview.setPlainText(document.text or self.tr("(no text: the scan needs OCR)"))

    def pair_selected(self) -> bool:
        row = self.list.currentRow()
        if not 0 <= row < len(self.documents) or not self.cases.currentData():
            return False
        document_id, reference = self.documents[row].id, self.cases.currentData()
        self.window.undo.push(self.tr("Pair reply with {reference}").format(reference=reference),
                              lambda store: set_document_case(store, document_id, reference))
        return True
