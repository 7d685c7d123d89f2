"""Linked panes: question → reply passages and back, with undo."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from reviewdesk.services.answer_links import links_for_case
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
    # Question 1 has no link yet: the passage ReviewDesk proposes is shown in the lighter colour.
    ((s1, _e1, colour),) = reply._focus
    assert reply.current().text[s1:].startswith("1. Regarding the allegations") and colour.name() == "#56b4e9"

    _click(reply, start + 10)
    assert sorted(s for s, _e, _c in letter._focus) == [letter.current().questions[1].start, q3.start]

    window.undo_stack.undo()
    assert [link.question_number for link in links_for_case(store, window.current_case.summary.id)] == [2]
    window.undo_stack.redo()
    assert len(links_for_case(store, window.current_case.summary.id)) == 2



def test_answers_grid_verdicts_accept_and_grade_with_undo(window, store, qtmodeltester):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    window.refresh_cases()
    window.select_case(window.case_model.case_id(0))
    model = window.answers.model
    qtmodeltester.check(model)
    assert model.rowCount() == 8
    unanswered = [model.index(r, 1).data() for r in range(8) if "unanswered" in model.index(r, 2).data()]
    assert len(unanswered) == 3 and unanswered[0].startswith("Please explain what measures")  # Q4, Q6, Q8

    model.setData(model.index(0, 3), "rejected")
    assert model.index(0, 3).data() == "⊘ rejected"
    model.setData(model.index(0, 4), "denies everything")
    assert model.index(0, 4).data() == "denies everything"
    window.undo_stack.undo()
    assert model.index(0, 4).data() == ""
    assert model.index(0, 3).data() == "⊘ rejected"
    window.undo_stack.undo()
    assert model.index(0, 3).data() == ""

    assert window.answers.reject_proposal(7)  # the hotline passage is not accepted as an answer to Q7
    assert "unanswered" in model.index(6, 2).data()
    window.undo_stack.undo()
    assert model.index(6, 2).data() == "1 proposed"
    assert window.answers.accept_proposal(5)
    assert [link.question_number for link in links_for_case(store, window.current_case.summary.id)] == [5]
    assert model.index(4, 2).data() == "1 linked"
    assert window.answers.remove_links(5)
    assert model.index(4, 2).data() == "1 proposed"
    window.undo_stack.undo()
    assert model.index(4, 2).data() == "1 linked"

    panel = window.answers.panel
    assert panel.proposal.text() == ""  # no verdicts yet, nothing to propose from
    panel.action_items["release"].setChecked(True)  # no grade yet: refused, and the tick undone
    assert not panel.action_items["release"].isChecked()
    window.answers.set_grade("hrc", "B")
    assert window.answers.assessment.grade.label == "B — Partially satisfactory"
    assert panel.grade.currentText() == "B — Partially satisfactory"
    panel.action_items["investigation opened"].setChecked(True)
    assert window.answers.assessment.grade.actions == ("investigation opened",)
    assert panel.actions_button.text() == "Actions (1) ▾"
    window.answers.set_grade("hrc", "A")  # a new grade keeps the actions
    assert window.answers.assessment.grade.actions == ("investigation opened",)
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.answers.assessment.grade.actions == ()
    window.undo_stack.undo()
    assert window.answers.assessment.grade is None


def test_unpaired_reply_is_paired_from_the_panel_with_undo(window, store, tmp_path):
    reply = tmp_path / "no_reference.txt"
    reply.write_text("Beijing, 2 May 2021\n\nIn reply to your letter of 12 March 2021 concerning Uyghur workers, "
                     "CRRC Corporation Limited states that it found no forced labour in its supply chains.\n",
                     encoding="utf-8")
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", reply])
    window.refresh_cases()
    panel = window.unpaired
    assert panel.list.count() == 1 and panel.list.item(0).text().startswith("no_reference.txt")
    assert panel.cases.currentData() == "AL OTH 78/2021"
    assert "the letter's addressee" in panel.why.text()
    assert "found no forced labour in its supply chains" in panel.preview.toPlainText()  # read before pairing
    assert panel.pair_selected()
    assert panel.list.item(0).text().startswith("No replies waiting")
    window.select_case(window.case_model.case_id(0))
    assert window.reply_pane.current().filename == "no_reference.txt"
    window.undo_stack.undo()
    assert panel.list.item(0).text().startswith("no_reference.txt")
