"""The reviewer's corrections with their provenance; quotes that let tags and links be re-anchored.

``field_correction`` holds one row per corrected field (of a case, or of one
document for its kind and questions). Tags and answer links get the W3C
TextQuoteSelector of their span (exact quote, 32 characters of context on each
side) and an ``orphaned`` flag; existing rows are filled from the text they
point into now. Questions get the flag too.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# Characters of context kept on each side of a quote (frozen here: a later change must not alter this revision).
CONTEXT = 32
_ANCHORED = ("tag", "answer_link")


def upgrade() -> None:
    op.create_table(
        "field_correction",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("case.id", ondelete="CASCADE"), index=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("document.id", ondelete="CASCADE"), index=True),
        sa.Column("field", sa.String(40), nullable=False),
        sa.Column("value", sa.JSON),
        sa.Column("previous", sa.JSON),
        sa.Column("parsed", sa.JSON),
        sa.Column("author", sa.String(200), nullable=False, server_default=""),
        sa.Column("corrected_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("(case_id IS NULL) <> (document_id IS NULL)", name="ck_field_correction_owner"),
    )
    # Plain ADD COLUMN (no batch table rebuild): SQLite and PostgreSQL both add a column with a default in place.
    for name in _ANCHORED:
        for column in ("quote", "prefix", "suffix"):
            op.add_column(name, sa.Column(column, sa.Text, nullable=False, server_default=""))
        op.add_column(name, sa.Column("orphaned", sa.Boolean, nullable=False, server_default=sa.false()))
        _fill_quotes(name)
    op.add_column("question", sa.Column("orphaned", sa.Boolean, nullable=False, server_default=sa.false()))


def _fill_quotes(name: str) -> None:
    """Each row's quote and context from its document's text (SQL substr counts characters, as Python does)."""
    row = sa.table(name, sa.column("document_id", sa.Integer), sa.column("start", sa.Integer),
                   sa.column("end", sa.Integer), sa.column("quote", sa.Text), sa.column("prefix", sa.Text),
                   sa.column("suffix", sa.Text))
    document = sa.table("document", sa.column("id", sa.Integer), sa.column("text", sa.Text))

    def from_text(first, length):
        return (sa.select(sa.func.substr(document.c.text, first, length))
                .where(document.c.id == row.c.document_id).scalar_subquery())

    before = sa.case((row.c.start >= CONTEXT, CONTEXT), else_=row.c.start)
    op.execute(row.update().values(
        quote=from_text(row.c.start + 1, row.c.end - row.c.start),
        prefix=from_text(row.c.start - before + 1, before),
        suffix=from_text(row.c.end + 1, CONTEXT),
    ))


def downgrade() -> None:
    op.drop_column("question", "orphaned")
    for name in reversed(_ANCHORED):
        for column in ("orphaned", "suffix", "prefix", "quote"):
            op.drop_column(name, column)
    op.drop_table("field_correction")
