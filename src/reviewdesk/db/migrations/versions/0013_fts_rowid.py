"""The search index keyed by the document's id, so re-indexing one document deletes by rowid.

``document_id`` is an UNINDEXED column of the FTS5 table: deleting by it scanned
the whole index for every imported document (quadratic imports, 50–70 ms per
delete at 20,000 documents). Rows are re-inserted with ``rowid = document.id``.
SQLite only: other engines have their own search.

Revision ID: 0013
Revises: 0012
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TEMP TABLE fts_copy AS SELECT document_id, text FROM document_fts")
    op.execute("DELETE FROM document_fts")
    op.execute("INSERT INTO document_fts (rowid, text, document_id) SELECT document_id, text, document_id FROM fts_copy")
    op.execute("DROP TABLE fts_copy")


def downgrade() -> None:
    """Nothing to undo: rows keyed by document id are valid for the earlier code too."""
