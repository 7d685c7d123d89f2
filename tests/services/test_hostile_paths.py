"""Paths an unlucky user or an attacker hands the importer (issue #13): links out of the folder, names that
are not UTF-8, unreadable folders and files, and the same folder imported twice at once."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pymupdf
import pytest
from sqlalchemy import select

from reviewdesk.db import open_store
from reviewdesk.db.models import StoredFile
from reviewdesk.services.dto import ImportStatus
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS, REPLIES

SRC = Path(__file__).resolve().parents[2] / "src"
NOBODY = 65534


def _stored_names(store) -> list[str]:
    with store.session() as session:
        return sorted(session.scalars(select(StoredFile.filename)))


def test_links_leaving_the_folder_are_skipped_with_a_reason(store, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("AL OTH 5/2024 a file that must stay outside\n", encoding="utf-8")
    folder = tmp_path / "letters"
    folder.mkdir()
    shutil.copy(LETTERS / "AL_OTH_78_2021.pdf", folder / "letter.pdf")
    (folder / "hostname.txt").symlink_to("/etc/hostname")
    (folder / "secret.txt").symlink_to(secret)
    (folder / "same.pdf").symlink_to(folder / "letter.pdf")  # inside the folder: followed (a duplicate)
    (folder / "up").symlink_to(outside, target_is_directory=True)
    summary = import_paths(store, [folder], ocr_language=None)
    by_name = {Path(r.path).name: r for r in summary.results}
    assert set(by_name) == {"letter.pdf", "hostname.txt", "secret.txt", "same.pdf"}
    for name in ("hostname.txt", "secret.txt"):
        assert by_name[name].status is ImportStatus.SKIPPED
        assert by_name[name].reason == "a link to a file outside the imported folder; not followed"
    assert by_name["letter.pdf"].status is ImportStatus.IMPORTED
    assert by_name["same.pdf"].status is ImportStatus.DUPLICATE
    assert _stored_names(store) == ["letter.pdf"]


def test_a_file_name_that_is_not_utf8_imports(store, tmp_path):
    folder = tmp_path / "latin1"
    folder.mkdir()
    raw = os.path.join(os.fsencode(folder), b"lettre-\xe9t\xe9.txt")
    shutil.copy(LETTERS / "AL_OTH_78_2021.txt", raw)
    summary = import_paths(store, [folder], ocr_language=None)
    assert [r.status for r in summary.results] == [ImportStatus.IMPORTED]
    assert os.fsencode(summary.results[0].path) == raw  # the caller can still find the file
    assert _stored_names(store) == ["lettre-\ufffdt\ufffd.txt"]


def _scan_pdf() -> bytes:
    """A one-page image-only PDF: reading it runs the OCR callbacks, i.e. the importer is busy with it."""
    page_doc = pymupdf.open()
    page = page_doc.new_page()
    page.insert_text((72, 72), "AL OTH 9/2024 a scanned line", fontsize=14)
    pixmap = page.get_pixmap(dpi=60)
    scan = pymupdf.open()
    scan.new_page().insert_image(scan[0].rect, stream=io.BytesIO(pixmap.tobytes("png")))
    return scan.tobytes()


def test_the_same_file_imported_by_two_imports_at_once_is_a_duplicate(store, tmp_path):
    """Issue #13: the second import of a file stored meanwhile ended in a 5-line SQL IntegrityError."""
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(_scan_pdf())
    other = open_store(tmp_path / "test.rdstore")  # a second process (window, CLI) on the same store
    racing: list = []

    def page_progress(done: int, total: int, path: str) -> None:
        if "OCR page" in path and not racing:  # while this import reads the scan, the other one stores it
            racing.append(import_paths(other, [scan], ocr_language=None))

    try:
        summary = import_paths(store, [scan], progress=page_progress)
    finally:
        other.close()
    assert [r.status for r in racing[0].results] == [ImportStatus.IMPORTED]
    assert [(r.status, r.reason) for r in summary.results] == [(ImportStatus.DUPLICATE, "already imported as scan.pdf")]
    assert _stored_names(store) == ["scan.pdf"]


@pytest.fixture
def shared_dir():
    """A folder another user can use (pytest's tmp_path is private to the one running the tests)."""
    path = Path(tempfile.mkdtemp(prefix="reviewdesk-perm-"))
    path.chmod(0o777)
    yield path
    for folder, _dirs, _files in os.walk(path):
        os.chmod(folder, 0o777)
    shutil.rmtree(path)


def _import_unprivileged(store: Path, *paths: Path) -> subprocess.CompletedProcess:
    """The CLI import as a user without privileges: as root, permission bits would not apply."""
    prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, sys.executable, "-m", "reviewdesk", "--store", str(store), "import", "--no-ocr",
                           *map(str, paths)], capture_output=True, text=True, check=False, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(SRC), "HOME": str(store.parent)})


def test_unreadable_folders_and_files_are_one_line_failures(shared_dir):
    folder = shared_dir / "letters"
    (folder / "locked").mkdir(parents=True)
    shutil.copy(LETTERS / "AL_OTH_78_2021.pdf", folder / "letter.pdf")
    shutil.copy(REPLIES / "REPLY_AL_OTH_78_2021_test.pdf", folder / "locked" / "reply.pdf")
    shutil.copy(LETTERS / "AL_OTH_78_2021.docx", folder / "copy.docx")
    for path in (folder, folder / "letter.pdf"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    (folder / "locked").chmod(0o000)
    (folder / "copy.docx").chmod(0o000)
    alone = shared_dir / "alone"
    alone.mkdir(mode=0o000)
    alone.chmod(0o000)
    done = _import_unprivileged(shared_dir / "store.rdstore", folder, alone)
    lines = done.stdout.splitlines()
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"failed     {folder / 'locked'}: folder cannot be read (Permission denied); nothing in it was imported" \
        in lines
    assert f"failed     {alone}: folder cannot be read (Permission denied); nothing in it was imported" in lines
    assert f"failed     {folder / 'copy.docx'}: cannot be read (Permission denied)" in lines
    assert any(line.startswith(f"imported   {folder / 'letter.pdf'}") for line in lines)
    assert lines[-1] == "1 imported, 0 duplicate, 3 failed"
