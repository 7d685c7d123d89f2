"""Linked panes: question → reply passages and back, with undo."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from reviewdesk.services.answers import links_for_case
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS, REPLIES


def _click(pane, offset):
    cursor = QTextCursor(pane.text_view.document())
    cursor.setPosition(pane.text_view._utf16[offset])
    pane.text_view.setTextCursor(cursor)


def test_question_highlights_linked_reply_passage_and_back(window, store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    window.refresh_cases()
    window.select_case(window.case_model.case_id(0))
    reply, letter = window.reply_pane, window.letter_pane
    text = reply.current().text
    start = text.index("Concerning questions 2 and 3")
    end = text.index("\n\n", start)
    reply.select_span(start, end)
    assert window.answers.link_selection(2)
    reply.select_span(start, end)
    assert window.answers.link_selection(3)
    assert [link.question_number for link in links_for_case(store, window.current_case.summary.id)] == [2, 3]

    q3 = letter.current().questions[2]
    _click(letter, q3.start + 5)
    assert window.answers.question.number == 3
    assert [(s, e) for s, e, _c in letter._focus] == [(q3.start, q3.end)]
    assert [(s, e) for s, e, _c in reply._focus] == [(start, end)]
    reply.show_pages()
    assert any(h[2].name() == "#0072b2" for h in reply.page_view.highlights)  # the page view shows it too

    q1 = letter.current().questions[0]
    _click(letter, q1.start + 2)
    assert reply._focus == []  # question 1 has no linked passage yet: nothing lit in the reply

    _click(reply, start + 10)
    assert sorted(s for s, _e, _c in letter._focus) == [letter.current().questions[1].start, q3.start]

    window.undo_stack.undo()
    assert [link.question_number for link in links_for_case(store, window.current_case.summary.id)] == [2]
    window.undo_stack.redo()
    assert len(links_for_case(store, window.current_case.summary.id)) == 2
