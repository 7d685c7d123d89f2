"""The store's one failure type: which store, and why it cannot be opened or used."""

from __future__ import annotations

from reviewdesk.domain.errors import SubjectError


class StoreError(SubjectError):
    """A store that cannot be opened or upgraded; ``str()`` names the file and the reason."""

    @property
    def location(self) -> object:
        return self.subject
