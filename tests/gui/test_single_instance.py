"""One window per store: a second ``reviewdesk`` launch (a real process) hands its files to the window
open on the store, which imports them and shows the case; "Open with" a store file switches to it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer

from reviewdesk.gui.app import listen_for_launches
from reviewdesk.gui import single_instance
from reviewdesk.gui.single_instance import (
    FileOpenEvents,
    InstanceServer,
    NoAnswer,
    hand_over,
    open_paths,
    server_name,
)
from reviewdesk import launcher
from reviewdesk.launcher import files_to_open
from tests.conftest import LETTERS

ROOT = Path(__file__).resolve().parents[2]
LETTER = LETTERS / "AL_OTH_78_2021.pdf"
REFERENCE = "AL OTH 78/2021"


def _launch(tmp_path: Path, *args) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REVIEWDESK_", "XDG_"))}
    env.update(PYTHONPATH=str(ROOT / "src"), QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), REVIEWDESK_LOG_DIR=str(tmp_path / "log"))
    return subprocess.Popen([sys.executable, "-m", "reviewdesk", *map(str, args)], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finished(qtbot, process: subprocess.Popen) -> tuple[int, str]:
    """Wait for the launch to end while this process's event loop runs (it answers the launch)."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=120_000)
    out, err = process.communicate()
    return process.returncode, out + err


@pytest.fixture
def listening(window, tmp_path):
    server = listen_for_launches(window, window.ops, tmp_path / "test.rdstore")  # the window fixture's store
    received: list[list[str]] = []
    server.files_received.connect(received.append)
    yield server, received
    server.close()


def _shown_reference(window) -> str | None:
    return window.current_case.summary.reference if window.current_case is not None else None


def test_a_second_launch_hands_its_file_to_the_window_which_imports_and_shows_it(window, listening, qtbot, tmp_path):
    _server, received = listening
    code, output = _finished(qtbot, _launch(tmp_path, "--store", tmp_path / "test.rdstore", LETTER))
    assert code == 0, output
    assert received == [[str(LETTER.resolve())]]
    qtbot.waitUntil(lambda: _shown_reference(window) == REFERENCE)
    selected = window.case_table.selectionModel().selectedRows()
    assert [window.case_proxy.data(index) for index in selected] == [REFERENCE], "selected in the case list"


def test_a_second_launch_without_files_raises_the_window_and_opens_nothing(window, listening, qtbot, tmp_path):
    _server, received = listening
    code, output = _finished(qtbot, _launch(tmp_path, "--store", tmp_path / "test.rdstore", "gui"))
    assert code == 0, output
    assert received == [[]]
    assert window.case_model.rowCount() == 0


def test_another_store_or_user_gets_its_own_name_and_no_window_answers_for_it(listening, tmp_path):
    server, _received = listening
    assert server.name == server_name(tmp_path / "test.rdstore")
    assert server_name(tmp_path / "other.rdstore") != server.name
    assert server_name(tmp_path / "." / "test.rdstore") == server.name, "the resolved path is the key"
    assert hand_over(tmp_path / "other.rdstore", [str(LETTER)]) is False


def test_the_name_follows_the_window_to_another_store(window, listening, tmp_path):
    server, _received = listening
    window.stores.switch(str(tmp_path / "other.rdstore"))
    assert server.name == server_name(tmp_path / "other.rdstore")


def test_open_with_a_store_and_a_letter_switches_to_the_store_and_shows_the_letter(window, tmp_path, qtbot):
    other = tmp_path / "other.rdstore"
    open_paths(window, [str(other), str(LETTER)])
    assert Path(window.ops.location.path) == other
    qtbot.waitUntil(lambda: _shown_reference(window) == REFERENCE)


