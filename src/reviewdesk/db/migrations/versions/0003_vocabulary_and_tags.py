"""Vocabularies of terms and tags on text spans, with the starter allegation vocabulary.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Okabe–Ito colours (colour-blind safe), cycled over the starter terms.
_PALETTE = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"]
STARTER_ALLEGATIONS = [
    ("forced-labour", "Forced labour", ["forced labour", "forced labor", "forced to work"]),
    ("trafficking", "Trafficking in persons", ["trafficking in persons", "human trafficking"]),
    ("arbitrary-detention", "Arbitrary detention", ["arbitrary detention", "arbitrarily detained", "interned"]),
    ("torture", "Torture or ill-treatment", ["torture", "ill-treatment", "cruel, inhuman or degrading"]),
    ("religion", "Restrictions on religion", ["freedom of religion", "practice their religion", "religious"]),
    ("minority-rights", "Minority rights", ["minority", "minorities"]),
    ("cultural-rights", "Cultural rights", ["cultural rights", "language classes"]),
    ("surveillance", "Surveillance", ["surveillance", "surveilled", "monitored"]),
    ("remedy", "Access to remedy", ["remedy", "remediation", "grievance mechanism"]),
]


def upgrade() -> None:
    vocabulary = op.create_table(
        "vocabulary",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(60), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
    )
    term = op.create_table(
        "term",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("vocabulary_id", sa.Integer, sa.ForeignKey("vocabulary.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("key", sa.String(120), nullable=False),
        sa.Column("label", sa.String(300), nullable=False),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("term.id", ondelete="SET NULL")),
        sa.Column("colour", sa.String(9), nullable=False),
        sa.Column("shortcut", sa.String(20)),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("synonyms", sa.JSON, nullable=False),
        sa.Column("retired", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.UniqueConstraint("vocabulary_id", "key"),
    )
    op.create_table(
        "tag",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("document.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("term_id", sa.Integer, sa.ForeignKey("term.id", ondelete="RESTRICT"), nullable=False, index=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("author", sa.String(200), nullable=False, server_default=""),
        sa.Column("status", sa.String(12), nullable=False, server_default="accepted"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('"start" < "end"', name="ck_tag_span"),
    )
    # Ids are the database's to assign (a fixed id leaves a PostgreSQL sequence behind).
    op.bulk_insert(vocabulary, [{"key": "allegations", "name": "Allegations"}])
    vocabulary_id = op.get_bind().scalar(sa.select(vocabulary.c.id).where(vocabulary.c.key == "allegations"))
    op.bulk_insert(term, [
        {"vocabulary_id": vocabulary_id, "key": key, "label": label, "colour": _PALETTE[i % len(_PALETTE)],
         "shortcut": str(i + 1), "description": "", "synonyms": list(synonyms),
         "retired": False, "position": i, "parent_id": None}
        for i, (key, label, synonyms) in enumerate(STARTER_ALLEGATIONS)
    ])


def downgrade() -> None:
    op.drop_table("tag")
    op.drop_table("term")
    op.drop_table("vocabulary")
