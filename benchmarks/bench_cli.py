"""Command-line benchmark: each read-only command's wall-clock on a 10,000-case store, beside the floors.

Every command runs in a fresh interpreter, as a user types it; the median of
``--runs`` is printed beside ``python -c pass`` (the interpreter alone) and the
imports no command can avoid today (SQLAlchemy, the ORM models). Target: each
command < 0.3 s on a 10k store. Printed, never asserted.

    python benchmarks/bench_cli.py [--store PATH [--keep]] [--cases 10000] [--runs 7]

The store is the search benchmark's (``bench_search.build``); with ``--store PATH
--keep`` it is built once and reused.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src"


def _median_run(argv: list[str], runs: int) -> float:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SOURCE), os.environ.get("PYTHONPATH")]))}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, *argv], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              check=False)
        times.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.decode(errors='replace')}")
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=None, help="the store to build (or reuse with --keep)")
    parser.add_argument("--keep", action="store_true", help="reuse the store at --store if it exists")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.store or Path(tmp) / "bench.rdstore"
        if not (args.keep and path.exists()):
            from benchmarks.bench_search import build

            path.unlink(missing_ok=True)
            build(path, args.cases)
        store = str(path)
        # The first open after an update migrates: not what a reviewer waits for every time.
        subprocess.run([sys.executable, "-m", "reviewdesk", "--store", store, "cases", "--unfiled"],
                       env={**os.environ, "PYTHONPATH": str(SOURCE)}, stdout=subprocess.DEVNULL, check=False)
        with closing(sqlite3.connect(path)) as connection:
            cases, documents = (connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                                for t in ("case", "document"))
            reference = connection.execute('SELECT reference FROM "case" ORDER BY id LIMIT 1 OFFSET ?',
                                           (cases // 2,)).fetchone()[0]
        rows = [
            ("python -c pass", ["-c", "pass"], None),
            ("import sqlalchemy", ["-c", "import sqlalchemy"], None),
            ("import the ORM models + mappers",
             ["-c", "import reviewdesk.db.models; from sqlalchemy.orm import configure_mappers; configure_mappers()"],
             None),
            ("reviewdesk --version", ["-m", "reviewdesk", "--version"], 0.3),
            ("reviewdesk cases", ["-m", "reviewdesk", "--store", store, "cases"], 0.3),
            ("reviewdesk cases --json", ["-m", "reviewdesk", "--store", store, "cases", "--json"], 0.5),
            (f"reviewdesk show '{reference}'", ["-m", "reviewdesk", "--store", store, "show", reference], 0.3),
            ("reviewdesk search detained", ["-m", "reviewdesk", "--store", store, "search", "detained"], 0.3),
        ]
        print(f"store: {cases:,} cases, {documents:,} documents; median of {args.runs} runs")
        print(f"{'command':<44} {'median s':>9}  target")
        for label, command, target in rows:
            median = _median_run(command, args.runs)
            print(f"{label:<44} {median:>9.3f}  {f'< {target} s' if target else '(floor)'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
