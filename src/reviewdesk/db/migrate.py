"""Bringing a store file to the schema this build knows, or leaving it exactly as it was."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import SQLAlchemyError

from reviewdesk.db import sqlite_file
from reviewdesk.db.errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine | None) -> Config:
    """Alembic's configuration, running on ``engine`` (see migrations/env.py)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def _state(engine: Engine) -> tuple[str | None, bool]:
    """The store's revision and whether it holds any table at all."""
    with engine.connect() as connection:
        revision = MigrationContext.configure(connection).get_current_revision()
        return revision, bool(inspect(connection).get_table_names())


def upgrade(engine: Engine, path: Path, existed: bool) -> Path | None:
    """Upgrade the file at ``path`` to head; the path of the backup taken first, if any.

    ``engine`` is the store's own, for looking: the upgrade itself runs on an
    engine of its own whose transaction holds the write lock and the DDL.
    """
    try:
        return _upgrade(engine, path, existed)
    except SQLAlchemyError as exc:
        raise StoreError(path, f"cannot be read as a store ({_reason(exc)})") from exc


def _upgrade(engine: Engine, path: Path, existed: bool) -> Path | None:
    script = ScriptDirectory.from_config(alembic_config(None))
    head = script.get_current_head()
    current, has_tables = _state(engine)
    if current == head:
        return None
    if current is not None and current not in {s.revision for s in script.walk_revisions()}:
        raise StoreError(path, f"was written by a newer ReviewDesk (schema revision {current}; "
                               f"this version knows up to {head}): update ReviewDesk to open it")
    if current is None and has_tables:
        raise StoreError(path, "an SQLite file that is not a ReviewDesk store")
    backup = _backup(path, current) if existed and has_tables else None
    migrating = sqlite_file.migration_engine(path)
    try:
        command.upgrade(alembic_config(migrating), "head")
        return backup
    except Exception as exc:
        failure = exc
    finally:
        migrating.dispose()
    engine.dispose()
    outcome = _recover(engine, path, existed, backup, current)
    raise StoreError(path, f"the upgrade from revision {current or 'none'} failed ({_reason(failure)}){outcome}") from failure


def _backup(path: Path, revision: str) -> Path:
    try:
        return sqlite_file.backup_file(path, revision)
    except Exception as exc:
        raise StoreError(path, f"not upgraded: the backup before upgrading could not be written ({_reason(exc)})") from exc


def _recover(engine: Engine, path: Path, existed: bool, backup: Path | None, revision: str | None) -> str:
    """After a failed upgrade the transaction has rolled back; check it, restore if not; say so."""
    if not existed:
        sqlite_file.delete_file(path)
        return ""
    try:
        intact = _state(engine)[0] == revision
    except SQLAlchemyError:
        intact = False
    finally:
        engine.dispose()
    if backup is None:
        return ""
    if not intact:
        try:
            sqlite_file.restore_file(backup, path)
        except Exception as exc:
            return f"; restoring it failed too ({_reason(exc)}): the copy made before is {backup.name}"
    return f"; the store is unchanged and a copy is at {backup.name}"


def _reason(exc: BaseException) -> str:
    """The driver's own words ("database or disk is full"), without SQLAlchemy's SQL echo."""
    original = getattr(exc, "orig", None)
    return str(original or exc).splitlines()[0]
