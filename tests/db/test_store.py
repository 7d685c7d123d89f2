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

HEAD = "0012"


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
