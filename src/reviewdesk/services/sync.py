"""Team sync, the API the CLI and the GUI call: changesets, merges, bundles' conflicts.

- ``build_changeset(store, refs)`` / ``merge(store, changeset, source)``: see
  ``sync_changeset`` and ``sync_merge`` (one transaction, lineages decide).
- ``list_conflicts(store, case_id=None)``: what merges could not decide, described in words.
- ``resolve_conflict(store, conflict_id, keep="kept"|"other")``: an undoable ``Edit``;
  resolving stamps the field again, so the choice fast-forwards to the other side at the next merge.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from reviewdesk.db import Store
from reviewdesk.db.lineage import extended
from reviewdesk.db.models import Case, Document, Question, SyncConflict
from reviewdesk.domain.errors import SubjectError
from reviewdesk.services.edits import Changes, Edit
from reviewdesk.services.rows import Recorder, RowImage, put_rows
from reviewdesk.services.sync_changeset import BY_KIND, Changeset, build_changeset
from reviewdesk.services.sync_merge import MergeReport, merge

__all__ = ["Changeset", "ConflictDTO", "MergeReport", "build_changeset", "list_conflicts", "merge",
           "resolve_conflict"]

_KIND_WORDS = {"tag": "tag", "answer_link": "answer link", "verdict": "verdict", "grade": "grade",
               "field_correction": "correction", "redaction": "redaction"}


class ConflictGone(SubjectError):
    """A conflict that was resolved or cleared meanwhile."""


@dataclass(frozen=True)
class ConflictDTO:
    id: int
    case_id: int | None
    kind: str
    field: str
    description: str  # e.g. "verdict on question 3 of AL OTH 78/2021: value"
    kept: object
    other: object
    kept_by: str
    kept_at: datetime | None
    other_by: str
    other_at: datetime | None
    source: str


def _describe(session, conflict: SyncConflict) -> str:
    model = BY_KIND[conflict.kind]
    row = session.scalar(select(model).where(model.uuid == conflict.row_uuid))
    case = session.get(Case, conflict.case_id) if conflict.case_id else None
    where = case.reference if case else "an unknown case"
    words = _KIND_WORDS.get(conflict.kind, conflict.kind)
    question_id = getattr(row, "question_id", None)
    if question_id is not None:
        number = session.scalar(select(Question.number).where(Question.id == question_id))
        return f"{words} on question {number} of {where}: {conflict.field}"
    document_id = getattr(row, "document_id", None)
    if document_id is not None:
        kind = session.scalar(select(Document.kind).where(Document.id == document_id))
        return f"{words} in the {kind} of {where}: {conflict.field}"
    return f"{words} of {where}: {conflict.field}"


def list_conflicts(store: Store, case_id: int | None = None) -> list[ConflictDTO]:
    """The conflicts merges recorded (of one case, or all), oldest first."""
    with store.session() as session:
        query = select(SyncConflict).order_by(SyncConflict.found_at, SyncConflict.id)
        if case_id is not None:
            query = query.where(SyncConflict.case_id == case_id)
        return [ConflictDTO(c.id, c.case_id, c.kind, c.field, _describe(session, c), c.kept, c.other, c.kept_by,
                            c.kept_at, c.other_by, c.other_at, c.source) for c in session.scalars(query)]


_CONFLICT_COLUMNS = [c.name for c in SyncConflict.__table__.columns]


@dataclass(frozen=True)
class ResolveUndo:
    """Puts the row back as it was and the conflict back in the list; applying again redoes the choice."""

    rows: tuple[RowImage, ...]
    conflict: dict | None  # the conflict to put back (undo), or None
    drop: int | None  # the conflict to remove (redo), or None
    changes: Changes

    def apply(self, store: Store) -> Edit:
        with store.session() as session:
            replaced = put_rows(session, self.rows)
            put_back, dropped = None, None
            if self.drop is not None:
                row = session.get(SyncConflict, self.drop)
                if row is not None:
                    put_back = {name: getattr(row, name) for name in _CONFLICT_COLUMNS}
                    session.delete(row)
            if self.conflict is not None:
                session.add(SyncConflict(**self.conflict))
                dropped = self.conflict["id"]
        return Edit(self.changes, ResolveUndo(replaced, put_back, dropped, self.changes))


def resolve_conflict(store: Store, conflict_id: int, keep: str = "kept") -> Edit:
    """Settle a conflict: keep the store's value (``"kept"``) or take the other side's (``"other"``).

    The field gets a new stamp either way, so the next merge carries the choice
    to the other side as a plain newer change. Undoable (the ``Edit``'s inverse).
    """
    if keep not in ("kept", "other"):
        raise ValueError(keep)
    with store.session() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise ConflictGone(f"conflict {conflict_id}", "was already resolved or cleared by a merge")
        model = BY_KIND[conflict.kind]
        row = session.scalar(select(model).where(model.uuid == conflict.row_uuid))
        recorder = Recorder(session)
        changes = Changes(cases=frozenset({conflict.case_id} if conflict.case_id else ()), tags=True, links=True,
                          assessment=True)
        saved = {name: getattr(conflict, name) for name in _CONFLICT_COLUMNS}
        if row is not None:
            recorder.before(model, [row.id])
            column = model.__table__.c[conflict.field]
            if keep == "other" and column.foreign_keys:
                raise ConflictGone(f"conflict {conflict_id}", "the other value names a record; edit the row instead")
            if keep == "other":
                setattr(row, conflict.field, conflict.other)
            else:
                row.stamps = extended(row.stamps, [conflict.field])
        session.delete(conflict)
    return Edit(changes, ResolveUndo(recorder.images if row is not None else (), saved, None, changes), conflict_id)
