"""GUI tests: offscreen Qt, a real store on a temporary file, fresh settings, inline tasks."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool, QTimer

from reviewdesk.gui import i18n
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.gui.settings import Settings
from reviewdesk.gui.operations import Operations


ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "src" / "reviewdesk" / "gui" / "resources" / "translations"


def compile_translations() -> None:
    """The .qm files as a build makes them (packaging/update_translations.sh release), when older than the .ts.

    Under a lock: both xdist workers may get here at once, and one must not read a half-written .qm.
    """
    with open(TRANSLATIONS / ".compile.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        stale = [ts for ts in TRANSLATIONS.glob("*.ts")
                 if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
        if stale:
            env = dict(os.environ, PYSIDE6_BIN=str(Path(sys.executable).parent))
            subprocess.run([str(ROOT / "packaging" / "update_translations.sh"), "release"], env=env, check=True,
                           capture_output=True)


@pytest.fixture(scope="session", autouse=True)
def _english_interface(qapp):
    """The window as the app starts it in English: its translator gives the plural forms ("1 question")."""
    compile_translations()
    translation = i18n.install("en")
    yield
    translation.remove()


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
