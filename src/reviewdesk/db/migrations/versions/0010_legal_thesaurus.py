"""The legal-standards thesaurus: treaties with their articles, ILO conventions, declarations.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

from reviewdesk.domain.instruments import INSTRUMENTS, OTHER_STANDARDS

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_INSERT = sa.text(
    "INSERT INTO term (vocabulary_id, key, label, parent_id, colour, shortcut, description, synonyms, retired, position)"
    " VALUES (2, :key, :label, :parent, :colour, NULL, :description, '[]', 0, :position)"
)


def upgrade() -> None:
    connection = op.get_bind()
    position = 100
    for key, label, title, articles in INSTRUMENTS:
        position += 1
        connection.execute(_INSERT, {"key": key, "label": label, "parent": None, "colour": "#56B4E9",
                                     "description": title, "position": position})
        parent = connection.execute(sa.text("SELECT id FROM term WHERE vocabulary_id = 2 AND key = :k"),
                                    {"k": key}).scalar()
        for number, short_title in articles.items():
            connection.execute(_INSERT, {"key": f"{key}-{number}", "label": f"{label} article {number}",
                                         "parent": parent, "colour": "#56B4E9", "description": short_title,
                                         "position": position * 100 + number})
    for key, label, title in OTHER_STANDARDS:
        position += 1
        connection.execute(_INSERT, {"key": key, "label": label, "parent": None, "colour": "#009E73",
                                     "description": title, "position": position})


def downgrade() -> None:
    keys = [key for key, _l, _t, _a in INSTRUMENTS] + [key for key, _l, _t in OTHER_STANDARDS]
    connection = op.get_bind()
    for key in keys:
        connection.execute(sa.text("DELETE FROM term WHERE vocabulary_id = 2 AND (key = :k OR key LIKE :prefix)"),
                           {"k": key, "prefix": f"{key}-%"})
