"""File › New / Open / Open recent store: the store is opened (and migrated) on the store worker.

A team store (a postgresql:// URL) goes through gui/team_store.py: its password
from the keyring or .pgpass, File › Connect to team store… when neither works.

An encrypted store's passphrase is asked once per session (kept in memory for
this window only, never in the settings); a wrong one asks again. A new store
is encrypted unless the reviewer unticks it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from reviewdesk.db import StoreError, StoreLocation
from reviewdesk.db.cipher import WrongPassphrase
from reviewdesk.db.paths import STORE_SUFFIX
from reviewdesk.gui.lock import PassphraseDialog
from reviewdesk.gui.team_store import TeamStores


def ask_passphrase(parent, location: StoreLocation, new: bool = False, problem: str = "") -> tuple[bool, str | None]:
    """(accepted, passphrase) from a modal dialog; for a new store, passphrase None means clear."""
    dialog = PassphraseDialog(location, new=new, problem=problem, parent=parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return accepted, dialog.value() if accepted else None


class StoreController(QObject):
    def __init__(self, window, recent_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.recent_menu = recent_menu
        recent_menu.aboutToShow.connect(self.fill_recent)
        self.ask = ask_passphrase  # tests put a scripted answer here
        self._passphrases: dict[Path, str] = {}  # this session's, so a store is unlocked once
        self.team = TeamStores(window)

    def new_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("New store"), "",
                                              self.tr("ReviewDesk stores (*{suffix})").format(suffix=STORE_SUFFIX))
        if path:
            self.create(path if path.endswith(STORE_SUFFIX) else path + STORE_SUFFIX)

    def create(self, path: str) -> None:
        """A new store at ``path``, encrypted unless the reviewer chose otherwise (an existing one is opened)."""
        location = self._parse(path)
        if location is None:
            return
        if location.path.is_file() and location.path.stat().st_size > 0:
            self.switch(location)
            return
        accepted, passphrase = self.ask(self.window, location, new=True)
        if accepted:
            self.switch(location.with_passphrase(passphrase))

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open store"), "",
                                              self.tr("ReviewDesk stores (*{suffix});;All files (*)").format(
                                                  suffix=STORE_SUFFIX))
        if path:
            self.switch(path)

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.window.settings.recent_stores:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.switch(p))
        self.recent_menu.setEnabled(bool(self.window.settings.recent_stores))

    def switch(self, location, on_done: Callable | None = None,
               on_error: Callable[[BaseException], None] | None = None, problem: str = "") -> None:
        """Open ``location`` in place of the current store; on failure the current one stays open.

        An encrypted file is unlocked with this session's passphrase for it, or one asked for.
        """
        report = on_error or self.window.ops.error_handler
        location = self._parse(location, report)
        if location is None:
            return
        if location.is_server:
            self.team.open(location, on_done, on_error)
            return
        if location.passphrase is None and location.is_encrypted():
            known = None if problem else self._passphrases.get(location.path)
            if known is None:
                accepted, known = self.ask(self.window, location, problem=problem)
                if not accepted:
                    if self.window.ops.location is None:  # cancelled at start-up: say so, not "opening…"
                        self.window.setWindowTitle(self.tr("ReviewDesk — no store open"))
                    self.window.statusBar().showMessage(
                        self.tr("{store} was not opened (File › Open store to try again)").format(store=location.describe()), 8000)
                    return
            location = location.with_passphrase(known)

        def opened(store) -> None:
            if location.passphrase is not None:
                self._passphrases[location.path] = location.passphrase
            if on_done is not None:
                on_done(store)

        def failed(error: BaseException) -> None:
            if isinstance(error, WrongPassphrase):
                self._passphrases.pop(location.path, None)
                self.switch(location.with_passphrase(None), on_done, on_error, problem=self.tr("Wrong passphrase."))
            else:
                report(error)

        self.window.statusBar().showMessage(self.tr("Opening store…"))
        self.window.ops.open_store(location, opened, failed)

    def _parse(self, value, report: Callable[[BaseException], None] | None = None) -> StoreLocation | None:
        try:
            return StoreLocation.parse(value)
        except StoreError as error:
            (report or self.window.ops.error_handler)(error)
            return None
