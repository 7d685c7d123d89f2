"""REFI-QDA: a .qdpx export valid against the standard's schema, faithful to the store, redacted like a briefing,
and imported back (ours and another tool's) with the same codings, or refused whole with the reason."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
import xmlschema
from sqlalchemy import func, select

from reviewdesk.cli import main
from reviewdesk.db import open_store
from reviewdesk.db.models import Document, StoredFile, Tag, Term, Vocabulary
from reviewdesk.documents.qdpx import NS, QdpxError, read_qdpx
from reviewdesk.domain.assessment import Verdict
from reviewdesk.domain.folding import fold
from reviewdesk.domain.redaction import BAR
from reviewdesk.services.answer_links import answers_overview
from reviewdesk.services.assessment import case_assessment, set_grade, set_verdict
from reviewdesk.services.cases import case_detail
from reviewdesk.services.files import original_file
from reviewdesk.services.importer import import_paths
from reviewdesk.services.qda import export_codebook, export_project, term_guid
from reviewdesk.services.qda_import import (
    QdaImportError,
    import_codebook,
    import_project,
)
from reviewdesk.services.redaction import redact
from reviewdesk.services.tags import add_tag, tags_for_case
from reviewdesk.services.terms import list_terms

from ..conftest import DATA, LETTERS, REPLIES
from .test_redaction import NAME, PSEUDONYM, SPEC, named_case  # noqa: F401 - named_case is a fixture

SCHEMAS = Path(__file__).resolve().parents[2] / "src" / "reviewdesk" / "documents" / "schemas"
REFERENCE = "AL OTH 78/2021"
QUALCODER = DATA / "qda" / "qualcoder"


@pytest.fixture(scope="module")
def project_schema():
    return xmlschema.XMLSchema(SCHEMAS / "Project.xsd")


@pytest.fixture
def reviewed(store):
    """The fixture letter (with its annex) and reply as PDFs, tagged on all three, with a verdict and a grade."""
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    detail = case_detail(store, REFERENCE)
    terms = {t.label: t for t in list_terms(store)}
    letter, annex = detail.letter(), detail.annex()
    reply = next(d for d in detail.documents if d.kind.value == "reply")
    start = letter.text.index("forced labour")
    add_tag(store, letter.id, start, start + len("forced labour"), terms["Forced labour"].id,
            "Supply chain: see the annex", "Ana Reviewer")
    start = letter.text.index("arbitrary detention")
    add_tag(store, letter.id, start, start + len("arbitrary detention"), terms["Arbitrary detention"].id, "", "Ben")
    add_tag(store, annex.id, 0, 40, terms["Arbitrary detention"].id, "The annex's opening", "Ana Reviewer")
    add_tag(store, reply.id, 5, 60, terms["Forced labour"].id, "", "Ana Reviewer")
    question = answers_overview(store, detail.summary.id)[0]
    set_verdict(store, question.question_id, Verdict.PARTIAL, "Only the first part")
    set_grade(store, detail.summary.id, reply.id, "piccone", "responsive-incomplete", ["investigation opened"],
              "A partial answer")
    return case_detail(store, REFERENCE)


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def _codings(path: Path) -> list[tuple]:
    """What a project's codings say, free of GUIDs and dates: source, range, words, code path, note, coder."""
    project = read_qdpx(path.read_bytes(), str(path))
    paths = {}
    for code, parent in project.all_codes():
        paths[code.guid] = f"{paths[parent.guid]} › {code.name}" if parent else code.name
    notes = {n.guid: n.text for n in project.notes}
    users = {u.guid: u.name for u in project.users}
    return sorted((source.name, s.start, s.end, source.text[s.start:s.end], paths[code],
                   tuple(notes[n] for n in s.note_guids), users.get(s.author))
                  for source in project.sources for s in source.selections for code in s.code_guids)


