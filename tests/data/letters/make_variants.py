"""Regenerate the fictional variant letters: DOCX (python-docx), PDF (LibreOffice), TXT, expected JSON.

    python tests/data/letters/make_variants.py            # rebuild everything, then check it
    python tests/data/letters/make_variants.py --check    # only check the files already here
    python tests/data/letters/make_variants.py UA_CHN_12_2023 AL_FRA_4_2022   # rebuild some

Each letter is defined in ``src/<name>.py`` (content and the fields it must
yield); ``src/docx_writer.py`` prints it, LibreOffice turns the DOCX into PDF
(``soffice --headless --convert-to pdf``), ``src/checks.py`` reads both back
(python-docx, PyMuPDF) and fails loudly if the text layer, the footers, the
footnotes or a promised page-break split are not there. ``pages`` in the
expected JSON is the page count of the PDF produced. README.md and
manifest.json are written from the same definitions.

Needs: python-docx, pymupdf, LibreOffice, and the Liberation fonts
(Debian: fonts-liberation2) so that the pagination matches the committed PDFs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(HERE / "src"))

from checks import check_docx, check_pdf, flat_text  # noqa: E402
from docx_writer import write_docx  # noqa: E402
from model import Letter  # noqa: E402
from variants import VARIANTS  # noqa: E402


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _warn_about_fonts() -> None:
    try:
        found = subprocess.run(["fc-match", "Times New Roman"], capture_output=True, text=True, check=False).stdout
    except FileNotFoundError:
        return
    if "Liberation" not in found:
        print(f"warning: Times New Roman resolves to {found.strip()!r}, not Liberation Serif: "
              "pages will break differently from the committed PDFs (install fonts-liberation2)", file=sys.stderr)


def convert_to_pdf(docx_paths: list[Path], out_dir: Path) -> None:
    """Print the DOCX files to PDF with LibreOffice, with a throw-away profile."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to print the PDFs")
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        subprocess.run(
            [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, docx_paths)],
            check=True, capture_output=True, timeout=600,
        )
        for path in docx_paths:
            produced = tmp_path / f"{path.stem}.pdf"
            if not produced.exists():
                raise SystemExit(f"LibreOffice did not print {path.name}")
            shutil.move(str(produced), out_dir / produced.name)


def text_copy_name(letter: Letter, kind: str) -> str:
    return f"{letter.name}_{kind}"


def build(letters: list[Letter]) -> None:
    _warn_about_fonts()
    docx_paths = []
    for letter in letters:
        path = HERE / f"{letter.name}.docx"
        write_docx(letter, path)
        docx_paths.append(path)
    convert_to_pdf(docx_paths, HERE)
    for letter in letters:
        for kind in letter.text_copies:
            if kind != "flat":
                raise ValueError(f"unknown text copy {kind!r}")
            name = text_copy_name(letter, kind)
            (HERE / f"{name}.txt").write_text(flat_text(letter), encoding="utf-8")
            (HERE / f"{name}.expected.json").write_text(_json(letter.expected(pages=None)), encoding="utf-8")


def check(letters: list[Letter], *, write_expected: bool) -> bool:
    ok = True
    for letter in letters:
        layers, pdf_report = check_pdf(letter, HERE / f"{letter.name}.pdf")
        docx_report = check_docx(letter, HERE / f"{letter.name}.docx")
        expected_path = HERE / f"{letter.name}.expected.json"
        expected = _json(letter.expected(pages=layers.pages))
        if write_expected:
            expected_path.write_text(expected, encoding="utf-8")
        elif expected_path.read_text(encoding="utf-8") != expected:
            pdf_report.problems.append(f"{expected_path.name} differs from the source definition")
        for kind in letter.text_copies:
            name = text_copy_name(letter, kind)
            if (HERE / f"{name}.txt").read_text(encoding="utf-8") != flat_text(letter):
                pdf_report.problems.append(f"{name}.txt differs from the source definition")
        print(f"{letter.name}: {layers.pages} pages, {layers.size // 1024} KiB PDF")
        for note in pdf_report.notes:
            print(f"    {note}")
        for report in (docx_report, pdf_report):
            for problem in report.problems:
                ok = False
                print(f"  ! {report.name}: {problem}", file=sys.stderr)
    return ok


