"""A briefing as PDF: LibreOffice (``soffice --headless --convert-to pdf``) converts the .docx.

The conversion runs in a private temporary folder with its own LibreOffice profile, so it neither
collides with a LibreOffice the reviewer has open nor leaves anything behind. A portfolio is converted
twice: the first rendering's outline gives each heading's page, which the table of contents then shows.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pymupdf

from reviewdesk.documents.briefing_toc import (
    LEVELS,
    fill_table_of_contents,
    heading_entries,
)
from reviewdesk.domain.errors import ReviewDeskError

CONVERSION_SECONDS = 300
# The comments (tags, answers) become PDF notes on their words; a LibreOffice older than 7.4 reads no
# JSON filter options and is asked again with the plain filter.
WITH_NOTES = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'


class PdfConversionError(ReviewDeskError):
    pass


class _NoPdf(PdfConversionError):
    """LibreOffice ran and wrote nothing (not a timeout, not a missing program): worth one plainer try."""


def soffice() -> str | None:
    """LibreOffice's command, if installed (``soffice``, or ``libreoffice`` as some distributions name it)."""
    return shutil.which("soffice") or shutil.which("libreoffice")


class Converter:
    """One LibreOffice profile for the conversions of one export (the first start creates it: slow)."""

    def __init__(self, folder: Path, target: Path) -> None:
        self.command = soffice()
        self.target = target
        if self.command is None:
            raise PdfConversionError(f"{target}: a PDF needs LibreOffice (soffice), which is not installed; "
                                     "export the .docx and print it to PDF from Word instead")
        self.folder = folder
        self.profile = (folder / "profile").as_uri()

    def convert(self, data: bytes) -> bytes:
        try:
            return self._convert(data, WITH_NOTES)
        except _NoPdf:
            return self._convert(data, "pdf")

    def _convert(self, data: bytes, output: str) -> bytes:
        source = self.folder / "briefing.docx"
        produced = self.folder / "briefing.pdf"
        source.write_bytes(data)
        if produced.exists():
            produced.unlink()
        command = [self.command, "--headless", "--norestore", "--nologo", f"-env:UserInstallation={self.profile}",
                   "--convert-to", output, "--outdir", str(self.folder), str(source)]
        try:
            finished = subprocess.run(command, capture_output=True, timeout=CONVERSION_SECONDS, check=False,
                                      stdin=subprocess.DEVNULL, env={**os.environ, "HOME": str(self.folder)})
        except subprocess.TimeoutExpired as exc:
            raise PdfConversionError(f"{self.target}: LibreOffice did not finish the PDF within "
                                     f"{CONVERSION_SECONDS} s; nothing was written") from exc
        except OSError as exc:
            raise PdfConversionError(f"{self.target}: LibreOffice could not be started ({exc.strerror or exc})") from exc
        if not produced.is_file() or produced.stat().st_size == 0:
            detail = (finished.stderr or finished.stdout).decode("utf-8", "replace").strip().splitlines()
            reason = next((line for line in detail if "javaldx" not in line), f"exit status {finished.returncode}")
            raise _NoPdf(f"{self.target}: LibreOffice wrote no PDF ({reason}); nothing was written")
        return produced.read_bytes()


def outline_pages(pdf: bytes) -> list[tuple[int, str, int]]:
    """(level, title, page) of the PDF's outline (LibreOffice writes one entry per heading)."""
    with pymupdf.open(stream=pdf, filetype="pdf") as document:
        return [(level, title, page) for level, title, page in document.get_toc(simple=True)]


def _pages_for(document, outline: list[tuple[int, str, int]]) -> list[int] | None:
    """The page of each entry of the table of contents, or None when the outline does not match its headings."""
    entries = heading_entries(document)
    listed = [(level, " ".join(title.split()), page) for level, title, page in outline if level <= LEVELS]
    if len(listed) != len(entries):
        return None
    for (level, text), (listed_level, title, _page) in zip(entries, listed):
        if level != listed_level or " ".join(text.split()) != title:
            return None
    return [page for _level, _title, page in listed]


def briefing_pdf(document, target: Path, portfolio: bool) -> tuple[bytes, bytes]:
    """(.docx bytes, PDF bytes) of a written briefing; a portfolio's table of contents gains its page numbers
    in both."""
    def docx_bytes() -> bytes:
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    with tempfile.TemporaryDirectory(prefix="reviewdesk-pdf-") as folder:
        converter = Converter(Path(folder), target)
        data = docx_bytes()
        pdf = converter.convert(data)
        if portfolio:
            pages = _pages_for(document, outline_pages(pdf))
            if pages is not None and fill_table_of_contents(document, pages):
                data = docx_bytes()
                pdf = converter.convert(data)
        return data, pdf
