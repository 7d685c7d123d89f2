"""Running work off the UI thread: one writer at a time, progress, cancel.

``TaskRunner.run(fn, on_done, on_error)`` calls ``fn(progress, cancelled)`` in a
worker thread and delivers the result on the UI thread. Store writes share one
single-thread pool, so SQLite never sees two writers. Tests use
``SynchronousTaskRunner``, which runs everything inline (Picard's
FakeThreadPool idea) so GUI tests need no sleeps.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, int, str], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int, str)


class Task(QRunnable):
    def __init__(self, fn: Callable[[Progress, Callable[[], bool]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit, self.cancelled)
        except Exception as exc:  # reported to the user, never lost in a thread
            self.signals.failed.emit(f"{exc}\n{traceback.format_exc(limit=3)}")
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Writes run one at a time on a private pool; reads may use the global pool."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)
        self._running: set[Task] = set()

    def run(self, fn, on_done=None, on_error=None, on_progress=None) -> Task:
        task = Task(fn)
        self._running.add(task)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)

        def finished(result, task=task):
            self._running.discard(task)
            if on_done is not None:
                on_done(result)

        def failed(message, task=task):
            self._running.discard(task)
            if on_error is not None:
                on_error(message)

        task.signals.done.connect(finished)
        task.signals.failed.connect(failed)
        self._start(task)
        return task

    def _start(self, task: Task) -> None:
        self.writer.start(task)

    def shutdown(self) -> None:
        for task in list(self._running):
            task.cancel()
        self.writer.waitForDone(10_000)


class SynchronousTaskRunner(TaskRunner):
    """Runs tasks inline: for tests."""

    def _start(self, task: Task) -> None:
        task.run()
