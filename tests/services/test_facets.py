"""Facet counts on the corpus against hand counts; combinations; hierarchical terms; filtered lists; errors."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select, update

from reviewdesk.db.models import Document, Question, Tag, Term
from reviewdesk.domain.assessment import Verdict
from reviewdesk.domain.mandates import canonical_mandate
from reviewdesk.services.assessment import set_grade, set_verdict
from reviewdesk.services.cases import find_case_id, list_cases
from reviewdesk.services.dto import CaseFilter
from reviewdesk.services.facets import (
    FacetError,
    facet_counts,
    matching_case_ids,
    parse_facet_argument,
)
from reviewdesk.services.tags import add_tag

from ..search_corpus import EXPECTED

# Both engines (SQLite, PostgreSQL): the store and corpus fixtures follow the engine fixture.
pytestmark = pytest.mark.engines

COMPANIES = {"AL OTH 15/2022", "AL OTH 41/2020", "AL OTH 78/2021", "OL SLV 8/2021"}


def _counts(store, filters: CaseFilter | None = None, key=None) -> dict:
    facets = {f.key: f for f in facet_counts(store, filters or CaseFilter())}
    if key is not None:
        return {v.key: v.count for v in facets[key].values}
    return {k: {v.key: v.count for v in f.values} for k, f in facets.items()}


def _references(store, filters) -> set[str]:
    return {c.reference for c in list_cases(store, filters)}


def test_counts_of_the_case_facets_equal_a_hand_count(corpus):
    counts = _counts(corpus)
    assert counts["addressee"] == {"state": 12, "company": 4}
    assert counts["type"] == {"AL": 8, "UA": 4, "OL": 2, "JAL": 2}
    assert counts["year"] == {"2024": 1, "2023": 2, "2022": 2, "2021": 4, "2020": 3, "2016": 1, "2015": 1,
                              "2014": 1, "2012": 1}
    assert counts["country"]["OTH"] == 3 and counts["country"]["CHN"] == 1 and sum(counts["country"].values()) == 16
    # Replies: FRA, MEX, OTH 41, SLV and OTH 78 in time; CHN after its 48 hours; the ten others none (all past due).
    assert counts["reply"] == {"none": 10, "received": 5, "late": 1}
    assert counts["overdue"] == {"yes": 10, "no": 6}
    assert counts["ocr"] == {"yes": 1, "no": 15}  # OL SLV 8/2021's scanned reply
    # Languages of any document: the Spanish replies make OL SLV 8/2021 English and Spanish.
    assert counts["language"] == {"en": 11, "fr": 3, "es": 3}
    assert counts["grade"] == {} and counts["verdict"] == {} and counts["term"] == {}


def test_mandate_counts_equal_the_letters_expected_mandates(corpus):
    """One value per mandate whatever the letter's language: the English, French and Spanish titles of a
    mandate (and its older or gendered titles) count together (before, each title was a value of its own)."""
    by_hand = Counter(canonical_mandate(m).key for data in EXPECTED.values() for m in set(data["mandates"]))
    counts = _counts(corpus, key="mandate")
    assert counts == dict(by_hand)
    # By hand: BRA 11, FRA 4 (fr), MEX 7 (es), DZA 4 (fr), IND 3, CHN 12, GTM 3 (es), SYR 3 name human rights defenders.
    assert counts["human-rights-defenders"] == 8
    assert counts["freedom-of-expression"] == 4  # FRA 4 and DZA 4 (fr), MEX 7 (es), CHN 12 (the newer title)
    assert counts["arbitrary-detention"] == 3 and counts["peaceful-assembly"] == 3
    labels = {v.key: v.label for f in facet_counts(corpus, CaseFilter()) if f.key == "mandate" for v in f.values}
    assert labels["arbitrary-detention"] == "Working Group on Arbitrary Detention"
    french = CaseFilter(facets=(("mandate", "Groupe de travail sur la détention arbitraire"),))
    assert _references(corpus, french) == {"JAL DZA 4/2016", "UA CHN 12/2023", "UA GTM 3/2021"}


def test_a_facet_counts_ignoring_its_own_selection_and_others_narrow(corpus):
    chosen = CaseFilter(facets=(("country", "FRA"),))
    counts = _counts(corpus, chosen)
    assert counts["country"]["FRA"] == 1 and counts["country"]["CHN"] == 1  # siblings stay, to be ORed
    assert counts["type"] == {"AL": 1} and counts["language"] == {"fr": 1}
    country = next(f for f in facet_counts(corpus, chosen) if f.key == "country")
    assert [v.key for v in country.values if v.selected] == ["FRA"]


def test_same_facet_ors_and_different_facets_and(corpus):
    assert _references(corpus, CaseFilter(facets=(("country", "FRA"), ("country", "MEX")))) == {
        "AL FRA 4/2022", "AL MEX 7/2021"}
    assert _references(corpus, CaseFilter(facets=(("addressee", "company"), ("reply", "none")))) == {"AL OTH 15/2022"}
    assert _references(corpus, CaseFilter(facets=(("type", "UA"), ("reply", "late"), ("reply", "none")))) == {
        "UA CHN 12/2023", "UA GTM 3/2021", "UA LBN 5/2015", "UA SYR 3/2014"}
    assert _references(corpus, CaseFilter(facets=(("language", "es"), ("ocr", "yes")))) == {"OL SLV 8/2021"}
    counts = _counts(corpus, CaseFilter(facets=(("addressee", "company"),)))
    assert counts["reply"] == {"none": 1, "received": 3}


def test_a_query_narrows_the_cases_and_the_counts(corpus):
    filters = CaseFilter(query='"forced labour"')
    found = _references(corpus, filters)
    assert {"AL OTH 41/2020", "AL OTH 15/2022", "AL OTH 78/2021"} <= found and "AL FRA 4/2022" not in found
    assert sum(_counts(corpus, filters, "addressee").values()) == len(found)
    assert matching_case_ids(corpus, filters) == frozenset(c.id for c in list_cases(corpus, filters))


def test_no_filter_means_no_restriction(corpus):
    assert matching_case_ids(corpus, CaseFilter()) is None and matching_case_ids(corpus, None) is None
    assert len(list_cases(corpus, CaseFilter())) == len(list_cases(corpus)) == 16
    assert list_cases(corpus, CaseFilter(facets=(("year", "1999"),))) == []


def _term(store, key: str) -> Term:
    with store.session() as session:
        return session.scalar(select(Term).where(Term.key == key))


def _letter(store, reference: str) -> Document:
    with store.session() as session:
        case_id = find_case_id(session, reference)
        return session.scalar(select(Document).where(Document.case_id == case_id, Document.kind == "letter"))


def test_term_counts_are_hierarchical_and_count_accepted_tags_only(corpus):
    with corpus.session() as session:
        group = session.scalar(select(Term).where(Term.parent_id.is_not(None)).order_by(Term.id))
        parent = session.get(Term, group.parent_id)
        siblings = session.scalars(select(Term).where(Term.parent_id == parent.id).order_by(Term.id)).all()[:2]
    first, second = siblings
    assert _counts(corpus, key="term") == {}  # read now: the tags below refresh the term facet alone
    add_tag(corpus, _letter(corpus, "AL FRA 4/2022").id, 0, 20, first.id)
    add_tag(corpus, _letter(corpus, "AL FRA 4/2022").id, 30, 50, second.id)  # the same case twice
    add_tag(corpus, _letter(corpus, "AL MEX 7/2021").id, 0, 20, second.id)
    pending = add_tag(corpus, _letter(corpus, "UA CHN 12/2023").id, 0, 20, first.id).value
    with corpus.session() as session:
        session.execute(update(Tag).where(Tag.id == pending.id).values(status="pending"))
        vocabulary = session.get(Term, first.id).vocabulary_id
    facet = next(f for f in facet_counts(corpus, CaseFilter()) if f.key == "term")
    values = {v.label: v for v in facet.values}
    assert values[parent.label].count == 2 and values[parent.label].depth < values[first.label].depth
    assert values[first.label].count == 1 and values[second.label].count == 2
    order = [v.label for v in facet.values]
    assert order.index(parent.label) < order.index(first.label)
    key = next(v.key for v in facet.values if v.label == parent.label)
    assert key.endswith(":" + parent.key) and vocabulary
    # Choosing the group selects its children's cases; a label works as well as a key.
    assert _references(corpus, CaseFilter(facets=(("term", key),))) == {"AL FRA 4/2022", "AL MEX 7/2021"}
    assert _references(corpus, CaseFilter(facets=(("term", first.label.upper()),))) == {"AL FRA 4/2022"}


def test_grade_and_verdict_facets(corpus):
    with corpus.session() as session:
        case_id = find_case_id(session, "AL FRA 4/2022")
        reply = session.scalar(select(Document.id).where(Document.case_id == case_id, Document.kind == "reply"))
        letter = _letter(corpus, "AL FRA 4/2022")
        questions = session.scalars(select(Question.id).where(Question.document_id == letter.id)
                                    .order_by(Question.number)).all()
    set_grade(corpus, case_id, reply, "piccone", "steps-taken")
    set_verdict(corpus, questions[0], Verdict.ANSWERED)
    set_verdict(corpus, questions[1], Verdict.ANSWERED)
    set_verdict(corpus, questions[2], Verdict.REJECTED)
    counts = _counts(corpus)
    assert counts["grade"] == {"piccone:steps-taken": 1}
    assert counts["verdict"] == {"answered": 1, "rejected": 1}
    assert _references(corpus, CaseFilter(facets=(("grade", "piccone:steps-taken"),))) == {"AL FRA 4/2022"}


def test_counts_follow_edits_at_once(corpus):
    assert _counts(corpus, key="verdict") == {}
    letter = _letter(corpus, "UA CHN 12/2023")
    with corpus.session() as session:
        question = session.scalar(select(Question.id).where(Question.document_id == letter.id))
    set_verdict(corpus, question, Verdict.PARTIAL)
    assert _counts(corpus, key="verdict") == {"partially answered": 1}
    set_verdict(corpus, question, None)
    assert _counts(corpus, key="verdict") == {}


def test_another_connection_writing_is_seen(corpus, tmp_path):
    from reviewdesk.db import open_store

    assert _counts(corpus, key="ocr")["yes"] == 1
    with open_store(corpus.location) as other, other.session() as session:
        session.execute(update(Document).values(is_ocr=False))
    assert _counts(corpus, key="ocr") == {"no": 16}


def test_unknown_facets_and_values_are_named_with_what_is_valid(corpus):
    with pytest.raises(FacetError, match="no facet 'colour'; facets are: addressee, country"):
        facet_counts(corpus, CaseFilter(facets=(("colour", "red"),)))
    with pytest.raises(FacetError, match=r"no value 'XYZ' in facet 'country'; values are: .*CHN"):
        list_cases(corpus, CaseFilter(facets=(("country", "XYZ"),)))
    with pytest.raises(FacetError, match="no value 'maybe' in facet 'reply'; values are: none, received, late"):
        matching_case_ids(corpus, CaseFilter(facets=(("reply", "maybe"),)))
    assert _references(corpus, CaseFilter(facets=(("country", "france"), ("addressee", "State")))) == {"AL FRA 4/2022"}


@pytest.mark.parametrize(("text", "pair"), [("country=CHN", ("country", "CHN")),
                                            ('term="Forced labour"', ("term", "Forced labour")),
                                            (" Type = UA ", ("type", "UA"))])
def test_parse_facet_argument(text, pair):
    assert parse_facet_argument(text) == pair


@pytest.mark.parametrize("text", ["country", "country=", "=CHN", "size=3"])
def test_parse_facet_argument_rejects_bad_forms(text):
    with pytest.raises(FacetError, match="facets are: addressee"):
        parse_facet_argument(text)


def test_case_filter_round_trips_through_json():
    filters = CaseFilter("forced labour", (("country", "CHN"), ("term", "Forced labour")))
    assert CaseFilter.from_json(filters.to_json()) == filters
    assert filters.with_value("country", "IND").without("country", "CHN").facets == (
        ("term", "Forced labour"), ("country", "IND"))
    assert filters.with_value("country", "CHN") == filters


@pytest.mark.parametrize("query", ["detention", "forced labour", "torture OR tortured", "company -Uyghur", "défenseurs"])
def test_search_with_facets_ranks_only_the_chosen_documents_as_the_whole_ranking_would(corpus, query):
    """Ranking only the facets' documents gives the hits, order and total of ranking every match then keeping
    those of the chosen cases (what search did before)."""
    from reviewdesk.db.fulltext import ranked_documents
    from reviewdesk.domain.search_query import parse_query
    from reviewdesk.services.facets import facet_index
    from reviewdesk.services.search import search

    parsed = parse_query(query)
    for filters in (CaseFilter(facets=(("addressee", "state"),)), CaseFilter(facets=(("language", "fr"),)),
                    CaseFilter(facets=(("addressee", "company"), ("reply", "none"))),
                    CaseFilter(facets=(("country", "CHN"),))):
        with corpus.session() as session:
            index = facet_index(corpus, session)
            cases = index.matching(index.selection(filters), None)
            of_document = index.document_cases
            expected, total = ranked_documents(session, parsed, True,
                                               lambda d, of=of_document, chosen=cases: of.get(d) in chosen, 3)
        found = search(corpus, query, filters, limit=3)
        assert [(h.document_id, round(h.rank, 9)) for h in found.hits] == [
            (h.document_id, round(h.rank, 9)) for h in expected]
        assert found.total == total
        assert {h.case_id for h in found.hits} <= cases
    assert search(corpus, query, CaseFilter(facets=(("country", "PER"),))).total == 0  # no case: nothing ranked
