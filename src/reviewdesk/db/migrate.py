"""Bringing a store file to the schema this build knows, or leaving it exactly as it was."""

from __future__ import annotations

import functools
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from reviewdesk.db import sqlite_file
from reviewdesk.db.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")

# Alembic costs 0.5-0.9 s to import: a store already at head (every command but the first after an
# update) is recognised without it, from one query and the revision lines of the migration files.
_ALEMBIC_NAMES = {"command": "alembic.command", "Config": "alembic.config", "ScriptDirectory": "alembic.script",
                  "MigrationContext": "alembic.runtime.migration"}
_REVISION_RE = re.compile(r'^(down_revision|revision)\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|None)', re.MULTILINE)


def __getattr__(name: str):
    """Alembic's ``command``, ``Config``, ``ScriptDirectory`` and ``MigrationContext``, imported when first used."""
    if name not in _ALEMBIC_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module = importlib.import_module(_ALEMBIC_NAMES[name])
    return module if name == "command" else getattr(module, name)


def alembic_config(engine: Engine | None) -> Config:
    """Alembic's configuration, running on ``engine`` (see migrations/env.py)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def _alembic_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(None)).get_current_head()


def _quick_head() -> str | None:
    """The head revision read from the migration files' ``revision``/``down_revision`` lines, without Alembic;
    None when they do not name exactly one head (Alembic then decides)."""
    revisions, parents = set(), set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        for match in _REVISION_RE.finditer(script.read_text(encoding="utf-8")):
            value = match.group(2) or match.group(3)
            if value:
                (revisions if match.group(1) == "revision" else parents).add(value)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(engine: Engine) -> str | None:
    """The revision in ``alembic_version``: one query; None without that table (or with an empty one)."""
    with engine.connect() as connection:
        try:
            return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        except DBAPIError:
            connection.rollback()
            inspect(connection).get_table_names()  # "no such table" passes; what else failed (a wrong key) fails again
            return None


def _state(engine: Engine) -> tuple[str | None, bool]:
    """The store's revision and whether it holds any table at all."""
    revision = _stored_revision(engine)
    if revision is not None:
        return revision, True
    with engine.connect() as connection:
        return None, bool(inspect(connection).get_table_names())


def _at_quick_head(engine: Engine) -> bool:
    head = _quick_head()
    return head is not None and _stored_revision(engine) == head


def is_current(engine: Engine, path: Path) -> bool:
    """Whether the store is at this version's schema revision (nothing to upgrade)."""
    try:
        return _at_quick_head(engine) or _state(engine)[0] == _alembic_head()
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
    if _at_quick_head(engine):
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

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
    from alembic import command

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


# Tables of earlier revisions that head no longer has: FTS5's copy of the texts, until 0016.
_RETIRED_TABLES = {"document_fts_content"}

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
    if not names <= {name for kind, name, _sql in head_schema() if kind == "table"} | _RETIRED_TABLES:
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
    from alembic import command

    stamping = sqlite_file.migration_engine(path, passphrase)
    try:
        command.stamp(alembic_config(stamping), head)
    finally:
        stamping.dispose()