def test_export_is_valid_refi_qda_and_says_what_the_store_holds(store, reviewed, tmp_path, project_schema):
    out = tmp_path / "case.qdpx"
    summary = export_project(store, [REFERENCE], out, reviewer="Ana Reviewer", redaction="full")
    entries = _entries(out)
    project_schema.validate(io.BytesIO(entries["project.qde"]))
    assert (summary.cases, summary.sources, summary.codings, summary.notes, summary.originals) == (1, 3, 4, 2, 2)
    assert all(name == "project.qde" or name.startswith("sources/") and name.count("/") == 1 for name in entries)
    project = read_qdpx(out.read_bytes(), str(out))
    assert project.origin.startswith("ReviewDesk")
    assert {u.name for u in project.users} == {"Ana Reviewer", "Ben"}
    assert project.creator == next(u.guid for u in project.users if u.name == "Ana Reviewer")
    by_id = {d.id: d for d in reviewed.documents}
    tags = tags_for_case(store, reviewed.summary.id)
    for document in reviewed.documents:
        source = next(s for s in project.sources if s.name == f"{document.filename} ({document.kind.value})")
        # The plain text is the stored text as it is, and the PDF original rides along (once for letter and annex).
        assert source.text == document.text and source.original_suffix == ".pdf"
        assert source.original == original_file(store, document.id).data
        own = sorted((t.start, t.end, t.quote) for t in tags if t.document_id == document.id)
        assert sorted((s.start, s.end, source.text[s.start:s.end]) for s in source.selections) == own
    assert len([n for n in entries if n.endswith(".pdf")]) == 2 and len(by_id) == 3
    # The codebook: vocabularies as folders, the term tree under them, colours and descriptions kept.
    allegations = next(c for c in project.codes if c.name == "Allegations")
    assert not allegations.codable
    labour = next(c for c in allegations.children if c.name == "Labour exploitation")
    forced = next(c for c in labour.children if c.name == "Forced labour")
    term = next(t for t in list_terms(store) if t.label == "Forced labour")
    assert forced.guid == term_guid("allegations", term.key) and forced.colour == term.colour and forced.codable
    assert forced.description == term.description
    # Notes as Notes the selections refer to; verdicts and grade as the case's variables.
    assert {n.text for n in project.notes} == {"Supply chain: see the annex", "The annex's opening"}
    names = {v.guid: v.name for v in project.variables}
    (case,) = project.cases
    values = {names[v.variable]: v.value for v in case.values}
    assert case.name == REFERENCE and len(case.sources) == 3
    assert values["Verdict Q1"] == "partially answered" and values["Verdict Q1 note"] == "Only the first part"
    assert values["Grade"] == "Responsive but incomplete" and values["Actions reported"] == "investigation opened"
    assert values["Grade note"] == "A partial answer" and values["Letter date"] == "2021-03-12"


def test_codebook_alone_is_valid_and_imports_back_by_guid(store, tmp_path):
    out = tmp_path / "codebook.qdc"
    codes = export_codebook(store, out)
    xmlschema.XMLSchema(SCHEMAS / "Codebook.xsd").validate(str(out))
    active = len(list_terms(store))
    assert codes == active + len({t.vocabulary for t in list_terms(store)})
    other = open_store(tmp_path / "other.rdstore")
    try:
        report = import_codebook(other, out)
        assert (report.terms_matched, report.terms_created) == (active, 0)
    finally:
        other.close()


