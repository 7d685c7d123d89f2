"""The Dashboard: responsiveness figures of the selected cases, each a chart beside its table.

The figures are computed by ``services.analytics`` through ``ops.query`` (no SQL
on the UI thread) for the cases the facets select (``set_case_ids``), broken
down by the chosen dimension. Charts are the same matplotlib figures the Word
portfolio carries (``documents.charts.draw``), on a Qt canvas; matplotlib is
imported when the first chart is drawn, not when the window starts. Every
table exports to CSV.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.services.analytics import (
    DEFINITIONS,
    Dimension,
    Panel,
    analytics,
    panels,
    table_csv,
)
from reviewdesk.gui.words import number_text
from reviewdesk.services.export import write_file

CHART_DPI = 100
DIMENSION_NAMES = {Dimension.ADDRESSEE_KIND: QT_TRANSLATE_NOOP("Dashboard", "Addressee kind"),
                   Dimension.COUNTRY: QT_TRANSLATE_NOOP("Dashboard", "Country"),
                   Dimension.MANDATE: QT_TRANSLATE_NOOP("Dashboard", "Mandate"),
                   Dimension.TYPE: QT_TRANSLATE_NOOP("Dashboard", "Type"),
                   Dimension.YEAR: QT_TRANSLATE_NOOP("Dashboard", "Year"),
                   Dimension.TERM: QT_TRANSLATE_NOOP("Dashboard", "Allegation term")}


def _percent(value: float | None) -> str:
    return "—" if value is None else QCoreApplication.translate("Dashboard", "{percent} %").format(
        percent=number_text(100 * value, 1))


class Dashboard(QWidget):
    csv_written = Signal(str)  # the path of an exported table

    def __init__(self, ops, parent: QWidget | None = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today  # the day "overdue" and "days left" count from (tests fix it)
        self.case_ids: list[int] | None = None
        self.panels: list[Panel] = []
        self.canvases: list = []
        self.breakdown = QComboBox()
        for dimension in Dimension:
            self.breakdown.addItem(self.tr(DIMENSION_NAMES.get(dimension, dimension.value.capitalize())), dimension)
        self.breakdown.setAccessibleName(self.tr("Breakdown"))
        self.breakdown.currentIndexChanged.connect(self.refresh)
        self.headline = QLabel()
        self.headline.setAccessibleName(self.tr("Dashboard summary"))
        self.headline.setToolTip(DEFINITIONS.replace("\n\n", "\n"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Breakdown:")))
        top.addWidget(self.breakdown)
        top.addSpacing(16)
        top.addWidget(self.headline, 1)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        ops.changed.connect(self._changed)
        self.refresh()

    # -- reading --------------------------------------------------------------------
    def set_case_ids(self, case_ids: Iterable[int] | None) -> None:
        """Figures of these cases only (the facets' selection); None: every case."""
        self.case_ids = None if case_ids is None else list(case_ids)
        self.refresh()

    def refresh(self) -> None:
        ids, dimension, today = self.case_ids, self.breakdown.currentData(), self.today()

        def compute(store):
            result = analytics(store, ids, dimension, today)
            return result, panels(result)

        self.ops.query(compute, self._show, key="dashboard")

    def _changed(self, changes) -> None:
        if changes.store or changes.case_list or changes.assessment or changes.tags or changes.cases:
            self.refresh()

    # -- showing --------------------------------------------------------------------
    def _show(self, computed) -> None:
        result, self.panels = computed
        total = result.total
        median = "—" if total.median_delay is None else self.tr("%n day(s)", "", round(total.median_delay))
        self.headline.setText(self.tr("%n case(s) · reply rate {rate} · within the deadline {within} · median delay "
                                      "{median}", "", total.cases).format(
            rate=_percent(total.reply_rate), within=_percent(total.within_share), median=median))
        while self.body_layout.count():
            widget = self.body_layout.takeAt(0).widget()
            if widget is not None:  # off the page now (deleteLater alone waits for the event loop)
                widget.setParent(None)
                widget.deleteLater()
        self.canvases = []
        for index, panel in enumerate(self.panels):
            self.body_layout.addWidget(self._panel_box(index, panel))
        self.body_layout.addStretch(1)

    def _panel_box(self, index: int, panel: Panel) -> QGroupBox:
        from matplotlib.backends.backend_qtagg import (
            FigureCanvasQTAgg,  # loads on the first chart
        )

        from reviewdesk.documents.charts import draw  # imports matplotlib

        box = QGroupBox(panel.table.title)
        figure = draw(panel.chart, width_inches=6.2)
        canvas = FigureCanvasQTAgg(figure)
        canvas.setMinimumSize(int(figure.get_figwidth() * CHART_DPI * 0.8), int(figure.get_figheight() * CHART_DPI))
        canvas.setAccessibleName(self.tr("Chart: {title}").format(title=panel.chart.title))
        self.canvases.append(canvas)
        table = self._table_widget(panel)
        export = QPushButton(self.tr("Export CSV…"))
        export.setToolTip(self.tr("Save “{title}” as a CSV file").format(title=panel.table.title))
        export.clicked.connect(lambda _checked=False, i=index: self.export_csv(i))
        side = QVBoxLayout()
        side.addWidget(table, 1)
        side.addWidget(export, 0, Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout(box)
        row.addWidget(canvas, 1)
        row.addLayout(side, 1)
        return box

    def _table_widget(self, panel: Panel) -> QTableWidget:
        table = QTableWidget(len(panel.table.rows), len(panel.table.columns))
        table.setAccessibleName(panel.table.title)
        table.setHorizontalHeaderLabels(list(panel.table.columns))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        for r, values in enumerate(panel.table.rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                else:
                    item.setToolTip(str(value))
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(0, 170)
        table.setMinimumHeight(min(320, 34 + 26 * len(panel.table.rows)))
        return table

    def export_csv(self, index: int, path: str | None = None) -> None:
        """Write panel ``index``'s table as CSV (asking where when no ``path``); the write runs as an op."""
        panel = self.panels[index]
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export table as CSV"),
                                                        f"{panel.table.title}.csv", self.tr("CSV files (*.csv)"))
            if not path:
                return
        text = table_csv(panel.table, excel_bom=True)
        self.ops.query(lambda _store: write_file(text, Path(path)), lambda _none: self.csv_written.emit(path))
