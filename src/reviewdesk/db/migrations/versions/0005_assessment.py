"""Assessment: grading scales (data), per-question verdicts, grades per reply or case.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The scales as this revision shipped them (frozen: later edits belong in later revisions).
# key, name, [(value key, label, administrative)]
SCALES = [
    ("piccone", "Piccone scale (Brookings)", [
        ("no-response", "No response", False),
        ("violation-rejected", "Violation rejected", False),
        ("responsive-incomplete", "Responsive but incomplete", False),
        ("immaterial", "Immaterial response", False),
        ("steps-taken", "Steps taken to address", False),
        ("in-translation", "In translation", True),
        ("file-not-available", "File not available", True),
    ]),
    ("hrc", "Human Rights Committee follow-up grades", [
        ("A", "A — Largely satisfactory", False),
        ("B", "B — Partially satisfactory", False),
        ("C", "C — Not satisfactory", False),
        ("D", "D — No cooperation", False),
        ("E", "E — Measures contrary to or rejecting the recommendation", False),
    ]),
]


def upgrade() -> None:
    scale = op.create_table(
        "scale",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(40), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
    )
    value = op.create_table(
        "scale_value",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("scale_id", sa.Integer, sa.ForeignKey("scale.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("administrative", sa.Boolean, nullable=False),
        sa.UniqueConstraint("scale_id", "key"),
    )
    op.create_table(
        "verdict",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("question_id", sa.Integer, sa.ForeignKey("question.id", ondelete="CASCADE"), nullable=False, unique=True),
        sa.Column("value", sa.String(30), nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "grade",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("case.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("document.id", ondelete="CASCADE")),
        sa.Column("scale_value_id", sa.Integer, sa.ForeignKey("scale_value.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("actions", sa.JSON, nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("case_id", "document_id"),
    )
    connection = op.get_bind()
    for key, name, values in SCALES:
        op.bulk_insert(scale, [{"key": key, "name": name}])
        scale_id = connection.scalar(sa.select(scale.c.id).where(scale.c.key == key))
        op.bulk_insert(value, [
            {"scale_id": scale_id, "key": value_key, "label": label, "position": position,
             "administrative": administrative}
            for position, (value_key, label, administrative) in enumerate(values)
        ])


def downgrade() -> None:
    for table in ("grade", "verdict", "scale_value", "scale"):
        op.drop_table(table)
