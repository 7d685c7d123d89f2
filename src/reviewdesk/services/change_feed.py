"""What changed in the store since a point: the change log that triggers keep (migration 0019).

Every insert, update and delete of an annotation by anyone (this window, the
CLI, a colleague on the team store) adds a row naming its case. An open
window polls ``changes_since`` with the last id it saw and refreshes those
cases; the id only grows, so nothing is missed between two polls. On a team
store each entry names the client that wrote it, so the feed leaves out the
asking store's own writes (``others_only``); a file store's entries name none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, func, select

from reviewdesk.db import Store
from reviewdesk.db.models import ChangeLog

# Polling windows read at most this many rows at once; more means "much changed": read the rest next time.
_BATCH = 5000


@dataclass(frozen=True)
class ChangeFeed:
    last_id: int  # pass it to the next call
    cases: frozenset[int]
    kinds: frozenset[str]  # tag, answer_link, verdict, grade, field_correction, redaction
    unplaced: bool = False  # a change whose case could not be told (e.g. its question was deleted with it)
    others_only: bool = False  # the asking store's own writes are left out (a team store)

    @property
    def empty(self) -> bool:
        return not self.kinds


def latest_change(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.max(ChangeLog.id))) or 0


def changes_since(store: Store, after: int) -> ChangeFeed:
    with store.session() as session:
        rows = session.execute(select(ChangeLog.id, ChangeLog.case_id, ChangeLog.kind, ChangeLog.origin)
                               .where(ChangeLog.id > after).order_by(ChangeLog.id).limit(_BATCH)).all()
    others_only = store.writer is not None
    if not rows:
        return ChangeFeed(after, frozenset(), frozenset(), others_only=others_only)
    theirs = [r for r in rows if not others_only or r.origin != store.writer]
    return ChangeFeed(rows[-1].id, frozenset(r.case_id for r in theirs if r.case_id is not None),
                      frozenset(r.kind for r in theirs), any(r.case_id is None for r in theirs), others_only)


def prune_change_log(store: Store, older_than: timedelta = timedelta(days=30)) -> int:
    """Drop entries no open window still needs (windows poll every few seconds); how many went."""
    cutoff = datetime.now(timezone.utc) - older_than
    with store.session() as session:
        return session.execute(delete(ChangeLog).where(ChangeLog.at < cutoff)).rowcount
