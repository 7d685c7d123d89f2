"""Changes made by others appear in the open window within seconds: the change log, polled.

Every few seconds one query on the store worker reads the change log since
the last entry seen (``services.change_feed``) and hands the cases others
changed to the window as ``Changes``, which refreshes them the way it
refreshes after its own edits: the open case keeps its document, scroll and
selection. A team store's log names each writer, so this window's own edits
are left out exactly; a store file's names none, so the cases this window
itself edited since the last poll are left out instead (a second program
changing the same case in those few seconds is then shown at its next change).
A poll is skipped while the worker is busy, so polling never queues behind an import.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from reviewdesk.services.change_feed import ChangeFeed, changes_since, latest_change
from reviewdesk.services.edits import Changes

POLL_MS = 3000
_KEY = "live-updates"

# What a kind of annotation row makes the views refresh.
_REFRESHES = {
    "tag": Changes(tags=True),
    "answer_link": Changes(links=True),
    "verdict": Changes(assessment=True),
    "grade": Changes(assessment=True, case_list=True),
    "field_correction": Changes(case_list=True),
    "redaction": Changes(),
}


def changes_of(feed: ChangeFeed, skipped_cases: frozenset[int] = frozenset()) -> Changes:
    """The Changes the window applies for what others did (``skipped_cases``: this window's own)."""
    cases = feed.cases - skipped_cases
    if not cases and not feed.unplaced:
        return Changes()
    changes = Changes(cases=frozenset(cases), case_list=feed.unplaced)
    for kind in feed.kinds:
        changes = changes | _REFRESHES.get(kind, Changes())
    return changes


class LiveUpdates(QObject):
    """Polls the store worker for others' changes; ``arrived`` carries them as Changes."""

    arrived = Signal(object)  # Changes

    def __init__(self, ops, parent: QObject | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._ops = ops
        self._last: int | None = None
        self._own_cases: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        ops.changed.connect(self._own_edit)

    def start(self) -> None:
        """From now on (the current end of the log: what was there is already shown)."""
        self._last = None
        self._ops.query(lambda store: latest_change(store) if store is not None else None, self._started,
                        key=_KEY, on_error=self._failed)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _started(self, last: int | None) -> None:
        self._last = last
        self._own_cases.clear()

    def _failed(self, _error: BaseException) -> None:
        # A server out of reach: the reviewer's next action reports it; a dialog every few seconds would not help.
        pass

    def _own_edit(self, changes: Changes) -> None:
        if changes.store:
            self.start()  # another store: its log, from its end
        else:
            self._own_cases |= changes.cases

    def poll(self) -> None:
        if self._last is None or not self._ops.idle():
            return
        after = self._last
        self._ops.query(lambda store: changes_since(store, after) if store is not None else None, self._polled,
                        key=_KEY, on_error=self._failed)

    def _polled(self, feed: ChangeFeed | None) -> None:
        if feed is None or self._last is None:  # no store, or another one opened meanwhile
            return
        self._last = feed.last_id
        own, self._own_cases = frozenset(self._own_cases), set()
        changes = changes_of(feed, frozenset() if feed.others_only else own)
        if changes:
            self.arrived.emit(changes)
