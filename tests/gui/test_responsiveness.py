"""The window never waits for the store: on a store whose every query takes 200 ms it keeps painting.

A real store file, a real worker thread; an SQLAlchemy event hook slows every
statement and records the thread it ran on, so the test also proves that the
UI thread issued no SQL at all.
"""

from __future__ import annotations

import gc
import threading
import time

from PySide6.QtCore import QTimer
from sqlalchemy import event

from reviewdesk.gui.app import freeze_startup_heap
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.gui.operations import Operations
from reviewdesk.services.cases import list_cases
from reviewdesk.services.demo import import_demo
from reviewdesk.services.importer import import_paths
from reviewdesk.services.suggest import suggest_tags

from ..conftest import LETTERS, REPLIES

SLOW_QUERY_S = 0.2
# Each query sleeps 0.2 s: one query on the UI thread makes a gap of 0.2 s or more, while the suite's
# other worker can stretch an honest event-loop gap past 50 ms on a loaded machine.
MAX_GAP_S = 0.15


class _SlowStore:
    def __init__(self, store) -> None:
        self.engine = store.engine
        self.on_ui_thread: list[str] = []
        self.statements = 0

    def __enter__(self) -> _SlowStore:
        event.listen(self.engine, "before_cursor_execute", self._slow)
        return self

    def __exit__(self, *exc) -> None:
        event.remove(self.engine, "before_cursor_execute", self._slow)

    def _slow(self, _conn, _cursor, statement, *_args) -> None:
        self.statements += 1
        if threading.current_thread() is threading.main_thread():
            self.on_ui_thread.append(statement.split("\n")[0][:80])
        time.sleep(SLOW_QUERY_S)


class _Heartbeat:
    """A 10 ms timer on the UI thread: the largest gap between its ticks is how long the window froze."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.monotonic()))

    def start(self) -> None:
        self.ticks = [time.monotonic()]
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return max((b - a for a, b in zip(self.ticks, self.ticks[1:])), default=0.0)


def test_case_answers_and_bulk_accept_on_a_slow_store_never_freeze_the_window(qtbot, store, settings):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    import_demo(store)
    case_id = next(c.id for c in list_cases(store) if c.reference == "AL OTH 78/2021")
    other_id = next(c.id for c in list_cases(store) if c.id != case_id)
    assert suggest_tags(store, case_id).value > 0
    heartbeat = _Heartbeat()
    ops = Operations(store)
    window = MainWindow(ops, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Warm up as a session would be: the first paint of each kind of widget (fonts, Qt's enums) is paid once.
    window.select_case(case_id)
    assert ops.wait_idle(60_000)
    window.select_case(other_id)
    assert ops.wait_idle(60_000)
    freeze_startup_heap()  # as the app does once its window is up
    with _SlowStore(store) as slow:
        heartbeat.start()
        window.select_case(case_id)
        assert window.current_case.summary.id == other_id, "the case must still be loading"
        assert ops.wait_idle(120_000)
        opening_gap = heartbeat.stop()
        assert window.current_case.summary.id == case_id
        assert window.answers.model.rowCount() == len(window.letter_pane.current().questions) > 0
        pending = [tag for tag in window.tagging.tags if tag.pending]
        assert pending

        heartbeat.start()
        window.tagging.review(pending, accept=True)
        assert ops.wait_idle(120_000)
        accept_gap = heartbeat.stop()
        assert not any(tag.pending for tag in window.tagging.tags)
        window.close()
    gc.unfreeze()
    assert slow.statements > 10  # the slow hook really was on the path
    assert slow.on_ui_thread == []
    assert opening_gap <= MAX_GAP_S, f"the window froze {opening_gap * 1000:.0f} ms while a case opened"
    assert accept_gap <= MAX_GAP_S, f"the window froze {accept_gap * 1000:.0f} ms during a bulk accept"
