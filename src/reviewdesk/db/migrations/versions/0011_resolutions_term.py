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
    vocabulary = sa.table("vocabulary", sa.column("id", sa.Integer), sa.column("key", sa.String))
    # Typed where the value needs it: a JSON list, a boolean PostgreSQL accepts.
    term = sa.table("term", *(sa.column(name) for name in (
        "vocabulary_id", "key", "label", "parent_id", "colour", "shortcut", "description", "position")),
        sa.column("synonyms", sa.JSON), sa.column("retired", sa.Boolean))
    legal = sa.select(vocabulary.c.id).where(vocabulary.c.key == "legal").scalar_subquery()
    op.execute(term.insert().values(
        vocabulary_id=legal, key="un-resolution", label="UN resolution or document", parent_id=None,
        colour="#999999", shortcut=None, position=900, synonyms=[], retired=False,
        description="Human Rights Council and General Assembly resolutions and UN documents cited by symbol"))


def downgrade() -> None:
    op.execute("DELETE FROM term WHERE key = 'un-resolution'"
               " AND vocabulary_id = (SELECT id FROM vocabulary WHERE key = 'legal')")
