"""The full allegations vocabulary, grouped; starter terms keep their ids (and their tags).

Revision ID: 0008
Revises: 0007
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# group key, group label, [(term key, label, colour, synonyms)]; existing keys are moved and relabelled.
GROUPS = [
    ("g-liberty", "Liberty, security and integrity", [
        ("arbitrary-detention", "Arbitrary detention", None, None),
        ("enforced-disappearance", "Enforced disappearance", "#D55E00", ["enforced disappearance", "disappeared", "whereabouts"]),
        ("torture", "Torture and ill-treatment", None, None),
        ("excessive-force", "Excessive use of force", "#D55E00", ["excessive use of force", "excessive force", "tear gas"]),
    ]),
    ("g-freedoms", "Fundamental freedoms", [
        ("expression", "Freedom of expression", "#56B4E9", ["freedom of expression", "freedom of opinion", "journalist", "blogger"]),
        ("assembly", "Freedom of peaceful assembly", "#56B4E9", ["peaceful assembly", "protest", "demonstration"]),
        ("association", "Freedom of association", "#56B4E9", ["freedom of association", "trade union", "association"]),
        ("religion", "Freedom of religion or belief", None, ["freedom of religion", "practice their religion", "religious", "religion"]),
        ("surveillance", "Surveillance and privacy", None, ["surveillance", "surveilled", "monitored", "privacy"]),
    ]),
    ("g-exploitation", "Labour exploitation", [
        ("forced-labour", "Forced labour", None, None),
        ("trafficking", "Trafficking in persons", None, None),
    ]),
    ("g-groups", "Groups at risk", [
        ("minority-rights", "Minority rights", None, None),
        ("cultural-rights", "Cultural rights", None, None),
        ("hrd", "Human rights defenders", "#CC79A7", ["human rights defender", "defenders", "activist"]),
    ]),
    ("g-land", "Land, housing and environment", [
        ("forced-eviction", "Forced eviction", "#009E73", ["forced eviction", "evicted", "demolition"]),
        ("environment", "Environment", "#009E73", ["environment", "pollution", "toxic", "deforestation"]),
    ]),
    ("g-business", "Business and human rights", [
        ("business", "Business and supply chains", "#0072B2", ["supply chain", "supply chains", "supplier", "due diligence"]),
    ]),
    ("g-accountability", "Accountability", [
        ("remedy", "Access to remedy", None, None),
        ("reprisals", "Reprisals", "#999999", ["reprisal", "reprisals", "retaliation", "intimidation"]),
    ]),
]


def upgrade() -> None:
    connection = op.get_bind()
    existing = dict(connection.execute(sa.text("SELECT key, id FROM term WHERE vocabulary_id = 1")).all())
    position = 100
    for group_key, group_label, terms in GROUPS:
        position += 1
        connection.execute(sa.text(
            "INSERT INTO term (vocabulary_id, key, label, parent_id, colour, shortcut, description, synonyms, retired, position)"
            " VALUES (1, :key, :label, NULL, '#666666', NULL, '', '[]', 0, :position)"),
            {"key": group_key, "label": group_label, "position": position})
        group_id = connection.execute(sa.text("SELECT id FROM term WHERE vocabulary_id = 1 AND key = :k"),
                                      {"k": group_key}).scalar()
        for key, label, colour, synonyms in terms:
            if key in existing:
                connection.execute(sa.text("UPDATE term SET label = :label, parent_id = :parent WHERE id = :id"),
                                   {"label": label, "parent": group_id, "id": existing[key]})
                if synonyms:
                    connection.execute(sa.text("UPDATE term SET synonyms = :s WHERE id = :id"),
                                       {"s": json.dumps(synonyms), "id": existing[key]})
                continue
            position += 1
            connection.execute(sa.text(
                "INSERT INTO term (vocabulary_id, key, label, parent_id, colour, shortcut, description, synonyms, retired, position)"
                " VALUES (1, :key, :label, :parent, :colour, NULL, '', :synonyms, 0, :position)"),
                {"key": key, "label": label, "parent": group_id, "colour": colour, "synonyms": json.dumps(synonyms),
                 "position": position})


STARTER_LABELS = {"torture": "Torture or ill-treatment", "religion": "Restrictions on religion",
                  "surveillance": "Surveillance"}


def downgrade() -> None:
    connection = op.get_bind()
    added = [key for _g, _l, terms in GROUPS for key, _label, colour, _s in terms if colour is not None]
    group_keys = [group for group, _label, _terms in GROUPS]
    connection.execute(sa.text("UPDATE term SET parent_id = NULL WHERE vocabulary_id = 1"))
    for key in added + group_keys:
        connection.execute(sa.text("DELETE FROM term WHERE vocabulary_id = 1 AND key = :k"), {"k": key})
    for key, label in STARTER_LABELS.items():
        connection.execute(sa.text("UPDATE term SET label = :l WHERE vocabulary_id = 1 AND key = :k"),
                           {"l": label, "k": key})
