"""Edits as data: what an edit changed, and the exact inverse that undoes it.

Every service that writes returns an ``Edit``: the caller's value, the
``Changes`` it made (which views must refresh) and an ``inverse``, plain data
whose ``apply(store)`` undoes the edit completely and returns, in turn, the
``Edit`` that redoes it. Undo is then complete by construction: the GUI's
commands never compute a before-state of their own, they only keep the
inverse the service handed back (see ``gui/commands.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from reviewdesk.db import Store


@dataclass(frozen=True)
class Changes:
    """What an operation changed, so each view refreshes only what it shows."""

    cases: frozenset[int] = frozenset()  # cases whose content (documents, work) changed
    case_list: bool = False  # rows of the case list: cases added or removed, replies paired, counts
    documents: frozenset[int] = frozenset()
    tags: bool = False
    links: bool = False  # answer links and rejected proposals
    assessment: bool = False  # verdicts and grades
    terms: bool = False  # vocabularies: labels, colours, shortcuts, hierarchy
    saved_searches: bool = False  # the sidebar's smart folders: added, renamed, changed, removed
    store: bool = False  # another store was opened: everything

    def __or__(self, other: Changes) -> Changes:
        merged = {}
        for spec in fields(self):
            mine, theirs = getattr(self, spec.name), getattr(other, spec.name)
            merged[spec.name] = (mine | theirs) if isinstance(mine, frozenset) else (mine or theirs)
        return Changes(**merged)

    def __bool__(self) -> bool:
        return any(getattr(self, spec.name) for spec in fields(self))

    def touches_case(self, case_id: int | None) -> bool:
        return self.store or (case_id is not None and case_id in self.cases)


NOTHING = Changes()
EVERYTHING = Changes(store=True, case_list=True, tags=True, links=True, assessment=True, terms=True,
                     saved_searches=True)


class Inverse(Protocol):
    """Plain data that undoes one edit when applied; applying returns the edit that redoes it."""

    def apply(self, store: Store) -> Edit: ...


@dataclass(frozen=True)
class Edit:
    changes: Changes
    inverse: Inverse
    value: Any = None  # what the service gives its caller (a new tag, a previous verdict, a count)


@dataclass(frozen=True)
class CompoundInverse:
    """Undoes several edits: the last one first."""

    parts: tuple[Inverse, ...] = field(default_factory=tuple)

    def apply(self, store: Store) -> Edit:
        return compound([part.apply(store) for part in reversed(self.parts)])


def compound(edits: list[Edit], value: Any = None) -> Edit:
    """Several edits as one: changes united, inverses applied in reverse order."""
    changes = NOTHING
    for edit in edits:
        changes = changes | edit.changes
    return Edit(changes, CompoundInverse(tuple(edit.inverse for edit in edits)), value)


@dataclass(frozen=True)
class NoInverse:
    """For an edit that changed nothing: undoing it changes nothing either."""

    def apply(self, store: Store) -> Edit:
        return Edit(NOTHING, self)
