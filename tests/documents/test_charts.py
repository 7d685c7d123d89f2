"""Charts: matplotlib figures from plain data, PNG bytes, the largest groups only, and no pyplot state."""

from __future__ import annotations

import subprocess
import sys

import pymupdf

from reviewdesk.documents.charts import MAX_CATEGORIES, OKABE_ITO, ChartData, ChartKind, draw, largest, to_png


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pixmap = pymupdf.Pixmap(data)
    return pixmap.width, pixmap.height


def test_grouped_and_stacked_charts_render_to_png_with_the_palette():
    grouped = ChartData("Replies by country", ChartKind.GROUPED, ("All cases", "BRA", "a very long mandate name " * 4),
                        (("Reply rate", (50.0, 100.0, None)), ("Within", (25.0, 0.0, None))), "%")
    figure = draw(grouped)
    axes = figure.axes[0]
    colours = {patch.get_facecolor()[:3] for patch in axes.patches}
    assert len(colours) == 2 and all(any(abs(c[0] - int(o[1:3], 16) / 255) < 0.01 for o in OKABE_ITO) for c in colours)
    labels = [t.get_text() for t in axes.get_yticklabels()]
    assert labels[:2] == ["All cases", "BRA"] and "\n" in labels[2]  # long names wrap
    assert [t.get_text() for t in axes.texts].count(" —") == 2  # a missing value says so, not 0
    width, height = _png_size(to_png(figure, dpi=100))
    assert width == 700 and height > 150

    stacked = ChartData("Verdicts", ChartKind.STACKED, ("Q1", "Q2"),
                        (("Answered", (3.0, 1.0)), ("Rejected", (1.0, 0.0))), "questions judged", ("#009E73", "#CC79A7"))
    axes = draw(stacked).axes[0]
    assert [t.get_text() for t in axes.texts] == [" 4", " 1"]  # each bar's total, as text
    assert _png_size(to_png(draw(ChartData("Empty", ChartKind.STACKED, (), (), "cases"))))[0] > 0


def test_only_the_total_and_the_largest_groups_are_drawn():
    names = ["All cases", *(f"group {i}" for i in range(20))]
    sizes = [100, *range(20)]
    kept = largest(names, sizes)
    assert len(kept) == MAX_CATEGORIES and kept[0] == 0
    assert kept[1:] == list(range(20 - MAX_CATEGORIES + 2, 21))  # the largest, in the table's order
    assert largest(names[:4], sizes[:4]) == [0, 1, 2, 3]


def test_importing_reviewdesk_does_not_load_matplotlib():
    code = ("import sys, reviewdesk.cli, reviewdesk.services.analytics, reviewdesk.documents.charts; "
            "print('matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
