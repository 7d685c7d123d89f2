"""Saved searches: save, replace, rename, delete, each undone by its inverse; live counts; bad input."""

from __future__ import annotations

import pytest

from reviewdesk.domain.search_query import QueryError
from reviewdesk.services.cases import list_cases
from reviewdesk.services.dto import CaseFilter
from reviewdesk.services.facets import FacetError
from reviewdesk.services.saved_searches import (
    SavedSearchError,
    delete_saved_search,
    list_saved_searches,
    rename_saved_search,
    save_search,
    saved_search,
    saved_search_counts,
)

COMPANIES = CaseFilter("labour", (("addressee", "company"),))
STATES_UA = CaseFilter(facets=(("addressee", "state"), ("type", "UA")))


def _names(store) -> list[str]:
    return [s.name for s in list_saved_searches(store)]


def test_saved_searches_are_listed_in_order_with_live_counts(corpus):
    first = save_search(corpus, "Companies on labour", COMPANIES).value
    second = save_search(corpus, "  Urgent   appeals to States ", STATES_UA).value
    assert _names(corpus) == ["Companies on labour", "Urgent appeals to States"]
    assert (first.position, second.position) == (0, 1)
    assert saved_search(corpus, "Companies on labour").filter == COMPANIES
    counts = saved_search_counts(corpus)
    assert counts[first.id] == len(list_cases(corpus, COMPANIES)) == 3
    assert counts[second.id] == 4
    assert save_search(corpus, "Companies on labour", STATES_UA).changes.saved_searches
    assert saved_search_counts(corpus)[first.id] == 4  # replaced by name, same id and place
    assert _names(corpus) == ["Companies on labour", "Urgent appeals to States"]


def test_each_edit_is_undone_and_redone_by_its_inverse(corpus):
    saved = save_search(corpus, "Companies", COMPANIES)
    undone = saved.inverse.apply(corpus)
    assert _names(corpus) == []
    undone.inverse.apply(corpus)
    assert _names(corpus) == ["Companies"] and saved_search(corpus, "Companies").id == saved.value.id

    replaced = save_search(corpus, "Companies", STATES_UA)
    replaced.inverse.apply(corpus)
    assert saved_search(corpus, "Companies").filter == COMPANIES

    renamed = rename_saved_search(corpus, "Companies", "Firms")
    assert _names(corpus) == ["Firms"]
    renamed.inverse.apply(corpus)
    assert _names(corpus) == ["Companies"]

    deleted = delete_saved_search(corpus, "Companies")
    assert _names(corpus) == []
    redo = deleted.inverse.apply(corpus)
    assert saved_search(corpus, "Companies").filter == COMPANIES and saved_search_counts(corpus) == {
        saved.value.id: 3}
    redo.inverse.apply(corpus)
    assert _names(corpus) == []


def test_bad_names_and_filters_are_refused_with_a_reason(corpus):
    save_search(corpus, "A", COMPANIES)
    save_search(corpus, "B", STATES_UA)
    with pytest.raises(SavedSearchError, match="already named 'B'"):
        rename_saved_search(corpus, "A", "B")
    with pytest.raises(SavedSearchError, match="no saved search 'C'; saved searches: A, B"):
        delete_saved_search(corpus, "C")
    with pytest.raises(SavedSearchError, match="needs a name"):
        save_search(corpus, "   ", COMPANIES)
    with pytest.raises(SavedSearchError, match="at most 200"):
        save_search(corpus, "x" * 201, COMPANIES)
    with pytest.raises(FacetError, match="no value 'XYZ'"):
        save_search(corpus, "C", CaseFilter(facets=(("country", "XYZ"),)))
    with pytest.raises(QueryError, match="only excludes"):
        save_search(corpus, "C", CaseFilter("-labour"))
    assert _names(corpus) == ["A", "B"]


def test_a_saved_search_that_no_longer_applies_counts_none(corpus):
    from sqlalchemy import update

    from reviewdesk.db.models import SavedSearch

    saved = save_search(corpus, "Mandate", CaseFilter(facets=(("mandate", "Special Rapporteur on the right to food"),)))
    assert saved_search_counts(corpus)[saved.value.id] == 2
    with corpus.session() as session:  # as if the letters naming that mandate had been corrected since
        session.execute(update(SavedSearch).values(filter=CaseFilter(facets=(("mandate", "Gone"),)).to_json()))
    assert saved_search_counts(corpus)[saved.value.id] is None
