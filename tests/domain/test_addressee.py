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
