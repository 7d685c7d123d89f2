"""The real letter AL OTH 78/2021 in its three forms gives every expected field exactly."""

from __future__ import annotations

import pytest

from reviewdesk.documents.reader import analyse_file
from reviewdesk.domain.letter import DocumentKind, SectionKind
from reviewdesk.services.letters import letter_fields_json

from ..conftest import LETTERS

FORMS = ["pdf", "docx", "txt"]
FIELDS = [
    "reference", "reference_parts", "date", "reply_due", "addressee", "organisation", "mandates",
    "hrc_resolutions", "questions", "signatories", "similar_letters_to", "annex", "footnotes",
]


@pytest.fixture(scope="module", params=FORMS)
def analysed(request):
    path = LETTERS / f"AL_OTH_78_2021.{request.param}"
    _source, result = analyse_file(path.read_bytes(), path.name)
    return request.param, result


@pytest.mark.parametrize("field", FIELDS)
def test_every_expected_field(analysed, field, fixture_letter_expected):
    form, result = analysed
    got = letter_fields_json(result.fields, result.page_count)
    assert got[field] == fixture_letter_expected[field], f"{field} from the {form}"


def test_pdf_page_count(fixture_letter_expected):
    _source, result = analyse_file((LETTERS / "AL_OTH_78_2021.pdf").read_bytes(), "x.pdf")
    assert result.page_count == fixture_letter_expected["pages"]


def test_kind_and_annex_split(analysed):
    _form, result = analysed
    assert result.kind is DocumentKind.LETTER
    assert result.annex is not None
    assert result.annex.text.startswith("Annex")
    assert "Guiding Principles 25 to 31" in result.annex.text
    assert "Guiding Principles 25 to 31" not in result.body.text


def test_body_is_clean(analysed, fixture_letter_expected):
    form, result = analysed
    for text in (result.body.text, result.annex.text):
        for banned in fixture_letter_expected["must_not_appear_in_body"]:
            assert banned not in text, f"{banned!r} in the {form} body"
    body = result.body.text
    assert "tens of thousands of Uyghurs" in body  # joined across the page break
    assert "This includes the exercise" in body
    assert "mandate-holder(s)" in body  # a real hyphen stays
    assert "across their supply chains." in body
    assert "extremism.¹ Such centers" in body  # the footnote marker stays, the note moves out
    assert "**" not in body and "](#)" not in body


def test_allegations_section_bounds(analysed, fixture_letter_expected):
    form, result = analysed
    allegations = result.body.section_text(SectionKind.ALLEGATIONS)
    assert allegations.startswith(fixture_letter_expected["allegations_starts"]), form
    assert allegations.endswith(fixture_letter_expected["allegations_ends"]), form
    concerns = result.body.section_text(SectionKind.CONCERNS)
    assert concerns.startswith("While we do not wish to prejudge")


def test_sections_in_document_order(analysed):
    _form, result = analysed
    kinds = [s.kind for s in result.body.sections if s.kind is not SectionKind.CONCERNS]
    assert kinds == [
        SectionKind.HEADER, SectionKind.INTRODUCTION, SectionKind.ALLEGATIONS, SectionKind.QUESTIONS,
        SectionKind.CLOSING, SectionKind.SIGNATURES, SectionKind.FOOTNOTES,
    ]
    text = result.body.text
    assert result.body.section_text(SectionKind.SIGNATURES).startswith("Dante Pesce")
    assert result.body.section_text(SectionKind.FOOTNOTES).startswith("1 We take note")
    assert text[result.body.section(SectionKind.INTRODUCTION).start:].startswith("Dear Mr. Hualong Liu,")


def test_question_spans_point_into_the_text(analysed, fixture_letter_expected):
    _form, result = analysed
    for question, expected in zip(result.fields.questions, fixture_letter_expected["questions"]):
        assert result.body.text[question.start:question.end] == expected


def test_pdf_blocks_locate_text_on_pages():
    _source, result = analyse_file((LETTERS / "AL_OTH_78_2021.pdf").read_bytes(), "x.pdf")
    blocks = result.body.blocks
    assert blocks, "PDF lines must keep their page boxes"
    q4 = result.fields.questions[3]
    pages = {b.page for b in blocks if b.start < q4.end and b.end > q4.start}
    assert pages == {3}
    q5 = result.fields.questions[4]
    assert {b.page for b in blocks if b.start < q5.end and b.end > q5.start} == {4}
    first = next(b for b in blocks if b.start <= q5.start < b.end)
    assert result.body.text[first.start:first.end].startswith("5. Please explain")
    assert 50 < first.bbox[1] < 80  # top of page 4
    annex_pages = {b.page for b in result.annex.blocks}
    assert annex_pages == {6, 7}
