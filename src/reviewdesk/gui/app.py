"""Composition root: the application, the store worker (which opens the store), the main window."""

from __future__ import annotations

import gc
import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reviewdesk import __version__
from reviewdesk.db.paths import STORE_ENV, default_store_path
from reviewdesk.gui import i18n
from reviewdesk.gui.error_dialog import install_excepthook
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.gui.operations import Operations
from reviewdesk.gui.resource_files import RESOURCES, resource_path
from reviewdesk.gui.settings import Settings
from reviewdesk.gui.single_instance import (
    FileOpenEvents,
    InstanceServer,
    NoAnswer,
    hand_over,
    open_paths,
    split_paths,
)


def load_resources(app: QApplication) -> None:
    """Window icon and style sheet, read from the package data (nothing to compile before a run)."""
    app.setWindowIcon(QIcon(str(resource_path("icons/reviewdesk.svg"))))
    app.setStyleSheet((RESOURCES / "styles" / "reviewdesk.qss").read_text(encoding="utf-8"))


def quit_after_shown_if_asked(window: QWidget) -> None:
    """``REVIEWDESK_QUIT_AFTER_MS=N`` (hidden, for the wheel-install test): N ms after the window has
    shown, print that it did and close it, so a packaging test can start the real app and get exit 0."""
    delay = os.environ.get("REVIEWDESK_QUIT_AFTER_MS")
    if not delay:
        return

    def close() -> None:
        if window.isVisible():
            print(f"reviewdesk: window shown: {window.windowTitle()}", flush=True)
        window.close()
        QApplication.quit()

    QTimer.singleShot(int(delay), close)


def freeze_startup_heap() -> None:
    """Move everything alive after start-up out of the cyclic collector's reach (CPython's gc.freeze).

    Qt wrappers, modules and the first store reads live as long as the window; scanning them on every
    full collection cost 100–200 ms pauses in a long session. Objects made later are collected as usual.
    """
    gc.collect()
    gc.freeze()


def listen_for_launches(window: MainWindow, ops: Operations, store: str | os.PathLike) -> InstanceServer:
    """Later launches on the store open in this window (gui/single_instance.py); the name follows the store."""
    server = InstanceServer(window)
    server.listen(store)
    server.files_received.connect(lambda paths: open_paths(window, paths))
    ops.store_replaced.connect(lambda location: server.listen(getattr(location, "path", location)))
    if sys.platform == "darwin":  # a filter on the application sees every event: only where it is needed
        file_open = FileOpenEvents(server)
        QApplication.instance().installEventFilter(file_open)
        file_open.files_received.connect(lambda paths: open_paths(window, paths))
    return server


def run(store_path: str | None = None, argv: list[str] | None = None, files: list[str] | None = None) -> int:
    """Open the window on a store; ``files`` (from "Open with") are opened in it once the store is."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("ReviewDesk")
    app.setOrganizationName("ReviewDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.reviewdesk.ReviewDesk")  # Wayland's app id: the desktop entry's icon and name
    settings = Settings()
    stores, bundles, documents = split_paths(files or [])
    # Asked for (a store file opened, --store, then $REVIEWDESK_STORE) before remembered: the last store
    # only when none was named.
    chosen = (stores[-1] if stores else None) or store_path or os.environ.get(STORE_ENV) or settings.last_store
    try:
        if hand_over(chosen or default_store_path(), bundles + documents):
            return 0  # a window is open on this store: it has the files now
    except NoAnswer as exc:
        print(f"reviewdesk: {exc}", file=sys.stderr)
        return 1
    load_resources(app)
    install_excepthook(app)  # from here on, an uncaught exception is a dialog and a line in the log
    i18n.install(i18n.resolve(settings.get("view/language")))  # before any widget: texts are translated when made
    ops = Operations(None)
    window = MainWindow(ops, settings)
    window.setWindowTitle(QCoreApplication.translate("App", "ReviewDesk — opening the store…"))
    window.show()
    quit_after_shown_if_asked(window)
    listen_for_launches(window, ops, chosen or default_store_path())

    def fall_back(error: BaseException) -> None:
        # The last store may be gone or damaged: say why and open the default store instead.
        message = QCoreApplication.translate("App", "{error}\n\nOpening the default store instead.")
        QMessageBox.critical(window, "ReviewDesk", message.format(error=error))
        window.stores.switch(None)

    def opened(_store) -> None:
        ops.later(freeze_startup_heap)
        if bundles or documents:
            open_paths(window, bundles + documents)

    # Opening may migrate (with a backup first): on the store worker, while the window paints.
    # Through the store controller: an encrypted store's passphrase is asked first.
    window.stores.switch(chosen, opened, on_error=fall_back)
    code = app.exec()
    ops.query(lambda store: store.close() if store is not None else None)
    ops.shutdown()
    return code
