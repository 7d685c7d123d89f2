"""File › Export REFI-QDA project… and File › Import REFI-QDA project…: tasks on the store worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from reviewdesk.gui.export_dialog import REDACTIONS
from reviewdesk.gui.strip_tasks import StripTasks
from reviewdesk.services.edits import Changes

QDA_FILTER = QT_TRANSLATE_NOOP("QdaController", "REFI-QDA projects (*.qdpx);;REFI-QDA codebooks (*.qdc)")


class QdaController(StripTasks):
    """Moves cases to and from QualCoder, MAXQDA, ATLAS.ti and NVivo (``services/qda.py``, ``qda_import.py``)."""

    finished = Signal(object)  # the export's summary or the import's report

    def __init__(self, window, strip) -> None:
        super().__init__(window, strip)
        self.last_box: QMessageBox | None = None

    def export_dialog(self) -> None:
        window = self.window
        references = window.selected_references() or (
            [window.current_case.summary.reference] if window.current_case else [])
        if not references:
            window.statusBar().showMessage(self.tr("Select one or more cases in the list first"), 4000)
            return
        name = references[0].replace("/", "-").replace(" ", "_") if len(references) == 1 else "reviewdesk-cases"
        path, _ = QFileDialog.getSaveFileName(window, self.tr("Export REFI-QDA project"), f"{name}.qdpx",
                                              self.tr("REFI-QDA projects (*.qdpx)"))
        if not path:
            return
        labels = [QCoreApplication.translate("Export", label) for _key, label in REDACTIONS]  # redacted first: the default of every export
        label, ok = QInputDialog.getItem(window, self.tr("Export REFI-QDA project"), self.tr("Redactions:"), labels, 0,
                                        False)
        if ok:
            self.export(references, path if path.endswith(".qdpx") else path + ".qdpx",
                        REDACTIONS[labels.index(label)][0])

    def export(self, references: list[str], path: str, redaction: str = "redacted") -> None:
        from reviewdesk.services.qda import export_project  # noqa: PLC0415 - loaded on first use

        reviewer = self.window.settings.reviewer

        def done(summary) -> None:
            self.window.statusBar().showMessage(summary.line(Path(path).name), 10000)
            self.window.exports.offer_to_open(Path(path), self.tr("%n coding(s)", "", summary.codings))
            self.finished.emit(summary)

        self.run(self.tr("Exporting {file}…").format(file=Path(path).name),
                 lambda store, progress, cancelled: export_project(store, references, Path(path), reviewer, redaction,
                                                                   progress, cancelled),
                 done)

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import REFI-QDA project"), "", self.tr(QDA_FILTER))
        if path:
            self.start_import(path)

    def start_import(self, path: str) -> None:
        from reviewdesk.services.qda_import import import_codebook, import_project  # noqa: PLC0415

        codebook = path.lower().endswith(".qdc")

        def run(store, progress, cancelled):
            if codebook:
                return import_codebook(store, Path(path))
            return import_project(store, Path(path), progress=progress, cancelled=cancelled)

        def done(report) -> None:
            lines = report.lines(Path(path).name)
            self.window.statusBar().showMessage(lines[0], 10000)
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("REFI-QDA import"), lines[0],
                              QMessageBox.StandardButton.Close, self.window)
            if len(lines) > 1:  # what was not placed or left out, in as much detail as there is (REFI-QDA §7)
                box.setDetailedText("\n".join(lines[1:]))
            box.setModal(False)
            box.show()
            self.last_box = box
            self.finished.emit(report)

        self.run(self.tr("Importing {file}…").format(file=Path(path).name), run, done,
                 changes=Changes(case_list=True, tags=True, terms=True))
