"""One pane of the case view (Letter, Annex or Reply): page view or text view of a document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.domain.letter import SectionKind
from reviewdesk.gui.widgets.find_bar import FindBar
from reviewdesk.gui.widgets.page_view import PageView
from reviewdesk.gui.widgets.text_view import (
    FOUND,
    FOUND_CURRENT,
    TextView,
    snap_to_words,
)
from reviewdesk.gui.words import word
from reviewdesk.services.dto import DocumentDTO
from reviewdesk.services.geometry import Block, offset_at, span_rects

SECTION_TITLES = {
    SectionKind.HEADER: QT_TRANSLATE_NOOP("DocumentPane", "Header"),
    SectionKind.INTRODUCTION: QT_TRANSLATE_NOOP("DocumentPane", "Introduction"),
    SectionKind.ALLEGATIONS: QT_TRANSLATE_NOOP("DocumentPane", "Allegations"),
    SectionKind.CONCERNS: QT_TRANSLATE_NOOP("DocumentPane", "Concerns"),
    SectionKind.QUESTIONS: QT_TRANSLATE_NOOP("DocumentPane", "Questions"),
    SectionKind.CLOSING: QT_TRANSLATE_NOOP("DocumentPane", "Closing"),
    SectionKind.SIGNATURES: QT_TRANSLATE_NOOP("DocumentPane", "Signatures"),
    SectionKind.ANNEX: QT_TRANSLATE_NOOP("DocumentPane", "Annex"),
    SectionKind.FOOTNOTES: QT_TRANSLATE_NOOP("DocumentPane", "Footnotes"),
    SectionKind.BODY: QT_TRANSLATE_NOOP("DocumentPane", "Text"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentPane", text)


def _form(document: DocumentDTO) -> str:
    suffix = document.filename.rsplit(".", 1)[-1].upper() if "." in document.filename else "TXT"
    return _tr(SECTION_TITLES[SectionKind.BODY]) if suffix in ("TXT", "MD") else suffix


class _Pages(QObject):
    def __call__(self, count: int) -> str:
        return self.tr("%n p.", "", count)  # a plural form: lupdate reads those only from self.tr in a QObject


def chooser_labels(documents: list[DocumentDTO]) -> list[str]:
    """What the pane's chooser says of each document: enough to tell two copies of one letter apart."""
    labels = []
    for document in documents:
        parts = [word(str(document.kind)), document.fields.get("date") or document.filename, _form(document)]
        if document.page_count:
            parts.append(_Pages()(document.page_count))
        if document.is_ocr:
            parts.append(QCoreApplication.translate("DocumentPane", "OCR"))
        elif document.needs_ocr:
            parts.append(QCoreApplication.translate("DocumentPane", "needs OCR"))
        labels.append(" · ".join(parts))
    alike = {label for label in labels if labels.count(label) > 1}
    return [label + (" · " + QCoreApplication.translate("DocumentPane", "imported {when}").format(
                         when=f"{document.imported_at:%Y-%m-%d %H:%M}")  # still alike: the import time decides (ISO: exact)
                     if label in alike and document.imported_at is not None else "")
            for label, document in zip(labels, documents)]


@dataclass(frozen=True)
class Original:
    """A PDF document's original, read off the UI thread: its bytes, page sizes and text geometry."""

    data: bytes
    page_sizes: dict[int, tuple[float, float]]
    blocks: list[Block]


# (document, deliver(original)): the window reads the original off the UI thread and delivers it.
OriginalLoader = Callable[[DocumentDTO, Callable[[Original], None]], None]


