"""Who did what (branch team): answer links, verdicts and grades record their author; tags who last edited them.

Tags, field corrections and redactions already had ``author`` and their times;
links (``created_at``), verdicts and grades (``updated_at``) had only a time.
``tag.updated_by`` is who last changed a tag's note (its author stays who made
it). Rows made before this revision have an empty author: not known.

Revision ID: 0018
Revises: 0017
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_COLUMNS = (("answer_link", "author"), ("verdict", "author"), ("grade", "author"), ("tag", "updated_by"))


def upgrade() -> None:
    for table, name in _COLUMNS:  # SQLite adds a column with a constant default in place: no table rebuilt
        op.add_column(table, sa.Column(name, sa.String(200), nullable=False, server_default=""))


def downgrade() -> None:
    for table, name in reversed(_COLUMNS):
        # Both engines drop a column in place (SQLite since 3.35): a batch rebuild would copy every tag.
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN "{name}"')
