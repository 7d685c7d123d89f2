"""A legal-standards term for resolutions cited in annexes (the symbol goes in the tag's note).

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.get_bind().execute(sa.text(
        "INSERT INTO term (vocabulary_id, key, label, parent_id, colour, shortcut, description, synonyms, retired, position)"
        " VALUES (2, 'un-resolution', 'UN resolution or document', NULL, '#999999', NULL,"
        " 'Human Rights Council and General Assembly resolutions and UN documents cited by symbol', '[]', 0, 900)"))


def downgrade() -> None:
    op.execute("DELETE FROM term WHERE vocabulary_id = 2 AND key = 'un-resolution'")
