"""Revision 0012 fills the quote and context of the tags and links a store already has, from their text."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from alembic import command
from sqlalchemy import create_engine

from reviewdesk.db import open_store
from reviewdesk.services.anchoring import quote_at

from .store_snapshot import _config, build_at

TEXT = "Ünïcode first: the company — “CRRC” — is alleged to use forced labour in Xinjiang.\nSecond line."
NOW = "2021-03-12 10:00:00.000000"


def _old_store(path):
    build_at(path, "0011")
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("INSERT INTO stored_file (sha256, filename, media_type, size, data, imported_at) "
                           "VALUES ('x', 'a.txt', 'text/plain', 1, x'00', ?)", (NOW,))
        connection.execute(
            "INSERT INTO document (file_id, kind, text, page_count, needs_ocr, is_ocr, fields, warnings, "
            "parser_version, created_at) VALUES (1, 'letter', ?, 1, 0, 0, '{}', '[]', 1, ?)", (TEXT, NOW))
        term = connection.execute("SELECT min(id) FROM term").fetchone()[0]
        for start, end in ((0, 7), (TEXT.index("forced"), TEXT.index("forced") + 13), (len(TEXT) - 4, len(TEXT))):
            connection.execute('INSERT INTO tag (document_id, term_id, start, "end", created_at, updated_at) '
                               "VALUES (1, ?, ?, ?, ?, ?)", (term, start, end, NOW, NOW))
        connection.execute('INSERT INTO question (document_id, number, label, text, start, "end") '
                           "VALUES (1, 1, '1.', 'q', 0, 5)")
        connection.execute('INSERT INTO answer_link (question_id, document_id, start, "end", created_at) '
                           "VALUES (1, 1, 40, 60, ?)", (NOW,))
        connection.commit()
    return path


def test_existing_tags_and_links_get_their_quote_and_context(tmp_path):
    path = _old_store(tmp_path / "old.rdstore")
    open_store(path).close()
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute('SELECT start, "end", quote, prefix, suffix, orphaned FROM tag '
                                  "UNION ALL SELECT start, \"end\", quote, prefix, suffix, orphaned FROM answer_link"
                                  ).fetchall()
        assert connection.execute("SELECT orphaned FROM question").fetchall() == [(0,)]
        assert connection.execute("SELECT count(*) FROM field_correction").fetchone() == (0,)
    assert len(rows) == 4
    for start, end, quote, prefix, suffix, orphaned in rows:
        expected = quote_at(TEXT, start, end)
        assert (quote, prefix, suffix, orphaned) == (expected.exact, expected.prefix, expected.suffix, 0)


def test_the_revision_goes_down_again(tmp_path):
    path = _old_store(tmp_path / "down.rdstore")
    engine = create_engine(f"sqlite:///{path}")
    try:
        command.upgrade(_config(engine), "0012")
        command.downgrade(_config(engine), "0011")
    finally:
        engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(tag)")}
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "quote" not in columns and "field_correction" not in tables
