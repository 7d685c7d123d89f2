"""The main window: case list, case header, Letter | Annex | Reply panes, docks and menus.

It never touches the store: every read is a query and every write an undoable
edit on ``Operations``; it refreshes from the ``Changes`` those report.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.gui.actions import MENUS, ActionId, ActionRegistry, menu_title
from reviewdesk.gui.answers import AnswersController
from reviewdesk.gui.case_view import CaseView, Pane, load_case_view
from reviewdesk.gui.commands import Undo
from reviewdesk.gui.filters_panel import FiltersController
from reviewdesk.gui.follow_up import FollowUpController
from reviewdesk.gui.guide import about_text
from reviewdesk.gui.history_panel import HistoryPanel
from reviewdesk.gui.live_updates import LiveUpdates
from reviewdesk.gui.team_sync import TeamSync
from reviewdesk.gui.lock import AutoLock
from reviewdesk.gui.models.case_list import (
    CASE_ID_ROLE,
    CaseFilterModel,
    CaseListModel,
    Column,
)
from reviewdesk.gui.operations import Operations, report_error
from reviewdesk.gui.preferences import OcrLanguagesMenu, PreferencesDialog, sign_earlier_work
from reviewdesk.gui.qda import QdaController
from reviewdesk.gui.reanalysis import ReanalysisController
from reviewdesk.gui.search_panel import SearchController
from reviewdesk.gui.settings import Settings
from reviewdesk.gui.stores import StoreController
from reviewdesk.gui.tagging import TaggingController
from reviewdesk.gui.team_store import window_title
from reviewdesk.gui.transfer import ExportController, ImportController, ProgressStrip
from reviewdesk.gui.widgets import fit_rows_to_font
from reviewdesk.gui.widgets.case_header import CaseHeader
from reviewdesk.gui.widgets.document_pane import DocumentPane, Original
from reviewdesk.gui.widgets.page_view import page_sizes
from reviewdesk.gui.widgets.unfiled_panel import UnfiledPanel
from reviewdesk.gui.widgets.unpaired_panel import UnpairedPanel
from reviewdesk.services.cases import list_cases
from reviewdesk.services.dto import CaseDetail
from reviewdesk.services.edits import Changes

# Menu groups: stores | import | export | quit; undo | tagging; views | focus | text size.
_SEPARATE_AFTER = {ActionId.CONNECT_TEAM_STORE, ActionId.IMPORT_FOLDER, ActionId.IMPORT_QDPX, ActionId.SHOW_CONFLICTS, ActionId.REDO,
                   ActionId.CYCLE_LAYOUT, ActionId.PREVIOUS_REGION, ActionId.TEXT_RESET}
LAYOUTS = ("three panes", "reading", "comparison")
LAYOUT_NAMES = {"three panes": QT_TRANSLATE_NOOP("MainWindow", "three panes"),
                "reading": QT_TRANSLATE_NOOP("MainWindow", "reading"),
                "comparison": QT_TRANSLATE_NOOP("MainWindow", "comparison")}


class MainWindow(QMainWindow):
    def __init__(self, ops: Operations, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.ops.error_handler = lambda error: report_error(self, error)
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.undo = Undo(ops, self.undo_stack)
        self.current_case: CaseDetail | None = None
        self.case_view_data: CaseView | None = None
        self._select_after_refresh: str | None = None
        self._filtering = False
        self._base_text_sizes: list[float] = []
        self.layout_name = LAYOUTS[0]
        self.setAcceptDrops(True)
        self.actions_registry = ActionRegistry(self)
        self._build_case_list()
        self._build_case_view()
        self._last_pane: DocumentPane | None = None
        QApplication.instance().focusChanged.connect(self._remember_pane)
        self.strip = ProgressStrip(self)
        self.imports = ImportController(self, self.strip)
        self.exports = ExportController(self, self.strip)
        self.qda = QdaController(self, self.strip)
        self.team_sync = TeamSync(self, self.strip)
        self.import_bundle = self.team_sync.import_bundle  # opening a .rdbundle (single_instance.open_paths)
        self.tagging = TaggingController(self, [self.letter_pane, self.annex_pane, self.reply_pane])
        self.answers = AnswersController(self)
        self.unpaired = UnpairedPanel(self)
        self.unfiled = UnfiledPanel(self)
        self.search = SearchController(self)
        self.filters = FiltersController(self)
        self.follow_up = FollowUpController(self)
        self.history = HistoryPanel(self)
        self.live_updates = LiveUpdates(ops, self)
        self.live_updates.arrived.connect(self._changed_elsewhere)
        self.live_updates.start()
        self.reanalysis = ReanalysisController(self)
        self.case_list_panel.layout().insertWidget(1, self.filters.chips)
        self._pending_reveal: tuple[int, int, list[tuple[int, int]], str] | None = None
        self.tagging.panel.orphans_button.clicked.connect(self.show_orphans)
        self.case_list_panel.layout().addWidget(self.unfiled)
        self._build_menus()
        # In a holder with a layout: the menu bar sizes a bare corner widget by its size hint, which
        # ignores the field's minimum width, and the field ran past the window's right edge.
        # Kept by the window: PySide does not hand a corner widget's ownership to the menu bar.
        self.search_corner = QWidget()
        corner_layout = QHBoxLayout(self.search_corner)
        corner_layout.setContentsMargins(0, 1, 4, 1)
        corner_layout.addWidget(self.search.field)
        self.menuBar().setCornerWidget(self.search_corner, Qt.Corner.TopRightCorner)
        self._build_docks()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.case_list_panel)
        splitter.addWidget(self.case_view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 1100])
        self.main_splitter = splitter
        self.setCentralWidget(splitter)
        self._name_for_assistive_technology()
        self._restore_layout()
        if settings.text_size_step:
            self.set_text_size(settings.text_size_step)
        self.tagging.set_digits_enabled(settings.get("tagging/digits"))
        self.show_case(None)
        self.auto_lock = AutoLock(self)
        ops.changed.connect(self.apply_changes)
        ops.store_replaced.connect(self._store_replaced)
        if ops.store is not None:
            self._store_replaced(ops.location)

    # -- construction -----------------------------------------------------------------
    def _build_case_list(self) -> None:
        self.case_model = CaseListModel(self)
        self.case_proxy = CaseFilterModel(self)
        self.case_proxy.setSourceModel(self.case_model)
        self.filter_edit = QLineEdit(placeholderText=self.tr("Filter cases (reference, country, addressee…)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_cases)
        self.case_table = QTableView()
        self.case_table.setModel(self.case_proxy)
        self.case_table.setSortingEnabled(True)
        self.case_table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.case_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.case_table.verticalHeader().hide()
        fit_rows_to_font(self.case_table)
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
        # The Filters dock's switch beside the list it filters (its facets take room a laptop may lack).
        self.filters_button = QToolButton()
        self.filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.filters_button)
        layout.addLayout(row)
        layout.addWidget(self.case_table)
        self.setTabOrder(self.filter_edit, self.case_table)

    def _filter_cases(self, text: str) -> None:
        """Filtering narrows the list; it never opens another case (the open one stays open even if hidden)."""
        self._filtering = True
        try:
            self.case_proxy.set_filter_text(text)
            if self.current_case is not None:
                self.select_case(self.current_case.summary.id)
        finally:
            self._filtering = False

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

    def _load_original(self, pane_name: Pane):
        """A pane's loader: the original PDF, its page sizes and text geometry, read on the store worker."""
        from reviewdesk.services.files import original_file  # noqa: PLC0415
        from reviewdesk.services.geometry import document_blocks  # noqa: PLC0415

        def read(store, document) -> Original:
            data = original_file(store, document.id).data
            return Original(data, page_sizes(data, document.first_page, document.last_page),
                            document_blocks(store, document.id))

        def load(document, deliver) -> None:
            self.ops.query(lambda store: read(store, document), deliver, key=f"original:{pane_name}")

        return load

    def _build_case_view(self) -> None:
        self.case_header = CaseHeader()
        self.letter_pane = DocumentPane(self.tr("Letter"),
                                        self.tr("No letter in this case yet.\nDrop the letter's PDF here or press Ctrl+I."),
                                        self._load_original(Pane.LETTER))
        self.annex_pane = DocumentPane(self.tr("Annex"), self.tr("This letter has no annex."),
                                       self._load_original(Pane.ANNEX))
        self.reply_pane = DocumentPane(self.tr("Reply"),
                                       self.tr("No reply received yet.\nDrop the reply's PDF here or press Ctrl+I."),
                                       self._load_original(Pane.REPLY))
        self.annex_pane.can_import = False
        for pane in (self.letter_pane, self.reply_pane):
            pane.import_requested.connect(lambda _kind: self.imports.dialog())
        self.panes = QSplitter(Qt.Orientation.Horizontal)
        for pane in (self.letter_pane, self.annex_pane, self.reply_pane):
            self.panes.addWidget(pane)
        self.case_view = QWidget()
        layout = QVBoxLayout(self.case_view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.case_header)
        layout.addWidget(self.panes, 1)

    def _build_docks(self) -> None:
        self.answers_dock = QDockWidget(self.tr("Answers"), self)
        self.answers_dock.setObjectName("answers")
        self.answers_dock.setWidget(self.answers.panel)
        self.tag_dock = QDockWidget(self.tr("Tags"), self)
        self.tag_dock.setObjectName("tags")
        self.tag_dock.setWidget(self.tagging.panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.answers_dock)
        self.tabifyDockWidget(self.answers_dock, self.tag_dock)
        self.unpaired_dock = QDockWidget(self.tr("Unpaired replies"), self)
        self.unpaired_dock.setObjectName("unpaired")
        self.unpaired_dock.setWidget(self.unpaired)
        self.tabifyDockWidget(self.tag_dock, self.unpaired_dock)
        self.search_dock = QDockWidget(self.tr("Search"), self)
        self.search_dock.setObjectName("search")
        self.search_dock.setWidget(self.search.panel)
        self.tabifyDockWidget(self.unpaired_dock, self.search_dock)
        self.tabifyDockWidget(self.search_dock, self.follow_up.dock)
        self.tabifyDockWidget(self.follow_up.dock, self.history.dock)
        self.filters_dock = QDockWidget(self.tr("Filters"), self)
        self.filters_dock.setObjectName("filters")
        self.filters_dock.setWidget(self.filters.panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.filters_dock)
        self.filters_button.setDefaultAction(self.filters_dock.toggleViewAction())
        self.filters_dock.toggleViewAction().setText(self.tr("Filters"))
        self.filters_dock.toggleViewAction().setToolTip(self.tr("Show or hide the filters: facets with counts, saved searches"))
        self.answers_dock.raise_()
        self.resizeDocks([self.answers_dock], [230], Qt.Orientation.Vertical)
        for dock in (self.filters_dock, self.answers_dock, self.tag_dock, self.unpaired_dock, self.search_dock,
                     self.follow_up.dock, self.history.dock):
            self.view_menu.addAction(dock.toggleViewAction())

    def _build_menus(self) -> None:
        bar = self.menuBar()
        menus: dict[str, QMenu] = {}
        registry = self.actions_registry
        handlers = {
            ActionId.NEW_STORE: lambda: self.stores.new_dialog(),
            ActionId.OPEN_STORE: lambda: self.stores.open_dialog(),
            ActionId.CONNECT_TEAM_STORE: lambda: self.stores.team.connect_dialog(),
            ActionId.IMPORT: self.imports.dialog,
            ActionId.IMPORT_FOLDER: self.imports.folder_dialog,
            ActionId.EXPORT_BRIEFING: lambda: self.exports.briefing_dialog(),
            ActionId.EXPORT_PORTFOLIO: lambda: self.exports.briefing_dialog(portfolio=True),
            ActionId.EXPORT_DATA: self.exports.data_dialog,
            ActionId.EXPORT_QDPX: self.qda.export_dialog,
            ActionId.IMPORT_QDPX: self.qda.import_dialog,
            ActionId.EXPORT_BUNDLE: self.team_sync.export_bundle_dialog,
            ActionId.IMPORT_BUNDLE: self.team_sync.import_bundle_dialog,
            ActionId.CHECK_OUT: self.team_sync.check_out_dialog,
            ActionId.CHECK_IN: self.team_sync.check_in,
            ActionId.SHOW_CONFLICTS: self.team_sync.show_conflicts,
            ActionId.QUIT: self.close,
            ActionId.UNDO: self.undo_stack.undo,
            ActionId.REDO: self.undo_stack.redo,
            ActionId.TAG_SELECTION: self.tagging.open_palette,
            ActionId.FIND_CASES: lambda: self.filter_edit.setFocus(),
            ActionId.FIND_IN_DOCUMENT: lambda: self.active_pane().find(),
            ActionId.SEARCH_ALL: lambda: self.search.focus(),
            ActionId.PREFERENCES: self.open_preferences,
            ActionId.SHOW_PAGES: self._all_pages,
            ActionId.SHOW_TEXT: self._all_text,
            ActionId.CYCLE_LAYOUT: self.cycle_layout,
            ActionId.FOCUS_LETTER: lambda: self.letter_pane.focus_view(),
            ActionId.FOCUS_ANNEX: lambda: self.annex_pane.focus_view(),
            ActionId.FOCUS_REPLY: lambda: self.reply_pane.focus_view(),
            ActionId.NEXT_REGION: lambda: self.move_focus(1),
            ActionId.PREVIOUS_REGION: lambda: self.move_focus(-1),
            ActionId.TEXT_LARGER: lambda: self.set_text_size(self.settings.text_size_step + 1),
            ActionId.TEXT_SMALLER: lambda: self.set_text_size(self.settings.text_size_step - 1),
            ActionId.TEXT_RESET: lambda: self.set_text_size(0),
            ActionId.LINK_PASSAGE: lambda: self.answers.link_selection(),
            ActionId.EDIT_DETAILS: self.edit_details,
            ActionId.EDIT_QUESTIONS: self.edit_questions,
            ActionId.REANALYSE_CASE: self.reanalysis.reanalyse_case,
            ActionId.REANALYSE_ALL: self.reanalysis.reanalyse_all,
            ActionId.PREVIOUS_CASE: lambda: self._step_case(-1),
            ActionId.NEXT_CASE: lambda: self._step_case(1),
            ActionId.VOCABULARIES: self.open_vocabulary_editor,
            ActionId.DEADLINES: lambda: self.follow_up.show_deadlines(),
            ActionId.DASHBOARD: lambda: self.follow_up.show_dashboard(),
            ActionId.HISTORY: lambda: self.history.show(),
            ActionId.USER_GUIDE: self.show_guide,
            ActionId.KEYBOARD_SHORTCUTS: self.show_shortcuts,
            ActionId.ABOUT: self.about,
        }
        for name in MENUS:
            menus[name] = bar.addMenu(menu_title(name))
        for spec in registry.all_specs():
            if spec.id not in handlers:
                continue  # actions owned by a controller (the digit shortcuts) are created there
            menu = menus[spec.menu]
            menu.addAction(registry.create(spec.id, handlers[spec.id]))
            if spec.id is ActionId.OPEN_STORE:
                self.recent_menu = menu.addMenu(self.tr("Open &recent store"))
            if spec.id in _SEPARATE_AFTER:
                menu.addSeparator()
        self.stores = StoreController(self, self.recent_menu)
        self.undo_stack.canUndoChanged.connect(registry.action(ActionId.UNDO).setEnabled)
        self.undo_stack.canRedoChanged.connect(registry.action(ActionId.REDO).setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda text: registry.action(ActionId.UNDO).setText(
            self.tr("&Undo {edit}").format(edit=text) if text else self.tr("&Undo")))
        self.undo_stack.redoTextChanged.connect(lambda text: registry.action(ActionId.REDO).setText(
            self.tr("&Redo {edit}").format(edit=text) if text else self.tr("&Redo")))
        registry.action(ActionId.UNDO).setEnabled(False)
        registry.action(ActionId.REDO).setEnabled(False)
        self.view_menu = menus["View"]
        self.import_action = registry.action(ActionId.IMPORT)
        self.ocr_menu = OcrLanguagesMenu(self.settings, self)
        tools = menus["Tools"]
        tools.insertMenu(tools.actions()[0] if tools.actions() else None, self.ocr_menu)

    # -- stores -----------------------------------------------------------------------
    def _store_replaced(self, location) -> None:
        path = getattr(location, "path", location) or location  # a team store has no path: its URL, no password
        self.settings.last_store = str(path)
        self.setWindowTitle(window_title(location))
        self.undo_stack.clear()
        self.current_case = None
        self.show_case(None)
        self.history.show_case(None)
        self.filters.filter = self.filters.filter.__class__()  # another store: its own facets
        self.filters.refresh()
        self.follow_up.store_replaced()
        self.live_updates.start()
        self.tagging.reload_terms()
        self.refresh_cases(select_first=True)
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=path), 4000)
        self.reanalysis.offer()

    # -- changes ----------------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        """Refresh what the changes touch; the open case keeps its panes, selection and scroll."""
        self.filters.refresh_soon()  # counts move with tags, verdicts, grades and new cases
        if changes.terms or changes.store:
            self.tagging.reload_terms()
        if changes.case_list or changes.store:
            self.refresh_cases()
            self.unpaired.refresh()
        elif self.current_case is not None and (
                changes.touches_case(self.current_case.summary.id) or changes.terms):
            self.reload_current_case()

    def _changed_elsewhere(self, changes: Changes) -> None:
        """A colleague (or another program) changed cases: refresh them and say why the view moved."""
        self.apply_changes(changes)
        self.statusBar().showMessage(self.tr("Updated with changes made elsewhere"), 5000)

    def refresh_cases(self, select_first: bool = False) -> None:
        def loaded(cases) -> None:
            self.case_model.set_cases(cases)
            wanted = self.case_model.id_for_reference(self._select_after_refresh or "")
            self._select_after_refresh = None
            if self.current_case is not None:
                self.select_case(self.current_case.summary.id)
                self.reload_current_case()
            elif wanted is not None:
                self.select_case(wanted)
            elif select_first and self.case_proxy.rowCount():
                self.case_table.selectRow(0)  # the most recent case rather than an empty workspace

        chosen = self.filters.current()
        self.ops.query(lambda store: list_cases(store, chosen if chosen.facets else None), loaded, key="case-list")
        self.unpaired.refresh()
        self.unfiled.refresh()

    def filters_changed(self) -> None:
        """The chosen facets changed: the list, the search hits (and the counts) follow."""
        self.refresh_cases()
        self.follow_up.filters_changed()
        if self.search.query:
            self.search.run()

    def show_search_results(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()

    def open_document_at(self, case_id: int, document_id: int, matches: list[tuple[int, int]], label: str) -> None:
        """Open a case at one document with words marked (a search hit); the marks wait for the case to load."""
        self._pending_reveal = (case_id, document_id, matches, label)
        if self.current_case is not None and self.current_case.summary.id == case_id:
            self.ops.later(self._reveal_pending)
            return
        self.go_to_case(case_id)

    def go_to_case(self, case_id: int) -> None:
        """Open a case from elsewhere (a search hit, a deadline): selected in the list when the filters show
        it, opened directly when they hide it."""
        self.select_case(case_id)
        if self.current_case is None or self.current_case.summary.id != case_id:
            self.open_case(case_id)

    def _reveal_pending(self) -> None:
        pending = self._pending_reveal
        if pending is None or self.current_case is None or self.current_case.summary.id != pending[0]:
            return  # still loading: the case's arrival queues this again
        self._pending_reveal = None
        _case, document_id, matches, label = pending
        for pane in (self.letter_pane, self.annex_pane, self.reply_pane):
            if pane.show_document(document_id):
                if not pane.isVisible():  # a layout had folded it away: all three panes again
                    while self.layout_name != LAYOUTS[0]:
                        self.cycle_layout()
                pane.show_found(matches, label)
                self._last_pane = pane
                return

    def reload_current_case(self) -> None:
        if self.current_case is not None:
            self.open_case(self.current_case.summary.id)

    def select_case(self, case_id: int) -> None:
        row = self.case_model.row_of(case_id)
        if row is None:
            return
        index = self.case_proxy.mapFromSource(self.case_model.index(row, 0))
        self.case_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.case_table.scrollTo(index)

    def _on_case_selected(self, current, _previous) -> None:
        if self._filtering:
            return
        case_id = current.data(CASE_ID_ROLE) if current.isValid() else None
        if case_id is not None and (self.current_case is None or self.current_case.summary.id != case_id):
            self.open_case(case_id)

    def open_case(self, case_id: int) -> None:
        """Read the case (detail, tags, answers, assessment) on the worker; show it when it arrives."""
        scale = self.settings.get("assessment/scale")
        self.ops.query(lambda store: load_case_view(store, case_id, scale), self._case_loaded, key="case-view")

    def _case_loaded(self, view: CaseView) -> None:
        same_documents = (self.case_view_data is not None and self.current_case is not None
                          and view.case_id == self.current_case.summary.id
                          and view.detail.documents == self.case_view_data.detail.documents)
        previous = self.case_view_data if self.current_case is not None and (
            view.case_id == self.current_case.summary.id) else None
        if same_documents:
            self.current_case = view.detail  # the panes keep their document, mode and scroll
            self.case_view_data = view
            self.case_header.set_case(view.detail)
        else:
            self.show_case(view.detail, view, previous)
        self.history.show_case(view.case_id)
        # Each step after its own paint: the texts first, then the tags over them, then the answers.
        self.ops.later(lambda: self.case_view_data is view and self.tagging.show_tags(view.tags, view.redactions))
        self.ops.later(lambda: self.case_view_data is view and self.answers.show_view(view))
        if self._pending_reveal is not None and self._pending_reveal[0] == view.case_id:
            self.ops.later(self._reveal_pending)  # after the panes have their documents (queued above)
        orphans = self.tagging.panel.orphans_button
        orphans.setText(self.tr("⚠ Orphaned ({count})…").format(count=view.detail.orphaned))
        orphans.setVisible(view.detail.orphaned > 0)

    def show_case(self, detail: CaseDetail | None, view: CaseView | None = None,
                  previous: CaseView | None = None) -> None:
        """Show a case; with ``previous`` (the same case before a change) only panes whose documents changed
        are reset, so an import or a pairing does not throw the reviewer back to the top of the letter."""
        self.current_case = detail
        self.case_view_data = view
        self.case_header.set_case(detail)
        open_case = detail is not None
        if previous is None:
            self.answers.panel.table.scrollToTop()  # another case: its questions from the first
        for pane, name in ((self.letter_pane, Pane.LETTER), (self.annex_pane, Pane.ANNEX), (self.reply_pane, Pane.REPLY)):
            documents = view.documents_of(name) if view else []
            if previous is not None and previous.documents_of(name) == documents:  # unchanged, text and all
                continue
            # One pane per event-loop turn: laying out three letters at once would hold the window.
            self.ops.later(lambda pane=pane, documents=documents: self.case_view_data is view
                           and pane.set_documents(documents, open_case))
        if view is None:
            self.tagging.show_tags([])
            self.answers.show_view(None)

    def after_import(self, references: list[str]) -> None:
        """After an import: open the first imported case when none is open."""
        if self.current_case is None and references:
            self._select_after_refresh = references[0]  # picked up by the list refresh the import triggers

    def set_importing(self, running: bool) -> None:
        self.import_action.setEnabled(not running)

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

    def selected_references(self) -> list[str]:
        rows = sorted({index.row() for index in self.case_table.selectionModel().selectedRows()})
        return [self.case_proxy.index(row, Column.REFERENCE).data() for row in rows]

    # -- corrections ----------------------------------------------------------------------
    def edit_details(self) -> None:
        from reviewdesk.gui.case_details import CaseDetailsDialog  # noqa: PLC0415 - built on demand

        if self.current_case is None:
            self.statusBar().showMessage(self.tr("Choose a case first"), 4000)
            return
        self.details_dialog = CaseDetailsDialog(self, self.current_case)
        self.details_dialog.open()

    def edit_questions(self) -> None:
        from reviewdesk.gui.questions_editor import QuestionsEditor  # noqa: PLC0415 - built on demand

        if self.current_case is None:
            self.statusBar().showMessage(self.tr("Choose a case first"), 4000)
            return
        self.questions_editor = QuestionsEditor(self, self.current_case.summary.id)
        self.questions_editor.show()

    def show_orphans(self) -> None:
        from reviewdesk.gui.orphans_dialog import OrphansDialog  # noqa: PLC0415 - built on demand

        if self.current_case is not None:
            self.orphans_dialog = OrphansDialog(self, self.current_case.summary.id)
            self.orphans_dialog.show()

    def open_vocabulary_editor(self) -> None:
        from reviewdesk.gui.vocabulary_editor import VocabularyEditor  # noqa: PLC0415 - built on demand

        self.vocabulary_editor = VocabularyEditor(self)
        self.vocabulary_editor.show()

    def open_preferences(self) -> None:
        from reviewdesk.documents.pdf import installed_ocr_languages  # noqa: PLC0415
        from reviewdesk.services.assessment import list_scales  # noqa: PLC0415

        def show(scales) -> None:
            self.preferences = PreferencesDialog(self.settings, [(s.key, s.name) for s in scales],
                                                 set(installed_ocr_languages()), self)
            self.preferences.accepted.connect(self.apply_preferences)
            self.preferences.open()

        self.ops.query(list_scales, show)

    def apply_preferences(self) -> None:
        previous = self.settings.reviewer
        self.preferences.save()
        sign_earlier_work(self, previous)
        self.set_text_size(self.settings.text_size_step)
        self.ocr_menu.follow_settings()
        self.tagging.set_digits_enabled(self.settings.get("tagging/digits"))
        self.auto_lock.configure()
        self.reload_current_case()  # the grading scale may have changed
        self.statusBar().showMessage(self.tr("Preferences saved"), 3000)

    def show_guide(self) -> None:
        from reviewdesk.gui.guide import GuideWindow  # noqa: PLC0415 - built on demand

        self.guide = GuideWindow(self)
        self.guide.show()

    def show_shortcuts(self) -> None:
        from reviewdesk.gui.actions import KeyboardShortcutsDialog  # noqa: PLC0415

        self.shortcuts_dialog = KeyboardShortcutsDialog(self.actions_registry, self)
        self.shortcuts_dialog.show()

    # -- keyboard and reading ------------------------------------------------------------
    def _name_for_assistive_technology(self) -> None:
        """Names a screen reader announces (Qt accessibility); the visible titles say the same."""
        self.case_table.setAccessibleName(self.tr("Cases"))
        self.filter_edit.setAccessibleName(self.tr("Filter cases"))
        for pane in (self.letter_pane, self.annex_pane, self.reply_pane):
            pane.setAccessibleName(self.tr("{pane} pane").format(pane=pane.kind_title))
            pane.text_view.setAccessibleName(self.tr("{pane} text").format(pane=pane.kind_title))
            pane.page_view.setAccessibleName(self.tr("{pane} pages").format(pane=pane.kind_title))
        self.answers.panel.table.setAccessibleName(self.tr("Answers: questions, passages and verdicts"))
        self.tagging.panel.table.setAccessibleName(self.tr("Tags of this case"))
        self.unpaired.list.setAccessibleName(self.tr("Unpaired replies"))

    def focus_regions(self) -> list[QWidget]:
        """F6 order: the case list, the three panes, then the panel shown below them."""
        regions: list[QWidget] = [self.case_table]
        regions += [pane.view_widget() for pane in (self.letter_pane, self.annex_pane, self.reply_pane)]
        for dock, widget in ((self.answers_dock, self.answers.panel.table), (self.tag_dock, self.tagging.panel.table),
                             (self.unpaired_dock, self.unpaired.list)):
            if not dock.visibleRegion().isEmpty():
                regions.append(widget)
        return [region for region in regions if region.isVisible() and region.isEnabled()]

    def _remember_pane(self, _old, new) -> None:
        for pane in (self.letter_pane, self.annex_pane, self.reply_pane):
            if new is not None and pane.isAncestorOf(new):
                self._last_pane = pane

    def active_pane(self) -> DocumentPane:
        """The pane the keyboard is in or was last in, else the Letter pane."""
        last = self._last_pane
        return last if last is not None and last.isVisible() else self.letter_pane

    def move_focus(self, step: int) -> None:
        regions = self.focus_regions()
        focus = QApplication.focusWidget()
        current = next((i for i, r in enumerate(regions) if focus is not None and (r is focus or r.isAncestorOf(focus))),
                       -1 if step > 0 else 0)
        regions[(current + step) % len(regions)].setFocus(Qt.FocusReason.TabFocusReason)

    def cycle_layout(self) -> str:
        """Three panes side by side; reading (the letter alone, large); comparison (letter | reply)."""
        self.layout_name = LAYOUTS[(LAYOUTS.index(self.layout_name) + 1) % len(LAYOUTS)]
        shown = {"three panes": (self.letter_pane, self.annex_pane, self.reply_pane), "reading": (self.letter_pane,),
                 "comparison": (self.letter_pane, self.reply_pane)}[self.layout_name]
        for pane in (self.letter_pane, self.annex_pane, self.reply_pane):
            pane.setVisible(pane in shown)
        width = max(1, self.panes.width())
        self.panes.setSizes([width // len(shown) if p in shown else 0
                             for p in (self.letter_pane, self.annex_pane, self.reply_pane)])
        self.statusBar().showMessage(self.tr("Layout: {layout} (Ctrl+Shift+L for the next)").format(
            layout=self.tr(LAYOUT_NAMES[self.layout_name])), 3000)
        return self.layout_name

    def set_text_size(self, step: int) -> None:
        """Larger or smaller text in the documents and the lists; remembered."""
        step = max(-4, min(16, step))
        self.settings.text_size_step = step
        widgets = (*(p.text_view for p in (self.letter_pane, self.annex_pane, self.reply_pane)), self.case_table,
                   self.answers.panel.table, self.tagging.panel.table, self.unpaired.list)
        if not self._base_text_sizes:  # each widget's own size before any change: the "normal" size
            self._base_text_sizes = [w.font().pointSizeF() for w in widgets]
        for widget, base in zip(widgets, self._base_text_sizes):
            font = widget.font()
            font.setPointSizeF(max(6.0, base + step))
            widget.setFont(font)
            if isinstance(widget, QTableView):
                fit_rows_to_font(widget)
        self.statusBar().showMessage(self.tr("Text size {step} pt").format(step=f"{step:+d}") if step
                                     else self.tr("Normal text size"), 3000)

    # -- drag and drop ----------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.imports.start(paths)

    # -- misc -------------------------------------------------------------------------
    def about(self) -> None:
        QMessageBox.about(self, self.tr("About ReviewDesk"), about_text(self.ops.location))

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry("window")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.fit_first_start()
        state = self.settings.geometry("window_state")
        if state is not None:
            self.restoreState(state)
        columns = self.settings.geometry("case_columns")
        if columns is not None:
            self.case_table.horizontalHeader().restoreState(columns)
        self._splitters_restored = False

    def fit_first_start(self) -> None:
        """The first time: fit the screen the window opens on (a 1366×768 laptop as well as a large screen)."""
        screen = self.screen() or QApplication.primaryScreen()
        available = screen.availableGeometry()
        self.resize(min(1440, available.width()), min(900, available.height()))
        self.move(available.topLeft())
        if available.width() < 1500 or available.height() < 900:
            self.setWindowState(Qt.WindowState.WindowMaximized)
        if available.width() < 1700:  # a laptop: the panes keep the width; "Filters" beside the list brings them
            self.filters_dock.hide()
        # The Answers dock: a third of the height (six questions on a 768-pixel screen), the case list a
        # quarter of the width, so the three panes keep the room.
        # Of the window, not the screen: on a large screen the window opens at 1440×900.
        width, height = min(1440, available.width()), min(900, available.height())
        self.resizeDocks([self.answers_dock], [max(200, height // 3)], Qt.Orientation.Vertical)
        self.main_splitter.setSizes([max(300, width // 4), width * 3 // 4])

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
        self.filters.stop()
        self.live_updates.stop()
        self.ops.cancel_all()
        self.ops.shutdown()
        super().closeEvent(event)

