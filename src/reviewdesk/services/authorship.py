"""Signing earlier work: when a reviewer first gives their name, the author-less tags, corrections and
redactions made on this store before it become theirs, in one undoable edit.

Why at that moment and not when exporting: the author is provenance, stored with the work, and every
reader of it (briefings, CSV, the deadlines' grouping per reviewer) must name the same person. Filling
it in at export would credit whoever exports — a colleague opening the same store, or a later name —
with tags they never made. The reviewer who has just typed a name is the one who worked unnamed in
this store so far; if not, Undo takes the signature back.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from reviewdesk.db import Store
from reviewdesk.db.models import Document, FieldCorrection, Redaction, Tag
from reviewdesk.domain.vocabulary import TagStatus
from reviewdesk.services.edits import Changes, Edit
from reviewdesk.services.rows import Recorder, RowsUndo


@dataclass(frozen=True, kw_only=True)
class SignUndo(RowsUndo):
    """Undoes a signature: exactly these rows' author goes back to blank."""


@dataclass(frozen=True)
class Signed:
    tags: int = 0
    corrections: int = 0
    redactions: int = 0

    @property
    def total(self) -> int:
        return self.tags + self.corrections + self.redactions


def unsigned_count(store: Store) -> Signed:
    """How many accepted tags, corrections and redactions have no author (pending proposals are ReviewDesk's)."""
    with store.session() as session:
        return Signed(*(len(ids) for ids, _cases in _unsigned(session)))


def _unsigned(session) -> list[tuple[list[int], set[int]]]:
    """(row ids, case ids) of the author-less tags, corrections and redactions."""
    tags = session.execute(select(Tag.id, Document.case_id).join(Document, Document.id == Tag.document_id)
                           .where(Tag.author == "", Tag.status == TagStatus.ACCEPTED)).all()
    corrections = session.execute(
        select(FieldCorrection.id, FieldCorrection.case_id, Document.case_id)
        .outerjoin(Document, Document.id == FieldCorrection.document_id).where(FieldCorrection.author == "")).all()
    redactions = session.execute(select(Redaction.id, Redaction.case_id).where(Redaction.author == "")).all()
    return [([row[0] for row in tags], {row[1] for row in tags}),
            ([row[0] for row in corrections], {row[1] or row[2] for row in corrections} - {None}),
            ([row[0] for row in redactions], {row[1] for row in redactions})]


def sign_unsigned(store: Store, reviewer: str) -> Edit:
    """Record ``reviewer`` as the author of every author-less tag (and its note), correction and redaction;
    ``value`` is a :class:`Signed` count. A blank name signs nothing."""
    reviewer = reviewer.strip()
    with store.session() as session:
        found = _unsigned(session) if reviewer else [([], set())] * 3
        recorder = Recorder(session)
        for model, (ids, _cases) in zip((Tag, FieldCorrection, Redaction), found):
            # A tag's updated_at moves with any change of its row (onupdate): recorded so undo restores it.
            recorder.before(model, ids, columns=["author", "updated_at"] if model is Tag else ["author"])
            for row in session.scalars(select(model).where(model.id.in_(ids))):
                row.author = reviewer
        session.flush()
        cases = frozenset(set().union(*(cases for _ids, cases in found)))
        changes = Changes(cases=cases, tags=bool(found[0][0])) if cases else Changes()
        return Edit(changes, SignUndo(rows=recorder.images, changes=changes), Signed(*(len(i) for i, _c in found)))
