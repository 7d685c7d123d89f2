"""Composition root: the application, the store, the task runner, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QFile
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewdesk import __version__
from reviewdesk.db import open_store
from reviewdesk.db.engine import StoreError
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.gui.settings import Settings
from reviewdesk.gui.tasks import TaskRunner


def load_resources(app: QApplication) -> None:
    """The compiled Qt resources: window icon and style sheet."""
    from reviewdesk.gui import resources_rc  # noqa: F401, PLC0415 - registers ":/…" paths

    app.setWindowIcon(QIcon(":/icons/reviewdesk.svg"))
    style = QFile(":/styles/reviewdesk.qss")
    if style.open(QFile.OpenModeFlag.ReadOnly):
        app.setStyleSheet(bytes(style.readAll()).decode("utf-8"))


def run(store_path: str | None = None, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("ReviewDesk")
    app.setOrganizationName("ReviewDesk")
    app.setApplicationVersion(__version__)
    load_resources(app)
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
