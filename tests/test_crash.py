"""kill -9 at random moments (issue #13): during a CLI import of a folder, and during bursts of verdict and
grade edits. After each: the store passes integrity_check, no document is half stored (each has its text,
its FTS row and, from a PDF, its page blocks), and every file the CLI printed as imported is there, every
edit it reported done is kept."""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reviewdesk.db import open_store
from reviewdesk.services.importer import import_paths

from .conftest import DATA, LETTERS, REPLIES

SRC = Path(__file__).resolve().parents[1] / "src"
KILLS = 50  # of each kind
ENV = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
EDITS = """
import sys
from reviewdesk.cli import main
store, values = sys.argv[1], ["rejected", "partial", "answered"]
for i in range(10**6):
    main(["--store", store, "verdict", "AL OTH 78/2021", str(i % 3 + 1), values[i % 3], "--note", f"n{i}"])
    main(["--store", store, "grade", "AL OTH 78/2021", "piccone", "steps-taken", "--note", f"g{i}"])
    print(f"done {i}", flush=True)
"""


def _kill_at_random(command: list[str], rng: random.Random, earliest: float, latest: float) -> str:
    """Start ``command``, kill -9 it after a random delay, return what it had printed."""
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=ENV,
                           start_new_session=True)
    time.sleep(rng.uniform(earliest, latest))
    os.killpg(run.pid, signal.SIGKILL)
    out, _ = run.communicate(timeout=30)
    return out


def _check_store(path: Path) -> sqlite3.Connection:
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    half = raw.execute(
        "SELECT d.id FROM document d JOIN stored_file f ON f.id = d.file_id WHERE d.text IS NULL"
        " OR (d.text != '' AND NOT EXISTS (SELECT 1 FROM document_fts s WHERE s.rowid = d.id))"
        " OR (f.media_type = 'application/pdf' AND d.text != '' AND NOT EXISTS"
        "     (SELECT 1 FROM text_block b WHERE b.document_id = d.id))").fetchall()
    assert half == []
    return raw


@pytest.mark.slow
def test_kill_9_during_imports_and_edits_never_corrupts_or_loses_reported_work(tmp_path):
    rng = random.Random(13)
    folder = tmp_path / "letters"
    folder.mkdir()
    for path in sorted((DATA / "letters").glob("*.pdf"))[:8] + [LETTERS / "AL_OTH_78_2021.docx"]:
        shutil.copy(path, folder / path.name)
    empty = tmp_path / "empty.rdstore"
    open_store(empty).close()
    for round_ in range(KILLS):
        store = tmp_path / f"import{round_}.rdstore"
        shutil.copy(empty, store)
        out = _kill_at_random([sys.executable, "-m", "reviewdesk", "--store", str(store), "import", "--no-ocr",
                               str(folder)], rng, 0.3, 2.0)
        printed = re.findall(r"^imported   .*/([^/]+?) \(", out, re.MULTILINE)
        raw = _check_store(store)
        stored = {name for (name,) in raw.execute("SELECT filename FROM stored_file")}
        raw.close()
        assert set(printed) <= stored, (round_, out)
        store.unlink()

    edited = tmp_path / "edited.rdstore"
    with open_store(edited) as opened:
        import_paths(opened, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    for round_ in range(KILLS):
        out = _kill_at_random([sys.executable, "-c", EDITS, str(edited)], rng, 0.5, 1.6)
        done = [int(n) for n in re.findall(r"^done (\d+)$", out, re.MULTILINE)]
        raw = _check_store(edited)
        notes = dict(raw.execute("SELECT q.number, v.note FROM verdict v JOIN question q ON q.id = v.question_id"
                                 " JOIN document d ON d.id = q.document_id WHERE d.kind = 'letter'").fetchall())
        grade = raw.execute("SELECT note FROM grade").fetchall()
        raw.close()
        for i in done[-3:]:  # the last edit reported for each question is kept (or a later one)
            assert int(notes[i % 3 + 1][1:]) >= i, (round_, i, notes)
        if done:
            assert any(int(note[1:]) >= done[-1] for (note,) in grade), (round_, grade)
