"""How long a file may keep the parser busy, and a way to stop it from outside (the importer's Cancel).

Readers and parsers call ``checkpoint()`` in their loops (per line, per paragraph, per page). Outside
``analysis_budget`` it does nothing; inside, it raises ``AnalysisCancelled`` once ``cancelled()`` says so and
``TooComplex`` once the time box is spent. Every step between two checkpoints is bounded (linear in one
paragraph, with paragraphs capped), so Cancel takes effect within a fraction of a second.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from reviewdesk.domain.errors import ReviewDeskError

TOO_COMPLEX = "too complex to analyse; kept as text"


class AnalysisCancelled(ReviewDeskError):
    """The user cancelled while a file was being read (the importer reports the file as cancelled)."""

    def __str__(self) -> str:
        return "import cancelled"


class TooComplex(ReviewDeskError):
    """The analysis of one file ran past its time box (the reader keeps the document as text)."""

    def __str__(self) -> str:
        return TOO_COMPLEX


@dataclass
class _Budget:
    cancelled: Callable[[], bool] | None
    deadline: float | None = None


_CURRENT: ContextVar[_Budget | None] = ContextVar("reviewdesk_analysis_budget", default=None)


@contextmanager
def analysis_budget(cancelled: Callable[[], bool] | None = None) -> Iterator[None]:
    """Checkpoints inside the block honour ``cancelled``; ``time_box`` then bounds a part of the work."""
    token = _CURRENT.set(_Budget(cancelled))
    try:
        yield
    finally:
        _CURRENT.reset(token)


@contextmanager
def time_box(seconds: float | None) -> Iterator[None]:
    """Checkpoints inside the block raise ``TooComplex`` after ``seconds`` (None: no limit)."""
    budget = _CURRENT.get()
    if budget is None or seconds is None:
        yield
        return
    previous = budget.deadline
    budget.deadline = time.monotonic() + seconds
    try:
        yield
    finally:
        budget.deadline = previous


def checkpoint() -> None:
    budget = _CURRENT.get()
    if budget is None:
        return
    if budget.cancelled is not None and budget.cancelled():
        raise AnalysisCancelled
    if budget.deadline is not None and time.monotonic() > budget.deadline:
        raise TooComplex
