"""Edits that used to happen without the reviewer asking (or did not happen when asked), reproduced."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QInputDialog

from reviewdesk.gui.models.answers_grid import AnswerColumn
from reviewdesk.gui.models.case_list import CaseFilterModel, CaseListModel, Column
from reviewdesk.gui.models.tags import TagColumn
from reviewdesk.services.assessment import case_assessment
from reviewdesk.services.cases import list_cases
from reviewdesk.services.dto import CaseSummary
from reviewdesk.services.importer import import_paths
from reviewdesk.services.tags import add_tag, tags_for_case

from ..conftest import LETTERS, REPLIES

LETTER = LETTERS / "AL_OTH_78_2021.pdf"
REPLY = REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"


def _open(window, store, *paths):
    import_paths(store, list(paths or [LETTER]))
    window.refresh_cases()
    window.select_case(window.case_model.id_for_reference("AL OTH 78/2021"))
    return window.current_case


def _focus(qtbot, window, widget):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_digits_typed_outside_the_text_views_never_tag(window, store, qtbot):
    case = _open(window, store)
    pane = window.letter_pane
    text = pane.current().text
    start = text.index("forced labour")
    pane.text_view.select_offsets(start, start + len("forced labour"))  # a selection is waiting
    table = window.tagging.panel.table
    _focus(qtbot, window, table)
    qtbot.keyClicks(table, "check Q5 and 3")
    assert tags_for_case(store, case.summary.id) == []
    _focus(qtbot, window, pane.text_view)
    pane.text_view.select_offsets(start, start + len("forced labour"))
    qtbot.keyClick(pane.text_view, Qt.Key.Key_3)  # in the view with a selection, a digit tags
    assert [t.quote for t in tags_for_case(store, case.summary.id)] == ["forced labour"]


def test_f2_on_any_column_of_a_tag_edits_its_note(window, store, qtbot):
    case = _open(window, store)
    letter = window.letter_pane.current()
    add_tag(store, letter.id, 0, 9, window.tagging.terms[0].id)
    window.reload_current_case()
    table = window.tagging.panel.table
    window.tag_dock.raise_()
    _focus(qtbot, window, table)
    table.setCurrentIndex(table.model().index(0, TagColumn.TERM))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() == QAbstractItemView.State.EditingState
    assert table.currentIndex().column() == TagColumn.NOTE
    assert tags_for_case(store, case.summary.id)[0].note == ""


def test_a_note_on_a_question_without_a_verdict_sets_no_verdict(window, store):
    case = _open(window, store, LETTER, REPLY)
    model = window.answers.model
    assert model.setData(model.index(0, AnswerColumn.NOTE), "ask the company for the audit report")
    verdict = case_assessment(store, case.summary.id).verdicts[model.row(0).question_id]
    assert (verdict.value, verdict.note) == (None, "ask the company for the audit report")
    assert model.index(0, AnswerColumn.VERDICT).data() == ""
    window.undo_stack.undo()
    assert case_assessment(store, case.summary.id).verdicts[model.row(0).question_id].note == ""


def test_references_sort_naturally_by_type_country_year_and_number():
    def summary(case_id, reference):
        return CaseSummary(case_id, reference, None, "", None, None, None, None, 0, 0, 0, None)

    refs = ["AL OTH 10/2021", "UA CHN 3/2020", "AL OTH 9/2021", "AL OTH 2/2019", "AL GBR 1/2022"]
    model = CaseListModel(today=date(2026, 1, 1))
    model.set_cases([summary(i, r) for i, r in enumerate(refs)])
    proxy = CaseFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, Column.REFERENCE).data() for r in range(5)] == [
        "AL GBR 1/2022", "AL OTH 2/2019", "AL OTH 9/2021", "AL OTH 10/2021", "UA CHN 3/2020"]


def test_link_passage_offers_the_question_selected_in_the_answers_panel(window, store, monkeypatch):
    _open(window, store, LETTER, REPLY)
    window.answers.select_question(2)
    reply = window.reply_pane
    reply.select_span(0, 40)
    offered = {}

    def get_item(_parent, _title, _label, items, current, _editable):
        offered["current"] = items[current]
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    assert window.answers.link_selection()
    assert offered["current"].startswith("Q2.")


def test_filtering_the_case_list_never_switches_the_open_case(window, store):
    from reviewdesk.services.demo import import_demo

    import_demo(store)
    case = _open(window, store)
    window.filter_edit.setText("AL OTH 1/2026")  # hides the open case
    assert window.current_case.summary.id == case.summary.id
    window.filter_edit.setText("")
    assert window.current_case.summary.id == case.summary.id
    assert window.case_table.currentIndex().data() == "AL OTH 78/2021"


def test_an_import_keeps_the_open_letter_where_the_reviewer_was(window, store):
    _open(window, store)
    pane = window.letter_pane
    questions = [i for i in range(pane.sections.count()) if pane.sections.itemText(i) == "Questions"]
    pane.show_pages()
    window.imports.start([str(REPLY)])
    assert window.reply_pane.current() is not None  # the reply arrived in its pane
    assert pane.stack.currentWidget() is pane.page_view  # the letter pane was not reset to its text
    assert questions and len(list_cases(store)) == 1
