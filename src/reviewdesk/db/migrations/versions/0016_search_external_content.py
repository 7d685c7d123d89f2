"""The search index without a second copy of every text: FTS5 external content over ``document.text``.

Until now ``document_fts`` stored each document's text and stems beside the
index (16 % of a store). Now it reads its columns through the view
``document_fts_source`` (``document.text`` and the stems in
``document_fts_stems``), and only the stems are kept: they are what FTS5 needs
to take a document out of the index again, and recomputing them could differ
after a stemmer update. Two triggers take a document out of the index when its
text changes or it is deleted (FTS5 needs the indexed values to do so, and only
the old row has them); ``reviewdesk.db.search.index_document`` puts it back.

Whatever was indexed with the document's current text keeps its stems (the
index is rebuilt from them by FTS5 itself, nothing re-stemmed here); any other
document with text is listed in ``search_reindex`` for the store to index when
it opens. SQLite only, like the index itself.

On every engine: an index for finding a case by its reference's parts (each
imported letter and reply looks its case up by country, number and year).

A later migration that rebuilds ``document`` (batch mode) must drop the view
first and create the view and both triggers again after.

Revision ID: 0016
Revises: 0015
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"
# What the index held for a document leaves it: the text as it was, with the stems kept for it.
_UNINDEX_OLD = (
    "INSERT INTO document_fts (document_fts, rowid, text, stems, document_id) "
    "SELECT 'delete', old.id, old.text, s.stems, old.id FROM document_fts_stems s WHERE s.document_id = old.id; "
    "DELETE FROM document_fts_stems WHERE document_id = old.id;"
)


def upgrade() -> None:
    op.create_index("ix_case_reference_parts", "case", ["country", "number", "year"])
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE document_fts_stems (document_id INTEGER PRIMARY KEY, stems TEXT NOT NULL)")
    op.execute(
        "INSERT INTO document_fts_stems (document_id, stems) "
        "SELECT f.rowid, coalesce(f.stems, '') FROM document_fts f JOIN document d ON d.id = f.rowid "
        "WHERE f.text = d.text"
    )
    op.execute("DROP TABLE document_fts")
    op.execute(
        "CREATE VIEW document_fts_source AS SELECT s.document_id AS id, d.text AS text, s.stems AS stems, "
        "s.document_id AS document_id FROM document_fts_stems s JOIN document d ON d.id = s.document_id"
    )
    op.execute(
        "CREATE VIRTUAL TABLE document_fts USING fts5(text, stems, document_id UNINDEXED, "
        f"content = 'document_fts_source', content_rowid = 'id', {_TOKENIZE})"
    )
    op.execute("INSERT INTO document_fts (document_fts) VALUES ('rebuild')")
    op.execute(
        "INSERT OR IGNORE INTO search_reindex (document_id) SELECT id FROM document "
        "WHERE text <> '' AND id NOT IN (SELECT document_id FROM document_fts_stems)"
    )
    op.execute(f"CREATE TRIGGER document_fts_text_changed AFTER UPDATE OF text ON document "
               f"WHEN old.text IS NOT new.text BEGIN {_UNINDEX_OLD} END")
    op.execute(f"CREATE TRIGGER document_fts_deleted AFTER DELETE ON document BEGIN {_UNINDEX_OLD} END")


def downgrade() -> None:
    op.drop_index("ix_case_reference_parts", "case")
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER document_fts_deleted")
    op.execute("DROP TRIGGER document_fts_text_changed")
    op.execute("CREATE TEMP TABLE fts_copy AS SELECT id, text, stems FROM document_fts_source")
    op.execute("DROP TABLE document_fts")
    op.execute("DROP VIEW document_fts_source")
    op.execute("DROP TABLE document_fts_stems")
    op.execute(f"CREATE VIRTUAL TABLE document_fts USING fts5(text, stems, document_id UNINDEXED, {_TOKENIZE})")
    op.execute("INSERT INTO document_fts (rowid, text, stems, document_id) SELECT id, text, stems, id FROM fts_copy")
    op.execute("DROP TABLE fts_copy")
