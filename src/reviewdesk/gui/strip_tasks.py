"""A long job on the store worker with the window's progress strip, Cancel and the one error path."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from reviewdesk.services.edits import NOTHING, Changes


class StripTasks(QObject):
    """Base of the controllers whose jobs show in the progress strip (REFI-QDA, bundles, check-in)."""

    def __init__(self, window, strip) -> None:
        super().__init__(window)
        self.window, self.strip = window, strip
        self.task = None
        strip.cancel.clicked.connect(self.cancel)

    def run(self, message: str, fn: Callable[[Any, Callable, Callable[[], bool]], Any], done: Callable[[Any], None],
            changes: Changes = NOTHING, cancellable: bool = True) -> None:
        """``fn(store, progress, cancelled)`` on the worker; ``done(result)`` on the UI thread after the strip hides."""
        self.strip.busy(cancellable=cancellable)
        self.window.statusBar().showMessage(message)

        def finished(result) -> None:
            self._end()
            done(result)

        self.task = self.window.ops.task(fn, finished, on_progress=self._progress, on_error=self._failed,
                                         changes=changes)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.strip.step(done, total)

    def _end(self) -> None:
        self.task = None
        self.strip.hide()

    def _failed(self, error: BaseException) -> None:
        self._end()
        self.window.ops.error_handler(error)
