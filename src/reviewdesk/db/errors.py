"""The store's one failure type: which store, and why it cannot be opened or used."""

from __future__ import annotations

from reviewdesk.domain.errors import SubjectError


class StoreError(SubjectError):
    """A store that cannot be opened or upgraded; ``str()`` names the file and the reason."""

    @property
    def location(self) -> object:
        return self.subject


class StoreBusy(StoreError):
    """Another process held the store's write lock longer than the busy timeout; nothing was kept."""


class NotAllowed(StoreError):
    """A change the team store's server refused to this user's role; the transaction rolled back."""


class DiskFull(StoreError):
    """A write the full disk refused; the transaction rolled back, so nothing of it was kept."""

    def __str__(self) -> str:
        return f"disk full: {self.subject}: {self.problem}"


class ConcurrentWrite(StoreError):
    """Another session changed or deleted a row this one had read, between the read and the write.

    The ORM writes shared rows under their version (``Synced``), so the second
    of two simultaneous writes matches no row; its transaction rolled back.
    """
