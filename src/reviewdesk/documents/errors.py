"""Errors a reader raises for a file it cannot take, always naming the reason."""

from __future__ import annotations


class DocumentError(Exception):
    """A file that cannot be imported; ``reason`` is one line a user understands."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason
