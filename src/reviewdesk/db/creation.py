"""Creating a store whole or not at all: built in a private file beside it, then renamed into place.

A full disk or a ``kill -9`` while the schema is written then leaves at most a
hidden ``.NAME.creating-PID-…`` file, which the next creation in that folder
removes once its process is gone; the store's own name only ever holds a
complete store (or the empty file a file dialog made).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

from reviewdesk.db import sqlite_file
from reviewdesk.db.errors import StoreError


def create(path: Path, passphrase: str | None, build: Callable[[Path, str | None], None],
           replace: bool = False) -> None:
    """Build a new store with ``build(temp, passphrase)`` and put it at ``path``.

    ``replace``: the file at ``path`` is an interrupted creation with no data, to be replaced.
    If another process created the store meanwhile, its store is kept and ours dropped.
    """
    remove_abandoned(path)
    temp = path.with_name(f".{path.name}.creating-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        sqlite_file.create_private(temp)
        build(temp, passphrase)
        _sync(temp)
        _place(temp, path, replace)
    except StoreError as exc:
        raise StoreError(path, exc.problem) from exc
    except OSError as exc:
        raise StoreError(path, f"cannot be created ({exc.strerror or exc})") from exc
    finally:
        sqlite_file.delete_file(temp)


def _place(temp: Path, path: Path, replace: bool) -> None:
    """Rename ``temp`` to ``path``: over an empty file or a creation cut short, never over a store."""
    if replace or (path.exists() and path.stat().st_size == 0):
        _remove_stale_wal(path)
        os.replace(temp, path)
    else:
        if not path.exists():
            _remove_stale_wal(path)
        try:
            os.link(temp, path)  # fails if another process placed its store first: that one is kept
        except FileExistsError:
            return
    _sync(path.parent)


def _remove_stale_wal(path: Path) -> None:
    """A WAL left beside no store (or an unfinished one) must never be replayed into the new store."""
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _sync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def remove_abandoned(path: Path) -> None:
    """Temp files of creations whose process was killed (its pid no longer runs), even after its rename."""
    for leftover in path.parent.glob(f".{path.name}.creating-*"):
        pid = leftover.name.removeprefix(f".{path.name}.creating-").split("-")[0]
        if pid.isdigit() and not _alive(int(pid)) and not leftover.name.endswith(("-wal", "-shm")):
            sqlite_file.delete_file(leftover)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
