"""Import benchmark: N copies of the fixture letter (distinct references) into a fresh store.

Prints the time per letter, its ratio to raw PyMuPDF ``page.get_text()`` over the
same files (target <= 2x), and the store size per letter.

    python benchmarks/bench_import.py [--count 200] [--letter PATH]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pymupdf

from reviewdesk.db import open_store
from reviewdesk.services.importer import import_paths

DEFAULT_LETTER = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "letters" / "AL_OTH_78_2021.pdf"


def make_copies(letter: Path, count: int, folder: Path) -> list[Path]:
    """Copies whose reference reads AL OTH <n>/2021, so each becomes its own case."""
    paths = []
    for number in range(1, count + 1):
        doc = pymupdf.open(letter)
        page = doc[0]
        for rect in page.search_for("AL OTH 78/2021"):
            page.add_redact_annot(rect)
            page.apply_redactions()
            page.insert_text((rect.x0, rect.y1 - 2), f"AL OTH {1000 + number}/2021", fontsize=12)
        path = folder / f"letter_{number:04d}.pdf"
        doc.save(path)
        doc.close()
        paths.append(path)
    return paths


def stemming_time(store) -> float:
    """What the search index's stemmed column costs: stemming every imported text again, caches cleared."""
    from sqlalchemy import select

    from reviewdesk.db.models import Document
    from reviewdesk.domain.search_text import stem, stemmed_text

    with store.session() as session:
        texts = session.execute(select(Document.text, Document.language)).all()
    stem.cache_clear()
    start = time.perf_counter()
    for body, language in texts:
        stemmed_text(body, language)
    return time.perf_counter() - start


def raw_extraction(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        with pymupdf.open(path) as doc:
            for page in doc:
                page.get_text()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--letter", type=Path, default=DEFAULT_LETTER)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = make_copies(args.letter, args.count, folder)
        raw = raw_extraction(paths)
        store_path = folder / "bench.rdstore"
        store = open_store(store_path)
        start = time.perf_counter()
        summary = import_paths(store, paths)
        elapsed = time.perf_counter() - start
        stems = stemming_time(store)
        store.close()
        cases = len({r.reference for r in summary.imported})
        size = store_path.stat().st_size
        input_size = sum(p.stat().st_size for p in paths)
    print(f"letters imported        {len(summary.imported)} ({cases} distinct cases, {len(summary.failed)} failed)")
    print(f"import time per letter  {elapsed / args.count * 1000:.1f} ms")
    print(f"raw get_text per letter {raw / args.count * 1000:.1f} ms")
    print(f"ratio import / raw      {elapsed / raw:.2f}x (target <= 2x)")
    print(f"store size per letter   {size / args.count / 1024:.1f} KiB (input PDF {input_size / args.count / 1024:.1f} KiB)")
    print(f"stemmed column          {stems / args.count * 1000:.1f} ms per letter "
          f"({stems / elapsed * 100:.0f}% of the import; words stemmed for search, part of the time above)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
