"""The store: SQLAlchemy models over SQLite, Alembic migrations, full-text search.

Everything SQLite-specific (pragmas, FTS5, file paths, backups) lives here so
that another backend can replace it without touching services or the GUI.
"""

from reviewdesk.db.engine import Store, open_store

__all__ = ["Store", "open_store"]
