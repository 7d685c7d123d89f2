"""Every store access from the window, on one serialised worker (Anki's ``QueryOp``/``CollectionOp``).

The UI thread never touches the database. A widget asks for a *query* (read)
or an *edit* (write); the function runs on the one worker thread that owns the
store, in submission order, and its result comes back on the UI thread. An
edit returns an ``Edit`` (or bare ``Changes``): after its own callback the
``changed`` signal carries the ``Changes`` so every view refreshes what it
shows, instead of being called back one by one. Long jobs (import, export)
are *tasks* with progress and cancel on the same worker, so SQLite never sees
two writers. Errors from any op reach one handler.

Queries may carry a ``key``: a newer query with the same key supersedes an
older one that has not run yet, and a superseded result is never delivered,
so typing or fast clicking never piles up stale work.

``synchronous=True`` runs everything inline (Picard's FakeThreadPool idea): the
same code path minus the thread, for tests that need no waiting.
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QObject,
    QThread,
    QTimer,
    Signal,
)

from reviewdesk.db import Store, open_store
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.services.edits import NOTHING, Changes, Edit
from reviewdesk.services.facets import following_edits

Progress = Callable[[int, int, str], None]


@dataclass(eq=False)
class Ticket:
    """One submitted op: cancel it, or check whether a newer one with its key replaced it."""

    fn: Callable[..., Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[int, int, str], None] | None = None
    key: str | None = None
    is_edit: bool = False
    is_task: bool = False
    task_changes: Changes = NOTHING
    number: int = 0
    _cancel: threading.Event = field(default_factory=threading.Event)
    superseded: bool = False
    done: bool = False

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Bridge(QObject):
    """Carries results from the worker thread to the UI thread (queued: the bridge lives there)."""

    delivered = Signal(object, object, object)  # ticket, result, error
    progressed = Signal(object, int, int, str)


class Operations(QObject):
    changed = Signal(object)  # Changes
    busy_changed = Signal(bool)
    store_replaced = Signal(object)  # the new store's location

    def __init__(self, store: Store | None, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self._store = store
        self.synchronous = synchronous
        self._numbers = itertools.count(1)
        self._shut = False  # shut down with its window: later submissions are dropped
        self._latest: dict[str, Ticket] = {}
        self._pending = 0
        self._bridge = _Bridge()
        self._bridge.delivered.connect(self._deliver)
        self._bridge.progressed.connect(self._progress)
        self.error_handler: Callable[[BaseException], None] = _default_error_handler
        self._queue: queue.SimpleQueue[Ticket | None] = queue.SimpleQueue()
        self._worker: threading.Thread | None = None
        self._steps: deque[Callable[[], None]] = deque()
        self.location = store.location if store is not None else None

    # -- the store (worker side) -------------------------------------------------------
    @property
    def store(self) -> Store | None:
        """The open store, for op functions and tests; widgets never call it."""
        return self._store

    # -- submitting ----------------------------------------------------------------------
    def query(self, fn: Callable[[Store], Any], on_done: Callable[[Any], None] | None = None, *,
              key: str | None = None, on_error: Callable[[BaseException], None] | None = None) -> Ticket:
        return self._submit(Ticket(fn, on_done, on_error, key=key))

    def edit(self, fn: Callable[[Store], Edit | Changes | None], on_done: Callable[[Any], None] | None = None, *,
             on_error: Callable[[BaseException], None] | None = None) -> Ticket:
        return self._submit(Ticket(fn, on_done, on_error, is_edit=True))

    def task(self, fn: Callable[[Store, Progress, Callable[[], bool]], Any], on_done=None, *, on_progress=None,
             on_error=None, changes: Changes = NOTHING) -> Ticket:
        """A long job with progress and cancel; ``changes`` (or an Edit it returns) is reported when it ends."""
        ticket = Ticket(fn, on_done, on_error, on_progress=on_progress, is_edit=True, is_task=True,
                        task_changes=changes)
        return self._submit(ticket)

    def open_store(self, location, on_done: Callable[[Any], None] | None = None,
                   on_error: Callable[[BaseException], None] | None = None) -> Ticket:
        """The window's one way into a store: open ``location`` (a path, a ``StoreLocation`` or None for the
        default store) on the worker, migrating it if needed; the old store is closed only once the new one
        opened, so a failure leaves the reviewer where they were."""

        def swap(_old: Store) -> Store:
            new = open_store(location)
            old, self._store = self._store, new
            if old is not None:
                old.close()
            return new

        return self._submit(Ticket(swap, on_done, on_error, key="replace-store"))

    def _submit(self, ticket: Ticket) -> Ticket:
        ticket.number = next(self._numbers)
        if self._shut:
            # After the window closed: a late timer's refresh is dropped, never a new worker thread.
            ticket.superseded = True
            return ticket
        if ticket.key is not None:
            previous = self._latest.get(ticket.key)
            if previous is not None:
                previous.superseded = True
            self._latest[ticket.key] = ticket
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        if self.synchronous:
            result, error = self._execute(ticket)
            self._deliver(ticket, result, error)
        else:
            self._ensure_worker()
            self._queue.put(ticket)
        return ticket

    # -- the worker ------------------------------------------------------------------------
    def _ensure_worker(self) -> None:
        if self._worker is None or not self._worker.is_alive():
            self._worker = threading.Thread(target=self._work, name="reviewdesk-store", daemon=False)
            self._worker.start()

    def _work(self) -> None:
        while True:
            ticket = self._queue.get()
            if ticket is None:
                return
            result, error = self._execute(ticket)
            self._bridge.delivered.emit(ticket, result, error)

    def _execute(self, ticket: Ticket) -> tuple[Any, BaseException | None]:
        if ticket.superseded or (ticket.cancelled() and not ticket.is_task):
            return None, None
        try:
            if ticket.is_task:
                def progress(done: int, total: int, text: str, ticket=ticket) -> None:
                    self._bridge.progressed.emit(ticket, done, total, text)

                return following_edits(self._store, lambda: ticket.fn(self._store, progress, ticket.cancelled),
                                       ticket.task_changes), None
            if ticket.is_edit:  # the facet index follows the edit's Changes in place (only its cases re-read)
                return following_edits(self._store, lambda: ticket.fn(self._store), ticket.task_changes), None
            return ticket.fn(self._store), None
        except Exception as exc:  # delivered to the one error handler, never lost in the thread
            return None, exc

    # -- delivering (UI thread) ------------------------------------------------------------
    def _progress(self, ticket: Ticket, done: int, total: int, text: str) -> None:
        if ticket.on_progress is not None:
            ticket.on_progress(done, total, text)

    def _deliver(self, ticket: Ticket, result: Any, error: BaseException | None) -> None:
        ticket.done = True
        self._pending -= 1
        if ticket.key is not None and self._latest.get(ticket.key) is ticket:
            del self._latest[ticket.key]
        try:
            # A query cancelled before it ran (the window closing) has no result: its view is going away too.
            if ticket.superseded or (ticket.cancelled() and not ticket.is_task and error is None):
                return
            if error is not None:
                (ticket.on_error or self.error_handler)(error)
                if ticket.is_edit:
                    # A failed write may still have changed something before its transaction rolled back
                    # elsewhere (another op): let views re-read what they show.
                    self.changed.emit(Changes(case_list=True))
                return
            if ticket.key == "replace-store":
                self.location = result.location
            if ticket.on_done is not None:
                ticket.on_done(result)
            if ticket.key == "replace-store":
                self.store_replaced.emit(self.location)
            if ticket.is_edit:
                changes = result.changes if isinstance(result, Edit) else result if isinstance(result, Changes) else NOTHING
                changes = changes | ticket.task_changes
                if changes:
                    self.changed.emit(changes)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def later(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the UI thread in a later event-loop turn, one step per turn, so the window
        repaints between steps and no single turn holds it; inline when synchronous."""
        if self.synchronous:
            fn()
            return
        self._steps.append(fn)
        if len(self._steps) == 1:
            QTimer.singleShot(0, self, self._next_step)

    def _next_step(self) -> None:
        step = self._steps.popleft()
        try:
            step()
        finally:
            if self._steps:  # armed from inside the step: the paint it caused comes first
                QTimer.singleShot(0, self, self._next_step)

    # -- waiting and stopping -------------------------------------------------------------
    def idle(self) -> bool:
        return self._pending == 0 and not self._steps

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until every submitted op has been delivered (tests, shutdown)."""
        deadline = QDeadlineTimer(timeout_ms)
        while not self.idle() and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if not self.idle():
                QThread.msleep(1)
        return self.idle()

    def cancel_all(self) -> None:
        for ticket in list(self._latest.values()):
            ticket.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Finish queued writes, then stop the worker (the store stays open for the caller to close)."""
        self.wait_idle(timeout_ms)
        if self._worker is not None and self._worker.is_alive():
            self._queue.put(None)
            self._worker.join(timeout_ms / 1000)
        self._worker = None
        self._shut = True


def report_error(parent, error: BaseException) -> None:
    """The one handler: a ``ReviewDeskError`` is the user's to act on; anything else is a bug report."""
    from reviewdesk.gui.error_dialog import report_exception, show_error  # noqa: PLC0415 - loaded on first error

    if isinstance(error, ReviewDeskError):
        show_error(parent, error)
    else:
        report_exception(type(error), error, error.__traceback__, parent)


def _default_error_handler(error: BaseException) -> None:
    report_error(None, error)
