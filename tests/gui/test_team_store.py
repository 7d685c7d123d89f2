"""File › Connect to team store…: a real PostgreSQL, a password-protected login role, a real (in-memory) keyring.

The test server trusts local logins (packaging/postgres.sh); for one login role of
this test a first pg_hba.conf line asks a SCRAM password, so a wrong one is refused
as it would be on a team's server. The keyring is a small backend of its own set
with ``keyring.set_keyring``: the passwords it was given are what the test reads.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from reviewdesk.db import StoreLocation, open_store, roles
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.gui.operations import Operations
from reviewdesk.gui.team_store import KEYRING_SERVICE
from reviewdesk.services.importer import import_paths
from tests.engines import postgres_database, require_postgres, server

from ..conftest import LETTERS

keyring = pytest.importorskip("keyring")
from keyring.backend import KeyringBackend
from keyring.backends import fail

PASSWORD = "s3cret-team"
USER = f"rd_connect_{os.getpid()}"


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps its passwords in this process."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _sql(sql: str) -> None:
    with server().admin.connect() as connection:
        connection.exec_driver_sql(sql)


@pytest.fixture
def team():
    """A team store holding one case, and USER, an editor there who logs in with PASSWORD over the socket."""
    require_postgres()
    with postgres_database() as url:
        with open_store(url) as store:
            assert not import_paths(store, [LETTERS / "AL_OTH_78_2021.txt"]).failed
            roles.init(store)
            roles.grant(store, USER, "editor")
        _sql(f"ALTER ROLE {USER} PASSWORD '{PASSWORD}'")
        with server().admin.connect() as connection:
            hba = Path(connection.exec_driver_sql("SHOW hba_file").scalar())
        before = hba.read_text()
        hba.write_text(f"local all {USER} scram-sha-256\n{before}")
        _sql("SELECT pg_reload_conf()")
        try:
            yield StoreLocation.parse(url.replace("postgres@", f"{USER}@", 1))
        finally:
            hba.write_text(before)
            _sql("SELECT pg_reload_conf()")


def _fill(qtbot, dialog, location: StoreLocation, password: str) -> None:
    qtbot.keyClicks(dialog.url_edit, location.server)  # pasted: the fields follow
    dialog.password.setText(password)


def _test_connection(qtbot, dialog) -> str:
    dialog.test_button.click()  # on the thread pool: the answer arrives as a queued signal
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    return dialog.answer.text()


def test_the_dialog_connects_and_the_window_shows_the_team_stores_cases(window, team, memory_keyring, qtbot, tmp_path):
    dialog = window.stores.team.connect_dialog()
    _fill(qtbot, dialog, team, PASSWORD)
    assert dialog.database.text() == make_database(team) and dialog.user.text() == USER
    assert dialog.remember.isEnabled() and dialog.remember.isChecked()
    assert _test_connection(qtbot, dialog).startswith(f"Connected as {USER} to {make_database(team)} (PostgreSQL ")
    dialog.findChild(QDialogButtonBox).accepted.emit()  # Connect
    assert not dialog.isVisible()
    assert window.ops.location == team and window.case_model.rowCount() == 1
    assert USER in window.windowTitle() and make_database(team) in window.windowTitle()
    assert memory_keyring.passwords == {(KEYRING_SERVICE, team.server): PASSWORD}
    window.settings.q.sync()
    kept = Path(window.settings.q.fileName()).read_text()
    assert team.server in kept and PASSWORD not in kept
    assert window.settings.recent_stores[0] == team.server


def make_database(location: StoreLocation) -> str:
    return location.describe().split(" on ")[0]


def test_a_wrong_password_says_so_and_the_open_store_stays(window, team, memory_keyring, qtbot):
    before = window.ops.location
    dialog = window.stores.team.connect_dialog()
    _fill(qtbot, dialog, team, "not-the-password")
    answer = _test_connection(qtbot, dialog)
    assert answer.count("Wrong password") == 1 and "password authentication failed" in answer
    assert "Traceback" not in answer
    dialog.findChild(QDialogButtonBox).accepted.emit()
    assert dialog.isVisible() and "Wrong password" in dialog.answer.text()
    assert window.ops.location == before and not memory_keyring.passwords
    dialog.reject()


def test_unknown_database_and_unreachable_server_are_told_apart(window, team, memory_keyring, qtbot, tmp_path):
    dialog = window.stores.team.connect_dialog()
    _fill(qtbot, dialog, team, PASSWORD)
    dialog.database.setText("no_such_database")
    assert "No such database" in _test_connection(qtbot, dialog)
    dialog.host.setText(str(tmp_path))  # no server's socket there
    assert "cannot be reached" in _test_connection(qtbot, dialog)
    dialog.reject()


def test_a_remembered_team_store_reconnects_with_the_keyrings_password(qtbot, settings, team, memory_keyring):
    memory_keyring.set_password(KEYRING_SERVICE, team.server, PASSWORD)
    window = MainWindow(Operations(None, synchronous=True), settings)
    qtbot.addWidget(window)
    window.stores.switch(team.server)  # as at start-up: the URL from the settings, no password in it
    assert window.stores.team.dialog is None
    assert window.ops.location == team and window.case_model.rowCount() == 1
    window.close()


def test_a_wrong_remembered_password_asks_with_the_reason(qtbot, settings, team, memory_keyring):
    memory_keyring.set_password(KEYRING_SERVICE, team.server, "stale")
    window = MainWindow(Operations(None, synchronous=True), settings)
    qtbot.addWidget(window)
    window.stores.switch(team.server)  # the keyring's, then libpq's own (no .pgpass here): both refused
    dialog = window.stores.team.dialog
    assert dialog is not None and dialog.user.text() == USER and "Wrong password" in dialog.answer.text()
    dialog.password.setText(PASSWORD)
    dialog.findChild(QDialogButtonBox).accepted.emit()
    assert window.ops.location == team and memory_keyring.passwords[(KEYRING_SERVICE, team.server)] == PASSWORD
    window.close()


def test_without_a_keyring_backend_the_dialog_says_so_and_hints_at_pgpass(window):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = window.stores.team.connect_dialog()
        assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
        assert "No system keyring" in dialog.keyring_note.text() and ".pgpass" in dialog.keyring_note.text()
        dialog.reject()
    finally:
        keyring.set_keyring(previous)
