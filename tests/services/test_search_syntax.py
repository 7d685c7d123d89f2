"""The query syntax on a real corpus: each operator, folding, stemming in three languages, offsets, bad input."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from reviewdesk.db.models import Document
from reviewdesk.domain.search_query import MAX_QUERY_CHARS, QueryError, parse_query
from reviewdesk.domain.search_text import fold
from reviewdesk.services.dto import CaseFilter
from reviewdesk.services.search import SNIPPET_CLOSE, SNIPPET_OPEN, search

# Both engines (SQLite, PostgreSQL): the store and corpus fixtures follow the engine fixture.
pytestmark = pytest.mark.engines


def _texts(store) -> dict[int, str]:
    with store.session() as session:
        return dict(session.execute(select(Document.id, Document.text)).all())


def _cases(results) -> set[str]:
    return {hit.case_reference for hit in results.hits}


def _matched(results, texts) -> set[str]:
    return {fold(texts[hit.document_id][start:end]) for hit in results.hits for start, end in hit.matches}


def test_words_are_anded_and_every_match_offset_is_a_word_of_the_text(corpus):
    texts = _texts(corpus)
    results = search(corpus, "garment factory")
    assert results.hits and results.total == len(results.hits)
    for hit in results.hits:
        text = fold(texts[hit.document_id])
        assert "garment" in text and "factor" in text
        assert {fold(texts[hit.document_id][s:e]) for s, e in hit.matches} <= {"garment", "garments", "factory",
                                                                                "factories"}
        assert hit.case_id is not None and SNIPPET_OPEN in hit.snippet and SNIPPET_CLOSE in hit.snippet
    assert _cases(results) == {"AL OTH 41/2020", "AL OTH 78/2021"}  # "factories" by its stem
    assert _cases(search(corpus, "garment factory", stemming=False)) == {"AL OTH 41/2020"}


def test_a_phrase_matches_the_words_together_only(corpus):
    texts = _texts(corpus)
    phrase = search(corpus, '"forced labour"')
    assert phrase.total and phrase.total == search(corpus, "forced labour").total
    assert search(corpus, '"labour forced"').total == 0  # the same words, not in that order
    for hit in phrase.hits:
        assert all(fold(texts[hit.document_id][s:e]) in ("forced labour", "forced\nlabour") or
                   " ".join(texts[hit.document_id][s:e].split()).lower() == "forced labour" for s, e in hit.matches)


def test_excluded_words_remove_documents(corpus):
    texts = _texts(corpus)
    forced = search(corpus, "forced", limit=500)
    without = search(corpus, "forced -labour", limit=500)
    assert 0 < without.total < forced.total
    assert all("labour" not in fold(texts[h.document_id]) for h in without.hits)
    def ids(query):
        return {h.document_id for h in search(corpus, query, limit=500).hits}

    assert ids('labour -"forced labour"') == ids("labour") - ids('"forced labour"') != set()


def test_or_finds_either_word(corpus):
    company, invented = search(corpus, "Harbourline"), search(corpus, "Ficticia")
    either = search(corpus, "Harbourline OR Ficticia")
    assert company.total and invented.total
    assert either.total == len({h.document_id for h in company.hits} | {h.document_id for h in invented.hits})
    assert _cases(either) == {"AL OTH 41/2020", "AL MEX 7/2021", "UA GTM 3/2021"}
    assert search(corpus, "Harbourline Ficticia").total == 0  # without OR: both


def test_a_prefix_finds_every_ending(corpus):
    texts = _texts(corpus)
    results = search(corpus, "labou*", limit=500)
    words = _matched(results, texts)
    assert {"labour"} <= words and all(w.startswith("labou") for w in words)


def test_case_and_diacritics_are_folded_both_ways(corpus):
    assert _cases(search(corpus, "siobhan")) == {"AL OTH 78/2021"}  # the letter writes Siobhán
    assert search(corpus, "DÉTENTION").total == search(corpus, "detention").total


def test_english_stemming_detained_finds_detention(corpus):
    texts = _texts(corpus)
    stemmed = search(corpus, "detained", limit=500)
    assert "AL OTH 78/2021" in _cases(stemmed)  # it says "detention" and "detainees", never "detained"
    assert {"detention", "detainees"} <= _matched(stemmed, texts)
    plain = search(corpus, "detained", stemming=False, limit=500)
    assert "AL OTH 78/2021" not in _cases(plain)
    assert _matched(plain, texts) == {"detained"}


def test_french_stemming(corpus):
    texts = _texts(corpus)
    results = search(corpus, "détenus")  # the letter has "détenu" and "détention", never "détenus"
    assert "JAL DZA 4/2016" in _cases(results)
    assert {"detenu", "detention"} <= _matched(results, texts)
    assert search(corpus, "détenus", stemming=False).total == 0


def test_spanish_stemming(corpus):
    texts = _texts(corpus)
    results = search(corpus, "detenidos")  # the letter has "detenida" and "detención"
    assert "UA GTM 3/2021" in _cases(results)
    assert {"detenida", "detencion"} <= _matched(results, texts)
    assert search(corpus, "detenidos", stemming=False).total == 0


def test_hits_are_ranked_and_limited_with_the_total(corpus):
    results = search(corpus, "Council", limit=3)
    assert len(results.hits) == 3 and results.total > 3
    ranks = [hit.rank for hit in results.hits]
    assert ranks == sorted(ranks)


def test_facets_restrict_hits_to_their_cases(corpus):
    companies = search(corpus, "labour", CaseFilter(facets=(("addressee", "company"),)), limit=500)
    assert companies.hits and _cases(companies) <= {"AL OTH 15/2022", "AL OTH 41/2020", "AL OTH 78/2021",
                                                    "OL SLV 8/2021"}
    assert companies.total < search(corpus, "labour", limit=500).total


@pytest.mark.parametrize("query", ["", "   ", "-", "OR", "OR OR", "AND", "NOT", '"', '""', "*", "(((", "^", "a:b:",
                                   '"unbalanced phrase', "\x00", "NEAR(", "-*"])
def test_hostile_or_empty_queries_never_raise_an_engine_error(corpus, query):
    results = search(corpus, query)
    assert results.total >= len(results.hits)


def test_an_unbalanced_quote_keeps_the_words(corpus):
    assert search(corpus, '"garment factory').total == search(corpus, "garment factory").total


@pytest.mark.parametrize(("query", "reason"), [
    ("x" * 10_000, f"at most {MAX_QUERY_CHARS:,}"),
    (" ".join(f"w{i}" for i in range(100)), "at most 64"),
    ("-labour", "only excludes"),
    ('-"forced labour" -company', "only excludes"),
])
def test_queries_that_cannot_be_searched_say_why(corpus, query, reason):
    with pytest.raises(QueryError, match=reason):
        search(corpus, query)


def test_parse_query_structure():
    parsed = parse_query('forced "supply chain" -company China OR Myanmar labou* forced-labour')
    assert [[t.words for t in g] for g in parsed.groups] == [
        [("forced",)], [("supply", "chain")], [("China",), ("Myanmar",)], [("labou",)], [("forced", "labour")]]
    assert [t.words for t in parsed.excluded] == [("company",)]
    assert parsed.groups[3][0].prefix and parsed.groups[1][0].phrase and parsed.groups[4][0].phrase
