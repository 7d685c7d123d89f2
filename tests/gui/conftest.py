"""GUI tests: offscreen Qt, a real store on a temporary file, fresh settings, inline tasks."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSettings, QThreadPool, QTimer

from reviewdesk.gui.main_window import MainWindow
from reviewdesk.gui.settings import Settings
from reviewdesk.gui.operations import Operations


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, store, settings):
    win = MainWindow(Operations(store, synchronous=True), settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    yield win
    win.close()
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture(autouse=True)
def _no_leaked_threads_or_timers(qapp):
    before = {t.ident for t in threading.enumerate()}
    yield
    QThreadPool.globalInstance().waitForDone(10_000)
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    leaked = [t for t in threading.enumerate() if t.ident not in before and t.is_alive() and not t.daemon]
    assert not leaked, f"threads left running: {leaked}"
    timers = [t for t in qapp.findChildren(QTimer) if t.isActive()]
    assert not timers, f"timers left running: {timers}"
