"""Ctrl+F in a pane: every match marked, Enter and Shift+Enter step, the current match is the selection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reviewdesk.gui.actions import ActionId
from reviewdesk.gui.widgets.text_view import FOUND_CURRENT
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS

LETTER = LETTERS / "AL_OTH_78_2021.pdf"


def _open_letter(window, store, qtbot):
    import_paths(store, [LETTER])
    window.refresh_cases()
    window.select_case(window.case_model.case_id(0))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.letter_pane.current() is not None)
    return window.letter_pane


def test_ctrl_f_finds_in_the_focused_pane_and_steps_through_the_matches(window, store, qtbot):
    pane = _open_letter(window, store, qtbot)
    window.letter_pane.focus_view()
    qtbot.keySequence(QApplication.focusWidget(), window.actions_registry.action(ActionId.FIND_IN_DOCUMENT).shortcut())
    bar = pane.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "FORCED LABOUR")  # case (and accents) do not matter
    text = pane.current().text
    expected = [i for i in range(len(text)) if text[i:i + 13].lower() == "forced labour"]
    assert [start for start, _end in bar.matches] == expected and len(expected) >= 3
    assert bar.count.text() == f"1 of {len(expected)}"
    assert pane.selection() == bar.matches[0]  # the found words can be tagged at once
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == f"2 of {len(expected)}" and pane.selection() == bar.matches[1]
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"{len(expected)} of {len(expected)}"  # round to the last
    # Every match is marked in the text view, the current one in its own colour.
    found = [s for s in pane.text_view.extraSelections() if s.format.background().color().name().lower()
             in ("#f7ee8a", FOUND_CURRENT.lower())]
    assert len(found) == len(expected)
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and pane.text_view.hasFocus()
    assert not [s for s in pane.text_view.extraSelections() if s.format.background().color().name().lower()
                == FOUND_CURRENT.lower()]


def test_no_match_says_so_and_the_page_view_marks_matches_too(window, store, qtbot):
    pane = _open_letter(window, store, qtbot)
    pane.find()
    qtbot.keyClicks(pane.find_bar.field, "zzzz-not-in-the-letter")
    assert pane.find_bar.count.text() == "No matches" and pane.find_bar.matches == []
    pane.find_bar.field.clear()
    qtbot.keyClicks(pane.find_bar.field, "Guiding Principles")
    pane.show_pages()
    qtbot.waitUntil(lambda: bool(pane.page_view.highlights), timeout=10_000)
    assert any(colour.name().lower() == FOUND_CURRENT.lower() for _p, _r, colour in pane.page_view.highlights)
