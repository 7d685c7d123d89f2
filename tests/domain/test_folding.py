"""Case- and accent-blind matching, with offsets into the original text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reviewdesk.domain.folding import find_all, fold


def test_accents_and_case_are_ignored_and_offsets_are_the_originals():
    text = "La DÉTENTION arbitraire; une détention. Straße, STRASSE"
    assert [text[s:e] for s, e in find_all(text, "detention")] == ["DÉTENTION", "détention"]
    assert [text[s:e] for s, e in find_all(text, "strasse")] == ["Straße", "STRASSE"]
    assert [text[s:e] for s, e in find_all(text, "Détention arb")] == ["DÉTENTION arb"]


def test_decomposed_accents_and_ligatures_match_their_plain_letters():
    text = "Cafe\u0301 and the ﬁrm"  # é as e + combining accent; the "fi" ligature
    assert [text[s:e] for s, e in find_all(text, "café")] == ["Cafe\u0301"]
    assert [text[s:e] for s, e in find_all(text, "firm")] == ["ﬁrm"]


def test_blank_needles_find_nothing_and_matches_never_overlap():
    assert find_all("anything", "   ") == []
    assert find_all("aaaa", "aa") == [(0, 2), (2, 4)]


@given(st.text(alphabet="aàbBcÇ ß", max_size=40), st.text(alphabet="aàbBcÇ ß", min_size=1, max_size=4))
def test_every_match_folds_to_the_needle(text, needle):
    for start, end in find_all(text, needle):
        assert fold(text[start:end]) == fold(needle.strip())
