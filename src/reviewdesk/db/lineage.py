"""Per-field lineages of shared annotation rows: which edits set each field, oldest first.

Two copies of a row (a laptop's, the server's) changed one field
independently exactly when neither lineage of that field is a prefix of the
other; when one is, the longer one is simply newer. So merges need no common
ancestor copy and give the same result in either order. A lineage grows by one
stamp per write of the field (a flush, an undo putting a value back); a new
row's fields share its creation stamp. Bookkeeping columns are not fields.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from uuid import uuid4

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

# Columns that say where a row is or how it is kept, not what a reviewer decided.
BOOKKEEPING = frozenset({"id", "uuid", "version", "stamps"})
SYNCED_TABLES = ("tag", "answer_link", "verdict", "grade", "field_correction", "redaction")


def new_stamp() -> str:
    return uuid4().hex[:12]


def fields(model) -> list[str]:
    """The columns of a synced model that lineages track."""
    return [c.name for c in model.__table__.columns if c.name not in BOOKKEEPING]


def creation_stamps(names: Iterable[str], stamp: str | None = None) -> dict[str, list[str]]:
    stamp = stamp or new_stamp()
    return {name: [stamp] for name in names}


def extended(stamps: Mapping[str, list[str]] | str | None, changed: Iterable[str],
             stamp: str | None = None) -> dict[str, list[str]]:
    """``stamps`` (a dict, or its JSON text as stored) with one new stamp on each changed field."""
    if isinstance(stamps, str):
        stamps = json.loads(stamps or "{}")
    result = {name: list(lineage) for name, lineage in (stamps or {}).items()}
    stamp = stamp or new_stamp()
    for name in changed:
        result.setdefault(name, []).append(stamp)
    return result


def _synced(row) -> bool:
    # By table name, so that opening a store need not import the models (read-only commands avoid them).
    table = getattr(type(row), "__table__", None)
    return table is not None and table.name in SYNCED_TABLES


@event.listens_for(Session, "before_flush")
def _stamp_flushed_rows(session: Session, _context, _instances) -> None:
    for row in session.new:
        if _synced(row) and not row.stamps:
            row.stamps = creation_stamps(fields(type(row)))
    for row in session.dirty:
        if not _synced(row):
            continue
        state = inspect(row)
        changed = [name for name in fields(type(row))
                   if name in state.attrs and state.attrs[name].history.has_changes()]
        if changed:
            row.stamps = extended(row.stamps, changed)
