"""Export benchmark: one case with 200 tags, and a portfolio of 100 cases (targets < 1 s and < 15 s).

    python benchmarks/bench_export.py [--tags 200] [--cases 100]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from benchmarks.bench_import import DEFAULT_LETTER, make_copies
from reviewdesk.db import open_store
from reviewdesk.domain.letter import SectionKind
from reviewdesk.services.cases import case_detail, list_cases
from reviewdesk.services.export import export_briefing
from reviewdesk.services.importer import import_paths
from reviewdesk.services.tags import add_tag
from reviewdesk.services.terms import list_terms


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tags", type=int, default=200)
    parser.add_argument("--cases", type=int, default=100)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = open_store(folder / "bench.rdstore")
        import_paths(store, make_copies(DEFAULT_LETTER, args.cases, folder))
        cases = list_cases(store)
        terms = list_terms(store)
        letter = case_detail(store, cases[0].reference).letter()
        allegations = next(s for s in letter.sections if s.kind is SectionKind.ALLEGATIONS)
        words = [i for i in range(allegations.start, allegations.end - 20) if letter.text[i - 1] == " "]
        for n in range(args.tags):
            start = words[(n * 7) % len(words)]
            add_tag(store, letter.id, start, start + 15, terms[n % len(terms)].id, f"note {n}", "Bench")
        began = time.perf_counter()
        comments = export_briefing(store, [cases[0].reference], folder / "one.docx")
        one = time.perf_counter() - began
        began = time.perf_counter()
        export_briefing(store, [c.reference for c in cases], folder / "portfolio.docx")
        many = time.perf_counter() - began
        store.close()
    print(f"one case, {comments} comments    {one:.2f} s (target < 1 s)")
    print(f"portfolio of {len(cases)} cases    {many:.2f} s (target < 15 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
