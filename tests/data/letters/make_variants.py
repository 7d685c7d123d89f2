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

from checks import check_docx, check_pdf, read_pdf  # noqa: E402
from copies import (  # noqa: E402
    expected_present,
    flat_text,
    naive_text,
    page_text,
    salutation_text,
    shared_text,
)
from docx_writer import write_docx  # noqa: E402
from model import TEXT_COPIES, Letter  # noqa: E402
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
    return letter.name if kind == "txt" else f"{letter.name}_{kind}"


def text_copy(letter: Letter, kind: str) -> str:
    """The text of one copy, from the definition and the printed PDF."""
    pdf = HERE / f"{letter.name}.pdf"
    if kind == "flat":
        return flat_text(letter)
    if kind == "page2":
        return page_text(pdf, 2)
    layers = read_pdf(pdf)
    makers = {"txt": naive_text, "salutation": salutation_text, "shared": shared_text}
    if kind not in makers:
        raise ValueError(f"{letter.name}: unknown text copy {kind!r}; known: {', '.join(TEXT_COPIES)}")
    return makers[kind](letter, layers)


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
            name = text_copy_name(letter, kind)
            (HERE / f"{name}.txt").write_text(text_copy(letter, kind), encoding="utf-8")
            if kind != "txt":  # the naive copy shares the letter's expected file
                (HERE / f"{name}.expected.json").write_text(_json(letter.expected(None, kind)), encoding="utf-8")


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
            text = text_copy(letter, kind)
            if (HERE / f"{name}.txt").read_text(encoding="utf-8") != text:
                pdf_report.problems.append(f"{name}.txt differs from the source definition")
            if kind != "txt":
                copy_path = HERE / f"{name}.expected.json"
                if copy_path.read_text(encoding="utf-8") != _json(letter.expected(None, kind)):
                    pdf_report.problems.append(f"{copy_path.name} differs from the source definition")
            pdf_report.problems.extend(expected_present(letter, kind, text))
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
fixture (`shared/fixtures/letters/AL_OTH_78_2021`) does not, one or more for
each item of `shared/design/REAL_LETTERS.md` about letters: letters to States
and companies, urgent appeals, French and Spanish, one mandate and eleven,
pre-2017 references with internal file codes, 2023+ `Ref.:` lines, cover
notes, follow-ups, address blocks, and the text copies people actually have
(naive extractions, flattened copies, copies from document-sharing sites,
copies that start at the salutation, page 2 alone). Every person, company,
place and event in them is invented (names such as "Ms. Lin Testperson" or
"Northwind Textiles Ltd." keep that obvious); State names are real but the
facts are not. No real letter's text is copied.

**Do not edit the generated files by hand.** Each letter is defined in
`src/<name>.py`; regenerate with

    python tests/data/letters/make_variants.py          # DOCX, PDF, TXT, expected JSON, README, manifest
    python tests/data/letters/make_variants.py --check  # verify the committed files only

The DOCX are written with python-docx in the fixture's layout (styles
Letterhead, Mandates, Date, Body, SigName, SigTitle, AnnexTitle, FooterLeft;
A4; a first-page footer naming the addressee, one paragraph per line of an
address block; a centred PAGE field on the other pages; questions and section
headings as Word auto-numbered lists unless noted; real footnotes in
`word/footnotes.xml`; as in the fixture, the "REFERENCE:" label and the
reference sit in the SigName/SigTitle styles, so styles alone do not find the
signatures). The PDFs are printed from them by LibreOffice (`soffice
--headless --convert-to pdf`) with the Liberation fonts (Debian package
`fonts-liberation2`); the script checks with PyMuPDF that the text layer holds
every paragraph, footnote, footer and page number and that the promised
page-break splits happen. The text copies are made from the definition and the
printed PDF (the naive copy puts the first-page address block where page 1
ended), so `--check` rebuilds and compares them too.

## Files

`manifest.json` lists every letter with its `forms` (`pdf`, `docx`, `txt`:
the naive text copy) and its `expected` file, then every other text copy
(`NAME_flat`, `NAME_shared`, `NAME_salutation`, `NAME_page2`) with
`copy_of` naming its letter. Tests and `benchmarks/bench_understanding.py`
iterate it.

## Expected JSON

