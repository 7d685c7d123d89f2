"""What the readers hand to the parsers: paragraphs of lines with their place on the page.

Readers (PDF, DOCX, TXT) differ in what they know: a PDF line has a page and a
box, a DOCX paragraph has a style and a list label, a text file has neither.
They all produce a :class:`SourceDocument`; running headers, footers, page
numbers and footnotes are already taken out of the paragraphs and kept aside.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from reviewdesk.documents.budget import checkpoint
from reviewdesk.documents.text import join_all

BBox = tuple[float, float, float, float]


class SourceFormat(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    TXT = "txt"


class FurnitureKind(StrEnum):
    LETTERHEAD = "letterhead"
    HEADER = "header"
    FOOTER = "footer"
    FIRST_PAGE_FOOTER = "first-page-footer"
    PAGE_NUMBER = "page-number"


@dataclass
class SourceLine:
    text: str
    page: int | None = None  # 1-based; None where the format has no pages
    bbox: BBox | None = None
    size: float = 0.0
    bold: bool = False


@dataclass
class SourceParagraph:
    lines: list[SourceLine]
    # A list label the format gave separately (Word auto-numbering): "1.", "(a)".
    label: str | None = None
    style: str = ""
    bold: bool = False
    centered: bool = False

    @property
    def text(self) -> str:
        """The lines joined as flowing text (for matching, not for storage)."""
        checkpoint()  # every parser step reads paragraphs through here
        return join_all([piece for piece in (line.text.strip() for line in self.lines) if piece])

    @property
    def first_page(self) -> int | None:
        return self.lines[0].page if self.lines else None


@dataclass
class Furniture:
    kind: FurnitureKind
    text: str
    page: int | None = None


@dataclass
class SourceFootnote:
    label: str
    text: str
    page: int | None = None
    lines: list[SourceLine] = field(default_factory=list)


@dataclass
class SourceDocument:
    name: str
    format: SourceFormat
    paragraphs: list[SourceParagraph]
    page_count: int = 0
    furniture: list[Furniture] = field(default_factory=list)
    footnotes: list[SourceFootnote] = field(default_factory=list)
    # False for image-only scans: there is nothing to parse until OCR runs.
    has_text_layer: bool = True
    is_ocr: bool = False
    warnings: list[str] = field(default_factory=list)
    page_sizes: list[tuple[float, float]] = field(default_factory=list)

    def first_page_footer(self) -> str | None:
        for item in self.furniture:
            if item.kind is FurnitureKind.FIRST_PAGE_FOOTER:
                return item.text
        return None
