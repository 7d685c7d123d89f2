"""Reading Word letters with python-docx.

Word keeps what a PDF mixes into the page apart: footers and headers live in
their own parts, footnotes in ``footnotes.xml``, list numbers in the numbering
definitions. The reader walks the body XML in order so that hyperlinks,
footnote references and automatic list labels are not lost.
"""

from __future__ import annotations

import io
import zipfile
from collections import defaultdict

import docx
from docx.oxml.ns import qn

from reviewdesk.documents.budget import AnalysisCancelled, TooComplex, checkpoint
from reviewdesk.documents.errors import DocumentError
from reviewdesk.documents.model import (
    Furniture,
    FurnitureKind,
    SourceDocument,
    SourceFootnote,
    SourceFormat,
    SourceLine,
    SourceParagraph,
)
from reviewdesk.documents.text import to_superscript

_ROMAN = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _roman(value: int) -> str:
    out = ""
    for number, numeral in _ROMAN:
        while value >= number:
            out += numeral
            value -= number
    return out


def _format_number(value: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (value - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (value - 1) % 26)
    if fmt == "lowerRoman":
        return _roman(value)
    if fmt == "upperRoman":
        return _roman(value).upper()
    if fmt in ("bullet", "none"):
        return ""
    return str(value)


class _Numbering:
    """Turns ``w:numPr`` into the label Word would display ("1.", "(a)")."""

    def __init__(self, document: docx.document.Document) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, dict[int, int]] = defaultdict(dict)
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for item in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in item.findall(qn("w:lvl")):
                fmt = lvl.find(qn("w:numFmt"))
                text = lvl.find(qn("w:lvlText"))
                start = lvl.find(qn("w:start"))
                levels[int(lvl.get(qn("w:ilvl")))] = (
                    fmt.get(qn("w:val")) if fmt is not None else "decimal",
                    text.get(qn("w:val")) if text is not None else "",
                    int(start.get(qn("w:val"))) if start is not None else 1,
                )
            abstract[item.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is None:
                continue
            for level, spec in abstract.get(ref.get(qn("w:val")), {}).items():
                self.levels[(num.get(qn("w:numId")), level)] = spec

    def label(self, num_id: str, level: int) -> str | None:
        spec = self.levels.get((num_id, level))
        if spec is None:
            return None
        fmt, text, start = spec
        counters = self.counters[num_id]
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [lvl for lvl in counters if lvl > level]:
            del counters[deeper]
        if fmt in ("bullet", "none") or not text:
            return None
        label = text
        for lvl in range(level + 1):
            value = counters.get(lvl, self.levels.get((num_id, lvl), ("decimal", "", 1))[2])
            lvl_fmt = self.levels.get((num_id, lvl), ("decimal", "", 1))[0]
            label = label.replace(f"%{lvl + 1}", _format_number(value, lvl_fmt))
        return label.strip() or None


def _num_pr(paragraph_element, styles) -> tuple[str, int] | None:
    ppr = paragraph_element.find(qn("w:pPr"))
    candidates = []
    if ppr is not None:
        candidates.append(ppr.find(qn("w:numPr")))
        style = ppr.find(qn("w:pStyle"))
        if style is not None:
            style_el = styles.get(style.get(qn("w:val")))
            if style_el is not None:
                sppr = style_el.find(qn("w:pPr"))
                if sppr is not None:
                    candidates.append(sppr.find(qn("w:numPr")))
    for num_pr in candidates:
        if num_pr is None:
            continue
        num_id = num_pr.find(qn("w:numId"))
        ilvl = num_pr.find(qn("w:ilvl"))
        if num_id is not None and num_id.get(qn("w:val")) != "0":
            return num_id.get(qn("w:val")), int(ilvl.get(qn("w:val"))) if ilvl is not None else 0
    return None


def _paragraph_lines(element, footnote_labels: dict[str, str]) -> tuple[list[str], bool]:
    """The paragraph's text split at manual line breaks, and whether it is all bold."""
    lines = [""]
    bold_chars = total_chars = 0
    for run in element.iter(qn("w:r")):
        rpr = run.find(qn("w:rPr"))
        bold = rpr is not None and rpr.find(qn("w:b")) is not None and rpr.find(qn("w:b")).get(qn("w:val")) not in ("0", "false")
        for child in run:
            tag = child.tag
            if tag == qn("w:t"):
                lines[-1] += child.text or ""
                total_chars += len(child.text or "")
                bold_chars += len(child.text or "") if bold else 0
            elif tag == qn("w:tab"):
                lines[-1] += " "
            elif tag in (qn("w:br"), qn("w:cr")):
                if child.get(qn("w:type")) != "page":
                    lines.append("")
            elif tag == qn("w:footnoteReference"):
                lines[-1] += to_superscript(footnote_labels.get(child.get(qn("w:id")), ""))
    return lines, total_chars > 0 and bold_chars >= total_chars * 0.8


def _footnotes(document) -> tuple[list[SourceFootnote], dict[str, str]]:
    notes: list[SourceFootnote] = []
    labels: dict[str, str] = {}
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/footnotes"):
            root = docx.oxml.parse_xml(rel.target_part.blob)
            for note in root.findall(qn("w:footnote")):
                if note.get(qn("w:type")) in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                text = " ".join(
                    " ".join(_paragraph_lines(p, {})[0]).strip() for p in note.findall(qn("w:p"))
                ).strip()
                label = str(len(notes) + 1)
                labels[note.get(qn("w:id"))] = label
                notes.append(SourceFootnote(label=label, text=" ".join(text.split())))
    return notes, labels


def _furniture(document) -> list[Furniture]:
    items: list[Furniture] = []
    for index, section in enumerate(document.sections):
        first = index == 0
        parts = []
        if section.different_first_page_header_footer:
            parts.append((section.first_page_footer, FurnitureKind.FIRST_PAGE_FOOTER if first else FurnitureKind.FOOTER))
            parts.append((section.first_page_header, FurnitureKind.HEADER))
        parts.append((section.footer, FurnitureKind.FIRST_PAGE_FOOTER if first and not parts else FurnitureKind.FOOTER))
        parts.append((section.header, FurnitureKind.HEADER))
        for part, kind in parts:
            if part.is_linked_to_previous and not first:
                continue
            # One line per paragraph: an address block's lines are its parts.
            text = "\n".join(p.text.strip() for p in part.paragraphs if p.text.strip())
            if not text:
                continue
            if text.isdigit():
                kind = FurnitureKind.PAGE_NUMBER
            items.append(Furniture(kind, text, None))
    return items


# A letter's parts inflate to a few MB; a zip bomb (1 MB inflating to 1 GiB) is refused from the sizes the
# package declares, before anything is inflated (zipfile never inflates a member past its declared size).
MAX_PART_BYTES = 64 * 1024 * 1024
MAX_PACKAGE_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200  # inflated / compressed, for parts over 1 MiB (Word's XML compresses ~10:1, images ~1:1)


def check_package(data: bytes, name: str) -> None:
    """Refuse a ZIP whose parts would inflate past what any letter needs (a zip bomb), before reading it."""
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DocumentError(name, f"damaged Word file: the ZIP package cannot be read ({exc})") from exc
    total = sum(m.file_size for m in members)
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > MAX_PART_BYTES or (member.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            raise DocumentError(name, f"refused: its part {member.filename} would inflate to "
                                      f"{member.file_size // (1024 * 1024)} MB from {member.compress_size // 1024} KB "
                                      "(a ZIP bomb or a damaged file)")
    if total > MAX_PACKAGE_BYTES:
        raise DocumentError(name, f"refused: its parts would inflate to {total // (1024 * 1024)} MB "
                                  f"(the limit is {MAX_PACKAGE_BYTES // (1024 * 1024)} MB)")


def read_docx(data: bytes, name: str) -> SourceDocument:
    if not data:
        raise DocumentError(name, "the file is empty (0 bytes)")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise DocumentError(name, "not a Word .docx file (it is not a ZIP package)")
    check_package(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise DocumentError(name, f"damaged or unsupported Word file ({exc})") from exc
    try:
        footnotes, labels = _footnotes(document)
        numbering = _Numbering(document)
        styles = {s.get(qn("w:styleId")): s for s in document.styles.element.findall(qn("w:style"))}
        style_names = {s.style_id: s.name for s in document.styles}
        paragraphs: list[SourceParagraph] = []
        body = document.element.body
        for element in body.iter(qn("w:p")):
            checkpoint()
            lines, bold = _paragraph_lines(element, labels)
            lines = [line for line in (ln.rstrip() for ln in lines) if line.strip()]
            if not lines:
                continue
            num = _num_pr(element, styles)
            label = numbering.label(*num) if num else None
            ppr = element.find(qn("w:pPr"))
            style_id = ppr.find(qn("w:pStyle")).get(qn("w:val")) if ppr is not None and ppr.find(qn("w:pStyle")) is not None else ""
            jc = ppr.find(qn("w:jc")) if ppr is not None else None
            paragraphs.append(
                SourceParagraph(
                    lines=[SourceLine(text=line) for line in lines],
                    label=label,
                    style=style_names.get(style_id, style_id),
                    bold=bold,
                    centered=jc is not None and jc.get(qn("w:val")) == "center",
                )
            )
        furniture = _furniture(document)
    except (DocumentError, AnalysisCancelled, TooComplex):
        raise
    except Exception as exc:
        raise DocumentError(name, f"damaged Word file: text could not be read ({exc})") from exc
    return SourceDocument(
        name=name,
        format=SourceFormat.DOCX,
        paragraphs=paragraphs,
        page_count=0,
        furniture=furniture,
        footnotes=footnotes,
        has_text_layer=bool(paragraphs),
    )
