"""Briefing polish: a filled table of contents (on open and in the PDF), shaded answers, who accepted a
proposal, earlier work signed when a name is set, and tags outside the allegations."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import docx
import pymupdf
import pytest
from lxml import etree

from reviewdesk.cli import main
from reviewdesk.documents.briefing import BriefingOptions
from reviewdesk.documents.briefing_pdf import PdfConversionError
from reviewdesk.domain.letter import SectionKind
from reviewdesk.domain.vocabulary import VERDICT_MARKS
from reviewdesk.services.assessment import case_assessment
from reviewdesk.services.authorship import sign_unsigned, unsigned_count
from reviewdesk.services.cases import case_detail
from reviewdesk.services.corrections import correct_fields
from reviewdesk.services.export import NEUTRAL_ANSWER_SHADE, export_briefing
from reviewdesk.services.importer import import_paths
from reviewdesk.services.redaction import redact
from reviewdesk.services.suggest import PROPOSER, set_status, suggest_tags
from reviewdesk.services.tags import add_tag, tags_for_case
from reviewdesk.services.terms import list_terms
from tests.generated import MANDATE_NAMES, LetterSpec, write_corpus

from ..conftest import LETTERS
from .test_export import _comments, assessed_case  # noqa: F401 - the fixture

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REFERENCE = "AL OTH 78/2021"


def _part(path: Path, name: str):
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(name))


def _headings(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs if p.style.name.startswith("Heading")]


@pytest.fixture
def two_cases(store, assessed_case, tmp_path):  # noqa: F811
    spec = LetterSpec("AL", "BRA", 4, 2024, date(2024, 3, 1), 60, "Ms. Person Four",
                      "Permanent Mission of Brazil in Geneva", MANDATE_NAMES[:1], 2)
    assert not import_paths(store, write_corpus(tmp_path / "corpus", [spec]), ocr_language=None).failed
    return [REFERENCE, spec.reference]


@pytest.mark.slow  # LibreOffice
def test_portfolio_contents_fill_on_open_and_carry_page_numbers_in_the_pdf(store, two_cases, tmp_path):
    docx_path, pdf_path = tmp_path / "portfolio.docx", tmp_path / "portfolio.pdf"
    export_briefing(store, two_cases, docx_path, BriefingOptions(analytics=False), pdf=pdf_path)

    settings = _part(docx_path, "word/settings.xml")
    flag = settings.find(f"{W}updateFields")
    assert flag is not None and flag.get(f"{W}val") == "true"  # Word refreshes the contents when opening
    names = [child.tag.removeprefix(W) for child in settings]
    assert names.index("updateFields") < names.index("compat")  # the schema's order, or Word refuses the file

    # The field's stored result lists every level 1–2 heading with its page (what LibreOffice and the PDF show).
    body = _part(docx_path, "word/document.xml").find(f"{W}body")
    paragraphs = list(body.iter(f"{W}p"))
    first = next(i for i, p in enumerate(paragraphs) if any((t.text or "").startswith("TOC ") for t in p.iter(f"{W}instrText")))
    last = next(i for i in range(first, len(paragraphs))
                if any(c.get(f"{W}fldCharType") == "end" for c in paragraphs[i].iter(f"{W}fldChar")))
    lines = ["".join("\t" if node.tag == f"{W}tab" else node.text or "" for run in p.iter(f"{W}r") for node in run
                     if node.tag in (f"{W}t", f"{W}tab")) for p in paragraphs[first:last + 1]]
    entries = [line.rpartition("\t") for line in lines]
    headings = [text for style, text in _headings(docx_path) if style in ("Heading 1", "Heading 2")]
    assert [heading for heading, _tab, _page in entries] == headings
    assert all(page.isdigit() for _heading, _tab, page in entries)

    with pymupdf.open(pdf_path) as pdf:
        notes = [annot.info for page in pdf for annot in page.annots()]
        assert any(n["content"].startswith("Answers Q2, Q3") for n in notes)  # the comments, as PDF notes
        assert len(notes) == len(docx.Document(str(docx_path)).comments)
        contents = pdf[0].get_text()
        assert "Table of contents: update fields" not in contents
        for heading in ("Replies and grades by addressee", f"Briefing — {two_cases[0]}", f"Briefing — {two_cases[1]}"):
            number = int(re.search(re.escape(heading) + r"[ .…]*(\d+)", contents).group(1))
            assert heading in pdf[number - 1].get_text()  # the page the contents name is the heading's page


@pytest.mark.slow  # LibreOffice
def test_pdf_alone_and_a_clear_error_without_libreoffice(store, assessed_case, tmp_path, monkeypatch, capsys):  # noqa: F811
    out = tmp_path / "one.pdf"
    assert main(["--store", str(store.path), "export", REFERENCE, "--pdf", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob("*.docx"))
    assert f"wrote {out}" in capsys.readouterr().out

    monkeypatch.setenv("PATH", str(tmp_path / "no-programs"))
    both = (tmp_path / "both.docx", tmp_path / "both.pdf")
    with pytest.raises(PdfConversionError, match="LibreOffice \\(soffice\\).*not installed"):
        export_briefing(store, [REFERENCE], both[0], pdf=both[1])
    assert not any(path.exists() for path in both)  # all or nothing
    assert main(["--store", str(store.path), "export", REFERENCE, "--docx", str(both[0]), "--pdf", str(both[1])]) == 1
    assert "not installed" in capsys.readouterr().err


def test_reply_passages_linked_to_questions_are_shaded_with_their_verdict(store, assessed_case, tmp_path):  # noqa: F811
    out = tmp_path / "briefing.docx"
    export_briefing(store, [REFERENCE], out)
    verdicts = {v.value for v in case_assessment(store, assessed_case.summary.id).verdicts.values()}
    document = docx.Document(str(out))
    body = document.element.body
    answers = [c for c in document.comments if c.text.startswith("Answers ")]
    assert len(answers) == 4
    fills = set()
    for comment in answers:
        start = body.xpath(f'.//w:commentRangeStart[@w:id="{comment.comment_id}"]')[0]
        end = body.xpath(f'.//w:commentRangeEnd[@w:id="{comment.comment_id}"]')[0]
        inside, shaded = False, []
        for element in body.iter():
            if element is start:
                inside = True
            elif element is end:
                break
            elif inside and element.tag == f"{W}r" and "".join(t.text or "" for t in element.iter(f"{W}t")).strip():
                shd = element.find(f"{W}rPr/{W}shd")
                shaded.append(shd.get(f"{W}fill") if shd is not None else None)
        assert shaded and len(set(shaded)) == 1 and shaded[0], comment.text  # every word of it, one shade
        fills.add(shaded[0])
    # "Answers Q2, Q3 — partially answered" takes the grid's print shade of that verdict.
    partial = next(c for c in answers if "partially answered" in c.text)
    assert fills <= {VERDICT_MARKS[v].shade for v in verdicts if v} | {NEUTRAL_ANSWER_SHADE}
    assert VERDICT_MARKS[next(v for v in verdicts if v and v.value == "partially answered")].shade in fills
    assert partial.text.startswith("Answers Q2, Q3")


def test_an_accepted_proposal_is_the_reviewers_not_reviewdesks(store, tmp_path):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf"], ocr_language=None)
    case_id = case_detail(store, REFERENCE).summary.id
    assert suggest_tags(store, case_id).value > 0
    pending = [t for t in tags_for_case(store, case_id, include_pending=True) if t.pending]
    assert {t.author for t in pending} == {PROPOSER}
    accepted = set_status(store, [t.id for t in pending[:2]], True, "Ana Reviewer")
    assert {t.author for t in tags_for_case(store, case_id)} == {"Ana Reviewer"}
    out = tmp_path / "briefing.docx"
    export_briefing(store, [REFERENCE], out, BriefingOptions(author="Ana Reviewer"), reviewer="Ana Reviewer")
    texts = [c.text for c in docx.Document(str(out)).comments]
    assert len(texts) == 2 and all("Tagged by Ana Reviewer on" in t for t in texts)
    assert not any(PROPOSER in t for t in texts)
    accepted.inverse.apply(store)  # undo: proposals again, ReviewDesk's
    assert {t.author for t in tags_for_case(store, case_id, include_pending=True)} == {PROPOSER}
    # Accepted before any name was set: author-less, so signing the name later takes it in.
    set_status(store, [pending[0].id], True, "")
    assert [t.author for t in tags_for_case(store, case_id)] == [""]


def test_setting_a_name_signs_earlier_unsigned_work_in_one_undoable_edit(store, assessed_case, tmp_path):  # noqa: F811
    letter = assessed_case.letter()
    terms = {t.label: t.id for t in list_terms(store)}
    start = letter.text.index("forcible")
    add_tag(store, letter.id, start, start + 8, terms["Forced labour"], "before my name was set", "")
    correct_fields(store, assessed_case.summary.id, {"addressee_title": "Chief Executive"}, "")
    before = {t.id: t.author for t in tags_for_case(store, assessed_case.summary.id)}
    assert unsigned_count(store).tags == 1 and unsigned_count(store).corrections == 1

    signed = sign_unsigned(store, "Ana Reviewer")
    assert (signed.value.tags, signed.value.corrections, signed.value.total) == (1, 1, 2)
    after = {t.id: t.author for t in tags_for_case(store, assessed_case.summary.id)}
    assert {i for i in after if after[i] != before[i]} == {i for i in before if before[i] == ""}
    assert set(after.values()) == {"Ana Reviewer", "Ana"}  # a tag someone else signed keeps its author
    assert unsigned_count(store).total == 0
    out = tmp_path / "signed.docx"
    export_briefing(store, [assessed_case.summary.reference], out)
    note = next(c.text for c in docx.Document(str(out)).comments if "before my name was set" in c.text)
    assert "Tagged by Ana Reviewer" in note

    signed.inverse.apply(store)  # Ctrl+Z: the signature goes back, nothing else
    assert {t.id: t.author for t in tags_for_case(store, assessed_case.summary.id)} == before
    assert unsigned_count(store).total == 2
    assert sign_unsigned(store, "  ").value.total == 0  # a blank name signs nothing


def test_tags_outside_the_allegations_are_listed_by_section(store, assessed_case, tmp_path):  # noqa: F811
    letter = assessed_case.letter()
    terms = {t.label: t.id for t in list_terms(store)}
    sections = {s.kind: s for s in letter.sections}
    text = letter.text
    wanted = []
    for kind, phrase, term in [(SectionKind.QUESTIONS, "Please provide", "Forced labour"),
                               (SectionKind.INTRODUCTION, "We have the honour", "Surveillance and privacy")]:
        start = text.index(phrase, sections[kind].start)
        add_tag(store, letter.id, start, start + len(phrase), terms[term], f"outside: {kind}", "Ana")
        wanted.append((phrase, term, kind))
    out = tmp_path / "briefing.docx"
    count = export_briefing(store, [REFERENCE], out)
    headings = _headings(out)
    titles = [text for _style, text in headings]
    other = titles.index("Other tagged passages")
    assert titles.index("Allegations") < other < titles.index("Legal framework")
    # Grouped by section, in the letter's order (introduction before questions), one level below.
    assert titles[other + 1:other + 3] == ["Introduction", "Questions"]
    assert headings[other][0] == "Heading 1" and headings[other + 1][0] == "Heading 2"
    comments = _comments(out)
    assert len(comments) == count == len(tags_for_case(store, assessed_case.summary.id)) + 4
    for phrase, term, kind in wanted:
        anchored = next(a for a, c in comments if f"outside: {kind}" in c)
        assert anchored == phrase and any(term in c for a, c in comments if a == phrase)
    # The excerpt is the tagged paragraph, for context, and the allegations do not repeat it.
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    excerpt = next(p for p in paragraphs[paragraphs.index("Questions"):] if "Please provide" in p)
    assert excerpt.startswith("1. Please provide any additional information")
    assert export_briefing(store, [REFERENCE], tmp_path / "b.docx", BriefingOptions(chosen_sections={"allegations"})) \
        == count  # comments counted from the data; the chosen sections only leave texts out
    assert "Other tagged passages" not in [t for _s, t in _headings(tmp_path / "b.docx")]


def test_other_tagged_passages_are_redacted_like_the_rest(store, assessed_case, tmp_path):  # noqa: F811
    letter = assessed_case.letter()
    terms = {t.label: t.id for t in list_terms(store)}
    start = letter.text.index("Dear Mr. Hualong Liu")
    add_tag(store, letter.id, start, start + 4, terms["Forced labour"], "", "Ana")
    redact(store, assessed_case.summary.id, "Hualong Liu", "Mr. A")
    for mode, shown in (("redacted", False), ("pseudonymised", False), ("full", True)):
        out = tmp_path / f"{mode}.docx"
        export_briefing(store, [REFERENCE], out, redaction=mode)
        paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
        excerpt = next(p for p in paragraphs[paragraphs.index("Other tagged passages"):] if p.startswith("Dear"))
        assert ("Hualong" in excerpt) is shown, (mode, excerpt)
        assert ("Mr. A" in excerpt) is (mode == "pseudonymised")
        anchored = next(a for a, c in _comments(out) if c.startswith("Forced labour") and a.startswith("Dear"))
        assert anchored == "Dear"  # the comment stays on the tagged word after redaction moved the text
