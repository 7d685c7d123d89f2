"""Full-text search finds the same documents on SQLite (FTS5) and on PostgreSQL (tsvector), ranking aside."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from reviewdesk.db.fulltext import matching_documents
from reviewdesk.db.models import Document, StoredFile
from reviewdesk.domain.search_query import parse_query
from reviewdesk.services.search import search

from ..engines import store_on
from ..search_corpus import _fill, _template

QUERIES = [
    "forced labour", '"forced labour"', '"labour forced"', "forced -labour", "detention -torture",
    "Harbourline OR Ficticia", "Harbourline Ficticia", "labou*", "detai*", '"human rights defen*"',
    "siobhan", "DÉTENTION", "détenus", "detenidos", "detained", "desaparecidos", "disappearance",
    "garment factory", '"garment factory', "A/HRC/45", "forced-labour", "12/2023", "2021",
    "Council OR Rapporteur -Xinjiang", "réponse", "respuesta", "NOT torture labour", "freedom expression assembly",
    "ocr", "the", "zzzznothing",
]


def _named(store, ids) -> set[tuple[str, str, int | None]]:
    """Documents by what they are (file, kind, first page), not by id: the engines number them alike, but need not."""
    with store.session() as session:
        rows = session.execute(select(Document.id, StoredFile.filename, Document.kind, Document.first_page)
                               .join(StoredFile, StoredFile.id == Document.file_id)).all()
    names = {row[0]: tuple(row[1:]) for row in rows}
    return {names[i] for i in ids}


@pytest.fixture(scope="module")
def queries_on_both(tmp_path_factory):
    found = {}
    for engine in ("sqlite", "postgresql"):
        with store_on(engine, tmp_path_factory.mktemp(engine), "corpus", _fill, file_template=_template) as store:
            for query in QUERIES:
                for stemming in (True, False):
                    with store.session() as session:
                        ids = matching_documents(session, parse_query(query), stemming)
                    results = search(store, query, limit=500, stemming=stemming)
                    assert results.total == len(ids) == len(results.hits)
                    assert {hit.document_id for hit in results.hits} == set(ids)
                    found[engine, query, stemming] = _named(store, ids)
    return found


@pytest.mark.parametrize("stemming", [True, False], ids=["stemming", "exact"])
@pytest.mark.parametrize("query", QUERIES)
def test_both_engines_find_the_same_documents(queries_on_both, query, stemming):
    assert queries_on_both["postgresql", query, stemming] == queries_on_both["sqlite", query, stemming]


def test_the_queries_are_not_trivially_equal(queries_on_both):
    """Most queries find something, some nothing, and stemming changes what some find: the comparison means something."""
    sqlite = {q: queries_on_both["sqlite", q, True] for q in QUERIES}
    assert sum(bool(found) for found in sqlite.values()) >= 20
    assert not sqlite['"labour forced"'] and not sqlite["zzzznothing"]
    assert any(queries_on_both["sqlite", q, True] != queries_on_both["sqlite", q, False] for q in QUERIES)
