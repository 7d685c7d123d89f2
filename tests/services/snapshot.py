"""The whole content of a store, to check that an undo puts back exactly what was there.

Every table is read, FTS5 shadow tables included, every column raw as SQLite
holds it (dates as text, JSON as text, booleans as integers), in rowid order.
On PostgreSQL every table is read in primary-key order, each row as its text form.

What only records that a write happened is left out: the change log and the
tombstones (kept by triggers), and shared rows' ``version`` and ``stamps`` —
putting values back is itself a write (``services/rows.py``), checked by
``tests/services/test_sync_columns.py``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

WRITE_LOGS = ("change_log", "tombstone")
WRITE_COUNTERS = ("version", "stamps")


class Snapshots:
    """One read-only connection kept open: snapshots are taken often and must be cheap."""

    def __new__(cls, where):
        if cls is Snapshots and getattr(getattr(where, "location", None), "is_server", False):
            return super().__new__(ServerSnapshots)
        return super().__new__(cls)

    def __init__(self, where) -> None:
        """``where``: a store file's path, or an open store (a file or a team store)."""
        path = getattr(where, "path", where)
        self.connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.queries: dict[str, str] = {}
        self.columns: dict[str, list[str]] = {}
        for (table,) in self.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            if table in WRITE_LOGS:
                continue
            names = [row[1] for row in self.connection.execute(f'PRAGMA table_info("{table}")')
                     if row[1] not in WRITE_COUNTERS]
            listed = ", ".join(f'"{name}"' for name in names)
            try:
                cursor = self.connection.execute(f'SELECT rowid, {listed} FROM "{table}" LIMIT 0')
                self.queries[table] = f'SELECT rowid, {listed} FROM "{table}" ORDER BY rowid'
            except sqlite3.OperationalError:  # WITHOUT ROWID (FTS5's idx and config): ordered by the key
                cursor = self.connection.execute(f'SELECT {listed} FROM "{table}" LIMIT 0')
                self.queries[table] = f'SELECT {listed} FROM "{table}" ORDER BY 1, 2'
            self.columns[table] = [d[0] for d in cursor.description]

    def take(self) -> dict[str, list[tuple]]:
        return {table: self.connection.execute(query).fetchall() for table, query in self.queries.items()}

    def take_indexed(self) -> dict[str, list[tuple]]:
        """Like ``take``, but the search index by what it indexes (document, text), not by its FTS5 pages.

        For edits that rewrite texts (re-analysis): putting a text back re-indexes it, which
        leaves the same index in differently laid out FTS5 segments.
        """
        taken = {table: rows for table, rows in self.take().items() if not table.startswith("document_fts")}
        taken["document_fts"] = self.connection.execute(
            "SELECT document_id, text FROM document_fts ORDER BY document_id, text").fetchall()
        return taken

    def rows(self, snapshot: dict[str, list[tuple]], table: str) -> list[dict]:
        """The rows of one table of a snapshot, by column name."""
        names = self.columns[table]
        return [dict(zip(names, row)) for row in snapshot[table]]

    def close(self) -> None:
        self.connection.close()


class ServerSnapshots(Snapshots):
    """The same on PostgreSQL: a connection of its own, which sees each commit (autocommit)."""

    def __init__(self, store) -> None:
        import psycopg

        url = store.engine.url
        self.connection = psycopg.connect(dbname=url.database, user=url.username, password=url.password,
                                          host=url.host or url.query.get("host"), port=url.port, autocommit=True)
        self.queries, self.columns = {}, {}
        tables = self.connection.execute(
            "SELECT c.relname, array_agg(a.attname ORDER BY a.attnum) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public' "
            "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
            "WHERE c.relkind = 'r' GROUP BY c.relname ORDER BY c.relname").fetchall()
        for table, columns in tables:
            if table in WRITE_LOGS:
                continue
            key = self.connection.execute(
                "SELECT array_agg(a.attname) FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary",
                (f'"{table}"',)).fetchone()[0] or columns
            order = ", ".join(f'"{c}"' for c in key)
            kept = ", ".join(f't."{c}"' for c in columns if c not in WRITE_COUNTERS)
            self.queries[table] = f'SELECT ({kept})::text FROM "{table}" t ORDER BY {order}'
            self.columns[table] = ["row"]

    def take_indexed(self) -> dict[str, list[tuple]]:
        return self.take()  # a tsvector is the same value whatever order it was written in


def differences(before: dict[str, list[tuple]], after: dict[str, list[tuple]]) -> list[str]:
    """Readable differences, table by table (for assertion messages)."""
    found = []
    for table in sorted(set(before) | set(after)):
        old, new = set(before.get(table, [])), set(after.get(table, []))
        if old != new:
            found.append(f"{table}: gone {sorted(old - new)[:3]}, new {sorted(new - old)[:3]}")
    return found
