"""The migrations on PostgreSQL (``REVIEWDESK_TEST_POSTGRES_URL``, see tests/engines.py).

Each test works in an empty database of its own and drops it.
"""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, select

from reviewdesk.db import open_store
from reviewdesk.db.migrate import alembic_config
from reviewdesk.db.models import Scale, ScaleValue, Term, Vocabulary

from ..engines import postgres_database

# The full-text index is each engine's own (FTS5 tables, a tsvector table).
SEARCH_TABLES = ("document_fts", "document_search")


@pytest.fixture
def postgres():
    with postgres_database(migrated=False) as url:
        engine = create_engine(url)
        try:
            yield engine
        finally:
            engine.dispose()


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
            for table in names if not table.startswith(SEARCH_TABLES)}


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
