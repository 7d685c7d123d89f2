"""Where a store lives, as a value the CLI, the GUI and settings pass around."""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from reviewdesk.db import cipher
from reviewdesk.db.errors import StoreError
from reviewdesk.db.paths import default_store_path

# "scheme://…" or "scheme:…" as URLs are written (RFC 3986), but not "C:\…": a drive letter is one character.
_URL_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):(//)?")
# What a user may write for a team store; SQLAlchemy's bare "postgresql" means psycopg2, which is not ours.
_SERVER_SCHEMES = {"postgresql", "postgres", "postgresql+psycopg"}
_SERVER_DRIVER = "postgresql+psycopg"


@dataclass(frozen=True)
class StoreLocation:
    """A store's address: the path of an SQLite file (and the passphrase of an encrypted one), or a server's URL.

    A team store on PostgreSQL is a ``url`` (``postgresql+psycopg://…``, its
    engine in ``server``) and has no ``path``; callers only hand locations, or
    what the user typed, to ``open_store``. Build one with ``parse`` (it
    expands and resolves a path, and normalises a URL's driver). The passphrase
    is neither shown nor compared, nor is a URL's password: a location names a
    store, whoever unlocked it.
    """

    path: Path | None
    passphrase: str | None = field(default=None, repr=False, compare=False)
    url: str | None = field(default=None, repr=False, compare=False)
    # The URL without its password: what is shown, compared and kept in settings (the password comes from
    # the URL typed, or libpq's own ~/.pgpass and PGPASSWORD: never from a settings file).
    server: str | None = None

    @classmethod
    def parse(cls, value: str | os.PathLike[str] | StoreLocation | None) -> StoreLocation:
        """A location from a setting or a command-line value; None or "" is the default store."""
        if isinstance(value, StoreLocation):
            return value
        if isinstance(value, str):
            url = _server_url(value)
            if url is not None:
                shown = make_url(url)
                shown = URL.create(shown.drivername, shown.username, None, shown.host, shown.port, shown.database,
                                   shown.query)  # URL.set(password=None) would keep it
                return cls(None, url=url, server=shown.render_as_string(hide_password=False))
        path = Path(value) if value else default_store_path()
        return cls(path.expanduser().resolve())

    @property
    def is_server(self) -> bool:
        """Whether the store is a database on a server (PostgreSQL), not a file."""
        return self.url is not None

    def with_passphrase(self, passphrase: str | None) -> StoreLocation:
        """The same store, opened (or created) with ``passphrase``."""
        return dataclasses.replace(self, passphrase=passphrase)

    def is_encrypted(self) -> bool:
        """Whether the file on disk is an encrypted store (it then needs a passphrase); a server's never is."""
        return self.path is not None and cipher.is_encrypted(self.path)

    def describe(self) -> str:
        """The short name for window titles and messages: the file's name, or "database on host"."""
        if self.path is not None:
            return self.path.name
        url = make_url(self.url)
        host = url.host or url.query.get("host") or "localhost"
        return f"{url.database} on {host}"

    def __str__(self) -> str:
        return self.server if self.path is None else str(self.path)

    def __repr__(self) -> str:
        return f"StoreLocation({self.server!r})" if self.path is None else f"StoreLocation({self.path!r})"


def _server_url(value: str) -> str | None:
    """The SQLAlchemy URL of a team store typed as ``value``; None for a path; other URLs are refused.

    A URL taken for a path would otherwise become nested folders named "postgresql:".
    """
    match = _URL_RE.match(value)
    if not match:
        return None
    scheme = match.group(1).lower()
    if scheme in _SERVER_SCHEMES and match.group(2):
        try:
            url = make_url(value)
        except ArgumentError as exc:
            raise StoreError(_shown(value), f"not a valid PostgreSQL URL ({exc})") from None
        if not url.database:
            raise StoreError(_shown(value), "the URL names no database (postgresql://host/DATABASE)")
        return url.set(drivername=_SERVER_DRIVER).render_as_string(hide_password=False)
    if scheme.startswith("postgres"):
        raise StoreError(_shown(value), "a team store is a postgresql:// or postgresql+psycopg:// URL "
                                        "(the psycopg driver)")
    if scheme == "file" and match.group(2):
        raise StoreError(value, "give the store file's path, not a file:// URL")
    if match.group(2) or scheme in {"http", "https", "sqlite", "mysql"}:
        raise StoreError(value, f"a {scheme}: URL is not a store location: give the path of a store file "
                                f"or a postgresql:// URL")
    return None


def _shown(value: str) -> str:
    """``value`` for a message: a password in it is never printed."""
    try:
        return make_url(value).render_as_string(hide_password=True)
    except ArgumentError:
        return re.sub(r"(//[^/:@]*:)[^/@]*@", r"\1***@", value)
