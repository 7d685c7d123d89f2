"""Where a store lives, as a value the CLI, the GUI and settings pass around."""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from reviewdesk.db import cipher
from reviewdesk.db.errors import StoreError
from reviewdesk.db.paths import default_store_path

# "scheme://…" or "scheme:…" as URLs are written (RFC 3986), but not "C:\…": a drive letter is one character.
_URL_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):(//)?")
_SERVER_SCHEMES = {"postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2"}


@dataclass(frozen=True)
class StoreLocation:
    """A store's address: the path of an SQLite file, and the passphrase of an encrypted one.

    A server is added here as a ``url`` that ``parse`` recognises, with its
    engines beside ``sqlite_file``, and nowhere outside ``db``; callers only
    hand locations, or what the user typed, to ``open_store``. Build one with
    ``parse`` (it expands and resolves the path). The passphrase is neither
    shown nor compared: a location names a store, whoever unlocked it.
    """

    path: Path
    passphrase: str | None = field(default=None, repr=False, compare=False)

    @classmethod
    def parse(cls, value: str | os.PathLike[str] | StoreLocation | None) -> StoreLocation:
        """A location from a setting or a command-line value; None or "" is the default store."""
        if isinstance(value, StoreLocation):
            return value
        if isinstance(value, str):
            _refuse_urls(value)
        path = Path(value) if value else default_store_path()
        return cls(path.expanduser().resolve())

    def with_passphrase(self, passphrase: str | None) -> StoreLocation:
        """The same store, opened (or created) with ``passphrase``."""
        return dataclasses.replace(self, passphrase=passphrase)

    def is_encrypted(self) -> bool:
        """Whether the file on disk is an encrypted store (it then needs a passphrase)."""
        return cipher.is_encrypted(self.path)

    def describe(self) -> str:
        """The short name for window titles and messages."""
        return self.path.name

    def __str__(self) -> str:
        return str(self.path)


def _refuse_urls(value: str) -> None:
    """A URL typed as ``--store`` would otherwise become nested folders named "postgresql:"."""
    match = _URL_RE.match(value)
    if not match:
        return
    scheme = match.group(1).lower()
    if scheme in _SERVER_SCHEMES:
        raise StoreError(value, "PostgreSQL stores are not supported yet: give the path of a store file")
    if scheme == "file" and match.group(2):
        raise StoreError(value, "give the store file's path, not a file:// URL")
    if match.group(2) or scheme in {"http", "https", "sqlite", "mysql"}:
        raise StoreError(value, f"a {scheme}: URL is not a store location: give the path of a store file")
