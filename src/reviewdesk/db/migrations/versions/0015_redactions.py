"""Redactions: spans of a case's documents that exports hide or replace by a pseudonym.

``redaction`` holds one row per span marked: its case and document, the offsets
in ``document.text``, the string as found there (``text``, what every export
must leave out), the pseudonym shown instead (none: "[redacted]"), who marked
it and when.

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "redaction",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("case.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("document.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("pseudonym", sa.String(200), nullable=True),
        sa.Column("author", sa.String(200), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('"start" < "end"', name="ck_redaction_span"),
        sa.UniqueConstraint("document_id", "start", "end", name="uq_redaction_span"),
    )


def downgrade() -> None:
    op.drop_table("redaction")
