"""Who a communication is addressed to: a State, a company or another non-State actor.

The one derivation, shared by the analytics breakdowns and the search facet, so a
case never counts as a State in one and a company in the other.
"""

from __future__ import annotations

import re
from enum import StrEnum

from reviewdesk.domain.countries import NON_STATE_CODE


class AddresseeKind(StrEnum):
    STATE = "State"
    COMPANY = "company"
    OTHER = "other"


# Legal forms and words companies carry in their names (English, French, Spanish, German, Portuguese…).
_COMPANY_RE = re.compile(
    r"\b(ltd|limited|plc|inc|incorporated|corp|corporation|company|co|llc|llp|gmbh|ag|nv|bv|pte|pty|bhd|"
    r"tbk|oyj|asa|ab|holdings?|s\.a|s\.a\.s|s\.l|s\.r\.l|s\.p\.a|s\.a\.b)(\b|\.|$)",
    re.IGNORECASE,
)


def addressee_kind(country: str | None, organisation: str | None, addressee: str | None = None) -> AddresseeKind:
    """A company when the organisation (else the addressee) carries a company's legal form — letters to
    companies sometimes bear their home State's code (``OL SLV 8/2021``) —; else a State when the reference
    names a country (``OTH`` is for non-State actors); else other.
    """
    if _COMPANY_RE.search(organisation or addressee or ""):
        return AddresseeKind.COMPANY
    if (country or "").upper() != NON_STATE_CODE:
        return AddresseeKind.STATE
    return AddresseeKind.OTHER
