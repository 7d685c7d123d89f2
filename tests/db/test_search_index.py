"""The search index keeps no copy of the texts (FTS5 external content, 0016) and stays exact through edits."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from reviewdesk.db import open_store
from reviewdesk.db.migrate import alembic_config
from reviewdesk.db.search import index_document, unindex_document
from reviewdesk.services.importer import import_paths
from reviewdesk.services.search import search

from ..conftest import DATA, LETTERS


def _integrity(connection) -> None:
    # With rank 1 FTS5 checks the index against the content it reads (raises "database disk image is malformed").
    connection.execute(text("INSERT INTO document_fts (document_fts, rank) VALUES ('integrity-check', 1)"))


def _matches(connection, word: str) -> set[int]:
    return set(connection.execute(text("SELECT rowid FROM document_fts WHERE document_fts MATCH :q"),
                                  {"q": f'"{word}"'}).scalars())


def test_texts_are_stored_once_and_read_through_the_index(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.txt", DATA / "letters" / "JAL_DZA_4_2016.txt"])
    with store.engine.connect() as connection:
        tables = set(connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars())
        assert "document_fts_content" not in tables
        through = connection.execute(text("SELECT rowid, text FROM document_fts ORDER BY rowid")).all()
        stored = connection.execute(text("SELECT id, text FROM document WHERE text <> '' ORDER BY id")).all()
        assert [tuple(r) for r in through] == [tuple(r) for r in stored]
        _integrity(connection)
    assert {h.case_reference for h in search(store, "detained").hits} == {"AL OTH 78/2021"}  # stems still indexed


def test_a_changed_text_leaves_the_index_until_indexed_again_and_a_deleted_document_leaves_it(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.txt", DATA / "letters" / "JAL_DZA_4_2016.txt"])
    with store.engine.begin() as connection:
        first, second = (connection.execute(text(
            "SELECT d.id FROM document d JOIN \"case\" c ON c.id = d.case_id WHERE c.reference = :r AND d.kind = 'letter'"),
            {"r": reference}).scalar() for reference in ("AL OTH 78/2021", "JAL DZA 4/2016"))
        assert first in _matches(connection, "Siobhan")
        connection.execute(text("UPDATE document SET text = 'a fictional text about quarries' WHERE id = :d"),
                           {"d": first})
        assert first not in _matches(connection, "Siobhan") and not _matches(connection, "quarries")
        _integrity(connection)
        index_document(connection, first)
        assert _matches(connection, "quarries") == {first} and first not in _matches(connection, "Siobhan")
        index_document(connection, first)  # again, unchanged: replaced, not doubled
        assert connection.execute(text("SELECT count(*) FROM document_fts_stems WHERE document_id = :d"),
                                  {"d": first}).scalar() == 1
        _integrity(connection)
        connection.execute(text("DELETE FROM document WHERE id = :d"), {"d": second})
        assert second not in _matches(connection, "detenus")
        unindex_document(connection, second)  # already out: nothing to do
        unindex_document(connection, first)
        assert not _matches(connection, "quarries")
        _integrity(connection)


def test_a_store_upgraded_from_0015_keeps_its_index_without_indexing_again(tmp_path):
    path = tmp_path / "old.rdstore"
    with open_store(path) as store:
        import_paths(store, [LETTERS / "AL_OTH_78_2021.txt", DATA / "letters" / "JAL_DZA_4_2016.txt"])
        before = {h.document_id for h in search(store, "detained").hits}
        command.downgrade(alembic_config(store.engine), "0015")
        with store.engine.connect() as connection:
            assert "document_fts_content" in set(connection.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table'")).scalars())
            indexed = connection.execute(text("SELECT count(*) FROM document_fts")).scalar()
            assert indexed == connection.execute(text("SELECT count(*) FROM document WHERE text <> ''")).scalar()
    with open_store(path) as store:
        with store.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM search_reindex")).scalar() == 0
            assert connection.execute(text("SELECT count(*) FROM document_fts_stems")).scalar() == indexed
            _integrity(connection)
        assert {h.document_id for h in search(store, "detained").hits} == before
        assert {h.case_reference for h in search(store, "détenus").hits} == {"JAL DZA 4/2016"}
