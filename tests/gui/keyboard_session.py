"""(Run by test_keyboard_session.py in its own process.) A whole review with the keyboard alone (QTest key events only), through the real file dialogs.

Import the letter and its reply (Ctrl+I, typing the paths), tag two spans (Ctrl+F then a digit;
caret selection then Ctrl+T), link a reply passage (Ctrl+L), set a verdict in the Answers table
(F6, arrows, F2) and export the briefing (Ctrl+E, typing the file name).
"""

from __future__ import annotations

import zipfile

from PySide6.QtCore import QDeadlineTimer, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from reviewdesk.gui.actions import ActionId
from reviewdesk.gui.models.answers_grid import AnswerColumn
from reviewdesk.services.answer_links import answers_overview
from reviewdesk.services.assessment import case_assessment
from reviewdesk.services.tags import tags_for_case

from ..conftest import LETTERS, REPLIES


def _keys(window, qtbot, action_id) -> None:
    """Press an action's shortcut where the keyboard focus is."""
    qtbot.keySequence(QApplication.focusWidget() or window, window.actions_registry.action(action_id).shortcut())


def _type_into_next_dialog(keystrokes, title: str | None = None) -> list[str]:
    """When the next modal dialog (titled ``title``) appears, run ``keystrokes(dialog)`` in it; returns the
    titles seen."""
    seen: list[str] = []
    deadline = QDeadlineTimer(15_000)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if deadline.hasExpired():  # never hang the suite: close what is open, the assertions then fail
            if dialog is not None:
                dialog.reject()
            return
        if dialog is None or (title is not None and dialog.windowTitle() != title):
            QTimer.singleShot(50, poll)
            return
        if dialog.findChild(QLineEdit, "fileNameEdit") is None and dialog.focusWidget() is None:
            # Shown but not active yet (a busy machine): keys now would go nowhere and the dialog stay open.
            dialog.activateWindow()
            QTimer.singleShot(50, poll)
            return
        seen.append(dialog.windowTitle())
        try:
            keystrokes(dialog)
        finally:
            guard(dialog)

    def guard(dialog) -> None:  # the keys did not close it: close it at the deadline rather than hang
        if dialog.isVisible():
            if deadline.hasExpired():
                dialog.reject()
            else:
                QTimer.singleShot(200, lambda: guard(dialog))

    QTimer.singleShot(50, poll)
    return seen


def _type_and_enter(*texts: str):
    """Type each text in the dialog's field and press Enter."""
    def keystrokes(dialog) -> None:
        for text in texts:
            _type_one(dialog, text)
    return keystrokes


def _type_one(dialog, text: str) -> None:
    # A file dialog's name field (it may remember focusing its list last time); else what has the focus.
    field = dialog.findChild(QLineEdit, "fileNameEdit") or dialog.focusWidget()
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # replace what it offers
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def _back_from_dialog(window, qtbot) -> None:
    # What a window manager does when a dialog closes; the offscreen platform has none.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _press_enter(dialog) -> None:
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)


