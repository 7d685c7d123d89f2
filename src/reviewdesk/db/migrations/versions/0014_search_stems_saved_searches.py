"""Search: a stemmed column in the index, saved searches, and indexes for facet counts.

The FTS5 table gains ``stems`` (each word's Snowball stem, in the document's
language) so "detained" finds "detention". FTS5 tables cannot gain a column:
the index is dropped and made again empty, and every document with text is
listed in ``search_reindex`` (made on every engine: a later index uses it too); the store indexes those when it is opened
(``reviewdesk.db.search.catch_up``), so stemming stays in one place rather
than frozen here. SQLite only, like the index itself.

``saved_search`` holds the reviewer's smart folders: a unique name, the filter
as JSON (query and facet values) and a position in the sidebar.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "saved_search",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("filter", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    # Facet counts read these columns only: covering indexes keep the documents' long texts unread.
    op.create_index("ix_tag_status_term", "tag", ["status", "term_id", "document_id"])
    op.create_index("ix_grade_scale_value", "grade", ["scale_value_id", "case_id"])
    op.create_index("ix_document_case_language", "document", ["case_id", "language"])
    op.create_index("ix_document_case_kind_date", "document", ["case_id", "kind", "date"])  # also the case list
    op.create_index("ix_document_ocr_case", "document", ["is_ocr", "case_id"])
    # Documents waiting to be (re)indexed, whatever the engine's index is (no foreign key: a row may outlive its document).
    op.create_table("search_reindex", sa.Column("document_id", sa.Integer, primary_key=True, autoincrement=False))
    if op.get_bind().dialect.name != "sqlite":
        return
    # The letters' mandates (a JSON list in ``fields``, stored after the text) read from an index.
    op.execute("CREATE INDEX ix_document_mandates ON document (kind, case_id, json_extract(fields, '$.mandates'))")
    op.execute("DROP TABLE document_fts")
    op.execute(
        "CREATE VIRTUAL TABLE document_fts USING fts5("
        "text, stems, document_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute("INSERT INTO search_reindex (document_id) SELECT id FROM document WHERE text <> ''")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP INDEX ix_document_mandates")
        op.execute("DROP TABLE document_fts")
        op.execute(
            "CREATE VIRTUAL TABLE document_fts USING fts5("
            "text, document_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
        )
        op.execute("INSERT INTO document_fts (rowid, text, document_id) SELECT id, text, id FROM document WHERE text <> ''")
    op.drop_table("search_reindex")
    for name in ("ix_document_ocr_case", "ix_document_case_kind_date", "ix_document_case_language"):
        op.drop_index(name, "document")
    op.drop_index("ix_grade_scale_value", "grade")
    op.drop_index("ix_tag_status_term", "tag")
    op.drop_table("saved_search")
