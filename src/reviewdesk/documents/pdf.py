"""Reading PDF letters with PyMuPDF: lines with boxes, minus page furniture and footnotes.

Received letters are laid out by word processors: a letter-spaced letterhead,
running footers and page numbers, a first-page footer naming the addressee,
footnotes in a smaller size at the foot of the page. The reader keeps the body
lines with their page and box (so a text span can later be highlighted on the
rendered page) and sets the rest aside.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from reviewdesk.documents import processes
from reviewdesk.documents.bidi import has_rtl, rtl_page_content
from reviewdesk.documents.budget import AnalysisCancelled, TooComplex, checkpoint
from reviewdesk.documents.errors import DocumentError
from reviewdesk.documents.tessdata import find_tessdata, missing_languages_hint
from reviewdesk.documents.model import (
    Furniture,
    FurnitureKind,
    SourceDocument,
    SourceFootnote,
    SourceFormat,
    SourceLine,
    SourceParagraph,
)
from reviewdesk.documents.processes import cores
from reviewdesk.documents.text import ends_sentence, to_superscript

_SUPERSCRIPT_FLAG = 1
_BOLD_FLAG = 16
_PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:page|p\.|pág\.?|página)?\s*\d{1,4}\s*(?:(?:/|of|de|sur|из)\s*\d{1,4})?(?:\s*[-–—])?\s*$",
    re.IGNORECASE,
)
_FOOTNOTE_START_RE = re.compile(r"^\s*(\d{1,3}|[¹²³⁰⁴-⁹]+|\*)\s*(?=\S)")
_LIST_LABEL_RE = re.compile(r"^\s*(?:\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\)|[•▪‒–-])\s")
# Fewer characters than this per page, over the whole file, means a scan.
_MIN_TEXT_PER_PAGE = 20
_HEADER_ZONE = 0.08
# A footer line reaching this share of the text's right edge was wrapped, not broken on purpose.
_WRAPPED_LINE = 0.85
_FOOTER_ZONE = 0.10


# MuPDF prints each repair of a damaged file to stderr; the reader reports what matters as warnings instead.
pymupdf.TOOLS.mupdf_display_errors(False)


def _open(data: bytes, name: str) -> pymupdf.Document:
    if not data:
        raise DocumentError(name, "the file is empty (0 bytes)")
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise DocumentError(name, "not a PDF file (it does not start with %PDF)")
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:  # PyMuPDF raises several types for damaged files
        raise DocumentError(name, f"damaged PDF that cannot be opened ({exc})") from exc
    if doc.needs_pass and not doc.authenticate(""):
        doc.close()
        raise DocumentError(name, "the PDF is password-protected; remove the password and import it again")
    if doc.page_count == 0:
        repaired = doc.is_repaired
        doc.close()
        if repaired:
            raise DocumentError(name, "damaged or truncated PDF: no page could be read")
        raise DocumentError(name, "the PDF has no pages")
    return doc


def logical_text(text: str) -> str:
    """Arabic presentation forms (the shaped glyphs some PDFs map their text to) as the letters they show.

    Extraction then gives "البعثة", which search, tags and exports match, instead of "ﺍﻟﺒﻌﺜﺔ"; the
    lam-alef ligatures (ﻻ) become the two letters in reading order. Other text is left as it is.
    """
    if not any("\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufefe" for c in text):
        return text
    return "".join(unicodedata.normalize("NFKC", c) if "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufefe" else c
                   for c in text)


_FLAGS = pymupdf.TEXTFLAGS_DICT & ~pymupdf.TEXT_PRESERVE_IMAGES


def _page_content(page: pymupdf.Page, textpage=None) -> dict:
    # A text page keeps only a weak reference to its page: use it while the page lives.
    return page.get_text("dict", flags=_FLAGS, textpage=textpage)


def _text_layer_content(page: pymupdf.Page) -> dict:
    content = page.get_text("dict", flags=_FLAGS)
    # Only a right-to-left page is read again letter by letter, for its ligatures (documents/bidi.py).
    return rtl_page_content(page, _FLAGS) if has_rtl(content) else content


def _tessdata_folder() -> str | None:
    # The same folder as the check before OCR, not only PyMuPDF's guess (a bundle has no tesseract on PATH).
    folder = find_tessdata().folder
    return str(folder) if folder else None


def _ocr_page_content(data: bytes, number: int, language: str, dpi: int) -> dict:
    """In an OCR worker: what Tesseract reads on one page of the PDF ``data``."""
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        page = doc[number]
        return _page_content(page, page.get_textpage_ocr(language=language, dpi=dpi, full=True,
                                                         tessdata=_tessdata_folder()))


def _line_from_dict(line: dict, page_no: int, ocr: bool = False) -> SourceLine | None:
    parts: list[str] = []
    sizes: Counter[float] = Counter()
    bold_chars = 0
    for span in line["spans"]:
        text = span["text"]
        if not text:
            continue
        if span["flags"] & _SUPERSCRIPT_FLAG and text.strip().isdigit():
            parts.append(to_superscript(text.strip()))
            continue
        text = logical_text(text)
        parts.append(text)
        stripped = len(text.strip())
        sizes[round(span["size"], 1)] += stripped
        if span["flags"] & _BOLD_FLAG:
            bold_chars += stripped
    text = "".join(parts)
    if not text.strip():
        return None
    size = sizes.most_common(1)[0][0] if sizes else 0.0
    if ocr:
        # OCR guesses a size per word; the line's height is the steadier measure.
        size = float(round((line["bbox"][3] - line["bbox"][1]) * 0.85))
    total = sum(sizes.values())
    return SourceLine(
        text=text.rstrip(),
        page=page_no,
        bbox=tuple(line["bbox"]),
        size=size,
        bold=total > 0 and bold_chars >= total * 0.8,
    )


def _is_letter_spaced(text: str) -> bool:
    tokens = text.split()
    if len(tokens) < 6:
        return False
    short = sum(1 for t in tokens if len(t) <= 2)
    return short / len(tokens) >= 0.6


def _normalise_repeated(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split())).lower()


class _PdfReader:
    def __init__(self, doc: pymupdf.Document, name: str, ocr: OcrOptions | None = None, data: bytes = b"") -> None:
        self.doc = doc
        self.data = data  # the file, for OCR workers to open it themselves
        self.name = name
        self.ocr = ocr
        self.pages: list[list[SourceLine]] = []
        self.sizes: list[tuple[float, float]] = []
        self.furniture: list[Furniture] = []
        self.footnotes: list[SourceFootnote] = []
        self.blank_pages = 0

    def _read_pages(self, ocr: bool = False) -> int:
        self.pages, self.sizes = [], []
        pages = self._ocr_pages() if ocr else ((page, _text_layer_content(page)) for page in self.doc)
        for page, content in pages:
            checkpoint()
            lines = []
            for block in content["blocks"] if content else ():
                for raw in block.get("lines", []):
                    line = _line_from_dict(raw, page.number + 1, ocr=ocr)
                    if line is not None:
                        lines.append(line)
            lines.sort(key=lambda ln: (round(ln.bbox[1], 0), ln.bbox[0]))
            self.pages.append(lines)
            self.sizes.append((page.rect.width, page.rect.height))
        return sum(len(ln.text.strip()) for page in self.pages for ln in page)

    def _ocr_pages(self) -> Iterator[tuple[pymupdf.Page, dict | None]]:
        """Each page with what Tesseract read on it (None: blank), in order, reported page by page.

        Pages are read by worker processes, one per core, a few pages ahead of the
        one reported; Tesseract in this process when there is one core or one page.
        """
        total = self.doc.page_count
        workers = min(cores(), total)
        reading: dict[int, Future] = {}
        pool: ProcessPoolExecutor | None = None
        ahead = 0
        try:
            for page in self.doc:
                checkpoint()  # Cancel (the importer's budget) between pages
                if self.ocr.cancelled is not None and self.ocr.cancelled():
                    raise DocumentError(self.name, "OCR cancelled")
                while workers > 1 and ahead < min(total, page.number + 2 * workers):
                    if not _looks_blank(self.doc[ahead]):  # a blank page costs Tesseract a second or more
                        if pool is None:
                            pool = ProcessPoolExecutor(workers, mp_context=processes.context(__name__))
                        reading[ahead] = pool.submit(_ocr_page_content, self.data, ahead, self.ocr.language,
                                                     self.ocr.dpi)
                    ahead += 1
                if self.ocr.progress is not None:
                    self.ocr.progress(page.number, total)
                if workers > 1:
                    content = self._waited(reading.pop(page.number)) if page.number in reading else None
                elif _looks_blank(page):
                    content = None
                else:
                    content = self._tesseract(lambda page=page: _page_content(page, self._textpage(page)))
                if content is None:
                    self.blank_pages += 1
                yield page, content
        finally:
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)

    def _textpage(self, page: pymupdf.Page):
        return page.get_textpage_ocr(language=self.ocr.language, dpi=self.ocr.dpi, full=True,
                                     tessdata=_tessdata_folder())

    def _waited(self, future: Future) -> dict:
        while True:
            try:
                return self._tesseract(lambda: future.result(timeout=0.2))
            except FuturesTimeout:
                checkpoint()
                if self.ocr.cancelled is not None and self.ocr.cancelled():
                    raise DocumentError(self.name, "OCR cancelled") from None

    def _tesseract(self, read: Callable[[], dict]) -> dict:
        try:
            return read()
        except FuturesTimeout:
            raise
        except Exception as exc:  # Tesseract missing, language pack missing, unreadable image, a worker killed
            raise DocumentError(self.name, f"OCR failed ({self.ocr.language}): {exc}") from exc

    def read(self) -> SourceDocument:
        text_chars = self._read_pages()
        source = SourceDocument(
            name=self.name,
            format=SourceFormat.PDF,
            paragraphs=[],
            page_count=len(self.pages),
            page_sizes=self.sizes,
        )
        if text_chars < _MIN_TEXT_PER_PAGE * len(self.pages):
            if self.ocr is None or not ocr_available(self.ocr.language):
                source.has_text_layer = False
                if self.ocr is not None:
                    source.warnings.append(
                        f"{self.name}: no text layer and OCR language '{self.ocr.language}' is not installed "
                        f"({missing_languages_hint(self.ocr.language, find_tessdata())}); kept, needs OCR"
                    )
                return source
            self.blank_pages = 0
            text_chars = self._read_pages(ocr=True)
            source.is_ocr = True
            if self.blank_pages:
                source.warnings.append(f"{self.name}: {self.blank_pages} of {len(self.pages)} pages are blank; "
                                       "not read by OCR")
            if text_chars < _MIN_TEXT_PER_PAGE * len(self.pages):
                source.has_text_layer = False
                source.warnings.append(f"{self.name}: OCR found almost no text; the scan may be unreadable")
                return source
        body_size = self._body_size()
        repeated = self._repeated_margin_lines()
        paragraphs: list[SourceParagraph] = []
        for index, lines in enumerate(self.pages):
            body = self._strip_page(index, lines, body_size, repeated)
            paragraphs.extend(_group_paragraphs(body, self.sizes[index][0]))
        source.paragraphs = paragraphs
        source.furniture = self.furniture
        source.footnotes = self.footnotes
        return source

    def _body_size(self) -> float:
        sizes: Counter[float] = Counter()
        for page in self.pages:
            for line in page:
                sizes[line.size] += len(line.text)
        return sizes.most_common(1)[0][0] if sizes else 0.0

    def _repeated_margin_lines(self) -> set[str]:
        """Texts that recur in the top or bottom margin of several pages."""
        if len(self.pages) < 3:
            return set()
        seen: Counter[str] = Counter()
        for index, lines in enumerate(self.pages):
            height = self.sizes[index][1]
            keys = {
                _normalise_repeated(ln.text)
                for ln in lines
                if ln.bbox[1] < height * _HEADER_ZONE or ln.bbox[3] > height * (1 - _FOOTER_ZONE)
            }
            seen.update(keys)
        return {key for key, count in seen.items() if count >= max(2, len(self.pages) // 2)}

    def _strip_page(
        self, index: int, lines: list[SourceLine], body_size: float, repeated: set[str]
    ) -> list[SourceLine]:
        page_no = index + 1
        height = self.sizes[index][1]
        def is_page_number(line: SourceLine) -> bool:
            in_margin = line.bbox[1] < height * _HEADER_ZONE or line.bbox[3] > height * (1 - _FOOTER_ZONE)
            return in_margin and bool(_PAGE_NUMBER_RE.match(line.text))

        # A page number in the body's size must not make the footnotes above it look like body text.
        body_lines = [ln for ln in lines if ln.size >= body_size * 0.9 and not is_page_number(ln)]
        body_bottom = max((ln.bbox[3] for ln in body_lines), default=0.0)
        kept: list[SourceLine] = []
        bottom: list[SourceLine] = []
        for line in lines:
            in_margin = line.bbox[1] < height * _HEADER_ZONE or line.bbox[3] > height * (1 - _FOOTER_ZONE)
            if is_page_number(line):
                self.furniture.append(Furniture(FurnitureKind.PAGE_NUMBER, line.text.strip(), page_no))
            elif _is_letter_spaced(line.text) and line.bbox[1] < height * 0.25:
                self.furniture.append(Furniture(FurnitureKind.LETTERHEAD, line.text.strip(), page_no))
            elif in_margin and _normalise_repeated(line.text) in repeated:
                kind = FurnitureKind.HEADER if line.bbox[1] < height / 2 else FurnitureKind.FOOTER
                self.furniture.append(Furniture(kind, line.text.strip(), page_no))
            elif line.size < body_size * 0.9 and line.bbox[1] >= body_bottom - 1 and body_lines:
                bottom.append(line)
            else:
                kept.append(line)
        right_edge = max((ln.bbox[2] for ln in body_lines), default=self.sizes[index][0])
        self._split_bottom(bottom, page_no, right_edge)
        return kept

    def _split_bottom(self, lines: list[SourceLine], page_no: int, right_edge: float) -> None:
        """Small print under the body: footnotes (they start with a number) or a footer.

        A footer's lines are kept apart ("His Excellency Mr. …" / "Ambassador …" / "Permanent
        Representative …"): only a line that ran to the right margin was wrapped, and goes on.
        """
        current: SourceFootnote | None = None
        previous: SourceLine | None = None
        footer: list[str] = []
        footer_wrapped = False
        for line in lines:
            match = _FOOTNOTE_START_RE.match(line.text)
            gap = line.bbox[1] - previous.bbox[3] if previous else 0.0
            if match:
                current = SourceFootnote(
                    label=match.group(1), text=line.text[match.end():].strip(), page=page_no, lines=[line]
                )
                self.footnotes.append(current)
            elif current is not None and gap < line.size * 1.2 and not (
                # On the first page, what follows a finished footnote is the footer naming the addressee.
                page_no == 1 and current.text.rstrip().endswith((".", ")")) and line.text[:1].isupper()
            ):
                current.text = _join_flow(current.text, line.text.strip())
                current.lines.append(line)
            else:
                current = None
                if footer and footer_wrapped:
                    footer[-1] = _join_flow(footer[-1], line.text.strip())
                else:
                    footer.append(line.text.strip())
                footer_wrapped = line.bbox[2] > right_edge * _WRAPPED_LINE
            previous = line
        if footer:
            kind = FurnitureKind.FIRST_PAGE_FOOTER if page_no == 1 else FurnitureKind.FOOTER
            self.furniture.append(Furniture(kind, "\n".join(footer), page_no))


def _join_flow(left: str, right: str) -> str:
    if not left:
        return right
    if left.endswith("-") and right[:1].islower():
        return left + right
    return f"{left} {right}"


def _starts_paragraph(line: SourceLine, previous: SourceLine, pitch: float, left: float) -> bool:
    """Whether ``line`` starts a new paragraph (an abbreviation such as "Mr." at a line end ends no sentence)."""
    gap = line.bbox[1] - previous.bbox[1]
    if gap > pitch * 1.35 or gap < -1:
        return True
    if line.bold != previous.bold:
        return True
    sentence_ended = ends_sentence(previous.text)
    if _LIST_LABEL_RE.match(line.text) and sentence_ended:
        return True
    indented = line.bbox[0] > left + 12 and line.bbox[0] > previous.bbox[0] + 12
    return indented and sentence_ended


def _merge_same_baseline(lines: list[SourceLine]) -> list[SourceLine]:
    """One visual line split in pieces (tab stops, a date right-aligned beside the reference)."""
    merged: list[SourceLine] = []
    for line in lines:
        last = merged[-1] if merged else None
        if last and abs(line.bbox[1] - last.bbox[1]) < 2 and line.bbox[0] >= last.bbox[2] - 1:
            gap = " " if line.bbox[0] - last.bbox[2] < line.size else "    "
            last.text = f"{last.text}{gap}{line.text}"
            last.bbox = (last.bbox[0], min(last.bbox[1], line.bbox[1]), line.bbox[2], max(last.bbox[3], line.bbox[3]))
        else:
            merged.append(line)
    return merged


def _group_paragraphs(lines: list[SourceLine], page_width: float) -> list[SourceParagraph]:
    if not lines:
        return []
    lines = _merge_same_baseline(lines)
    # Line pitch: the usual gap between lines of one paragraph. Gaps between
    # paragraphs are larger; in a short letter they may even be the most common.
    size = Counter(round(line.size) for line in lines).most_common(1)[0][0] or 12
    pitches = [round(b.bbox[1] - a.bbox[1]) for a, b in zip(lines, lines[1:])]
    within = [p for p in pitches if size * 0.9 <= p <= size * 1.6]
    pitch = Counter(within).most_common(1)[0][0] if within else size * 1.2
    left = min(line.bbox[0] for line in lines)
    paragraphs: list[SourceParagraph] = [SourceParagraph([lines[0]])]
    for previous, line in zip(lines, lines[1:]):
        if _starts_paragraph(line, previous, pitch, left):
            paragraphs.append(SourceParagraph([line]))
        else:
            paragraphs[-1].lines.append(line)
    for paragraph in paragraphs:
        paragraph.bold = all(line.bold for line in paragraph.lines)
        paragraph.centered = _is_centered(paragraph, left, page_width)
    return paragraphs


def _is_centered(paragraph: SourceParagraph, left: float, page_width: float) -> bool:
    right = page_width - left
    middle = (left + right) / 2
    return all(
        line.bbox[0] > left + 20
        and line.bbox[2] - line.bbox[0] < (right - left) * 0.8
        and abs((line.bbox[0] + line.bbox[2]) / 2 - middle) < 20
        for line in paragraph.lines
    )


_BLANK_DPI = 18  # a thumbnail: a line of 10-point print still leaves grey pixels
_INK = 160  # grey level (0 black, 255 white) below which a pixel is ink
_INK_SHARE = 0.0005  # pages with less ink than this (dust, scanner noise) are blank


def _looks_blank(page: pymupdf.Page) -> bool:
    """Whether a scanned page holds nothing to read, from a grey thumbnail (a few milliseconds)."""
    pixmap = page.get_pixmap(dpi=_BLANK_DPI, colorspace=pymupdf.csGRAY, alpha=False)
    samples = pixmap.samples
    ink = len(samples) - len(samples.translate(None, bytes(range(_INK))))  # pixels darker than _INK
    return ink < _INK_SHARE * len(samples)


@dataclass
class OcrOptions:
    """Tesseract through PyMuPDF for image-only pages; ``language`` like "eng" or "eng+fra"."""

    language: str = "eng"
    dpi: int = 200
    progress: Callable[[int, int], None] | None = None
    cancelled: Callable[[], bool] | None = None


def installed_ocr_languages() -> set[str]:
    return set(find_tessdata().languages)


def ocr_available(language: str) -> bool:
    installed = installed_ocr_languages()
    return bool(installed) and all(part in installed for part in language.split("+"))


def read_pdf(data: bytes, name: str, ocr: OcrOptions | None = None) -> SourceDocument:
    doc = _open(data, name)
    try:
        source = _PdfReader(doc, name, ocr, data).read()
        if doc.is_repaired:
            source.warnings.append(f"{name}: the PDF was damaged and has been repaired; check the text")
        return source
    except (DocumentError, AnalysisCancelled, TooComplex):
        raise
    except Exception as exc:
        raise DocumentError(name, f"damaged PDF: text could not be read ({exc})") from exc
    finally:
        doc.close()