README_HEAD = """\
# Variant letters (fictional test data)

Fictional Special Procedures communications that exercise what the real
fixture (`shared/fixtures/letters/AL_OTH_78_2021`) does not: letters to States,
urgent appeals, French and Spanish, one mandate, old references, cover notes,
follow-ups, flattened text. Every person, company, place and event in them is
invented (names such as "Ms. Lin Testperson" or "Northwind Textiles Ltd."
keep that obvious); State names are real but the facts are not.

**Do not edit the generated files by hand.** Each letter is defined in
`src/<name>.py`; regenerate with

    python tests/data/letters/make_variants.py          # DOCX, PDF, TXT, expected JSON, README, manifest
    python tests/data/letters/make_variants.py --check  # verify the committed files only

The DOCX are written with python-docx in the fixture's layout (styles
Letterhead, Mandates, Date, Body, SigName, SigTitle, AnnexTitle, FooterLeft;
A4; a first-page footer naming the addressee; a centred PAGE field on the
other pages; questions and section headings as Word auto-numbered lists unless
noted; real footnotes in `word/footnotes.xml`; as in the fixture, the
"REFERENCE:" label and the reference sit in the SigName/SigTitle styles, so
styles alone do not find the signatures). The PDFs are printed from them
by LibreOffice (`soffice --headless --convert-to pdf`) with the Liberation
fonts (Debian package `fonts-liberation2`); the script checks with PyMuPDF
that the text layer holds every paragraph, footnote, footer and page number
and that the promised page-break splits happen.

## Files

For each variant `NAME`: `NAME.docx`, `NAME.pdf` and `NAME.expected.json`
(variant 8 is a `.txt` only). `manifest.json` lists the files of each variant
with its features, for tests that want to iterate.

## Expected JSON

Same keys as the fixture's `AL_OTH_78_2021.expected.json`: `reference`
(normalised `TYPE COUNTRY N/YYYY`), `reference_parts`, `date`, `reply_due`
(ISO dates; 60 days unless the letter asks for a reply in hours),
`addressee`, `organisation`, `mandates` (order of the header, leading article
removed), `hrc_resolutions`, `questions` (full texts without their labels or
footnote anchors), `signatories`, `similar_letters_to` (`[]` if none; States
by name without "the", companies as written), `annex` (`null` when there is
none), `footnotes`, `allegations_starts` / `allegations_ends`,
`must_not_appear_in_body`, `pages` (the PDF's page count: a DOCX has no fixed
pagination, so tests of the DOCX form should skip it; absent for the TXT copy).
Two keys go beyond the fixture, matching `reviewdesk show --json`:
`language` (`en`, `fr`, `es`) and `cited_references` (other communications the
letter cites, in order of first appearance, without duplicates).

`annex.cites` follows the fixture's form: UN document symbols as written,
instruments as `ICCPR article 9`, `ICESCR article 7`, `CAT`, `Palermo Protocol`,
`Declaration on Human Rights Defenders`, ILO conventions as `ILO C029`, then
`Guiding Principle N` by number. The annexes are written so that this order
is also the order of first appearance.

## Variants
"""


def _text_copy_entry(letter: Letter, kind: str) -> dict[str, object]:
    name = text_copy_name(letter, kind)
    return {
        "name": name,
        "files": [f"{name}.txt", f"{name}.expected.json"],
        "summary": f"Plain-text copy of {letter.name} flattened into one paragraph",
        "features": [
            "the whole letter on one line: every paragraph break replaced by a single space, list labels "
            "(\"(a)\", \"(b)\"…) inline before their questions, signatory names and titles run together",
            "the first-page footer (addressee, organisation) comes last, after the annex, as text extractors that "
            "read the footers after the main story emit it",
            f"same expected fields as {letter.name}, without `pages`",
        ],
    }


def write_readme_and_manifest(letters: list[Letter]) -> None:
    manifest = [
        {"name": letter.name, "files": [f"{letter.name}.docx", f"{letter.name}.pdf", f"{letter.name}.expected.json"],
         "summary": letter.summary, "features": letter.features}
        for letter in letters
    ]
    manifest += [_text_copy_entry(letter, kind) for letter in letters for kind in letter.text_copies]
    lines = [README_HEAD]
    for number, entry in enumerate(manifest, start=1):
        forms = ", ".join(f"`{f}`" for f in entry["files"] if not f.endswith(".json"))
        lines.append(f"### {number}. `{entry['name']}` — {entry['summary']}\n")
        lines.append(f"Files: {forms} and `{entry['name']}.expected.json`.\n")
        lines.extend(f"- {feature}" for feature in entry["features"])
        lines.append("")
    (HERE / "README.md").write_text("\n".join(lines), encoding="utf-8")
    (HERE / "manifest.json").write_text(_json(manifest), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="variants to rebuild (default: all)")
    parser.add_argument("--check", action="store_true", help="only check the files already generated")
    args = parser.parse_args(argv)
    by_name = {letter.name: letter for letter in VARIANTS}
    unknown = [n for n in args.names if n not in by_name]
    if unknown:
        parser.error(f"unknown variant(s): {', '.join(unknown)}; known: {', '.join(by_name)}")
    letters = [by_name[n] for n in args.names] if args.names else list(VARIANTS)
    if not args.check:
        build(letters)
        write_readme_and_manifest(VARIANTS)
    ok = check(letters, write_expected=not args.check)
    print("all checks passed" if ok else "SOME CHECKS FAILED", file=sys.stderr if not ok else sys.stdout)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
