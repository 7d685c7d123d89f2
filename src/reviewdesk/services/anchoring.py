"""Finding a remembered span again in a changed text, as the W3C Web Annotation TextQuoteSelector does.

A span is remembered as its exact text with up to ``CONTEXT`` characters on each
side. When the text is re-analysed (paragraphs healed differently, a running
header dropped, a hyphen undone) each span is looked for in the new text, in
this order, and the first step that finds it wins:

1. **exact**: the quote occurs as it was; among several occurrences the one
   whose surroundings agree best with the remembered prefix and suffix, then the
   one nearest the old position (scaled to the new length);
2. **normalised**: the quote occurs once white space, line-end hyphens,
   punctuation and case are ignored — what healing changes;
3. **fuzzy**: word by word with ``difflib``, only around likely places (the old
   position, where its context or its rarest words are), accepted when the
   words agree at least ``FUZZY_THRESHOLD``; quotes over ``MAX_FUZZY_WORDS``
   words are found by their first and last words instead. Failing that, where
   the remembered prefix and suffix both still stand, about as far apart, with
   nothing between them but the quote's own words, the span is what lies
   between (a running header or a page number dropped from inside it).

Every step is bounded (occurrences considered, windows compared), so a letter
with hundreds of tags re-anchors in well under a second. A quote that no step
finds is *orphaned*: the caller keeps it and shows it to the reviewer.
Pure Python, no store: the caller reads and writes the rows.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

CONTEXT = 32
FUZZY_THRESHOLD = 0.8
MAX_FUZZY_WORDS = 400
MAX_OCCURRENCES = 200  # exact or normalised hits weighed per quote
_EDGE_WORDS = 25  # words of a long quote's head and tail, each found on its own
_WORD_RE = re.compile(r"\w+")


@dataclass(frozen=True)
class TextQuote:
    exact: str
    prefix: str = ""
    suffix: str = ""


def quote_at(text: str, start: int, end: int) -> TextQuote:
    return TextQuote(text[start:end], text[max(0, start - CONTEXT):start], text[end:end + CONTEXT])


def quote_columns(text: str, start: int, end: int) -> dict[str, str]:
    """The selector as the ``quote``, ``prefix`` and ``suffix`` columns of a tag or an answer link."""
    quote = quote_at(text, start, end)
    return {"quote": quote.exact, "prefix": quote.prefix, "suffix": quote.suffix}


class Method(StrEnum):
    EXACT = "exact"
    NORMALISED = "normalised"
    FUZZY = "fuzzy"


@dataclass(frozen=True)
class Placement:
    start: int
    end: int
    method: Method
    score: float  # 1.0 for an exact hit with its context; the words' agreement for a fuzzy one


def _fold(text: str) -> tuple[str, list[int]]:
    """Letters and digits only, lower case, with the offset in ``text`` of each folded character."""
    chars: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        if char.isalnum():
            for lowered in char.lower():
                chars.append(lowered)
                where.append(index)
    return "".join(chars), where


def _common_prefix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b):
        if x != y:
            break
        count += 1
    return count


def _occurrences(haystack: str, needle: str) -> list[int]:
    found, at = [], haystack.find(needle)
    while at >= 0 and len(found) < MAX_OCCURRENCES:
        found.append(at)
        at = haystack.find(needle, at + 1)
    return found


class Anchorer:
    """One new text, folded and split into words once, in which many quotes are looked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded, self.where = _fold(text)
        self.words = [(m.group().lower(), m.start(), m.end()) for m in _WORD_RE.finditer(text)]
        self.tokens = [word for word, _s, _e in self.words]
        self.word_starts = [start for _w, start, _e in self.words]
        self.frequency = Counter(self.tokens)
        self._positions: dict[str, list[int]] = {}

    def locate(self, quote: TextQuote, hint: int | None = None) -> Placement | None:
        """Where ``quote`` lies in the text now; ``hint`` is the old position scaled to this text."""
        if not quote.exact.strip():
            return None
        hint = len(self.text) // 2 if hint is None else hint
        return self._exact(quote, hint) or self._normalised(quote, hint) or self._fuzzy(quote, hint)

    # -- the three steps -------------------------------------------------------------
    def _exact(self, quote: TextQuote, hint: int) -> Placement | None:
        spans = [(s, s + len(quote.exact)) for s in _occurrences(self.text, quote.exact)]
        chosen = self._choose(quote, spans, hint)
        return Placement(chosen[0], chosen[1], Method.EXACT, chosen[2]) if chosen else None

    def _normalised(self, quote: TextQuote, hint: int) -> Placement | None:
        needle, _where = _fold(quote.exact)
        if not needle:
            return None
        spans = [(self.where[s], self.where[s + len(needle) - 1] + 1) for s in _occurrences(self.folded, needle)]
        chosen = self._choose(quote, spans, hint)
        if chosen is None:
            return None
        start, end = self._widen(quote.exact, chosen[0], chosen[1])
        return Placement(start, end, Method.NORMALISED, chosen[2])

    def _choose(self, quote: TextQuote, spans: list[tuple[int, int]], hint: int) -> tuple[int, int, float] | None:
        """The occurrence whose surroundings agree best, then the nearest; a short quote needs its surroundings."""
        if not spans:
            return None
        context, _distance, start, end = max((self._context(quote, s, e), -abs(s - hint), s, e) for s, e in spans)
        if len(_WORD_RE.findall(quote.exact)) < 3 and context < 0.5:
            return None  # a word or two found elsewhere, without what stood around it: not the same place
        return start, end, round(context, 3)

    def _fuzzy(self, quote: TextQuote, hint: int) -> Placement | None:
        needle = [m.group().lower() for m in _WORD_RE.finditer(quote.exact)]
        if len(needle) < 3 or not self.tokens:
            return None  # too short to be recognised by likeness alone
        if len(needle) > MAX_FUZZY_WORDS:
            return self._by_edges(quote, hint)
        best: tuple[float, int, int, int] | None = None
        for candidate in self._candidates(quote, needle, hint):
            found = self._compare(needle, candidate)
            if found is None:
                continue
            score, first, last = found
            start, end = self.words[first][1], self.words[last - 1][2]
            ranked = (score, -abs(start - hint), start, end)
            if best is None or ranked > best:
                best = ranked
        if best is None or best[0] < FUZZY_THRESHOLD:
            return self._between(quote, needle, hint)
        start, end = self._widen(quote.exact, best[2], best[3])
        return Placement(start, end, Method.FUZZY, round(best[0], 3))

    def _between(self, quote: TextQuote, needle: list[str], hint: int) -> Placement | None:
        """The span between the remembered prefix and suffix, when all it holds are words of the quote."""
        before, after = _fold(quote.prefix)[0][-CONTEXT // 2:], _fold(quote.suffix)[0][:CONTEXT // 2]
        if len(before) < 8 or len(after) < 8:
            return None
        length = len(_fold(quote.exact)[0])
        ends = [i + len(before) for i in _occurrences(self.folded, before)]
        starts = _occurrences(self.folded, after)
        words = Counter(needle)
        best: tuple[int, int, int] | None = None
        for first in ends:
            for last in starts:
                if not 0.3 * length <= last - first <= 1.2 * length or first >= len(self.where):
                    continue
                start, end = self.where[first], self.where[last - 1] + 1
                found = Counter(m.group().lower() for m in _WORD_RE.finditer(self.text, start, end))
                if sum((found - words).values()) > 0.1 * sum(found.values()):
                    continue  # words the quote did not have: not the same span
                if best is None or abs(start - hint) < abs(best[0] - hint):
                    best = (start, end, sum(found.values()))
        if best is None:
            return None
        start, end = self._widen(quote.exact, best[0], best[1])
        return Placement(start, end, Method.FUZZY, round(best[2] / len(needle), 3))

    # -- helpers ---------------------------------------------------------------------
    def _context(self, quote: TextQuote, start: int, end: int) -> float:
        """How well the text around ``start:end`` agrees with the remembered prefix and suffix (0–1)."""
        scores = []
        if quote.prefix.strip():
            want = _fold(quote.prefix)[0][::-1]
            have = _fold(self.text[max(0, start - 2 * CONTEXT):start])[0][::-1]
            scores.append(_common_prefix(want, have) / max(1, len(want)))
        if quote.suffix.strip():
            want = _fold(quote.suffix)[0]
            have = _fold(self.text[end:end + 2 * CONTEXT])[0]
            scores.append(_common_prefix(want, have) / max(1, len(want)))
        return sum(scores) / len(scores) if scores else 1.0  # nothing remembered around it: nothing against it

    def _widen(self, exact: str, start: int, end: int) -> tuple[int, int]:
        """Take back the quote's own leading and trailing punctuation (quotes, brackets, a full stop)."""
        stripped = exact.strip()
        lead = stripped[:len(stripped) - len(stripped.lstrip("\"'“”‘’«»([{.,;:!?-–—*"))]
        tail = stripped[len(stripped.rstrip("\"'“”‘’«»)]}.,;:!?-–—*")):]
        if lead and self.text[max(0, start - len(lead)):start] == lead:
            start -= len(lead)
        if tail and self.text[end:end + len(tail)] == tail:
            end += len(tail)
        return start, end

    def _word_index(self, offset: int) -> int:
        return max(0, min(len(self.tokens) - 1, bisect.bisect_left(self.word_starts, offset)))

    def _where_words(self, words: list[str]) -> list[int]:
        """Word indices where ``words`` occur in a row (at most a few dozen)."""
        if not words:
            return []
        first = self._positions.get(words[0])
        if first is None:
            first = self._positions[words[0]] = [i for i, w in enumerate(self.tokens) if w == words[0]]
        return [i for i in first if self.tokens[i:i + len(words)] == words][:MAX_OCCURRENCES // 10]

    def _candidates(self, quote: TextQuote, needle: list[str], hint: int) -> list[int]:
        """Word indices where the quote may start now: bounded, nearest duplicates dropped."""
        size = len(needle)
        starts = [self._word_index(hint)]
        starts += self._where_words(needle[:2]) + [i - size + 2 for i in self._where_words(needle[-2:])]
        before = [m.group().lower() for m in _WORD_RE.finditer(quote.prefix)][-2:]
        after = [m.group().lower() for m in _WORD_RE.finditer(quote.suffix)][:2]
        starts += [i + len(before) for i in self._where_words(before)] + [i - size for i in self._where_words(after)]
        rare = sorted({(self.frequency[w], i, w) for i, w in enumerate(needle) if self.frequency[w]})[:3]
        for _count, index, word in rare:
            starts += [i - index for i in self._where_words([word])]
        kept: list[int] = []
        for start in sorted(set(max(0, s) for s in starts)):
            if not kept or start - kept[-1] > max(2, size // 4):
                kept.append(start)
        return kept[:40]

    def _compare(self, needle: list[str], start: int) -> tuple[float, int, int] | None:
        """The best stretch of words near ``start`` against the quote: (agreement, first word, end word)."""
        size = len(needle)
        low = max(0, start - size // 2 - 8)
        window = self.tokens[low:start + size + size // 2 + 8]
        blocks = [b for b in SequenceMatcher(None, window, needle, autojunk=False).get_matching_blocks() if b.size]
        # A stray "the" or "of" matched far from the rest would stretch the stretch: drop such edges.
        while len(blocks) > 1 and blocks[0].size <= 2 and blocks[1].a - blocks[0].a - blocks[0].size > 3:
            blocks.pop(0)
        while len(blocks) > 1 and blocks[-1].size <= 2 and blocks[-1].a - blocks[-2].a - blocks[-2].size > 3:
            blocks.pop()
        if not blocks:
            return None
        first, last = blocks[0].a, blocks[-1].a + blocks[-1].size
        score = SequenceMatcher(None, window[first:last], needle, autojunk=False).ratio()
        return score, low + first, low + last

    def _by_edges(self, quote: TextQuote, hint: int) -> Placement | None:
        """A long quote: its first and last words found on their own, in order and about as far apart."""
        words = list(_WORD_RE.finditer(quote.exact))
        head = TextQuote(quote.exact[:words[_EDGE_WORDS].start()], quote.prefix)
        tail = TextQuote(quote.exact[words[-_EDGE_WORDS].start():], "", quote.suffix)
        first = self.locate(head, hint)
        last = self.locate(tail, hint + len(quote.exact))
        if first is None or last is None or last.end <= first.start:
            return None
        length = last.end - first.start
        if not 0.6 * len(quote.exact) <= length <= 1.5 * len(quote.exact):
            return None
        return Placement(first.start, last.end, Method.FUZZY, round(min(first.score, last.score), 3))
