"""Plain-text copies of a letter, made the way real copies come about (see ``model.TEXT_COPIES``).

The naive copy needs the printed PDF: its first-page address block is put where
page 1 ended, which only the PDF's text layer tells. All copies are pure
functions of the definition and the PDF, so ``--check`` can rebuild and compare.
"""

from __future__ import annotations

import re

import pymupdf
from checks import PdfLayers, norm
from model import Letter, Letterhead, Para, plain, superscript

_SUPERSCRIPTS = set("⁰¹²³⁴⁵⁶⁷⁸⁹")
_BREAK = "\x00"  # marks where a PDF page began, inside a chunk, until the copy is written
_SPACES_RE = re.compile(r"\s+")
_SALUTATION_RE = re.compile(r"(?:Excellency|Excellence|Excelencia|Madame|Monsieur)[,:]$|(?:Dear|Estimad[oa]) .{3,60}[,:]$")


def _normalised_with_map(chunks: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The chunks joined by spaces, whitespace collapsed and anchors dropped; each char's (chunk, offset)."""
    out: list[str] = []
    where: list[tuple[int, int]] = []
    for index, chunk in enumerate(chunks):
        if out and out[-1] != " ":
            out.append(" ")
            where.append((index, 0))
        for offset, char in enumerate(chunk):
            if char in _SUPERSCRIPTS or char == _BREAK:
                continue
            if char.isspace() or char == "\u00a0":
                if out and out[-1] == " ":
                    continue
                char = " "
            out.append(char)
            where.append((index, offset))
    return "".join(out), where


def page_ends(letter: Letter, chunks: list[str], layers: PdfLayers) -> list[tuple[int, int]]:
    """(chunk, offset just after the last character) where each PDF page but the last ended."""
    text, where = _normalised_with_map(chunks)
    ends: list[tuple[int, int]] = []
    search_from = 0
    for page in layers.body[:-1]:
        tail = " ".join(norm(page).split()[-12:])
        found = text.find(tail, search_from)
        if found < 0:
            raise ValueError(f"{letter.name}: cannot find where a page ended ({tail!r})")
        last = found + len(tail) - 1
        chunk, offset = where[last]
        offset += 1
        while offset < len(chunks[chunk]) and chunks[chunk][offset] in _SUPERSCRIPTS:
            offset += 1  # an anchor stays with its word
        ends.append((chunk, offset))
        search_from = last
    return ends


def _footnote_pages(letter: Letter, layers: PdfLayers) -> list[int]:
    squeezed = ["".join(raw.split()) for raw in layers.raw]
    return [next(i + 1 for i, raw in enumerate(squeezed) if "".join(note.split()) in raw)
            for note in letter.footnotes]


def _anchor_chunk(chunks: list[str], number: int) -> int:
    mark = superscript(number)
    return next(i for i, chunk in enumerate(chunks) if re.search(rf"(?<![⁰-⁹]){mark}(?![⁰-⁹])", chunk))


def naive_chunks(letter: Letter, layers: PdfLayers) -> list[str]:
    """Paragraphs of a naive extraction: page 1's footnotes and address block where page 1 ended."""
    chunks = letter.paragraphs_text(anchors=True)
    chunk, offset = page_ends(letter, chunks, layers)[0]
    pages = _footnote_pages(letter, layers)
    notes = [f"{superscript(n)} {text}" for n, text in enumerate(letter.footnotes, start=1)]
    after: dict[int, list[str]] = {}
    for number, (page, note) in enumerate(zip(pages, notes, strict=True), start=1):
        if page > 1:
            after.setdefault(_anchor_chunk(chunks, number), []).append(note)
    first_page = [note for page, note in zip(pages, notes, strict=True) if page == 1]
    insert = first_page + [letter.footer]
    result: list[str] = []
    for index, text in enumerate(chunks):
        if index == chunk:
            left, right = text[:offset].rstrip(), text[offset:].lstrip()
            result.append(left)
            if not right:
                result.extend(after.pop(index, []))
            result.extend(insert)
            if right:
                result.append(right)
        else:
            result.append(text)
        result.extend(after.pop(index, []))
    return result


def naive_text(letter: Letter, layers: PdfLayers) -> str:
    return "\n\n".join(naive_chunks(letter, layers)) + "\n"


def salutation_text(letter: Letter, layers: PdfLayers) -> str:
    """The naive copy from the salutation on: what a copy pasted from the letter's first words gives."""
    chunks = naive_chunks(letter, layers)
    start = next(i for i, chunk in enumerate(chunks) if _SALUTATION_RE.match(chunk))
    return "\n\n".join(chunks[start:]) + "\n"


def flat_text(letter: Letter) -> str:
    """A plain-text copy with every paragraph break flattened into a single space.

    The first-page footer comes last, as text extractors that read the main
    story first and the headers/footers afterwards emit it (docx2txt does).
    """
    if letter.footnotes:
        raise ValueError(f"{letter.name}: a flattened copy cannot keep footnotes apart; use a letter without any")
    return _SPACES_RE.sub(" ", " ".join(letter.paragraphs_text() + [letter.footer])).strip() + "\n"


def _drop_words(text: str, every: int = 23, keep_start: int = 12, keep_end: int = 10) -> str:
    """Every ``every``-th word gone, but not the first and last words (the allegations' bounds)."""
    words = text.split(" ")
    kept = [w for i, w in enumerate(words)
            if i < keep_start or i >= len(words) - keep_end or (i + 1) % every or _BREAK in w]
    return " ".join(kept)


def shared_text(letter: Letter, layers: PdfLayers) -> str:
    """A document-sharing site's copy: flattened, the letterhead repeated at each page, words dropped."""
    if letter.footnotes:
        raise ValueError(f"{letter.name}: a shared copy is flattened and cannot keep footnotes apart")
    letterhead = next(b.text for b in letter.blocks if isinstance(b, Letterhead))
    chunks = letter.paragraphs_text()
    allegations = {plain(b.text) for b in letter.blocks if isinstance(b, Para) and b.role == "allegation"}
    facts = [i for i, chunk in enumerate(chunks) if chunk in allegations]
    for page, (chunk, offset) in reversed(list(enumerate(page_ends(letter, chunks, layers), start=2))):
        text = chunks[chunk]
        chunks[chunk] = f"{text[:offset]} {_BREAK}{page}{_BREAK} {text[offset:]}"
    for index in facts:
        chunks[index] = _drop_words(chunks[index])
    flat = " ".join(chunks + [letter.footer])
    flat = re.sub(f"{_BREAK}(\\d+){_BREAK}", lambda m: f"{letterhead} {m.group(1)}", flat)
    return _SPACES_RE.sub(" ", flat).strip() + "\n"


def page_text(pdf_path, page_number: int) -> str:
    """One page of the PDF as a site shows it: each text block a paragraph, its lines joined."""
    with pymupdf.open(pdf_path) as pdf:
        blocks = pdf[page_number - 1].get_text("blocks", sort=True)
    paragraphs = [" ".join(block[4].split()) for block in blocks if block[6] == 0 and block[4].strip()]
    return "\n\n".join(paragraphs) + "\n"


def expected_present(letter: Letter, copy: str, text: str) -> list[str]:
    """Problems: what a copy's expected fields promise and its text does not hold."""
    expected = letter.expected(None, copy)
    flat = norm(text)
    problems = [f"{copy} copy lacks question {q[:50]!r}…" for q in expected["questions"] if norm(q) not in flat]
    problems += [f"{copy} copy lacks signatory {s['name']!r}" for s in expected["signatories"] if s["name"] not in flat]
    squeezed = "".join(flat.split())
    for reference in expected["cited_references"]:
        *_kind, country, number = reference.split()
        if f"{country}{number}" not in squeezed:
            problems.append(f"{copy} copy lacks the cited reference {reference!r}")
    if expected["date"] is not None and copy in ("salutation", "page2"):
        problems.append(f"{copy} copy has no date line: its expected date must be null")
    return problems

