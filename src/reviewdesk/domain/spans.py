"""Spans of stored text chosen by a reviewer (tags, answer passages)."""

from __future__ import annotations

from reviewdesk.domain.errors import ReviewDeskError


class SpanError(ReviewDeskError, ValueError):
    pass


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding white space; SpanError when empty or outside ``text``."""
    while start < end and text[start:start + 1].isspace():
        start += 1
    while end > start and text[end - 1:end].isspace():
        end -= 1
    if not 0 <= start < end <= len(text):
        raise SpanError(f"span {start}–{end} is outside the document or empty")
    return start, end
