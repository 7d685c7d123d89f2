"""Edit › Preferences: the reviewer's choices, each one a declared setting (gui/settings.py)."""

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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.gui.settings import Settings

OCR_LANGUAGES = [("eng", "English"), ("fra", "French"), ("spa", "Spanish"), ("ara", "Arabic"),
                 ("chi_sim", "Chinese (simplified)"), ("rus", "Russian")]
PAPERS = [("a4", "A4"), ("letter", "US Letter")]


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, scales: list[tuple[str, str]], installed_ocr: set[str], parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle("Preferences")
        self.reviewer = QLineEdit(settings.reviewer, placeholderText="Recorded with your tags, verdicts and exports")
        self.paper = QComboBox()
        for key, label in PAPERS:
            self.paper.addItem(label, key)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.get("export/paper"))))
        self.template = QLineEdit(settings.get("export/template"), placeholderText="Built-in styles")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        template_row = QWidget()
        row = QHBoxLayout(template_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.template, 1)
        row.addWidget(browse)
        self.scale = QComboBox()
        for key, name in scales:
            self.scale.addItem(name, key)
        self.scale.setCurrentIndex(max(0, self.scale.findData(settings.get("assessment/scale"))))
        self.text_size = QSpinBox(minimum=-4, maximum=16, suffix=" pt", value=settings.text_size_step)
        self.text_size.setToolTip("Added to the normal size of the documents and lists (also Ctrl+= / Ctrl+-)")
        self.digits = QCheckBox("Digits 1–9 tag the selection in a letter, annex or reply view",
                                checked=settings.get("tagging/digits"))
        chosen = set(settings.ocr_languages.split("+"))
        self.ocr: dict[str, QCheckBox] = {}
        ocr_box = QWidget()
        ocr_layout = QVBoxLayout(ocr_box)
        ocr_layout.setContentsMargins(0, 0, 0, 0)
        for code, name in OCR_LANGUAGES:
            box = QCheckBox(name, checked=code in chosen)
            box.setEnabled(code in installed_ocr)
            if code not in installed_ocr:
                box.setToolTip(f"Tesseract language pack '{code}' is not installed")
            self.ocr[code] = box
            ocr_layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Reviewer name:", self.reviewer)
        form.addRow("Paper for briefings:", self.paper)
        form.addRow("Briefing template:", template_row)
        form.addRow("Grading scale:", self.scale)
        form.addRow("Text size:", self.text_size)
        form.addRow("", self.digits)
        form.addRow("OCR languages for scans:", ocr_box)
        form.addRow(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Briefing template", "", "Word documents (*.docx)")
        if path:
            self.template.setText(path)

    def save(self) -> None:
        """Write every choice to the settings (the window then applies them)."""
        self.settings.reviewer = self.reviewer.text().strip()
        self.settings.set("export/paper", self.paper.currentData())
        self.settings.set("export/template", self.template.text().strip())
        if self.scale.currentData():
            self.settings.set("assessment/scale", self.scale.currentData())
        self.settings.text_size_step = self.text_size.value()
        self.settings.set("tagging/digits", self.digits.isChecked())
        self.settings.ocr_languages = "+".join(code for code, box in self.ocr.items() if box.isChecked())
