"""Opening a store file: pragmas, backup before migrating, Alembic upgrade."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from reviewdesk.db.paths import default_store_path

_MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(Exception):
    """A store that cannot be opened, with the reason."""


def _alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def backup_file(path: Path, label: str) -> Path:
    """A consistent copy of the store next to it, through SQLite's backup API."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.bak-{label}-{stamp}")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


class Store:
    """An open store: an engine, sessions, and the path it lives at."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.backup_path: Path | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _check_sqlite_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        raise StoreError(f"{path}: not a ReviewDesk store (not an SQLite database)")


def open_store(path: str | os.PathLike[str] | None = None) -> Store:
    """Open (creating or upgrading) the store at ``path`` or the default location."""
    store_path = Path(path) if path else default_store_path()
    store_path = store_path.expanduser().resolve()
    store_path.parent.mkdir(parents=True, exist_ok=True)
    _check_sqlite_file(store_path)
    existed = store_path.exists() and store_path.stat().st_size > 0
    engine = create_engine(f"sqlite:///{store_path}")
    event.listen(engine, "connect", _set_pragmas)
    store = Store(store_path, engine)
    config = _alembic_config(engine)
    head = ScriptDirectory.from_config(config).get_current_head()
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
            has_tables = bool(connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").fetchall())
    except Exception as exc:
        engine.dispose()
        raise StoreError(f"{store_path}: cannot be read as a store ({exc})") from exc
    if current != head:
        if existed and has_tables:
            if current is None:
                engine.dispose()
                raise StoreError(f"{store_path}: an SQLite file that is not a ReviewDesk store")
            store.backup_path = backup_file(store_path, current)
        command.upgrade(config, "head")
    return store


def copy_store(store: Store, target: Path) -> None:
    """Copy the store to ``target`` (for Save As / backups) without stopping work."""
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(store.path, target)
