"""OCR benchmark: the 7-page fixture scan read by ReviewDesk (pages on every core) against raw Tesseract on one.

Raw: PyMuPDF's ``get_textpage_ocr`` on each page in turn, in one process, the
way a user would script it. ReviewDesk: ``read_pdf`` with OCR (blank-page
check, one worker per core, per-page progress). Target <= 0.6x raw on 2 cores.

    python benchmarks/bench_ocr.py [--scan PATH] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import pymupdf

from reviewdesk.documents.pdf import OcrOptions, read_pdf
from reviewdesk.documents.processes import cores

DEFAULT_SCAN = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "letters" / "AL_OTH_78_2021_scanned.pdf"


def raw_tesseract(data: bytes) -> float:
    start = time.perf_counter()
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        for page in doc:
            page.get_text(textpage=page.get_textpage_ocr(language="eng", dpi=200, full=True))
    return time.perf_counter() - start


def reviewdesk_ocr(data: bytes) -> tuple[float, list[int]]:
    pages: list[int] = []
    start = time.perf_counter()
    read_pdf(data, "scan.pdf", OcrOptions(language="eng", progress=lambda page, _total: pages.append(page + 1)))
    return time.perf_counter() - start, pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scan", type=Path, default=DEFAULT_SCAN)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    data = args.scan.read_bytes()
    reviewdesk_ocr(data)  # the first run starts the worker server: not what each scan pays
    raw = statistics.median(raw_tesseract(data) for _ in range(args.runs))
    runs = [reviewdesk_ocr(data) for _ in range(args.runs)]
    ours = statistics.median(t for t, _pages in runs)
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        count = doc.page_count
    print(f"scan                     {args.scan.name}: {count} pages; {cores()} cores; median of {args.runs}")
    print(f"raw Tesseract, one core  {raw:.2f} s ({raw / count:.2f} s per page)")
    print(f"ReviewDesk OCR           {ours:.2f} s ({ours / raw:.2f}x raw; target <= 0.6x on 2 cores)")
    print(f"pages reported           {runs[-1][1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
