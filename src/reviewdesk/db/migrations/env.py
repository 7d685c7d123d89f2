"""Alembic environment: runs on the engine the store opened (render_as_batch for SQLite)."""

from alembic import context

from reviewdesk.db.models import Base

config = context.config
engine = config.attributes["engine"]

# Any number on which every client agrees: on PostgreSQL two clients opening an old team store at once
# upgrade it one after the other (the second then finds it current), never both.
_UPGRADE_LOCK = 0x52655669657744

with engine.begin() as connection:
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_UPGRADE_LOCK})")
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
