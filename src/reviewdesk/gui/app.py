"""Composition root: the application, the store, the task runner, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from reviewdesk import __version__
from reviewdesk.db import open_store
from reviewdesk.db.engine import StoreError
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.gui.settings import Settings
from reviewdesk.gui.tasks import TaskRunner


def run(store_path: str | None = None, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("ReviewDesk")
    app.setOrganizationName("ReviewDesk")
    app.setApplicationVersion(__version__)
    settings = Settings()
    try:
        store = open_store(store_path or settings.last_store)
    except StoreError as exc:
        QMessageBox.critical(None, "ReviewDesk", f"{exc}\n\nOpening the default store instead.")
        store = open_store(None)
    settings.last_store = str(store.path)
    runner = TaskRunner()
    window = MainWindow(store, settings, runner)
    window.show()
    app.aboutToQuit.connect(runner.shutdown)
    code = app.exec()
    window.store.close()
    return code
