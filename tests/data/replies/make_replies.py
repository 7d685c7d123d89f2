"""Regenerate the fictional replies: DOCX (python-docx), PDF (LibreOffice), TXT, scans (PyMuPDF), expected JSON.

    python tests/data/replies/make_replies.py           # rebuild everything, then check it
    python tests/data/replies/make_replies.py --check   # only check the files already here

The documents are defined in ``corpus.py``. The PDFs are printed from the DOCX
by LibreOffice (``soffice --headless --convert-to pdf``, through the letters'
generator so both corpora print alike); a scanned copy renders each page of the
PDF to a grey image and makes a PDF of the images, so it has no text layer and
needs OCR. The check reads every file back with python-docx and PyMuPDF (not
with ReviewDesk) and fails loudly if a paragraph is missing, a scan has a text
layer, or an expected JSON differs from its definition.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LETTERS = HERE.parent / "letters"
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(LETTERS))

import pymupdf  # noqa: E402
from corpus import DOCUMENTS, PAGE, Document  # noqa: E402
from docx import Document as new_docx  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from make_variants import convert_to_pdf  # noqa: E402  (the letters' LibreOffice call, with a throw-away profile)

FONT = "Times New Roman"  # printed by LibreOffice with the metric-compatible Liberation Serif
SCAN_DPI = 200
LANG = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES"}
# style: (size, bold, alignment, space after in points, hanging indent for numbered paragraphs)
LAYOUT = {
    "letterhead": (10, True, WD_ALIGN_PARAGRAPH.CENTER, 18, False),
    "file": (11, False, WD_ALIGN_PARAGRAPH.LEFT, 12, False),
    "date": (12, False, WD_ALIGN_PARAGRAPH.RIGHT, 12, False),
    "address": (11, False, WD_ALIGN_PARAGRAPH.LEFT, 12, False),
    "heading": (12, True, WD_ALIGN_PARAGRAPH.CENTER, 12, False),
    "body": (12, False, WD_ALIGN_PARAGRAPH.JUSTIFY, 10, False),
    "numbered": (12, False, WD_ALIGN_PARAGRAPH.JUSTIFY, 10, True),
    "signature": (12, False, WD_ALIGN_PARAGRAPH.LEFT, 0, False),
    "plain": (12, False, WD_ALIGN_PARAGRAPH.CENTER, 10, False),
}


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_docx(document: Document, path: Path) -> None:
    docx = new_docx()
    section = docx.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.5)
    normal = docx.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", FONT)
    break_next = False
    for style, text in document.paragraphs:
        if (style, text) == PAGE:
            break_next = True
            continue
        size, bold, alignment, after, hanging = LAYOUT[style]
        paragraph = docx.add_paragraph()
        paragraph.alignment = alignment
        paragraph.paragraph_format.space_after = Pt(after)
        paragraph.paragraph_format.page_break_before = break_next
        break_next = False
        if hanging:
            paragraph.paragraph_format.left_indent = Cm(1)
            paragraph.paragraph_format.first_line_indent = Cm(-1)
        for index, line in enumerate(text.split("\n")):
            run = paragraph.add_run(line)
            run.font.size, run.bold = Pt(size), bold
            if index < text.count("\n"):
                run.add_break(WD_BREAK.LINE)
    docx.core_properties.language = LANG[document.language]
    docx.core_properties.title = document.summary
    docx.save(path)


def plain_text(document: Document) -> str:
    """The text copy: a paragraph a block, as a naive extraction gives it."""
    blocks = [text.replace("\t", " ") for style, text in document.paragraphs if (style, text) != PAGE]
    return "\n\n".join(blocks) + "\n"


def flat_text(document: Document) -> str:
    """Every break flattened into one space: one line, as copies on document-sharing sites give it."""
    return " ".join(plain_text(document).split()) + "\n"


def scan(pdf: Path, out: Path) -> None:
    """The PDF as a scan: each page a grey image of itself, no text layer."""
    source = pymupdf.open(pdf)
    scanned = pymupdf.open()
    for page in source:
        pixmap = page.get_pixmap(dpi=SCAN_DPI, colorspace=pymupdf.csGRAY)
        image_page = scanned.new_page(width=page.rect.width, height=page.rect.height)
        image_page.insert_image(image_page.rect, pixmap=pixmap)
    scanned.set_metadata({"title": f"scan of {pdf.name}", "producer": "make_replies.py"})
    scanned.save(out, garbage=4, deflate=True)


def files_of(document: Document) -> list[str]:
    names = [f"{document.name}.{form}" for form in document.forms]
    names += [f"{document.name}_{copy}.{'txt' if copy == 'flat' else 'pdf'}" for copy in document.copies]
    return names


def expected_of(document: Document) -> dict:
    return {"name": document.name, "summary": document.summary, "files": files_of(document),
            "ocr_language": document.ocr_language, **document.expected}


README_HEAD = """\
# Fictional replies (test data)

Replies to the fictional letters of `tests/data/letters` (and one letter page that
must stay a letter), laid out as real ones are: notes verbales in English, French
and Spanish with the Mission's file number and the date at the end, company
letters, a reply citing no reference, a fragment of an attachment without its
opening lines, a scan. Every person, company, place and event is invented; State
and Mission names are real, the facts are not. No real text is copied.

