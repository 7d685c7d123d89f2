"""How tags and documents read in a pane: stacked underlines, word snapping, OCR badge, copies told apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication

from reviewdesk.gui.widgets.document_pane import DocumentPane, chooser_labels
from reviewdesk.gui.widgets.text_view import TextView, underline_levels
from reviewdesk.services.cases import case_detail_by_id
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS

ORANGE, BLUE = QColor("#E69F00"), QColor("#0072B2")


def test_overlapping_spans_get_their_own_underline_rows():
    assert underline_levels([(0, 10), (5, 15), (20, 30), (7, 9)]) == [0, 1, 0, 2]
    assert underline_levels([(0, 5), (5, 9)]) == [0, 0]  # touching is not overlapping


def _view(qtbot, text: str) -> TextView:
    view = TextView()
    qtbot.addWidget(view)
    view.resize(600, 200)
    view.show()
    view.set_document(None)
    view.setPlainText(text)
    view._text = text  # noqa: SLF001 - a bare text, without a stored document
    from reviewdesk.gui.widgets.text_view import utf16_offsets

    view._utf16 = utf16_offsets(text)  # noqa: SLF001
    qtbot.waitExposed(view)
    return view


def _colours_under(view: TextView, start: int, end: int) -> set[str]:
    """Colours painted in the few pixels under the text of ``start``–``end`` on the first line."""
    image = view.viewport().grab().toImage()
    cursor = view.textCursor()
    cursor.setPosition(start)
    left = view.cursorRect(cursor)
    cursor.setPosition(end)
    right = view.cursorRect(cursor)
    found = set()
    for x in range(left.left() + 2, right.left() - 2, 3):
        for y in range(left.top(), left.bottom() + 12):
            found.add(image.pixelColor(x, y).name())
    return found


def test_two_tags_on_the_same_words_show_both_colours(qtbot):
    view = _view(qtbot, "The company imposed forced labour on the workers.")
    start, end = 20, 33  # "forced labour"
    view.set_highlights([(start, end, ORANGE), (start, end, BLUE)])
    colours = _colours_under(view, start, end)
    assert ORANGE.name() in colours and BLUE.name() in colours  # stacked, not one blended tint


def test_a_dragged_selection_snaps_to_words_unless_alt_is_held(qtbot):
    view = _view(qtbot, "The company imposed forced labour on the workers.")

    def drag(first: int, last: int, modifier=Qt.KeyboardModifier.NoModifier) -> tuple[int, int] | None:
        cursor = view.textCursor()
        cursor.setPosition(0)
        view.setTextCursor(cursor)  # no selection to press inside (that would start dragging the text)
        cursor.setPosition(first)
        begin = view.cursorRect(cursor).center()
        cursor.setPosition(last)
        finish = view.cursorRect(cursor).center()
        left = Qt.MouseButton.LeftButton
        for kind, point, buttons in ((QEvent.Type.MouseButtonPress, begin, left), (QEvent.Type.MouseMove, finish, left),
                                     (QEvent.Type.MouseButtonRelease, finish, Qt.MouseButton.NoButton)):
            event = QMouseEvent(kind, QPointF(point), QPointF(view.viewport().mapToGlobal(point)),
                                left if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton, buttons, modifier)
            QApplication.sendEvent(view.viewport(), event)
        return view.selected_offsets()

    assert drag(22, 30) == (20, 33)  # "rced lab" → "forced labour"
    start, end = drag(22, 30, Qt.KeyboardModifier.AltModifier)
    assert (start, end) != (20, 33) and 20 < start and end < 33


def test_ocr_text_is_badged_and_two_copies_of_a_letter_are_told_apart(qtbot, store):
    summary = import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", LETTERS / "AL_OTH_78_2021.docx"])
    case_id = store_case_id(store, summary)
    letters = [d for d in case_detail_by_id(store, case_id).documents if d.kind == "letter"]
    # An OCR'd copy and a scan still waiting for OCR, made from the PDF's row (Tesseract is slow).
    letters += [replace(letters[0], id=-2, is_ocr=True), replace(letters[0], id=-3, needs_ocr=True, page_count=0)]
    labels = chooser_labels(letters)
    assert len(set(labels)) == 4
    assert "DOCX" in labels[1] and "7 p." in labels[0]
    assert labels[2].endswith("· OCR") and labels[3].endswith("· needs OCR")
    # Two copies alike in every way but their import: the import time tells them apart.
    twins = chooser_labels([letters[0], replace(letters[0], id=-1, imported_at=datetime(2026, 1, 2, 3, 4))])
    assert twins[0] != twins[1] and twins[1].endswith("imported 2026-01-02 03:04")

    pane = DocumentPane("Letter", "", lambda _document, _deliver: None)
    qtbot.addWidget(pane)
    pane.show()
    pane.set_documents(letters)
    for document in letters:
        pane.show_document(document.id)
        assert pane.ocr_badge.isVisible() == document.is_ocr
    assert any(d.is_ocr for d in letters)


def store_case_id(store, summary) -> int:
    from reviewdesk.services.cases import list_cases

    [case] = list_cases(store)
    return case.id
