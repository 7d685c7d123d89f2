"""The store: SQLAlchemy models over SQLite, Alembic migrations, full-text search.

Everything SQLite-specific (pragmas, FTS5, file paths, backups) lives here so
that another backend can replace it without touching services or the GUI.
``open_store(location)`` is the one way in; a ``StoreLocation`` says where.
"""

from reviewdesk.db.engine import Store, open_store
from reviewdesk.db.errors import StoreError
from reviewdesk.db.location import StoreLocation

__all__ = ["Store", "StoreError", "StoreLocation", "open_store"]
