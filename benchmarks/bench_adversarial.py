"""Adversarial text files (issue #13): time to read and analyse each, and to import it into a fresh store.

Each was once quadratic (tens of seconds to minutes); the figures show what they cost now, and whether the
import's time box (``importer.ANALYSIS_SECONDS``) had to keep one as plain text.

    python benchmarks/bench_adversarial.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the generators live with the tests

from reviewdesk.db import open_store
from reviewdesk.documents.budget import TOO_COMPLEX
from reviewdesk.documents.reader import analyse_file
from reviewdesk.services.importer import ANALYSIS_SECONDS, import_paths
from tests.adversarial import adversarial_texts


def main() -> None:
    print(f"time box per file: {ANALYSIS_SECONDS:.0f} s")
    print(f"{'file':<20} {'size':>8} {'analyse':>9} {'import':>9}  result")
    with tempfile.TemporaryDirectory() as folder:
        for name, data in adversarial_texts().items():
            started = time.perf_counter()
            analyse_file(data, name)
            analysed = time.perf_counter() - started
            path = Path(folder) / name
            path.write_bytes(data)
            with open_store(Path(folder) / f"{name}.rdstore") as store:
                started = time.perf_counter()
                (result,) = import_paths(store, [path], ocr_language=None).results
                imported = time.perf_counter() - started
            kept = "kept as text" if any(TOO_COMPLEX in w for w in result.warnings) else f"{result.kind}"
            print(f"{name:<20} {len(data) // 1024:>6} K {analysed:>8.2f}s {imported:>8.2f}s  {result.status.value}, {kept}")


if __name__ == "__main__":
    main()
