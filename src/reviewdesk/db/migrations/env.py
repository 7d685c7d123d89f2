"""Alembic environment: runs on the engine the store opened (render_as_batch for SQLite)."""

from alembic import context

from reviewdesk.db.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
