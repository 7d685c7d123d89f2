"""``reviewdesk store encrypt|decrypt|rekey|info`` and the one rule every command unlocks a store by."""

from __future__ import annotations

import getpass
import sys

import pytest

from reviewdesk.cli import main
from reviewdesk.db import cipher

from .conftest import LETTERS
from .db.test_encryption import leaked


@pytest.fixture
def clear_store(tmp_path, capsys):
    path = tmp_path / "cli.rdstore"
    assert main(["--store", str(path), "import", str(LETTERS / "AL_OTH_78_2021.docx")]) == 0
    capsys.readouterr()
    return path


def _run(path, *argv) -> int:
    return main(["--store", str(path), *argv])


def test_encrypt_from_the_environment_then_every_command_needs_the_passphrase(clear_store, capsys, monkeypatch):
    old_backup = clear_store.with_name(clear_store.name + ".bak-0012-20260101-000000")
    old_backup.write_bytes(clear_store.read_bytes())  # a clear backup from an earlier upgrade
    monkeypatch.setenv("REVIEWDESK_PASSPHRASE", "s3cret")
    assert _run(clear_store, "store", "encrypt") == 0
    out, err = capsys.readouterr()
    assert "encrypted" in out and "clear original was deleted" in err and "SSD" in err
    assert cipher.is_encrypted(clear_store) and leaked(clear_store) == []
    assert cipher.is_encrypted(old_backup) and leaked(old_backup) == []
    assert _run(clear_store, "cases") == 0 and "AL OTH 78/2021" in capsys.readouterr().out
    monkeypatch.setenv("REVIEWDESK_PASSPHRASE", "wrong")
    assert _run(clear_store, "cases") == 1
    assert capsys.readouterr().err == f"reviewdesk: wrong passphrase for {clear_store}\n"
    monkeypatch.delenv("REVIEWDESK_PASSPHRASE")
    assert _run(clear_store, "search", "Uyghur") == 1  # not on a terminal, no variable: one line
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is encrypted: set $REVIEWDESK_PASSPHRASE" in err


def test_rekey_decrypt_and_info(clear_store, capsys, monkeypatch):
    monkeypatch.setenv("REVIEWDESK_PASSPHRASE", "first")
    assert _run(clear_store, "store", "encrypt") == 0
    assert _run(clear_store, "store", "encrypt") == 1
    assert "already encrypted" in capsys.readouterr().err
    monkeypatch.setenv("REVIEWDESK_NEW_PASSPHRASE", "second")
    assert _run(clear_store, "store", "rekey") == 0
    assert "kept as cli.rdstore.bak-encrypted-" in capsys.readouterr().err
    monkeypatch.setenv("REVIEWDESK_PASSPHRASE", "second")
    assert _run(clear_store, "store", "info") == 0
    out = capsys.readouterr().out
    assert "encrypted:   yes, AES-256 (SQLCipher 4." in out and "permissions: 0600" in out
    assert _run(clear_store, "store", "decrypt") == 0
    capsys.readouterr()
    assert not cipher.is_encrypted(clear_store)
    monkeypatch.delenv("REVIEWDESK_PASSPHRASE")
    assert _run(clear_store, "show", "AL OTH 78/2021") == 0


def test_a_new_passphrase_typed_on_a_terminal_is_asked_twice(clear_store, capsys, monkeypatch):
    monkeypatch.delenv("REVIEWDESK_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    answers = iter(["typed", "typo"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    before = clear_store.read_bytes()
    assert _run(clear_store, "store", "encrypt") == 1
    assert "the two passphrases differ; nothing was changed" in capsys.readouterr().err
    assert clear_store.read_bytes() == before
    answers = iter(["typed", "typed", "typed"])
    assert _run(clear_store, "store", "encrypt") == 0
    assert _run(clear_store, "cases") == 0 and "AL OTH 78/2021" in capsys.readouterr().out


def test_store_commands_on_no_store_say_so(tmp_path, capsys):
    assert _run(tmp_path / "none.rdstore", "store", "info") == 1
    assert capsys.readouterr().err == f"reviewdesk: {tmp_path / 'none.rdstore'}: no store here\n"
