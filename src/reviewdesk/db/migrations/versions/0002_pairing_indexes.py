"""Indexes for pairing replies: unpaired documents by kind, replies by cited reference.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_document_kind_case", "document", ["kind", "case_id"])
    op.create_index("ix_document_cited_reference", "document", ["cited_reference"])


def downgrade() -> None:
    op.drop_index("ix_document_cited_reference", "document")
    op.drop_index("ix_document_kind_case", "document")
