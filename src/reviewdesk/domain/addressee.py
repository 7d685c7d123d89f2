"""Who a communication is addressed to: a State, a company or another non-State actor.

The one derivation, shared by the analytics breakdowns and the search facet, so a
case never counts as a State in one and a company in the other. In order:

1. a company's legal form in the organisation (else the addressee) — "Ltd", "S.A.",
   "GmbH" — makes a company, whatever the reference's code: letters to companies
   sometimes bear their home State's code (``OL SLV 8/2021``);
2. a State's organ — its Permanent Mission or representative, a delegation, the
   Government, a Ministry, an Embassy (English, French, Spanish) — makes a State,
   even under ``OTH``;
3. otherwise the reference says: a country code is a State, ``OTH`` a non-State
   actor that is no company (an armed group, a bank, a university): other.
"""

from __future__ import annotations

import re
from enum import StrEnum

from reviewdesk.domain.countries import NON_STATE_CODE


class AddresseeKind(StrEnum):
    STATE = "State"
    COMPANY = "company"
    OTHER = "other"

    @property
    def key(self) -> str:
        """The facet's value key ("state", "company", "other"): stable in saved searches and the CLI."""
        return self.name.lower()


# Legal forms companies carry in their names (English, French, Spanish, German, Portuguese…). A form is a
# whole word: "Co." but not the "co" of "Co-operation", "S.A." but not the "S.A." of "U.S.A.".
_COMPANY_RE = re.compile(
    r"(?<![\w.])(ltd|limited|plc|inc|incorporated|corp|corporation|company|co|llc|llp|gmbh|ag|nv|bv|pte|pty|bhd|"
    r"tbk|oyj|asa|ab|holdings?|s\.a|s\.a\.s|s\.l|s\.r\.l|s\.p\.a|s\.a\.b|sarl|ltda)(?![\w-])",
    re.IGNORECASE,
)
# A State's organs, whatever the language of the address block.
_STATE_RE = re.compile(
    r"\b(permanent mission|mission permanente|misi[oó]n permanente|permanent representative|"
    r"repr[ée]sentant\w* permanent|representante permanente|d[ée]l[ée]gation|delegaci[oó]n|"
    r"government|gouvernement|gobierno|ministry|minist[eè]re|ministerio|embassy|ambassade|embajada)",
    re.IGNORECASE,
)


def addressee_kind(country: str | None, organisation: str | None, addressee: str | None = None) -> AddresseeKind:
    """State, company or other (see the module's rule) from the organisation, the addressee and the country code."""
    named = organisation if organisation and organisation.strip() else addressee or ""
    if _COMPANY_RE.search(named):
        return AddresseeKind.COMPANY
    if _STATE_RE.search(named):
        return AddresseeKind.STATE
    if (country or "").strip().upper() in ("", NON_STATE_CODE):
        return AddresseeKind.OTHER
    return AddresseeKind.STATE
