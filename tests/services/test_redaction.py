"""Redactions: every occurrence marked, undo, offsets mapped, and exports that leave no byte of a redacted name."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from reviewdesk.cli import main
from reviewdesk.documents.briefing import BriefingOptions
from reviewdesk.domain.assessment import Verdict
from reviewdesk.domain.folding import fold
from reviewdesk.domain.redaction import (
    BAR,
    RedactionMode,
    RedactionModeError,
    Span,
    apply_redaction,
    redact_text,
)
from reviewdesk.services.answer_links import answers_overview, link_passage
from reviewdesk.services.assessment import set_verdict
from reviewdesk.services.cases import case_detail
from reviewdesk.services.export import (
    ASSESSMENT_FIELDS,
    TAG_FIELDS,
    assessment_rows,
    export_briefing,
    tag_rows,
    write_table,
)
from reviewdesk.services.importer import import_paths
from reviewdesk.services.redaction import (
    RedactionError,
    redact,
    redact_span,
    redactions_for_case,
    remove_redaction,
)
from reviewdesk.services.tags import add_tag
from reviewdesk.services.terms import list_terms

from ..generated import MANDATE_NAMES, LetterSpec, letter_text, reply_text

NAME = "Zoltán Kovarszky"  # fictional
PSEUDONYM = "Mr. A"
SPEC = LetterSpec("AL", "OTH", 5, 2024, date(2024, 3, 1), 60, "Mr. Test Person", "Fictional Mining Ltd",
                  (MANDATE_NAMES[0],))


def _write_case(folder: Path) -> list[Path]:
    """A fictional letter naming the victim three ways (accented, plain, surname alone) and a reply naming him."""
    folder.mkdir()
    letter = letter_text(SPEC).replace(
        "Mr. Test Example, a fictional worker,",
        f"Mr. {NAME}, a fictional worker, (also written ZOLTAN KOVARSZKY in the complaint)")
    letter = letter.replace("No real person", "Mr. Kovarszky was later released. No real person")
    reply = reply_text(SPEC, date(2024, 4, 20), 0).replace(
        "did not take place as stated.", "did not take place as stated; Mr. Zoltan Kovarszky was never detained.")
    paths = [folder / f"{SPEC.stem}.txt", folder / f"REPLY_{SPEC.stem}_Kovarszky.txt"]
    paths[0].write_text(letter, encoding="utf-8")
    paths[1].write_text(reply, encoding="utf-8")
    return paths


@pytest.fixture
def named_case(store, tmp_path):
    import_paths(store, _write_case(tmp_path / "in"))
    detail = case_detail(store, SPEC.reference)
    letter = detail.letter()
    reply = next(d for d in detail.documents if d.id != letter.id)
    term = list_terms(store)[0].id
    start = letter.text.index(f"Mr. {NAME}")
    add_tag(store, letter.id, start, start + 40, term, f"{NAME} is the main victim; see Kovarszky's statement", "Ana")
    q = answers_overview(store, detail.summary.id)[0]
    start = reply.text.index("the fictional events")
    end = reply.text.index("never detained.") + len("never detained.")
    link_passage(store, q.question_id, reply.id, start, end)
    set_verdict(store, q.question_id, Verdict.PARTIAL, "denies detaining Mr. kovarszky")
    return detail


def test_apply_redaction_in_each_mode_and_offsets_follow():
    text = "Mr. Ahmed X met Mr. Ahmed X again."
    spans = [Span(4, 11, "Mr. A"), Span(20, 27, None)]
    assert apply_redaction(text, spans, "redacted") == f"Mr. {BAR} met Mr. {BAR} again."
    assert apply_redaction(text, spans, RedactionMode.PSEUDONYMISED) == "Mr. Mr. A met Mr. [redacted] again."
    assert apply_redaction(text, spans, "full") == text
    new, offsets = redact_text(text, spans, "pseudonymised")
    # A mark on "met", one on "again", one over the first name, one starting inside it.
    assert new[offsets.map(12):offsets.map(15, end=True)] == "met"
    assert new[offsets.map(28):offsets.map(33, end=True)] == "again"
    assert new[offsets.map(4):offsets.map(11, end=True)] == "Mr. A"
    assert new[offsets.map(6):offsets.map(15, end=True)] == "Mr. A met"
    assert new[offsets.map(0):offsets.map(4, end=True)] == "Mr. "
    with pytest.raises(RedactionModeError, match="redacted, pseudonymised or full"):
        apply_redaction(text, spans, "hidden")


def test_redact_marks_every_occurrence_whatever_the_case_and_accents_and_undoes(store, named_case):
    case_id = named_case.summary.id
    edit = redact(store, case_id, "zoltan kovarszky", PSEUDONYM, "Ana")
    made = edit.value
    texts = {d.id: d.text for d in named_case.documents}
    found = sorted(texts[r.document_id][r.start:r.end] for r in made)
    assert found == sorted([NAME, "ZOLTAN KOVARSZKY", "Zoltan Kovarszky"])
    assert {r.pseudonym for r in redactions_for_case(store, case_id)} == {PSEUDONYM}
    assert edit.changes.cases == {case_id}
    redo = edit.inverse.apply(store)
    assert redactions_for_case(store, case_id) == ()
    redo.inverse.apply(store)
    assert [r.id for r in redactions_for_case(store, case_id)] == [r.id for r in made]
    removed = remove_redaction(store, made[0].id)
    assert len(redactions_for_case(store, case_id)) == 2
    removed.inverse.apply(store)
    assert len(redactions_for_case(store, case_id)) == 3
    with pytest.raises(RedactionError, match="does not occur"):
        redact(store, case_id, "Nobody Atall")


def test_redact_span_marks_one_span_only_and_refuses_a_bad_one(store, named_case):
    letter = named_case.letter()
    start = letter.text.index("Kovarszky was later")
    edit = redact_span(store, letter.id, start, start + len("Kovarszky"), "the victim")
    assert edit.value.text == "Kovarszky" and len(redactions_for_case(store, named_case.summary.id)) == 1
    with pytest.raises(RedactionError, match="not a span"):
        redact_span(store, letter.id, 10, 10**7)


def _docx_parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name).decode("utf-8") for name in package.namelist()
                if name.endswith((".xml", ".rels"))}


def _pieces_left(text: str) -> list[str]:
    folded = fold(text)
    return [piece for piece in ("zoltan", "kovarszky") if piece in folded]


def _export_all(store, tmp_path: Path, mode: str) -> tuple[dict[str, str], str]:
    out = tmp_path / f"{mode}.docx"
    export_briefing(store, [SPEC.reference], out, BriefingOptions(author="Ana Reviewer"), reviewer="Ana Reviewer",
                    redaction=mode)
    tables = []
    for fmt in ("csv", "json"):
        tags, verdicts = tmp_path / f"{mode}-tags.{fmt}", tmp_path / f"{mode}-assessment.{fmt}"
        write_table(tag_rows(store, [SPEC.reference], mode), TAG_FIELDS, tags, fmt,
                    also=[(assessment_rows(store, [SPEC.reference], mode), ASSESSMENT_FIELDS, verdicts)])
        tables += [tags.read_text(encoding="utf-8-sig"), verdicts.read_text(encoding="utf-8-sig")]
    return _docx_parts(out), "\n".join(tables)


def test_exports_leave_no_byte_of_a_redacted_name_in_any_part(store, named_case, tmp_path):
    redact(store, named_case.summary.id, NAME, PSEUDONYM)
    parts, tables = _export_all(store, tmp_path, "redacted")
    assert {"word/document.xml", "word/comments.xml", "docProps/core.xml"} <= set(parts)
    for name, xml in parts.items():
        assert _pieces_left(xml) == [], name
    assert _pieces_left(tables) == []
    assert BAR in parts["word/document.xml"] and BAR in parts["word/comments.xml"] and BAR in tables
    assert PSEUDONYM not in parts["word/document.xml"]
    # The tag's comment stays anchored on the (redacted) words it was on.
    assert "main victim" not in parts["word/document.xml"] and "main victim" in parts["word/comments.xml"]


def test_pseudonymised_exports_show_the_pseudonym_and_never_the_name(store, named_case, tmp_path):
    redact(store, named_case.summary.id, NAME, PSEUDONYM)
    parts, tables = _export_all(store, tmp_path, "pseudonymised")
    for name, xml in parts.items():
        assert _pieces_left(xml) == [], name
    assert _pieces_left(tables) == []
    assert f"Mr. {PSEUDONYM}, a fictional worker" in parts["word/document.xml"]
    assert f"{PSEUDONYM} is the main victim" in parts["word/comments.xml"]
    assert PSEUDONYM in tables and BAR not in tables


def test_full_exports_keep_the_name(store, named_case, tmp_path):
    redact(store, named_case.summary.id, NAME, PSEUDONYM)
    parts, tables = _export_all(store, tmp_path, "full")
    assert NAME in parts["word/document.xml"] and "kovarszky" in fold(parts["word/comments.xml"])
    assert NAME in tables
    assert BAR not in parts["word/document.xml"]


def test_cli_redacts_lists_and_exports(store, named_case, tmp_path, capsys):
    store_file = str(tmp_path / "test.rdstore")  # the store fixture's file: the CLI opens it as a second process would
    assert main(["--store", store_file, "redact", SPEC.reference, "--text", "kovarszky", "--pseudonym", "the man",
                 "--by", "Ana"]) == 0
    assert "redacted 4 occurrence(s)" in capsys.readouterr().out
    assert main(["--store", store_file, "redact", SPEC.reference, "--list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 4 and {row["pseudonym"] for row in listed} == {"the man"}
    out = tmp_path / "cli.docx"
    assert main(["--store", store_file, "export", SPEC.reference, "--docx", str(out), "--json",
                 str(tmp_path / "cli.json"), "--redaction", "pseudonymised"]) == 0
    assert all("kovarszky" not in fold(xml) for xml in _docx_parts(out).values())
    assert "the man" in _docx_parts(out)["word/document.xml"]
    assert "kovarszky" not in fold((tmp_path / "cli-tags.json").read_text(encoding="utf-8"))
    assert main(["--store", store_file, "redact", SPEC.reference, "--pseudonym", "x"]) == 2
    assert main(["--store", store_file, "redact", SPEC.reference, "--text", "Nobody Atall"]) == 1
    assert "does not occur" in capsys.readouterr().err


def test_cover_fields_template_headers_properties_and_portfolio_are_redacted(store, named_case, tmp_path):
    """The organisation redacted leaves the cover; a template's header and properties naming the victim are
    scrubbed; in a portfolio the victim is hidden in the other case's text too."""
    import docx

    other = LetterSpec("AL", "OTH", 6, 2024, date(2024, 5, 2), 60, "Ms. Other Addressee", "Other Fictional Co",
                       (MANDATE_NAMES[1],))
    path = tmp_path / "other.txt"
    path.write_text(letter_text(other).replace("Mr. Test Example", "Mr. Kovarszky's brother"), encoding="utf-8")
    import_paths(store, [path])
    redact(store, named_case.summary.id, NAME, PSEUDONYM)
    redact(store, named_case.summary.id, "Fictional Mining Ltd", "the company")
    template = docx.Document()
    template.sections[0].header.paragraphs[0].text = f"File of {NAME}"
    template.sections[0].footer.paragraphs[0].text = "Kovarszky — confidential"
    template.core_properties.author = template.core_properties.comments = "Zoltan Kovarszky"
    template.save(tmp_path / "template.docx")
    out = tmp_path / "portfolio.docx"
    export_briefing(store, [SPEC.reference, other.reference], out,
                    BriefingOptions(author="Ana", template=str(tmp_path / "template.docx")), redaction="redacted")
    with zipfile.ZipFile(out) as package:
        everything = fold(b"".join(package.read(name) for name in package.namelist()).decode("utf-8", "ignore"))
        parts = package.namelist()
    assert any(name.startswith("word/header") for name in parts) and "docProps/core.xml" in parts
    assert "kovarszky" not in everything and "zoltan" not in everything
    assert "mining" not in everything
    assert "confidential" in everything  # the footer is there, its name gone
    assert "mr. █████'s brother, a █████ worker" in everything  # "Fictional", a piece of the company's name, too
    written = docx.Document(str(out))
    assert written.core_properties.author == "Ana"
    assert written.core_properties.title == "Portfolio of 2 cases"


