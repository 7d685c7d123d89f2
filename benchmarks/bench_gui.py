"""GUI benchmark: a store of 10,000 cases; open the window, scroll the list, open a case.

Prints the time to show the window with its case list, the time per scroll
step through the list, the time from selecting a case until its first page is
painted, and the peak RSS. Targets: open case < 150 ms, smooth scrolling, RSS < 300 MB.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py [--cases 10000]
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from reviewdesk.db import open_store  # noqa: E402
from reviewdesk.db.models import Case  # noqa: E402
from reviewdesk.gui.main_window import MainWindow  # noqa: E402
from reviewdesk.gui.settings import Settings  # noqa: E402
from reviewdesk.gui.operations import Operations  # noqa: E402
from reviewdesk.services.importer import import_paths  # noqa: E402

LETTER = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "letters" / "AL_OTH_78_2021.pdf"
COUNTRIES = ["CHN", "GBR", "USA", "FRA", "MEX", "SYR", "IND", "BRA", "OTH", "RUS"]


def fill(store, count: int) -> None:
    start = date(2015, 1, 1)
    rows = [
        {"reference": f"{['AL', 'UA', 'OL'][i % 3]} {COUNTRIES[i % 10]} {i // 10 + 1}/{2015 + i % 10}",
         "type": ["AL", "UA", "OL"][i % 3], "country": COUNTRIES[i % 10], "number": i // 10 + 1,
         "year": 2015 + i % 10, "date": start + timedelta(days=i % 3650),
         "reply_due": start + timedelta(days=i % 3650 + 60), "addressee": f"Addressee {i}",
         "organisation": f"Organisation {i % 700}", "created_at": start}
        for i in range(count)
    ]
    with store.session() as session:
        session.execute(insert(Case), rows)
    import_paths(store, [LETTER])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.rdstore")
        fill(store, args.cases)
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        began = time.perf_counter()
        window = MainWindow(Operations(store), settings)
        window.resize(1400, 900)
        window.show()
        window.ops.wait_idle()  # the case list arrives from the store worker
        app.processEvents()
        opened = time.perf_counter() - began

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
    print(f"cases in store           {args.cases + 1}")
    print(f"open window + case list  {opened * 1000:.0f} ms")
    print(f"case list scroll step    {scroll * 1000:.1f} ms (smooth below 16 ms)")
    print(f"open case to first page  {first_page * 1000:.0f} ms (target < 150 ms)")
    print(f"peak RSS                 {rss:.0f} MB (target < 300 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