**Do not edit the generated files by hand.** They are defined in `corpus.py`;
regenerate with

    python tests/data/replies/make_replies.py           # DOCX, PDF, TXT, scans, expected JSON, README
    python tests/data/replies/make_replies.py --check   # verify the committed files only

The DOCX are written with python-docx (A4, Times New Roman, typed paragraph numbers);
the PDFs are printed from them by LibreOffice (`soffice --headless --convert-to pdf`,
Liberation fonts); a `_scanned.pdf` is the PDF's pages rendered to grey images at
200 dpi by PyMuPDF, with no text layer (it needs OCR: Tesseract, in the language
named by `ocr_language`); a `_flat.txt` is the text on one line. The check reads
the files back with python-docx and PyMuPDF, not with ReviewDesk.

## Expected JSON

`kind` (`reply`, or `letter`), `replies_to` (the case a reply answers),
`cited_reference` (normalised, or null), `cited_letter_date` (the date of the
letter the reply says it answers, or null), `date` (the reply's own date line),
`language`, `explicit_links` (each passage naming questions, by its first words,
with the question numbers of the letter it names; a `_flat.txt` copy is one
passage naming all of them), `by_topic` (passages answering a question without
naming it: the question proposed first), `pairing` (for replies without a
reference: the case suggested first and words each reason must contain),
`files`, `ocr_language`.

## Documents
"""


def readme_text(documents: list[Document]) -> str:
    parts = [README_HEAD]
    for document in documents:
        files = ", ".join(f"`{name}`" for name in files_of(document))
        features = "\n".join(f"- {feature}" for feature in document.features)
        parts.append(f"\n### `{document.name}` — {document.summary}\n\nFiles: {files}.\n\n{features}\n")
    return "".join(parts)


def build(documents: list[Document]) -> None:
    docx_paths = [HERE / f"{document.name}.docx" for document in documents]
    for document, path in zip(documents, docx_paths):
        write_docx(document, path)
    convert_to_pdf(docx_paths, HERE)
    for document in documents:
        (HERE / f"{document.name}.txt").write_text(plain_text(document), encoding="utf-8")
        if "flat" in document.copies:
            (HERE / f"{document.name}_flat.txt").write_text(flat_text(document), encoding="utf-8")
        if "scanned" in document.copies:
            scan(HERE / f"{document.name}.pdf", HERE / f"{document.name}_scanned.pdf")
        (HERE / f"{document.name}.expected.json").write_text(_json(expected_of(document)), encoding="utf-8")
    (HERE / "README.md").write_text(readme_text(documents), encoding="utf-8")
    for document in documents:  # forms a document does not have are not kept
        for form in ("docx", "pdf", "txt"):
            if form not in document.forms and (HERE / f"{document.name}.{form}").exists():
                (HERE / f"{document.name}.{form}").unlink()


def _words(text: str) -> str:
    # A word hyphenated at a line end in the PDF ("Haut-\nCommissariat") is still the word.
    return re.sub(r"-\s+", "-", " ".join(text.replace("\t", " ").split()))


def check(documents: list[Document]) -> list[str]:
    problems = []
    for document in documents:
        paragraphs = [_words(t) for s, t in document.paragraphs if (s, t) != PAGE]
        if "pdf" in document.forms or document.copies:
            with pymupdf.open(HERE / f"{document.name}.pdf") as pdf:
                layer = _words(" ".join(page.get_text() for page in pdf))
            problems += [f"{document.name}.pdf lacks “{p[:40]}…”" for p in paragraphs if p not in layer]
        if "docx" in document.forms:
            docx_text = _words(" ".join(p.text for p in new_docx(HERE / f"{document.name}.docx").paragraphs))
            problems += [f"{document.name}.docx lacks “{p[:40]}…”" for p in paragraphs if p not in docx_text]
        if (HERE / f"{document.name}.txt").read_text(encoding="utf-8") != plain_text(document):
            problems.append(f"{document.name}.txt differs from its definition")
        if "flat" in document.copies and (HERE / f"{document.name}_flat.txt").read_text(encoding="utf-8") != flat_text(document):
            problems.append(f"{document.name}_flat.txt differs from its definition")
        if "scanned" in document.copies:
            with pymupdf.open(HERE / f"{document.name}_scanned.pdf") as scanned:
                if any(page.get_text().strip() for page in scanned) or not all(page.get_images() for page in scanned):
                    problems.append(f"{document.name}_scanned.pdf is not an image-only scan")
        expected = (HERE / f"{document.name}.expected.json").read_text(encoding="utf-8")
        if expected != _json(expected_of(document)):
            problems.append(f"{document.name}.expected.json differs from its definition")
    if (HERE / "README.md").read_text(encoding="utf-8") != readme_text(documents):
        problems.append("README.md differs from the definitions")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed files")
    args = parser.parse_args()
    if not args.check:
        build(DOCUMENTS)
    problems = check(DOCUMENTS)
    for problem in problems:
        print(f"! {problem}", file=sys.stderr)
    print(f"{len(DOCUMENTS)} documents, {sum(len(files_of(d)) for d in DOCUMENTS)} files: "
          f"{'ok' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
