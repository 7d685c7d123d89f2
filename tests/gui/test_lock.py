"""Encrypted stores in the window: the passphrase asked once per session, new stores encrypted by default,
the idle auto-lock hiding the data until the passphrase is typed again."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from reviewdesk.db import StoreLocation, cipher, open_store
from reviewdesk.gui.lock import LOST_PASSPHRASE_WARNING, PassphraseDialog
from reviewdesk.gui.preferences import PreferencesDialog
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS

PASSPHRASE = "a long enough passphrase"


@pytest.fixture
def encrypted(tmp_path):
    location = StoreLocation.parse(tmp_path / "secret.rdstore").with_passphrase(PASSPHRASE)
    with open_store(location) as store:
        import_paths(store, [LETTERS / "AL_OTH_78_2021.docx"])
    return location.path


class Answers:
    """Scripted replies to the passphrase dialog, recording what was asked."""

    def __init__(self, *replies) -> None:
        self.replies = list(replies)
        self.asked: list[tuple[str, bool, str]] = []

    def __call__(self, _parent, location, new=False, problem=""):
        self.asked.append((location.describe(), new, problem))
        return self.replies.pop(0)


def test_an_encrypted_store_asks_its_passphrase_once_per_session(window, store, encrypted):
    answers = Answers((True, "wrong one"), (True, PASSPHRASE))
    window.stores.ask = answers
    window.stores.switch(str(encrypted))
    assert answers.asked == [("secret.rdstore", False, ""), ("secret.rdstore", False, "Wrong passphrase.")]
    assert window.ops.store.path == encrypted and window.case_model.rowCount() == 1
    assert "secret.rdstore" in window.windowTitle()
    window.stores.switch(str(store.path))
    window.stores.switch(str(encrypted))  # back to it in the same session: not asked again
    assert len(answers.asked) == 2 and window.ops.store.path == encrypted
    assert PASSPHRASE not in str(window.settings.q.allKeys()) + str(
        [window.settings.q.value(k) for k in window.settings.q.allKeys()])


def test_cancelling_the_passphrase_keeps_the_current_store(window, store, encrypted):
    window.stores.ask = Answers((False, None))
    window.stores.switch(str(encrypted))
    assert window.ops.store is store
    assert "was not opened" in window.statusBar().currentMessage()


def test_a_new_store_is_encrypted_unless_the_reviewer_unticks_it(window, tmp_path):
    window.stores.ask = Answers((True, PASSPHRASE))
    window.stores.create(str(tmp_path / "new.rdstore"))
    assert window.ops.store.path.name == "new.rdstore" and cipher.is_encrypted(tmp_path / "new.rdstore")
    window.stores.ask = Answers((True, None))
    window.stores.create(str(tmp_path / "plain.rdstore"))
    assert window.ops.store.path.name == "plain.rdstore" and not cipher.is_encrypted(tmp_path / "plain.rdstore")


def test_the_new_store_dialog_defaults_to_encryption_and_warns(qtbot, tmp_path):
    dialog = PassphraseDialog(StoreLocation.parse(tmp_path / "n.rdstore"), new=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.encrypt.isChecked() and dialog.warning.text() == LOST_PASSPHRASE_WARNING
    assert "cannot be recovered" in LOST_PASSPHRASE_WARNING and not ok.isEnabled()
    dialog.passphrase.setText("short")
    assert dialog.problem.text() == "At least 8 characters." and not ok.isEnabled()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE + "x")
    assert dialog.problem.text() == "The two passphrases differ." and not ok.isEnabled()
    dialog.again.setText(PASSPHRASE)
    assert ok.isEnabled() and dialog.value() == PASSPHRASE
    dialog.encrypt.setChecked(False)
    assert ok.isEnabled() and dialog.value() is None and not dialog.passphrase.isEnabled()


def _open_encrypted(window, encrypted, minutes: int) -> None:
    window.settings.set("security/auto_lock_minutes", minutes)
    window.stores.ask = Answers((True, PASSPHRASE))
    window.stores.switch(str(encrypted))


def test_after_the_idle_minutes_the_window_hides_the_data_until_the_passphrase(window, encrypted, qtbot):
    _open_encrypted(window, encrypted, 5)
    lock = window.auto_lock
    assert lock.timer.isActive() and lock.timer.interval() == 5 * 60_000
    lock.timer.timeout.emit()  # five idle minutes
    assert lock.locked and lock.screen.isVisible() and lock.screen.geometry() == window.rect()
    assert not window.centralWidget().isVisible()
    assert not window.answers_dock.widget().isVisible() and not window.tag_dock.widget().isVisible()
    assert not window.import_action.isEnabled()
    window.resize(1000, 700)
    assert lock.screen.geometry() == window.rect()
    qtbot.keyClicks(lock.screen.passphrase, "not it")
    lock.screen.button.click()
    assert lock.locked and lock.screen.problem.text() == "Wrong passphrase." and not window.centralWidget().isVisible()
    lock.screen.passphrase.clear()
    qtbot.keyClicks(lock.screen.passphrase, PASSPHRASE)
    lock.screen.button.click()
    assert not lock.locked and not lock.screen.isVisible() and window.centralWidget().isVisible()
    assert window.answers_dock.widget().isVisible() and window.import_action.isEnabled()
    assert lock.timer.isActive() and lock.screen.passphrase.text() == ""
    lock.timer.stop()


def test_no_auto_lock_for_a_clear_store_or_when_off(window, encrypted):
    window.settings.set("security/auto_lock_minutes", 5)
    window.auto_lock.configure()
    assert not window.auto_lock.timer.isActive()  # the clear store of the fixture: no passphrase to ask
    _open_encrypted(window, encrypted, 0)
    assert not window.auto_lock.timer.isActive()


def test_preferences_set_the_auto_lock_minutes(qtbot, settings):
    dialog = PreferencesDialog(settings, [], set())
    qtbot.addWidget(dialog)
    assert dialog.auto_lock.value() == 0 and dialog.auto_lock.specialValueText() == "Never"
    dialog.auto_lock.setValue(15)
    dialog.save()
    assert settings.get("security/auto_lock_minutes") == 15
