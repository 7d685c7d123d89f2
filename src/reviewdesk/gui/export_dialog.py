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
from reviewdesk.documents.briefing_text import LANGUAGES, language_code

PAPERS = [("a4", "A4"), ("letter", "US Letter")]
# The interface language (branch i18n declares it; "" follows the system): until declared, English.
INTERFACE_LANGUAGE = "view/language"
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


def default_language(settings) -> str:
    """The interface's language when the settings declare one (and the catalogue has it), else English."""
    from reviewdesk.gui.settings import OPTIONS  # noqa: PLC0415

    return language_code(settings.get(INTERFACE_LANGUAGE) if INTERFACE_LANGUAGE in OPTIONS else None)


class ExportOptionsDialog(QDialog):
    def __init__(self, references: list[str], reviewer: str, parent=None, paper: str = "a4",
                 template: str = "", language: str = "en") -> None:
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
        self.language = QComboBox(toolTip="Headings, labels, verdicts and dates; the letters' quotes stay as written")
        for key, label in LANGUAGES.items():
            self.language.addItem(label, key)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Reviewer:", self.reviewer)
        form.addRow("Paper:", self.paper)
        form.addRow("Template:", self.template)
        form.addRow("Redactions:", self.redaction)
        form.addRow("Language:", self.language)
        form.addRow("", self.full_text)
        form.addRow(buttons)

    def options(self) -> BriefingOptions:
        return BriefingOptions(author=self.reviewer.text().strip() or "ReviewDesk", paper=self.paper.currentData(),
                               template=self.template.path(), language=self.language.currentData())
