"""Redaction of texts for export: spans blacked out or replaced by pseudonyms, and offsets mapped through.

An export chooses a :class:`RedactionMode`. A :class:`Redactor` holds what a
case's redactions hide (the strings as found, each with its pseudonym) and
applies them to a document's text (its stored spans, plus every other folded
occurrence of a redacted string and of the capitalised words of a multi-word
one: "Karimov" alone is still the man) and to any free text the export writes
(fields, notes, quotes, file names). Replacing changes lengths, so marks
(tags, links) go through an :class:`OffsetMap` to stay on the same words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.folding import find_all, fold_with_origins

BAR = "█████"
FALLBACK = "[redacted]"
_WORD_RE = re.compile(r"\w+")
MIN_PIECE = 3  # shorter words of a name ("Al", "de") are too common to hide everywhere


class RedactionMode(str, Enum):
    REDACTED = "redacted"  # every redacted string shown as a black bar (the default)
    PSEUDONYMISED = "pseudonymised"  # shown as its pseudonym, "[redacted]" when it has none
    FULL = "full"  # shown as written: for the reviewer's own use only

    @classmethod
    def parse(cls, value: str | RedactionMode) -> RedactionMode:
        try:
            return cls(value)
        except ValueError:
            raise RedactionModeError(f"redaction {value!r}: say redacted, pseudonymised or full") from None


class RedactionModeError(ReviewDeskError, ValueError):
    pass


@dataclass(frozen=True)
class Span:
    """``text[start:end]`` is replaced by ``pseudonym`` (pseudonymised) or the bar (redacted)."""

    start: int
    end: int
    pseudonym: str | None = None


def replacement(pseudonym: str | None, mode: RedactionMode) -> str | None:
    """What a redacted string becomes in ``mode``; None: left as it is."""
    if mode is RedactionMode.FULL:
        return None
    if mode is RedactionMode.PSEUDONYMISED:
        return pseudonym or FALLBACK
    return BAR


def _merged(spans: Iterable[Span]) -> list[Span]:
    """Overlapping spans joined (the first one's pseudonym kept): each character is replaced once."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start >= span.end:
            continue
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Span(last.start, max(last.end, span.end), last.pseudonym or span.pseudonym)
        else:
            merged.append(span)
    return merged


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets of the original text to the redacted one.

    An offset inside a replaced span goes to the replacement's start (for a
    mark's start) or end (for its end), so a mark over a name covers its bar.
    """

    starts: tuple[int, ...] = ()  # original span starts, sorted
    ends: tuple[int, ...] = ()
    new_starts: tuple[int, ...] = ()
    new_ends: tuple[int, ...] = ()

    def map(self, offset: int, end: bool = False) -> int:
        # A start belongs to the span starting there; an end to the span ending there.
        index = (bisect.bisect_left(self.starts, offset) if end else bisect.bisect_right(self.starts, offset)) - 1
        if index < 0:
            return offset
        if offset < self.ends[index] or (end and offset == self.ends[index]):
            return self.new_ends[index] if end else self.new_starts[index]
        return offset + self.new_ends[index] - self.ends[index]


def apply_redaction(text: str, spans: Iterable[Span], mode: RedactionMode | str) -> str:
    """``text`` with each span replaced as ``mode`` says (unchanged in full mode)."""
    return redact_text(text, spans, mode)[0]


def redact_text(text: str, spans: Iterable[Span], mode: RedactionMode | str) -> tuple[str, OffsetMap]:
    """The redacted text and the map of its offsets (see :class:`OffsetMap`)."""
    mode = RedactionMode.parse(mode)
    if mode is RedactionMode.FULL:
        return text, OffsetMap()
    parts: list[str] = []
    starts, ends, new_starts, new_ends = [], [], [], []
    position = length = 0
    for span in _merged(spans):
        start, end = max(span.start, 0), min(span.end, len(text))
        if start >= end:
            continue
        parts.append(text[position:start])
        length += start - position
        new = replacement(span.pseudonym, mode) or ""
        starts.append(start)
        ends.append(end)
        new_starts.append(length)
        parts.append(new)
        length += len(new)
        new_ends.append(length)
        position = end
    parts.append(text[position:])
    return "".join(parts), OffsetMap(tuple(starts), tuple(ends), tuple(new_starts), tuple(new_ends))


def _pieces(text: str) -> list[str]:
    """The capitalised words of a multi-word string: the parts of a name that identify on their own."""
    words = _WORD_RE.findall(text)
    if len(words) < 2:
        return []
    return [w for w in words if len(w) >= MIN_PIECE and w[0].isupper()]


def _whole_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


@dataclass(frozen=True)
class Redactor:
    """What an export hides: stored spans per document and the strings (with pseudonyms) hidden everywhere."""

    mode: RedactionMode
    strings: tuple[tuple[str, str | None], ...] = ()  # (redacted string as found, its pseudonym)
    spans: tuple[tuple[int, Span], ...] = ()  # (document id, span)

    @property
    def active(self) -> bool:
        return self.mode is not RedactionMode.FULL and bool(self.strings or self.spans)

    def _found(self, text: str) -> list[Span]:
        folded = fold_with_origins(text)
        found = []
        for string, pseudonym in self.strings:
            found += [Span(s, e, pseudonym) for s, e in find_all(text, string, folded)]
            for piece in _pieces(string):
                found += [Span(s, e, pseudonym) for s, e in find_all(text, piece, folded) if _whole_word(text, s, e)]
        return found

    def document(self, document_id: int, text: str) -> tuple[str, OffsetMap]:
        """A document's text redacted: its own spans and every other occurrence; and the map of its offsets."""
        if not self.active:
            return text, OffsetMap()
        own = [span for doc, span in self.spans if doc == document_id]
        return redact_text(text, own + self._found(text), self.mode)

    def scrub(self, text: str) -> str:
        """Any other text an export writes, with every occurrence of a redacted string replaced."""
        if not self.active or not text:
            return text
        return redact_text(text, self._found(text), self.mode)[0]


NO_REDACTION = Redactor(RedactionMode.FULL)
