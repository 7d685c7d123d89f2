"""Replies waiting for their case: the list, the cases they likely answer, and pairing (undoable)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from reviewdesk.services.pairing import UnpairedDocument, set_document_case, unpaired_documents


class UnpairedPanel(QWidget):
    def __init__(self, window, parent=None) -> None:
        super().__init__(parent)
        self.window = window
        self.documents: list[UnpairedDocument] = []
        self.list = QListWidget()
        self.cases = QComboBox(toolTip="The case this reply answers (suggested cases first)")
        self.cases.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pair_button = QPushButton("Pair", toolTip="Attach the selected reply to the chosen case")
        self.why = QLabel(wordWrap=True)
        self.why.setStyleSheet("color: #555;")
        self.list.currentRowChanged.connect(self._fill_cases)
        self.pair_button.clicked.connect(self.pair_selected)
        row = QHBoxLayout()
        row.addWidget(QLabel("Answers case:"))
        row.addWidget(self.cases, 1)
        row.addWidget(self.pair_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.why)

    def refresh(self) -> None:
        self.window.ops.query(unpaired_documents, self._show, key="unpaired")

    def _show(self, documents: list[UnpairedDocument]) -> None:
        self.documents = documents
        dock = getattr(self.window, "unpaired_dock", None)
        if dock is not None:  # the tab says how many replies wait, without opening it
            dock.setWindowTitle(f"Unpaired replies ({len(documents)})" if documents else "Unpaired replies")
        self.list.clear()
        for document in self.documents:
            cites = f" — cites {document.cited_reference}" if document.cited_reference else " — cites no reference"
            item = QListWidgetItem(f"{document.filename}{cites}")
            item.setToolTip(document.excerpt)
            self.list.addItem(item)
        if not self.documents:
            self.list.addItem(QListWidgetItem("No replies waiting: every reply is attached to its case."))
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
            self.cases.addItem(f"{suggestion.reference}  ({suggestion.score:.2f})", suggestion.reference)
        for reference in sorted(self.window.case_model.references()):
            if reference not in suggested:
                self.cases.addItem(reference, reference)
        if document.suggestions:
            self.why.setText("Suggested because it " + "; ".join(document.suggestions[0].reasons) + ".")

    def pair_selected(self) -> bool:
        row = self.list.currentRow()
        if not 0 <= row < len(self.documents) or not self.cases.currentData():
            return False
        document_id, reference = self.documents[row].id, self.cases.currentData()
        self.window.undo.push(f"Pair reply with {reference}",
                              lambda store: set_document_case(store, document_id, reference))
        return True