def test_the_cover_shows_the_addressee_pseudonymised(store, named_case):
    from reviewdesk.services.export import build_briefing
    from reviewdesk.services.redaction import redactor_for

    redact(store, named_case.summary.id, "Fictional Mining Ltd", "the company")
    cover = dict(build_briefing(store, SPEC.reference,
                                redactor=redactor_for(store, [named_case.summary.id], "pseudonymised")).cover)
    assert "Fictional Mining" in dict(build_briefing(store, SPEC.reference).cover)["Addressee"]
    assert "the company" in cover["Addressee"] and "Mining" not in cover["Addressee"]


def test_a_document_moved_to_another_case_takes_its_redactions_along(store, named_case, tmp_path):
    from reviewdesk.services.filing import move_document

    other = LetterSpec("AL", "OTH", 7, 2024, date(2024, 6, 3), 60, "Ms. Other", "Other Co", (MANDATE_NAMES[1],))
    path = tmp_path / "other.txt"
    path.write_text(letter_text(other), encoding="utf-8")
    import_paths(store, [path])
    redact(store, named_case.summary.id, NAME)
    reply = next(d for d in named_case.documents if d.id != named_case.letter().id)
    move_document(store, reply.id, other.reference)
    assert {r.document_id for r in redactions_for_case(store, named_case.summary.id)} == {named_case.letter().id}
    moved = redactions_for_case(store, case_detail(store, other.reference).summary.id)
    assert [r.document_id for r in moved] == [reply.id]