def test_a_review_with_the_keyboard_only(window, store, qtbot, tmp_path):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # Import: Ctrl+I opens the file dialog; the two paths are typed as a file dialog takes several.
    letter, reply = LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"
    seen = _type_into_next_dialog(_type_and_enter(f'"{letter}" "{reply}"'))
    _keys(window, qtbot, ActionId.IMPORT)
    assert seen == ["Import letters and replies"]
    qtbot.waitUntil(lambda: window.current_case is not None and window.reply_pane.current() is not None,
                    timeout=20_000)
    case_id = window.current_case.summary.id
    _back_from_dialog(window, qtbot)

    # Tag 1: find the words (Ctrl+F), close the find row (Esc), press the term's digit.
    _keys(window, qtbot, ActionId.FOCUS_LETTER)
    assert QApplication.focusWidget() is window.letter_pane.text_view
    _keys(window, qtbot, ActionId.FIND_IN_DOCUMENT)
    assert QApplication.focusWidget() is window.letter_pane.find_bar.field
    QTest.keyClicks(QApplication.focusWidget(), "arbitrary detention")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the second: the first is in the introduction
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.letter_pane.text_view
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)  # the digit of "Arbitrary detention"
    tags = tags_for_case(store, case_id)
    assert [(t.term_label, t.quote) for t in tags] == [("Arbitrary detention", "arbitrary detention")]

    # Tag 2: find, then caret browsing widens the selection by a word (Ctrl+Shift+Right); Ctrl+T, a term, Enter.
    view = window.letter_pane.text_view
    _keys(window, qtbot, ActionId.FIND_IN_DOCUMENT)
    QTest.keyClicks(QApplication.focusWidget(), "forcible")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    start, _end = window.letter_pane.selection()
    cursor = view.textCursor()
    cursor.setPosition(start)
    view.setTextCursor(cursor)  # where a reviewer's caret would be after reading to the found word
    for _ in range(2):
        QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    expected_quote = window.letter_pane.current().text[slice(*window.letter_pane.selection())].strip()
    assert expected_quote == "forcible transfer"
    seen = _type_into_next_dialog(_type_and_enter("Forced labour"))
    _keys(window, qtbot, ActionId.TAG_SELECTION)
    assert seen, "Ctrl+T opened no palette"
    _back_from_dialog(window, qtbot)
    tags = tags_for_case(store, case_id)
    assert len(tags) == 2 and ("Forced labour", expected_quote) in [(t.term_label, t.quote) for t in tags]

    # Link: find a passage in the reply (Ctrl+3, Ctrl+F), Ctrl+L, accept the question offered.
    _keys(window, qtbot, ActionId.FOCUS_REPLY)
    _keys(window, qtbot, ActionId.FIND_IN_DOCUMENT)
    QTest.keyClicks(QApplication.focusWidget(), "supplier code of conduct")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    seen = _type_into_next_dialog(_press_enter)
    _keys(window, qtbot, ActionId.LINK_PASSAGE)
    assert seen == ["Link passage"]
    _back_from_dialog(window, qtbot)
    linked = [(q.number, link.quote) for q in answers_overview(store, case_id) for link in q.links]
    assert linked == [(1, "supplier code of conduct")]  # question 1: none was selected in the Answers panel

    # Verdict: F6 to the Answers table, Right to the Verdict column, F2, Down to the first verdict, Enter.
    while QApplication.focusWidget() is not window.answers.panel.table:
        _keys(window, qtbot, ActionId.NEXT_REGION)
    table = window.answers.panel.table
    QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(AnswerColumn.VERDICT):
        QTest.keyClick(table, Qt.Key.Key_Right)
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    QTest.keyClick(editor, Qt.Key.Key_Down)
    chosen = editor.currentData()
    QTest.keyClick(editor, Qt.Key.Key_Return)
    first_question = window.case_view_data.detail.documents[0].questions[0].id
    # The delegate commits in the next event-loop turn (Qt lets the editor see the key first).
    qtbot.waitUntil(lambda: case_assessment(store, case_id).verdicts[first_question].value is not None)
    assert case_assessment(store, case_id).verdicts[first_question].value.value == chosen

    # Export: Ctrl+E, Enter on the options, type the file name in the save dialog.
    target = tmp_path / "keyboard briefing.docx"
    seen = _type_into_next_dialog(_press_enter)
    seen_save = _type_into_next_dialog(_type_and_enter(str(target)), title="Save briefing")
    _keys(window, qtbot, ActionId.EXPORT_BRIEFING)
    qtbot.waitUntil(target.exists, timeout=20_000)
    assert seen and seen_save == ["Save briefing"]
    with zipfile.ZipFile(target) as docx:
        comments = docx.read("word/comments.xml").decode("utf-8")
    assert "Forced labour" in comments and "Arbitrary detention" in comments
    box = window.exports.last_done_box
    QTest.keyClick(box, Qt.Key.Key_Escape)
