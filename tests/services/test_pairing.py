"""Pairing replies with cases: by file or id, undone exactly, letters refused, the waiting list cheap."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from reviewdesk.domain.vocabulary import DocumentKind
from reviewdesk.services.cases import CaseNotFound, case_detail, list_cases
from reviewdesk.services.importer import import_paths
from reviewdesk.services.pairing import PairingError, PairingUndo, pair_document, set_document_case, unpaired_documents

from ..conftest import LETTERS, REPLIES
from .snapshot import Snapshots

REFERENCE = "AL OTH 78/2021"
UNCITED = ("Beijing, 2 May 2021\n\nIn reply to your letter of 12 March 2021, the company states that it has found no "
           "evidence of forced labour in its supply chain and has opened an internal investigation.\n")


@pytest.fixture
def waiting(store, tmp_path):
    reply = tmp_path / "reply_without_reference.txt"
    reply.write_text(UNCITED, encoding="utf-8")
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf", reply])
    return reply


def test_pairing_and_unpairing_are_undone_exactly(store, waiting):
    (unpaired,) = unpaired_documents(store)
    assert unpaired.kind is DocumentKind.REPLY and unpaired.suggestions[0].reference == REFERENCE
    snapshots = Snapshots(store.path)
    before = snapshots.take()
    paired = set_document_case(store, unpaired.id, REFERENCE)
    assert paired.value == REFERENCE and isinstance(paired.inverse, PairingUndo)
    assert paired.changes.case_list and paired.changes.cases == {case_detail(store, REFERENCE).summary.id}
    assert unpaired_documents(store) == [] and list_cases(store)[0].reply_count == 2
    after = snapshots.take()
    redo = paired.inverse.apply(store)
    assert snapshots.take() == before
    redo.inverse.apply(store)
    assert snapshots.take() == after
    cited = next(d for d in case_detail(store, REFERENCE).documents if d.filename.startswith("REPLY_"))
    gone = set_document_case(store, cited.id, None)
    assert gone.value is None and list_cases(store)[0].reply_count == 1
    gone.inverse.apply(store)
    assert list_cases(store)[0].reply_count == 2
    snapshots.close()


def test_pair_by_file_and_refusals(store, waiting):
    edit = pair_document(store, str(waiting), REFERENCE)
    document_id, reference = edit.value
    assert reference == REFERENCE and unpaired_documents(store) == []
    edit.inverse.apply(store)
    assert [d.id for d in unpaired_documents(store)] == [document_id]
    letter = case_detail(store, REFERENCE).letter()
    with pytest.raises(PairingError, match="is a letter"):
        pair_document(store, str(LETTERS / "AL_OTH_78_2021.pdf"), REFERENCE)
    with pytest.raises(PairingError, match="is a letter"):
        set_document_case(store, letter.id, None)
    with pytest.raises(PairingError, match="not in this store"):
        pair_document(store, str(LETTERS / "AL_OTH_78_2021.txt"), REFERENCE)
    with pytest.raises(CaseNotFound):
        set_document_case(store, document_id, "UA CHN 1/2020")


def test_nothing_unpaired_reads_no_letter(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf"])
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda _c, _k, sql, *_a: statements.append(sql))
    assert unpaired_documents(store) == []
    selects = [sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1 and "JOIN case" not in selects[0]  # the waiting documents only, no letter texts
