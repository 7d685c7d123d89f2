"""From a text span to rectangles on the original pages, through the stored line blocks."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from reviewdesk.db import Store
from reviewdesk.db.models import Document, TextBlock

Rect = tuple[float, float, float, float]


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    page: int
    bbox: Rect
    rtl: bool = False  # an Arabic or Hebrew line: its text runs from the right edge of its box


def is_rtl(text: str) -> bool:
    """Most of the letters are of a right-to-left script (Hebrew, Arabic and their presentation forms)."""
    rtl = sum(1 for c in text if "\u0590" <= c <= "\u08ff" or "\ufb1d" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff")
    ltr = sum(1 for c in text if c.isalpha()) - rtl
    return rtl > ltr


def document_blocks(store: Store, document_id: int) -> list[Block]:
    with store.session() as session:
        document = session.get(Document, document_id)
        text = (document.text if document is not None else "") or ""
        rows = session.execute(
            select(TextBlock.start, TextBlock.end, TextBlock.page, TextBlock.x0, TextBlock.y0, TextBlock.x1, TextBlock.y1)
            .where(TextBlock.document_id == document_id, TextBlock.page.is_not(None))
            .order_by(TextBlock.start)
        ).all()
    return [Block(r.start, r.end, r.page, (r.x0, r.y0, r.x1, r.y1), is_rtl(text[r.start:r.end])) for r in rows]


def span_rects(blocks: list[Block], start: int, end: int) -> list[tuple[int, Rect]]:
    """Page rectangles covering ``text[start:end]``; partial lines are cut in proportion."""
    rects: list[tuple[int, Rect]] = []
    for block in blocks:
        if block.end <= start or block.start >= end:
            continue
        x0, y0, x1, y1 = block.bbox
        length = max(1, block.end - block.start)
        left = (max(start, block.start) - block.start) / length
        right = (min(end, block.end) - block.start) / length
        if block.rtl:  # offsets count from the right edge
            left, right = 1 - right, 1 - left
        rects.append((block.page, (x0 + (x1 - x0) * left, y0, x0 + (x1 - x0) * right, y1)))
    return rects


def offset_at(blocks: list[Block], page: int, x: float, y: float) -> int | None:
    """The text offset under a point of a page (for selecting text on the page view)."""
    best: tuple[float, Block] | None = None
    for block in blocks:
        if block.page != page:
            continue
        x0, y0, x1, y1 = block.bbox
        if y0 <= y <= y1:
            distance = 0.0 if x0 <= x <= x1 else min(abs(x - x0), abs(x - x1))
            if best is None or distance < best[0]:
                best = (distance, block)
    if best is None:
        return None
    block = best[1]
    x0, _y0, x1, _y1 = block.bbox
    fraction = min(1.0, max(0.0, (x - x0) / max(1.0, x1 - x0)))
    if block.rtl:
        fraction = 1 - fraction
    return block.start + round(fraction * (block.end - block.start))
