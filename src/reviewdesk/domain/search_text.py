"""How search reads text: words, folding (case and diacritics) and stemming in English, French and Spanish.

One tokeniser serves the index (the stemmed column), the query and the
highlighting, so what is found is exactly what is highlighted. Words are runs
of letters and digits, as SQLite's ``unicode61`` tokenizer sees them; folding
lowers the case and removes diacritics ("Réponse" -> "reponse") without
changing the length of the text, so offsets in the folded text are offsets in
``Document.text``.

Stemming uses the Snowball stemmers (``snowballstemmer``, pure Python), chosen
by the document's language and falling back to English. Snowball strips
inflections but not derivations: "detained" -> "detain" but "detention" ->
"detent". ``_FAMILIES`` joins the derivational families reviewers search for
most (detention, disappearance) so that "detained" finds "detention".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache

WORD_RE = re.compile(r"[^\W_]+")
STEM_LANGUAGES = ("en", "fr", "es")
DEFAULT_STEM_LANGUAGE = "en"
_SNOWBALL_NAMES = {"en": "english", "fr": "french", "es": "spanish"}

# Snowball stem (folded) -> the stem of its family, per language: derivations Snowball keeps apart.
_FAMILIES: dict[str, dict[str, str]] = {
    "en": {"detent": "detain", "detaine": "detain", "retent": "retain", "abstent": "abstain"},
    "fr": {"deten": "detenu", "detenus": "detenu", "detent": "detenu", "disparus": "disparit", "dispar": "disparit"},
    "es": {"detencion": "deten", "desaparicion": "desaparec", "desaparecid": "desaparec"},
}


class _FoldTable(dict):
    """``str.translate`` table folding one character to one character (length kept), filled as met."""

    def __missing__(self, code: int) -> int:
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)
        base = "".join(c for c in base if not unicodedata.combining(c)) or char
        # Only a one-to-one fold keeps offsets: "ß" or "ﬁ" stay themselves (lowered where that is one character).
        folded = next(c for c in (base.lower(), base, char.lower(), char) if len(c) == 1)
        self[code] = ord(folded)
        return self[code]


_FOLD = _FoldTable()


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def _fold_match(match: re.Match) -> str:
    return chr(_FOLD[ord(match.group())])


def fold(text: str) -> str:
    """Lower case, without diacritics, the same length as ``text``."""
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two characters: fold each character on its own
        return text.translate(_FOLD)
    # ASCII is folded by lower() at C speed; only the other characters go through the table.
    return lowered if lowered.isascii() else _NON_ASCII_RE.sub(_fold_match, lowered)


def words(text: str) -> Iterator[re.Match]:
    """The words of ``text`` (matches: ``.group()``, ``.start()``, ``.end()``)."""
    return WORD_RE.finditer(text)


def stem_language(language: str | None) -> str:
    """The stemmer a document's language gets: its own when there is one, else English."""
    code = (language or "").lower()[:2]
    return code if code in STEM_LANGUAGES else DEFAULT_STEM_LANGUAGE


@cache
def _stemmer(language: str):
    import snowballstemmer  # every language's stemmer loads with the package (65 ms): only when stemming

    return snowballstemmer.stemmer(_SNOWBALL_NAMES[language])


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    """The folded stem of one word in ``language`` (one of ``STEM_LANGUAGES``)."""
    # Snowball reads accents (French "é" endings), so it stems the lowered word; the stem is folded after.
    raw = fold(_stemmer(language).stemWord(word.lower()))
    return _FAMILIES[language].get(raw, raw)


def query_stems(word: str) -> frozenset[str]:
    """Every stem a query word may have: the query's language is unknown, so each stemmer's, accents or not."""
    return frozenset(stem(form, language) for language in STEM_LANGUAGES for form in {word, fold(word)})


def word_beginnings(stems: frozenset[str]) -> frozenset[str]:
    """How the words having one of ``stems`` begin: for finding them in a text before stemming each.

    A stem is its words' beginning but for a last letter changed ("happi" <- "happy"); a family's
    stem also stands for its members' ("detain" <- "detention").
    """
    members = set(stems)
    for families in _FAMILIES.values():
        members.update(raw for raw, family in families.items() if family in stems)
    return frozenset(m[:-1] if len(m) > 4 else m for m in members)


def stemmed_text(text: str, language: str | None) -> str:
    """The text's words as stems, in order and space-separated: the index's stemmed column."""
    code = stem_language(language)
    return " ".join(stem(match.group(), code) for match in words(text))
