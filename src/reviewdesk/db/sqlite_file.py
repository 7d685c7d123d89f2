"""The SQLite side of a store: checking the file, engines with their pragmas, backups."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from reviewdesk.db.errors import StoreError

_HEADER = b"SQLite format 3\x00"


def check_file(path: Path) -> bool:
    """Refuse what cannot be a store; True when ``path`` already holds a database."""
    if path.is_dir():
        raise StoreError(path, "is a folder, not a store file")
    if not path.exists():
        if path.parent.exists() and not path.parent.is_dir():
            raise StoreError(path, f"cannot be created: {path.parent.name} is a file, not a folder")
        return False
    if not os.access(path, os.R_OK | os.W_OK):
        raise StoreError(path, "permission denied (the file must be readable and writable)")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_HEADER))
    except OSError as exc:
        raise StoreError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if not header:
        return False  # an empty file, as a file dialog may create: a new store
    if header != _HEADER:
        raise StoreError(path, "not a ReviewDesk store (not an SQLite database)")
    return True


def _pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _migration_pragmas(dbapi_connection, _record) -> None:
    # The driver's own transaction handling does not wrap DDL; BEGIN is sent by
    # ``_begin`` instead, so a failed upgrade rolls back every step it made.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # Table rebuilds (batch migrations) drop tables: no ON DELETE cascades then.
    cursor.execute("PRAGMA foreign_keys=OFF")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _begin(connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def store_engine(path: Path) -> Engine:
    """The engine work goes through; any thread may use it (one worker at a time does)."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _pragmas)
    return engine


def data_version(connection) -> int:
    """SQLite's counter of commits by *other* connections (any process) seen by this one."""
    return int(connection.exec_driver_sql("PRAGMA data_version").scalar())


def migration_engine(path: Path) -> Engine:
    """An engine whose transactions include DDL, for Alembic alone."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _migration_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def backup_file(path: Path, label: str) -> Path:
    """A consistent copy of the store next to it, through SQLite's backup API."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.bak-{label}-{stamp}")
    try:
        _copy_database(path, target)
    except (OSError, sqlite3.Error):
        target.unlink(missing_ok=True)
        raise
    return target


def restore_file(backup: Path, path: Path) -> None:
    """Put the backup's content back into ``path`` (pages are rewritten, WAL included)."""
    _copy_database(backup, path)


def _copy_database(source_path: Path, target_path: Path) -> None:
    source = sqlite3.connect(source_path)
    try:
        target = sqlite3.connect(target_path)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def delete_file(path: Path) -> None:
    """Remove a store that was being created, with its WAL and shared-memory files."""
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
