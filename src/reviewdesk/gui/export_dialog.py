"""File > Export briefing / portfolio: options, then the export off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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

from reviewdesk.documents.briefing_text import LANGUAGES, language_code
from reviewdesk.services.analytics import DEFAULT_BREAKDOWNS, Dimension
from reviewdesk.services.export import ExportOptions

# The interface language (gui/i18n.py) is the briefing's default language.
INTERFACE_LANGUAGE = "view/language"
# Labels marked for translation in the "Export" context, translated where shown.
PAPERS = [("a4", QT_TRANSLATE_NOOP("Export", "A4")), ("letter", QT_TRANSLATE_NOOP("Export", "US Letter"))]
REDACTIONS = [("redacted", QT_TRANSLATE_NOOP("Export", "Redacted (black bars)")),
              ("pseudonymised", QT_TRANSLATE_NOOP("Export", "Pseudonymised (Mr. A, …)")),
              ("full", QT_TRANSLATE_NOOP("Export", "Full text (names as written)"))]


class TemplatePicker(QWidget):
    """A .docx whose styles briefings take: typed, or chosen with Browse…"""

    def __init__(self, path: str = "", placeholder: str | None = None, parent=None) -> None:
        super().__init__(parent)
        placeholder = placeholder or self.tr("Optional: a .docx whose styles the briefing takes")
        self.line = QLineEdit(path, placeholderText=placeholder)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(browse)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Word template"), "", self.tr("Word documents (*.docx)"))
        if path:
            self.line.setText(path)

    def path(self) -> str | None:
        return self.line.text().strip() or None


def default_language(settings) -> str:
    """The interface's language (the preference, else the system's): briefings are written in it by default."""
    from reviewdesk.gui.i18n import resolve  # noqa: PLC0415

    return language_code(resolve(settings.get(INTERFACE_LANGUAGE)))


class ExportOptionsDialog(QDialog):
    def __init__(self, references: list[str], reviewer: str, parent=None, paper: str = "a4",
                 template: str = "", language: str = "en") -> None:
        super().__init__(parent)
        title = self.tr("Export portfolio: {references}") if len(references) > 1 else self.tr("Export briefing: {references}")
        self.setWindowTitle(title.format(references=", ".join(references[:3]) + ("…" if len(references) > 3 else "")))
        self.reviewer = QLineEdit(reviewer, placeholderText=self.tr("Your name, shown as the author of the comments"))
        self.paper = QComboBox()
        for key, label in PAPERS:
            self.paper.addItem(QCoreApplication.translate("Export", label), key)
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))  # the Preferences' default
        self.full_text = QCheckBox(self.tr("Include the allegations and reply texts with their comments"), checked=True)
        self.template = TemplatePicker(template)
        self.redaction = QComboBox()  # redacted first: the default of every export
        for key, label in REDACTIONS:
            self.redaction.addItem(QCoreApplication.translate("Export", label), key)
        self.language = QComboBox(toolTip=self.tr("Headings, labels, verdicts and dates; the letters' quotes stay as written"))
        for key, label in LANGUAGES.items():
            self.language.addItem(label, key)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
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
        form.addRow(self.tr("Reviewer:"), self.reviewer)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Template:"), self.template)
        form.addRow(self.tr("Redactions:"), self.redaction)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.full_text)
        if len(references) > 1:
            form.addRow(self.tr("Analytics by:"), breakdowns)
        else:  # a single briefing has no Analytics chapter
            breakdowns.hide()
        form.addRow(buttons)

    def options(self) -> ExportOptions:
        chosen = tuple(d.value for d, box in self.breakdowns.items() if box.isChecked())
        return ExportOptions(author=self.reviewer.text().strip() or "ReviewDesk", paper=self.paper.currentData(),
                             template=self.template.path(), analytics=bool(chosen),
                             analytics_by=chosen or ExportOptions.analytics_by, language=self.language.currentData())
