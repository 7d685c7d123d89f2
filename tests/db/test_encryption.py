"""Encrypted stores (SQLCipher 4): nothing of a letter in any byte on disk, wrong keys refused, every
conversion whole or not at all."""

from __future__ import annotations

import re

import pytest
from alembic import command
from sqlalchemy import select

from reviewdesk.db import StoreError, StoreLocation, cipher, open_store
from reviewdesk.db.conversion import convert
from reviewdesk.db.migrate import alembic_config
from reviewdesk.db.models import Case
from reviewdesk.services.importer import import_paths
from reviewdesk.services.search import search

from ..conftest import LETTERS

PASSPHRASE = "correct horse battery staple"


def fixture_words() -> list[bytes]:
    """Words of the fixture letter long enough to be its own (names, places, terms), as bytes."""
    text = (LETTERS / "AL_OTH_78_2021.txt").read_text(encoding="utf-8")
    words = {w for w in re.findall(r"[A-Za-z]{9,}", text)}
    assert len(words) > 50
    return sorted(w.encode() for w in words)


def leaked(path) -> list[bytes]:
    data = path.read_bytes().lower()
    return [word for word in fixture_words() if word.lower() in data]


def _encrypted_store(tmp_path, name="secret.rdstore"):
    return StoreLocation.parse(tmp_path / name).with_passphrase(PASSPHRASE)


def test_an_encrypted_store_its_wal_and_its_backup_hold_none_of_the_letters_words(tmp_path):
    location = _encrypted_store(tmp_path)
    with open_store(location) as store:
        import_paths(store, [LETTERS / "AL_OTH_78_2021.docx", LETTERS / "AL_OTH_78_2021.txt"])
        wal = store.path.with_name(store.path.name + "-wal")
        assert wal.stat().st_size > 0  # the import is still in the WAL: it must be encrypted too
        assert leaked(wal) == [] and leaked(store.path) == []
        assert [hit.case_reference for hit in search(store, "Uyghur").hits] == ["AL OTH 78/2021"] * 2  # FTS5 works
    assert leaked(store.path) == []
    assert cipher.is_encrypted(store.path)
    # The same import in a clear store shows the words are there to be found.
    with open_store(tmp_path / "clear.rdstore") as clear:
        import_paths(clear, [LETTERS / "AL_OTH_78_2021.docx"])
    assert len(leaked(tmp_path / "clear.rdstore")) > 20


def test_the_backup_before_an_upgrade_of_an_encrypted_store_is_encrypted(tmp_path):
    path = tmp_path / "old.rdstore"
    with open_store(path) as store:
        import_paths(store, [LETTERS / "AL_OTH_78_2021.docx"])
        command.downgrade(alembic_config(store.engine), "0013")  # a store of the previous version: 0014 runs on open
    convert(path, None, PASSPHRASE)
    with open_store(StoreLocation.parse(path).with_passphrase(PASSPHRASE)) as store:
        backup = store.backup_path
    assert backup is not None and backup.name.startswith("old.rdstore.bak-0013-")
    assert cipher.is_encrypted(backup) and leaked(backup) == []
    assert backup.stat().st_mode & 0o777 == 0o600
    with open_store(StoreLocation.parse(backup).with_passphrase(PASSPHRASE)) as copy, copy.session() as session:
        assert session.scalar(select(Case.reference)) == "AL OTH 78/2021"


def test_no_passphrase_and_a_wrong_one_are_one_line_reasons(tmp_path):
    location = _encrypted_store(tmp_path)
    open_store(location).close()
    with pytest.raises(cipher.PassphraseNeeded, match=r"secret\.rdstore: is encrypted: a passphrase is needed"):
        open_store(location.path)
    with pytest.raises(cipher.WrongPassphrase) as caught:
        open_store(location.with_passphrase("wrong"))
    assert str(caught.value) == f"wrong passphrase for {location.path}"
    assert isinstance(caught.value, StoreError)


def test_a_file_that_is_neither_sqlite_nor_whole_pages_is_not_taken_for_encrypted(tmp_path):
    notes = tmp_path / "notes.rdstore"
    notes.write_text("my notes " * 1000)
    with pytest.raises(StoreError, match="not a ReviewDesk store"):
        open_store(notes.as_posix())


def test_encrypt_rekey_decrypt_keep_every_row_and_leave_no_clear_copy(tmp_path):
    path = tmp_path / "cases.rdstore"
    with open_store(path) as store:
        import_paths(store, [LETTERS / "AL_OTH_78_2021.docx"])
    done = convert(path, None, PASSPHRASE)
    assert done.encrypted and done.removed_clear and done.backup is None and done.rows > 100
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == ["cases.rdstore"]
    assert leaked(path) == []
    rekeyed = convert(path, PASSPHRASE, "another one")
    assert rekeyed.rows == done.rows and cipher.is_encrypted(rekeyed.backup)
    with pytest.raises(cipher.WrongPassphrase):
        open_store(StoreLocation.parse(path).with_passphrase(PASSPHRASE))
    clear = convert(path, "another one", None)
    assert not clear.encrypted and not cipher.is_encrypted(path) and clear.rows == done.rows
    with open_store(path) as store, store.session() as session:
        assert session.scalar(select(Case.reference)) == "AL OTH 78/2021"
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in tmp_path.iterdir())


def test_a_conversion_with_a_wrong_passphrase_changes_nothing(tmp_path):
    location = _encrypted_store(tmp_path)
    open_store(location).close()
    before = location.path.read_bytes()
    with pytest.raises(cipher.WrongPassphrase):
        convert(location.path, "wrong", None)
    assert location.path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["secret.rdstore"]


def test_a_conversion_that_fails_its_check_leaves_the_original(tmp_path, monkeypatch):
    from reviewdesk.db import conversion

    path = tmp_path / "cases.rdstore"
    with open_store(path) as store:
        import_paths(store, [LETTERS / "AL_OTH_78_2021.docx"])
    before = path.read_bytes()
    counts = conversion._counts
    # A copy missing rows (as a full disk or a bug in the export would leave it) must never replace the store.
    monkeypatch.setattr(conversion, "_counts", lambda c: {**counts(c), "document": -1} if "converting" in str(
        c.execute("PRAGMA database_list").fetchone()[2]) else counts(c))
    with pytest.raises(StoreError, match=r"not converted: the new copy's rows differ in document; the store is unchanged"):
        convert(path, None, PASSPHRASE)
    assert path.read_bytes() == before and not cipher.is_encrypted(path)
    assert not [p for p in tmp_path.iterdir() if "converting" in p.name]


def test_two_conversions_within_one_second_keep_both_backups(tmp_path):
    """Encrypt, rekey and decrypt in a burst: each conversion keeps its own backup under a name of its
    own (names carry the second; the third conversion once copied into, then deleted, the second's)."""
    from reviewdesk.db import conversion
    from reviewdesk.db.sqlite_file import backup_file

    path = tmp_path / "burst.rdstore"
    open_store(path).close()
    conversion.convert(path, None, "first")
    conversion.convert(path, "first", "second")
    conversion.convert(path, "second", None)
    backups = sorted(tmp_path.glob("burst.rdstore.bak-encrypted-*"))
    assert len(backups) == 2
    keys = []
    for backup in backups:
        for key in ("first", "second"):
            try:
                cipher.check_passphrase(backup, key)
            except Exception:
                continue
            keys.append(key)
    assert sorted(keys) == ["first", "second"]
    again = [backup_file(path, "same") for _ in range(3)]
    assert len(set(again)) == 3 and all(oct(b.stat().st_mode & 0o777) == "0o600" for b in again)
