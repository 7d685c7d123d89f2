"""Reading files in worker processes while one writer stores them: an import uses every core.

The analysis is pure (bytes in, an ``AnalysedDocument`` and the search stems
out), so it runs in a process pool; the importer stays the one writer to the
store and writes results in file order as they arrive. Workers start as
``documents.processes`` says (never by forking the caller). Scans are left to
the writer's process, where OCR reports each page and uses every core itself.

Cancel reaches the workers through an event that their analysis budget checks,
so a file being read stops at once. A worker that dies (a crash in a PDF
library, the out-of-memory killer) breaks the pool: each file then in flight is
read again alone in a new pool, so only the file that kills its worker again
fails, with that reason, and the batch goes on.
"""

from __future__ import annotations

import signal
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from reviewdesk.documents import processes
from reviewdesk.documents.budget import AnalysisCancelled, analysis_budget
from reviewdesk.documents.errors import DocumentError
from reviewdesk.documents.processes import cores
from reviewdesk.documents.reader import analyse_file
from reviewdesk.domain.letter import AnalysedDocument
from reviewdesk.domain.search_text import stemmed_text

CRASHED = "the reader stopped abruptly on this file (its process died); nothing of it was stored"


@dataclass(frozen=True)
class Analysis:
    """What reading one file gave: the document and the stems of its texts, or why not."""

    analysed: AnalysedDocument | None = None
    stems: tuple[str, ...] = ()  # of the body, then of the annex (if any)
    failure: str | None = None  # a reason the user reads
    cancelled: bool = False


def analyse(data: bytes, name: str, seconds: float | None, cancelled: Callable[[], bool] | None = None,
            ocr=None, reader=analyse_file) -> Analysis:
    """Read one file with ``reader`` (never raises for a problem of the file): the work a pool worker does."""
    try:
        with analysis_budget(cancelled):
            _source, analysed = reader(data, name, ocr, seconds=seconds)
    except AnalysisCancelled:
        return Analysis(cancelled=True)
    except DocumentError as exc:
        return Analysis(failure=exc.problem)
    except Exception as exc:  # a parser bug must not stop a batch; say so plainly
        return Analysis(failure=f"could not be understood ({type(exc).__name__}: {exc})")
    return Analysis(analysed, stems_of(analysed))


def stems_of(analysed: AnalysedDocument) -> tuple[str, ...]:
    """The search stems of the body and annex texts, in the language their documents are stored with."""
    language = analysed.fields.language
    texts = [analysed.body] + ([analysed.annex] if analysed.annex is not None else [])
    return tuple(stemmed_text(t.text, language if t.text else None) if t.text else "" for t in texts)


# In a worker: the batch's cancel event, set by the writer.
_cancel_event = None


def _start_worker(event) -> None:
    global _cancel_event
    _cancel_event = event
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the writer's to handle: it stops the workers


def _analyse_in_worker(data: bytes, name: str, seconds: float | None) -> Analysis:
    return analyse(data, name, seconds, _cancel_event.is_set)


# Tests replace this (by name, so the workers see it too) with a function that kills its worker.
WORKER: Callable[[bytes, str, float | None], Analysis] = _analyse_in_worker


def worker_count(files: int) -> int:
    """Workers for ``files`` files: one per core (the writer mostly waits on them), never more than files."""
    return max(1, min(cores(), 8, files))


@dataclass
class _Job:
    key: object
    data: bytes
    name: str
    future: Future | None = None


class ReadingPool:
    """Files submitted in order come back in that order, each as an ``Analysis``."""

    def __init__(self, workers: int, seconds: float | None, cancelled: Callable[[], bool] | None = None) -> None:
        self._cancelled = cancelled
        self._context = processes.context(__name__)
        self._event = self._context.Event()
        self._workers = workers
        self._seconds = seconds
        self._executor = self._new_executor(workers)
        self._jobs: deque[_Job] = deque()

    def _new_executor(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=self._context, initializer=_start_worker,
                                   initargs=(self._event,))

    @property
    def full(self) -> bool:
        return len(self._jobs) >= 2 * self._workers  # one being read and one waiting, per worker

    def __len__(self) -> int:
        return len(self._jobs)

    def submit(self, key: object, data: bytes, name: str) -> None:
        job = _Job(key, data, name)
        try:
            job.future = self._submit(self._executor, job)
        except BrokenProcessPool:  # a worker died since the last result was taken
            self._recover()
            job.future = self._submit(self._executor, job)
        self._jobs.append(job)

    def _submit(self, executor: ProcessPoolExecutor, job: _Job) -> Future:
        return executor.submit(WORKER, job.data, job.name, self._seconds)

    def next(self) -> tuple[object, Analysis]:
        """The oldest file's key and analysis, waiting for it (and passing a Cancel on to the workers)."""
        job = self._jobs[0]
        while True:
            try:
                job.future.exception(timeout=0.1)
                break
            except FuturesTimeout:
                if self._cancelled is not None and self._cancelled():
                    self.cancel()
        if isinstance(job.future.exception(), BrokenProcessPool):
            self._recover()
        self._jobs.popleft()
        failed = job.future.exception()
        if isinstance(failed, BrokenProcessPool):
            return job.key, Analysis(failure=CRASHED)
        if failed is not None:  # the result could not come back (e.g. not picklable): a bug, reported as such
            return job.key, Analysis(failure=f"could not be understood ({type(failed).__name__}: {failed})")
        return job.key, job.future.result()

    def _recover(self) -> None:
        """Read each file in flight alone; the one whose worker dies again fails; then a fresh pool."""
        self._executor.shutdown(wait=False, cancel_futures=True)
        for job in self._jobs:
            if job.future.done() and not job.future.cancelled() and job.future.exception() is None:
                continue  # read before the pool broke
            alone = self._new_executor(1)
            try:
                job.future = self._submit(alone, job)
                job.future.exception()  # waits
            finally:
                alone.shutdown(wait=True)
        self._executor = self._new_executor(self._workers)

    def cancel(self) -> None:
        """Stop: files being read stop at their next checkpoint, the others are never started."""
        self._event.set()

    def close(self) -> None:
        self._event.set()
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ReadingPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def in_order(pool: ReadingPool, items: Iterator[tuple[object, bytes, str] | tuple[object, None, object]]
             ) -> Iterator[tuple[object, Analysis | object]]:
    """Feed ``pool`` from ``items`` ahead of the caller, yielding results in the items' order.

    An item whose data is None is not read: its third part (a result decided
    without reading, e.g. a duplicate) comes back in its place in the order.
    """
    waiting: deque[tuple[object, object] | None] = deque()  # None: the next result comes from the pool
    items = iter(items)
    exhausted = False
    while True:
        while not exhausted and not pool.full:
            item = next(items, None)
            if item is None:
                exhausted = True
                break
            key, data, extra = item
            if data is None:
                waiting.append((key, extra))
            else:
                pool.submit(key, data, extra)
                waiting.append(None)
        if not waiting:
            return
        head = waiting.popleft()
        yield pool.next() if head is None else head
