"""The one State / company / other derivation, on the fixture letters' parties and a few odd ones."""

from __future__ import annotations

import json

import pytest

from reviewdesk.domain.addressee import AddresseeKind, addressee_kind
from tests.conftest import DATA


def test_fixture_letters_states_and_companies():
    found = {}
    for path in sorted((DATA / "letters").glob("*.expected.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        if expected.get("reference"):
            parts = expected["reference_parts"]
            found[expected["reference"]] = addressee_kind(parts["country"], expected["organisation"],
                                                          expected["addressee"])
    assert found["AL OTH 41/2020"] is AddresseeKind.COMPANY  # Harbourline Apparel plc
    assert found["AL OTH 15/2022"] is AddresseeKind.COMPANY  # … Fisheries Ltd.
    assert found["OL SLV 8/2021"] is AddresseeKind.COMPANY  # a company letter bearing its home State's code
    assert found["UA CHN 12/2023"] is AddresseeKind.STATE and found["AL FRA 4/2022"] is AddresseeKind.STATE
    assert sum(kind is AddresseeKind.STATE for kind in found.values()) == len(found) - 3


@pytest.mark.parametrize(("country", "organisation", "addressee", "kind"), [
    ("OTH", "Example Mining S.A.", None, AddresseeKind.COMPANY),
    ("OTH", "Beispiel GmbH", None, AddresseeKind.COMPANY),
    ("OTH", None, "Acme Holdings", AddresseeKind.COMPANY),
    ("OTH", "Example armed group", "Mr. Commander", AddresseeKind.OTHER),
    ("OTH", "Example Development Bank", None, AddresseeKind.OTHER),
    ("oth", None, None, AddresseeKind.OTHER),
    ("BRA", None, None, AddresseeKind.STATE),
])
def test_kinds(country, organisation, addressee, kind):
    assert addressee_kind(country, organisation, addressee) is kind


# Where the facet's old rule (Permanent Mission → State, any other organisation → company, else the code) and
# the analytics' old rule (legal form → company, else the code) disagreed; the one rule now decides.
@pytest.mark.parametrize(("country", "organisation", "addressee", "kind"), [
    # No legal form and not a State's organ, under OTH: neither a company nor a State (facet said company).
    ("OTH", "Example Development Bank", None, AddresseeKind.OTHER),
    # A ministry whose name says "Co-operation": the "co" is no "Co." (analytics said company).
    ("BRA", "Ministry of Foreign Affairs and International Co-operation", None, AddresseeKind.STATE),
    # "U.S.A." is no "S.A." (analytics said company).
    ("USA", "Permanent Mission of the U.S.A. to the United Nations Office at Geneva", None, AddresseeKind.STATE),
    # A State's organ under OTH, e.g. a de facto authority's Government (both said otherwise).
    ("OTH", "Government of the Example Region", None, AddresseeKind.STATE),
    ("OTH", "Ministerio de Relaciones Exteriores", None, AddresseeKind.STATE),
    ("OTH", "Ambassade de l'Exemple", None, AddresseeKind.STATE),
    # A company's name without a legal form under a State's code: the code says (facet said company).
    ("SLV", "Example Textiles", None, AddresseeKind.STATE),
    # No organisation read, the addressee names a company (facet said other).
    ("OTH", "", "Acme Holdings", AddresseeKind.COMPANY),
    # A legal form wins over a State's code and over "Government" in a company's name.
    ("SLV", "Example Government Services Co.", None, AddresseeKind.COMPANY),
    ("FRA", "Exemple SARL", None, AddresseeKind.COMPANY),
    (None, None, None, AddresseeKind.OTHER),
])
def test_the_one_rule_on_cases_the_two_old_rules_disagreed_on(country, organisation, addressee, kind):
    assert addressee_kind(country, organisation, addressee) is kind


def test_facet_keys():
    assert [kind.key for kind in AddresseeKind] == ["state", "company", "other"]
