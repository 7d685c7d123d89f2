"""The fictional corpus in tests/data/letters (made by make_variants.py, which checks its own output).

Every letter is read in every form it has — PDF, DOCX, its naive text copy and
its other text copies (flattened, from a sharing site, from the salutation on,
page 2 alone) — and each must give every field its expected JSON promises.
The corpus covers each letter item of shared/design/REAL_LETTERS.md; the
manifest's features say which letter shows which.
"""

from __future__ import annotations

import json

import pytest

from reviewdesk.documents.reader import analyse_file
from reviewdesk.domain.letter import DocumentKind, SectionKind
from reviewdesk.services.letters import letter_fields_json

from ..conftest import DATA

CORPUS = DATA / "letters"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
CASES = [(entry["name"], form, entry["expected"], filename)
         for entry in MANIFEST for form, filename in entry["forms"].items()]
TEXT_CHECKS = {"allegations_starts", "allegations_ends", "must_not_appear_in_body"}


@pytest.fixture(scope="module")
def analysed():
    cache = {}

    def analyse(filename):
        if filename not in cache:
            path = CORPUS / filename
            cache[filename] = analyse_file(path.read_bytes(), path.name)[1]
        return cache[filename]

    return analyse


def test_the_corpus_has_every_form():
    forms = {form for _name, form, _expected, _file in CASES}
    kinds = {entry["name"].removeprefix(entry["copy_of"] + "_") for entry in MANIFEST if entry["copy_of"]}
    assert forms == {"pdf", "docx", "txt"}
    assert kinds == {"flat", "shared", "salutation", "page2"}
    letters = [entry for entry in MANIFEST if entry["copy_of"] is None]
    assert len(letters) >= 15 and all(set(entry["forms"]) == {"pdf", "docx", "txt"} for entry in letters)


@pytest.mark.parametrize(("name", "form", "expected_file", "filename"), CASES,
                         ids=[f"{name}-{form}" for name, form, _e, _f in CASES])
def test_corpus_letter_fields(analysed, name, form, expected_file, filename):
    expected = json.loads((CORPUS / expected_file).read_text(encoding="utf-8"))
    result = analysed(filename)
    assert result.kind is DocumentKind.LETTER
    got = letter_fields_json(result.fields, result.page_count)
    skip = TEXT_CHECKS | ({"pages"} if form != "pdf" else set())
    mismatches = {k: (got.get(k), v) for k, v in expected.items() if k not in skip and got.get(k) != v}
    assert not mismatches, mismatches


@pytest.mark.parametrize(("name", "form", "expected_file", "filename"), CASES,
                         ids=[f"{name}-{form}" for name, form, _e, _f in CASES])
def test_corpus_letter_sections_and_clean_text(analysed, name, form, expected_file, filename):
    expected = json.loads((CORPUS / expected_file).read_text(encoding="utf-8"))
    body = analysed(filename).body
    allegations = body.section_text(SectionKind.ALLEGATIONS)
    if "allegations_starts" in expected:
        assert allegations.startswith(expected["allegations_starts"]), allegations[:80]
        # This corpus ends its allegations before the concerns; the real fixture's expected
        # file (the reference) ends them after the concerns, as ReviewDesk does. So the
        # corpus end must lie inside the allegations, not at their end.
        assert expected["allegations_ends"] in allegations, expected["allegations_ends"]
    footnotes = body.section(SectionKind.FOOTNOTES)
    running_text = body.text[: footnotes.start] if footnotes else body.text  # footnotes live in their own section
    for banned in expected.get("must_not_appear_in_body", []):
        assert banned not in running_text, banned


@pytest.mark.parametrize("filename", [f for _n, form, _e, f in CASES if form != "docx"])
def test_question_spans_point_into_the_text_and_stop_before_the_closing(analysed, filename):
    result = analysed(filename)
    text = result.body.text
    for question in result.fields.questions:
        assert " ".join(text[question.start:question.end].split()) == question.text
        for closing in ("This communication and any response", "Pending a response", "Dans l’attente",
                        "Esta comunicación y toda respuesta", "We would appreciate receiving a response"):
            assert closing not in question.text
    closing = result.body.section_text(SectionKind.CLOSING)
    assert closing, "every letter has a closing"


def test_the_committed_corpus_matches_its_definitions():
    """make_variants.py --check rebuilds the expected JSON and text copies from src/ and compares (no LibreOffice)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(CORPUS / "make_variants.py"), "--check"],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
