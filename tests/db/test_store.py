"""The store file: created on first use, versioned, backed up before a migration."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from sqlalchemy import select

from reviewdesk.db import StoreError, open_store
from reviewdesk.db.migrate import alembic_config
from reviewdesk.db.models import Case
from reviewdesk.db.paths import default_store_path
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS

# Both engines (SQLite, PostgreSQL): the store and corpus fixtures follow the engine fixture.
pytestmark = pytest.mark.engines

HEAD = "0019"


def _revision(path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_fresh_store_is_created_at_head_with_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "new" / "cases.rdstore"
    with open_store(path) as store:
        assert store.backup_path is None
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert _revision(path) == HEAD


def test_backup_is_taken_before_migrating_an_older_store(tmp_path):
    path = tmp_path / "old.rdstore"
    store = open_store(path)
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf"])
    command.downgrade(alembic_config(store.engine), "0001")
    store.close()
    assert _revision(path) == "0001"
    with open_store(path) as upgraded:
        backup = upgraded.backup_path
        assert backup is not None and backup.exists()
        assert backup.name.startswith("old.rdstore.bak-0001-")
        with upgraded.session() as session:
            assert session.scalar(select(Case.reference)) == "AL OTH 78/2021"
    assert _revision(path) == HEAD
    assert _revision(backup) == "0001"
    with sqlite3.connect(backup) as connection:
        assert connection.execute('SELECT reference FROM "case"').fetchone()[0] == "AL OTH 78/2021"


def test_data_survives_reopening(tmp_path):
    path = tmp_path / "s.rdstore"
    with open_store(path) as store:
        import_paths(store, [LETTERS / "AL_OTH_78_2021.docx"])
    with open_store(path) as store, store.session() as session:
        assert session.scalar(select(Case.reference)) == "AL OTH 78/2021"


def test_not_a_store_is_refused(tmp_path):
    bogus = tmp_path / "letter.rdstore"
    bogus.write_bytes((LETTERS / "AL_OTH_78_2021.pdf").read_bytes())
    with pytest.raises(StoreError, match="not an SQLite database"):
        open_store(bogus)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a ReviewDesk store"):
        open_store(other)


def test_default_location_follows_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEWDESK_STORE", str(tmp_path / "env.rdstore"))
    assert default_store_path() == tmp_path / "env.rdstore"
    monkeypatch.delenv("REVIEWDESK_STORE")
    assert default_store_path().name == "reviewdesk.rdstore"
    assert "ReviewDesk" in str(default_store_path())


def test_the_search_index_is_keyed_by_document_id_after_upgrading(tmp_path):
    """A store indexed the old way (rowids of its own) is re-keyed; re-indexing then replaces, never duplicates."""
    from sqlalchemy import text

    from reviewdesk.db.fulltext import index_document
    from reviewdesk.services.importer import import_paths
    from reviewdesk.services.search import search

    from ..conftest import LETTERS

    path = tmp_path / "old.rdstore"
    with open_store(path) as store:
        import_paths(store, [LETTERS / "AL_OTH_78_2021.txt"])
        from alembic import command

        from reviewdesk.db.migrate import alembic_config

        command.downgrade(alembic_config(store.engine), "0013")  # the index as 0013 left it, without stems
        with store.engine.begin() as connection:  # as revision 0012 indexed: rowids unrelated to the ids
            rows = connection.execute(text("SELECT document_id, text FROM document_fts")).all()
            connection.execute(text("DELETE FROM document_fts"))
            for offset, (document_id, body) in enumerate(rows):
                connection.execute(text("INSERT INTO document_fts (rowid, text, document_id) VALUES (:r, :t, :d)"),
                                   {"r": 1000 + offset, "t": body, "d": document_id})
            connection.execute(text("UPDATE alembic_version SET version_num = '0012'"))
    with open_store(path) as store:
        with store.engine.connect() as connection:
            keyed = connection.execute(text("SELECT rowid, document_id FROM document_fts")).all()
        assert keyed and all(rowid == document_id for rowid, document_id in keyed)
        with store.session() as session:
            document_id = keyed[0][1]
            session.execute(text("UPDATE document SET text = :t WHERE id = :d"),
                            {"t": "a replaced text about forced labour", "d": document_id})
            index_document(session, document_id, "a replaced text about forced labour")
        with store.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM document_fts WHERE document_id = :d"),
                                      {"d": document_id}).scalar() == 1
        assert any(hit.document_id == document_id for hit in search(store, "replaced").hits)
