"""Row images: the inverse of an edit as the rows it touched, exactly as they were.

An edit records each row it is about to change or delete (every column) and
each row it creates (as absent). Its inverse writes those images back in one
transaction and records the images it replaced, which is the redo; so undo and
redo are the same operation and neither re-runs the service (which would stamp
new times). Columns are read and written raw, without type conversion, so
dates, JSON and booleans come back byte for byte whoever wrote them (the ORM, a
migration's SQL), and an ``onupdate`` timestamp is put back rather than bumped.
Because the images name every column of the table, a column added to the schema
is covered without touching any service.

Rows are put back parents first and removed children first, so a child is
re-pointed (a link moved to the question it was merged into) before the row
it pointed at goes, and no ON DELETE cascade takes it along. Question numbers,
unique per letter, are shuffled by the questions editor; they are parked on
negative values first so that putting them back never collides midway. A
document whose text is put back is indexed again for search.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Text, cast, column, delete, insert, select, table, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reviewdesk.db.models import (
    AnswerLink,
    Case,
    Document,
    FieldCorrection,
    Grade,
    Question,
    Redaction,
    RejectedSuggestion,
    SavedSearch,
    Section,
    Tag,
    Term,
    TextBlock,
    VerdictRow,
)
from reviewdesk.db.fulltext import index_document, unindex_document
from reviewdesk.db.lineage import BOOKKEEPING, SYNCED_TABLES, extended
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.services.edits import Changes, Edit

if TYPE_CHECKING:
    from reviewdesk.db import Store

# Parents before children: inserts and updates run in this order, deletes in the reverse one.
_MODELS = (Term, Case, Document, Section, TextBlock, Question, Tag, AnswerLink, RejectedSuggestion, VerdictRow,
           Grade, FieldCorrection, SavedSearch, Redaction)
_BY_TABLE = {model.__tablename__: model for model in _MODELS}
_ORDER = {model.__tablename__: index for index, model in enumerate(_MODELS)}
# Columns unique within their table that edits move between rows: parked before rows are put back.
_SHUFFLED = {Question.__tablename__: "number"}


class UndoError(ReviewDeskError):
    """An undo or redo that cannot be applied because the store changed under it."""


@dataclass(frozen=True)
class RowImage:
    """One row as it was: ``values`` names the columns recorded, None when the row did not exist."""

    table: str
    id: int
    values: tuple[tuple[str, Any], ...] | None


def _raw(table_name: str, names: Iterable[str]):
    """The table without column types, so values pass through unconverted."""
    return table(table_name, *(column(name) for name in names))


def _columns(table_name: str) -> list[str]:
    return [c.name for c in _BY_TABLE[table_name].__table__.columns if c.name != "id"]


def _as_stored(raw, table_name: str, name: str):
    # JSON is read as its text on every engine (PostgreSQL's driver would decode it), so it is written back as read.
    typed = _BY_TABLE[table_name].__table__.c[name].type
    return cast(raw.c[name], Text) if isinstance(typed, JSON) else raw.c[name]


def _read(session: Session, table_name: str, ids: Iterable[int], names: list[str] | None = None) -> dict[int, tuple]:
    names = names or _columns(table_name)
    raw = _raw(table_name, {"id", *names})
    rows = session.execute(select(raw.c.id, *(_as_stored(raw, table_name, n) for n in names))
                           .where(raw.c.id.in_(list(ids))))
    return {row[0]: tuple(zip(names, row[1:])) for row in rows}


class Recorder:
    """Collects the images of the rows one edit touches; the first image of a row wins."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._images: dict[tuple[str, int], RowImage] = {}

    def before(self, model, ids: Iterable[int], columns: Iterable[str] | None = None) -> None:
        """Rows about to change or be deleted; ``columns`` limits an image to what the edit may change."""
        name = model.__tablename__
        fresh = [i for i in ids if (name, i) not in self._images]
        if not fresh:
            return
        self.session.flush()
        found = _read(self.session, name, fresh, list(columns) if columns else None)
        for row_id in fresh:
            self._images[(name, row_id)] = RowImage(name, row_id, found.get(row_id))

    def created(self, model, ids: Iterable[int]) -> None:
        """Rows the edit inserted (call after a flush): undo deletes them."""
        for row_id in ids:
            self._images.setdefault((model.__tablename__, row_id), RowImage(model.__tablename__, row_id, None))

    @property
    def images(self) -> tuple[RowImage, ...]:
        return tuple(self._images.values())


def _names(image: RowImage) -> tuple[str, ...] | None:
    return tuple(name for name, _value in image.values) if image.values is not None else None