Same keys as the fixture's `AL_OTH_78_2021.expected.json`: `reference`
(normalised `TYPE COUNTRY N/YYYY`; `null` when the copy does not hold it),
`reference_parts`, `date`, `reply_due` (ISO dates; the delay the letter asks
for a reply — hours or days, in figures or words — never the publication delay;
60 days when it asks none; `null` without a date), `addressee` (the person,
with Mr./Ms./Madame/Monsieur/Señor/Señora but without His/Her Excellency, Son
Excellence, Excelentísimo/a), `organisation` (the company, or the Permanent
Mission as the address block names it or as "Permanent Representative of …"
implies), `mandates` (order of the header, leading article and conjunction
removed), `hrc_resolutions`, `questions` (full texts without their labels,
footnote anchors or the closing sentences that may share the last question's
paragraph), `signatories`, `similar_letters_to` (`[]` if none; States by their
full English short names whatever the letter's language and wording, companies
as written), `annex` (`null` when there is none), `footnotes`,
`allegations_starts` / `allegations_ends`, `must_not_appear_in_body`, `pages`
(the PDF's page count: a DOCX has no fixed pagination, so tests of the DOCX
form skip it; absent for text copies). Keys beyond the fixture's, matching
`reviewdesk show --json`: `addressee_title` (the person's title(s) from the
address block or footer, comma-joined), `similar_letters_to_others` (the letter
says similar letters also went to other, unnamed, companies), `language` (`en`,
`fr`, `es`: of the body, not of the letterhead) and `cited_references` (other
communications the letter cites, in order of first appearance, each once).

`annex.cites` lists every authority the annex cites, each once, in one
canonical form: first UN documents in order of first appearance (symbols as
written — `A/HRC/RES/17/31`, `A/HRC/32/45`, `CRC/C/GC/16`; resolutions cited by
number as their symbols — `A/RES/68/167`, `A/HRC/RES/48/4`, `S/RES/1373
(2001)`; general comments named by committee and number as
`CCPR/C/GC/34`…), then instruments and other standards in order of first
appearance (`ICCPR article 9` — also from "articles 2, 6 and 17 of the
Covenant" and "l’article 2, paragraphe 3, du Pacte" —, `CAT`, `UNDRIP`,
`Declaration on Human Rights Defenders`, `Basic Principles on the Role of
Lawyers`, ILO conventions, protocols and recommendations as `ILO C029`, `ILO
P029`, `ILO R203`, `FATF Recommendation 8`), then each Guiding Principle by
number (`Guiding Principle 23`; a range keeps its form, `Guiding Principles 25
to 31`, as in the fixture).

## Which letter shows which item of REAL_LETTERS.md

Every letter is tested in its PDF, DOCX and naive text forms; the copies in the
last column are tested as text.

