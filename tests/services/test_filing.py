"""Nothing is lost when the parser fails: documents without a reference are listed, filed, moved, re-kinded."""

from __future__ import annotations

import pymupdf
import pytest
from sqlalchemy import select

from reviewdesk.db.models import Document
from reviewdesk.domain.vocabulary import DocumentKind
from reviewdesk.services.cases import case_detail, list_cases, show_json
from reviewdesk.services.corrections import InvalidValue
from reviewdesk.services.document_kinds import KindError, set_document_kind
from reviewdesk.services.filing import FilingError, file_document, move_document, unfiled_documents
from reviewdesk.services.importer import import_paths
from reviewdesk.services.pairing import unpaired_documents
from reviewdesk.services.reanalysis import reanalyse

from ..conftest import DATA, LETTERS, REPLIES
from .snapshot import Snapshots, differences


def mangled_text(folder):
    """The fixture letter as a text copy whose reference line was lost."""
    text = (LETTERS / "AL_OTH_78_2021.txt").read_text(encoding="utf-8")
    path = folder / "letter without reference.txt"
    path.write_text("\n".join(line for line in text.splitlines() if "78/2021" not in line), encoding="utf-8")
    return path


def mangled_pdf(folder):
    """The fixture PDF with its reference blacked out, as a bad scan-and-print would leave it."""
    document = pymupdf.open(LETTERS / "AL_OTH_78_2021.pdf")
    for page in document:
        for rect in page.search_for("78/2021"):
            page.add_redact_annot(rect.include_rect(pymupdf.Rect(rect.x0 - 60, rect.y0, rect.x1, rect.y1)))
        page.apply_redactions()
    path = folder / "redacted.pdf"
    document.save(path)
    return path


@pytest.mark.parametrize("make", [mangled_text, mangled_pdf])
def test_a_letter_without_a_reference_is_listed_with_what_was_found(store, tmp_path, make):
    (result,) = import_paths(store, [make(tmp_path)]).results
    assert result.unfiled and result.reference is None and "Needs a reference" in result.warnings[-1]
    assert list_cases(store) == []
    (waiting,) = unfiled_documents(store)
    assert waiting.kind is DocumentKind.LETTER and waiting.filename == make(tmp_path).name
    assert waiting.date.isoformat() == "2021-03-12" and waiting.addressee == "Mr. Hualong Liu"
    assert any("Dear Mr. Hualong Liu" in line for line in waiting.first_lines)
    assert len(waiting.companions) == 1  # its annex, filed with it


def test_filing_makes_the_case_from_the_letter_pairs_its_waiting_reply_and_undoes_exactly(store, tmp_path):
    import_paths(store, [REPLIES / "REPLY_AL_OTH_78_2021_test.pdf", mangled_text(tmp_path)])
    (waiting,) = unfiled_documents(store)
    snapshots = Snapshots(store.path)
    try:
        before = snapshots.take()
        edit = file_document(store, waiting.id, "al oth 78 / 2021", "Ana")
        after = snapshots.take()
        filed = edit.value
        assert filed.created_case and filed.reference == "AL OTH 78/2021" and len(filed.paired_reply_ids) == 1
        assert edit.changes.case_list and unfiled_documents(store) == [] and unpaired_documents(store) == []
        detail = case_detail(store, "AL OTH 78/2021")
        assert [d.kind for d in detail.documents] == ["letter", "annex", "reply"]
        assert detail.summary.date.isoformat() == "2021-03-12" and detail.summary.reply_due.isoformat() == "2021-05-11"
        shown = show_json(detail)
        assert shown["reference"] == "AL OTH 78/2021" and shown["corrected"]["reference"]["by"] == "Ana"
        assert shown["corrected"]["reference"]["previous"] is None
        redo = edit.inverse.apply(store)
        assert snapshots.take() == before, differences(before, snapshots.take())
        redo.inverse.apply(store)
        assert snapshots.take() == after
    finally:
        snapshots.close()


