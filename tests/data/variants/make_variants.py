"""Print the variant letters to DOCX (python-docx) and PDF (LibreOffice), plus a flattened TXT.

    python tests/data/variants/make_variants.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from variants import VARIANTS  # noqa: E402

_ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "annextitle": WD_ALIGN_PARAGRAPH.CENTER,
          "letterhead": WD_ALIGN_PARAGRAPH.CENTER, "mandates": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "signame": WD_ALIGN_PARAGRAPH.CENTER,
          "sigtitle": WD_ALIGN_PARAGRAPH.CENTER, "body": WD_ALIGN_PARAGRAPH.JUSTIFY}


def build_docx(variant: dict, path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(12)
    previous = None
    for style, text in variant["paragraphs"]:
        if style == "pagebreak":
            doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
            continue
        paragraph = doc.add_paragraph()
        paragraph.alignment = _ALIGN[style]
        run = paragraph.add_run(text)
        run.bold = style in ("mandates", "annextitle")
        if style == "letterhead":
            run.font.size = Pt(8)
        if style == "mandates":
            run.font.size = Pt(10)
        # Signature blocks: the name starts a block, its title follows closely.
        paragraph.paragraph_format.space_after = Pt(0 if style == "signame" else 10)
        if style == "signame" and previous == "sigtitle":
            paragraph.paragraph_format.space_before = Pt(14)
        previous = style
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    if variant["footer"]:
        footer = section.first_page_footer.paragraphs[0]
        footer.add_run(variant["footer"]).font.size = Pt(9)
    doc.save(path)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for variant in VARIANTS:
            docx_path = HERE / f"{variant['name']}.docx"
            build_docx(variant, docx_path)
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", "pdf", "--outdir", str(HERE), str(docx_path)],
                           check=True, capture_output=True)
            (HERE / f"{variant['name']}.expected.json").write_text(
                json.dumps(variant["expected"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    # A text copy whose paragraph breaks were flattened into spaces.
    first = VARIANTS[0]
    flat = " ".join(text for style, text in first["paragraphs"] if style != "pagebreak")
    (HERE / f"{first['name']}_flattened.txt").write_text(flat + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
