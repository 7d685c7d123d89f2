"""Importing into a real store: cases, annex split, originals kept, duplicates, search."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from reviewdesk.db.models import Document, StoredFile, TextBlock
from reviewdesk.services import importer
from reviewdesk.services.cases import CaseNotFound, case_detail, list_cases, show_json
from reviewdesk.services.dto import ImportStatus
from reviewdesk.services.importer import import_paths
from reviewdesk.services.search import search

from ..conftest import LETTERS, REPLIES

# Both engines (SQLite, PostgreSQL): the store and corpus fixtures follow the engine fixture.
pytestmark = pytest.mark.engines

PDF = LETTERS / "AL_OTH_78_2021.pdf"


def test_letter_becomes_a_case_with_letter_and_annex(store, fixture_letter_expected):
    summary = import_paths(store, [PDF])
    assert [r.status for r in summary.results] == [ImportStatus.IMPORTED]
    (case,) = list_cases(store)
    assert case.reference == "AL OTH 78/2021"
    assert case.question_count == 8 and case.document_count == 2
    detail = case_detail(store, "al oth 78 / 2021")
    assert [d.kind for d in detail.documents] == ["letter", "annex"]
    data = show_json(detail)
    for key, value in fixture_letter_expected.items():
        if key in data:
            assert data[key] == value, key
    assert data["allegations"].startswith(fixture_letter_expected["allegations_starts"])
    annex = detail.annex()
    assert annex.first_page == 6 and annex.last_page == 7


def test_original_bytes_and_hash_are_stored_and_duplicates_detected(store):
    import_paths(store, [PDF])
    again = import_paths(store, [PDF])
    assert again.results[0].status is ImportStatus.DUPLICATE
    assert "already imported as AL_OTH_78_2021.pdf" in again.results[0].reason
    with store.session() as session:
        stored = session.scalars(select(StoredFile)).all()
        assert len(stored) == 1
        assert stored[0].data == PDF.read_bytes()
        assert stored[0].sha256 == hashlib.sha256(PDF.read_bytes()).hexdigest()


def test_text_blocks_map_spans_to_pages(store):
    import_paths(store, [PDF])
    with store.session() as session:
        letter = session.scalar(select(Document).where(Document.kind == "letter"))
        start = letter.text.index("5. Please explain")
        block = session.scalar(
            select(TextBlock).where(TextBlock.document_id == letter.id, TextBlock.start <= start, TextBlock.end > start)
        )
        assert block.page == 4


def test_reply_attaches_to_its_case_in_either_order(store):
    first = import_paths(store, [REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    assert first.results[0].kind == "reply"
    assert any("unpaired" in w for w in first.results[0].warnings)
    import_paths(store, [PDF])
    detail = case_detail(store, "AL OTH 78/2021")
    assert [d.kind for d in detail.documents] == ["letter", "annex", "reply"]
    assert detail.summary.reply_count == 1
    assert detail.summary.first_reply_date.isoformat() == "2021-05-07"


def test_failure_while_storing_leaves_nothing_half_written(store, monkeypatch):
    def broken_index(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(importer, "index_document", broken_index)
    (result,) = import_paths(store, [PDF]).results
    assert result.status is ImportStatus.FAILED and "disk full" in result.reason
    with store.session() as session:
        assert session.scalars(select(Document)).all() == []
        assert session.scalars(select(StoredFile)).all() == []


def test_cancel_stops_between_files(store):
    calls = []
    summary = import_paths(store, [PDF, LETTERS / "AL_OTH_78_2021.docx"], cancelled=lambda: bool(calls),
                           finished=calls.append)
    assert [r.status for r in summary.results] == [ImportStatus.IMPORTED, ImportStatus.CANCELLED]


def test_search_ranks_hits_with_snippets_and_folds_diacritics(store, tmp_path):
    import_paths(store, [PDF])
    hits = search(store, "forced labour Uyghur").hits
    assert hits and hits[0].case_reference == "AL OTH 78/2021"
    assert "[" in hits[0].snippet
    assert search(store, "Siobhan").hits  # the letter writes Siobhán
    assert search(store, '"Guiding Principles 25 to 31"').hits[0].document_kind == "annex"
    assert search(store, "Uyg*").hits


@pytest.mark.parametrize("query", ['"unbalanced', "a:b", "(((", "NOT", "x AND", "*", "^near", "foo)bar(", '""', "-", "\x00"])
def test_search_never_raises_on_hostile_queries(store, query):
    import_paths(store, [PDF])
    assert search(store, query).total >= 0  # words in it may match; nothing raises


def test_unknown_case_is_reported(store):
    with pytest.raises(CaseNotFound):
        case_detail(store, "UA CHN 1/2020")
    with pytest.raises(CaseNotFound):
        case_detail(store, "not a reference")


@pytest.mark.parametrize(
    ("opening", "cited"),
    [
        ("Ref.: UA CHN 5/2020\n\nGeneva, 3 April 2020\n\nIn reply to your letter of 2 February 2020,", "UA CHN 5/2020"),
        ("Réf. : AL FRA 4/2022\n\nParis, le 25 avril 2022\n\nSuite à votre lettre du 3 mars 2022,", "AL FRA 4/2022"),
        ("La Misión Permanente de México saluda atentamente y, en relación con la comunicación conjunta "
         "AL MEX\n7 / 2021 de fecha 15 de junio de 2021, tiene el honor de transmitir lo siguiente. 20 de julio de 2021",
         "AL MEX 7/2021"),
        ("The Permanent Mission of the United Kingdom presents its compliments to the Office of the High Commissioner "
         "and, with reference to joint communication JAL GBR 12/2012 dated 1 June 2012, has the honour to transmit "
         "the reply of the Government.\n\n14 August 2012", "JAL GBR 12/2012"),
    ],
)
def test_replies_are_recognised_in_the_forms_that_occur(store, tmp_path, opening, cited):
    path = tmp_path / "reply.txt"
    path.write_text(opening + " The Government provides the following information on the situation described, "
                    "which it has examined with care.\n", encoding="utf-8")
    (result,) = import_paths(store, [path]).results
    assert result.kind == "reply" and result.reference == cited
    with store.session() as session:
        reply = session.scalar(select(Document))
        assert reply.case_id is None and reply.cited_reference == cited
        assert reply.date is not None and reply.date.isoformat() not in ("2020-02-02", "2022-03-03", "2021-06-15", "2012-06-01")
