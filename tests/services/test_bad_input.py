"""Bad files get one clear line naming the file and the reason; the store keeps what it had."""

from __future__ import annotations

import pymupdf
import pytest
from sqlalchemy import func, select

from reviewdesk.db.models import Case, Document, StoredFile
from reviewdesk.services.dto import ImportStatus
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS

GOOD = LETTERS / "AL_OTH_78_2021.pdf"


def _counts(store):
    with store.session() as session:
        return tuple(session.scalar(select(func.count()).select_from(m)) for m in (Case, Document, StoredFile))


def _encrypted_pdf() -> bytes:
    doc = pymupdf.open(GOOD)
    data = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="owner", user_pw="secret")
    doc.close()
    return data


def _png() -> bytes:
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 8, 8), False)
    return pix.tobytes("png")


def _zero_page_pdf() -> bytes:
    """A well-formed PDF (with a correct xref table) whose page tree is empty."""
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[]/Count 0>>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 3\n0000000000 65535 f \n"
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<</Size 3/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)

BAD_FILES = {
    "empty.pdf": (lambda: b"", "empty"),
    "corrupt.pdf": (lambda: b"%PDF-1.7\n" + bytes(range(256)) * 40, "damaged"),
    "truncated.pdf": (lambda: GOOD.read_bytes()[:3000], "damaged"),
    "locked.pdf": (_encrypted_pdf, "password-protected"),
    "zero-pages.pdf": (_zero_page_pdf, "has no pages"),
    "picture.pdf": (_png, "an image"),
    "binary.txt": (lambda: b"\x00\x01\x02binary\x00" * 10, "binary"),
    "notes.docx": (lambda: b"just some text, not a zip", "not a Word .docx"),
    "empty.txt": (lambda: b"   \n\n ", "empty"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_fails_clearly_and_changes_nothing(store, tmp_path, name):
    import_paths(store, [GOOD])
    before = _counts(store)
    make, reason = BAD_FILES[name]
    bad = tmp_path / name
    bad.write_bytes(make())
    summary = import_paths(store, [bad])
    (result,) = summary.results
    assert result.status is ImportStatus.FAILED
    assert reason in result.reason
    assert "\n" not in result.reason
    assert _counts(store) == before


def test_good_files_kept_when_others_fail(store, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a_corrupt.pdf").write_bytes(b"%PDF-1.5 garbage")
    (folder / "b_letter.pdf").write_bytes(GOOD.read_bytes())
    (folder / "c_empty.docx").write_bytes(b"")
    summary = import_paths(store, [folder])
    assert [r.status for r in summary.results] == [ImportStatus.FAILED, ImportStatus.IMPORTED, ImportStatus.FAILED]
    assert summary.imported[0].reference == "AL OTH 78/2021"
    assert _counts(store)[0] == 1


def test_scan_without_text_layer_is_kept_for_ocr_without_guessing(store):
    summary = import_paths(store, [LETTERS / "AL_OTH_78_2021_scanned.pdf"], ocr_language=None)
    (result,) = summary.results
    assert result.status is ImportStatus.IMPORTED
    assert result.reference is None
    assert any("needs OCR" in w for w in result.warnings)
    with store.session() as session:
        document = session.scalar(select(Document))
        assert document.needs_ocr and document.case_id is None and document.text == ""
        assert session.scalar(select(func.count()).select_from(Case)) == 0


def test_non_utf8_text_is_read_with_a_warning(store, tmp_path):
    text = (LETTERS / "AL_OTH_78_2021.txt").read_text(encoding="utf-8")
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(text.replace("“", '"').replace("”", '"').replace("’", "'").replace("–", "-")
                       .replace("¹", "1").encode("cp1252", errors="replace"))
    (result,) = import_paths(store, [legacy]).results
    assert result.status is ImportStatus.IMPORTED
    assert result.reference == "AL OTH 78/2021"
    assert any("legacy.txt" in w and "not UTF-8" in w for w in result.warnings)


def test_huge_pdf_imports_with_a_warning(store, tmp_path):
    doc = pymupdf.open()
    for number in range(500):
        page = doc.new_page()
        page.insert_text((72, 300), f"Witness statement {number + 1} of the annexed material, as received.")
    huge = tmp_path / "huge.pdf"
    doc.save(huge)
    doc.close()
    (result,) = import_paths(store, [huge]).results
    assert result.status is ImportStatus.IMPORTED
    assert any("500 pages" in w for w in result.warnings)
    assert any("no communication reference" in w for w in result.warnings)


def test_missing_path_is_reported(store, tmp_path):
    (result,) = import_paths(store, [tmp_path / "nowhere.pdf"]).results
    assert result.status is ImportStatus.FAILED and "no such file" in result.reason


def test_control_characters_and_odd_unicode_are_cleaned(store, tmp_path):
    text = (LETTERS / "AL_OTH_78_2021.txt").read_text(encoding="utf-8")
    odd = text.replace("Dear Mr. Hualong Liu,", "Dear Mr. Hualong\u200b Liu,\x07").replace(
        "According to the information received:", "According to the information received:\x0b\ufeff"
    )
    path = tmp_path / "odd.txt"
    path.write_text(odd, encoding="utf-8")
    (result,) = import_paths(store, [path]).results
    assert result.status is ImportStatus.IMPORTED
    with store.session() as session:
        letter = session.scalar(select(Document).where(Document.kind == "letter"))
        assert "\x07" not in letter.text and "\u200b" not in letter.text and "\x0b" not in letter.text
        assert letter.fields["addressee"] == "Mr. Hualong Liu"


def test_scan_in_an_uninstalled_ocr_language_is_kept_with_a_clear_warning(store):
    (result,) = import_paths(store, [LETTERS / "AL_OTH_78_2021_scanned.pdf"], ocr_language="xyz").results
    assert result.status is ImportStatus.IMPORTED and result.reference is None
    assert any("OCR language 'xyz' is not installed" in w for w in result.warnings)


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory):
    """The fixture letter's .docx whose document.xml has 1 GiB of blanks in its body: 1 MB on disk, written from
    a stream (never 1 GiB in memory)."""
    import zipfile

    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    chunk = b" " * (1024 * 1024)
    with zipfile.ZipFile(LETTERS / "AL_OTH_78_2021.docx") as letter, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for member in letter.infolist():
            if member.filename != "word/document.xml":
                package.writestr(member, letter.read(member))
                continue
            head, body, tail = letter.read(member).partition(b"<w:body>")
            with package.open("word/document.xml", "w", force_zip64=True) as part:
                part.write(head + body)
                for _ in range(1024):
                    part.write(chunk)
                part.write(tail)
    return path


def test_a_zip_bomb_is_refused_before_it_is_inflated(store, zip_bomb, tmp_path):
    """Issue #13: a 1 MB DOCX inflating to 1 GiB took ~2.2 GB of memory before failing."""
    import re
    import subprocess
    import sys

    assert zip_bomb.stat().st_size < 2 * 1024 * 1024
    probe = (
        "import resource, sys\n"
        "from reviewdesk.db import open_store\n"
        "from reviewdesk.services.importer import import_paths\n"
        "store = open_store(sys.argv[2])\n"
        "import_paths(store, [sys.argv[1]], ocr_language=None)  # warm: every module loaded, store open\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "result = import_paths(store, [sys.argv[1]], ocr_language=None).results[0]\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(result.status.value, (after - before) // 1024)\n"
        "print(result.reason)\n"
    )
    # The address space is capped so that a regression fails quickly instead of filling the machine's memory.
    cap = "import resource; resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))\n"
    done = subprocess.run([sys.executable, "-c", cap + probe, str(zip_bomb), str(tmp_path / "bomb.rdstore")],
                          capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    status, grown, reason = *done.stdout.split("\n", 1)[0].split(), done.stdout.split("\n")[1]
    assert status == "failed"
    assert re.fullmatch(r"refused: its part word/document.xml would inflate to 1024 MB from \d{3,4} KB "
                        r"\(a ZIP bomb or a damaged file\)", reason)
    assert int(grown) < 50  # MB: nothing was inflated
