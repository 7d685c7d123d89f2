"""The main window: case list, case header, Letter | Annex | Reply panes, import with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewdesk import __version__
from reviewdesk.db import Store, open_store
from reviewdesk.db.paths import STORE_SUFFIX
from reviewdesk.gui.answers import AnswersController
from reviewdesk.gui.export_dialog import ExportOptionsDialog
from reviewdesk.gui.dialogs import ImportSummaryDialog, summary_headline
from reviewdesk.gui.models.case_list import CASE_ID_ROLE, CaseFilterModel, CaseListModel, Column
from reviewdesk.gui.settings import Settings
from reviewdesk.gui.tagging import TaggingController
from reviewdesk.gui.tasks import TaskRunner
from reviewdesk.gui.widgets.case_header import CaseHeader
from reviewdesk.gui.widgets.document_pane import DocumentPane
from reviewdesk.gui.widgets.unpaired_panel import UnpairedPanel
from reviewdesk.services.cases import case_detail_by_id, list_cases
from reviewdesk.services.dto import CaseDetail, ImportSummary
from reviewdesk.services.export import (
    ASSESSMENT_FIELDS,
    TAG_FIELDS,
    ExportError,
    assessment_rows,
    export_briefing,
    tag_rows,
    write_table,
)
from reviewdesk.services.files import original_file
from reviewdesk.services.geometry import document_blocks
from reviewdesk.documents.pdf import installed_ocr_languages
from reviewdesk.services.importer import import_paths

OCR_LANGUAGES = [("eng", "English"), ("fra", "French"), ("spa", "Spanish"), ("ara", "Arabic"),
                 ("chi_sim", "Chinese (simplified)"), ("rus", "Russian")]
IMPORT_FILTER = "Letters and replies (*.pdf *.docx *.txt);;All files (*)"


class MainWindow(QMainWindow):
    import_finished = Signal(object)
    export_finished = Signal(str)

    def __init__(self, store: Store, settings: Settings, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.runner = runner
        self.undo_stack = QUndoStack(self)
        self.current_case: CaseDetail | None = None
        self._task = None
        self.setAcceptDrops(True)
        self._build_case_list()
        self._build_case_view()
        self._build_status()
        self.tagging = TaggingController(self, [self.letter_pane, self.annex_pane, self.reply_pane])
        self.answers = AnswersController(self)
        self.unpaired = UnpairedPanel(self)
        self._build_actions()
        self._build_tag_dock()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.case_list_panel)
        splitter.addWidget(self.case_view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 1100])
        self.main_splitter = splitter
        self.setCentralWidget(splitter)
        self._restore_layout()
        self._set_title()
        self.refresh_cases()
        self.show_case(None)
        if self.case_proxy.rowCount():
            self.case_table.selectRow(0)  # open the most recent case rather than an empty workspace

    # -- construction -----------------------------------------------------------------
    def _build_case_list(self) -> None:
        self.case_model = CaseListModel(self)
        self.case_proxy = CaseFilterModel(self)
        self.case_proxy.setSourceModel(self.case_model)
        self.filter_edit = QLineEdit(placeholderText="Filter cases (reference, country, addressee…)")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.case_proxy.set_filter_text)
        self.case_table = QTableView()
        self.case_table.setModel(self.case_proxy)
        self.case_table.setSortingEnabled(True)
        self.case_table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.case_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.case_table.verticalHeader().hide()
        self.case_table.setAlternatingRowColors(True)
        self.case_table.setWordWrap(False)
        header = self.case_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.ADDRESSEE, QHeaderView.ResizeMode.Stretch)
        for column in (Column.COUNTRY, Column.TYPE, Column.QUESTIONS):
            self.case_table.setColumnHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for column in (Column.REFERENCE, Column.DATE, Column.REPLY, Column.DUE):
            self.case_table.resizeColumnToContents(column)
        self.case_table.setColumnWidth(Column.REFERENCE, 118)
        self.case_table.setColumnWidth(Column.DATE, 82)
        self.case_table.setColumnHidden(Column.DUE, True)
        self.case_table.selectionModel().currentRowChanged.connect(self._on_case_selected)
        self.case_list_panel = QWidget()
        layout = QVBoxLayout(self.case_list_panel)
        layout.setContentsMargins(4, 4, 0, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.case_table)
        self.setTabOrder(self.filter_edit, self.case_table)

    def _column_menu(self, pos) -> None:
        """Right-click on the list header: show or hide columns."""
        menu = QMenu(self)
        for column in Column:
            if column == Column.REFERENCE:
                continue
            action = menu.addAction(self.case_model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not self.case_table.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.case_table.setColumnHidden(c, not on))
        menu.exec(self.case_table.horizontalHeader().mapToGlobal(pos))

    def _build_case_view(self) -> None:
        self.case_header = CaseHeader()
        load_file = lambda document_id: original_file(self.store, document_id)  # noqa: E731
        load_blocks = lambda document_id: document_blocks(self.store, document_id)  # noqa: E731
        self.letter_pane = DocumentPane("Letter", "No letter in this case yet.\nDrop the letter's PDF here or press Ctrl+I.",
                                        load_file, load_blocks)
        self.annex_pane = DocumentPane("Annex", "This letter has no annex.", load_file, load_blocks)
        self.reply_pane = DocumentPane("Reply", "No reply received yet.\nDrop the reply's PDF here or press Ctrl+I.",
                                       load_file, load_blocks)
        self.annex_pane.can_import = False
        for pane in (self.letter_pane, self.reply_pane):
            pane.import_requested.connect(lambda _kind: self.import_dialog())
        self.panes = QSplitter(Qt.Orientation.Horizontal)
        for pane in (self.letter_pane, self.annex_pane, self.reply_pane):
            self.panes.addWidget(pane)
        self.case_view = QWidget()
        layout = QVBoxLayout(self.case_view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.case_header)
        layout.addWidget(self.panes, 1)

    def _build_tag_dock(self) -> None:
        self.answers_dock = QDockWidget("Answers", self)
        self.answers_dock.setObjectName("answers")
        self.answers_dock.setWidget(self.answers.panel)
        self.tag_dock = QDockWidget("Tags", self)
        self.tag_dock.setObjectName("tags")
        self.tag_dock.setWidget(self.tagging.panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.answers_dock)
        self.tabifyDockWidget(self.answers_dock, self.tag_dock)
        self.unpaired_dock = QDockWidget("Unpaired replies", self)
        self.unpaired_dock.setObjectName("unpaired")
        self.unpaired_dock.setWidget(self.unpaired)
        self.tabifyDockWidget(self.tag_dock, self.unpaired_dock)
        self.answers_dock.raise_()
        self.resizeDocks([self.answers_dock], [230], Qt.Orientation.Vertical)
        self.view_menu.addAction(self.answers_dock.toggleViewAction())
        self.view_menu.addAction(self.tag_dock.toggleViewAction())
        self.view_menu.addAction(self.unpaired_dock.toggleViewAction())

    def _build_status(self) -> None:
        self.progress = QProgressBar(maximumWidth=240, textVisible=True)
        self.cancel_button = QPushButton("Cancel", toolTip="Stop after the file being imported")
        self.cancel_button.clicked.connect(self.cancel_task)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

    def _action(self, menu, text, slot, shortcut=None, tip=""):
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(file_menu, "&New store…", self.new_store_dialog, QKeySequence.StandardKey.New, "Create an empty store file")
        self._action(file_menu, "&Open store…", self.open_store_dialog, QKeySequence.StandardKey.Open, "Open another store file")
        self.recent_menu = file_menu.addMenu("Open &recent store")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.import_action = self._action(file_menu, "&Import…", self.import_dialog, QKeySequence("Ctrl+I"),
                                          "Import letters and replies (PDF, DOCX, TXT)")
        self._action(file_menu, "Import &folder…", self.import_folder_dialog, QKeySequence("Ctrl+Shift+I"),
                     "Import every letter and reply in a folder")
        file_menu.addSeparator()
        self._action(file_menu, "&Export briefing…", self.export_dialog, QKeySequence("Ctrl+E"),
                     "Export the current case as an annotated Word briefing")
        self._action(file_menu, "Export &portfolio…", lambda: self.export_dialog(portfolio=True),
                     QKeySequence("Ctrl+Shift+E"), "Export the cases selected in the list as one Word document")
        self._action(file_menu, "Export &data (CSV/JSON)…", self.export_data_dialog, None,
                     "Tags and assessments of the selected cases for a spreadsheet")
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        edit_menu = bar.addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self._action(edit_menu, "&Tag selection…", self.tagging.open_palette, QKeySequence("Ctrl+T"),
                     "Tag the selected text with a term (digits 1–9 tag with the first nine terms)")
        self._action(edit_menu, "&Find cases", lambda: self.filter_edit.setFocus(), QKeySequence.StandardKey.Find)
        view_menu = bar.addMenu("&View")
        self.view_menu = view_menu
        self._action(view_menu, "&Pages", self._all_pages, QKeySequence("Ctrl+1"), "Show the original pages")
        self._action(view_menu, "&Text", self._all_text, QKeySequence("Ctrl+2"), "Show the cleaned text")
        case_menu = bar.addMenu("&Case")
        self._action(case_menu, "&Link reply passage to question…", lambda: self.answers.link_selection(),
                     QKeySequence("Ctrl+L"), "Record that the selected reply passage answers a question")
        case_menu.addSeparator()
        self._action(case_menu, "&Previous case", lambda: self._step_case(-1), QKeySequence("Ctrl+PgUp"))
        self._action(case_menu, "&Next case", lambda: self._step_case(1), QKeySequence("Ctrl+PgDown"))
        tools_menu = bar.addMenu("&Tools")
        self.ocr_menu = tools_menu.addMenu("OCR &languages for scans")
        self.ocr_menu.setToolTipsVisible(True)
        installed = installed_ocr_languages()
        chosen = set(self.settings.ocr_languages.split("+"))
        for code, name in OCR_LANGUAGES:
            action = self.ocr_menu.addAction(name)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code in chosen)
            action.setEnabled(code in installed)
            action.setToolTip("" if code in installed else f"Tesseract language pack '{code}' is not installed")
            action.toggled.connect(self._ocr_languages_changed)
        self._action(tools_menu, "&Vocabularies…", self.open_vocabulary_editor, None,
                     "Edit the terms used for tagging: rename, recolour, move, merge, retire")
        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&About ReviewDesk", self.about)

    # -- stores -----------------------------------------------------------------------
    def _set_title(self) -> None:
        self.setWindowTitle(f"ReviewDesk — {self.store.path.name}")

    def switch_store(self, path: str) -> None:
        try:
            store = open_store(path)
        except Exception as exc:
            QMessageBox.warning(self, "Cannot open store", str(exc))
            return
        self.runner.shutdown()
        self.store.close()
        self.store = store
        self.settings.last_store = str(store.path)
        self.undo_stack.clear()
        self.tagging.reload_terms()
        self._set_title()
        self.refresh_cases()
        self.show_case(None)

    def new_store_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New store", "", f"ReviewDesk stores (*{STORE_SUFFIX})")
        if path:
            self.switch_store(path if path.endswith(STORE_SUFFIX) else path + STORE_SUFFIX)

    def open_store_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open store", "", f"ReviewDesk stores (*{STORE_SUFFIX});;All files (*)")
        if path:
            self.switch_store(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_stores:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.switch_store(p))
        self.recent_menu.setEnabled(bool(self.settings.recent_stores))

    # -- cases ------------------------------------------------------------------------
    def documents_changed(self) -> None:
        """Documents moved between cases: refresh the list, the open case and the unpaired replies."""
        self.refresh_cases()
        if self.current_case is not None:
            self.show_case(case_detail_by_id(self.store, self.current_case.summary.id))

    def refresh_cases(self) -> None:
        selected = self.current_case.summary.id if self.current_case else None
        self.case_model.set_cases(list_cases(self.store))
        if selected is not None:
            self.select_case(selected)
        self.unpaired.refresh()

    def select_case(self, case_id: int) -> None:
        row = self.case_model.row_of(case_id)
        if row is None:
            return
        index = self.case_proxy.mapFromSource(self.case_model.index(row, 0))
        self.case_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.case_table.scrollTo(index)

    def _on_case_selected(self, current, _previous) -> None:
        case_id = current.data(CASE_ID_ROLE) if current.isValid() else None
        if case_id is None:
            return
        if self.current_case is None or self.current_case.summary.id != case_id:
            self.show_case(case_detail_by_id(self.store, case_id))

    def show_case(self, detail: CaseDetail | None) -> None:
        self.current_case = detail
        self.case_header.set_case(detail)
        documents = detail.documents if detail else ()
        open_case = detail is not None
        self.letter_pane.set_documents([d for d in documents if d.kind == "letter"], open_case)
        self.annex_pane.set_documents([d for d in documents if d.kind == "annex"], open_case)
        self.reply_pane.set_documents([d for d in documents if d.kind in ("reply", "follow-up")], open_case)
        self.tagging.refresh()
        self.answers.question = None
        self.answers.refresh()

    def _step_case(self, step: int) -> None:
        row = self.case_table.currentIndex().row() + step
        if 0 <= row < self.case_proxy.rowCount():
            self.case_table.selectRow(row)

    def _all_pages(self) -> None:
        for pane in (self.letter_pane, self.annex_pane, self.reply_pane):
            pane.show_pages()

    def _all_text(self) -> None:
        for pane in (self.letter_pane, self.annex_pane, self.reply_pane):
            pane.show_text()

    # -- import -----------------------------------------------------------------------
    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Import letters and replies", "", IMPORT_FILTER)
        if paths:
            self.start_import(paths)

    def import_folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Import a folder")
        if path:
            self.start_import([path])

    def start_import(self, paths: list[str]) -> None:
        if self._task is not None:
            self.statusBar().showMessage("An import is already running", 4000)
            return
        store = self.store
        languages = self.settings.ocr_languages
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.import_action.setEnabled(False)
        self.statusBar().showMessage("Importing…")
        self._task = self.runner.run(
            lambda progress, cancelled: import_paths(store, paths, progress, cancelled, ocr_language=languages),
            on_done=self._import_done,
            on_error=self._import_failed,
            on_progress=self._import_progress,
        )

    def _import_progress(self, done: int, total: int, path: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done}/{total}")
        if path:
            self.statusBar().showMessage(f"Importing {Path(path).name}…")

    def _end_task(self) -> None:
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.import_action.setEnabled(True)

    def cancel_task(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.statusBar().showMessage("Cancelling after the current file…")

    def _import_done(self, summary: ImportSummary) -> None:
        self._end_task()
        self.refresh_cases()
        imported_refs = [r.reference for r in summary.imported if r.reference]
        if self.current_case is None and imported_refs:
            case_id = self.case_model.id_for_reference(imported_refs[0])
            if case_id is not None:
                self.select_case(case_id)
        elif self.current_case is not None:
            self.show_case(case_detail_by_id(self.store, self.current_case.summary.id))
        self.statusBar().showMessage(summary_headline(summary), 10000)
        if summary.failed or any(r.warnings for r in summary.results) or summary.duplicates:
            dialog = ImportSummaryDialog(summary, self)
            dialog.setModal(False)
            dialog.show()
            self.last_summary_dialog = dialog
        self.import_finished.emit(summary)

    def _import_failed(self, message: str) -> None:
        self._end_task()
        QMessageBox.critical(self, "Import failed", message.splitlines()[0])

    def _ocr_languages_changed(self) -> None:
        codes = [a.data() for a in self.ocr_menu.actions() if a.isChecked()]
        self.settings.ocr_languages = "+".join(codes) or "eng"

    def open_vocabulary_editor(self) -> None:
        from reviewdesk.gui.vocabulary_editor import VocabularyEditor  # noqa: PLC0415 - built on demand

        self.vocabulary_editor = VocabularyEditor(self)
        self.vocabulary_editor.show()

    # -- export -----------------------------------------------------------------------
    def selected_references(self) -> list[str]:
        rows = sorted({index.row() for index in self.case_table.selectionModel().selectedRows()})
        return [self.case_proxy.index(row, Column.REFERENCE).data() for row in rows]

    def export_dialog(self, portfolio: bool = False) -> None:
        references = self.selected_references() if portfolio else (
            [self.current_case.summary.reference] if self.current_case else [])
        if not references:
            self.statusBar().showMessage("Choose a case (or select several for a portfolio) first", 4000)
            return
        dialog = ExportOptionsDialog(references, self.settings.reviewer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name = references[0].replace("/", "-").replace(" ", "_") if len(references) == 1 else "portfolio"
        path, _ = QFileDialog.getSaveFileName(self, "Save briefing", f"{name}.docx", "Word documents (*.docx)")
        if path:
            self.settings.reviewer = dialog.reviewer.text().strip()
            self.start_export(references, path if path.endswith(".docx") else path + ".docx", dialog.options(),
                              dialog.full_text.isChecked())

    def export_data_dialog(self) -> None:
        references = self.selected_references()
        if not references:
            self.statusBar().showMessage("Select one or more cases in the list first", 4000)
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export tags and assessments", "reviewdesk-data.csv",
            "CSV for Excel (*.csv);;CSV (*.csv);;JSON (*.json)")
        if path:
            self.export_data(references, path, excel_bom=chosen.startswith("CSV for Excel"))

    def export_data(self, references: list[str], path: str, excel_bom: bool = True) -> list[Path]:
        """Writes NAME-tags.EXT and NAME-assessment.EXT next to ``path``; returns both paths."""
        base = Path(path)
        fmt = "json" if base.suffix.lower() == ".json" else "csv"
        targets = [base.with_name(f"{base.stem}-tags.{fmt}"), base.with_name(f"{base.stem}-assessment.{fmt}")]
        try:
            write_table(tag_rows(self.store, references), TAG_FIELDS, targets[0], fmt, excel_bom)
            write_table(assessment_rows(self.store, references), ASSESSMENT_FIELDS, targets[1], fmt, excel_bom)
        except ExportError as exc:
            QMessageBox.warning(self, "Export failed", str(exc))
            return []
        self.statusBar().showMessage(f"Wrote {targets[0].name} and {targets[1].name}", 10000)
        return targets

    def start_export(self, references: list[str], path: str, options, full_text: bool = True) -> None:
        store = self.store
        self.progress.setRange(0, 0)
        self.progress.show()
        self.statusBar().showMessage(f"Exporting {Path(path).name}…")

        def done(comments: int) -> None:
            self.progress.hide()
            self.statusBar().showMessage(f"Wrote {path} ({comments} comments)", 10000)
            self.export_finished.emit(path)

        def failed(message: str) -> None:
            self.progress.hide()
            QMessageBox.warning(self, "Export failed", message.splitlines()[0])

        self.runner.run(lambda _progress, _cancelled: export_briefing(store, references, Path(path), options,
                                                                      options.author, full_text),
                        on_done=done, on_error=failed)

    # -- drag and drop ----------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    # -- misc -------------------------------------------------------------------------
    def about(self) -> None:
        QMessageBox.about(
            self,
            "About ReviewDesk",
            f"<h3>ReviewDesk {__version__}</h3><p>Offline review of UN Special Procedures communications.</p>"
            f"<p>Store: {self.store.path}</p><p>Nothing leaves this computer unless you export it.</p>",
        )

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry("window")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        state = self.settings.geometry("window_state")
        if state is not None:
            self.restoreState(state)
        columns = self.settings.geometry("case_columns")
        if columns is not None:
            self.case_table.horizontalHeader().restoreState(columns)
        self._splitters_restored = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        # Splitter sizes only stick once the splitters have their real width.
        if not self._splitters_restored:
            self._splitters_restored = True
            for name, splitter in (("main_splitter", self.main_splitter), ("panes", self.panes)):
                state = self.settings.geometry(name)
                if state is not None:
                    splitter.restoreState(state)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.settings.set_geometry("window", self.saveGeometry())
        self.settings.set_geometry("main_splitter", self.main_splitter.saveState())
        self.settings.set_geometry("panes", self.panes.saveState())
        self.settings.set_geometry("window_state", self.saveState())
        self.settings.set_geometry("case_columns", self.case_table.horizontalHeader().saveState())
        self.runner.shutdown()
        super().closeEvent(event)
