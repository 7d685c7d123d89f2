"""Full-text search on PostgreSQL (branch team): a ``tsvector`` per document with a GIN index.

PostgreSQL only (on SQLite this revision does nothing: FTS5's ``document_fts``
is the index there). ``document_search`` holds one row per document: its
words (weight A) and their stems (weight B) in one ``tsvector``, read through
the text search configuration ``reviewdesk_words`` (``unaccent`` then
``simple``: folded case and diacritics, no stop words, no stemming — stems are
computed by ReviewDesk, as for SQLite). Every document with text is listed in
``search_reindex``; the store indexes those when it is opened
(``reviewdesk.db.search_postgres.catch_up``).

Revision ID: 0017
Revises: 0016
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

# The token types of words ReviewDesk hands the parser (runs of letters and digits, space-separated).
_WORD_TYPES = "asciiword, word, numword, uint, sfloat"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute("CREATE TEXT SEARCH CONFIGURATION reviewdesk_words (COPY = simple)")
    op.execute(f"ALTER TEXT SEARCH CONFIGURATION reviewdesk_words ALTER MAPPING FOR {_WORD_TYPES} WITH unaccent, simple")
    # No foreign key, as for FTS5: an undo may restore a document's index row before the document.
    op.execute("CREATE TABLE document_search (document_id integer PRIMARY KEY, tsv tsvector NOT NULL)")
    op.execute("CREATE INDEX ix_document_search_tsv ON document_search USING gin (tsv)")
    op.execute("INSERT INTO search_reindex (document_id) SELECT id FROM document WHERE text <> '' "
               "ON CONFLICT DO NOTHING")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE document_search")
    op.execute("DROP TEXT SEARCH CONFIGURATION reviewdesk_words")