def test_round_trip_into_an_empty_store_gives_the_same_codings(store, reviewed, tmp_path):
    first, second = tmp_path / "first.qdpx", tmp_path / "second.qdpx"
    export_project(store, [REFERENCE], first, redaction="full")
    other = open_store(tmp_path / "empty.rdstore")
    try:
        report = import_project(other, first)
        assert (report.files_stored, report.codings, report.exact, report.unplaced) == (2, 4, 4, ())
        assert report.terms_created == 0
        export_project(other, [REFERENCE], second, redaction="full")
        assert _codings(second) == _codings(first) and len(_codings(first)) == 4
        # The verdict and the grade come back too (the case had none in the empty store).
        assert (report.verdicts, report.grades) == (1, 1)
        assessment = case_assessment(other, case_detail(other, REFERENCE).summary.id)
        assert [(v.value, v.note) for v in assessment.verdicts.values() if v.value] == [
            (Verdict.PARTIAL, "Only the first part")]
        grade = assessment.grade
        assert (grade.value, grade.actions, grade.note) == ("responsive-incomplete", ("investigation opened",),
                                                            "A partial answer")
        # The same file again adds nothing: its files are in the store, its tags already there.
        again = import_project(other, first)
        assert (again.files_stored, again.files_matched, again.codings, again.already) == (0, 2, 0, 4)
        assert (again.verdicts, again.grades) == (0, 0)  # what the store holds is never overruled
    finally:
        other.close()


