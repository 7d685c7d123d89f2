"""The "Analytics" chapter of a portfolio briefing: each figure's chart (PNG) and its table.

Plain data in (charts and tables, see ``documents/charts.py``), python-docx out;
the writer knows nothing of the store. Charts fill the text width of A4 and
Letter with the briefing's margins; tables use a small type so nine columns fit.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx.shared import Cm, Pt

from reviewdesk.documents.briefing import _set_widths, _shade, _table_style, xml_safe
from reviewdesk.documents.charts import ChartData, Table, draw, to_png

TEXT_WIDTH = Cm(16.4)  # A4 (21 cm) or Letter less the 2.2 cm margins of ``briefing._new_document``


def _table(document, table: Table) -> None:
    grid = document.add_table(rows=1, cols=len(table.columns))
    grid.style = _table_style(document, "Table Grid")
    for cell, text in zip(grid.rows[0].cells, table.columns):
        cell.text = xml_safe(str(text))
        cell.paragraphs[0].runs[0].bold = True
        _shade(cell._tc.get_or_add_tcPr(), "D9E2F3")
    for row in table.rows:
        for cell, value in zip(grid.add_row().cells, row):
            cell.text = xml_safe(str(value))
    wide = len(table.columns) > 6  # a scale's values or the verdicts: narrower names, smaller type
    first = Cm(3.0 if wide else 4.4)
    others = max(1, len(table.columns) - 1)
    _set_widths(grid, [first] + [int((TEXT_WIDTH - first) / others)] * others)
    size = Pt(7 if wide else 8)
    for row in grid.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = size


def add_analytics_chapter(document, figures: Sequence[tuple[Table, ChartData]], introduction: str,
                          level: int = 1, heading: str = "Analytics") -> None:
    """A heading (in the briefing's language), the definitions, then for each figure its title, chart and table."""
    document.add_heading(xml_safe(heading), level=level)
    for paragraph in introduction.split("\n\n"):
        document.add_paragraph(xml_safe(paragraph)).runs[0].font.size = Pt(9)
    for table, chart in figures:
        document.add_heading(xml_safe(table.title), level=level + 1)
        document.add_picture(io.BytesIO(to_png(draw(chart), dpi=200)), width=TEXT_WIDTH)
        _table(document, table)
