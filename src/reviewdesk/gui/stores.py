"""File › New / Open / Open recent store: the store is opened (and migrated) on the store worker."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu

from reviewdesk.db.paths import STORE_SUFFIX


class StoreController(QObject):
    def __init__(self, window, recent_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.recent_menu = recent_menu
        recent_menu.aboutToShow.connect(self.fill_recent)

    def new_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, "New store", "", f"ReviewDesk stores (*{STORE_SUFFIX})")
        if path:
            self.switch(path if path.endswith(STORE_SUFFIX) else path + STORE_SUFFIX)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Open store", "",
                                              f"ReviewDesk stores (*{STORE_SUFFIX});;All files (*)")
        if path:
            self.switch(path)

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.window.settings.recent_stores:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.switch(p))
        self.recent_menu.setEnabled(bool(self.window.settings.recent_stores))

    def switch(self, location) -> None:
        """Open ``location`` in place of the current store; on failure the current one stays open."""
        self.window.statusBar().showMessage("Opening store…")
        self.window.ops.open_store(location)
