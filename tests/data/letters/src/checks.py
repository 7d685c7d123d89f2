"""Checks that the printed files really hold what the expected JSON promises.

The PDF text layer is read with PyMuPDF. The "body layer" keeps the spans in
body size (>= 9.5 pt) and drops the page numbers: that leaves out the
letterhead, the cover note, footnote anchors and texts and the first-page
footer, so every paragraph of the letter must be found there whole, even one
that runs over a page break.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import docx
import pymupdf
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from model import BilingualLetterhead, CoverNote, DateLine, Letter, Letterhead, Questions, Reference, label, plain

BODY_MIN_SIZE = 9.5  # body 12 pt, mandates 10 pt; letterhead 8, footer and footnotes 9, anchors ~7
PAGE_NUMBER_ZONE = 100  # points from the bottom of the page where the page number sits
MAX_PDF_BYTES = 150_000


def norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@dataclass
class PdfLayers:
    pages: int
    raw: list[str]  # whole text of each page, whitespace-normalised
    body: list[str]  # body-size text of each page without the page number, whitespace-normalised
    page_numbers: list[str]  # the page number printed at the bottom of each page ("" if none)
    size: int

    @property
    def body_all(self) -> str:
        return norm(" ".join(self.body))


def _join_lines(lines: list[str]) -> str:
    """Join printed lines; a line ending in a hyphen is a hyphenated word (LibreOffice does not hyphenate)."""
    text = ""
    for line in lines:
        line = line.strip()
        text += line if text.endswith("-") or not text else " " + line
    return norm(text)


def squeeze(text: str) -> str:
    """Text without any whitespace: the letter-spaced letterhead comes out as "P A L A I S"."""
    return "".join(text.split())


def read_pdf(path: Path) -> PdfLayers:
    raw, body, numbers = [], [], []
    with pymupdf.open(path) as pdf:
        for page in pdf:
            raw.append(norm(page.get_text()))
            bottom = page.rect.height - PAGE_NUMBER_ZONE
            body_lines, number = [], ""
            for block in page.get_text("dict")["blocks"]:
                for line in block.get("lines", []):
                    spans = line["spans"]
                    whole = "".join(s["text"] for s in spans).strip()
                    if whole.isdigit() and line["bbox"][1] >= bottom:
                        number = whole
                        continue
                    kept, previous_end = "", None
                    for span in spans:
                        if span["size"] < BODY_MIN_SIZE or not span["text"]:
                            continue
                        gap = previous_end is not None and span["bbox"][0] - previous_end > 1.5
                        kept += (" " if gap else "") + span["text"]
                        previous_end = span["bbox"][2]
                    if kept.strip():
                        body_lines.append(kept)
            body.append(_join_lines(body_lines))
            numbers.append(number)
        pages = pdf.page_count
    return PdfLayers(pages, raw, body, numbers, path.stat().st_size)


@dataclass
class Report:
    name: str
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def check(self, condition: bool, message: str) -> None:
        if not condition:
            self.problems.append(message)


def check_pdf(letter: Letter, path: Path) -> tuple[PdfLayers, Report]:
    report = Report(path.name)
    layers = read_pdf(path)
    report.check(layers.size <= MAX_PDF_BYTES, f"PDF is {layers.size} bytes (> {MAX_PDF_BYTES})")

    # Page furniture: the addressee footer on page 1 only, page numbers on the others.
    footer = norm(letter.footer)
    report.check(footer in layers.raw[0], "first-page footer missing from page 1")
    report.check(layers.page_numbers[0] == "", "page 1 carries a page number")
    for number in range(2, layers.pages + 1):
        printed = layers.page_numbers[number - 1]
        report.check(printed == str(number), f"page {number}: page number reads {printed!r}")
        report.check(footer not in layers.raw[number - 1], f"page {number} repeats the first-page footer")

    # Small print is in the raw text layer.
    for block in letter.blocks:
        small = []
        if isinstance(block, Letterhead):
            small = [block.text]
        elif isinstance(block, BilingualLetterhead):
            small = block.left + block.right + [block.address]
        elif isinstance(block, CoverNote):
            small = [plain(block.text)]
        elif isinstance(block, Reference) and block.note:
            small = [block.note]
        for text in small:
            report.check(squeeze(text) in squeeze(layers.raw[0]), f"page 1 lacks {text!r}")
    for note in letter.footnotes:
        pages = [i + 1 for i, raw in enumerate(layers.raw) if squeeze(note) in squeeze(raw)]
        report.check(bool(pages), f"footnote text missing: {note[:50]!r}…")
        if pages:
            report.notes.append(f"footnote on page {pages[0]}: {note[:40]}…")

    # Every body paragraph is in the body layer, whole (page furniture removed).
    body_all = layers.body_all
    small_texts = {norm(t) for b in letter.blocks if isinstance(b, (Letterhead, CoverNote))
                   for t in [plain(b.text)]}
    small_texts.update(norm(b.note) for b in letter.blocks if isinstance(b, Reference) and b.note)
    for b in letter.blocks:
        if isinstance(b, BilingualLetterhead):
            small_texts.update(norm(t) for t in b.left + b.right + [b.address])
    for text in letter.paragraphs_text():
        if norm(text) in small_texts:
            continue
        report.check(norm(text) in body_all, f"body text layer lacks {text[:70]!r}…")
    for forbidden in letter.must_not_appear_in_body:
        # Neither the letterhead nor the footer may be glued into the body layer.
        report.check(forbidden not in body_all, f"body layer contains {forbidden!r}")

    # Where each question falls; the promised split really happens.
    index = 0
    for block in letter.blocks:
        if not isinstance(block, Questions):
            continue
        for position, item in enumerate(block.items):
            text = norm(f"{label(block.style, position)} {plain(item)}")
            head, tail = text[:45], text[-45:]
            start = next((p for p, page in enumerate(layers.body) if head in page), None)
            end = next((p for p, page in enumerate(layers.body) if tail in page), None)
            split = start is not None and end is not None and end > start
            if split:
                report.notes.append(f"question {index + 1} runs from page {start + 1} to page {end + 1}")
            if letter.split_question == index:
                report.check(split, f"question {index + 1} was meant to run over a page break but does not "
                                    f"(starts on page {start and start + 1}, ends on page {end and end + 1}); "
                                    "adjust the text before it")
            index += 1
    return layers, report


def check_docx(letter: Letter, path: Path) -> Report:
    report = Report(path.name)
    document = docx.Document(str(path))
    section = document.sections[0]
    report.check(section.different_first_page_header_footer, "no distinct first-page footer")
    first = " ".join(p.text for p in section.first_page_footer.paragraphs)
    report.check(norm(first) == norm(letter.footer), f"first-page footer reads {first!r}")
    report.check(bool(section.footer._element.xpath(".//w:instrText[contains(., 'PAGE')]")),
                 "page footer has no PAGE field")
    styles = {p.style.name for p in document.paragraphs}
    wanted = {"Mandates", "Body", "SigName", "SigTitle"} | ({"Date"} if any(isinstance(b, DateLine) for b in
                                                                            letter.blocks) else set())
    for name in sorted(wanted):
        report.check(name in styles, f"style {name} unused")
    rels = [r for r in document.part.rels.values() if r.reltype == RT.FOOTNOTES]
    if letter.footnotes:
        report.check(len(rels) == 1, "footnotes part missing")
        if rels:
            xml = rels[0].target_part.blob.decode("utf-8")
            for note in letter.footnotes:
                report.check(note.replace("&", "&amp;") in xml, f"footnote not in footnotes.xml: {note[:40]!r}")
        anchors = len(document.element.body.xpath(".//w:footnoteReference"))
        report.check(anchors == len(letter.footnotes), f"{anchors} footnote anchors for {len(letter.footnotes)} notes")
    else:
        report.check(not rels, "unexpected footnotes part")
    auto = sum(len(b.items) for b in letter.blocks if isinstance(b, Questions) and b.auto)
    numbered = [p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    report.check(len(numbered) >= auto, f"{len(numbered)} auto-numbered paragraphs for {auto} auto-numbered questions")
    text = "\n".join(p.text for p in document.paragraphs)
    report.check(letter.reference.split()[1] in text, "reference country missing from the DOCX text")
    return report

