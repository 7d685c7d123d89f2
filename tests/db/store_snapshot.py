"""Dump, rebuild and compare whole store files, for the migration tests.

``dump`` keeps a file's schema and rows as JSON-ready data; ``rebuild`` writes a
file back from it; ``content`` is what two stores are compared by: the schema
statements and every row in id order, with surrogate ids replaced by the row's
natural key (its unique columns), so a database-assigned id compares equal to
the fixed id an older migration inserted.

``tests/db/data/legacy_stores.json.xz`` holds ``dump`` of a fresh store at every
revision, built by the migrations as they were at commit 32136cf (before they
were made portable): ``python -m tests.db.store_snapshot OUT`` from that checkout.
"""

from __future__ import annotations

import json
import lzma
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

LEGACY = Path(__file__).with_name("data") / "legacy_stores.json.xz"
# FTS5 creates and fills these itself; rows go through the virtual table.
_SHADOW = "document_fts_"


def _tables(connection: sqlite3.Connection) -> list[str]:
    names = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    return [name for (name,) in names if not name.startswith(_SHADOW)]


def _rows(connection: sqlite3.Connection, table: str) -> tuple[list[str], list[list]]:
    cursor = connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
    return [d[0] for d in cursor.description], [list(row) for row in cursor]


def dump(path: Path) -> dict:
    with closing(sqlite3.connect(path)) as connection:
        schema = [list(row) for row in connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid")]
        tables = {}
        for table in _tables(connection):
            columns, rows = _rows(connection, table)
            tables[table] = {"columns": columns, "rows": rows}
    return {"schema": schema, "tables": tables}


def rebuild(snapshot: dict, path: Path) -> Path:
    with closing(sqlite3.connect(path)) as connection:
        for _type, name, _table, sql in snapshot["schema"]:
            if sql and not name.startswith(_SHADOW):
                connection.execute(sql)
        for table, data in snapshot["tables"].items():
            if data["rows"]:
                columns = ", ".join(f'"{c}"' for c in data["columns"])
                marks = ", ".join("?" for _ in data["columns"])
                connection.executemany(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', data["rows"])
        connection.commit()
    return path


def legacy_snapshots() -> dict[str, dict]:
    return json.loads(lzma.decompress(LEGACY.read_bytes()))


def _unique_columns(connection: sqlite3.Connection, table: str) -> list[str]:
    """The columns of the table's first UNIQUE constraint: its natural key."""
    indexes = sorted((row[1] for row in connection.execute(f'PRAGMA index_list("{table}")') if row[3] == "u"))
    if not indexes:
        return []
    return [row[2] for row in connection.execute(f'PRAGMA index_info("{indexes[0]}")')]


def content(path: Path) -> dict:
    """Schema and rows of ``path``, ids replaced by natural keys; JSON-comparable."""
    with closing(sqlite3.connect(path)) as connection:
        schema = sorted(list(row) for row in connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
        tables = _tables(connection)
        raw = {}
        for table in tables:
            columns, rows = _rows(connection, table)
            raw[table] = [dict(zip(columns, row)) for row in rows]
        foreign = {t: {row[3]: row[2] for row in connection.execute(f'PRAGMA foreign_key_list("{t}")')} for t in tables}
        natural = {t: _unique_columns(connection, t) for t in tables}
    by_id = {t: {row["id"]: row for row in rows if "id" in row} for t, rows in raw.items()}

    def key_of(table: str, row_id):
        if row_id is None or not natural[table]:
            return row_id
        row = by_id[table][row_id]
        return [value_of(table, column, row[column]) for column in natural[table]]

    def value_of(table: str, column: str, value):
        if column in foreign[table]:
            return key_of(foreign[table][column], value)
        return key_of(table, value) if column == "id" else value

    rows = {t: [{c: value_of(t, c, v) for c, v in row.items()} for row in raw[t]] for t in tables}
    return json.loads(json.dumps({"schema": schema, "rows": rows}))


def revisions() -> list[str]:
    """Every revision of the migrations importable now, oldest first."""
    script = ScriptDirectory.from_config(_config(None))
    return [step.revision for step in reversed(list(script.walk_revisions()))]


def build_at(path: Path, revision: str) -> Path:
    """A fresh store file at ``revision``, by the migrations importable now."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        command.upgrade(_config(engine), revision)
    finally:
        engine.dispose()
    return path


def _config(engine) -> Config:
    # Built here rather than through reviewdesk.db's helpers, so that this also
    # runs against older checkouts of the migrations (to regenerate LEGACY).
    import reviewdesk.db

    config = Config()
    config.set_main_option("script_location", str(Path(reviewdesk.db.__file__).with_name("migrations")))
    config.attributes["engine"] = engine
    return config


def _write_legacy(out: Path) -> None:
    work = out.with_name("building.rdstore")
    snapshots = {}
    for revision in revisions():
        work.unlink(missing_ok=True)
        snapshots[revision] = dump(build_at(work, revision))
    work.unlink(missing_ok=True)
    out.write_bytes(lzma.compress(json.dumps(snapshots, separators=(",", ":")).encode("utf-8")))


if __name__ == "__main__":
    _write_legacy(Path(sys.argv[1]))
