"""Bringing a store file to the schema this build knows, or leaving it exactly as it was."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text
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


def is_current(engine: Engine, path: Path) -> bool:
    """Whether the store is at this version's schema revision (nothing to upgrade)."""
    head = ScriptDirectory.from_config(alembic_config(None)).get_current_head()
    try:
        return _state(engine)[0] == head
    except SQLAlchemyError as exc:
        raise StoreError(path, f"cannot be read as a store ({reason(exc)})") from exc


def upgrade(engine: Engine, path: Path, existed: bool, passphrase: str | None = None) -> Path | None:
    """Upgrade the file at ``path`` to head; the path of the backup taken first, if any.

    ``engine`` is the store's own, for looking: the upgrade itself runs on an
    engine of its own whose transaction holds the write lock and the DDL. The
    backup of an encrypted store is encrypted with its ``passphrase``.
    """
    try:
        return _upgrade(engine, path, existed, passphrase)
    except SQLAlchemyError as exc:
        raise StoreError(path, f"cannot be read as a store ({reason(exc)})") from exc


def _upgrade(engine: Engine, path: Path, existed: bool, passphrase: str | None) -> Path | None:
    script = ScriptDirectory.from_config(alembic_config(None))
    head = script.get_current_head()
    current, has_tables = _state(engine)
    if current == head:
        return None
    if current is not None and current not in {s.revision for s in script.walk_revisions()}:
        raise StoreError(path, f"was written by a newer ReviewDesk (schema revision {current}; "
                               f"this version knows up to {head}): update ReviewDesk to open it")
    if current is None and has_tables:
        _stamp_if_whole(engine, path, passphrase, head)
        return None
    backup = _backup(path, current, passphrase) if existed and has_tables else None
    migrating = sqlite_file.migration_engine(path, passphrase)
    try:
        command.upgrade(alembic_config(migrating), "head")
        return backup
    except Exception as exc:
        failure = exc
    finally:
        migrating.dispose()
    engine.dispose()
    outcome = _recover(engine, path, existed, backup, current, passphrase)
    raise StoreError(path, f"the upgrade from revision {current or 'none'} failed ({reason(failure)}){outcome}") from failure


def _backup(path: Path, revision: str, passphrase: str | None) -> Path:
    try:
        return sqlite_file.backup_file(path, revision, passphrase)
    except Exception as exc:
        raise StoreError(path, f"not upgraded: the backup before upgrading could not be written ({reason(exc)})") from exc


def _recover(engine: Engine, path: Path, existed: bool, backup: Path | None, revision: str | None,
             passphrase: str | None) -> str:
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
            sqlite_file.restore_file(backup, path, passphrase)
        except Exception as exc:
            return f"; restoring it failed too ({reason(exc)}): the copy made before is {backup.name}"
    return f"; the store is unchanged and a copy is at {backup.name}"


def reason(exc: BaseException) -> str:
    """The driver's own words ("database or disk is full"), without SQLAlchemy's SQL echo."""
    original = getattr(exc, "orig", None)
    return str(original or exc).splitlines()[0]


# A store that has tables but no revision: an earlier version's creation cut short (full disk, kill -9
# between the tables and the revision) or another program's database. It is repaired only when its
# schema is exactly this version's (then only the revision is missing) or when it holds nothing at all.


@functools.cache
def head_schema() -> frozenset[tuple[str, str, str]]:
    """(type, name, SQL) of every schema object a new store has, read from a store built in a temp folder."""
    with tempfile.TemporaryDirectory(prefix="reviewdesk-schema-") as folder:
        path = Path(folder) / "schema.rdstore"
        migrating = sqlite_file.migration_engine(path)
        try:
            command.upgrade(alembic_config(migrating), "head")
            return _schema(migrating)
        finally:
            migrating.dispose()


def _schema(engine: Engine) -> frozenset[tuple[str, str, str]]:
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT type, name, coalesce(sql, '') FROM sqlite_master "
            "WHERE name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"))
        return frozenset((kind, name, " ".join(sql.split())) for kind, name, sql in rows)


# What a reviewer adds hangs off these: empty, the file holds nothing but what the migrations wrote.
_USER_TABLES = ("stored_file", "case", "document")


def interrupted_creation(engine: Engine) -> bool:
    """No revision, only ReviewDesk's table names (of any revision) and no document: a creation cut short.

    Without its revision such a file could never be opened, so it cannot hold
    a reviewer's work; the migrations' own rows (the vocabulary) are rebuilt.
    """
    current, has_tables = _state(engine)
    if current is not None or not has_tables:
        return False
    names = {name for kind, name, _sql in _schema(engine) if kind == "table"}
    if not names <= {name for kind, name, _sql in head_schema() if kind == "table"}:
        return False
    with engine.connect() as connection:
        for table in _USER_TABLES:
            if table in names and connection.execute(text(f'SELECT 1 FROM "{table}" LIMIT 1')).first():
                return False
    return True


def _stamp_if_whole(engine: Engine, path: Path, passphrase: str | None, head: str) -> None:
    """Write the missing revision when the schema is this version's, else refuse, saying why."""
    schema = _schema(engine)
    expected = head_schema()
    if schema != expected:
        missing = sorted(name for _kind, name, _sql in expected - schema)
        extra = sorted(name for _kind, name, _sql in schema - expected)
        detail = "; ".join(part for part in (
            f"missing or different: {', '.join(missing[:3])}{'…' if len(missing) > 3 else ''}" if missing else "",
            f"not ReviewDesk's: {', '.join(extra[:3])}{'…' if len(extra) > 3 else ''}" if extra else "",
        ) if part)
        raise StoreError(path, f"not a ReviewDesk store: it has tables but no schema revision, and its schema "
                               f"is not this version's ({detail})")
    stamping = sqlite_file.migration_engine(path, passphrase)
    try:
        command.stamp(alembic_config(stamping), head)
    finally:
        stamping.dispose()
