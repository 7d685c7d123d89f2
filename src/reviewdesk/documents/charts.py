"""Charts of the analytics, drawn by matplotlib for the window (Qt canvas) and for Word (PNG).

A chart is described by plain data (:class:`ChartData`); :func:`draw` turns it
into a matplotlib ``Figure`` without pyplot (no global state, safe off the main
thread) and :func:`to_png` renders one with Agg. matplotlib is imported inside
the functions: the window and the CLI start without paying for it.

Colours are the Okabe–Ito palette, distinguishable with every common colour
vision deficiency; bars also carry their values as text, so no figure depends
on colour alone.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")
MAX_CATEGORIES = 12  # the chart shows the largest groups; its table lists every one
LABEL_WIDTH = 38  # characters per line of a category label


class ChartKind(StrEnum):
    GROUPED = "grouped"  # one bar per series side by side (rates, delays)
    STACKED = "stacked"  # the series add up to each category's total (distributions)


@dataclass(frozen=True)
class ChartData:
    title: str
    kind: ChartKind
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float | None, ...]], ...]  # (name, one value per category; None: no value)
    unit: str  # axis label: "%", "days", "cases"
    colours: tuple[str, ...] = ()  # one per series; Okabe–Ito when empty
    note: str = ""  # said under the chart (e.g. that only the largest groups are drawn)
    empty: str = "No cases"  # said instead of bars when there are no categories (in the chart's language)


@dataclass(frozen=True)
class Table:
    """A figure's table: shown beside its chart, written to Word, exported to CSV."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


def _colours(data: ChartData) -> list[str]:
    chosen = list(data.colours) or list(OKABE_ITO)
    return [chosen[i % len(chosen)] for i in range(len(data.series))]


def _label(text: str) -> str:
    return "\n".join(textwrap.wrap(text, LABEL_WIDTH, max_lines=3, placeholder=" …")) or "—"


def _legend(name: str) -> str:
    return "\n".join(textwrap.wrap(name, 28)) or name


def draw(data: ChartData, width_inches: float = 7.0):
    """The chart as a matplotlib Figure: horizontal bars, one row per category (long names stay readable)."""
    from matplotlib.figure import Figure

    categories = [_label(c) for c in data.categories]
    rows = max(1, len(categories))
    per_row = 0.5 if data.kind is ChartKind.STACKED else 0.3 + 0.2 * len(data.series)
    figure = Figure(figsize=(width_inches, 1.4 + per_row * rows), layout="constrained")
    axes = figure.add_subplot()
    positions = list(range(rows))
    colours = _colours(data)
    if not data.categories:
        axes.text(0.5, 0.5, data.empty, ha="center", va="center", transform=axes.transAxes)
        axes.set_axis_off()
    elif data.kind is ChartKind.STACKED:
        left = [0.0] * rows
        for (name, values), colour in zip(data.series, colours):
            widths = [v or 0.0 for v in values]
            axes.barh(positions, widths, left=left, color=colour, label=_legend(name), edgecolor="white",
                      linewidth=0.6)
            left = [a + b for a, b in zip(left, widths)]
        for y, total in zip(positions, left):
            axes.text(total, y, f" {total:g}", va="center", fontsize=8)
    else:
        height = 0.8 / max(1, len(data.series))
        for index, ((name, values), colour) in enumerate(zip(data.series, colours)):
            offsets = [y - 0.4 + height * (index + 0.5) for y in positions]
            axes.barh(offsets, [v or 0.0 for v in values], height=height, color=colour, label=_legend(name))
            for y, value in zip(offsets, values):
                axes.text(value or 0.0, y, f" {value:.0f}" if value is not None else " —", va="center", fontsize=7)
    if data.categories:
        axes.set_yticks(positions, categories, fontsize=8)
        axes.invert_yaxis()  # the first category on top, as in the table
        axes.set_xlabel(data.unit, fontsize=9)
        axes.tick_params(axis="x", labelsize=8)
        axes.spines[["top", "right"]].set_visible(False)
        axes.margins(x=0.12)
        if data.unit == "%":
            axes.set_xlim(0, 112)
        # "outside": constrained layout makes room for the legend, so long value names are never cut.
        figure.legend(fontsize=8, loc="outside lower center", ncols=min(3, len(data.series)), frameon=False)
    figure.suptitle(data.title, fontsize=10, fontweight="bold")
    if data.note:
        axes.set_title(data.note, fontsize=7, color="#555555")
    return figure


def to_png(figure, dpi: int = 150) -> bytes:
    """The figure as PNG bytes, rendered by Agg (no display needed)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def largest(categories: Sequence[str], sizes: Sequence[int], keep_first: bool = True) -> list[int]:
    """Indexes of the categories to draw: the first (the total) and the largest others, in their order."""
    start = 1 if keep_first and categories else 0
    ranked = sorted(range(start, len(categories)), key=lambda i: -sizes[i])[:MAX_CATEGORIES - start]
    return list(range(start)) + sorted(ranked)
