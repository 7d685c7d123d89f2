"""The legal-standards thesaurus: treaties with their articles, ILO conventions, declarations.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# The thesaurus as this revision shipped it, frozen here: domain.instruments may change, this may not.
# key, label, full title, {article number: short title}
INSTRUMENTS: list[tuple[str, str, str, dict[int, str]]] = [
    ("udhr", "UDHR", "Universal Declaration of Human Rights (1948)", {
        1: "Free and equal in dignity and rights", 2: "Non-discrimination", 3: "Life, liberty and security of person",
        4: "Freedom from slavery and servitude", 5: "Freedom from torture and cruel treatment",
        6: "Recognition as a person before the law", 7: "Equality before the law", 8: "Effective remedy",
        9: "Freedom from arbitrary arrest, detention or exile", 10: "Fair and public hearing",
        11: "Presumption of innocence; no retroactive offences", 12: "Privacy, family, home and correspondence",
        13: "Freedom of movement", 14: "Asylum", 15: "Nationality", 16: "Marriage and family", 17: "Property",
        18: "Freedom of thought, conscience and religion", 19: "Freedom of opinion and expression",
        20: "Freedom of peaceful assembly and association", 21: "Participation in government",
        22: "Social security", 23: "Work, just conditions and trade unions", 24: "Rest and leisure",
        25: "Adequate standard of living", 26: "Education", 27: "Cultural life",
        28: "Social and international order", 29: "Duties to the community; limitations",
        30: "No destruction of the rights set forth",
    }),
    ("iccpr", "ICCPR", "International Covenant on Civil and Political Rights (1966)", {
        1: "Self-determination", 2: "Respect, non-discrimination and effective remedy",
        3: "Equal rights of men and women", 4: "Derogations in public emergency", 5: "No destruction of rights",
        6: "Right to life", 7: "Torture and cruel, inhuman or degrading treatment",
        8: "Slavery, servitude and forced labour", 9: "Liberty and security of person",
        10: "Humane treatment of persons deprived of liberty", 11: "No imprisonment for contractual debt",
        12: "Freedom of movement", 13: "Expulsion of aliens", 14: "Fair trial",
        15: "No retroactive criminal law", 16: "Recognition as a person before the law", 17: "Privacy",
        18: "Freedom of thought, conscience and religion", 19: "Freedom of opinion and expression",
        20: "Prohibition of war propaganda and advocacy of hatred", 21: "Peaceful assembly",
        22: "Freedom of association", 23: "Protection of the family", 24: "Rights of the child",
        25: "Participation in public affairs", 26: "Equality before the law", 27: "Rights of minorities",
    }),
    ("icescr", "ICESCR", "International Covenant on Economic, Social and Cultural Rights (1966)", {
        1: "Self-determination", 2: "Progressive realization and non-discrimination",
        3: "Equal rights of men and women", 4: "Limitations", 5: "No destruction of rights", 6: "Right to work",
        7: "Just and favourable conditions of work", 8: "Trade union rights", 9: "Social security",
        10: "Protection of the family, mothers and children", 11: "Adequate standard of living",
        12: "Highest attainable standard of health", 13: "Education", 14: "Compulsory primary education",
        15: "Cultural life and scientific progress",
    }),
    ("cat", "CAT", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment (1984)", {
        1: "Definition of torture", 2: "Effective measures to prevent torture", 3: "Non-refoulement",
        4: "Criminalization of torture", 5: "Jurisdiction", 6: "Custody and preliminary inquiry",
        7: "Prosecute or extradite", 8: "Extradition", 9: "Mutual legal assistance",
        10: "Education and training", 11: "Review of interrogation and custody rules",
        12: "Prompt and impartial investigation", 13: "Right to complain", 14: "Redress and compensation",
        15: "Exclusion of statements obtained by torture", 16: "Other cruel, inhuman or degrading treatment",
    }),
    ("cerd", "CERD", "International Convention on the Elimination of All Forms of Racial Discrimination (1965)", {
        1: "Definition of racial discrimination", 2: "Obligation to eliminate racial discrimination",
        3: "Segregation and apartheid", 4: "Propaganda and incitement to racial hatred",
        5: "Equality in the enjoyment of rights", 6: "Effective protection and remedies",
        7: "Teaching, education, culture and information",
    }),
    ("cedaw", "CEDAW", "Convention on the Elimination of All Forms of Discrimination against Women (1979)", {
        1: "Definition of discrimination against women", 2: "Policy measures", 3: "Guarantee of basic rights",
        4: "Temporary special measures", 5: "Sex roles and stereotyping",
        6: "Trafficking and exploitation of prostitution", 7: "Political and public life",
        8: "International representation", 9: "Nationality", 10: "Education", 11: "Employment", 12: "Health",
        13: "Economic and social life", 14: "Rural women", 15: "Equality before the law",
        16: "Marriage and family life",
    }),
    ("crc", "CRC", "Convention on the Rights of the Child (1989)", {
        1: "Definition of the child", 2: "Non-discrimination", 3: "Best interests of the child",
        4: "Implementation of rights", 5: "Parental guidance", 6: "Life, survival and development",
        7: "Birth registration, name and nationality", 8: "Preservation of identity",
        9: "Separation from parents", 10: "Family reunification", 11: "Illicit transfer and non-return",
        12: "Views of the child", 13: "Freedom of expression", 14: "Freedom of thought, conscience and religion",
        15: "Freedom of association and peaceful assembly", 16: "Privacy", 17: "Access to information",
        18: "Parental responsibilities", 19: "Protection from violence, abuse and neglect",
        20: "Children deprived of a family environment", 21: "Adoption", 22: "Refugee children",
        23: "Children with disabilities", 24: "Health and health services", 25: "Periodic review of placement",
        26: "Social security", 27: "Adequate standard of living", 28: "Education", 29: "Aims of education",
        30: "Children of minorities and indigenous peoples", 31: "Leisure, play and culture",
        32: "Child labour", 33: "Drug abuse", 34: "Sexual exploitation", 35: "Abduction, sale and trafficking",
        36: "Other forms of exploitation", 37: "Torture and deprivation of liberty", 38: "Armed conflicts",
        39: "Rehabilitation of child victims", 40: "Juvenile justice", 41: "Respect for higher standards",
    }),
    ("crpd", "CRPD", "Convention on the Rights of Persons with Disabilities (2006)", {
        1: "Purpose", 2: "Definitions", 3: "General principles", 4: "General obligations",
        5: "Equality and non-discrimination", 6: "Women with disabilities", 7: "Children with disabilities",
        8: "Awareness-raising", 9: "Accessibility", 10: "Right to life",
        11: "Situations of risk and humanitarian emergencies", 12: "Equal recognition before the law",
        13: "Access to justice", 14: "Liberty and security of the person",
        15: "Freedom from torture or cruel, inhuman or degrading treatment or punishment",
        16: "Freedom from exploitation, violence and abuse", 17: "Protecting the integrity of the person",
        18: "Liberty of movement and nationality", 19: "Living independently and being included in the community",
        20: "Personal mobility", 21: "Freedom of expression and opinion, and access to information",
        22: "Respect for privacy", 23: "Respect for home and the family", 24: "Education", 25: "Health",
        26: "Habilitation and rehabilitation", 27: "Work and employment",
        28: "Adequate standard of living and social protection", 29: "Participation in political and public life",
        30: "Participation in cultural life, recreation, leisure and sport", 31: "Statistics and data collection",
        32: "International cooperation", 33: "National implementation and monitoring",
    }),
]

# key, label, full title (instruments cited as a whole)
OTHER_STANDARDS: list[tuple[str, str, str]] = [
    ("ilo-c029", "ILO C029", "Forced Labour Convention, 1930 (No. 29)"),
    ("ilo-p029", "ILO P029", "Protocol of 2014 to the Forced Labour Convention, 1930"),
    ("ilo-c105", "ILO C105", "Abolition of Forced Labour Convention, 1957 (No. 105)"),
    ("ilo-c087", "ILO C087", "Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)"),
    ("ilo-c098", "ILO C098", "Right to Organise and Collective Bargaining Convention, 1949 (No. 98)"),
    ("ilo-c138", "ILO C138", "Minimum Age Convention, 1973 (No. 138)"),
    ("ilo-c182", "ILO C182", "Worst Forms of Child Labour Convention, 1999 (No. 182)"),
    ("palermo", "Palermo Protocol", "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women "
                                    "and Children (2000)"),
    ("undrip", "UNDRIP", "United Nations Declaration on the Rights of Indigenous Peoples (2007)"),
    ("hrd-declaration", "Declaration on Human Rights Defenders",
     "Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society to Promote and "
     "Protect Universally Recognized Human Rights and Fundamental Freedoms (1998)"),
    ("minorities-declaration", "Minorities Declaration",
     "Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities (1992)"),
]


_VOCABULARY = sa.table("vocabulary", sa.column("id", sa.Integer), sa.column("key", sa.String))
_TERM = sa.table("term", *(sa.column(name, kind) for name, kind in (
    ("id", sa.Integer), ("vocabulary_id", sa.Integer), ("key", sa.String), ("label", sa.String),
    ("parent_id", sa.Integer), ("colour", sa.String), ("shortcut", sa.String), ("description", sa.Text),
    ("synonyms", sa.JSON), ("retired", sa.Boolean), ("position", sa.Integer))))


def _row(legal: int, key: str, label: str, parent: int | None, colour: str, description: str, position: int) -> dict:
    return {"vocabulary_id": legal, "key": key, "label": label, "parent_id": parent, "colour": colour,
            "shortcut": None, "description": description, "synonyms": [], "retired": False, "position": position}


def upgrade() -> None:
    connection = op.get_bind()
    legal = connection.scalar(sa.select(_VOCABULARY.c.id).where(_VOCABULARY.c.key == "legal"))
    position = 100
    for key, label, title, articles in INSTRUMENTS:
        position += 1
        connection.execute(_TERM.insert(), [_row(legal, key, label, None, "#56B4E9", title, position)])
        parent = connection.scalar(sa.select(_TERM.c.id).where(_TERM.c.vocabulary_id == legal, _TERM.c.key == key))
        connection.execute(_TERM.insert(), [
            _row(legal, f"{key}-{number}", f"{label} article {number}", parent, "#56B4E9", short_title,
                 position * 100 + number)
            for number, short_title in articles.items()
        ])
    for key, label, title in OTHER_STANDARDS:
        position += 1
        connection.execute(_TERM.insert(), [_row(legal, key, label, None, "#009E73", title, position)])


def downgrade() -> None:
    connection = op.get_bind()
    legal = connection.scalar(sa.select(_VOCABULARY.c.id).where(_VOCABULARY.c.key == "legal"))
    for key in [key for key, _l, _t, _a in INSTRUMENTS] + [key for key, _l, _t in OTHER_STANDARDS]:
        connection.execute(_TERM.delete().where(_TERM.c.vocabulary_id == legal,
                                                sa.or_(_TERM.c.key == key, _TERM.c.key.like(f"{key}-%"))))
