"""States named in letters, in English, French or Spanish, come back by their English short names."""

import pytest

from reviewdesk.domain.countries import COUNTRY_NAMES, OTHER_LANGUAGE_NAMES, canonical_state_name, state_code


@pytest.mark.parametrize(("name", "expected"), [
    ("the United Kingdom", "United Kingdom of Great Britain and Northern Ireland"),
    ("United States", "United States of America"),
    ("du Royaume-Uni", "United Kingdom of Great Britain and Northern Ireland"),
    ("de l’Espagne", "Spain"), ("du Maroc", "Morocco"), ("des Pays-Bas", "Netherlands"),
    ("del Perú", "Peru"), ("Reino Unido de Gran Bretaña e Irlanda del Norte",
                          "United Kingdom of Great Britain and Northern Ireland"),
    ("the Russian Federation", "Russian Federation"), ("Trinité-et-Tobago", "Trinidad and Tobago"),
])
def test_canonical_state_names(name, expected):
    assert canonical_state_name(name) == expected


def test_companies_are_no_states():
    assert canonical_state_name("Northwind Textiles Ltd.") is None
    assert state_code("Georgia Pacific Corp.") is None


def test_every_state_has_its_french_and_spanish_name():
    members = {code for code in COUNTRY_NAMES if code not in {"TWN", "HKG", "MAC", "XKX", "ESH", "PRI", "GRL", "NCL"}}
    assert members <= set(OTHER_LANGUAGE_NAMES)
    for code, (french, spanish) in OTHER_LANGUAGE_NAMES.items():
        assert state_code(french) == code or COUNTRY_NAMES[state_code(french)] == french, french
        assert state_code(spanish) == code or COUNTRY_NAMES[state_code(spanish)] == spanish, spanish
