"""Edit › Preferences: the reviewer's choices, each one a declared setting (gui/settings.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.gui import i18n
from reviewdesk.gui.export_dialog import PAPERS, TemplatePicker
from reviewdesk.gui.settings import Settings
from reviewdesk.gui.words import word

OCR_LANGUAGES = [("eng", QT_TRANSLATE_NOOP("PreferencesDialog", "English")),
                 ("fra", QT_TRANSLATE_NOOP("PreferencesDialog", "French")),
                 ("spa", QT_TRANSLATE_NOOP("PreferencesDialog", "Spanish")),
                 ("ara", QT_TRANSLATE_NOOP("PreferencesDialog", "Arabic")),
                 ("chi_sim", QT_TRANSLATE_NOOP("PreferencesDialog", "Chinese (simplified)")),
                 ("rus", QT_TRANSLATE_NOOP("PreferencesDialog", "Russian"))]


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, scales: list[tuple[str, str]], installed_ocr: set[str], parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.reviewer = QLineEdit(settings.reviewer, placeholderText=self.tr("Recorded with your tags, verdicts and exports"))
        self.paper = QComboBox()
        for key, label in PAPERS:
            self.paper.addItem(QCoreApplication.translate("Export", label), key)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.get("export/paper"))))
        self.template = TemplatePicker(settings.get("export/template"), self.tr("Built-in styles"))
        self.scale = QComboBox()
        for key, name in scales:
            self.scale.addItem(word(name), key)
        self.scale.setCurrentIndex(max(0, self.scale.findData(settings.get("assessment/scale"))))
        self.text_size = QSpinBox(minimum=-4, maximum=16, suffix=self.tr(" pt"), value=settings.text_size_step)
        self.text_size.setToolTip(self.tr("Added to the normal size of the documents and lists (also Ctrl+= / Ctrl+-)"))
        self.digits = QCheckBox(self.tr("Digits 1–9 tag the selection in a letter, annex or reply view"),
                                checked=settings.get("tagging/digits"))
        self.auto_lock = QSpinBox(minimum=0, maximum=480, suffix=self.tr(" min"),
                                  value=settings.get("security/auto_lock_minutes"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setToolTip(self.tr("An encrypted store's window hides its data after this many minutes "
                                          "without input, until its passphrase is typed again"))
        chosen = set(settings.ocr_languages.split("+"))
        self.ocr: dict[str, QCheckBox] = {}
        ocr_box = QWidget()
        ocr_layout = QVBoxLayout(ocr_box)
        ocr_layout.setContentsMargins(0, 0, 0, 0)
        for code, name in OCR_LANGUAGES:
            box = QCheckBox(self.tr(name), checked=code in chosen)
            box.setEnabled(code in installed_ocr)
            if code not in installed_ocr:
                box.setToolTip(self.tr("Tesseract language pack '{code}' is not installed").format(code=code))
            self.ocr[code] = box
            ocr_layout.addWidget(box)
        self.language = QComboBox()
        self.language.addItem(i18n.language_label(""), "")
        for code, name in i18n.LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("view/language"))))
        self.language.setToolTip(self.tr("The language of menus, dialogs, dates and numbers"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Reviewer name:"), self.reviewer)
        form.addRow(self.tr("Paper for briefings:"), self.paper)
        form.addRow(self.tr("Briefing template:"), self.template)
        form.addRow(self.tr("Grading scale:"), self.scale)
        form.addRow(self.tr("Text size:"), self.text_size)
        form.addRow("", self.digits)
        form.addRow(self.tr("OCR languages for scans:"), ocr_box)
        form.addRow(self.tr("Lock an encrypted store after:"), self.auto_lock)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", QLabel(self.tr("A new language applies when ReviewDesk is started again.")))
        form.addRow(buttons)

    def save(self) -> None:
        """Write every choice to the settings (the window then applies them)."""
        self.settings.reviewer = self.reviewer.text().strip()
        self.settings.set("export/paper", self.paper.currentData())
        self.settings.set("export/template", self.template.path() or "")
        if self.scale.currentData():
            self.settings.set("assessment/scale", self.scale.currentData())
        self.settings.text_size_step = self.text_size.value()
        self.settings.set("tagging/digits", self.digits.isChecked())
        self.settings.set("security/auto_lock_minutes", self.auto_lock.value())
        self.settings.set("view/language", self.language.currentData())
        self.settings.ocr_languages = "+".join(code for code, box in self.ocr.items() if box.isChecked())


def sign_earlier_work(window, previous: str) -> None:
    """A reviewer name just set (or changed): the work done unnamed so far becomes theirs, one undoable edit
    (services/authorship.py says why then and not at export); nothing is pushed when there is none."""
    from reviewdesk.services.authorship import sign_unsigned, unsigned_count  # noqa: PLC0415

    name = window.settings.reviewer
    if not name or name == previous:
        return

    def counted(found) -> None:
        if not found.total:
            return
        window.undo.push(f"Sign {found.total} earlier tag(s), correction(s) and redaction(s) as {name}",
                         lambda store: sign_unsigned(store, name),
                         lambda signed: window.statusBar().showMessage(
                             f"{signed.total} earlier item(s) now name {name} as their author — Ctrl+Z to undo", 8000))

    window.ops.query(unsigned_count, counted)


class OcrLanguagesMenu(QMenu):
    """Tools › OCR languages for scans: the Preferences' OCR languages, ticked in a menu; uninstalled ones disabled."""

    def __init__(self, settings: Settings, parent=None) -> None:
        from reviewdesk.documents.pdf import installed_ocr_languages  # noqa: PLC0415

        super().__init__(self.tr("OCR &languages for scans"), parent)
        self.settings = settings
        self.setToolTipsVisible(True)
        installed = installed_ocr_languages()
        for code, name in OCR_LANGUAGES:
            action = self.addAction(QCoreApplication.translate("PreferencesDialog", name))
            action.setCheckable(True)
            action.setData(code)
            action.setEnabled(code in installed)
            action.setToolTip("" if code in installed else
                              self.tr("Tesseract language pack '{code}' is not installed").format(code=code))
        self.follow_settings()
        for action in self.actions():
            action.toggled.connect(self._changed)

    def follow_settings(self) -> None:
        """Tick what the settings hold (after Preferences), without writing them back."""
        chosen = set(self.settings.ocr_languages.split("+"))
        for action in self.actions():
            action.blockSignals(True)
            action.setChecked(action.data() in chosen)
            action.blockSignals(False)

    def _changed(self) -> None:
        codes = [a.data() for a in self.actions() if a.isChecked()]
        self.settings.ocr_languages = "+".join(codes)  # empty: the declared default
