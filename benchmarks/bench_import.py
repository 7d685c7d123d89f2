"""Import benchmark: N copies of the fixture letter (distinct references) into a fresh store.

Prints the wall-clock per letter of one batch (read by worker processes, one
per core, stored by one writer), its ratio to raw PyMuPDF ``page.get_text()``
over the same files in one process (target <= 1.5x on 2 cores, goal 1.0x), the
time per letter near the start (100 stored) and at the end (N stored: constant
when nothing scans what is stored), the same batch read in this process only
(``--workers 1``) and the store size per letter.

    python benchmarks/bench_import.py [--count 1000] [--workers N] [--letter PATH] [--folder PATH --keep]

``--folder PATH --keep`` keeps the copies (and the store) there for later runs.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import pymupdf

from reviewdesk.db import open_store
from reviewdesk.services.import_workers import worker_count
from reviewdesk.services.importer import import_paths

DEFAULT_LETTER = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "letters" / "AL_OTH_78_2021.pdf"


def make_copies(letter: Path, count: int, folder: Path) -> list[Path]:
    """Copies whose reference reads AL OTH <n>/2021, so each becomes its own case (made once per folder)."""
    paths = []
    for number in range(1, count + 1):
        path = folder / f"letter_{number:05d}.pdf"
        paths.append(path)
        if path.exists():
            continue
        doc = pymupdf.open(letter)
        page = doc[0]
        for rect in page.search_for("AL OTH 78/2021"):
            page.add_redact_annot(rect)
            page.apply_redactions()
            page.insert_text((rect.x0, rect.y1 - 2), f"AL OTH {1000 + number}/2021", fontsize=12)
        doc.save(path)
        doc.close()
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


def timed_import(store_path: Path, paths: list[Path], workers: int | None) -> tuple[float, list[float], object]:
    """Wall-clock of the batch, the moments each file was stored, the summary."""
    store = open_store(store_path)
    stored: list[float] = []
    start = time.perf_counter()
    summary = import_paths(store, paths, workers=workers, ocr_language=None,
                           finished=lambda _result: stored.append(time.perf_counter()))
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed, stored, summary


def per_letter(stored: list[float], end: int, span: int = 100) -> float:
    """ms per letter over the ``span`` letters stored before the ``end``-th."""
    end = min(end, len(stored))
    begin = max(1, end - span)
    return (stored[end - 1] - stored[begin - 1]) / (end - begin) * 1000 if end > begin else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=None, help="default: one per core")
    parser.add_argument("--letter", type=Path, default=DEFAULT_LETTER)
    parser.add_argument("--folder", type=Path, default=None, help="where the copies are made (default: a temp one)")
    parser.add_argument("--keep", action="store_true", help="keep the copies and the store in --folder")
    parser.add_argument("--no-single", action="store_true", help="skip the run on one process")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder if args.keep and args.folder else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        paths = make_copies(args.letter, args.count, folder)
        raw = raw_extraction(paths)
        store_path = folder / "bench.rdstore"
        for leftover in folder.glob("bench.rdstore*"):
            leftover.unlink()
        elapsed, stored, summary = timed_import(store_path, paths, args.workers)
        store = open_store(store_path)
        stems = stemming_time(store)
        store.close()
        cases = len({r.reference for r in summary.imported})
        size = store_path.stat().st_size
        input_size = sum(p.stat().st_size for p in paths)
        single = None
        if not args.no_single:
            single_path = Path(tmp) / "single.rdstore"
            single = timed_import(single_path, paths, 1)[0]
    workers = args.workers or worker_count(args.count)
    print(f"letters imported        {len(summary.imported)} ({cases} distinct cases, {len(summary.failed)} failed)")
    print(f"import time per letter  {elapsed / args.count * 1000:.1f} ms ({workers} reading workers + 1 writer, "
          f"{os.cpu_count()} cores)")
    print(f"raw get_text per letter {raw / args.count * 1000:.1f} ms (one process)")
    print(f"ratio import / raw      {elapsed / raw:.2f}x (target <= 1.5x on 2 cores, goal 1.0x)")
    print(f"per letter, 100 stored  {per_letter(stored, 100):.1f} ms")
    print(f"per letter, {args.count} stored {per_letter(stored, args.count):.1f} ms (constant: no scan of what is stored)")
    if single is not None:
        print(f"one process per letter  {single / args.count * 1000:.1f} ms ({single / raw:.2f}x raw)")
    print(f"store size per letter   {size / args.count / 1024:.1f} KiB (input PDF {input_size / args.count / 1024:.1f} KiB)")
    print(f"stemmed column          {stems / args.count * 1000:.1f} ms per letter "
          f"(words stemmed for search, by the reading workers)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
