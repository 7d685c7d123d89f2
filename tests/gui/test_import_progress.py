"""Importing a scan from the window: the status bar names the file and the OCR page, the bar moves per page."""

from __future__ import annotations

import pytest

from reviewdesk.documents.pdf import ocr_available

from ..conftest import LETTERS

SCAN = LETTERS / "AL_OTH_78_2021_scanned.pdf"
pytestmark = pytest.mark.slow


def test_importing_a_scan_reports_each_page_read(window, qtbot):
    assert ocr_available("eng"), "the test command installs Tesseract with English"
    strip = window.imports.strip
    messages: list[str] = []
    values: list[tuple[int, int, str]] = []  # (value, maximum, text) of the bar at each step
    window.statusBar().messageChanged.connect(messages.append)
    strip.bar.valueChanged.connect(lambda value: values.append((value, strip.bar.maximum(), strip.bar.text())))
    with qtbot.waitSignal(window.imports.finished, timeout=600_000) as finished:
        window.imports.start([str(SCAN)])
    assert [r.reference for r in finished.args[0].imported] == ["AL OTH 78/2021"]

    reading = [m for m in messages if m.startswith("Reading scan")]
    assert reading == [f"Reading scan page {n} of 7: {SCAN.name}" for n in range(1, 8)]
    # The bar moves with every page (one file: 0 … 6/7 of it while pages are read), then fills.
    during = [(v, m) for v, m, text in values if "·" in text]
    assert len(during) == 6 and all(m == during[0][1] for _v, m in during)  # page 1 starts at 0: no change
    assert [v for v, _m in during] == sorted({v for v, _m in during}) and during[-1][0] < during[-1][1]
    assert [text for _v, _m, text in values if "·" in text][-1] == "1/1 · 7/7"
    assert values[-1][0] == values[-1][1]  # done
    assert not strip.bar.isVisible()  # the strip hides when the import ends