| item | letters (copies) |
| --- | --- |
| 2019+ letterhead, mandates block, `REFERENCE:`; date on the reference line or on the "Excellency," line | UA_CHN_12_2023, UA_SYR_3_2014 (date on the reference line), OL_PRT_2_2024 (date on the salutation line) |
| 2023+ `Ref.:` line with "please use this reference in your reply"; a `Ref.:` line alone between blank lines | OL_PRT_2_2024 (its `.txt`, `_shared`) |
| pre-2017 bilingual two-column letterhead; file codes of 80–120 characters, broken over lines; French `RÉFÉRENCE :` with the country code alone on the next line; JAL/JUA/JOL | UA_SYR_3_2014, UA_LBN_5_2015, JAL_DZA_4_2016, JAL_IND_3_2012 |
| cover notes (English + Spanish, the Spanish half without country codes) before the letterhead or the reference | AL_OTH_15_2022 (`_shared`), AL_OTH_41_2020 |
| loose references: `OL SLV 8.2021`, `UA IND 14 / 2011`, `Case no. IND 14/2011`, dates d/m/yyyy | OL_SLV_8_2021, JAL_IND_3_2012 (`_page2`) |
| one expert: "Mandate of the …", "I have the honour … in my capacity as …", "I write in my capacity as …" | OL_SLV_8_2021, OL_PRT_2_2024, AL_SEN_2_2020 |
| mandate separators ";", "; and the", ", and the", " and the"; eleven mandates | UA_CHN_12_2023, AL_OTH_15_2022, UA_LBN_5_2015, AL_BRA_11_2023 (`_salutation`) |
| French and Spanish headers, singular and plural ("… et du …", "… y del …"); a French letter with English letterhead lines | AL_FRA_4_2022, JAL_DZA_4_2016, AL_SEN_2_2020 (`_flat`), AL_MEX_7_2021, UA_GTM_3_2021 |
| resolutions "… and 45/10", "…, 33/9, et 34/18", "… y 34/18" | all; JAL_DZA_4_2016, UA_GTM_3_2021, AL_MEX_7_2021 |
| dates in English, French ("1er mars", "4 août"), Spanish | all; JAL_DZA_4_2016, AL_SEN_2_2020, UA_GTM_3_2021 |
| no date line (copy from the salutation): date unknown, never a narrative date | AL_BRA_11_2023_salutation, JAL_IND_3_2012_page2 |
| reply deadlines "within 48 hours", "dentro de 48 horas", "sixty days", "soixante jours"; publication delays ("after 48 hours", "in 60 days") are not deadlines | UA_CHN_12_2023, UA_LBN_5_2015, UA_GTM_3_2021, UA_SYR_3_2014, JAL_DZA_4_2016, JAL_IND_3_2012 |
| companies: "Dear Mr. …," and a footer naming the company | OL_SLV_8_2021, AL_OTH_41_2020, AL_OTH_15_2022 |
| States: "Excellency," and a three-line address block (person / title / mission); a block naming the mission itself | UA_LBN_5_2015, JAL_DZA_4_2016, OL_PRT_2_2024, UA_GTM_3_2021, AL_BRA_11_2023, JAL_IND_3_2012, AL_SEN_2_2020 |
| text copies with the first-page block where page 1 ended, even mid-sentence | every `.txt` (mid-sentence in UA_CHN_12_2023, UA_SYR_3_2014, AL_OTH_41_2020, AL_MEX_7_2021, AL_BRA_11_2023, AL_SEN_2_2020) |
| questions 1., 1), (a), a); the last question and the closing in one paragraph | AL_FRA_4_2022, AL_MEX_7_2021, UA_CHN_12_2023, OL_PRT_2_2024, UA_LBN_5_2015, UA_GTM_3_2021, AL_SEN_2_2020 |
| follow-ups citing "(IND 14/2011)" and the reply's date; numbered sections that are not questions | AL_GBR_7_2020, JAL_IND_3_2012 (`_page2`) |
| similar letters to States named (full names, any language), to companies, and to "other companies involved" | AL_OTH_41_2020, AL_OTH_15_2022, AL_BRA_11_2023, AL_SEN_2_2020, AL_GBR_7_2020 |
| sharing-site copies: flattened, repeated letterheads, dropped words, page 2 alone | UA_CHN_12_2023_flat, AL_SEN_2_2020_flat, OL_PRT_2_2024_shared, AL_OTH_15_2022_shared, JAL_IND_3_2012_page2 |
| annex cites: articles (lists, "of the Covenant", "paragraphe 3"), general comments and recommendations, GA/HRC/SC resolutions, reports, declarations, basic principles, Guiding Principles (pairs, lists, ranges), ILO and FATF standards; translated annex titles | UA_CHN_12_2023, JAL_DZA_4_2016, OL_PRT_2_2024, AL_OTH_15_2022, UA_GTM_3_2021, AL_BRA_11_2023, AL_SEN_2_2020 |
| the language of the body, not of the letterhead | AL_SEN_2_2020 |

## Variants
"""


def _letter_entry(letter: Letter) -> dict[str, object]:
    forms = {"pdf": f"{letter.name}.pdf", "docx": f"{letter.name}.docx"}
    if "txt" in letter.text_copies:
        forms["txt"] = f"{letter.name}.txt"
    return {"name": letter.name, "copy_of": None, "forms": forms, "expected": f"{letter.name}.expected.json",
            "files": [*forms.values(), f"{letter.name}.expected.json"],
            "summary": letter.summary, "features": letter.features}


def _text_copy_entry(letter: Letter, kind: str) -> dict[str, object]:
    name = text_copy_name(letter, kind)
    return {"name": name, "copy_of": letter.name, "forms": {"txt": f"{name}.txt"},
            "expected": f"{name}.expected.json", "files": [f"{name}.txt", f"{name}.expected.json"],
            "summary": f"{kind} copy of {letter.name}", "features": [TEXT_COPIES[kind]]}


def write_readme_and_manifest(letters: list[Letter]) -> None:
    manifest = [_letter_entry(letter) for letter in letters]
    manifest += [_text_copy_entry(letter, kind) for letter in letters for kind in letter.text_copies
                 if kind != "txt"]
    lines = [README_HEAD]
    for number, entry in enumerate(manifest, start=1):
        forms = ", ".join(f"`{f}`" for f in entry["forms"].values())
        lines.append(f"### {number}. `{entry['name']}` — {entry['summary']}\n")
        lines.append(f"Files: {forms} and `{entry['expected']}`.\n")
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
