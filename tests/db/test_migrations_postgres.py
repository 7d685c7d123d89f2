"""The migrations on PostgreSQL: run only where a server is given.

Set ``REVIEWDESK_TEST_POSTGRES_URL`` (e.g. ``postgresql+psycopg://user@/postgres?host=/tmp/pg``)
to a role that may create databases, with ``psycopg`` installed; each test works in
a database of its own and drops it. Not a project dependency yet: CI adds it later.
"""

from __future__ import annotations

import os
import uuid

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, select
from sqlalchemy.engine import make_url

from reviewdesk.db import open_store
from reviewdesk.db.migrate import alembic_config
from reviewdesk.db.models import Scale, ScaleValue, Term, Vocabulary

URL = os.environ.get("REVIEWDESK_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="REVIEWDESK_TEST_POSTGRES_URL is not set")


@pytest.fixture
def postgres():
    pytest.importorskip("psycopg")
    admin = create_engine(URL, isolation_level="AUTOCOMMIT")
    name = f"reviewdesk_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine = create_engine(make_url(URL).set(database=name))
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE "{name}"')
        admin.dispose()


def _seed_rows(engine) -> dict:
    """What the migrations insert, in id order, with ids replaced by natural keys."""
    with engine.connect() as connection:
        vocabularies = dict(connection.execute(select(Vocabulary.id, Vocabulary.key)).all())
        terms = connection.execute(select(Term.__table__).order_by(Term.id)).mappings().all()
        term_keys = {t["id"]: (vocabularies[t["vocabulary_id"]], t["key"]) for t in terms}
        scales = dict(connection.execute(select(Scale.id, Scale.key)).all())
        values = connection.execute(select(ScaleValue.__table__).order_by(ScaleValue.id)).mappings().all()
        return {
            "vocabulary": connection.execute(select(Vocabulary.key, Vocabulary.name).order_by(Vocabulary.id)).all(),
            "term": [(term_keys[t["id"]], term_keys.get(t["parent_id"]), t["label"], t["colour"], t["shortcut"],
                      t["description"], t["synonyms"], t["retired"], t["position"]) for t in terms],
            "scale": connection.execute(select(Scale.key, Scale.name).order_by(Scale.id)).all(),
            "scale_value": [(scales[v["scale_id"]], v["key"], v["label"], v["position"], v["administrative"])
                            for v in values],
        }


def _columns(engine) -> dict:
    names = inspect(engine).get_table_names()
    return {table: [c["name"] for c in inspect(engine).get_columns(table)]
            for table in names if not table.startswith("document_fts")}


def test_migrations_build_on_postgresql_what_they_build_on_sqlite(postgres, tmp_path):
    command.upgrade(alembic_config(postgres), "head")
    with open_store(tmp_path / "fresh.rdstore") as store:
        assert _columns(postgres) == _columns(store.engine)
        assert _seed_rows(postgres) == _seed_rows(store.engine)


def test_ids_keep_being_assigned_after_the_migrations(postgres):
    """No fixed id was inserted, so every sequence is ahead of the rows."""
    command.upgrade(alembic_config(postgres), "head")
    with postgres.begin() as connection:
        legal = connection.scalar(select(Vocabulary.id).where(Vocabulary.key == "legal"))
        connection.execute(Vocabulary.__table__.insert().values(key="mine", name="Mine"))
        connection.execute(Term.__table__.insert().values(
            vocabulary_id=legal, key="new", label="New", colour="#000000", synonyms=[], retired=False))
        connection.execute(Scale.__table__.insert().values(key="mine", name="Mine"))


def test_migrations_go_down_and_up_again_on_postgresql(postgres):
    config = alembic_config(postgres)
    command.upgrade(config, "head")
    command.downgrade(config, "base")
    command.upgrade(config, "head")
    assert len(_seed_rows(postgres)["term"]) > 200
