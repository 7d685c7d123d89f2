"""Encrypting, decrypting and re-keying a store file, never half-converted.

The store is exported (``sqlcipher_export``) into a new private file beside it
with the new key (or none), the copy is checked on its own (opened with the new
key, ``integrity_check``, the row count of every table against the original),
and only then renamed over the original, while the original's write lock is
held so that nothing is written to it meanwhile. The original is kept as a
backup only if it was encrypted: a clear copy is deleted, and the caller says so
(deleting a file does not erase its blocks on an SSD; see the README).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from reviewdesk.db import cipher, sqlite_file
from reviewdesk.db.errors import StoreError


@dataclass(frozen=True)
class Conversion:
    path: Path
    encrypted: bool  # the store as it is now
    backup: Path | None  # the encrypted original, kept
    removed_clear: bool  # the clear original was deleted
    tables: int
    rows: int


@dataclass(frozen=True)
class StoreFileInfo:
    path: Path
    encrypted: bool
    size: int
    mode: int
    cipher_version: str | None


def file_info(path: Path, passphrase: str | None) -> StoreFileInfo:
    """What a store file is; an encrypted one is opened with ``passphrase`` to prove it."""
    if not sqlite_file.check_file(path, passphrase):
        raise StoreError(path, "no store here")
    encrypted = cipher.is_encrypted(path)
    version = None
    if encrypted:
        connection = cipher.connect(path, passphrase)
        try:
            version = connection.execute("PRAGMA cipher_version").fetchone()[0]
        finally:
            connection.close()
    stat = path.stat()
    return StoreFileInfo(path, encrypted, stat.st_size, stat.st_mode & 0o777, version)


def convert(path: Path, old: str | None, new: str | None) -> Conversion:
    """Re-write the store at ``path`` under ``new`` (None: clear), from ``old`` (None: it is clear)."""
    encrypted = cipher.is_encrypted(path)
    if not sqlite_file.check_file(path, old if encrypted else None):
        raise StoreError(path, "no store here")
    if not encrypted and (old is not None or new is None):
        raise StoreError(path, "is not encrypted")
    if new == "":
        raise StoreError(path, "the new passphrase is empty")
    temp = path.with_name(f".{path.name}.converting-{os.getpid()}-{secrets.token_hex(4)}")
    backup = None
    lock = _locked(path, old)
    try:
        tables, rows = _export(path, old, temp, new)
        if encrypted:
            backup = _keep_original(path, old)
        _fsync(temp)
        os.replace(temp, path)
        _fsync(path.parent)
    except cipher.driver().Error as exc:
        raise StoreError(path, f"not converted: {exc}; the store is unchanged") from exc
    except OSError as exc:
        raise StoreError(path, f"not converted: {exc.strerror or exc}; the store is unchanged") from exc
    finally:
        lock.rollback()
        lock.close()
        sqlite_file.delete_file(temp)
    return Conversion(path, new is not None, backup, not encrypted, tables, rows)


def _locked(path: Path, passphrase: str | None):
    """A connection holding the store's write lock (after folding its WAL in): nobody writes meanwhile."""
    connection = cipher.connect(path, passphrase)
    connection.isolation_level = None
    connection.execute("PRAGMA busy_timeout = 10000")
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        connection.execute("BEGIN IMMEDIATE")
    except cipher.driver().Error as exc:
        connection.close()
        raise StoreError(path, f"is in use by another program ({exc}): close it and try again") from exc
    return connection


def _export(path: Path, old: str | None, temp: Path, new: str | None) -> tuple[int, int]:
    sqlite_file.create_private(temp)
    source = cipher.connect(path, old)
    try:
        source.execute("ATTACH DATABASE ? AS converted KEY ?", (str(temp), new or ""))
        source.execute("SELECT sqlcipher_export('converted')").fetchall()
        version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA converted.user_version = {int(version)}")
        source.execute("DETACH DATABASE converted")
        expected = _counts(source)
    finally:
        source.close()
    return _verify(path, temp, new, expected)


def _counts(connection) -> dict[str, int]:
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _verify(path: Path, temp: Path, new: str | None, expected: dict[str, int]) -> tuple[int, int]:
    """Open the copy on its own, with its own key: whole, and every table with the original's rows."""
    copy = cipher.connect(temp, new)
    try:
        check = copy.execute("PRAGMA integrity_check").fetchall()
        counts = _counts(copy)
        journal = copy.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    finally:
        copy.close()
    if check != [("ok",)]:
        raise StoreError(path, f"not converted: the new copy failed its integrity check ({check[0][0]}); "
                               "the store is unchanged")
    if counts != expected:
        differ = sorted(name for name in expected.keys() | counts.keys() if expected.get(name) != counts.get(name))
        raise StoreError(path, f"not converted: the new copy's rows differ in {', '.join(differ)}; "
                               "the store is unchanged")
    if journal.lower() != "wal":
        raise StoreError(path, f"not converted: the new copy refused WAL mode ({journal}); the store is unchanged")
    return len(counts), sum(counts.values())


def _keep_original(path: Path, passphrase: str | None) -> Path:
    """An encrypted copy of the original (the backup API reads its WAL too), beside it."""
    return sqlite_file.backup_file(path, "encrypted", passphrase)


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
