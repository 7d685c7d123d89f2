"""Reading plain-text copies of letters.

Text copies come from naive extraction: the first-page footer and footnotes sit
inside paragraphs, emphasis is marked up Markdown-style, and sometimes all
line breaks were flattened into one paragraph. This reader only decodes and
splits; :mod:`reviewdesk.documents.heal` repairs what is common to all formats.
"""

from __future__ import annotations

import re

from reviewdesk.documents.errors import DocumentError
from reviewdesk.documents.model import SourceDocument, SourceFormat, SourceLine, SourceParagraph

_MARKDOWN_LINK_RE = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_MARKDOWN_EMPHASIS_RE = re.compile(r"(\*\*|__)(.+?)\1")
_BULLET_RE = re.compile(r"^\s*[-*•]\s+(?=\(?[0-9a-zA-Z]{1,3}[.)]\s)")
_BLANK_LINES_RE = re.compile(r"\n[ \t]*\n+")


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


def _strip_markup(line: str) -> str:
    line = _MARKDOWN_LINK_RE.sub(r"\1", line)
    line = _MARKDOWN_EMPHASIS_RE.sub(r"\2", line)
    return _BULLET_RE.sub("", line)


def read_txt(data: bytes, name: str) -> SourceDocument:
    text, warnings = decode_text(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for chunk in _BLANK_LINES_RE.split(text):
        lines = [_strip_markup(line).rstrip() for line in chunk.split("\n")]
        lines = [line for line in lines if line.strip()]
        if lines:
            paragraphs.append(SourceParagraph(lines=[SourceLine(text=line) for line in lines]))
    return SourceDocument(
        name=name,
        format=SourceFormat.TXT,
        paragraphs=paragraphs,
        has_text_layer=bool(paragraphs),
        warnings=warnings,
    )