def test_a_socket_left_by_a_killed_window_is_taken_over(qtbot, tmp_path):
    first = InstanceServer()
    assert first.listen(tmp_path / "crashed.rdstore")
    path = first.server.fullServerName()
    first.close()
    stale = socket.socket(socket.AF_UNIX)  # bound and closed: the file stays, nobody listens
    stale.bind(path)
    stale.close()
    assert Path(path).exists()
    second = InstanceServer()
    assert second.listen(tmp_path / "crashed.rdstore")
    assert isinstance(second.server, QLocalServer) and second.server.isListening()
    second.close()


def test_a_window_that_does_not_answer_is_a_clear_message(tmp_path):
    hung = InstanceServer()
    assert hung.listen(tmp_path / "hung.rdstore")
    path = hung.server.fullServerName()
    hung.close()
    silent = socket.socket(socket.AF_UNIX)  # accepts connections (the backlog) but never reads
    silent.bind(path)
    silent.listen(1)
    try:
        with pytest.raises(NoAnswer, match="already open on .*hung.rdstore but did not answer"):
            hand_over(tmp_path / "hung.rdstore", [str(LETTER)])
    finally:
        silent.close()
        Path(path).unlink()


@pytest.mark.parametrize(("argv", "expected"), [
    (["letter.pdf"], (None, ["letter.pdf"])),
    (["--store", "s.rdstore", "/tmp/Reply.DOCX", "notes.txt"], ("s.rdstore", ["/tmp/Reply.DOCX", "notes.txt"])),
    (["--store=s.rdstore", "team.rdbundle"], ("s.rdstore", ["team.rdbundle"])),
    (["work.rdstore"], (None, ["work.rdstore"])),
    (["import", "letter.pdf"], None),
    (["cases"], None),
    (["--help"], None),
    (["--store", "s.rdstore"], None),
    ([], None),
])
def test_the_launcher_tells_files_to_open_from_commands(argv, expected):
    assert files_to_open(argv) == expected


def test_the_launcher_knows_the_suffixes_the_window_opens():
    assert set(launcher.OPENABLE_SUFFIXES) == set(single_instance.OPENABLE_SUFFIXES)


def test_a_macos_file_open_event_is_a_file_to_open(qapp):
    events = FileOpenEvents()
    received: list[list[str]] = []
    events.files_received.connect(received.append)
    qapp.installEventFilter(events)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(LETTER)))
    finally:
        qapp.removeEventFilter(events)
    assert received == [[str(LETTER)]]


def test_opening_a_review_bundle_merges_it_and_a_broken_one_is_refused_by_name(window, tmp_path):
    from reviewdesk.db import open_store
    from reviewdesk.services.bundle import export_bundle
    from reviewdesk.services.cases import case_detail
    from reviewdesk.services.importer import import_paths
    from reviewdesk.services.tags import add_tag, tags_for_case
    from reviewdesk.services.terms import list_terms

    with open_store(tmp_path / "colleague.rdstore") as colleague:
        import_paths(colleague, [LETTER])
        letter = case_detail(colleague, "AL OTH 78/2021").letter()
        start = letter.text.index("forced labour")
        add_tag(colleague, letter.id, start, start + 13, list_terms(colleague)[0].id, "seen on the visit", "Ben")
        export_bundle(colleague, ["AL OTH 78/2021"], tmp_path / "team.rdbundle")
    broken = tmp_path / "broken.rdbundle"
    broken.write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip
    errors: list[BaseException] = []
    window.ops.error_handler = errors.append
    open_paths(window, [str(broken)])
    assert len(errors) == 1 and "broken.rdbundle" in str(errors[0]) and window.case_model.rowCount() == 0
    open_paths(window, [str(tmp_path / "team.rdbundle")])
    window.refresh_cases()
    assert window.case_model.references() == ["AL OTH 78/2021"]
    assert window.team_sync.last_report.added == 1 and window.team_sync.last_report.conflicts == 0
    case_id = window.case_model.id_for_reference("AL OTH 78/2021")
    assert [(t.note, t.author) for t in tags_for_case(window.ops.store, case_id)] == [("seen on the visit", "Ben")]
