"""Saved searches (smart folders): a named ``CaseFilter`` in the sidebar, with its live count of cases.

Each edit is one transaction and returns an ``Edit`` whose inverse puts the
rows back exactly (``services/rows.py``), so the window can undo it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewdesk.db import Store
from reviewdesk.db.models import SavedSearch
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.search_query import parse_query
from reviewdesk.services.dto import CaseFilter, SavedSearchDTO
from reviewdesk.services.edits import Changes, Edit
from reviewdesk.services.facets import facet_index, query_case_ids
from reviewdesk.services.rows import Recorder, RowsUndo

CHANGES = Changes(saved_searches=True)
MAX_NAME = 200


class SavedSearchError(ReviewDeskError, ValueError):
    pass


@dataclass(frozen=True, kw_only=True)
class SavedSearchUndo(RowsUndo):
    """Undoes saving, renaming or deleting one saved search."""

    saved_search_id: int


def _dto(row: SavedSearch) -> SavedSearchDTO:
    return SavedSearchDTO(row.id, row.name, CaseFilter.from_json(row.filter), row.position)


def _clean(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise SavedSearchError("a saved search needs a name")
    if len(cleaned) > MAX_NAME:
        raise SavedSearchError(f"the name {cleaned[:40]!r}… is {len(cleaned)} characters long; at most {MAX_NAME}")
    return cleaned


def _by_name(session: Session, name: str) -> SavedSearch | None:
    return session.scalar(select(SavedSearch).where(SavedSearch.name == name))


def _named(session: Session, name: str) -> SavedSearch:
    row = _by_name(session, _clean(name))
    if row is None:
        names = ", ".join(session.scalars(select(SavedSearch.name).order_by(SavedSearch.position))) or "none"
        raise SavedSearchError(f"no saved search {name!r}; saved searches: {names}")
    return row


def list_saved_searches(store: Store) -> tuple[SavedSearchDTO, ...]:
    with store.session() as session:
        rows = session.scalars(select(SavedSearch).order_by(SavedSearch.position, SavedSearch.id))
        return tuple(_dto(row) for row in rows)


def saved_search(store: Store, name: str) -> SavedSearchDTO:
    with store.session() as session:
        return _dto(_named(session, name))


def save_search(store: Store, name: str, filters: CaseFilter) -> Edit:
    """Save ``filters`` under ``name``: a new saved search (last in the sidebar), or the one of that name replaced."""
    name = _clean(name)
    parse_query(filters.query)  # a query or a facet value that cannot be used is refused now, not at every count
    with store.session() as session:
        facet_index(store, session).selection(filters)
        recorder = Recorder(session)
        row = _by_name(session, name)
        if row is None:
            last = session.scalar(select(func.max(SavedSearch.position)))
            row = SavedSearch(name=name, filter=filters.to_json(), position=(last + 1) if last is not None else 0)
            session.add(row)
            session.flush()
            recorder.created(SavedSearch, [row.id])
        else:
            recorder.before(SavedSearch, [row.id])
            row.filter = filters.to_json()
            session.flush()
        return Edit(CHANGES, SavedSearchUndo(rows=recorder.images, changes=CHANGES, saved_search_id=row.id), _dto(row))


def rename_saved_search(store: Store, name: str, new_name: str) -> Edit:
    new_name = _clean(new_name)
    with store.session() as session:
        row = _named(session, name)
        other = _by_name(session, new_name)
        if other is not None and other.id != row.id:
            raise SavedSearchError(f"a saved search is already named {new_name!r}")
        recorder = Recorder(session)
        recorder.before(SavedSearch, [row.id])
        row.name = new_name
        session.flush()
        return Edit(CHANGES, SavedSearchUndo(rows=recorder.images, changes=CHANGES, saved_search_id=row.id), _dto(row))


def delete_saved_search(store: Store, name: str) -> Edit:
    with store.session() as session:
        row = _named(session, name)
        recorder = Recorder(session)
        recorder.before(SavedSearch, [row.id])
        deleted = _dto(row)
        session.delete(row)
        session.flush()
        return Edit(CHANGES, SavedSearchUndo(rows=recorder.images, changes=CHANGES, saved_search_id=deleted.id), deleted)


def saved_search_counts(store: Store, today: date | None = None) -> dict[int, int | None]:
    """Saved search id -> its number of matching cases now; None when its filter no longer applies.

    (A facet value gone from the store, or a query that cannot be searched: the sidebar shows it as such.)
    """
    with store.session() as session:
        rows = session.scalars(select(SavedSearch).order_by(SavedSearch.position, SavedSearch.id)).all()
        if not rows:
            return {}
        index = facet_index(store, session, today)  # one index for every saved search
        counts: dict[int, int | None] = {}
        for row in rows:
            try:
                filters = CaseFilter.from_json(row.filter)
                counts[row.id] = len(index.matching(index.selection(filters), query_case_ids(index, session, filters)))
            except ReviewDeskError:  # FacetError, QueryError, FilterFormatError
                counts[row.id] = None
        return counts
