"""The fuzz test at scale: N seeded mutations (default 10,000) imported into one fresh store, in batches.

Prints the counts by outcome, the most common failure reasons, any unexpected one (a parser exception caught
as "could not be understood"), the slowest file and the time.

    python benchmarks/fuzz_import.py [--count 10000] [--seed 1] [--batch 500]
"""

from __future__ import annotations

import argparse
import collections
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the generators live with the tests

from reviewdesk.db import open_store
from reviewdesk.services.importer import import_paths
from tests.fuzz_inputs import fuzz_inputs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    statuses: collections.Counter[str] = collections.Counter()
    reasons: collections.Counter[str] = collections.Counter()
    unexpected: list[tuple[str, str]] = []
    slowest = (0.0, "")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        store_path = Path(folder) / "fuzz.rdstore"
        inputs = fuzz_inputs(args.seed, args.count)
        with open_store(store_path) as store:
            for batch in range(0, args.count, args.batch):
                sub = Path(folder) / f"batch{batch}"
                sub.mkdir()
                for _ in range(min(args.batch, args.count - batch)):
                    name, data = next(inputs)
                    (sub / name).write_bytes(data)
                last = time.perf_counter()

                def finished(result, sub=sub) -> None:
                    nonlocal last, slowest
                    now = time.perf_counter()
                    slowest = max(slowest, (now - last, Path(result.path).name))
                    last = now
                    statuses[result.status.value] += 1
                    if result.reason:
                        reasons[result.reason.split(" (")[0][:70]] += 1
                    if result.reason.startswith(("could not be understood", "could not be stored")):
                        unexpected.append((Path(result.path).name, result.reason))

                import_paths(store, [sub], ocr_language=None, finished=finished)
                print(f"  {batch + args.batch:>6} done, {time.perf_counter() - started:7.1f} s", file=sys.stderr)
        with sqlite3.connect(store_path) as raw:
            integrity = raw.execute("PRAGMA integrity_check").fetchone()[0]
    elapsed = time.perf_counter() - started
    print(f"{args.count} inputs (seed {args.seed}) in {elapsed:.1f} s ({1000 * elapsed / args.count:.1f} ms each)")
    print("outcomes:", ", ".join(f"{n} {status}" for status, n in statuses.most_common()))
    print(f"integrity_check: {integrity}; slowest file: {slowest[1]} ({slowest[0]:.2f} s)")
    print("most common reasons:")
    for reason, n in reasons.most_common(12):
        print(f"  {n:>6}  {reason}")
    print(f"unexpected failures: {len(unexpected)}")
    for name, reason in unexpected[:20]:
        print(f"  {name}: {reason}")


if __name__ == "__main__":
    main()
