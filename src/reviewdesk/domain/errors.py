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


class SubjectError(ReviewDeskError):
    """A failure about one thing (a file, a store, a record): ``str()`` is "subject: problem"."""

    def __init__(self, subject: object, problem: str) -> None:
        super().__init__(subject, problem)  # both in args, so the error pickles
        self.subject = subject
        self.problem = problem

    def __str__(self) -> str:
        return f"{self.subject}: {self.problem}"
