"""Merging a changeset into a store: by UUID, field by field, by lineage, in one transaction.

Rows new to the target are added unless the target tombstoned them (deletions
win: nothing deleted comes back); an incoming tombstone deletes the row. For a
row on both sides, per field: equal values join their lineages; a lineage that
is a prefix of the other is older, so the longer one wins; two diverged
lineages with different values are a conflict, kept deterministically (the
side whose last stamp sorts greater), so merging A into B and B into A give
the same content; the conflict is recorded in ``sync_conflict``. Who/when
columns (author, updated_at…) follow the content they describe and are never
conflicts by themselves. A merge that fast-forwards a field past a recorded
conflict clears it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from reviewdesk.db import Store
from reviewdesk.db.errors import ConcurrentWrite
from reviewdesk.db.models import SyncConflict, Tombstone
from reviewdesk.domain.errors import SubjectError
from reviewdesk.services.sync_changeset import (
    BY_KIND,
    CHANGESET_SCHEMA,
    REFERENCES,
    Changeset,
    Keys,
    decode,
    encode,
)
from reviewdesk.services.sync_create import create_missing

# Who/when columns: they follow the content fields and never conflict by themselves.
FOLLOWERS = frozenset({"author", "updated_by", "updated_at", "corrected_at", "created_at"})


class MergeRefused(SubjectError):
    """A changeset this store cannot take (newer schema, a document it lacks); nothing was changed."""


@dataclass
class CaseMerge:
    reference: str
    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0


@dataclass
class MergeReport:
    """What one merge did, in total and per case (by reference)."""

    source: str
    cases: dict[str, CaseMerge] = field(default_factory=dict)

    def case(self, reference: str | None) -> CaseMerge:
        reference = reference or ""
        return self.cases.setdefault(reference, CaseMerge(reference))

    def _total(self, name: str) -> int:
        return sum(getattr(c, name) for c in self.cases.values())

    @property
    def added(self) -> int:
        return self._total("added")

    @property
    def updated(self) -> int:
        return self._total("updated")

    @property
    def deleted(self) -> int:
        return self._total("deleted")

    @property
    def conflicts(self) -> int:
        return self._total("conflicts")


def _is_prefix(short: list, long: list) -> bool:
    return len(short) <= len(long) and long[:len(short)] == short


def join(a: list, b: list) -> list:
    """Two lineages as one, the same whichever comes first: the longer if one extends the other."""
    if _is_prefix(a, b):
        return list(b)
    if _is_prefix(b, a):
        return list(a)
    common = 0
    while a[common] == b[common]:
        common += 1
    return a[:common] + sorted(set(a[common:]) | set(b[common:]))


def _local_fields(row, table, keys: Keys) -> dict:
    values = {}
    for column in table.columns:
        if column.name in ("id", "uuid", "version", "stamps"):
            continue
        kind = REFERENCES.get(column.name)
        value = row._mapping[column.name]
        values[column.name] = keys.key(kind, value) if kind else encode(value, column)
    return values


def _to_columns(values: dict, table, keys: Keys, where: object) -> dict:
    result = {}
    for name, value in values.items():
        kind = REFERENCES.get(name)
        if kind:
            local = keys.id(kind, value)
            if local is None and value is not None:
                raise MergeRefused(where, f"this store has no {kind.replace('_', ' ')} {value}")
            result[name] = local
        else:
            result[name] = decode(value, table.c[name])
    return result


def _stamp_of(stamps: dict) -> str:
    return max((lineage[-1] for lineage in stamps.values() if lineage), default="")


def _merge_row(session, table, local, incoming: dict, keys: Keys, report: CaseMerge, source: str, where) -> None:
    mine = _local_fields(local, table, keys)
    my_stamps = dict(local._mapping["stamps"] or {})
    theirs, their_stamps = incoming["fields"], dict(incoming["stamps"])
    values, stamps, conflicts, cleared = {}, {}, [], []
    winner_stamp, winner_theirs = "", None
    for name in mine:
        if name in FOLLOWERS:
            continue
        a, b = my_stamps.get(name, []), their_stamps.get(name, [])
        mv, tv = mine[name], theirs.get(name)
        if mv == tv:
            stamps[name] = join(a, b)
            continue
        if _is_prefix(a, b) and a != b:
            take_theirs = True
            cleared.append(name)
        elif _is_prefix(b, a):
            take_theirs = False
        else:
            take_theirs = (b[-1] if b else "") > (a[-1] if a else "")
            conflicts.append((name, tv if take_theirs else mv, mv if take_theirs else tv, take_theirs))
        stamps[name] = join(a, b)
        values[name] = tv if take_theirs else mv
        last = stamps[name][-1] if stamps[name] else ""
        if last >= winner_stamp:
            winner_stamp, winner_theirs = last, take_theirs
    if winner_theirs is None:  # no content differs: who/when from one side chosen the same either way
        winner_theirs = repr(sorted((k, theirs.get(k)) for k in FOLLOWERS if k in mine)) > \
            repr(sorted((k, mine[k]) for k in FOLLOWERS if k in mine))
    for name in FOLLOWERS & set(mine):
        stamps[name] = join(my_stamps.get(name, []), their_stamps.get(name, []))
        values[name] = theirs.get(name) if winner_theirs else mine[name]
    changed = {k: v for k, v in values.items() if mine[k] != v}
    uuid = incoming["uuid"]
    for name in cleared:
        session.execute(delete(SyncConflict).where(SyncConflict.row_uuid == uuid, SyncConflict.field == name))
    if not changed and stamps == my_stamps:
        return
    written = _to_columns({**mine, **values}, table, keys, where)
    result = session.execute(update(table).where(table.c.id == local._mapping["id"],
                                                 table.c.version == local._mapping["version"])
                             .values(**written, stamps=stamps,
                                     version=max(local._mapping["version"], incoming["version"]) + 1))
    if result.rowcount != 1:
        raise ConcurrentWrite(where, "an annotation changed while it was being merged; nothing was kept: try again")
    if changed:
        report.updated += 1
    now = datetime.now(UTC)
    for name, kept, other, took_theirs in conflicts:
        kept_side, other_side = (theirs, mine) if took_theirs else (mine, theirs)
        session.execute(delete(SyncConflict).where(SyncConflict.row_uuid == uuid, SyncConflict.field == name))
        session.add(SyncConflict(kind=table.name, row_uuid=uuid, case_id=keys.id("case", report.reference),
                                 field=name, kept=kept, other=other,
                                 kept_by=kept_side.get("updated_by") or kept_side.get("author") or "",
                                 other_by=other_side.get("updated_by") or other_side.get("author") or "",
                                 kept_at=_when(kept_side), other_at=_when(other_side), source=source, found_at=now))
        report.conflicts += 1


def _when(values: dict):
    for name in ("updated_at", "corrected_at", "created_at"):
        if values.get(name):
            return datetime.fromisoformat(values[name])
    return None


def merge_in(session: Session, data: dict, source: str, where: object = "store",
             before_commit: Callable[[Session], None] | None = None,
             blob: Callable[[str], bytes | None] = lambda _sha: None) -> MergeReport:
    """Merge changeset ``data`` within ``session`` (the caller commits); see the module's rules."""
    if data.get("schema", 0) > CHANGESET_SCHEMA:
        raise MergeRefused(where, f"the changes come from a newer ReviewDesk (schema {data['schema']}, "
                                  f"this one reads up to {CHANGESET_SCHEMA}); nothing was changed")
    keys = Keys(session)
    report = MergeReport(source)
    create_missing(session, data, keys, blob, where)
    stones = {s["uuid"] for s in data["tombstones"]}
    for kind, rows in data["rows"].items():
        table = BY_KIND[kind].__table__
        for incoming in rows:
            reference = _case_of(incoming["fields"], keys)
            local = session.execute(select(table).where(table.c.uuid == incoming["uuid"])).first()
            if local is None:
                if session.get(Tombstone, incoming["uuid"]) is not None or incoming["uuid"] in stones:
                    continue
                session.execute(insert(table).values(uuid=incoming["uuid"], version=incoming["version"],
                                                     stamps=incoming["stamps"],
                                                     **_to_columns(incoming["fields"], table, keys, where)))
                report.case(reference).added += 1
            else:
                _merge_row(session, table, local, incoming, keys, report.case(reference), source, where)
    for stone in data["tombstones"]:
        table = BY_KIND[stone["kind"]].__table__
        gone = session.execute(delete(table).where(table.c.uuid == stone["uuid"])).rowcount
        if gone:
            report.case(stone["case"]).deleted += 1
            session.execute(delete(SyncConflict).where(SyncConflict.row_uuid == stone["uuid"]))
        elif session.get(Tombstone, stone["uuid"]) is None:
            session.add(Tombstone(uuid=stone["uuid"], kind=stone["kind"], case_id=keys.id("case", stone["case"]),
                                  deleted_at=datetime.fromisoformat(stone["deleted_at"])))
    session.flush()
    if before_commit is not None:
        before_commit(session)
    return report


def _case_of(values: dict, keys: Keys) -> str | None:
    if values.get("case_id"):
        return values["case_id"]
    document = values.get("document_id") or (values.get("question_id") or [None])[0]
    if document is None:
        return None
    document_id = keys.id("document", document)
    from reviewdesk.db.models import Document

    return keys.key("case", keys.session.get(Document, document_id).case_id) if document_id else None


def merge(store: Store, changeset: Changeset, source: str = "",
          before_commit: Callable[[Session], None] | None = None) -> MergeReport:
    """Merge ``changeset`` into ``store`` in ONE transaction; on any error nothing of it is kept.

    ``source`` names where the changes come from (a bundle's file, a store) in
    the conflicts recorded. ``before_commit`` is called with the session after
    every write and before the commit (tests break the connection there).
    """
    with store.session() as session:
        return merge_in(session, changeset.data, source, store.location, before_commit, changeset.blob)
