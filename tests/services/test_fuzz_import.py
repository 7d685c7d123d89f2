"""Fuzzed imports (issue #13): 1,000 seeded mutations of the fixtures and the corpus, in few batches on one
store. Every file ends imported, duplicate or failed with a one-line reason (no parser exception escapes as
"could not be understood"), none hangs, and the work stored before is untouched. 10,000+:
benchmarks/fuzz_import.py."""

from __future__ import annotations

import sqlite3

from reviewdesk.domain.assessment import Verdict
from reviewdesk.services.assessment import set_verdict
from reviewdesk.services.cases import case_detail
from reviewdesk.services.dto import ImportStatus
from reviewdesk.services.importer import import_paths
from reviewdesk.services.tags import add_tag
from reviewdesk.services.terms import list_terms

from ..conftest import LETTERS, REPLIES
from ..fuzz_inputs import fuzz_inputs

WORK_TABLES = ("tag", "verdict", "grade", "answer_link", "field_correction", "case")


def _work(path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as raw:
        return {table: raw.execute(f'SELECT * FROM "{table}" ORDER BY id').fetchall() for table in WORK_TABLES}


def fuzz_store(store, folder, seed: int, count: int, batches: int) -> list:
    """Write ``count`` inputs in ``batches`` folders and import each folder with one call."""
    results = []
    names = list(fuzz_inputs(seed, count))
    for batch in range(batches):
        sub = folder / f"batch{batch}"
        sub.mkdir(parents=True)
        for name, data in names[batch::batches]:
            (sub / name).write_bytes(data)
        results.extend(import_paths(store, [sub], ocr_language=None).results)
    return results


def test_a_thousand_fuzzed_files_fail_cleanly_and_leave_the_work_intact(store, tmp_path):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    letter = case_detail(store, "AL OTH 78/2021").letter()
    start = letter.text.index("forced labour")
    add_tag(store, letter.id, start, start + 13, next(t.id for t in list_terms(store) if t.key == "forced-labour"),
            "before the fuzz", "Ana")
    set_verdict(store, letter.questions[0].id, Verdict.PARTIAL, "kept")
    before = _work(store.path)

    results = fuzz_store(store, tmp_path / "fuzz", seed=13, count=1000, batches=4)
    assert len(results) == 1000
    statuses = {r.status for r in results}
    assert statuses <= {ImportStatus.IMPORTED, ImportStatus.DUPLICATE, ImportStatus.FAILED}
    failed = [r for r in results if r.status is ImportStatus.FAILED]
    assert failed and all(r.reason and "\n" not in r.reason for r in failed)
    assert [r for r in failed if r.reason.startswith(("could not be understood", "could not be stored"))] == []
    after = _work(store.path)
    assert {t: after[t] for t in WORK_TABLES if t != "case"} == {t: before[t] for t in WORK_TABLES if t != "case"}
    assert after["case"][:len(before["case"])] == before["case"]
    with sqlite3.connect(store.path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
