"""Arabic replies printed to PDF by LibreOffice: the lam-alef ligatures read in reading order.

LibreOffice maps one glyph to the two letters "لا" (also "لأ", "لإ", "لى") and writes the
line from left to right; the reader must give "الادعاءات", not "االدعاءات" (documents/bidi.py).
The reply is fictional, written here with python-docx and converted with the system's soffice.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import docx
import pymupdf
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt
from sqlalchemy import select

from reviewdesk.db.models import Document
from reviewdesk.documents.bidi import has_rtl
from reviewdesk.documents.pdf import _FLAGS, _text_layer_content
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS

REPLY = [
    "البعثة الدائمة لدى مكتب الأمم المتحدة في جنيف",
    "الرقم المرجعي: AL OTH 12/2026",
    "تهدي البعثة أطيب تحياتها وتود أن تؤكد أن الادعاءات الواردة في الرسالة لا أساس لها من الصحة.",
    "وتشير الحكومة إلى الإعلان العالمي لحقوق الإنسان وإلى التزامها بالسلام والأمن، ولا تقبل الادعاء"
    " بأن احتجاز اللاجئين كان تعسفيا.",
]
LAM_ALEF_WORDS = ["لا", "الادعاءات", "بالسلام", "الإعلان", "إلى", "اللاجئين", "والأمن", "الأمم", "ولا"]
_ARABIC_WORD = re.compile("[\u0621-\u064a]+")

def _words(text: str) -> list[str]:
    return _ARABIC_WORD.findall(unicodedata.normalize("NFKC", text))


def _libreoffice_pdf(folder: Path, font: str) -> Path:
    document = docx.Document()
    for text in REPLY:
        paragraph = document.add_paragraph()
        paragraph._p.get_or_add_pPr().append(paragraph._p.makeelement(qn("w:bidi"), {}))
        run = paragraph.add_run(text)
        run.font.size = Pt(13)
        properties = run._r.get_or_add_rPr()
        properties.append(properties.makeelement(qn("w:rFonts"), {qn(f"w:{k}"): font for k in ("ascii", "hAnsi", "cs")}))
        properties.append(properties.makeelement(qn("w:rtl"), {}))
        properties.append(properties.makeelement(qn("w:szCs"), {qn("w:val"): "26"}))
    source = folder / "reply_arabic.docx"
    document.save(source)
    # A profile of its own: another soffice of the machine holds the default one's lock.
    subprocess.run(["soffice", f"-env:UserInstallation=file://{folder / 'profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=120)
    return source.with_suffix(".pdf")


# Sans: every lam-alef is one glyph; Kufi: some are; Naskh: none (two glyphs, already in order).
@pytest.mark.parametrize("font", ["Noto Sans Arabic", "Noto Kufi Arabic", "Noto Naskh Arabic"])
def test_libreoffice_arabic_reply_is_stored_with_lam_alef_in_reading_order(store, tmp_path, font):
    pdf = _libreoffice_pdf(tmp_path, font)
    with pymupdf.open(pdf) as doc:
        assert font.replace(" ", "") in " ".join(f[3] for f in doc[0].get_fonts())  # the font asked for
    assert not import_paths(store, [pdf], ocr_language=None).failed
    with store.session() as session:
        stored = session.scalar(select(Document)).text
    words = _words(stored)
    assert words == _words(" ".join(REPLY))
    for word in LAM_ALEF_WORDS:
        assert word in words
    assert "االدعاءات" not in stored and "إىل" not in stored


def test_a_latin_pdf_is_read_as_before(tmp_path):
    with pymupdf.open(LETTERS / "AL_OTH_78_2021.pdf") as doc:
        for page in doc:
            before = page.get_text("dict", flags=_FLAGS)
            assert not has_rtl(before)
            assert _text_layer_content(page) == before