def put_rows(session: Session, images: tuple[RowImage, ...]) -> tuple[RowImage, ...]:
    """Make each row as its image says; returns the images of what was there (the way back)."""
    # What is there now, over the same columns (all of them where the row is to go), one query per kind of image.
    groups: dict[tuple[str, tuple[str, ...] | None], list[int]] = {}
    for image in images:
        groups.setdefault((image.table, _names(image)), []).append(image.id)
    found = {(table, names, row_id): values for (table, names), ids in groups.items()
             for row_id, values in _read(session, table, ids, list(names) if names else None).items()}
    current = [RowImage(i.table, i.id, found.get((i.table, _names(i), i.id))) for i in images]
    pairs = list(zip(images, current))
    _park(session, pairs)
    for image, now in sorted(pairs, key=lambda pair: _ORDER[pair[0].table]):
        if image.values is None:
            continue
        values = dict(image.values)
        raw = _raw(image.table, {"id", *values})
        if now.values is None:
            _execute(session, insert(raw).values(id=image.id, **values), image, "put back")
        else:
            if image.table in SYNCED_TABLES:
                values = _as_new_write(session, image, values, dict(now.values))
                raw = _raw(image.table, {"id", *values})
            _execute(session, update(raw).where(raw.c.id == image.id).values(**values), image, "put back")
    for image, now in sorted(pairs, key=lambda pair: -_ORDER[pair[0].table]):
        if image.values is None and now.values is not None:
            raw = _raw(image.table, ["id"])
            _execute(session, delete(raw).where(raw.c.id == image.id), image, "removed")
    _reindex(session, pairs)
    return tuple(current)


def _as_new_write(session: Session, image: RowImage, values: dict[str, Any], now: dict[str, Any]) -> dict[str, Any]:
    """Putting a shared row's values back is a write like any other: a new version, a new stamp per field.

    Otherwise an undo after a check-in would look older than the copy it undid
    and a merge would bring the undone value back.
    """
    raw = _raw(image.table, ["id", "version", "stamps"])
    version, stamps = session.execute(select(raw.c.version, cast(raw.c.stamps, Text))
                                      .where(raw.c.id == image.id)).one()
    changed = [name for name, value in values.items() if name not in BOOKKEEPING and now.get(name, value) != value]
    written = {name: value for name, value in values.items() if name not in ("version", "stamps")}
    written["version"] = version + 1
    written["stamps"] = json.dumps(extended(stamps, changed))
    return written


def _park(session: Session, pairs: list[tuple[RowImage, RowImage]]) -> None:
    """Move the shuffled unique values of every existing row about to change out of the way (to -id)."""
    for table_name, name in _SHUFFLED.items():
        ids = [now.id for image, now in pairs if image.table == table_name and now.values is not None
               and (image.values is None or name in dict(image.values))]
        if ids:
            raw = _raw(table_name, ["id", name])
            session.execute(update(raw).where(raw.c.id.in_(ids)).values({name: -raw.c.id}))


def _reindex(session: Session, pairs: list[tuple[RowImage, RowImage]]) -> None:
    """Search follows the text put back: documents removed leave the index, changed texts are indexed again.

    A text put back unchanged is left alone, so the index (and its shadow tables) stays byte for byte.
    """
    for image, now in pairs:
        if image.table != Document.__tablename__:
            continue
        if image.values is None:
            if now.values is not None:
                unindex_document(session, image.id)
            continue
        text = dict(image.values).get("text")
        if text is not None and (now.values is None or dict(now.values).get("text") != text):
            index_document(session, image.id, text)


def _execute(session: Session, statement, image: RowImage, doing: str) -> None:
    try:
        session.execute(statement)
    except IntegrityError as exc:
        # E.g. undoing "add term" after another window tagged with it: say so; the transaction rolls back.
        raise UndoError(f"{image.table} {image.id} cannot be {doing}: the store changed since this edit "
                        f"({exc.orig})") from exc


@dataclass(frozen=True, kw_only=True)
class RowsUndo:
    """The inverse of a row edit; applying it returns the same kind of inverse holding the rows it replaced.

    Subclasses name the edit and carry its facts (which tags moved, which term
    lost its shortcut) for the caller; putting the rows back is all they do.
    """

    rows: tuple[RowImage, ...]
    changes: Changes

    def apply(self, store: Store) -> Edit:
        with store.session() as session:
            replaced = put_rows(session, self.rows)
        return Edit(self.changes, replace(self, rows=replaced))
