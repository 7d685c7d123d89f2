"""Case- and accent-insensitive matching that reports offsets in the original text.

"Détention" and "detention", "Straße" and "strasse" match; the offsets found are
those of the original characters, so a match can be highlighted where it is.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    return "".join(_fold_char(c) for c in text)


def fold_with_origins(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the original character it came from."""
    parts: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        # ASCII letters and digits are most of a letter: skip the Unicode tables for them.
        folded = char.lower() if char.isascii() else _fold_char(char)
        parts.append(folded)
        origins.extend([index] * len(folded))
    return "".join(parts), origins


def find_all(text: str, needle: str, folded: tuple[str, list[int]] | None = None) -> list[tuple[int, int]]:
    """Every non-overlapping occurrence of ``needle`` in ``text``, folded, as (start, end) offsets of ``text``.

    Pass ``folded`` (from :func:`fold_with_origins`) to search one text for many needles without folding it again.
    """
    key = fold(needle.strip())
    if not key:
        return []
    haystack, origins = folded if folded is not None else fold_with_origins(text)
    spans: list[tuple[int, int]] = []
    position = haystack.find(key)
    while position >= 0:
        after = position + len(key)
        # Up to the next character that folds to something: combining accents after the match belong to it.
        end = max(origins[after - 1] + 1, origins[after] if after < len(origins) else len(text))
        spans.append((origins[position], end))
        position = haystack.find(key, position + len(key))
    return spans
