"""GUI benchmark: a store of 10,000 cases and 20,000 documents; open the window, scroll the list, open a case.

Every case has its letter and a reply or an annex, with texts of 300-1,500
words (``bench_search``'s generator), indexed for search; the fixture letter is
imported for real so its first page can be rendered. Prints the time to the
window's first frame, until its case list is shown, per scroll step, from
selecting a case until its first page is painted, and the peak RSS. Targets:
first frame < 1.0 s, first page < 150 ms, smooth scrolling, RSS < 300 MB.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py [--cases 10000] [--store PATH [--keep]]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, insert, select

from benchmarks.bench_search import _text, _vocabulary
from reviewdesk.db import open_store
from reviewdesk.db.models import Case, Document, StoredFile
from reviewdesk.db.search import index_document
from reviewdesk.domain.search_text import stemmed_text
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.gui.operations import Operations
from reviewdesk.gui.settings import Settings
from reviewdesk.services.importer import import_paths

LETTER = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "letters" / "AL_OTH_78_2021.pdf"
COUNTRIES = ["CHN", "GBR", "USA", "FRA", "MEX", "SYR", "IND", "BRA", "OTH", "RUS"]


def fill(store, count: int, seed: int = 16) -> None:
    """``count`` cases with two documents each (a letter, then a reply or an annex), and the fixture letter."""
    rng = random.Random(seed)
    filler = _vocabulary(rng)
    start = date(2015, 1, 1)
    cases, files, documents = [], [], []
    for i in range(count):
        kind, country = ["AL", "UA", "OL"][i % 3], COUNTRIES[i % 10]
        sent = start + timedelta(days=i % 3650)
        cases.append({"id": i + 1, "reference": f"{kind} {country} {i // 10 + 1}/{2015 + i % 10}", "type": kind,
                      "country": country, "number": i // 10 + 1, "year": 2015 + i % 10, "date": sent,
                      "reply_due": sent + timedelta(days=60), "addressee": f"Addressee {i}",
                      "organisation": f"Organisation {i % 700}", "created_at": start})
        for document_kind in ("letter", "reply" if rng.random() < 0.5 else "annex"):
            number = len(files) + 1
            files.append({"id": number, "sha256": hashlib.sha256(f"gui {number}".encode()).hexdigest(),
                          "filename": f"doc_{number}.pdf", "media_type": "application/pdf", "size": 1, "data": b"",
                          "imported_at": sent})
            documents.append({"id": number, "case_id": i + 1, "file_id": number, "kind": document_kind,
                              "language": "en", "date": sent, "text": _text(rng, "en", rng.randint(300, 1500), filler),
                              "page_count": 3, "needs_ocr": False, "is_ocr": False, "fields": {}, "warnings": [],
                              "parser_version": 1, "created_at": sent})
    with store.session() as session:
        session.execute(insert(Case), cases)
        session.execute(insert(StoredFile), files)
        session.execute(insert(Document), documents)
        for document in documents:
            index_document(session, document["id"], stems=stemmed_text(document["text"], "en"))
    import_paths(store, [LETTER])


def _painted(app, widget) -> float:
    """Seconds until ``widget`` has painted once."""
    from PySide6.QtCore import QEvent, QObject

    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, _obj, event):
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    began = time.perf_counter()
    widget.show()
    while not painted:
        app.processEvents()
    widget.removeEventFilter(watch)
    return painted[0] - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--store", type=Path, default=None, help="the store to build (or reuse with --keep)")
    parser.add_argument("--keep", action="store_true", help="reuse the store at --store if it exists")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.store or Path(tmp) / "bench.rdstore"
        if not (args.keep and path.exists()):
            path.unlink(missing_ok=True)
            with open_store(path) as store:
                fill(store, args.cases)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # building the store is not the window's
        app = QApplication.instance() or QApplication([])
        began = time.perf_counter()
        store = open_store(path)
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(Operations(store), settings)
        window.resize(1400, 900)
        first_frame = time.perf_counter() - began + _painted(app, window)
        window.ops.wait_idle()  # the case list arrives from the store worker
        app.processEvents()
        opened = time.perf_counter() - began
        with store.session() as session:
            counted = (session.scalar(select(func.count()).select_from(Case)),
                       session.scalar(select(func.count()).select_from(Document)))

        table = window.case_table
        bar = table.verticalScrollBar()
        steps = 0
        began = time.perf_counter()
        for value in range(0, bar.maximum(), max(1, bar.maximum() // 200)):
            bar.setValue(value)
            table.viewport().repaint()
            steps += 1
        scroll = (time.perf_counter() - began) / max(steps, 1)

        case_id = window.case_model.id_for_reference("AL OTH 78/2021")
        window.letter_pane.page_button.setChecked(True)
        began = time.perf_counter()
        window.select_case(case_id)
        view = window.letter_pane.page_view
        while (label := view.label_for_page(1)) is None or label.pixmap() is None or label.pixmap().isNull():
            app.processEvents()
        label.repaint()
        first_page = time.perf_counter() - began
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        window.close()
        store.close()
    print(f"store                    {counted[0]:,} cases, {counted[1]:,} documents")
    print(f"window's first frame     {first_frame * 1000:.0f} ms (target < 1000 ms; from opening the store)")
    print(f"open window + case list  {opened * 1000:.0f} ms")
    print(f"case list scroll step    {scroll * 1000:.1f} ms (smooth below 16 ms)")
    print(f"open case to first page  {first_page * 1000:.0f} ms (target < 150 ms)")
    print(f"peak RSS                 {rss:.0f} MB (target < 300 MB)"
          + (f"; building the store took {rss_before:.0f} MB: run again with --keep" if rss_before > rss * 0.9 else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
