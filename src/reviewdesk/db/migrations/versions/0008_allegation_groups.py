"""The full allegations vocabulary, grouped; starter terms keep their ids (and their tags).

Revision ID: 0008
Revises: 0007
"""

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


_VOCABULARY = sa.table("vocabulary", sa.column("id", sa.Integer), sa.column("key", sa.String))
_TERM = sa.table("term", *(sa.column(name, kind) for name, kind in (
    ("id", sa.Integer), ("vocabulary_id", sa.Integer), ("key", sa.String), ("label", sa.String),
    ("parent_id", sa.Integer), ("colour", sa.String), ("shortcut", sa.String), ("description", sa.Text),
    ("synonyms", sa.JSON), ("retired", sa.Boolean), ("position", sa.Integer))))


def upgrade() -> None:
    connection = op.get_bind()
    allegations = connection.scalar(sa.select(_VOCABULARY.c.id).where(_VOCABULARY.c.key == "allegations"))
    in_vocabulary = _TERM.c.vocabulary_id == allegations
    existing = dict(connection.execute(sa.select(_TERM.c.key, _TERM.c.id).where(in_vocabulary)).all())

    def add(key: str, label: str, parent: int | None, colour: str, synonyms: list[str], position: int) -> int:
        connection.execute(_TERM.insert().values(
            vocabulary_id=allegations, key=key, label=label, parent_id=parent, colour=colour, shortcut=None,
            description="", synonyms=synonyms, retired=False, position=position))
        return connection.scalar(sa.select(_TERM.c.id).where(in_vocabulary, _TERM.c.key == key))

    position = 100
    for group_key, group_label, terms in GROUPS:
        position += 1
        group_id = add(group_key, group_label, None, "#666666", [], position)
        for key, label, colour, synonyms in terms:
            if key in existing:
                changes = {"label": label, "parent_id": group_id} | ({"synonyms": synonyms} if synonyms else {})
                connection.execute(_TERM.update().where(_TERM.c.id == existing[key]).values(**changes))
                continue
            position += 1
            add(key, label, group_id, colour, synonyms, position)


STARTER_LABELS = {"torture": "Torture or ill-treatment", "religion": "Restrictions on religion",
                  "surveillance": "Surveillance"}


def downgrade() -> None:
    connection = op.get_bind()
    allegations = connection.scalar(sa.select(_VOCABULARY.c.id).where(_VOCABULARY.c.key == "allegations"))
    in_vocabulary = _TERM.c.vocabulary_id == allegations
    added = [key for _g, _l, terms in GROUPS for key, _label, colour, _s in terms if colour is not None]
    group_keys = [group for group, _label, _terms in GROUPS]
    connection.execute(_TERM.update().where(in_vocabulary).values(parent_id=None))
    connection.execute(_TERM.delete().where(in_vocabulary, _TERM.c.key.in_(added + group_keys)))
    for key, label in STARTER_LABELS.items():
        connection.execute(_TERM.update().where(in_vocabulary, _TERM.c.key == key).values(label=label))
