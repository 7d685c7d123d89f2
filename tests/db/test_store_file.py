"""The store file survives: private modes, no URL taken for a path, no half-created store, repairs."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing

import pytest

from reviewdesk.db import StoreError, StoreLocation, migrate, open_store, sqlite_file

from .store_snapshot import build_at, dump


@pytest.fixture
def umask():
    def set_umask(value: int) -> None:
        os.umask(value)

    previous = os.umask(0o022)
    yield set_umask
    os.umask(previous)


@pytest.mark.parametrize("mask", [0o022, 0o000], ids=["umask-022", "umask-000"])
def test_store_wal_shm_and_backups_are_private_whatever_the_umask(tmp_path, umask, mask):
    umask(mask)
    old = build_at(tmp_path / "old.rdstore", "0005")
    old.chmod(0o600)  # an existing store keeps its mode; what ReviewDesk creates is private
    with open_store(old) as store:
        backup = store.backup_path
    with open_store(tmp_path / "new.rdstore") as store:
        with store.engine.connect() as connection:  # an open connection keeps the WAL and shared memory
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            created = [store.path, store.path.with_name("new.rdstore-wal"), store.path.with_name("new.rdstore-shm"), backup]
            modes = {path.name: oct(path.stat().st_mode & 0o777) for path in created}
    assert modes == {path.name: "0o600" for path in created}


@pytest.mark.parametrize("value, said", [
    ("postgresql+psycopg2://reviewer@localhost/cases", "a team store is a postgresql:// or postgresql\\+psycopg:// URL"),
    ("postgresql://reviewer@localhost/", "the URL names no database"),
    ("http://example.org/cases.rdstore", "a http: URL is not a store location"),
    ("https://example.org/cases.rdstore", "a https: URL is not a store location"),
    ("sqlite:///tmp/cases.rdstore", "a sqlite: URL is not a store location"),
    ("file:///tmp/cases.rdstore", "not a file:// URL"),
])
def test_a_url_given_as_the_store_is_refused_and_creates_nothing(tmp_path, monkeypatch, value, said):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match=said) as caught:
        open_store(value)
    assert str(caught.value).startswith(value + ": ")
    assert list(tmp_path.iterdir()) == []


def test_a_path_with_a_colon_is_still_a_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_store("cases:2026.rdstore") as store:
        assert store.path == tmp_path / "cases:2026.rdstore"
    assert StoreLocation.parse("C:/cases.rdstore").path.name == "cases.rdstore"


def _no_room(monkeypatch, pages: int) -> None:
    """SQLite's page limit stands in for a full disk while the schema is written."""
    pragmas = sqlite_file._migration_pragmas

    def full(dbapi_connection, record):
        pragmas(dbapi_connection, record)
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(sqlite_file, "_migration_pragmas", full)


def test_a_full_disk_while_creating_a_store_leaves_nothing_and_the_next_try_works(tmp_path, monkeypatch):
    path = tmp_path / "new.rdstore"
    with monkeypatch.context() as patch:
        _no_room(patch, 8)
        with pytest.raises(StoreError, match=r"new\.rdstore: the upgrade from revision none failed \(database or disk is full\)"):
            open_store(path)
    assert list(tmp_path.iterdir()) == []
    with open_store(path) as store:
        assert store.backup_path is None


def _unstamped_copy(tmp_path, name: str):
    """A store whose creation stopped after its tables, before its revision (as 3.x could leave one)."""
    path = build_at(tmp_path / name, "head")
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("DELETE FROM alembic_version")
    return path


def test_a_whole_schema_without_its_revision_is_stamped(tmp_path):
    path = _unstamped_copy(tmp_path, "unstamped.rdstore")
    with closing(sqlite3.connect(path)) as connection:
        terms = connection.execute("SELECT id, label FROM term ORDER BY id").fetchall()
    assert terms  # the migrations' own vocabulary: the file has data, it is not recreated
    with open_store(path) as store, store.engine.connect() as connection:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        kept = connection.exec_driver_sql("SELECT id, label FROM term ORDER BY id").all()
    assert revision == migrate.ScriptDirectory.from_config(migrate.alembic_config(None)).get_current_head()
    assert [tuple(row) for row in kept] == terms


def test_half_created_tables_with_no_data_are_created_again(tmp_path):
    path = build_at(tmp_path / "half.rdstore", "0002")
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("DROP TABLE alembic_version")
    with open_store(path) as store, store.engine.connect() as connection:
        tables = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"alembic_version", "field_correction", "document_fts"} <= tables


def test_another_programs_tables_are_refused_with_the_reason(tmp_path):
    other = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(other)) as connection, connection:
        connection.execute("CREATE TABLE t (x)")
        connection.execute("INSERT INTO t VALUES (1)")
    before = dump(other)
    with pytest.raises(StoreError, match=r"not a ReviewDesk store: it has tables but no schema revision, "
                                         r"and its schema is not this version's \(missing or different: .*; not ReviewDesk's: t\)"):
        open_store(other)
    assert dump(other) == before
