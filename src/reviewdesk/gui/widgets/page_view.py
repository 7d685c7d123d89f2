"""The original pages, rendered by PyMuPDF in worker threads, only when visible.

Each render task opens its own ``pymupdf.Document`` from the bytes (a document
must not be shared between threads) and hands back a ``QImage`` copy.
Highlights are drawn over the page images as translucent rectangles.
"""

from __future__ import annotations

import pymupdf
from PySide6.QtCore import (
    QObject,
    QRect,
    QRectF,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

Highlight = tuple[int, tuple[float, float, float, float], QColor]


def page_sizes(data: bytes, first: int | None = None, last: int | None = None) -> dict[int, tuple[float, float]]:
    """Page number → (width, height) in points, for pages ``first``–``last`` (default: all)."""
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        first = first or 1
        last = last or doc.page_count
        return {n: (doc[n - 1].rect.width, doc[n - 1].rect.height) for n in range(first, last + 1)}


class _RenderSignals(QObject):
    rendered = Signal(int, int, QImage)  # generation, page number, image


class _RenderTask(QRunnable):
    def __init__(self, data: bytes, page: int, zoom: float, generation: int, signals: _RenderSignals) -> None:
        super().__init__()
        self.data, self.page, self.zoom, self.generation, self.signals = data, page, zoom, generation, signals

    def run(self) -> None:
        with pymupdf.open(stream=self.data, filetype="pdf") as doc:
            pix = doc[self.page - 1].get_pixmap(matrix=pymupdf.Matrix(self.zoom, self.zoom), alpha=False)
            image = QImage(pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888).copy()
        self.signals.rendered.emit(self.generation, self.page, image)


class _PageLabel(QLabel):
    def __init__(self, page: int, size: QSize, owner: PageView) -> None:
        super().__init__()
        self.page = page
        self.owner = owner
        self.rendered = False
        self.setFixedSize(size)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("background: white; border: 1px solid #bbb;")
        self.setText(self.tr("Page {number}").format(number=page))

    def _page_point(self, event) -> tuple[int, float, float]:
        zoom = self.owner.zoom
        return self.page, event.position().x() / zoom, event.position().y() / zoom

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self.owner.drag_start = self._page_point(event)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        start = self.owner.drag_start
        if event.button() == Qt.MouseButton.LeftButton and start is not None:
            self.owner.drag_start = None
            end = self._page_point(event)
            if (start[1], start[2]) != (end[1], end[2]):
                self.owner.area_selected.emit(start, end)
        super().mouseReleaseEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        highlights = [h for h in self.owner.highlights if h[0] == self.page]
        if not highlights:
            return
        painter = QPainter(self)
        zoom = self.owner.zoom
        for _page, (x0, y0, x1, y1), colour in highlights:
            fill = QColor(colour)
            fill.setAlpha(90)
            painter.fillRect(QRectF(x0 * zoom, y0 * zoom, (x1 - x0) * zoom, (y1 - y0) * zoom), fill)
            painter.setPen(QPen(colour, 1))
            painter.drawLine(
                QRectF(x0 * zoom, y1 * zoom, (x1 - x0) * zoom, 0).topLeft(),
                QRectF(x0 * zoom, y1 * zoom, (x1 - x0) * zoom, 0).topRight(),
            )
        painter.end()


class PageView(QScrollArea):
    """Pages ``first..last`` of a PDF, lazily rendered, zoomable, with highlight overlays."""

    zoom_changed = Signal(float)
    # Text chosen by dragging over a page: (page, x, y) where the drag began and ended, in PDF points.
    area_selected = Signal(object, object)

    def __init__(self, parent: QWidget | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._container = QWidget()
        self._layout = QVBoxLayout(self._container)
        self._layout.setSpacing(12)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self._container)
        self._signals = _RenderSignals()
        self._signals.rendered.connect(self._on_rendered)
        self._data = b""
        self._sizes: dict[int, tuple[float, float]] = {}
        self._labels: list[_PageLabel] = []
        self._generation = 0
        self.zoom = 1.0
        self.fit_width = True
        self.highlights: list[Highlight] = []
        self.drag_start: tuple[int, float, float] | None = None
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalScrollBar().valueChanged.connect(self._render_visible)

    def set_document(self, data: bytes, first: int | None = None, last: int | None = None,
                     sizes: dict[int, tuple[float, float]] | None = None) -> None:
        """Show pages ``first``–``last``; pass ``sizes`` (from ``page_sizes``, read off the UI thread) to
        spare the window opening the PDF."""
        self._data = data
        self._sizes = sizes if sizes is not None else page_sizes(data, first, last)
        self._rebuild()

    def clear(self) -> None:
        self._data = b""
        self._sizes = {}
        self._rebuild()

    def pages(self) -> list[int]:
        return sorted(self._sizes)

    def _rebuild(self) -> None:
        self._generation += 1
        for label in self._labels:
            label.deleteLater()
        self._labels = []
        if self.fit_width and self._sizes:
            widest = max(w for w, _h in self._sizes.values())
            self.zoom = max(0.3, (self.viewport().width() - 40) / widest)
        for page, (width, height) in sorted(self._sizes.items()):
            label = _PageLabel(page, QSize(int(width * self.zoom), int(height * self.zoom)), self)
            self._labels.append(label)
            self._layout.addWidget(label)
        self._render_visible()

    def set_zoom(self, zoom: float) -> None:
        self.fit_width = False
        self.zoom = min(4.0, max(0.25, zoom))
        self._rebuild()
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * 1.2)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / 1.2)

    def zoom_fit_width(self) -> None:
        self.fit_width = True
        self._rebuild()
        self.zoom_changed.emit(self.zoom)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.fit_width and self._sizes and abs(event.size().width() - event.oldSize().width()) > 20:
            self._rebuild()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._render_visible()

    def _visible_labels(self) -> list[_PageLabel]:
        top = self.verticalScrollBar().value()
        area = QRect(0, top, self.viewport().width(), self.viewport().height()).adjusted(0, -200, 0, 200)
        return [label for label, place in zip(self._labels, self._places()) if place.intersects(area)]

    def _places(self) -> list[QRect]:
        """Where each page is, or will be once laid out: just after a rebuild every new label is still at 0,0,
        and taking that for "visible" rendered every page at once, the first one waiting behind the others."""
        if len(self._labels) < 2 or self._labels[-1].geometry().top() > 0:
            return [label.geometry() for label in self._labels]
        margins, spacing = self._layout.contentsMargins(), self._layout.spacing()
        places, y = [], margins.top()
        for label in self._labels:
            places.append(QRect(0, y, label.width(), label.height()))
            y += label.height() + spacing
        return places

    def _render_visible(self) -> None:
        # Hidden (the pane shows its text): render nothing; PyMuPDF holds the GIL while it renders.
        if not self._data or not self.isVisible():
            return
        for label in self._visible_labels() or self._labels[:1]:
            if not label.rendered:
                label.rendered = True
                self.pool.start(
                    _RenderTask(
                        self._data, label.page, self.zoom * self.devicePixelRatioF(), self._generation, self._signals
                    )
                )

    def _on_rendered(self, generation: int, page: int, image: QImage) -> None:
        if generation != self._generation:
            return  # zoom or document changed meanwhile

        for label in self._labels:
            if label.page == page:
                pixmap = QPixmap.fromImage(image)
                pixmap.setDevicePixelRatio(self.devicePixelRatioF())
                label.setPixmap(pixmap)

    def set_highlights(self, highlights: list[Highlight]) -> None:
        self.highlights = highlights
        for label in self._labels:
            label.update()

    def scroll_to(self, page: int, y: float) -> None:
        for label in self._labels:
            if label.page == page:
                self.verticalScrollBar().setValue(max(0, label.y() + int(y * self.zoom) - 60))
                break

    def label_for_page(self, page: int) -> QLabel | None:
        return next((label for label in self._labels if label.page == page), None)

    def wait_for_renders(self) -> None:
        self.pool.waitForDone(10_000)
