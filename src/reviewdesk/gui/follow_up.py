"""Following communications up: the Deadlines dock and the Dashboard window, narrowed by the filters.

Both are built the first time they are shown (they read the whole store, and the
Dashboard loads matplotlib), then follow the Filters panel: the chosen facets'
cases are read on the store worker and handed to them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow


class FollowUpController:
    def __init__(self, window) -> None:
        self.window = window
        self.deadlines = None
        self.dashboard_window: QMainWindow | None = None
        self.case_ids: frozenset[int] | None = None
        self.dock = QDockWidget(QCoreApplication.translate("FollowUp", "Deadlines"), window)
        self.dock.setObjectName("deadlines")
        self.dock.setWidget(QLabel(QCoreApplication.translate("FollowUp", "Deadlines appear here."), alignment=Qt.AlignmentFlag.AlignCenter))
        self.dock.visibilityChanged.connect(lambda visible: visible and self._build_deadlines())

    # -- the deadlines dock -------------------------------------------------------------
    def _build_deadlines(self) -> None:
        if self.deadlines is not None or self.window.ops.store is None:
            return
        from reviewdesk.gui.deadlines_view import DeadlinesView  # noqa: PLC0415 - built when first shown

        self.deadlines = DeadlinesView(self.window.ops)
        self.deadlines.case_requested.connect(self.window.go_to_case)
        if self.case_ids is not None:
            self.deadlines.set_case_ids(self.case_ids)
        self.dock.setWidget(self.deadlines)

    def show_deadlines(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self._build_deadlines()
        if self.deadlines is not None:
            self.deadlines.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- the dashboard window ------------------------------------------------------------
    def show_dashboard(self) -> None:
        if self.window.ops.store is None:
            return
        if self.dashboard_window is None:
            from reviewdesk.gui.dashboard import Dashboard  # noqa: PLC0415 - matplotlib loads only now

            frame = QMainWindow(self.window)
            frame.setWindowTitle(QCoreApplication.translate("FollowUp", "Dashboard — ReviewDesk"))
            frame.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            frame.dashboard = Dashboard(self.window.ops)
            frame.dashboard.csv_written.connect(
                lambda path: self.window.statusBar().showMessage(QCoreApplication.translate("FollowUp", "Wrote {path}").format(path=path), 6000))
            frame.setCentralWidget(frame.dashboard)
            screen = self.window.screen().availableGeometry()
            frame.resize(min(1200, screen.width() - 80), min(860, screen.height() - 80))
            frame.destroyed.connect(self._dashboard_closed)
            if self.case_ids is not None:
                frame.dashboard.set_case_ids(self.case_ids)
            self.dashboard_window = frame
        self.dashboard_window.show()
        self.dashboard_window.raise_()
        self.dashboard_window.activateWindow()

    def _dashboard_closed(self) -> None:
        self.dashboard_window = None

    # -- the filters ---------------------------------------------------------------------
    def filters_changed(self) -> None:
        """Narrow both to the cases the chosen facets select (all cases when none is chosen)."""
        from reviewdesk.services.facets import matching_case_ids  # noqa: PLC0415

        chosen = self.window.filters.current()
        if not chosen.facets:
            self._apply(None)
            return
        self.window.ops.query(lambda store: matching_case_ids(store, chosen), self._apply, key="follow-up-cases")

    def _apply(self, case_ids) -> None:
        self.case_ids = case_ids
        for view in (self.deadlines, self.dashboard_window.dashboard if self.dashboard_window else None):
            if view is not None:
                view.set_case_ids(case_ids)

    def store_replaced(self) -> None:
        self.case_ids = None
        if self.deadlines is not None:
            self.deadlines.set_case_ids(None)
        if self.dashboard_window is not None:
            self.dashboard_window.close()
