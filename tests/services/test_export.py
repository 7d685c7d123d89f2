"""Word briefings: native comments on the tagged words, tables, atomic writing, odd text."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import docx
import pymupdf
import pytest

from reviewdesk.documents.briefing import Briefing, BriefingOptions, Mark, QuestionRow, SectionText, write_briefing
from reviewdesk.domain.assessment import Verdict
from reviewdesk.domain.letter import SectionKind
from reviewdesk.domain.vocabulary import PROMINENT_REASONS, VERDICT_MARKS
from reviewdesk.services.answer_links import answers_overview, link_passage
from reviewdesk.services.assessment import case_assessment, set_grade, set_verdict
from reviewdesk.services.cases import case_detail
from reviewdesk.services.export import ExportError, export_briefing, save_atomically
from reviewdesk.services.importer import import_paths
from reviewdesk.services.tags import add_tag, tags_for_case
from reviewdesk.services.terms import list_terms

from ..conftest import LETTERS, REPLIES


def _comments(path: Path) -> list[tuple[str, str]]:
    """(anchored text, comment text) of every comment, read back from the saved file."""
    document = docx.Document(str(path))
    body = document.element.body
    found = []
    for comment in document.comments:
        starts = body.xpath(f'.//w:commentRangeStart[@w:id="{comment.comment_id}"]')
        ends = body.xpath(f'.//w:commentRangeEnd[@w:id="{comment.comment_id}"]')
        assert starts and ends
        texts, inside = [], False
        for element in body.iter():
            if element is starts[0]:
                inside = True
            elif element is ends[0]:
                break
            elif inside and element.tag.endswith("}t"):
                texts.append(element.text or "")
        found.append(("".join(texts), comment.text))
    return found


@pytest.fixture
def assessed_case(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    detail = case_detail(store, "AL OTH 78/2021")
    letter = detail.letter()
    terms = {t.label: t.id for t in list_terms(store)}
    allegations = next(s for s in letter.sections if s.kind is SectionKind.ALLEGATIONS)
    text = letter.text
    for phrase, term in [("forced labour, trafficking in persons for labour exploitation", "Forced labour"),
                         ("trafficking in persons for labour exploitation and arbitrary detention", "Trafficking in persons"),
                         ("surveillance by security personnel", "Surveillance and privacy")]:
        start = text.index(phrase, allegations.start)
        add_tag(store, letter.id, start, start + len(phrase), terms[term], f"note on {term}", "Ana Reviewer")
    # A tag across a paragraph break.
    start = text.index("strictly controlled.", allegations.start)
    add_tag(store, letter.id, start, text.index("The workers are reportedly") + 11, terms["Minority rights"], "", "Ana")
    overview = answers_overview(store, detail.summary.id)
    for q in overview:
        best = [s for s in q.suggestions if s.reason in PROMINENT_REASONS]
        if best:
            link_passage(store, q.question_id, best[0].document_id, best[0].start, best[0].end)
    set_verdict(store, letter.questions[1].id, Verdict.PARTIAL, "tier 1 only")
    set_verdict(store, letter.questions[3].id, Verdict.NOT_ANSWERED)
    set_grade(store, detail.summary.id, case_assessment(store, detail.summary.id).reply_id, "piccone",
              "responsive-incomplete")
    return detail


def test_briefing_comments_match_the_tags_and_open_in_libreoffice(store, assessed_case, tmp_path):
    out = tmp_path / "briefing.docx"
    count = export_briefing(store, ["AL OTH 78/2021"], out, BriefingOptions(author="Ana Reviewer"), reviewer="Ana Reviewer")
    comments = _comments(out)
    tags = tags_for_case(store, assessed_case.summary.id)
    assert len(comments) == count == len(tags) + 4  # 4 reply passages carry "Answers Q…" comments
    def squeeze(value: str) -> str:  # paragraph breaks are not characters in Word
        return "".join(value.split())

    for tag in tags:
        assert (squeeze(tag.quote), True) in {(squeeze(a), tag.term_label in c) for a, c in comments}
    assert any(c.startswith("Answers Q2, Q3") and "partially answered" in c for _a, c in comments)
    # Each comment is the tagging reviewer's; the links record no author: the exporting reviewer's.
    assert {comment.author for comment in docx.Document(str(out)).comments} == {"Ana Reviewer", "Ana"}
    document = docx.Document(str(out))
    table = document.tables[1]
    assert [row.cells[0].text for row in table.rows[1:]] == [str(n) for n in range(1, 9)]
    assert f"{VERDICT_MARKS[Verdict.PARTIAL].sign} partially answered" in table.rows[2].cells[2].text
    assert VERDICT_MARKS[Verdict.PARTIAL].shade in table.rows[2].cells[2]._tc.xml  # the same mark as the grid
    assert "Concerning questions 2 and 3" in table.rows[2].cells[3].text
    assert any(p.style.name.startswith("Heading") and p.text == "Allegations" for p in document.paragraphs)

    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=120)
    with pymupdf.open(tmp_path / "briefing.pdf") as pdf:
        text = "".join(page.get_text() for page in pdf)
        pages = pdf.page_count
    assert pages >= 3 and "Briefing — AL OTH 78/2021" in text and "Responsive but incomplete" in text


def test_each_comment_is_signed_by_the_reviewer_who_made_its_tag_or_link(store, assessed_case, tmp_path):
    detail = assessed_case
    overview = answers_overview(store, detail.summary.id)
    unlinked = next(q for q in overview if not q.links)
    reply = next(d for d in detail.documents if d.kind.value == "reply")
    linked = [(link.start, link.end) for q in overview for link in q.links]
    start = next(m.end() for m in re.finditer(r"\n\n", reply.text)
                 if not any(a <= m.end() < b for a, b in linked) and m.end() + 40 < len(reply.text))
    link_passage(store, unlinked.question_id, reply.id, start, start + 40, author="Carla Linker")
    out = tmp_path / "team.docx"
    export_briefing(store, ["AL OTH 78/2021"], out, BriefingOptions(author="Dana Exporter"), reviewer="Dana Exporter")
    by_author: dict[str, list[str]] = {}
    for comment in docx.Document(str(out)).comments:
        by_author.setdefault(comment.author, []).append(comment.text)
    assert set(by_author) == {"Ana Reviewer", "Ana", "Carla Linker", "Dana Exporter"}
    assert all("Forced labour" in t or "Trafficking" in t or "Surveillance" in t for t in by_author["Ana Reviewer"])
    assert [t.split(" — ")[0] for t in by_author["Carla Linker"]] == [f"Answers Q{unlinked.number}"]
    assert all(t.startswith("Answers Q") for t in by_author["Dana Exporter"])  # links made before authors

    one = tmp_path / "one.docx"
    export_briefing(store, ["AL OTH 78/2021"], one, BriefingOptions(author="Dana Exporter", comment_authors=False))
    assert {comment.author for comment in docx.Document(str(one)).comments} == {"Dana Exporter"}


def test_odd_text_overlaps_and_paragraph_spanning_marks(tmp_path):
    text = "Control\x07 char here.\n\nمرحبا بالعالم and 中文文本 in one line.\n\nA very long quote " + "x " * 3000
    arabic = text.index("مرحبا")
    cjk = text.index("中文文本")
    marks = (Mark(0, 12, "control", "#E69F00"), Mark(text.index("char"), arabic + 17, "spans paragraphs", "#56B4E9"),
             Mark(arabic, arabic + 13, "right-to-left", "#009E73"), Mark(cjk, cjk + 4, "CJK \x0b note", "#CC79A7"))
    briefing = Briefing("AL OTH 1/2026", [("Reference", "AL OTH 1/2026\x01")],
                        [QuestionRow(1, "Q" * 600, Verdict.ANSWERED, ("evidence " * 200,), "note\x1f")],
                        [SectionText("Allegations", text, marks)], ["A/HRC/RES/17/31"])
    out = tmp_path / "odd.docx"
    save_atomically(write_briefing([briefing], BriefingOptions(author="R")), out)
    comments = _comments(out)
    assert [c for _a, c in comments] == ["control", "spans paragraphs", "right-to-left", "CJK   note"]
    anchored = dict((c, a) for a, c in comments)
    assert anchored["right-to-left"] == "مرحبا بالعالم"
    assert anchored["spans paragraphs"] == "char here.مرحبا بالعالم and"
    assert anchored["CJK   note"] == "中文文本"
    assert anchored["control"] == "Control  cha"


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path):
    out = tmp_path / "keep.docx"
    out.write_bytes(b"previous briefing")

    class Broken:
        def save(self, stream):
            stream.write(b"half")
            raise OSError(28, "No space left on device")

    class Fine:
        def save(self, stream):
            stream.write(b"whole")

    with pytest.raises(ExportError, match="No space left on device"):
        save_atomically(Broken(), out)
    assert out.read_bytes() == b"previous briefing"
    assert list(tmp_path.iterdir()) == [out]
    with pytest.raises(ExportError, match="cannot write in"):
        save_atomically(Fine(), tmp_path / "missing-folder" / "b.docx")


def test_csv_and_json_exports_for_spreadsheets(store, assessed_case, tmp_path):
    from reviewdesk.services.export import ASSESSMENT_FIELDS, TAG_FIELDS, assessment_rows, tag_rows, write_table
    import csv
    import json

    tags = tag_rows(store, ["AL OTH 78/2021"])
    write_table(tags, TAG_FIELDS, tmp_path / "tags.csv", "csv", excel_bom=True)
    raw = (tmp_path / "tags.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.DictReader((tmp_path / "tags.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 4 and set(rows[0]) == set(TAG_FIELDS)
    surveillance = next(r for r in rows if r["term"] == "Surveillance and privacy")
    assert surveillance["quote"] == "surveillance by security personnel"
    assert surveillance["section"] == "allegations" and surveillance["page"] == "2"
    assert surveillance["reviewer"] == "Ana Reviewer" and surveillance["term_path"] == "Allegations › Fundamental freedoms › Surveillance and privacy"
    write_table(assessment_rows(store, ["AL OTH 78/2021"]), ASSESSMENT_FIELDS, tmp_path / "a.json", "json")
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert [d["verdict"] for d in data][:4] == ["", "partially answered", "", "not answered"]
    assert data[0]["grade"] == "Responsive but incomplete"
    assert data[1]["evidence"].startswith("Concerning questions 2 and 3")


def test_styles_come_from_the_users_template(store, assessed_case, tmp_path):
    from docx.shared import Pt, RGBColor

    template = docx.Document()
    template.styles["Normal"].font.name = "DejaVu Sans"
    template.styles["Normal"].font.size = Pt(10)
    template.styles["Heading 1"].font.color.rgb = RGBColor(0x80, 0x00, 0x20)
    template.add_paragraph("Sample text that must not reach the briefing")
    template.save(tmp_path / "office.docx")
    out = tmp_path / "styled.docx"
    export_briefing(store, ["AL OTH 78/2021"], out, BriefingOptions(template=str(tmp_path / "office.docx"), paper="letter"))
    result = docx.Document(str(out))
    assert result.styles["Normal"].font.name == "DejaVu Sans"
    assert result.styles["Heading 1"].font.color.rgb == RGBColor(0x80, 0x00, 0x20)
    assert not any("Sample text" in p.text for p in result.paragraphs)
    assert round(result.sections[0].page_width.cm, 1) == 21.6


def test_csv_cells_that_look_like_formulas_are_neutralised(store, assessed_case, tmp_path):
    """Issue #13: a note starting with =HYPERLINK(…) stayed a live formula in Excel (OWASP CSV injection)."""
    import csv
    import io

    from reviewdesk.services.export import TAG_FIELDS, tag_rows, write_table

    rows = tag_rows(store, ["AL OTH 78/2021"])
    notes = ['=HYPERLINK("http://x.example","click")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "plain - note"]
    rows = [{**rows[0], "note": note} for note in notes]
    write_table(rows, TAG_FIELDS, tmp_path / "tags.csv", "csv", excel_bom=True)
    read = list(csv.DictReader(io.StringIO((tmp_path / "tags.csv").read_bytes().decode("utf-8-sig"), newline="")))
    assert [r["note"] for r in read] == [f"'{n}" for n in notes[:-1]] + ["plain - note"]
    write_table(rows, TAG_FIELDS, tmp_path / "tags.json", "json")  # JSON is data, not a spreadsheet: kept as is
    assert [r["note"] for r in json.loads((tmp_path / "tags.json").read_text(encoding="utf-8"))] == notes


def test_full_disk_during_data_export_leaves_neither_file(store, assessed_case, tmp_path):
    """Issue #13: the tags file was written, the assessment file failed, and the CLI said "nothing was changed"."""
    from tests.small_disk import run_cli_on_small_disk

    store.close()
    disk = tmp_path / "disk"
    # A page for the tags file, none for the larger assessment file (tmpfs counts whole 4 KiB pages).
    filler = f"head -c 4096 /dev/zero > {disk}/filler"
    run = run_cli_on_small_disk(disk, "12k", ["--store", str(tmp_path / "test.rdstore"), "export", "AL OTH 78/2021",
                                              "--csv", str(disk / "out.csv")], before=filler)
    assert run.returncode == 1
    assert run.stderr.strip().splitlines() == [run.stderr.strip()]  # one line, no traceback
    assert "out-assessment.csv: could not be written (No space left on device)" in run.stderr
    assert run.left == ["filler"]


def test_full_disk_during_briefing_export_prints_one_line(store, assessed_case, tmp_path):
    """Issue #13: after its clean message the export printed an ignored ZipFile traceback."""
    from tests.small_disk import run_cli_on_small_disk

    store.close()
    disk = tmp_path / "disk"
    run = run_cli_on_small_disk(disk, "16k", ["--store", str(tmp_path / "test.rdstore"), "export", "AL OTH 78/2021",
                                              "--docx", str(disk / "b.docx")])
    assert run.returncode == 1
    assert run.stderr.strip() == f"reviewdesk: {disk / 'b.docx'}: could not be written (No space left on device); " \
                                 "nothing was changed"
    assert run.left == []
