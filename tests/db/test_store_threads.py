"""The GUI's one worker thread owns the store, whichever thread opened it."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from reviewdesk.db import open_store
from reviewdesk.db.models import Case, Term
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS


def test_a_store_opened_on_one_thread_is_used_on_another(tmp_path):
    store = open_store(tmp_path / "s.rdstore")
    with store.session() as session:  # a pooled connection made on this thread…
        terms = session.scalar(select(func.count()).select_from(Term))

    def work() -> tuple[str, int, str]:  # …is reused on the worker
        import_paths(store, [LETTERS / "AL_OTH_78_2021.docx"])
        with store.session() as session:
            count = session.scalar(select(func.count()).select_from(Term))
            return threading.current_thread().name, count, session.scalar(select(Case.reference))

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-worker") as worker:
        name, count, reference = worker.submit(work).result()
        worker.submit(store.close).result()
    assert name.startswith("store-worker") and count == terms and reference == "AL OTH 78/2021"
    store.close()  # the UI thread closing again at exit does nothing
    with open_store(tmp_path / "s.rdstore") as reopened, reopened.session() as session:
        assert session.scalar(select(Case.reference)) == "AL OTH 78/2021"


def test_close_is_idempotent_and_a_closed_store_refuses_work(tmp_path):
    store = open_store(tmp_path / "s.rdstore")
    with store:
        pass
    assert store.closed
    store.close()
    with pytest.raises(RuntimeError, match="closed"):
        with store.session():
            pass
    assert not (tmp_path / "s.rdstore-wal").exists()  # the WAL was folded back at the first close
