"""A legal-standards vocabulary started with the UN Guiding Principles on Business and Human Rights (1–31).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    vocabulary = sa.table("vocabulary", sa.column("id", sa.Integer), sa.column("key", sa.String), sa.column("name", sa.String))
    term = sa.table(
        "term", sa.column("id", sa.Integer), sa.column("vocabulary_id", sa.Integer), sa.column("key", sa.String),
        sa.column("label", sa.String), sa.column("parent_id", sa.Integer), sa.column("colour", sa.String),
        sa.column("shortcut", sa.String), sa.column("description", sa.Text), sa.column("synonyms", sa.JSON),
        sa.column("retired", sa.Boolean), sa.column("position", sa.Integer),
    )
    connection = op.get_bind()
    op.bulk_insert(vocabulary, [{"key": "legal", "name": "Legal standards"}])
    legal = connection.scalar(sa.select(vocabulary.c.id).where(vocabulary.c.key == "legal"))
    op.bulk_insert(term, [{"vocabulary_id": legal, "key": "ungp", "label": "UN Guiding Principles on Business and Human Rights",
                           "parent_id": None, "colour": "#0072B2", "shortcut": None, "description": "A/HRC/17/31",
                           "synonyms": ["Guiding Principles", "UNGPs"], "retired": False, "position": 0}])
    ungp = connection.scalar(sa.select(term.c.id).where(term.c.vocabulary_id == legal, term.c.key == "ungp"))
    op.bulk_insert(term, [
        {"vocabulary_id": legal, "key": f"ungp-{n}", "label": f"UNGP {n}", "parent_id": ungp,
         "colour": "#0072B2", "shortcut": None, "description": "", "synonyms": [f"Guiding Principle {n}"],
         "retired": False, "position": n}
        for n in range(1, 32)
    ])


def downgrade() -> None:
    op.execute("DELETE FROM term WHERE vocabulary_id = (SELECT id FROM vocabulary WHERE key = 'legal')")
    op.execute("DELETE FROM vocabulary WHERE key = 'legal'")
