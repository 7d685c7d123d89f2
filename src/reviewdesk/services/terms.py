"""The terms of the vocabularies: listing, adding, renaming, moving, shortcuts, retiring and merging.

Tags keep pointing at their term whatever happens to it, so no edit loses a
tag. Each edit returns an ``Edit`` whose inverse puts every touched row back
(the term, a term that lost its shortcut, moved children and tags); see
``services/rows.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewdesk.db import Store
from reviewdesk.db.models import Document, Tag, Term, Vocabulary
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.vocabulary import TagStatus
from reviewdesk.services.edits import Changes, Edit
from reviewdesk.services.rows import Recorder, RowsUndo

COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
EDITABLE = frozenset({"label", "parent_id", "colour", "shortcut", "retired"})


class TermError(ReviewDeskError, ValueError):
    pass


@dataclass(frozen=True)
class TermDTO:
    id: int
    key: str
    label: str
    colour: str
    shortcut: str | None
    vocabulary: str
    path: str
    synonyms: tuple[str, ...]
    uses: int = 0
    description: str = ""


@dataclass(frozen=True)
class TermState:
    """The editable columns of a term (what ``update_term`` gives back)."""

    id: int
    label: str
    parent_id: int | None
    colour: str
    shortcut: str | None
    retired: bool


@dataclass(frozen=True, kw_only=True)
class TermUndo(RowsUndo):
    """Undoes adding or changing a term; ``shortcut_taken_from``: the terms that lost their digit to it."""

    term_id: int
    shortcut_taken_from: tuple[int, ...] = ()


@dataclass(frozen=True, kw_only=True)
class MergeUndo(RowsUndo):
    """Undoes a merge: the tags and child terms moved to the target go back to the source, which is active again."""

    source_id: int
    target_id: int
    moved_tag_ids: tuple[int, ...]
    moved_child_ids: tuple[int, ...]


def list_terms(store: Store, include_retired: bool = False) -> list[TermDTO]:
    """Active terms, most used first within each vocabulary's own order."""
    with store.session() as session:
        uses = dict(session.execute(select(Tag.term_id, func.count(Tag.id)).where(Tag.status == TagStatus.ACCEPTED)
                                    .group_by(Tag.term_id)).all())
        rows = session.execute(
            select(Term, Vocabulary.name).join(Vocabulary, Vocabulary.id == Term.vocabulary_id)
            .order_by(Vocabulary.id, Term.position, Term.label)
        ).all()
        labels = {term.id: term.label for term, _ in rows}
        parents = {term.id: term.parent_id for term, _ in rows}
        result = []
        for term, vocabulary in rows:
            if term.retired and not include_retired:
                continue
            path = [term.label]
            parent = parents.get(term.id)
            while parent is not None:
                path.insert(0, labels[parent])
                parent = parents.get(parent)
            result.append(TermDTO(term.id, term.key, term.label, term.colour, term.shortcut, vocabulary,
                                  " › ".join([vocabulary, *path]), tuple(term.synonyms or ()), uses.get(term.id, 0),
                                  term.description or ""))
        return result


def _term(session: Session, term_id: int | None) -> Term:
    term = session.get(Term, term_id) if term_id is not None else None
    if term is None:
        raise TermError(f"no term {term_id}")
    return term


def _check_parent(session: Session, term: Term, parent_id: int | None) -> None:
    """A parent of the term's own vocabulary, and never the term itself or one of its descendants."""
    ancestor = parent_id
    while ancestor is not None:
        parent = _term(session, ancestor)
        if parent.vocabulary_id != term.vocabulary_id:
            raise TermError(f"{term.label!r} cannot be moved under {parent.label!r}, a term of another vocabulary")
        if parent.id == term.id:
            raise TermError(f"{term.label!r} cannot be moved under itself")
        ancestor = parent.parent_id


def _term_changes(session: Session, term_ids: Iterable[int]) -> Changes:
    """Terms changed; the cases whose tags show them (label, colour, path) refresh too."""
    cases = session.scalars(select(Document.case_id).join(Tag, Tag.document_id == Document.id)
                            .where(Tag.term_id.in_(list(term_ids)), Document.case_id.is_not(None)).distinct())
    return Changes(cases=frozenset(cases), terms=True, tags=True)


