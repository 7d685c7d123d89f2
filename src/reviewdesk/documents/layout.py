"""Laying paragraphs out as the stored text, keeping where each piece came from.

Flowing paragraphs are reflowed (line breaks become spaces, hyphens at line
ends undone where the word exists unbroken elsewhere); block paragraphs
(letterhead, reference block, signatures) keep their lines. Paragraphs are
separated by a blank line. Each PDF line's range in the text is kept with its
page and box, so a span of text can be found on the rendered page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reviewdesk.documents.budget import checkpoint
from reviewdesk.documents.model import SourceLine, SourceParagraph
from reviewdesk.documents.text import clean_line
from reviewdesk.domain.letter import DocumentText, Section, SectionKind, TextBlock

PARAGRAPH_SEPARATOR = "\n\n"
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
_TRAILING_PART_RE = re.compile(r"([^\W\d_]+)-$")
_LEADING_PART_RE = re.compile(r"^([^\W\d_]+)")
_CONTEXT = 200  # characters before a line end that decide how the next line joins it (longer than any word)


def vocabulary(paragraphs: list[SourceParagraph]) -> set[str]:
    """Lower-cased words of the document, to decide whether a line-end hyphen is real."""
    words: set[str] = set()
    for paragraph in paragraphs:
        checkpoint()
        for line in paragraph.lines:
            words.update(w.lower() for w in _WORD_RE.findall(line.text))
    return words


def _join_hyphenated(left: str, right: str, words: set[str]) -> str | None:
    """``left`` ends with a hyphen: the joined text, or None to join with a space."""
    if left.endswith("\u00ad"):
        return left[:-1] + right
    if left.endswith("-") and left[-2:-1].isalpha() and right[:1].isupper():
        return left + right  # "Testemunha-" / "Silva": a hyphenated name, not a broken word
    if not left.endswith("-") or not right[:1].islower():
        return None
    head = _TRAILING_PART_RE.search(left)
    tail = _LEADING_PART_RE.match(right)
    if not head or not tail:
        return left + right
    whole = (head.group(1) + tail.group(1)).lower()
    hyphenated = f"{head.group(1)}-{tail.group(1)}".lower()
    if whole in words and hyphenated not in words:
        return left[:-1] + right
    return left + right


@dataclass
class LaidOutParagraph:
    source: SourceParagraph
    section: SectionKind
    start: int = 0
    end: int = 0


@dataclass
class Layout:
    """Builds one document's text paragraph by paragraph."""

    words: set[str]
    parts: list[str] = field(default_factory=list)
    blocks: list[TextBlock] = field(default_factory=list)
    laid_out: list[LaidOutParagraph] = field(default_factory=list)
    length: int = 0

    def add(self, paragraph: SourceParagraph, section: SectionKind, *, keep_lines: bool = False) -> LaidOutParagraph:
        if self.parts:
            self.parts.append(PARAGRAPH_SEPARATOR)
            self.length += len(PARAGRAPH_SEPARATOR)
        start = self.length
        # The paragraph is built as a list (linear in its lines); decisions at a line end look only at the
        # last _CONTEXT characters, so a paragraph of a million lines costs what its text costs.
        chunks: list[str] = []
        length = 0
        context = ""
        pending: list[tuple[int, int, SourceLine]] = []
        if paragraph.label:
            chunks.append(paragraph.label + " ")
            length = len(chunks[0])
            context = chunks[0]
        for line in paragraph.lines:
            checkpoint()
            piece = clean_line(line.text)
            if not piece:
                continue
            if not chunks or context.endswith(" "):
                glue = ""
            elif keep_lines:
                glue = "\n"
            else:
                merged = _join_hyphenated(context, piece, self.words)
                glue = " " if merged is None else ""
                if merged is not None and len(merged) < len(context) + len(piece):  # the hyphen goes
                    chunks[-1] = chunks[-1][:-1]
                    length -= 1
                    context = context[:-1]
            if glue:
                chunks.append(glue)
            chunks.append(piece)
            offset = length + len(glue)
            length = offset + len(piece)
            context = (context + glue + piece)[-_CONTEXT:]
            pending.append((offset, length, line))
        text = "".join(chunks)
        self.parts.append(text)
        self.length += len(text)
        for offset, end, line in pending:
            if line.bbox is not None:
                self.blocks.append(TextBlock(start + offset, start + end, line.page, line.bbox))
        laid = LaidOutParagraph(paragraph, section, start, start + len(text))
        self.laid_out.append(laid)
        return laid

    def add_text(self, text: str, section: SectionKind) -> LaidOutParagraph:
        return self.add(SourceParagraph([SourceLine(text)]), section)

    def text(self) -> str:
        return "".join(self.parts)

    def sections(self) -> list[Section]:
        """Consecutive paragraphs of one kind form a section."""
        sections: list[Section] = []
        for laid in self.laid_out:
            if sections and sections[-1].kind is laid.section:
                last = sections[-1]
                sections[-1] = Section(last.kind, last.start, laid.end, last.title)
            else:
                sections.append(Section(laid.section, laid.start, laid.end))
        return sections

    def document(self, extra_sections: list[Section] | None = None) -> DocumentText:
        pages = [block.page for block in self.blocks if block.page is not None]
        sections = sorted(self.sections() + (extra_sections or []), key=lambda s: (s.start, -s.end))
        return DocumentText(
            text=self.text(),
            blocks=list(self.blocks),
            sections=sections,
            first_page=min(pages) if pages else None,
            last_page=max(pages) if pages else None,
        )
