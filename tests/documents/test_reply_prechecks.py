"""The cheap word test before each costly reply/letter pattern never hides a match."""

from __future__ import annotations

import pytest

from reviewdesk.documents.answers import fold_same_length
from reviewdesk.documents.reply import _HALLMARKS

from ..conftest import DATA, LETTERS

TEXTS = sorted({*DATA.rglob("*.txt"), *LETTERS.glob("*.txt")})
CHECKED = [h for h in _HALLMARKS if h.needles]


def test_the_slowest_patterns_have_a_precheck():
    assert len(CHECKED) >= 5


def test_every_match_in_the_test_letters_and_replies_contains_one_of_its_needles():
    found = set()
    for path in TEXTS:
        folded = fold_same_length(path.read_text(encoding="utf-8", errors="replace"))
        for hallmark in CHECKED:
            for match in hallmark.pattern.finditer(folded):
                found.add(hallmark.what)
                assert any(needle in match.group() for needle in hallmark.needles), (path.name, match.group())
    assert len(found) >= 4, found  # the corpus has examples of most: the test proves something


@pytest.mark.parametrize("phrase", ["Mi Gobierno rechaza", "mon Gouvernement souhaite", "my Government notes"])
def test_a_phrase_without_example_in_the_corpus_keeps_its_needle(phrase):
    folded = fold_same_length(phrase)
    (hallmark,) = [h for h in CHECKED if h.pattern.search(folded) and "my Government" in h.what]
    assert any(needle in folded for needle in hallmark.needles)