def update_term(store: Store, term_id: int, **changes) -> Edit:
    """Rename, recolour, move (``parent_id``), set the shortcut or retire a term; ``value`` is its TermState after.

    A shortcut another term holds moves to this term (the other loses it; undo gives it back).
    Tags keep pointing at the term whatever changes; a retired term is no longer offered for new tags.
    """
    unknown = set(changes) - EDITABLE
    if unknown:
        raise TermError(f"cannot change {', '.join(sorted(unknown))} of a term (only {', '.join(sorted(EDITABLE))})")
    with store.session() as session:
        term = _term(session, term_id)
        if "label" in changes and not (changes["label"] or "").strip():
            raise TermError(f"term {term.label!r} needs a label")
        if "colour" in changes and not COLOUR_RE.match(changes["colour"] or ""):
            raise TermError(f"colour {changes['colour']!r} of term {term.label!r} is not #RRGGBB")
        if "parent_id" in changes:
            _check_parent(session, term, changes["parent_id"])
        if "label" in changes:
            changes["label"] = changes["label"].strip()
        if "shortcut" in changes:
            changes["shortcut"] = changes["shortcut"] or None
        recorder = Recorder(session)
        recorder.before(Term, [term_id])
        holders = session.scalars(select(Term).where(Term.shortcut == changes["shortcut"], Term.id != term_id)
                                  .order_by(Term.id)).all() if changes.get("shortcut") else []
        recorder.before(Term, [holder.id for holder in holders])
        for holder in holders:  # one digit, one term: the key press must not be ambiguous
            holder.shortcut = None
        for name, value in changes.items():
            setattr(term, name, value)
        edit_changes = _term_changes(session, [term_id])
        undo = TermUndo(rows=recorder.images, changes=edit_changes, term_id=term_id,
                        shortcut_taken_from=tuple(holder.id for holder in holders))
        state = TermState(term.id, term.label, term.parent_id, term.colour, term.shortcut, term.retired)
        return Edit(edit_changes, undo, state)


def merge_terms(store: Store, source_id: int, target_id: int) -> Edit:
    """Move every tag and child term of ``source`` to ``target`` and retire ``source``.

    ``value`` is the tuple of moved tag ids. When the target lies under the
    source, it first takes the source's place, so the tree gets no cycle.
    """
    if source_id == target_id:
        raise TermError(f"term {source_id} cannot be merged into itself")
    with store.session() as session:
        source, target = _term(session, source_id), _term(session, target_id)
        if source.vocabulary_id != target.vocabulary_id:
            raise TermError(f"{source.label!r} and {target.label!r} belong to different vocabularies")
        if target.retired:
            raise TermError(f"{target.label!r} is retired; merge into an active term")
        tags = session.scalars(select(Tag).where(Tag.term_id == source_id).order_by(Tag.id)).all()
        children = session.scalars(select(Term).where(Term.parent_id == source_id, Term.id != target_id)
                                   .order_by(Term.id)).all()
        recorder = Recorder(session)
        recorder.before(Term, [source_id, target_id, *(child.id for child in children)])
        recorder.before(Tag, [tag.id for tag in tags])
        if _descends_from(session, target, source_id):
            target.parent_id = source.parent_id
        for tag in tags:
            tag.term_id = target_id
        for child in children:
            child.parent_id = target_id
        source.retired = True
        session.flush()
        changes = _term_changes(session, [target_id])
        moved = tuple(tag.id for tag in tags)
        undo = MergeUndo(rows=recorder.images, changes=changes, source_id=source_id, target_id=target_id,
                         moved_tag_ids=moved, moved_child_ids=tuple(child.id for child in children))
        return Edit(changes, undo, moved)


def _descends_from(session: Session, term: Term, ancestor_id: int) -> bool:
    parent = term.parent_id
    while parent is not None:
        if parent == ancestor_id:
            return True
        parent = session.get(Term, parent).parent_id
    return False


def add_term(store: Store, vocabulary_key: str, label: str, parent_id: int | None = None,
             colour: str = "#999999") -> Edit:
    """A new term (its key derived from the label); ``value`` is its id. Undo deletes it again."""
    if not label.strip():
        raise TermError("a term needs a label")
    if not COLOUR_RE.match(colour or ""):
        raise TermError(f"colour {colour!r} of term {label.strip()!r} is not #RRGGBB")
    with store.session() as session:
        vocabulary = session.scalar(select(Vocabulary).where(Vocabulary.key == vocabulary_key))
        if vocabulary is None:
            raise TermError(f"no vocabulary {vocabulary_key!r}")
        base = re.sub(r"[^a-z0-9]+", "-", label.casefold()).strip("-")[:100] or "term"
        key, suffix = base, 1
        while session.scalar(select(Term.id).where(Term.vocabulary_id == vocabulary.id, Term.key == key)):
            suffix += 1
            key = f"{base}-{suffix}"
        term = Term(vocabulary_id=vocabulary.id, key=key, label=label.strip(), parent_id=None, colour=colour,
                    position=10_000, synonyms=[label.strip().casefold()])
        session.add(term)
        session.flush()
        _check_parent(session, term, parent_id)
        term.parent_id = parent_id
        recorder = Recorder(session)
        recorder.created(Term, [term.id])
        changes = Changes(terms=True)
        return Edit(changes, TermUndo(rows=recorder.images, changes=changes, term_id=term.id), term.id)