def test_codings_import_onto_documents_already_in_the_store(store, reviewed, tmp_path):
    """Matched by content hash: the store holding the same PDFs (untagged) takes the codings."""
    out = tmp_path / "case.qdpx"
    export_project(store, [REFERENCE], out, redaction="full")
    other = open_store(tmp_path / "same-files.rdstore")
    try:
        import_paths(other, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
        report = import_project(other, out)
        assert (report.files_stored, report.files_matched, report.codings) == (0, 2, 4)
        detail = case_detail(other, REFERENCE)
        assert sorted(t.quote for t in tags_for_case(other, detail.summary.id)) == sorted(
            t.quote for t in tags_for_case(store, reviewed.summary.id))
    finally:
        other.close()


@pytest.mark.parametrize("mode", ["redacted", "pseudonymised"])
def test_a_redacted_string_is_in_no_part_of_the_qdpx(store, named_case, tmp_path, mode):  # noqa: F811
    redact(store, named_case.summary.id, NAME, PSEUDONYM)
    out = tmp_path / f"{mode}.qdpx"
    summary = export_project(store, [SPEC.reference], out, reviewer="Ana", redaction=mode)
    entries = _entries(out)
    assert summary.originals == 0 and not [n for n in entries if not n.endswith((".txt", ".qde"))]
    for name, data in entries.items():
        folded = fold(data.decode("utf-8"))
        assert "kovarszky" not in folded and "zoltan" not in folded, name
    shown = BAR if mode == "redacted" else PSEUDONYM
    project = read_qdpx(out.read_bytes(), str(out))
    letter = next(s for s in project.sources if "(letter)" in s.name)
    (selection,) = [s for s in letter.selections]
    # The tag stays on the same words, which now show the bar or the pseudonym; its note is scrubbed too.
    assert letter.text[selection.start:selection.end].startswith(f"Mr. {shown}, a fictional worker")
    assert any(n.text.startswith(f"{shown} is the main victim") for n in project.notes)
    xmlschema.XMLSchema(SCHEMAS / "Project.xsd").validate(io.BytesIO(entries["project.qde"]))


def test_a_full_export_keeps_the_name(store, named_case, tmp_path):  # noqa: F811
    redact(store, named_case.summary.id, NAME, PSEUDONYM)
    out = tmp_path / "full.qdpx"
    export_project(store, [SPEC.reference], out, redaction="full")
    assert any(NAME in data.decode("utf-8", "replace") for data in _entries(out).values())


def test_a_redacted_export_imports_back_by_quote(store, named_case, tmp_path):  # noqa: F811
    """Without originals, the texts are imported as text files; each coding lands on the words it was on."""
    redact(store, named_case.summary.id, NAME, PSEUDONYM)
    out = tmp_path / "redacted.qdpx"
    export_project(store, [SPEC.reference], out, redaction="redacted")
    other = open_store(tmp_path / "empty.rdstore")
    try:
        report = import_project(other, out)
        assert report.codings == 1 and report.unplaced == ()
        with other.session() as session:
            (tag,) = session.scalars(select(Tag)).all()
            assert tag.quote.startswith(f"Mr. {BAR}, a fictional worker") and "kovarszky" not in fold(tag.note)
    finally:
        other.close()


def _qualcoder_package(tmp_path: Path, edit=None) -> Path:
    """The hand-written QualCoder-style project zipped as QualCoder does; ``edit(qde) -> qde`` breaks it for a test."""
    out = tmp_path / "rio_claro.qdpx"
    qde = (QUALCODER / "project.qde").read_text(encoding="utf-8")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("project.qde", edit(qde) if edit else qde)
        for path in sorted((QUALCODER / "sources").iterdir()):
            package.writestr(f"sources/{path.name}", path.read_bytes())
    return out


def test_another_tools_project_maps_its_codes_into_a_vocabulary(store, tmp_path):
    package = _qualcoder_package(tmp_path)
    report = import_project(store, package)
    assert report.vocabularies == ("qda-rio-claro-fieldwork",)
    assert (report.terms_created, report.codings, report.unplaced) == (5, 4, ())
    assert any("PictureSource" in w for w in report.warnings)
    with store.session() as session:
        vocabulary = session.scalar(select(Vocabulary).where(Vocabulary.key == "qda-rio-claro-fieldwork"))
        assert vocabulary.name == "Rio Claro fieldwork"
        terms = {t.label: t for t in session.scalars(select(Term).where(Term.vocabulary_id == vocabulary.id))}
        assert terms["Water access"].parent_id == terms["Land and water"].id
        assert terms["Water access"].colour == "#1E90FF" and terms["Detention"].colour == "#DD5555"
        assert terms["Water access"].description == "Wells, pipes and fences around them"
        tags = {terms_label: tag for tag in session.scalars(select(Tag))
                for terms_label in [next(label for label, t in terms.items() if t.id == tag.term_id)]}
        texts = {d.id: d.text for d in session.scalars(select(Document))}
    # Offsets in code points: the range over the emoji lands on the same words.
    assert texts[tags["Water access"].document_id][tags["Water access"].start:tags["Water access"].end] == \
        "fenced the well 🚰 without notice"
    assert tags["Water access"].note == "The well fenced at night"  # QualCoder's coding memo
    assert tags["Detention"].note == "Both were released the next morning, according to the residents."
    assert tags["Intimidation"].quote == "threats after she spoke at the public meeting"
    assert {tag.author for tag in tags.values()} == {"fieldworker"}
    again = import_project(store, package)
    assert (again.terms_created, again.terms_matched, again.codings, again.already) == (0, 5, 0, 4)


def test_another_tools_codes_can_go_into_a_chosen_vocabulary(store, tmp_path):
    report = import_project(store, _qualcoder_package(tmp_path), vocabulary="allegations")
    assert report.vocabularies == ("allegations",) and report.codings == 4
    assert "Water access" in {t.label for t in list_terms(store) if t.vocabulary == "Allegations"}


def _counts(store) -> tuple[int, ...]:
    with store.session() as session:
        return tuple(session.scalar(select(func.count()).select_from(model))
                     for model in (StoredFile, Document, Tag, Term, Vocabulary))


@pytest.mark.parametrize("damage, reason", [
    (lambda qde: qde.replace('endPosition="307"', 'endPosition="9999"'), r"selection 291–9999 lies outside its text"),
    (lambda qde: qde.replace("</Project>", ""), r"project.qde is not well-formed XML"),
    (lambda qde: qde.replace('c5a0b2c3-d4e5-4f60-8a1b-2c3d4e5f6a74" />', '00000000-0000-4000-8000-000000000000" />'),
     r"refers to code 00000000-0000-4000-8000-000000000000, which is not in the codebook"),
    (lambda qde: qde.replace("3f2a9c4e-1b7d-4c52-9e61-0d8a7b6c5e41.txt", "missing.txt"),
     r"refers to internal://missing.txt, which is not in the package"),
    (lambda qde: qde.replace('<?xml version="1.0" encoding="utf-8"?>',
                             '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x "y">]>'), r"document type or entities"),
    (lambda qde: qde.replace("urn:QDA-XML:project:1.0", "urn:example"), r"not in the REFI-QDA namespace"),
])
def test_a_damaged_project_is_refused_whole_naming_the_file_and_reason(store, tmp_path, damage, reason):
    before = _counts(store)
    package = _qualcoder_package(tmp_path, damage)
    with pytest.raises(QdpxError, match=reason) as caught:
        import_project(store, package)
    assert str(caught.value).startswith(f"{package}: ")
    assert _counts(store) == before


def test_not_a_zip_or_no_project_qde_is_refused(store, tmp_path):
    before = _counts(store)
    text = tmp_path / "notes.qdpx"
    text.write_text("just some text", encoding="utf-8")
    with pytest.raises(QdpxError, match=r"notes.qdpx: not a REFI-QDA project: a .qdpx is a ZIP package"):
        import_project(store, text)
    empty = tmp_path / "empty.qdpx"
    with zipfile.ZipFile(empty, "w") as package:
        package.writestr("sources/a.txt", "text")
    with pytest.raises(QdpxError, match=r"empty.qdpx: no project.qde in the package"):
        import_project(store, empty)
    with pytest.raises(QdaImportError, match=r"missing.qdpx: cannot be read"):
        import_project(store, tmp_path / "missing.qdpx")
    assert _counts(store) == before


def test_a_source_that_cannot_be_read_stores_nothing_of_the_others(store, reviewed, tmp_path):
    out = tmp_path / "case.qdpx"
    export_project(store, [REFERENCE], out, redaction="full")
    entries = _entries(out)
    pdfs = sorted(n for n in entries if n.endswith(".pdf"))
    broken = tmp_path / "broken.qdpx"
    with zipfile.ZipFile(broken, "w") as package:
        for name, data in entries.items():
            package.writestr(name, b"%PDF-1.4 not really" if name == pdfs[-1] else data)
    other = open_store(tmp_path / "empty.rdstore")
    try:
        before = _counts(other)
        with pytest.raises(QdaImportError, match=r"broken.qdpx: source .* cannot be read .*nothing was stored"):
            import_project(other, broken)
        assert _counts(other) == before
    finally:
        other.close()


def test_cli_exports_and_imports_qdpx_and_qdc(store, reviewed, tmp_path, capsys):
    store_file = str(tmp_path / "test.rdstore")
    out, codebook = tmp_path / "cli.qdpx", tmp_path / "cli.qdc"
    assert main(["--store", store_file, "export", REFERENCE, "--qdpx", str(out), "--redaction", "full"]) == 0
    assert f"wrote {out} (1 case(s), 3 source(s), 2 original file(s), 4 coding(s)" in capsys.readouterr().out
    assert main(["--store", store_file, "export", "--qdc", str(codebook)]) == 0
    assert f"wrote {codebook} (" in capsys.readouterr().out
    assert main(["--store", store_file, "export", "--qdpx", str(out)]) == 2
    assert "say which cases to export" in capsys.readouterr().err
    other = str(tmp_path / "other.rdstore")
    assert main(["--store", other, "import-qdpx", str(out)]) == 0
    assert "4 coding(s) imported (4 at their offsets" in capsys.readouterr().out
    assert main(["--store", other, "import-qdpx", str(codebook)]) == 0
    assert "created in" in capsys.readouterr().out
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"PK\x03\x04 broken")
    assert main(["--store", other, "import-qdpx", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"reviewdesk: {bad}: ") and err.count("\n") == 1


def test_project_qde_uses_the_standard_namespace(store, reviewed, tmp_path):
    out = tmp_path / "ns.qdpx"
    export_project(store, [REFERENCE], out)
    qde = _entries(out)["project.qde"].decode("utf-8")
    assert f'<Project xmlns="{NS}"' in qde and qde.startswith('<?xml version="1.0" encoding="utf-8"?>')
