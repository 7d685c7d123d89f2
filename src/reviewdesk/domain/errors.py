"""One base for every failure a user can act on.

``str(error)`` is the user-facing reason (naming the file or the record and
what is wrong); the CLI and the GUI each catch ``ReviewDeskError`` in one place.
Anything else that escapes is a bug and is reported as one.
"""

from __future__ import annotations


class ReviewDeskError(Exception):
    """A failure with a reason the user can read and act on."""

    @property
    def reason(self) -> str:
        return str(self)