def test_filing_into_an_existing_case_and_moving_documents_between_cases(store, tmp_path):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", DATA / "letters" / "UA_CHN_12_2023.docx",
                         mangled_text(tmp_path)])
    (waiting,) = unfiled_documents(store)
    filed = file_document(store, waiting.id, "AL OTH 78/2021").value
    assert not filed.created_case and "reference" not in case_detail(store, "AL OTH 78/2021").corrections
    assert len(case_detail(store, "AL OTH 78/2021").documents) == 4  # two copies of the letter, two annexes
    moved = move_document(store, waiting.id, "UA CHN 12/2023")
    assert moved.value.document_ids == filed.document_ids and moved.changes.case_list
    assert len(case_detail(store, "UA CHN 12/2023").documents) == 4
    out = move_document(store, waiting.id, None)
    assert [d.id for d in unfiled_documents(store)] == [waiting.id]
    out.inverse.apply(store)
    moved.inverse.apply(store)
    assert len(case_detail(store, "AL OTH 78/2021").documents) == 4
    with pytest.raises(InvalidValue):
        file_document(store, waiting.id, "no reference here")
    with pytest.raises(FilingError):
        file_document(store, 999, "AL OTH 78/2021")


def test_a_documents_kind_is_corrected_kept_by_reanalysis_and_undone(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    detail = case_detail(store, "AL OTH 78/2021")
    reply = next(d for d in detail.documents if d.kind == "reply")
    snapshots = Snapshots(store.path)
    try:
        before = snapshots.take()
        edit = set_document_kind(store, reply.id, "letter", "Ana")
        again = case_detail(store, "AL OTH 78/2021")
        as_letter = next(d for d in again.documents if d.id == reply.id)
        assert as_letter.kind is DocumentKind.LETTER and as_letter.corrections["kind"].previous == "reply"
        assert "mandates" in as_letter.fields  # read again as a letter
        reanalyse(store, [detail.summary.id])
        assert next(d for d in case_detail(store, "AL OTH 78/2021").documents if d.id == reply.id).kind == "letter"
        edit.inverse.apply(store)
        restored = snapshots.take()
        assert restored == before, differences(before, restored)
    finally:
        snapshots.close()
    with pytest.raises(KindError):
        set_document_kind(store, reply.id, "memo")


def test_no_import_leaves_a_document_the_reviewer_cannot_see(store, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    mangled_text(folder)
    mangled_pdf(folder)
    (folder / "reply citing nothing.txt").write_text(
        "Geneva, 3 June 2021\n\nIn reply to your letter, the company states that it audited its suppliers.\n",
        encoding="utf-8")
    (folder / "scan.pdf").write_bytes((LETTERS / "AL_OTH_78_2021_scanned.pdf").read_bytes())
    import_paths(store, [folder, DATA / "letters", LETTERS / "AL_OTH_78_2021.docx"], ocr_language=None)
    visible = {d.id for case in list_cases(store) for d in case_detail(store, case.reference).documents}
    for waiting in unfiled_documents(store):
        visible |= {waiting.id, *waiting.companions}
    visible |= {d.id for d in unpaired_documents(store)}
    with store.session() as session:
        every = set(session.scalars(select(Document.id)))
    assert every and every == visible
    assert {d.filename for d in unfiled_documents(store)} >= {"letter without reference.txt", "redacted.pdf",
                                                              "scan.pdf"}


def test_a_reply_is_filed_into_an_existing_case_only(store):
    import_paths(store, [REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    (reply,) = unpaired_documents(store)
    with pytest.raises(FilingError, match="a new case is made from its letter"):
        file_document(store, reply.id, "AL GBR 5/2021")
    import_paths(store, [LETTERS / "AL_OTH_78_2021.txt"])  # pairs the waiting reply by its cited reference
    assert case_detail(store, "AL OTH 78/2021").summary.reply_count == 1
