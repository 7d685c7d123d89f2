"""Import and export from the window: tasks on the store worker, with progress, cancel and a summary."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressBar,
    QPushButton,
)

from reviewdesk.gui.dialogs import ImportSummaryDialog, summary_headline
from reviewdesk.gui.export_dialog import ExportOptionsDialog, default_language
from reviewdesk.gui.preferences import sign_earlier_work
from reviewdesk.services.dto import ImportSummary
from reviewdesk.services.edits import Changes

IMPORT_FILTER = QT_TRANSLATE_NOOP("ImportController", "Letters and replies (*.pdf *.docx *.txt);;All files (*)")
# How services.importer labels a page it reads with Tesseract: "<path> (OCR page 3/7)".
_OCR_PAGE = re.compile(r"^(?P<path>.*) \(OCR page (?P<page>\d+)/(?P<pages>\d+)\)$")
STEPS_PER_FILE = 1000  # the bar's resolution within one file, so it moves with each page of a scan


class ProgressStrip:
    """The status bar's progress bar and Cancel button, shared by imports and exports."""

    def __init__(self, window) -> None:
        self.bar = QProgressBar(maximumWidth=240, textVisible=True)
        self.cancel = QPushButton(QCoreApplication.translate("ProgressStrip", "Cancel"),
                                  toolTip=QCoreApplication.translate("ProgressStrip", "Stop after the file being imported"))
        window.statusBar().addPermanentWidget(self.bar)
        window.statusBar().addPermanentWidget(self.cancel)
        self.hide()

    def busy(self, cancellable: bool) -> None:
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel.setVisible(cancellable)

    def step(self, done: int, total: int, page: int = 0, pages: int = 0) -> None:
        """``done`` of ``total`` files; inside a scan, ``page`` of its ``pages`` read as well."""
        self.bar.setRange(0, max(total, 1) * STEPS_PER_FILE)
        self.bar.setFormat(f"{done + 1}/{total} · {page}/{pages}" if pages else f"{done}/{total}")
        # The importer names a page as it starts reading it: the pages before it are done.
        self.bar.setValue(done * STEPS_PER_FILE + ((page - 1) * STEPS_PER_FILE // pages if pages else 0))

    def hide(self) -> None:
        self.bar.hide()
        self.cancel.hide()


class ImportController(QObject):
    finished = Signal(object)  # ImportSummary

    def __init__(self, window, strip: ProgressStrip) -> None:
        super().__init__(window)
        self.window, self.strip = window, strip
        self.task = None
        self.last_summary_dialog: ImportSummaryDialog | None = None
        strip.cancel.clicked.connect(self.cancel)

    def dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import letters and replies"), "", self.tr(IMPORT_FILTER))
        if paths:
            self.start(paths)

    def folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self.window, self.tr("Import a folder"))
        if path:
            self.start([path])

    def start(self, paths: list[str]) -> None:
        from reviewdesk.services.importer import import_paths  # noqa: PLC0415 - PyMuPDF loads on first import

        if self.task is not None:
            self.window.statusBar().showMessage(self.tr("An import is already running"), 4000)
            return
        languages = self.window.settings.ocr_languages
        self.strip.busy(cancellable=True)
        self.window.set_importing(True)
        self.window.statusBar().showMessage(self.tr("Importing…"))
        self.task = self.window.ops.task(
            lambda store, progress, cancelled: import_paths(store, paths, progress, cancelled, ocr_language=languages),
            self._done, on_progress=self._progress, on_error=self._failed, changes=Changes(case_list=True))

    def _progress(self, done: int, total: int, path: str) -> None:
        scan = _OCR_PAGE.match(path)
        if scan is None:
            self.strip.step(done, total)
            if path:
                self.window.statusBar().showMessage(self.tr("Importing {file}…").format(file=Path(path).name))
            return
        page, pages = int(scan["page"]), int(scan["pages"])
        self.strip.step(done, total, page, pages)
        of_files = self.tr(" (file {done} of {total})").format(done=done + 1, total=total) if total > 1 else ""
        self.window.statusBar().showMessage(self.tr("Reading scan page {page} of {pages}: {file}{of_files}").format(
            page=page, pages=pages, file=Path(scan["path"]).name, of_files=of_files))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.window.statusBar().showMessage(self.tr("Cancelling after the current file…"))

    def _end(self) -> None:
        self.task = None
        self.strip.hide()
        self.window.set_importing(False)

    def _done(self, summary: ImportSummary) -> None:
        self._end()
        imported = [r.reference for r in summary.imported if r.reference]
        self.window.after_import(imported)
        self.window.statusBar().showMessage(summary_headline(summary), 10000)
        if summary.failed or any(r.warnings for r in summary.results) or summary.duplicates:
            dialog = ImportSummaryDialog(summary, self.window)
            dialog.setModal(False)
            dialog.show()
            self.last_summary_dialog = dialog
        self.finished.emit(summary)

    def _failed(self, error: BaseException) -> None:
        self._end()
        self.window.ops.error_handler(error)


class ExportController(QObject):
    finished = Signal(str)  # the path written

    def __init__(self, window, strip: ProgressStrip) -> None:
        super().__init__(window)
        self.window, self.strip = window, strip
        self.last_done_box: QMessageBox | None = None

    def briefing_dialog(self, portfolio: bool = False) -> None:
        window = self.window
        references = window.selected_references() if portfolio else (
            [window.current_case.summary.reference] if window.current_case else [])
        if not references:
            window.statusBar().showMessage(self.tr("Choose a case (or select several for a portfolio) first"), 4000)
            return
        dialog = ExportOptionsDialog(references, window.settings.reviewer, window,
                                     window.settings.get("export/paper"), window.settings.get("export/template"),
                                     default_language(window.settings))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name = references[0].replace("/", "-").replace(" ", "_") if len(references) == 1 else "portfolio"
        path, chosen = QFileDialog.getSaveFileName(
            window, self.tr("Save briefing"), f"{name}.docx",
            self.tr("Word documents (*.docx);;PDF, converted by LibreOffice (*.pdf)"))
        if path:
            previous = window.settings.reviewer
            window.settings.reviewer = dialog.reviewer.text().strip()
            sign_earlier_work(window, previous)
            pdf = path.lower().endswith(".pdf") or ("*.pdf" in chosen and not path.lower().endswith(".docx"))
            suffix = ".pdf" if pdf else ".docx"
            self.briefing(references, path if path.lower().endswith(suffix) else path + suffix, dialog.options(),
                          dialog.full_text.isChecked(), dialog.redaction.currentData())

    def briefing(self, references: list[str], path: str, options, full_text: bool = True,
                 redaction: str = "redacted") -> None:
        from reviewdesk.services.export import export_briefing  # noqa: PLC0415 - python-docx loads on first export

        self.strip.busy(cancellable=False)
        self.window.statusBar().showMessage(self.tr("Exporting {file}…").format(file=Path(path).name))

        def done(comments: int) -> None:
            self.strip.hide()
            counted = self.tr("%n comment(s)", "", comments)
            self.window.statusBar().showMessage(self.tr("Wrote {path} ({comments})").format(path=path, comments=counted),
                                                10000)
            self.offer_to_open(Path(path), counted)
            self.finished.emit(path)

        target = Path(path)
        pdf = target if target.suffix.lower() == ".pdf" else None
        self.window.ops.query(lambda store: export_briefing(store, references, None if pdf else target, options,
                                                            options.author, full_text, redaction=redaction, pdf=pdf),
                              done, on_error=self._failed)

    def offer_to_open(self, path: Path, detail: str) -> QMessageBox:
        """After an export: open the file or show it in its folder (the system's own programs)."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export finished"),
                          self.tr("Wrote {file} ({detail}).").format(file=path.name, detail=detail),
                          QMessageBox.StandardButton.Close, self.window)
        box.setInformativeText(str(path.parent))
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(self.tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        folder_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
        box.setModal(False)
        box.show()
        self.last_done_box = box
        return box

    def data_dialog(self) -> None:
        references = self.window.selected_references()
        if not references:
            self.window.statusBar().showMessage(self.tr("Select one or more cases in the list first"), 4000)
            return
        for_excel = self.tr("CSV for Excel (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export tags and assessments"), "reviewdesk-data.csv",
            ";;".join((for_excel, self.tr("CSV (*.csv)"), self.tr("JSON (*.json)"))))
        if not path:
            return
        from reviewdesk.gui.export_dialog import REDACTIONS  # noqa: PLC0415

        # Redacted first: the default of every export.
        labels = [QCoreApplication.translate("Export", label) for _key, label in REDACTIONS]
        label, ok = QInputDialog.getItem(self.window, self.tr("Export tags and assessments"), self.tr("Redactions:"),
                                         labels, 0, False)
        if ok:
            self.data(references, path, excel_bom=chosen == for_excel,
                      redaction=REDACTIONS[labels.index(label)][0])

    def data(self, references: list[str], path: str, excel_bom: bool = True, redaction: str = "redacted") -> list[Path]:
        """Writes NAME-tags.EXT and NAME-assessment.EXT next to ``path`` (on the worker); returns both paths."""
        from reviewdesk.services.export import (  # noqa: PLC0415
            ASSESSMENT_FIELDS,
            TAG_FIELDS,
            assessment_rows,
            tag_rows,
            write_table,
        )

        base = Path(path)
        fmt = "json" if base.suffix.lower() == ".json" else "csv"
        targets = [base.with_name(f"{base.stem}-tags.{fmt}"), base.with_name(f"{base.stem}-assessment.{fmt}")]

        def write(store) -> list[Path]:
            write_table(tag_rows(store, references, redaction), TAG_FIELDS, targets[0], fmt, excel_bom,
                        also=[(assessment_rows(store, references, redaction), ASSESSMENT_FIELDS, targets[1])])
            return targets

        def done(_targets) -> None:
            self.window.statusBar().showMessage(self.tr("Wrote {first} and {second}").format(first=targets[0].name, second=targets[1].name),
                                                10000)
            self.offer_to_open(targets[0], self.tr("and {file}").format(file=targets[1].name))
            self.finished.emit(str(targets[0]))

        self.window.ops.query(write, done, on_error=self._failed)
        return targets

    def _failed(self, error: BaseException) -> None:
        self.strip.hide()
        self.window.ops.error_handler(error)

