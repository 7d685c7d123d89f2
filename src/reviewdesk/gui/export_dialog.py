"""File > Export briefing / portfolio: options, then the export off the UI thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from reviewdesk.documents.briefing import BriefingOptions


class ExportOptionsDialog(QDialog):
    def __init__(self, references: list[str], reviewer: str, parent=None, paper: str = "a4",
                 template: str = "") -> None:
        super().__init__(parent)
        kind = "portfolio" if len(references) > 1 else "briefing"
        self.setWindowTitle(f"Export {kind}: {', '.join(references[:3])}{'…' if len(references) > 3 else ''}")
        self.reviewer = QLineEdit(reviewer, placeholderText="Your name, shown as the author of the comments")
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("US Letter", "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))  # the Preferences' default
        self.full_text = QCheckBox("Include the allegations and reply texts with their comments", checked=True)
        self.template = QLineEdit(template, placeholderText="Optional: a .docx whose styles the briefing takes")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.template)
        row_layout.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Reviewer:", self.reviewer)
        form.addRow("Paper:", self.paper)
        form.addRow("Template:", row)
        form.addRow("", self.full_text)
        form.addRow(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Word template", "", "Word documents (*.docx)")
        if path:
            self.template.setText(path)

    def options(self) -> BriefingOptions:
        return BriefingOptions(author=self.reviewer.text().strip() or "ReviewDesk", paper=self.paper.currentData(),
                               template=self.template.text().strip() or None)
