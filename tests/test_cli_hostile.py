"""The import command's output under hostile names and a kill (issue #13)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from reviewdesk.cli import main
from reviewdesk.db import open_store
from reviewdesk.db.models import StoredFile

from .conftest import LETTERS

SRC = Path(__file__).resolve().parents[1] / "src"


def test_newlines_escapes_and_undecodable_bytes_in_names_never_reach_the_terminal_raw(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    hostile = os.path.join(os.fsencode(folder), b"evil\n\x1b[2Jname\xff.txt")
    shutil.copy(LETTERS / "AL_OTH_78_2021.txt", hostile)
    assert main(["--store", str(tmp_path / "s.rdstore"), "import", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\udcff" not in out
    first = out.splitlines()[0]
    assert first.startswith(f"imported   {folder}/evil\\n\\x1b[2Jname\\xff.txt (letter)")


def test_each_file_is_printed_when_it_is_done_so_a_killed_run_shows_what_was_kept(tmp_path):
    """Issue #13: the per-file lines came only at the end of a batch; a killed run showed nothing."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(LETTERS / "AL_OTH_78_2021.pdf", folder / "a-letter.pdf")
    shutil.copy(LETTERS / "AL_OTH_78_2021_scanned.pdf", folder / "b-scan.pdf")  # seconds of OCR
    store = tmp_path / "s.rdstore"
    run = subprocess.Popen([sys.executable, "-m", "reviewdesk", "--store", str(store), "import", str(folder)],
                           stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(SRC)})
    first = run.stdout.readline()
    run.send_signal(signal.SIGKILL)
    run.wait(timeout=30)
    run.stdout.close()
    assert first.startswith(f"imported   {folder / 'a-letter.pdf'} (letter) -> AL OTH 78/2021")
    with open_store(store) as opened, opened.session() as session:
        assert list(session.scalars(select(StoredFile.filename))) == ["a-letter.pdf"]  # killed during the scan


def test_a_disk_filling_during_an_import_keeps_and_reports_what_was_committed(tmp_path):
    """Issue #13: the import committed before the disk filled was reported as a traceback."""
    from tests.small_disk import run_cli_on_small_disk

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(LETTERS / "AL_OTH_78_2021.pdf", folder / "a-letter.pdf")
    shutil.copy(LETTERS / "AL_OTH_78_2021_scanned.pdf", folder / "b-scan.pdf")  # 2.4 MB: does not fit
    open_store(tmp_path / "s.rdstore").close()
    disk = tmp_path / "disk"
    run = run_cli_on_small_disk(disk, "2000k", ["--store", str(disk / "s.rdstore"), "import", "--no-ocr", str(folder)],
                                before=f"cp {tmp_path / 's.rdstore'} {disk}/")
    assert run.stdout.splitlines() == [
        f"imported   {folder / 'a-letter.pdf'} (letter) -> AL OTH 78/2021",
        f"failed     {folder / 'b-scan.pdf'}: could not be stored, nothing was written (disk full: {disk / 's.rdstore'}: "
        "the change was not saved (nothing of it was kept); free some space on that disk and try again)",
        "1 imported, 0 duplicate, 1 failed",
    ]


def test_ocr_progress_is_reported_off_a_terminal(tmp_path, capsys):
    from tests.services.test_ocr import _blank_scan

    path = tmp_path / "blank.pdf"
    path.write_bytes(_blank_scan(3))
    assert main(["--store", str(tmp_path / "s.rdstore"), "import", str(path)]) == 0
    assert capsys.readouterr().err.splitlines() == [f"[1/1] {path} (OCR page {n}/3)" for n in (1, 2, 3)]