class DocumentPane(QWidget):
    """Shows one of several documents; says what is missing when there is none."""

    import_requested = Signal(str)  # the kind of document missing
    document_changed = Signal(int)
    selection_made = Signal(int, int)
    cursor_moved = Signal(int)  # a click in the text view, as a stored offset
    context_menu_requested = Signal(object)

    def __init__(self, title: str, missing_hint: str, load_original: OriginalLoader, parent=None) -> None:
        super().__init__(parent)
        self.kind_title = title
        self._load_original = load_original
        self._documents: list[DocumentDTO] = []
        self._current: DocumentDTO | None = None
        self._blocks: list[Block] = []
        self._spans: list[tuple[int, int, QColor]] = []
        self._selection: tuple[int, int] | None = None
        self._focus: list[tuple[int, int, QColor]] = []
        self._text_spans: list[tuple[int, int, QColor]] = []  # what the text view shows now
        self._found: list[tuple[int, int]] = []  # find (Ctrl+F) or search matches, and the current one
        self._found_current = -1

        self.title = QLabel(f"<b>{title}</b>")
        # OCR'd text may differ from the page: say so where the text is read, in words, not only colour.
        self.ocr_badge = QLabel(self.tr("OCR"))
        self.ocr_badge.setStyleSheet("QLabel { border: 1px solid #8a6d00; border-radius: 3px; padding: 0 3px;"
                                     " color: #5c4800; background: #fff4c2; }")
        self.ocr_badge.setToolTip(self.tr("This text was read from a scan by OCR: check quotes against the pages"))
        self.ocr_badge.setAccessibleName(self.tr("Text read by OCR"))
        self.ocr_badge.hide()
        self.selector = QComboBox()
        self.selector.setToolTip(self.tr("Choose the document to show ({kind})").format(kind=title.lower()))
        self.selector.currentIndexChanged.connect(self._on_selected)
        self.page_button = QToolButton(text=self.tr("Page"), checkable=True, toolTip=self.tr("Show the original pages"))
        self.text_button = QToolButton(text=self.tr("Text"), checkable=True,
                                       toolTip=self.tr("Show the cleaned, structured text"))
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.page_button)
        group.addButton(self.text_button)
        self.sections = QComboBox(toolTip=self.tr("Go to a section"))
        self.sections.activated.connect(self._go_to_section)
        # Fixed widths, long names elided: switching documents or cases never resizes the pane's toolbar.
        for combo, characters in ((self.selector, 18), (self.sections, 11)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(characters)
        self.zoom_in = QToolButton(text="+", toolTip=self.tr("Zoom in"))
        self.zoom_out = QToolButton(text="−", toolTip=self.tr("Zoom out"))
        self.zoom_fit = QToolButton(text="↔", toolTip=self.tr("Fit page width"))

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        for widget in (self.title, self.ocr_badge, self.selector):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.sections, self.page_button, self.text_button, self.zoom_out, self.zoom_in, self.zoom_fit):
            bar.addWidget(widget)

        self.page_view = PageView()
        self.text_view = TextView()
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        self.missing_hint = missing_hint
        self.can_import = True
        self.empty_label = QLabel(missing_hint, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.empty_label.setStyleSheet("color: #666;")
        self.import_button = QPushButton(self.tr("Import ({kind})…").format(kind=title.lower()))
        self.import_button.clicked.connect(lambda: self.import_requested.emit(title.lower()))
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.import_button, alignment=Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget()
        for widget in (self.empty, self.page_view, self.text_view):
            self.stack.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        self.find_bar = FindBar()
        self.find_bar.matches_changed.connect(self._found_changed)
        self.find_bar.closed.connect(self.focus_view)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.stack, 1)

        self.page_button.toggled.connect(lambda on: on and self._show_mode())
        self.text_button.toggled.connect(lambda on: on and self._show_mode())
        self.zoom_in.clicked.connect(self.page_view.zoom_in)
        self.zoom_out.clicked.connect(self.page_view.zoom_out)
        self.zoom_fit.clicked.connect(self.page_view.zoom_fit_width)
        self.text_button.setChecked(True)
        self.text_view.selection_changed_offsets.connect(self._text_selected)
        self.text_view.cursorPositionChanged.connect(
            lambda: self.cursor_moved.emit(self.text_view.to_offset(self.text_view.textCursor().position())))
        self.page_view.area_selected.connect(self._page_area_selected)
        self.text_view.customContextMenuRequested.connect(
            lambda pos: self.context_menu_requested.emit(self.text_view.mapToGlobal(pos)))
        self.page_view.customContextMenuRequested.connect(
            lambda pos: self.context_menu_requested.emit(self.page_view.mapToGlobal(pos)))
        self.set_documents([])

    # -- documents ----------------------------------------------------------------
    def set_documents(self, documents: list[DocumentDTO], case_open: bool = True) -> None:
        """The pane's documents; with no case open, the empty pane says to choose one instead."""
        self.empty_label.setText(self.missing_hint if case_open else self.tr("Choose a case in the list on the left."))
        self.import_button.setVisible(case_open and self.can_import)
        self._documents = documents
        self.selector.blockSignals(True)
        self.selector.clear()
        for document, label in zip(documents, chooser_labels(documents)):
            self.selector.addItem(label if len(documents) > 1 else document.filename)
            self.selector.setItemData(self.selector.count() - 1, f"{document.filename}\n{label}",
                                      Qt.ItemDataRole.ToolTipRole)
        self.selector.setVisible(len(documents) > 1)
        self.selector.blockSignals(False)
        self._show(documents[0] if documents else None)

    def current(self) -> DocumentDTO | None:
        return self._current

    def view_widget(self) -> QWidget:
        """What the reviewer reads in this pane now: the text, the pages, or the "missing" notice."""
        return self.stack.currentWidget()

    def focus_view(self) -> None:
        widget = self.view_widget()
        (self.import_button if widget is self.empty and self.import_button.isVisible() else widget).setFocus(
            Qt.FocusReason.ShortcutFocusReason)

    def has_view_focus(self) -> bool:
        """Whether the keyboard focus is in this pane's text or page view."""
        focus = QApplication.focusWidget()
        return focus is not None and any(view is focus or view.isAncestorOf(focus)
                                         for view in (self.text_view, self.page_view))

    def _on_selected(self, index: int) -> None:
        if 0 <= index < len(self._documents):
            self._show(self._documents[index])

    def show_document(self, document_id: int) -> bool:
        """Bring a document of this pane to the front; False when it is not one of them."""
        for index, document in enumerate(self._documents):
            if document.id == document_id:
                if self._current is None or self._current.id != document_id:
                    self.selector.setCurrentIndex(index)
                    self._show(document)
                return True
        return False

    def _show(self, document: DocumentDTO | None) -> None:
        self._current = document
        self._selection = None
        has = document is not None
        self.ocr_badge.setVisible(has and document.is_ocr)
        for widget in (self.sections, self.page_button, self.text_button, self.zoom_in, self.zoom_out, self.zoom_fit):
            widget.setEnabled(has)
        self.text_view.set_document(document)
        self._text_spans = []
        self._found, self._found_current = [], -1
        self.find_bar.set_text(document.text if document else "")
        self.sections.clear()
        self._blocks = []
        if not has:
            self.page_view.clear()
            self.stack.setCurrentWidget(self.empty)
            return
        for section in document.sections:
            self.sections.addItem(_tr(SECTION_TITLES[section.kind]) if section.kind in SECTION_TITLES
                                  else section.kind.title(), section.start)
        is_pdf = document.filename.lower().endswith(".pdf") and document.page_count > 0
        self.page_button.setEnabled(is_pdf)
        self.page_view.clear()
        if is_pdf:
            self._load_original(document, lambda original, doc=document: self._original_loaded(doc, original))
        else:
            self.text_button.setChecked(True)
        self._show_mode()
        self._apply_highlights()
        self.document_changed.emit(document.id)

    def _original_loaded(self, document: DocumentDTO, original: Original) -> None:
        if self._current is None or self._current.id != document.id:
            return  # the reviewer has moved on to another document
        self.page_view.set_document(original.data, document.first_page, document.last_page, original.page_sizes)
        self._blocks = original.blocks
        self._apply_highlights(text=False)

    def _show_mode(self) -> None:
        if self._current is None:
            self.stack.setCurrentWidget(self.empty)
            return
        use_pages = self.page_button.isChecked() and self.page_button.isEnabled()
        self.stack.setCurrentWidget(self.page_view if use_pages else self.text_view)
        for widget in (self.zoom_in, self.zoom_out, self.zoom_fit):
            widget.setVisible(use_pages)

    def show_pages(self) -> None:
        self.page_button.setChecked(True)

    def show_text(self) -> None:
        self.text_button.setChecked(True)

    # -- selection --------------------------------------------------------------------
    def selection(self) -> tuple[int, int] | None:
        return self._selection

    def clear_selection(self) -> None:
        self._selection = None
        self._apply_highlights()

    def select_span(self, start: int, end: int) -> None:
        """Select stored offsets (from the text view, the page view or code)."""
        if self._current is None or not 0 <= start < end <= len(self._current.text):
            return
        self._selection = (start, end)
        self._apply_highlights()
        self.selection_made.emit(start, end)

    def _text_selected(self, start: int, end: int) -> None:
        if start < end:
            self.select_span(start, end)

    def _page_area_selected(self, begin, finish) -> None:
        first = offset_at(self._blocks, *begin)
        last = offset_at(self._blocks, *finish)
        if first is None or last is None:
            return
        start, end = snap_to_words(self._current.text, *sorted((first, last)))
        if start < end:
            self.select_span(start, end)

    def flash(self, start: int, end: int) -> None:
        self.text_view.select_offsets(start, end)

    # -- highlights -----------------------------------------------------------------
    def set_highlights(self, spans: list[tuple[int, int, QColor]]) -> None:
        self._spans = spans
        self._apply_highlights()

    def set_focus(self, spans: list[tuple[int, int, QColor]]) -> None:
        """Spans linked to what the reviewer selected elsewhere (a question, a passage)."""
        self._focus = spans
        self._apply_highlights()

    def _apply_highlights(self, text: bool = True) -> None:
        spans = self._spans + self._focus
        if text and spans != self._text_spans:
            # Re-formatting the whole text is what costs: only when the spans really changed.
            self._text_spans = list(spans)
            self.text_view.set_highlights(spans)
        if self._selection is not None and self.stack.currentWidget() is self.page_view:
            spans.append((*self._selection, QColor("#3875D7")))
        spans += [(start, end, QColor(FOUND_CURRENT if index == self._found_current else FOUND))
                  for index, (start, end) in enumerate(self._found)]
        rects = []
        for start, end, colour in spans:
            rects.extend((page, rect, colour) for page, rect in span_rects(self._blocks, start, end))
        self.page_view.set_highlights(rects)

    # -- find -------------------------------------------------------------------------
    def find(self) -> None:
        """Ctrl+F: open the find row, starting from the selected words if any."""
        if self._current is None:
            return
        selected = self._current.text[slice(*self._selection)] if self._selection else ""
        self.find_bar.open(selected)

    def show_found(self, spans: list[tuple[int, int]], label: str) -> None:
        """Matches found elsewhere (a search hit): shown and stepped through like Ctrl+F's."""
        if self._current is not None:
            self.find_bar.show_matches(label, spans)

    def _found_changed(self, matches: list, current: int) -> None:
        self._found, self._found_current = list(matches), current
        self.text_view.set_found(self._found, current)
        self._apply_highlights(text=False)
        if current >= 0:
            start, end = self._found[current]
            self.reveal(start)
            self.select_span(start, end)

    def reveal(self, start: int) -> None:
        """Scroll both views to a text offset."""
        self.text_view.scroll_to_offset(start)
        rects = span_rects(self._blocks, start, start + 1)
        if rects:
            page, (_x0, y0, _x1, _y1) = rects[0]
            self.page_view.scroll_to(page, y0)

    def _go_to_section(self, index: int) -> None:
        start = self.sections.itemData(index)
        if start is not None:
            self.reveal(int(start))
