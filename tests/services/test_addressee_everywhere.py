"""Facets and analytics put every case under the same addressee kind and count a mandate once in any language."""

from __future__ import annotations

from datetime import date

from reviewdesk.services.analytics import Dimension, analytics
from reviewdesk.services.cases import list_cases
from reviewdesk.services.dto import CaseFilter
from reviewdesk.services.facets import facet_counts
from reviewdesk.services.importer import import_paths
from tests.generated import LetterSpec, write_corpus

DAY = date(2024, 3, 1)
DEFENDERS_EN = "Special Rapporteur on the situation of human rights defenders"
DEFENDERS_FR = "Rapporteuse spéciale sur la situation des défenseuses et défenseurs des droits humains"
DETENTION_ES = "Grupo de Trabajo sobre la Detención Arbitraria"
DETENTION_EN = "Working Group on Arbitrary Detention"


def _spec(n: int, country: str, organisation: str, mandates: tuple[str, ...]) -> LetterSpec:
    return LetterSpec("AL", country, n, 2024, DAY, 60, f"Ms. Person {n}", organisation, mandates)


SPECS = [
    _spec(1, "OTH", "Example Development Bank", (DEFENDERS_EN,)),  # the facet said company
    _spec(2, "OTH", "Example Widgets Ltd.", (DEFENDERS_FR, DETENTION_ES)),
    _spec(3, "BRA", "Ministry of Foreign Affairs and International Co-operation", (DETENTION_EN,)),  # analytics: company
    _spec(4, "SLV", "Example Textiles", (DEFENDERS_EN, DETENTION_EN)),  # the facet said company
    _spec(5, "OTH", "Government of the Example Region", (DEFENDERS_FR,)),
]


def _imported(store, tmp_path):
    assert not import_paths(store, write_corpus(tmp_path / "letters", SPECS), ocr_language=None).failed
    return store


def test_facets_and_analytics_agree_on_each_case_addressee_kind(store, tmp_path):
    _imported(store, tmp_path)
    facet = {v.key: v.count for f in facet_counts(store, CaseFilter()) if f.key == "addressee" for v in f.values}
    groups = {g.name: g.figures.cases for g in analytics(store, dimension=Dimension.ADDRESSEE_KIND).groups}
    assert facet == {"state": 3, "company": 1, "other": 1}
    assert groups == {"State": 3, "company": 1, "other": 1}
    by_facet = {key: {c.reference for c in list_cases(store, CaseFilter(facets=(("addressee", key),)))}
                for key in facet}
    assert by_facet["state"] == {"AL BRA 3/2024", "AL SLV 4/2024", "AL OTH 5/2024"}
    assert by_facet["company"] == {"AL OTH 2/2024"} and by_facet["other"] == {"AL OTH 1/2024"}


def test_a_french_and_an_english_letter_of_one_mandate_count_once(store, tmp_path):
    _imported(store, tmp_path)
    facet = {v.label: v.count for f in facet_counts(store, CaseFilter()) if f.key == "mandate" for v in f.values}
    assert facet == {DEFENDERS_EN: 4, DETENTION_EN: 3}
    groups = {g.name: g.figures.cases for g in analytics(store, dimension=Dimension.MANDATE).groups}
    assert groups == {DEFENDERS_EN: 4, DETENTION_EN: 3}
    french = CaseFilter(facets=(("mandate", DEFENDERS_FR),))  # the French title selects the English letters too
    assert {c.reference for c in list_cases(store, french)} == {
        "AL OTH 1/2024", "AL OTH 2/2024", "AL SLV 4/2024", "AL OTH 5/2024"}
