"""Every failure opening a store is a StoreError naming the file, and leaves the file as it was."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from reviewdesk.db import StoreError, migrate, open_store, sqlite_file
from reviewdesk.domain.errors import ReviewDeskError

from .store_snapshot import build_at, dump

FAILING_MIGRATION = '''
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = {head!r}


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO half_done (id) VALUES (1)")
    {commit}raise RuntimeError("provoked failure")
'''


def _failing_migrations(tmp_path, monkeypatch, commit_first: bool = False) -> None:
    """A copy of the migrations with a last step that fails (after committing, if asked)."""
    copy = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    head = sorted(p.stem.split("_")[0] for p in (copy / "versions").glob("[0-9]*.py"))[-1]
    commit = 'op.get_bind().exec_driver_sql("COMMIT")\n    ' if commit_first else ""
    (copy / "versions" / "9999_fails.py").write_text(FAILING_MIGRATION.format(head=head, commit=commit))
    monkeypatch.setattr(migrate, "MIGRATIONS", copy)


def test_store_error_is_a_reviewdesk_error_naming_the_file(tmp_path):
    with pytest.raises(ReviewDeskError) as caught:
        open_store(tmp_path)
    assert isinstance(caught.value, StoreError)
    assert str(tmp_path) in str(caught.value) and "is a folder" in caught.value.reason


def test_a_folder_in_the_way_is_refused(tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="notes.txt is a file, not a folder"):
        open_store(blocker / "cases.rdstore")


def test_permission_denied_is_reported(tmp_path, monkeypatch):
    path = build_at(tmp_path / "locked.rdstore", "0005")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if str(p) == str(path) else real_access(p, mode, **kw))
    with pytest.raises(StoreError, match="locked.rdstore: permission denied"):
        open_store(path)


def _open_as_nobody(path) -> str:
    """Open ``path`` in a forked child that dropped root (root reads any file); return what it raised."""
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # the child has every module loaded already: it needs to read nothing but the store
        os.close(read)
        try:
            os.setgid(65534)
            os.setuid(65534)
            open_store(path)
            message = "opened"
        except BaseException as exc:  # noqa: BLE001 - reported to the parent as text
            message = f"{type(exc).__name__}: {exc}"
        os.write(write, message.encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        message = pipe.read().decode()
    os.waitpid(child, 0)
    return message


def test_an_unreadable_file_is_reported(tmp_path):
    folder = Path(tempfile.mkdtemp(prefix="reviewdesk-locked-"))
    folder.chmod(0o755)  # others may enter the folder, but not read the store
    try:
        path = build_at(folder / "locked.rdstore", "0005")
        path.chmod(0)
        if os.geteuid() == 0:
            assert _open_as_nobody(path).startswith(f"StoreError: {path}: permission denied")
        else:
            with pytest.raises(StoreError, match="permission denied"):
                open_store(path)
    finally:
        shutil.rmtree(folder)


def test_a_damaged_store_is_reported(tmp_path):
    whole = build_at(tmp_path / "whole.rdstore", "head").read_bytes()
    damaged = tmp_path / "damaged.rdstore"
    damaged.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(StoreError, match=r"damaged\.rdstore: cannot be read as a store \(database disk image is malformed\)"):
        open_store(damaged)


def test_a_store_from_a_newer_version_is_refused_untouched(tmp_path):
    path = build_at(tmp_path / "newer.rdstore", "head")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ff01'")
    connection.close()
    before = dump(path)
    with pytest.raises(StoreError, match=r"newer\.rdstore: was written by a newer ReviewDesk \(schema revision ff01"):
        open_store(path)
    assert dump(path) == before
    assert not list(tmp_path.glob("newer.rdstore.bak-*"))


@pytest.mark.parametrize("commit_first", [False, True], ids=["rolled-back", "restored-from-backup"])
def test_a_failed_upgrade_leaves_the_original_intact(tmp_path, monkeypatch, commit_first):
    """0004–0011 succeed, then a step fails: the file is exactly as before, and the backup is kept.

    From 0003 the first step is DDL, which the driver alone would have committed at once.
    """
    path = build_at(tmp_path / "old.rdstore", "0003")
    before = dump(path)
    _failing_migrations(tmp_path, monkeypatch, commit_first)
    with pytest.raises(StoreError, match=r"old\.rdstore: the upgrade from revision 0003 failed \(provoked failure\)"):
        open_store(path)
    assert dump(path) == before
    (backup,) = tmp_path.glob("old.rdstore.bak-0003-*")
    assert dump(backup) == before


def test_a_new_store_whose_creation_fails_is_not_left_behind(tmp_path, monkeypatch):
    _failing_migrations(tmp_path, monkeypatch)
    with pytest.raises(StoreError, match="upgrade from revision none failed"):
        open_store(tmp_path / "new.rdstore")
    assert not list(tmp_path.glob("new.rdstore*"))


def test_disk_full_during_the_upgrade_leaves_the_original_intact(tmp_path, monkeypatch):
    """SQLite's page limit stands in for a full disk: the thesaurus (0010) needs more pages."""
    path = build_at(tmp_path / "full.rdstore", "0009")
    before = dump(path)
    pragmas = sqlite_file._migration_pragmas

    def no_room_to_grow(dbapi_connection, record):
        pragmas(dbapi_connection, record)
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(sqlite_file, "_migration_pragmas", no_room_to_grow)
    with pytest.raises(StoreError, match=r"full\.rdstore: the upgrade from revision 0009 failed \(database or disk is full\)"):
        open_store(path)
    assert dump(path) == before
    assert len(list(tmp_path.glob("full.rdstore.bak-0009-*"))) == 1


def test_a_backup_that_cannot_be_written_stops_the_upgrade(tmp_path, monkeypatch):
    path = build_at(tmp_path / "old.rdstore", "0005")
    before = dump(path)

    def disk_full(*_args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(sqlite_file, "_copy_database", disk_full)
    with pytest.raises(StoreError, match="not upgraded: the backup before upgrading could not be written"):
        open_store(path)
    assert dump(path) == before
    assert not list(tmp_path.glob("old.rdstore.bak-*"))
