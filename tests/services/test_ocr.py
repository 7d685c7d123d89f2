"""Scanned letters are read with Tesseract through PyMuPDF."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from reviewdesk.db.models import Document
from reviewdesk.documents.pdf import ocr_available
from reviewdesk.services.cases import case_detail
from reviewdesk.services.dto import ImportStatus
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS

pytestmark = pytest.mark.slow


def test_scanned_fixture_imports_with_reference_date_and_all_questions(store, fixture_letter_expected):
    assert ocr_available("eng"), "the test command installs Tesseract with English"
    progress = []
    summary = import_paths(store, [LETTERS / "AL_OTH_78_2021_scanned.pdf"],
                           progress=lambda done, total, path: progress.append(path))
    (result,) = summary.results
    assert result.reference == "AL OTH 78/2021"
    assert any("OCR page 7/7" in p for p in progress)
    detail = case_detail(store, "AL OTH 78/2021")
    letter = detail.letter()
    assert letter.is_ocr and not letter.needs_ocr
    assert letter.fields["date"] == fixture_letter_expected["date"]
    assert letter.fields["reply_due"] == fixture_letter_expected["reply_due"]
    questions = [q.text for q in letter.questions]
    assert len(questions) == 8
    for got, expected in zip(questions, fixture_letter_expected["questions"]):
        assert got.split()[:6] == expected.split()[:6]  # same question in the same place; OCR may differ in detail
    assert detail.annex() is not None
    with store.session() as session:
        assert session.scalar(select(Document.is_ocr).where(Document.kind == "annex"))


def test_unreadable_scan_is_kept_unpaired_with_a_clear_warning(store, tmp_path):
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    blank = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 400, 560), False)
    blank.set_rect(blank.irect, (255,))
    page.insert_image(page.rect, pixmap=blank)
    path = tmp_path / "blank_scan.pdf"
    doc.save(path)
    (result,) = import_paths(store, [path]).results
    assert result.status.value == "imported" and result.reference is None
    assert any("blank_scan.pdf: OCR found almost no text" in w for w in result.warnings)
    with store.session() as session:
        document = session.scalar(select(Document))
        assert document.case_id is None and document.needs_ocr


def _blank_scan(pages: int) -> bytes:
    """A scan of blank sheets: one grey-white image (with a few specks of dust) on every page."""
    import io
    import random

    import pymupdf

    rng = random.Random(13)
    pixmap = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 850, 1100), False)
    pixmap.set_rect(pixmap.irect, (250,))
    for _ in range(30):
        pixmap.set_pixel(rng.randrange(850), rng.randrange(1100), (40,))
    image = pixmap.tobytes("png")
    scan = pymupdf.open()
    xref = 0
    for _ in range(pages):
        page = scan.new_page()
        xref = page.insert_image(page.rect, stream=io.BytesIO(image), xref=xref) if xref else \
            page.insert_image(page.rect, stream=io.BytesIO(image))
    return scan.tobytes()


def test_a_long_blank_scan_skips_tesseract_and_reports_every_page(store, tmp_path):
    """Issue #13: 2,000 blank pages kept OCR busy for minutes, with no progress off a terminal."""
    path = tmp_path / "blank.pdf"
    path.write_bytes(_blank_scan(2000))
    seen: list[str] = []
    (result,) = import_paths(store, [path], progress=lambda done, total, label: seen.append(label)).results
    assert result.status is ImportStatus.IMPORTED
    assert "blank.pdf: 2000 of 2000 pages are blank; not read by OCR" in result.warnings
    assert [label for label in seen if "OCR page" in label] == [f"{path} (OCR page {n}/2000)" for n in range(1, 2001)]
