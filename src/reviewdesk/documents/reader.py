"""One entry point: bytes of a file in, an understood document out."""

from __future__ import annotations

from pathlib import Path

from reviewdesk.documents.budget import TOO_COMPLEX, TooComplex, time_box
from reviewdesk.documents.docx import read_docx
from reviewdesk.documents.errors import DocumentError
from reviewdesk.documents.layout import PARAGRAPH_SEPARATOR
from reviewdesk.documents.letter import analyse_letter
from reviewdesk.documents.model import SourceDocument, SourceFormat
from reviewdesk.documents.pdf import OcrOptions, read_pdf
from reviewdesk.documents.text import join_all
from reviewdesk.documents.txt import read_txt
from reviewdesk.domain.letter import (
    AnalysedDocument,
    DocumentKind,
    DocumentText,
    LetterFields,
)

SUPPORTED_SUFFIXES = {".pdf": SourceFormat.PDF, ".docx": SourceFormat.DOCX, ".txt": SourceFormat.TXT}
MAX_FILE_BYTES = 200 * 1024 * 1024
LONG_DOCUMENT_PAGES = 100
_PNG = b"\x89PNG"
_JPEG = b"\xff\xd8\xff"


def sniff_format(data: bytes, name: str) -> SourceFormat:
    """The format the bytes really are; the suffix only decides between text kinds."""
    head = data[:1024]
    if head.lstrip().startswith(b"%PDF"):
        return SourceFormat.PDF
    if head.startswith(b"PK\x03\x04"):
        return SourceFormat.DOCX
    suffix = Path(name).suffix.lower()
    if head.startswith(_PNG) or head.startswith(_JPEG) or head.startswith(b"GIF8"):
        raise DocumentError(name, f"an image, not a {suffix.lstrip('.').upper() or 'document'} file; import a PDF of it instead")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise DocumentError(name, "an old binary Word (.doc) file; save it as .docx or PDF and import that")
    if suffix == ".pdf":
        raise DocumentError(name, "not a PDF file (it does not start with %PDF): damaged or mislabelled")
    if suffix == ".docx":
        raise DocumentError(name, "not a Word .docx file (it is not a ZIP package)")
    return SourceFormat.TXT


def read_source(data: bytes, name: str, ocr: OcrOptions | None = None) -> SourceDocument:
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(name, f"too large ({len(data) // (1024 * 1024)} MB; the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    if not data:
        raise DocumentError(name, "the file is empty (0 bytes)")
    fmt = sniff_format(data, name)
    if fmt is SourceFormat.PDF:
        source = read_pdf(data, name, ocr)
    elif fmt is SourceFormat.DOCX:
        source = read_docx(data, name)
    else:
        source = read_txt(data, name)
    if source.page_count > LONG_DOCUMENT_PAGES:
        source.warnings.append(f"{name}: {source.page_count} pages, unusually long for a letter; check the result")
    if source.has_text_layer and not any(p.text.strip() for p in source.paragraphs):
        raise DocumentError(name, "no text found in the file")
    return source


def analyse_file(data: bytes, name: str, ocr: OcrOptions | None = None,
                 seconds: float | None = None) -> tuple[SourceDocument, AnalysedDocument]:
    """Read and understand a file; past ``seconds`` of analysis (inside ``budget.analysis_budget``), the
    document is kept as its plain text with the warning ``TOO_COMPLEX``."""
    source = read_source(data, name, ocr)
    plain = [[line.text for line in paragraph.lines] for paragraph in source.paragraphs]  # healing edits lines
    try:
        with time_box(seconds):
            return source, analyse_letter(source)
    except TooComplex:
        return source, as_plain_text(source, plain)


def as_plain_text(source: SourceDocument, paragraphs: list[list[str]]) -> AnalysedDocument:
    """The document as read, without structure or fields: searchable and taggable, filed by hand."""
    text = PARAGRAPH_SEPARATOR.join(
        joined for joined in (join_all([line.strip() for line in lines if line.strip()]) for lines in paragraphs)
        if joined)
    return AnalysedDocument(kind=DocumentKind.UNKNOWN, body=DocumentText(text), annex=None, fields=LetterFields(),
                            page_count=source.page_count, is_ocr=source.is_ocr,
                            warnings=[*source.warnings, f"{source.name}: {TOO_COMPLEX}"])
