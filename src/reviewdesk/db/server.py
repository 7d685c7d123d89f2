"""The PostgreSQL side of a store (a team store): its engine, and bringing its schema to this version's.

A team store is a database on a server; the same models and the same Alembic
migrations build it as build a file (the migrations branch on the dialect
where SQLite needs FTS5 and PostgreSQL a ``tsvector``). There is no file to
back up before an upgrade: PostgreSQL runs the whole upgrade in one
transaction, so a failed one leaves the database exactly as it was, and an
advisory lock (migrations/env.py) keeps two clients from upgrading at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from uuid import uuid4

from sqlalchemy import Connection, Engine, create_engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from reviewdesk.db.errors import StoreError
from reviewdesk.db.location import StoreLocation

DIALECT = "postgresql"
INSTALL_HINT = "install ReviewDesk with its team extra: pip install 'reviewdesk[team]'"


# What a refused connection was, from libpq's words (it gives no SQLSTATE before the session starts).
_PROBLEMS = (("password", re.compile(r"password authentication failed|no password supplied|fe_sendauth")),
             ("database", re.compile(r'database "[^"]*" does not exist')),
             ("user", re.compile(r'role "[^"]*" does not exist')),
             ("unreachable", re.compile(r"could not connect|connection refused|no such file or directory|"
                                        r"could not translate host name|timeout expired|is the server running|"
                                        r"name or service not known|no route to host", re.IGNORECASE)))


class ServerRefused(StoreError):
    """The team store's server could not be reached or refused the login; ``problem_kind`` says which:
    "password", "database", "user", "unreachable" or "other". The reason is the server's own words."""

    def __init__(self, subject: object, problem: str, kind: str = "other", words: str = "") -> None:
        super().__init__(subject, problem)
        self.problem_kind = kind
        self.words = words or problem


@dataclass(frozen=True)
class ServerAnswer:
    user: str
    database: str
    version: str


def refused(location: StoreLocation, exc: BaseException) -> ServerRefused:
    words = reason(exc)
    words = words.split("FATAL:", 1)[-1].strip()  # libpq's "connection to server on socket … failed:" prefix
    kind = next((name for name, pattern in _PROBLEMS if pattern.search(str(getattr(exc, "orig", exc) or exc))),
                "other")
    return ServerRefused(location, f"cannot connect to the server ({words})", kind, words)


def check_connection(location: StoreLocation, timeout: int = 10) -> ServerAnswer:
    """Log in and ask the server who we are (File › Connect to team store › Test connection); nothing is
    migrated or written. Raises ``ServerRefused`` with the server's answer."""
    engine = server_engine(location, connect_args={"connect_timeout": timeout})
    try:
        with engine.connect() as connection:
            user, database, version = connection.exec_driver_sql(
                "SELECT current_user, current_database(), current_setting('server_version')").one()
    except SQLAlchemyError as exc:
        raise refused(location, exc) from exc
    finally:
        engine.dispose()
    return ServerAnswer(user, database, version)


def is_server(bind: Engine | Connection | Session) -> bool:
    """Whether an engine, connection or session talks to PostgreSQL."""
    dialect = bind.get_bind().dialect if isinstance(bind, Session) else bind.dialect
    return dialect.name == DIALECT


def server_engine(location: StoreLocation, connect_args: dict | None = None) -> Engine:
    """An engine on the team store's database; a clear error when the driver is missing."""
    try:
        import psycopg  # noqa: F401  (SQLAlchemy would say only "No module named 'psycopg'")
    except ImportError:
        raise StoreError(location, f"a PostgreSQL store needs the psycopg driver, which is not installed: "
                                   f"{INSTALL_HINT}") from None
    # A name of its own per engine, in its URL: the change log's triggers record it (application_name),
    # so a window tells its own writes from others'.
    url = make_url(location.url).update_query_dict({"application_name": f"reviewdesk {uuid4().hex[:12]}"})
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args or {})


def writer_name(engine: Engine) -> str | None:
    """The application_name the engine's connections write under (see ``server_engine``)."""
    return engine.url.query.get("application_name")


def reason(exc: BaseException) -> str:
    """The server's own words, without SQLAlchemy's SQL echo."""
    original = getattr(exc, "orig", None)
    return str(original or exc).strip().splitlines()[0]


def open_engine(location: StoreLocation) -> Engine:
    """The team store's engine, connected and upgraded to this version's schema."""
    from alembic.runtime.migration import MigrationContext

    engine = server_engine(location)
    try:
        try:
            with engine.connect() as connection:
                revision = MigrationContext.configure(connection).get_current_revision()
                has_tables = bool(inspect(connection).get_table_names())
        except SQLAlchemyError as exc:
            raise refused(location, exc) from exc
        upgrade(engine, location, revision, has_tables)
    except BaseException:
        engine.dispose()
        raise
    return engine


def upgrade(engine: Engine, location: StoreLocation, current: str | None, has_tables: bool) -> None:
    # Alembic only when a team store is opened: the commands on a file store never load it.
    from alembic import command
    from alembic.script import ScriptDirectory

    from reviewdesk.db.migrate import alembic_config  # migrate imports the SQLite side; this module stays light

    script = ScriptDirectory.from_config(alembic_config(None))
    head = script.get_current_head()
    if current == head:
        return
    if current is not None and current not in {s.revision for s in script.walk_revisions()}:
        raise StoreError(location, f"was written by a newer ReviewDesk (schema revision {current}; "
                                   f"this version knows up to {head}): update ReviewDesk to open it")
    if current is None and has_tables:
        raise StoreError(location, "not a ReviewDesk store: the database has tables but no schema revision "
                                   "(give ReviewDesk an empty database of its own)")
    try:
        command.upgrade(alembic_config(engine), "head")
    except Exception as exc:
        raise StoreError(location, f"the upgrade from revision {current or 'none'} failed ({reason(exc)}); "
                                   f"the database is unchanged") from exc


def is_permission_denied(exc: BaseException) -> bool:
    """Whether the server refused a statement to the user's role (SQLSTATE 42501)."""
    return getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501"


def data_version(connection) -> str:
    """A value that moves with every committed write on the server (its WAL position).

    Wider than SQLite's data_version (any database of the cluster moves it), so
    caches are at worst read again, never kept stale.
    """
    return str(connection.exec_driver_sql("SELECT pg_current_wal_lsn()").scalar())
