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

from reviewdesk.services.analytics import DEFAULT_BREAKDOWNS, Dimension
from reviewdesk.services.export import ExportOptions

PAPERS = [("a4", "A4"), ("letter", "US Letter")]
REDACTIONS = [("redacted", "Redacted (black bars)"), ("pseudonymised", "Pseudonymised (Mr. A, …)"),
              ("full", "Full text (names as written)")]


class TemplatePicker(QWidget):
    """A .docx whose styles briefings take: typed, or chosen with Browse…"""

    def __init__(self, path: str = "", placeholder: str = "Optional: a .docx whose styles the briefing takes",
                 parent=None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(path, placeholderText=placeholder)
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(browse)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Word template", "", "Word documents (*.docx)")
        if path:
            self.line.setText(path)

    def path(self) -> str | None:
        return self.line.text().strip() or None


class ExportOptionsDialog(QDialog):
    def __init__(self, references: list[str], reviewer: str, parent=None, paper: str = "a4",
                 template: str = "") -> None:
        super().__init__(parent)
        kind = "portfolio" if len(references) > 1 else "briefing"
        self.setWindowTitle(f"Export {kind}: {', '.join(references[:3])}{'…' if len(references) > 3 else ''}")
        self.reviewer = QLineEdit(reviewer, placeholderText="Your name, shown as the author of the comments")
        self.paper = QComboBox()
        for key, label in PAPERS:
            self.paper.addItem(label, key)
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))  # the Preferences' default
        self.full_text = QCheckBox("Include the allegations and reply texts with their comments", checked=True)
        self.template = TemplatePicker(template)
        self.redaction = QComboBox()  # redacted first: the default of every export
        for key, label in REDACTIONS:
            self.redaction.addItem(label, key)
        # A portfolio's Analytics chapter, by each breakdown ticked (none: no chapter).
        self.breakdowns = {d: QCheckBox(d.value.capitalize(), checked=d in DEFAULT_BREAKDOWNS) for d in Dimension}
        breakdowns = QWidget(self)
        row = QHBoxLayout(breakdowns)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.breakdowns.values():
            row.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Reviewer:", self.reviewer)
        form.addRow("Paper:", self.paper)
        form.addRow("Template:", self.template)
        form.addRow("Redactions:", self.redaction)
        form.addRow("", self.full_text)
        if len(references) > 1:
            form.addRow("Analytics by:", breakdowns)
        else:  # a single briefing has no Analytics chapter
            breakdowns.hide()
        form.addRow(buttons)

    def options(self) -> ExportOptions:
        chosen = tuple(d.value for d, box in self.breakdowns.items() if box.isChecked())
        return ExportOptions(author=self.reviewer.text().strip() or "ReviewDesk", paper=self.paper.currentData(),
                             template=self.template.path(), analytics=bool(chosen),
                             analytics_by=chosen or ExportOptions.analytics_by)
