"""Reading plain-text copies of letters.

Text copies come from naive extraction: the first-page footer and footnotes sit
inside paragraphs, emphasis is marked up Markdown-style, and sometimes all
line breaks were flattened into one paragraph. This reader only decodes and
splits; :mod:`reviewdesk.documents.heal` repairs what is common to all formats.
"""

from __future__ import annotations

import re

from reviewdesk.documents.budget import checkpoint
from reviewdesk.documents.errors import DocumentError
from reviewdesk.documents.model import (
    SourceDocument,
    SourceFormat,
    SourceLine,
    SourceParagraph,
)

# Linear by construction: what a link or emphasis holds cannot contain its own opening mark, so each
# attempt stops at the next mark (an unclosed "[" or "**" used to rescan the rest of the line).
_MARKDOWN_LINK_RE = re.compile(r"\[([^\[\]\n]{1,500})\]\([^()\n]{0,500}\)")
_MARKDOWN_EMPHASIS_RE = re.compile(r"(\*\*|__)([^*_\n]{1,500})\1")
# Applied to a whole paragraph at once (three passes, not three per line): [^\S\n] is a space within a line.
_BULLET_RE = re.compile(r"^[^\S\n]*[-*•][^\S\n]+(?=\(?[0-9a-zA-Z]{1,3}[.)][^\S\n])", re.MULTILINE)
_BLANK_LINES_RE = re.compile(r"\n[ \t]*\n+")
MAX_PARAGRAPH_LINES = 200


def decode_text(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if not data.strip():
        raise DocumentError(name, "the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as exc:
            raise DocumentError(name, f"broken UTF-16 text ({exc.reason})") from exc
    if b"\x00" in data[:4096]:
        raise DocumentError(name, "binary data, not a text file")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        position = exc.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            name, f"not UTF-8 text (invalid byte at offset {position}) and not Windows-1252 either"
        ) from exc
    return text, [f"{name}: not UTF-8 (invalid byte at offset {position}); read as Windows-1252"]


def _strip_markup(text: str) -> str:
    text = _MARKDOWN_LINK_RE.sub(r"\1", text)
    text = _MARKDOWN_EMPHASIS_RE.sub(r"\2", text)
    return _BULLET_RE.sub("", text)


def read_txt(data: bytes, name: str) -> SourceDocument:
    text, warnings = decode_text(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for chunk in _BLANK_LINES_RE.split(text):
        checkpoint()
        lines = [line.rstrip() for line in _strip_markup(chunk).split("\n")]
        lines = [line for line in lines if line.strip()]
        # No letter has a paragraph of hundreds of lines: cutting such a run bounds the work per paragraph.
        for first in range(0, len(lines), MAX_PARAGRAPH_LINES):
            paragraphs.append(SourceParagraph(lines=[SourceLine(text=line) for line in
                                                     lines[first:first + MAX_PARAGRAPH_LINES]]))
    return SourceDocument(
        name=name,
        format=SourceFormat.TXT,
        paragraphs=paragraphs,
        has_text_layer=bool(paragraphs),
        warnings=warnings,
    )
