"""SQLCipher 4: what an encrypted store file is, and keyed connections to it.

An encrypted store is an SQLite database whose every page (header included,
but for its 16-byte salt) is AES-256 encrypted by SQLCipher, with a key derived
from the passphrase by SQLCipher's own KDF (PBKDF2-HMAC-SHA512, 256,000
iterations); its WAL is encrypted the same way. A file is taken for encrypted
when it is not empty and does not start with SQLite's clear header.
"""

from __future__ import annotations

import functools
from pathlib import Path

from reviewdesk.db.errors import StoreError

CLEAR_HEADER = b"SQLite format 3\x00"
# SQLCipher pages are 4096 bytes (file format 4): an encrypted store's size is a multiple of it.
PAGE_SIZE = 4096


class PassphraseNeeded(StoreError):
    """The store is encrypted and no passphrase was given: ask for one and open again."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "is encrypted: a passphrase is needed to open it")


class WrongPassphrase(StoreError):
    """The passphrase given does not open the store."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "wrong passphrase")

    def __str__(self) -> str:
        return f"wrong passphrase for {self.subject}"


def file_header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(len(CLEAR_HEADER))


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` holds what can only be an encrypted store: whole pages, not SQLite's clear header.

    A text file or a truncated copy is not taken for one (it is "not a store",
    never a passphrase prompt).
    """
    try:
        header = file_header(path)
        size = path.stat().st_size
    except OSError:
        return False
    return bool(header) and header != CLEAR_HEADER and size >= PAGE_SIZE and size % PAGE_SIZE == 0


@functools.cache
def driver():
    """The SQLCipher DB-API module (sqlcipher3), imported only when an encrypted store is used.

    SQLCipher's log (process-wide) goes to stderr by default and would print a
    wrong passphrase's "hmac check failed" lines around the one-line message.
    """
    import sqlcipher3

    quiet = sqlcipher3.connect(":memory:")
    quiet.execute("PRAGMA cipher_log_level = NONE")
    quiet.close()
    return sqlcipher3


def key_connection(connection, passphrase: str) -> None:
    """Key a fresh SQLCipher connection; before any other statement, as SQLCipher requires."""
    connection.execute(f"PRAGMA key = {quote(passphrase)}")


def quote(value: str) -> str:
    """An SQL string literal (PRAGMA takes no bound parameters)."""
    return "'" + value.replace("'", "''") + "'"


def connect(path: Path, passphrase: str | None):
    """A DB-API connection to ``path``, keyed with ``passphrase`` (None: a clear database)."""
    connection = driver().connect(str(path), check_same_thread=False)
    if passphrase is not None:
        key_connection(connection, passphrase)
    return connection


def check_passphrase(path: Path, passphrase: str) -> None:
    """Raise ``WrongPassphrase`` unless ``passphrase`` decrypts the store at ``path``."""
    sqlcipher = driver()
    connection = connect(path, passphrase)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        if is_wrong_key(exc):
            raise WrongPassphrase(path) from None
        raise StoreError(path, f"cannot be read as a store ({exc})") from exc
    finally:
        connection.close()


def is_wrong_key(exc: BaseException) -> bool:
    """SQLCipher's words when the key does not decrypt page 1 (also through SQLAlchemy's wrapper)."""
    return "file is not a database" in str(getattr(exc, "orig", None) or exc)
