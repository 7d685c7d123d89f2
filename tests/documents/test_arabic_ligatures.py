"""Arabic replies printed to PDF by LibreOffice: the lam-alef ligatures and the lines read in reading order.

LibreOffice maps one glyph to the two letters "لا" (also "لأ", "لإ", "لى") and writes the
line from left to right; the reader must give "الادعاءات", not "االدعاءات" (documents/bidi.py).
A line mixing Arabic with a reference, a date or a full stop must read as written, not as
MuPDF's pieces ("AL OTH :المرجع 12 2026 /"), so that the reference is found and the reply paired.
The replies are fictional, written here with python-docx and converted with the system's soffice.
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

from reviewdesk.db.models import Document, StoredFile
from reviewdesk.documents.bidi import has_rtl
from reviewdesk.documents.pdf import _FLAGS, _text_layer_content
from reviewdesk.domain.reference import find_references
from reviewdesk.domain.vocabulary import REPLY_KINDS, DocumentKind
from reviewdesk.services.cases import case_detail
from reviewdesk.services.document_kinds import set_document_kind
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


# A reply citing its letter, with a full stop, a Latin word in brackets and a date in its lines.
MIXED_REPLY = [
    "البعثة الدائمة لدى مكتب الأمم المتحدة في جنيف",
    "المرجع: AL OTH 12/2026",
    "تهدي البعثة أطيب تحياتها إلى المقررين الخاصين في جنيف (Geneva) وتشير إلى رسالتهم المؤرخة 15/03/2026.",
    "وتود أن تؤكد أن الادعاءات الواردة في الرسالة لا أساس لها من الصحة.",
]
MIXED_REFERENCE = "AL OTH 12/2026"
FONTS = ["Noto Sans Arabic", "Noto Kufi Arabic", "Noto Naskh Arabic"]


def _normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _libreoffice_pdf(folder: Path, font: str, paragraphs: list[str] = REPLY) -> Path:
    document = docx.Document()
    for text in paragraphs:
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
@pytest.mark.parametrize("font", FONTS)
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


def _letter(folder: Path, reference: str) -> Path:
    """The fixture letter, refiled under ``reference`` (a fictional case for the Arabic reply)."""
    letter = folder / f"{reference.replace(' ', '_').replace('/', '_')}.txt"
    text = (LETTERS / "AL_OTH_78_2021.txt").read_text(encoding="utf-8")
    letter.write_text(text.replace("AL OTH 78/2021", reference), encoding="utf-8")
    return letter


@pytest.mark.parametrize("font", FONTS)
def test_an_arabic_reply_with_a_reference_date_and_full_stop_is_read_in_order_and_paired(store, tmp_path, font):
    pdf = _libreoffice_pdf(tmp_path, font, MIXED_REPLY)
    with pymupdf.open(pdf) as doc:  # the defect: MuPDF's own order of the reference line
        assert MIXED_REFERENCE not in doc[0].get_text()
    report = import_paths(store, [_letter(tmp_path, MIXED_REFERENCE), pdf], ocr_language=None)
    assert not report.failed
    with store.session() as session:
        stored = session.scalar(select(Document.text).join(Document.file).where(StoredFile.filename == pdf.name))
    text = _normalised(stored)
    for paragraph in MIXED_REPLY:
        assert _normalised(paragraph) in text
    assert not text.startswith(".") and ".تهدي" not in text and ".وتود" not in text
    assert [str(m.reference) for m in find_references(stored)] == [MIXED_REFERENCE]
    # The reader has no Arabic hallmarks of a reply yet: the reviewer says what it is, and it is read again.
    with store.session() as session:
        reply_id = session.scalar(select(Document.id).join(Document.file).where(StoredFile.filename == pdf.name))
    set_document_kind(store, reply_id, DocumentKind.REPLY)
    replies = [d for d in case_detail(store, MIXED_REFERENCE).documents if d.kind in REPLY_KINDS]
    assert [d.filename for d in replies] == [pdf.name]


def test_an_arabic_line_is_rebuilt_from_its_pieces(tmp_path):
    with pymupdf.open(_libreoffice_pdf(tmp_path, FONTS[0], MIXED_REPLY)) as doc:
        content = _text_layer_content(doc[0])
    lines = ["".join(s["text"] for s in line["spans"]) for b in content["blocks"] for line in b.get("lines", ())]
    assert "المرجع: AL OTH 12/2026" in [_normalised(line) for line in lines]
    assert all(line.strip() not in {"/", ".", ""} for line in lines)  # no piece left on its own
