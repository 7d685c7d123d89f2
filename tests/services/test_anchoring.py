"""Finding a quoted span again in a changed text: exact, normalised, fuzzy, or not at all."""

from __future__ import annotations

import random
import time

from reviewdesk.services.anchoring import Anchorer, Method, TextQuote, quote_at, quote_columns

from ..conftest import LETTERS

TEXT = LETTERS.joinpath("AL_OTH_78_2021.txt").read_text(encoding="utf-8")


def test_the_selector_keeps_thirty_two_characters_of_context():
    start = TEXT.index("forced labour")
    quote = quote_at(TEXT, start, start + 13)
    assert quote.exact == "forced labour" and len(quote.prefix) == len(quote.suffix) == 32
    assert quote_columns(TEXT, 0, 5)["prefix"] == ""


def test_context_chooses_among_occurrences_and_the_old_place_breaks_ties():
    text = "the fence. Forced labour was alleged in A. Later, forced labour was denied in B. Forced labour again."
    second = text.index("forced labour")
    quote = quote_at(text, second, second + 13)
    moved = "Preface added here. " + text
    placement = Anchorer(moved).locate(quote, second)
    assert placement.method is Method.EXACT and placement.start == second + 20
    bare = TextQuote("Forced labour")  # no context: the nearest to where it was
    assert Anchorer(text).locate(bare, len(text)).start == text.rindex("Forced labour")


def test_healing_differences_are_ignored():
    start = TEXT.index("subjected to surveillance by security personnel")
    quote = quote_at(TEXT, start, start + len("subjected to surveillance by security personnel"))
    old_looking = TEXT.replace("subjected to surveillance by", "subjected to sur-\nveillance  by")
    placement = Anchorer(old_looking).locate(quote, start)
    assert placement.method is Method.NORMALISED
    assert old_looking[placement.start:placement.end] == "subjected to sur-\nveillance  by security personnel"


def test_a_reworded_span_is_found_by_likeness_and_a_vanished_one_is_not():
    start = TEXT.index("The workers are reportedly required")
    end = TEXT.index(".", start + 200) + 1
    quote = quote_at(TEXT, start, end)
    words = TEXT[start:end].split(" ")
    reworded = " ".join(w for i, w in enumerate(words) if i % 9 != 4)  # one word in nine dropped
    changed = TEXT[:start] + reworded + TEXT[end:]
    placement = Anchorer(changed).locate(quote, start)
    assert placement.method is Method.FUZZY and placement.score >= 0.8
    assert placement.start == start and placement.end == start + len(reworded)
    gone = TEXT[:start] + TEXT[end:]
    assert Anchorer(gone).locate(quote, start) is None


def test_a_short_quote_without_its_surroundings_is_not_guessed():
    start = TEXT.index("Xinjiang")
    quote = TextQuote("Xinjiang", "completely different words here ", " and other unrelated words")
    assert Anchorer(TEXT).locate(quote, start) is None
    assert Anchorer(TEXT).locate(quote_at(TEXT, start, start + 8), start).start == start


def test_a_long_quote_is_found_by_its_edges_and_junk_removed_inside_a_span_is_recovered():
    start = TEXT.index("According to the information received")
    end = start + 6000
    quote = quote_at(TEXT, start, end)
    middle = start + 3000
    header = "\nRUNNING HEADER PAGE 3\n"
    with_header = TEXT[:middle] + header + TEXT[middle:]
    placement = Anchorer(TEXT).locate(TextQuote(with_header[start:end + len(header)], quote.prefix, quote.suffix),
                                      start)
    assert (placement.start, placement.end) == (start, end)
    short = TEXT.index("strictly controlled")
    begin = TEXT.rindex(" ", 0, short - 40) + 1
    with_header = TEXT[:short + 9] + header + TEXT[short + 9:]
    found = Anchorer(TEXT).locate(quote_at(with_header, begin, short + 19 + len(header)), short)
    assert (found.start, found.end) == (begin, short + 19)


def test_locating_two_hundred_quotes_in_a_letter_is_quick():
    rng = random.Random(3)
    words = TEXT.split(" ")
    changed = " ".join(w for w in words if rng.random() > 0.02)
    anchorer = Anchorer(changed)
    began = time.perf_counter()
    found = 0
    for _ in range(200):
        start = rng.randrange(len(TEXT) - 600)
        found += anchorer.locate(quote_at(TEXT, start, start + rng.randrange(10, 600)), start) is not None
    assert found >= 190 and time.perf_counter() - began < 10
