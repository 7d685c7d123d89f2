"""Migration 0014 on a store in use: the index is rebuilt with stems when the store opens, and search still works."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from reviewdesk.db import open_store
from reviewdesk.db.migrate import alembic_config
from reviewdesk.services.importer import import_paths
from reviewdesk.services.search import search

from ..conftest import DATA, LETTERS


def test_a_store_upgraded_from_0013_searches_with_stems(tmp_path):
    path = tmp_path / "old.rdstore"
    with open_store(path) as store:
        import_paths(store, [LETTERS / "AL_OTH_78_2021.txt", DATA / "letters" / "JAL_DZA_4_2016.txt"])
        before = {h.document_id for h in search(store, "forced labour").hits}
        command.downgrade(alembic_config(store.engine), "0013")
    with open_store(path) as store:  # 0014 again: the index made anew, filled as the store opens
        assert store.backup_path is not None
        with store.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM search_reindex")).scalar() == 0
            rows = connection.execute(text("SELECT rowid, document_id, stems FROM document_fts")).all()
            documents = connection.execute(text("SELECT count(*) FROM document WHERE text <> ''")).scalar()
        assert len(rows) == documents and all(r.rowid == r.document_id and r.stems for r in rows)
        assert {h.document_id for h in search(store, "forced labour").hits} == before
        assert {h.case_reference for h in search(store, "detained").hits} == {"AL OTH 78/2021"}  # by its stem
        assert {h.case_reference for h in search(store, "détenus").hits} == {"JAL DZA 4/2016"}


def test_downgrading_0014_gives_back_the_index_0013_searched(tmp_path):
    path = tmp_path / "store.rdstore"
    with open_store(path) as store:
        import_paths(store, [LETTERS / "AL_OTH_78_2021.txt"])
        command.downgrade(alembic_config(store.engine), "0013")
        with store.engine.connect() as connection:
            columns = [row[1] for row in connection.execute(text("PRAGMA table_info(document_fts)"))]
            found = connection.execute(text(
                "SELECT count(*) FROM document_fts WHERE document_fts MATCH 'Siobhan'")).scalar()
            tables = {row[0] for row in connection.execute(text("SELECT name FROM sqlite_master"))}
    assert columns == ["text", "document_id"] and found == 1
    assert "saved_search" not in tables and "search_reindex" not in tables
