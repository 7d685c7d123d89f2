"""Worker processes for reading: how they start, the same for the importer's readers and for OCR.

Workers come from a fork server (spawned where there is none: Windows, macOS)
that imports the readers once; the caller itself is never forked, since its
other threads (the window's) may hold locks a forked child would inherit held.
"""

from __future__ import annotations

import multiprocessing
import os


def context(preload: str):
    """The multiprocessing context for workers; ``preload``: the module they need, imported by the server."""
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    chosen = multiprocessing.get_context("forkserver")
    chosen.set_forkserver_preload([preload])  # no effect once the server runs (it has the readers already)
    return chosen


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
