"""The query syntax a reviewer can guess, parsed once; and where a parsed query matches a text.

``forced labour`` (both words), ``"forced labour"`` (the phrase, exactly),
``-company`` or ``-"press release"`` (without), ``China OR Myanmar`` (either),
``labou*`` (a prefix). Case and diacritics never matter; with stemming, a bare
word also finds its other forms in English, French and Spanish ("detained"
finds "detention"); quoted phrases and prefixes are taken as written.
Whatever is typed parses: stray quotes and operators are dropped, and only
a query that cannot mean anything useful is a ``QueryError``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.search_text import (
    WORD_RE,
    fold,
    query_stems,
    stem,
    stem_language,
    word_beginnings,
)

MAX_QUERY_CHARS = 1000
MAX_TERMS = 64
_TOKEN_RE = re.compile(r'(-?)"([^"]*)"|(\S+)')


class QueryError(ReviewDeskError, ValueError):
    """A query that cannot be searched (too long, or only exclusions): the reason is for the user."""


@dataclass(frozen=True)
class Term:
    """One searched item: a word, or a phrase of several; ``prefix`` applies to the last word."""

    words: tuple[str, ...]
    phrase: bool = False  # quoted or joined by punctuation: exact, never stemmed
    prefix: bool = False

    @property
    def stemmable(self) -> bool:
        return not self.phrase and not self.prefix and len(self.words) == 1


@dataclass(frozen=True)
class Query:
    """Groups ANDed, the terms of a group ORed; ``excluded`` terms must not occur."""

    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.groups


def parse_query(text: str) -> Query:
    """Parse what a reviewer typed; an empty ``Query`` when nothing is left to search."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(text):,} characters long; at most {MAX_QUERY_CHARS:,} can be searched")
    if text.count('"') % 2:  # an unbalanced quote: the last one is a typo, the words stay
        cut = text.rindex('"')
        text = text[:cut] + " " + text[cut + 1:]
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = negate_next = False
    for match in _TOKEN_RE.finditer(text):
        minus, phrase, bare = match.groups()
        if bare in ("OR", "|"):
            pending_or = bool(groups)
            continue
        if bare in ("AND", "+"):
            continue
        if bare == "NOT":
            negate_next = True
            continue
        negative = bool(minus) or negate_next
        if phrase is not None:
            term = _term(phrase, quoted=True)
        else:
            negative = negative or (bare.startswith("-") and len(bare) > 1)
            term = _term(bare.lstrip("-") if negative else bare, quoted=False)
        negate_next = False
        if term is None:
            continue
        if negative:
            excluded.append(term)
        elif pending_or:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    count = sum(len(g) for g in groups) + len(excluded)
    if count > MAX_TERMS:
        raise QueryError(f"the query has {count} words or phrases; at most {MAX_TERMS} can be searched at once")
    if excluded and not groups:
        raise QueryError("the query only excludes words (-word): add a word to look for")
    return Query(tuple(tuple(g) for g in groups), tuple(excluded))


def _term(text: str, quoted: bool) -> Term | None:
    found = WORD_RE.findall(text)
    if not found:
        return None
    # "forced-labour" or "A/HRC/45" are phrases too: their words next to each other.
    prefix = not quoted and text.rstrip().endswith("*") and len(found[-1]) >= 2
    return Term(tuple(found), phrase=quoted or len(found) > 1, prefix=prefix)


class Highlighter:
    """Finds the spans of a text that a query matched: what the index found, word for word.

    Candidate words are found with one regular expression over the folded text
    (fast on long documents), then each is checked as the index would: the
    folded word, its prefix, or its stem in the document's language. A word's
    verdict is remembered, so a long document costs one look-up per word.
    """

    def __init__(self, query: Query, stemming: bool) -> None:
        terms = [t for group in query.groups for t in group]
        self._single = [t for t in terms if len(t.words) == 1]
        self._phrases = [t for t in terms if len(t.words) > 1]
        self._stems = {t: query_stems(t.words[0]) for t in terms if stemming and t.stemmable}
        self._verdicts: dict[str, dict[str, bool]] = {}
        starts = set()
        for term in terms:
            starts.add(re.escape(fold(term.words[0])))
            starts.update(re.escape(b) for b in word_beginnings(self._stems.get(term, frozenset())))
        pattern = "|".join(sorted(starts, key=len, reverse=True))
        # No look-behind for the word's start: three times faster; a match inside a word is skipped below.
        self._candidates = re.compile(rf"(?:{pattern})[^\W_]*") if pattern else None

    def spans(self, text: str, language: str | None) -> tuple[tuple[int, int], ...]:
        if self._candidates is None:
            return ()
        folded = fold(text)
        code = stem_language(language)
        found: list[tuple[int, int]] = []
        end_of_last = 0
        verdicts = self._verdicts.setdefault(code, {})  # word as written -> whether it matches (the hot loop)
        phrases = self._phrases
        for candidate in self._candidates.finditer(folded):
            start, end = candidate.span()
            if start < end_of_last or (start and folded[start - 1].isalnum()):
                continue
            if phrases and (phrase_end := next(
                    (e for t in phrases if (e := self._phrase(t, text, folded, start, code))), None)) is not None:
                end = phrase_end
            else:
                original = text[start:end]
                verdict = verdicts.get(original)
                if verdict is None:
                    verdict = verdicts[original] = any(
                        self._matches(t, 0, original, candidate.group(), code) for t in self._single)
                if not verdict:
                    continue
            found.append((start, end))
            end_of_last = end
        return tuple(found)

    def _matches(self, term: Term, index: int, original: str, folded: str, language: str) -> bool:
        wanted = fold(term.words[index])
        last = index == len(term.words) - 1
        return (folded == wanted or (last and term.prefix and folded.startswith(wanted))
                or (term in self._stems and stem(original, language) in self._stems[term]))

    def _phrase(self, term: Term, text: str, folded: str, start: int, language: str) -> int | None:
        """Where ``term``'s words, one after the other from ``start``, end; None if they are not there."""
        position = start
        for index in range(len(term.words)):
            token = WORD_RE.match(folded, position)
            if token is None or not self._matches(term, index, text[token.start():token.end()], token.group(), language):
                return None
            if index == len(term.words) - 1:
                return token.end()
            following = WORD_RE.search(folded, token.end())
            if following is None:
                return None
            position = following.start()
        return None
