"""Errors a reader raises for a file it cannot take, always naming the reason."""

from __future__ import annotations

from reviewdesk.domain.errors import SubjectError


class DocumentError(SubjectError):
    """A file that cannot be imported: ``str()`` is "name: problem"; ``problem`` is the one line without the name."""

    @property
    def name(self) -> str:
        return str(self.subject)
