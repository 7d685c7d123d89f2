"""Stores on both engines for the tests: SQLite files, and databases on the test PostgreSQL.

``REVIEWDESK_TEST_POSTGRES_URL`` names a role that may create databases
(``packaging/postgres.sh`` starts a throwaway server and sets it). Each test
on PostgreSQL gets a database of its own, ``CREATE DATABASE … TEMPLATE`` of
one built once per process (migrated, or migrated and holding the search
corpus), and dropped when the test ends. Names carry the pytest-xdist worker
and the process id, so workers (and two runs on one server) never share one.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from reviewdesk.db import Store, open_store

URL = os.environ.get("REVIEWDESK_TEST_POSTGRES_URL")
ENGINES = ("sqlite", "postgresql")
_PREFIX = f"rdtest_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}_{os.getpid()}"


def require_postgres() -> None:
    if not URL:
        pytest.skip("REVIEWDESK_TEST_POSTGRES_URL is not set (packaging/postgres.sh starts a server and sets it)")
    pytest.importorskip("psycopg")


class _Server:
    """The test server, seen from this process: its databases and their templates."""

    def __init__(self) -> None:
        from sqlalchemy import create_engine

        self.admin = create_engine(URL, isolation_level="AUTOCOMMIT", poolclass=_null_pool())
        self.templates: dict[str, str] = {}
        self._numbers = itertools.count(1)

    def url(self, database: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(URL).set(database=database).render_as_string(hide_password=False)

    def _execute(self, sql: str) -> None:
        with self.admin.connect() as connection:
            connection.exec_driver_sql(sql)

    def create(self, template: str | None = None) -> str:
        name = f"{_PREFIX}_{next(self._numbers)}"
        self._execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop(self, name: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def template(self, key: str, fill: Callable[[Store], None] | None = None, base: str | None = None) -> str:
        """A database migrated (and filled by ``fill``) once per process, for copying."""
        if key not in self.templates:
            name = self.create(self.template(base) if base else None)
            with open_store(self.url(name)) as store:  # migrates; closing leaves no connection to copy past
                if fill is not None:
                    fill(store)
            self.templates[key] = name
        return self.templates[key]

    def close(self) -> None:
        for name in self.templates.values():
            self.drop(name)
        self.templates.clear()
        self.admin.dispose()


def _null_pool():
    from sqlalchemy.pool import NullPool

    return NullPool  # a database with a connection left in a pool could be neither copied nor dropped


_server: list[_Server] = []


def server() -> _Server:
    require_postgres()
    if not _server:
        _server.append(_Server())
    return _server[0]


def close_server() -> None:
    while _server:
        _server.pop().close()


@contextmanager
def postgres_database(template_key: str = "migrated", fill: Callable[[Store], None] | None = None,
                      base: str | None = None, migrated: bool = True) -> Iterator[str]:
    """The URL of a new database for one test (migrated from a template unless ``migrated`` is False), dropped after."""
    pg = server()
    name = pg.create(pg.template(template_key, fill, base)) if migrated else pg.create()
    try:
        yield pg.url(name)
    finally:
        pg.drop(name)


@contextmanager
def store_on(engine: str, tmp_path, template_key: str = "migrated", fill: Callable[[Store], None] | None = None,
             file_template: Callable[[], object] | None = None, name: str = "test.rdstore") -> Iterator[Store]:
    """An open store of the test's own on ``engine``: a file in ``tmp_path`` or a database on the test server."""
    if engine == "postgresql":
        with postgres_database(template_key, fill, base="migrated" if template_key != "migrated" else None) as url:
            store = open_store(url)
            try:
                yield store
            finally:
                store.close()
        return
    path = tmp_path / name
    if file_template is not None:
        import shutil

        shutil.copyfile(file_template(), path)
    store = open_store(path)
    try:
        yield store
    finally:
        store.close()
