"""Opening a store: the one entry point, and the open store's sessions."""

from __future__ import annotations

import os
import re
import shutil
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from reviewdesk.db import (
    cipher,
    creation,
    fulltext,
    lineage,  # noqa: F401  (its flush listener stamps what every session writes)
    migrate,
    server,
    sqlite_file,
)
from reviewdesk.db.errors import (
    ConcurrentWrite,
    DiskFull,
    NotAllowed,
    StoreBusy,
    StoreError,
)
from reviewdesk.db.location import StoreLocation

__all__ = ["Store", "StoreError", "copy_store", "open_store"]

# The table a DML statement writes (SQLAlchemy quotes only reserved names, such as "case").
_WRITTEN_TABLE_RE = re.compile(r'\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?',
                               re.IGNORECASE)  # StoreError: still importable from here


class Store:
    """An open store: its location, an engine and sessions.

    Usable from any one thread at a time: the GUI's worker thread does all store
    work, whichever thread opened it.
    """

    def __init__(self, location: StoreLocation, engine: Engine, backup_path: Path | None = None) -> None:
        self.location = location
        self.engine = engine
        self.backup_path = backup_path
        # What the change log records as this store's writes (PostgreSQL); None for a file, where it records none.
        self.writer = server.writer_name(engine) if location.is_server else None
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._close_lock = threading.Lock()
        self._closed = False
        self._writes: dict[str, int] = {}  # table ("*": any) -> writes counted
        event.listen(engine, "after_cursor_execute", self._count_write)

    @property
    def path(self) -> Path | None:
        """The store's file; None for a team store on a server."""
        return self.location.path

    @property
    def closed(self) -> bool:
        return self._closed

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on error."""
        if self._closed:
            raise RuntimeError(f"{self.location}: the store is closed")
        session = self._sessions()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            if self.path is not None and sqlite_file.is_disk_full(exc, self.path):
                raise DiskFull(self.path, "the change was not saved (nothing of it was kept); "
                                          "free some space on that disk and try again") from exc
            if "database is locked" in str(exc.orig):
                raise StoreBusy(self.path, "another ReviewDesk (window or command) kept the store busy; "
                                           "nothing of this change was kept: try again") from exc
            raise
        except StaleDataError as exc:
            session.rollback()
            raise ConcurrentWrite(self.location, "someone else changed or deleted this annotation at the same "
                                                 "moment; nothing of this change was kept: look again and retry") from exc
        except DBAPIError as exc:
            session.rollback()
            if server.is_permission_denied(exc):
                raise NotAllowed(self.location, f"{server.reason(exc)}: your role on this team store does not allow "
                                                f"this change; nothing of it was kept") from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _count_write(self, _connection, _cursor, statement: str, *_args) -> None:
        head = statement.lstrip()[:6].upper()
        if head in ("SELECT", "PRAGMA"):
            return
        written = _WRITTEN_TABLE_RE.match(statement)
        table = written.group(1).lower() if written else "*"  # DDL or anything else: every table
        self._writes[table] = self._writes.get(table, 0) + 1

    def generation(self, session: Session, tables: Iterable[str] | None = None) -> int:
        """A number that changes whenever the content of ``tables`` (default: any) may have changed.

        For caches of derived data. Writes through this store are counted per
        table as they run; commits by any other connection (another window, a
        CLI import) show in SQLite's data_version, which each pooled connection
        remembers, and count for every table; a connection not seen before
        counts as such a change too, since others may have written before it opened.
        """
        connection = session.connection()
        version = server.data_version(connection) if self.location.is_server else sqlite_file.data_version(connection)
        info = connection.connection.info
        if info.get("reviewdesk_data_version") != version:
            info["reviewdesk_data_version"] = version
            self._writes["*"] = self._writes.get("*", 0) + 1
        if tables is None:
            return sum(self._writes.values())
        return self._writes.get("*", 0) + sum(self._writes.get(t, 0) for t in tables)

    def close(self) -> None:
        """Fold the WAL back into the file and release it; later calls do nothing."""
        with self._close_lock:
            if self._closed:
                return
            self._closed = True
        if self.location.is_server:
            self.engine.dispose()
            return
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except OperationalError as exc:
            # A full disk (or another reader) may stop the fold: the WAL keeps every committed change
            # and the next open folds it in; what was done must not be reported as a failure.
            if not sqlite_file.is_disk_full(exc, self.path) and "locked" not in str(exc):
                raise
        finally:
            self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(location: StoreLocation | str | os.PathLike[str] | None = None) -> Store:
    """Open (creating or upgrading) the store at ``location``, or the default store.

    Any failure is a ``StoreError`` naming the file and the reason; an upgrade
    that fails leaves the file as it was (a backup is taken before upgrading).
    An encrypted file needs the location's passphrase (``PassphraseNeeded``,
    ``WrongPassphrase``); a new store is created encrypted when the location
    has one. A new store is built whole beside its place and renamed into it,
    so a full disk or a kill never leaves a half-created store.
    """
    location = StoreLocation.parse(location)
    if location.is_server:
        return _open_server(location)
    path, passphrase = location.path, location.passphrase
    existed = sqlite_file.check_file(path, passphrase, verify_key=False)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(path, f"its folder cannot be created ({exc.strerror or exc})") from exc
    if not existed:
        creation.create(path, passphrase, _build)
    else:  # a creation killed between placing the store and removing its temp file left that file
        creation.remove_abandoned(path)
    # On a full disk SQLite cannot create the 32 KiB shared-memory file: the WAL index is then kept
    # in memory (exclusive locking), so reading still works and writes fail with "disk full".
    full = sqlite_file.no_room(path)
    engine = sqlite_file.store_engine(path, passphrase, exclusive=full)
    try:
        if existed and passphrase is not None:
            _unlock(engine, path)
        if full and not migrate.is_current(engine, path):
            raise DiskFull(path, "the store cannot be upgraded while its disk is full; free some space")
        if existed and _interrupted_creation(engine, path):
            engine.dispose()
            creation.create(path, passphrase, _build, replace=True)
        backup = migrate.upgrade(engine, path, existed, passphrase)
        if not full:
            fulltext.catch_up(engine)  # documents a migration left to re-index (new index columns)
    except BaseException:
        engine.dispose()
        raise
    return Store(location, engine, backup)


def _open_server(location: StoreLocation) -> Store:
    engine = server.open_engine(location)
    try:
        fulltext.catch_up(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(location, engine)


def _build(path: Path, passphrase: str | None) -> None:
    """The schema of a new store, in the file at ``path`` (a temporary one)."""
    engine = sqlite_file.store_engine(path, passphrase)
    try:
        migrate.upgrade(engine, path, False, passphrase)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def _unlock(engine: Engine, path: Path) -> None:
    """The engine's first connection reads page 1 with the key: "not a database" means a wrong passphrase."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except Exception as exc:
        if cipher.is_wrong_key(exc):
            raise cipher.WrongPassphrase(path) from None
        raise StoreError(path, f"cannot be read as a store ({migrate.reason(exc)})") from exc


def _interrupted_creation(engine: Engine, path: Path) -> bool:
    try:
        return migrate.interrupted_creation(engine)
    except SQLAlchemyError as exc:
        raise StoreError(path, f"cannot be read as a store ({migrate.reason(exc)})") from exc


def copy_store(store: Store, target: Path) -> None:
    """Copy the store to ``target`` (for Save As / backups) without stopping work."""
    if store.location.is_server:
        raise StoreError(store.location, "a team store is copied by the server's own tools (pg_dump), not to a file")
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(store.path, target)
