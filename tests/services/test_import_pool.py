"""Files read in worker processes are stored exactly as when read one by one; a dying worker fails its file only."""

from __future__ import annotations

import os
import shutil
import signal

from sqlalchemy import select

from reviewdesk.db import open_store
from reviewdesk.db.models import Document, Question
from reviewdesk.services import import_workers
from reviewdesk.services.dto import ImportStatus
from reviewdesk.services.import_workers import CRASHED
from reviewdesk.services.importer import import_paths
from reviewdesk.services.search import search

from ..conftest import DATA, LETTERS, REPLIES

FILES = [DATA / "letters" / f"{stem}.{suffix}" for stem, suffix in (
    ("AL_BRA_11_2023", "pdf"), ("AL_FRA_4_2022", "docx"), ("AL_GBR_7_2020", "txt"), ("JAL_DZA_4_2016", "pdf"),
    ("AL_MEX_7_2021", "txt"))] + [REPLIES / "REPLY_AL_OTH_78_2021_test.pdf", LETTERS / "AL_OTH_78_2021.pdf"]


def _stored(store) -> list[tuple]:
    with store.session() as session:
        documents = session.execute(select(Document.kind, Document.text, Document.language, Document.case_id.is_(None),
                                           Document.fields).order_by(Document.id)).all()
        questions = session.execute(select(Question.number, Question.text).order_by(Question.id)).all()
    return [tuple(map(str, row)) for row in documents] + [tuple(map(str, row)) for row in questions]


def test_reading_in_workers_stores_what_reading_here_stores(tmp_path):
    stores = {}
    for workers in (1, 2):
        with open_store(tmp_path / f"w{workers}.rdstore") as store:
            seen = []
            summary = import_paths(store, FILES, workers=workers, ocr_language=None,
                                   progress=lambda done, total, _path, seen=seen: seen.append((done, total)))
            assert [r.status for r in summary.results] == [ImportStatus.IMPORTED] * len(FILES), summary.failed
            assert seen == [(i, len(FILES)) for i in range(len(FILES) + 1)]  # each file in order, then done
            stores[workers] = (_stored(store), [r.reference for r in summary.results],
                               {h.case_reference for h in search(store, "detained").hits})
    assert stores[1] == stores[2]
    assert "AL OTH 78/2021" in stores[2][2]  # stems made by a worker are searchable


def die_on_crash_files(data: bytes, name: str, seconds):
    """A worker as a PDF library crash would leave it: killed by a signal, on the files named so."""
    if "crash" in name:
        os.kill(os.getpid(), signal.SIGKILL)
    return import_workers._analyse_in_worker(data, name, seconds)


def test_a_worker_that_dies_fails_its_file_and_the_batch_goes_on(tmp_path, monkeypatch):
    crash = tmp_path / "crash_AL_GBR_7_2020.txt"
    shutil.copyfile(DATA / "letters" / "AL_GBR_7_2020.txt", crash)
    monkeypatch.setattr(import_workers, "WORKER", die_on_crash_files)
    files = [*FILES[:3], crash, *FILES[3:]]
    with open_store(tmp_path / "s.rdstore") as store:
        summary = import_paths(store, files, workers=2, ocr_language=None)
        assert [r.path for r in summary.results] == [str(f) for f in files]
        statuses = {r.path: (r.status, r.reason) for r in summary.results}
        assert statuses.pop(str(crash)) == (ImportStatus.FAILED, CRASHED)
        assert {status for status, _ in statuses.values()} == {ImportStatus.IMPORTED}
        with store.session() as session:
            names = set(session.scalars(select(Document.id)))
        assert len(names) == sum(len(r.document_ids) for r in summary.imported)


def test_cancel_stops_the_workers_and_keeps_the_files_stored_before(tmp_path):
    with open_store(tmp_path / "s.rdstore") as store:
        done = []
        summary = import_paths(store, FILES, workers=2, ocr_language=None, finished=done.append,
                               cancelled=lambda: len(done) >= 2)
        statuses = [r.status for r in summary.results]
        assert statuses[:2] == [ImportStatus.IMPORTED] * 2
        assert statuses[2:] == [ImportStatus.CANCELLED] * (len(FILES) - 2)
        with store.session() as session:
            assert session.scalar(select(Document.id).order_by(Document.id.desc())) == \
                max(i for r in summary.imported for i in r.document_ids)
