"""Short titles of the 31 Guiding Principles (A/HRC/17/31), as the terms' descriptions.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

UNGP_TITLES = {
    1: "State duty to protect against human rights abuse by third parties, including business",
    2: "States set out the expectation that businesses respect human rights",
    3: "State regulatory and policy functions: enforce laws, guide and encourage business",
    4: "State-business nexus: State-owned or supported enterprises",
    5: "Oversight when contracting or privatizing services",
    6: "Promoting respect in commercial transactions of the State",
    7: "Supporting business respect for human rights in conflict-affected areas",
    8: "Policy coherence across government",
    9: "Domestic policy space in investment treaties and contracts",
    10: "States acting as members of multilateral institutions",
    11: "Business responsibility to respect human rights",
    12: "Internationally recognized human rights",
    13: "Avoid causing or contributing to impacts; prevent or mitigate linked impacts",
    14: "Applies to all enterprises regardless of size, sector, ownership or structure",
    15: "Policies and processes: commitment, due diligence, remediation",
    16: "Policy commitment",
    17: "Human rights due diligence",
    18: "Identifying and assessing impacts",
    19: "Integrating findings and taking appropriate action",
    20: "Tracking the effectiveness of the response",
    21: "Communicating how impacts are addressed",
    22: "Remediation",
    23: "Issues of context: comply with laws, honour principles, gross abuses as legal compliance",
    24: "Prioritizing the most severe impacts",
    25: "State duty to ensure access to effective remedy",
    26: "State-based judicial mechanisms",
    27: "State-based non-judicial grievance mechanisms",
    28: "Non-State-based grievance mechanisms",
    29: "Operational-level grievance mechanisms",
    30: "Industry, multi-stakeholder and collaborative initiatives",
    31: "Effectiveness criteria for non-judicial grievance mechanisms",
}

_LEGAL = "vocabulary_id = (SELECT id FROM vocabulary WHERE key = 'legal')"


def upgrade() -> None:
    connection = op.get_bind()
    for number, title in UNGP_TITLES.items():
        connection.execute(sa.text(f"UPDATE term SET description = :d WHERE {_LEGAL} AND key = :k"),
                           {"d": title, "k": f"ungp-{number}"})


def downgrade() -> None:
    op.execute(f"UPDATE term SET description = '' WHERE {_LEGAL} AND key LIKE 'ungp-%'")
