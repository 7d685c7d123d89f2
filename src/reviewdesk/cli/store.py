"""``reviewdesk store encrypt|decrypt|rekey|info``: the store file itself, never half-converted.

These commands work on the file, so ``main`` does not open the store for them
(``opens_store=False``); the conversion itself is ``db.conversion``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from reviewdesk.cli.passphrase import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    new_passphrase,
    read_passphrase,
)

if TYPE_CHECKING:
    import argparse

SSD_NOTE = ("deleting a file does not erase its blocks on an SSD or a journalling file system: "
            "see 'Confidentiality' in the README")


def _location(args):
    from reviewdesk.db import StoreError, StoreLocation

    location = StoreLocation.parse(args.store)
    if not location.path.is_file() or location.path.stat().st_size == 0:
        raise StoreError(location.path, "no store here")
    return location


def _clear_backups(path) -> list:
    from reviewdesk.db import cipher

    return sorted(p for p in path.parent.glob(f"{path.name}.bak-*") if p.is_file() and not cipher.is_encrypted(p))


def cmd_encrypt(args) -> int:
    from reviewdesk.db import StoreError
    from reviewdesk.db.conversion import convert

    location = _location(args)
    if location.is_encrypted():
        raise StoreError(location.path, "is already encrypted (change its passphrase with 'reviewdesk store rekey')")
    passphrase = new_passphrase(location, PASSPHRASE_ENV)
    done = convert(location.path, None, passphrase)
    print(f"encrypted {done.path} (AES-256, SQLCipher 4; {done.tables} tables, {done.rows} rows checked)")
    for backup in _clear_backups(location.path):  # earlier backups hold the same letters in clear
        convert(backup, None, passphrase)
        print(f"encrypted the backup {backup.name} with the same passphrase")
    print(f"the clear original was deleted; {SSD_NOTE}", file=sys.stderr)
    print("a lost passphrase cannot be recovered: without it the store cannot be opened", file=sys.stderr)
    return 0


def cmd_decrypt(args) -> int:
    from reviewdesk.db import StoreError
    from reviewdesk.db.conversion import convert

    location = _location(args)
    if not location.is_encrypted():
        raise StoreError(location.path, "is not encrypted")
    done = convert(location.path, read_passphrase(location), None)
    print(f"decrypted {done.path} ({done.tables} tables, {done.rows} rows checked): it is now readable without a passphrase")
    print(f"the encrypted original is kept as {done.backup.name}", file=sys.stderr)
    return 0


def cmd_rekey(args) -> int:
    from reviewdesk.db import StoreError
    from reviewdesk.db.conversion import convert

    location = _location(args)
    if not location.is_encrypted():
        raise StoreError(location.path, "is not encrypted (encrypt it with 'reviewdesk store encrypt')")
    old = read_passphrase(location, PASSPHRASE_ENV, "Current passphrase for {name}: ")
    from reviewdesk.db import sqlite_file

    sqlite_file.check_file(location.path, old)  # a wrong passphrase is said before the new one is asked
    done = convert(location.path, old, new_passphrase(location, NEW_PASSPHRASE_ENV))
    print(f"changed the passphrase of {done.path} ({done.tables} tables, {done.rows} rows checked)")
    print(f"the original, under the old passphrase, is kept as {done.backup.name}: delete it if that passphrase "
          f"is no longer safe (backups taken before upgrades keep the passphrase they were taken with)", file=sys.stderr)
    return 0


def cmd_info(args) -> int:
    from reviewdesk.db import cipher
    from reviewdesk.db.conversion import file_info

    location = _location(args)
    encrypted = location.is_encrypted()
    info = file_info(location.path, read_passphrase(location) if encrypted else None)
    print(f"store:       {info.path}")
    print(f"encrypted:   {'yes, AES-256 (SQLCipher ' + info.cipher_version + ')' if encrypted else 'no'}")
    print(f"size:        {info.size:,} bytes")
    print(f"permissions: {info.mode:04o}")
    for backup in sorted(location.path.parent.glob(f"{location.path.name}.bak-*")):
        state = "encrypted" if cipher.is_encrypted(backup) else "CLEAR"
        print(f"backup:      {backup.name} ({state})")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    sub = commands.add_parser("store", help="encrypt, decrypt or re-key the store file; show what it is")
    actions = sub.add_subparsers(dest="store_command", metavar="ACTION", required=True)
    for name, func, text in (
        ("encrypt", cmd_encrypt, f"encrypt the store (AES-256); the passphrase from ${PASSPHRASE_ENV} or typed twice"),
        ("decrypt", cmd_decrypt, "write the store back in clear; the encrypted original is kept as a backup"),
        ("rekey", cmd_rekey, f"change the passphrase (new one from ${NEW_PASSPHRASE_ENV} or typed twice)"),
        ("info", cmd_info, "whether the store is encrypted, its size, permissions and backups"),
    ):
        actions.add_parser(name, help=text).set_defaults(func=func, opens_store=False)
