"""Small text rules shared by the readers and parsers."""

from __future__ import annotations

import re
import unicodedata

_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_FROM_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# C0/C1 controls other than tab and newline, and the Unicode non-characters:
# they break XML exports and confuse search.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
SENTENCE_END = (".", "!", "?", ":", ";", "”", '"', "»", "’", ")")
# "… the alleged ill-treatment of Mr." goes on with the name on the next line.
_ABBREVIATION_END_RE = re.compile(r"(?:^|\s)(?:Mr|Ms|Mrs|Dr|Prof|St|No|Nos|Mme|Mlle|Sr|Sra|Srta|art|arts|para|p|pp)\.$")


def to_superscript(digits: str) -> str:
    return digits.translate(_SUPERSCRIPTS)


def from_superscript(text: str) -> str:
    return text.translate(_FROM_SUPERSCRIPTS)


def clean_line(text: str) -> str:
    """NFC, no control characters or zero-width marks, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL_RE.sub(" ", text)
    text = _ZERO_WIDTH_RE.sub("", text)
    return _SPACES_RE.sub(" ", text).strip()


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip()
    return stripped.endswith(SENTENCE_END) and not _ABBREVIATION_END_RE.search(stripped)


def join_lines(left: str, right: str) -> str:
    """Two lines of one paragraph as flowing text: "non-" and "discrimination" make "non-discrimination"."""
    if not left:
        return right
    return left + right if _hyphen_joins(left, right) else f"{left} {right}"


def _hyphen_joins(left: str, right: str) -> bool:
    return left.endswith("-") and left[-2:-1].isalpha() and right[:1].isalpha()


def join_all(lines: list[str]) -> str:
    """``join_lines`` over many lines, in linear time (folding pairwise copies the text once per line)."""
    parts: list[str] = []
    previous = ""
    for line in lines:
        if parts and not _hyphen_joins(previous, line):
            parts.append(" ")
        parts.append(line)
        previous = line
    return "".join(parts)


def starts_lowercase(text: str) -> bool:
    stripped = text.lstrip("“\"'‘(")
    return bool(stripped) and stripped[0].islower()


def fold(text: str) -> str:
    """Lower case without diacritics, for matching phrases in any letter language."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
