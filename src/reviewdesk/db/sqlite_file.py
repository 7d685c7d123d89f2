"""The SQLite side of a store: checking the file, engines with their pragmas, backups.

A clear store goes through Python's ``sqlite3``, an encrypted one through
SQLCipher (``cipher``); both get the same pragmas, FTS5 and WAL. Every file
this module creates (store, WAL, shared memory, backups) is private (0600):
SQLite gives the WAL and shared-memory files the store's own mode.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, pool

from reviewdesk.db import cipher
from reviewdesk.db.errors import StoreError

_HEADER = cipher.CLEAR_HEADER
PRIVATE_MODE = 0o600


def check_file(path: Path, passphrase: str | None = None, verify_key: bool = True) -> bool:
    """Refuse what cannot be a store; True when ``path`` already holds a database.

    An encrypted file needs ``passphrase``: ``PassphraseNeeded`` without one,
    ``WrongPassphrase`` when it does not decrypt the file (checked here unless
    ``verify_key`` is False: the caller's first connection then checks it, which
    spares one key derivation, ~0.3 s).
    """
    if path.is_dir():
        raise StoreError(path, "is a folder, not a store file")
    if not path.exists():
        if path.parent.exists() and not path.parent.is_dir():
            raise StoreError(path, f"cannot be created: {path.parent.name} is a file, not a folder")
        if path.parent.is_dir() and not os.access(path.parent, os.W_OK | os.X_OK):
            raise StoreError(path, f"cannot be created: permission denied to write in the folder {path.parent}")
        return False
    if not os.access(path, os.R_OK):
        raise StoreError(path, "permission denied (the file cannot be read by this user)")
    if not os.access(path, os.W_OK):
        raise StoreError(path, "permission denied: the file is read-only (ReviewDesk writes to its store even "
                               "when only reading: make it writable, or work on a copy)")
    if not _wal_possible(path):
        raise StoreError(path, f"permission denied to write in its folder {path.parent} (SQLite keeps "
                               f"{path.name}-wal and {path.name}-shm beside the store)")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_HEADER))
    except OSError as exc:
        raise StoreError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if not header:
        return False  # an empty file, as a file dialog may create: a new store
    if header != _HEADER:
        if not cipher.is_encrypted(path):
            raise StoreError(path, "not a ReviewDesk store (not an SQLite database nor an encrypted store)")
        if passphrase is None:
            raise cipher.PassphraseNeeded(path)
        if verify_key:
            cipher.check_passphrase(path, passphrase)
    return True


def _wal_possible(path: Path) -> bool:
    """SQLite creates the WAL and shared-memory files beside the store: the folder must allow it."""
    if os.access(path.parent, os.W_OK | os.X_OK):
        return True
    return all(os.access(path.with_name(path.name + suffix), os.R_OK | os.W_OK) for suffix in ("-wal", "-shm"))


def create_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600 whatever the umask (an existing file is left alone)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except FileExistsError:
        return
    try:
        os.fchmod(descriptor, PRIVATE_MODE)
    finally:
        os.close(descriptor)


# Below this much free space SQLite's shared-memory file (32 KiB) may not fit.
ROOM_NEEDED = 256 * 1024


def no_room(path: Path) -> bool:
    """Whether the store's disk is (nearly) full."""
    try:
        stat = os.statvfs(path.parent)
    except OSError:
        return False
    return stat.f_bavail * stat.f_frsize < ROOM_NEEDED


def is_disk_full(exc: BaseException, path: Path) -> bool:
    """SQLite's "database or disk is full", or an I/O error on a disk with no room left."""
    text = str(getattr(exc, "orig", None) or exc)
    return "disk is full" in text or ("disk I/O error" in text and no_room(path))


def _exclusive(dbapi_connection, _record) -> None:
    dbapi_connection.execute("PRAGMA locking_mode=EXCLUSIVE")  # before the first read: no -shm file


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


def _engine(path: Path, passphrase: str | None, **options) -> Engine:
    """A clear (pysqlite) or encrypted (pysqlcipher: ``PRAGMA key`` first on every connection) engine."""
    if passphrase is None:
        return create_engine(URL.create("sqlite", database=str(path)), **options)
    cipher.driver()  # its log is silenced before the first connection reads a page
    url = URL.create("sqlite+pysqlcipher", password=passphrase, database=str(path))
    # The dialect's default (one connection per thread, never closed) is not what the worker wants.
    return create_engine(url, poolclass=pool.QueuePool, **options)


def store_engine(path: Path, passphrase: str | None = None, exclusive: bool = False) -> Engine:
    """The engine work goes through; any thread may use it (one worker at a time does).

    ``exclusive``: the WAL index in memory, no shared-memory file (for a full disk; one process only).
    """
    engine = _engine(path, passphrase, connect_args={"check_same_thread": False})
    if exclusive:
        event.listen(engine, "connect", _exclusive)
    event.listen(engine, "connect", _pragmas)
    return engine


def data_version(connection) -> int:
    """SQLite's counter of commits by *other* connections (any process) seen by this one."""
    return int(connection.exec_driver_sql("PRAGMA data_version").scalar())


def migration_engine(path: Path, passphrase: str | None = None) -> Engine:
    """An engine whose transactions include DDL, for Alembic alone."""
    engine = _engine(path, passphrase)
    event.listen(engine, "connect", _migration_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def backup_file(path: Path, label: str, passphrase: str | None = None) -> Path:
    """A consistent copy of the store next to it, through SQLite's backup API.

    The copy of an encrypted store is encrypted with the same key, page by page.
    """
    target = _new_private_file(path, label)
    try:
        _copy_database(path, target, passphrase)
    except Exception:
        target.unlink(missing_ok=True)
        raise
    return target


def _new_private_file(path: Path, label: str) -> Path:
    """A backup name no file has yet, created empty and 0600: two conversions within one second (encrypt,
    then rekey) must not copy into, nor on failure delete, the backup the first one kept."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for attempt in range(1, 1000):
        target = path.with_name(f"{path.name}.bak-{label}-{stamp}" + (f"-{attempt}" if attempt > 1 else ""))
        try:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE))
        except FileExistsError:
            continue
        os.chmod(target, PRIVATE_MODE)
        return target
    raise StoreError(path, f"no free backup name beside it ({path.name}.bak-{label}-{stamp}-…)")


def restore_file(backup: Path, path: Path, passphrase: str | None = None) -> None:
    """Put the backup's content back into ``path`` (pages are rewritten, WAL included)."""
    _copy_database(backup, path, passphrase)


def _connect(path: Path, passphrase: str | None):
    return sqlite3.connect(path) if passphrase is None else cipher.connect(path, passphrase)


def _copy_database(source_path: Path, target_path: Path, passphrase: str | None = None) -> None:
    source = _connect(source_path, passphrase)
    try:
        target = _connect(target_path, passphrase)
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
