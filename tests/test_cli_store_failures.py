"""The CLI on a store it cannot fully use: permissions, a full disk, another process writing. One line each."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from reviewdesk.cli import main

from .conftest import LETTERS

REFERENCE = "AL OTH 78/2021"


def _as_nobody(argv: list[str]) -> tuple[int, str]:
    """Run the CLI in a forked child that dropped root (root may read and write any file): (exit code, output)."""
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # every module is loaded already (see _warm): the child reads nothing but the store
        os.close(read)
        sys.stdout = sys.stderr = os.fdopen(write, "w")  # pytest's capture replaced the streams, not the fds
        code = 99
        try:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            code = main(argv)
        except BaseException:  # noqa: BLE001 - a traceback is what the test looks for
            import traceback

            traceback.print_exc()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    os.close(write)
    with os.fdopen(read) as pipe:
        output = pipe.read()
    _pid, status = os.waitpid(child, 0)
    return os.waitstatus_to_exitcode(status), output


@pytest.fixture
def shared_folder():
    """A folder outside pytest's private tmp (0700), so the unprivileged child can reach it."""
    folder = Path(tempfile.mkdtemp(prefix="reviewdesk-perms-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder)


def _store_with_letter(path: Path) -> Path:
    assert main(["--store", str(path), "import", str(LETTERS / "AL_OTH_78_2021.txt")]) == 0
    assert main(["--store", str(path), "verdict", REFERENCE, "1", "rejected"]) == 0  # every module loaded
    return path


@pytest.mark.parametrize("mode, said", [
    (0o000, "permission denied (the file cannot be read by this user)"),
    (0o444, "permission denied: the file is read-only"),
])
@pytest.mark.parametrize("command", [["cases"], ["verdict", REFERENCE, "1", "answered"]], ids=["read", "write"])
def test_an_unreadable_or_read_only_store_is_one_line(shared_folder, capsys, mode, said, command):
    path = _store_with_letter(shared_folder / "s.rdstore")
    path.chmod(mode)
    capsys.readouterr()
    code, output = _as_nobody(["--store", str(path), *command])
    assert code == 1 and output.startswith(f"reviewdesk: {path}: {said}"), output
    assert output.count("\n") == 1 and "Traceback" not in output


def test_a_store_in_a_folder_the_user_cannot_write_is_one_line(shared_folder, capsys):
    path = _store_with_letter(shared_folder / "s.rdstore")
    os.chown(path, 65534, 65534)  # the file is theirs, the folder is not
    code, output = _as_nobody(["--store", str(path), "cases"])
    assert code == 1 and output == (f"reviewdesk: {path}: permission denied to write in its folder {shared_folder} "
                                    "(SQLite keeps s.rdstore-wal and s.rdstore-shm beside the store)\n")
    code, output = _as_nobody(["--store", str(shared_folder / "new.rdstore"), "cases"])
    assert code == 1 and output == (f"reviewdesk: {shared_folder / 'new.rdstore'}: cannot be created: "
                                    f"permission denied to write in the folder {shared_folder}\n")


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MiB tmpfs (the tests run as root, as in CI), unmounted at the end."""
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=True)
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=True)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    return filler


def test_on_a_full_disk_reads_still_work_and_writes_say_disk_full(small_disk, capsys):
    path = _store_with_letter(small_disk / "s.rdstore")
    filler = _fill(small_disk)
    capsys.readouterr()
    assert main(["--store", str(path), "cases"]) == 0
    assert REFERENCE in capsys.readouterr().out
    assert main(["--store", str(path), "show", REFERENCE]) == 0
    assert "AL_OTH_78_2021.txt" in capsys.readouterr().out
    assert main(["--store", str(path), "search", "Uyghur"]) == 0
    assert main(["--store", str(path), "verdict", REFERENCE, "1", "answered"]) == 1
    err = capsys.readouterr().err
    assert err == (f"reviewdesk: disk full: {path}: the change was not saved (nothing of it was kept); "
                   "free some space on that disk and try again\n")
    assert main(["--store", str(path), "import", str(LETTERS / "AL_OTH_78_2021.docx")]) == 1
    out, err = capsys.readouterr()
    assert "disk full:" in out and "Traceback" not in out + err
    filler.unlink()  # space again: the store works as before, the refused verdict was never kept
    assert main(["--store", str(path), "answers", REFERENCE, "--json"]) == 0
    assert '"rejected"' in capsys.readouterr().out
    assert main(["--store", str(path), "verdict", REFERENCE, "1", "answered"]) == 0


def test_a_full_disk_in_the_middle_of_imports_reports_what_was_kept(small_disk, capsys):
    """The disk fills while the store is open and in use: the command ends with lines, never a traceback."""
    path = _store_with_letter(small_disk / "s.rdstore")
    _fill(small_disk)
    (small_disk / "filler").write_bytes(b"")  # free ~2 MiB minus the store, then fill it with a big import
    big = small_disk.parent / "big.txt"
    big.write_text((LETTERS / "AL_OTH_78_2021.txt").read_text(encoding="utf-8") * 60, encoding="utf-8")
    capsys.readouterr()
    code = main(["--store", str(path), "import", str(big), str(LETTERS / "AL_OTH_78_2021.docx")])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code in (0, 1) and ("disk full:" in out or "1 failed" not in out)
    (small_disk / "filler").unlink()
    assert main(["--store", str(path), "cases"]) == 0


WRITER = """
import sys
from reviewdesk.cli import main
for n in range(int(sys.argv[2])):
    mark = "answered" if n % 2 else "rejected"
    code = main(["--store", sys.argv[1], "verdict", "AL OTH 78/2021", "1", mark, "--note", f"note {n}"])
    if code:
        sys.exit(code)
print("writer done", flush=True)
"""


def test_two_processes_on_one_store_never_lock_each_other_out(tmp_path, capsys):
    """A writer loop in another process while this one imports: every write lands, no "database is locked"."""
    path = _store_with_letter(tmp_path / "shared.rdstore")
    letters = sorted((Path(__file__).resolve().parent / "data" / "letters").glob("*.txt"))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "41"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    capsys.readouterr()
    code = main(["--store", str(path), "import", *map(str, letters)])
    out, err = capsys.readouterr()
    writer_out, writer_err = writer.communicate(timeout=300)
    assert "locked" not in out + err + writer_out + writer_err and "Traceback" not in err + writer_err
    assert writer.returncode == 0 and writer_out.strip().endswith("writer done"), writer_err
    assert code == 0 and out.strip().splitlines()[-1] == f"{len(letters)} imported, 0 duplicate, 0 failed"
    assert main(["--store", str(path), "answers", REFERENCE, "--json"]) == 0
    answers = capsys.readouterr().out
    assert '"note": "note 40"' in answers and '"verdict": "rejected"' in answers  # the writer's last write
    assert main(["--store", str(path), "cases", "--json"]) == 0
    shared = json.loads(capsys.readouterr().out)
    alone = _store_with_letter(tmp_path / "alone.rdstore")  # the same imports with nobody else writing
    assert main(["--store", str(alone), "import", *map(str, letters)]) == 0
    capsys.readouterr()
    assert main(["--store", str(alone), "cases", "--json"]) == 0
    assert shared == json.loads(capsys.readouterr().out)


def test_a_store_kept_busy_by_another_process_is_one_line_and_keeps_nothing(tmp_path, capsys):
    """Another process holds the write lock past the busy timeout (5 s): a clear message, not a traceback."""
    import sqlite3

    path = _store_with_letter(tmp_path / "busy.rdstore")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        capsys.readouterr()
        assert main(["--store", str(path), "verdict", REFERENCE, "1", "answered"]) == 1
        assert capsys.readouterr().err == (
            f"reviewdesk: {path}: another ReviewDesk (window or command) kept the store busy; "
            "nothing of this change was kept: try again\n")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert main(["--store", str(path), "answers", REFERENCE, "--json"]) == 0
    assert '"verdict": "rejected"' in capsys.readouterr().out
