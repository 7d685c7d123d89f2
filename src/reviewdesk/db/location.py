"""Where a store lives, as a value the CLI, the GUI and settings pass around."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from reviewdesk.db.paths import default_store_path


@dataclass(frozen=True)
class StoreLocation:
    """A store's address: today the path of an SQLite file.

    Another kind of store is added here, with its engines beside ``sqlite_file``,
    and nowhere outside ``db``: an encrypted file becomes a ``key`` field, a
    server a ``url`` that ``parse`` recognises; callers only hand locations, or
    what the user typed, to ``open_store``. Build one with ``parse`` (it expands
    and resolves the path).
    """

    path: Path

    @classmethod
    def parse(cls, value: str | os.PathLike[str] | StoreLocation | None) -> StoreLocation:
        """A location from a setting or a command-line value; None or "" is the default store."""
        if isinstance(value, StoreLocation):
            return value
        path = Path(value) if value else default_store_path()
        return cls(path.expanduser().resolve())

    def describe(self) -> str:
        """The short name for window titles and messages."""
        return self.path.name

    def __str__(self) -> str:
        return str(self.path)
