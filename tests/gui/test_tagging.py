"""Tagging by selection in the text view and on the rendered page, undo/redo, persistence."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from reviewdesk.db import open_store
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.gui.operations import Operations
from reviewdesk.gui.widgets.text_view import TAG_TINT_ALPHA
from reviewdesk.services.geometry import document_blocks, span_rects
from reviewdesk.services.importer import import_paths
from reviewdesk.services.tags import tags_for_case
from reviewdesk.services.terms import list_terms

from ..conftest import LETTERS

LETTER = LETTERS / "AL_OTH_78_2021.pdf"


def _open_case(window, store):
    import_paths(store, [LETTER])
    window.refresh_cases()
    window.select_case(window.case_model.case_id(0))
    return window.current_case


def test_tag_text_selection_with_digit_then_undo_redo(window, store):
    case = _open_case(window, store)
    pane = window.letter_pane
    text = pane.current().text
    start = text.index("arbitrary detention")
    pane.text_view.select_offsets(start, start + len("arbitrary detention"))
    assert pane.selection() == (start, start + len("arbitrary detention"))
    window.tagging.digit_actions[2].trigger()  # "3" is Arbitrary detention in the starter vocabulary
    (tag,) = tags_for_case(store, case.summary.id)
    assert (tag.term_label, tag.quote) == ("Arbitrary detention", "arbitrary detention")
    assert window.tagging.model.rowCount() == 1
    assert any(sel.format.background().color().alpha() == TAG_TINT_ALPHA for sel in pane.text_view.extraSelections())
    window.undo_stack.undo()
    assert tags_for_case(store, case.summary.id) == []
    assert window.tagging.model.rowCount() == 0
    window.undo_stack.redo()
    assert [t.quote for t in tags_for_case(store, case.summary.id)] == ["arbitrary detention"]


def test_tag_by_dragging_over_the_rendered_page(window, store, qtbot):
    case = _open_case(window, store)
    pane = window.letter_pane
    pane.show_pages()
    document = pane.current()
    start = document.text.index("forced labour")
    end = start + len("forced labour")
    (page, rect), = span_rects(document_blocks(store, document.id), start, end)
    label = pane.page_view.label_for_page(page)
    zoom = pane.page_view.zoom
    y = int((rect[1] + rect[3]) / 2 * zoom)
    qtbot.mousePress(label, Qt.MouseButton.LeftButton, pos=QPoint(int(rect[0] * zoom) + 1, y))
    qtbot.mouseRelease(label, Qt.MouseButton.LeftButton, pos=QPoint(int(rect[2] * zoom) - 1, y))
    selected = pane.selection()
    assert selected is not None
    quote = document.text[selected[0]:selected[1]]
    assert "forced" in quote and "labour" in quote and len(quote) < 25
    window.tagging.tag_with_shortcut("1")
    (tag,) = tags_for_case(store, case.summary.id)
    assert tag.term_label == "Forced labour"
    assert pane.page_view.highlights and pane.page_view.highlights[0][0] == page


def test_note_edit_is_undoable_and_tags_survive_reopening(qtbot, tmp_path, settings):
    path = tmp_path / "persist.rdstore"
    store = open_store(path)
    window = MainWindow(Operations(store, synchronous=True), settings)
    qtbot.addWidget(window)
    _open_case(window, store)
    pane = window.annex_pane
    start = pane.current().text.index("Guiding Principle 13")
    pane.select_span(start, start + len("Guiding Principle 13"))
    window.tagging.tag_selection(window.tagging.terms[-1].id)
    model = window.tagging.model
    model.setData(model.index(0, 3), "cited for due diligence")
    assert tags_for_case(store, window.current_case.summary.id)[0].note == "cited for due diligence"
    window.undo_stack.undo()
    assert tags_for_case(store, window.current_case.summary.id)[0].note == ""
    window.undo_stack.redo()
    window.close()
    store.close()

    reopened = open_store(path)
    again = MainWindow(Operations(reopened, synchronous=True), settings)
    qtbot.addWidget(again)
    again.select_case(again.case_model.case_id(0))
    assert again.tagging.model.rowCount() == 1
    tag = again.tagging.model.tag(0)
    assert (tag.quote, tag.note, tag.document_kind) == ("Guiding Principle 13", "cited for due diligence", "annex")
    again.tagging.panel.jump_requested.emit(tag)
    assert again.annex_pane.text_view.textCursor().selectedText() == "Guiding Principle 13"
    again.close()
    reopened.close()


def test_tag_model_passes_modeltester(qtmodeltester, window, store):
    _open_case(window, store)
    pane = window.letter_pane
    start = pane.current().text.index("surveillance")
    pane.select_span(start, start + len("surveillance"))
    window.tagging.tag_with_shortcut("8")
    qtmodeltester.check(window.tagging.model)
    qtmodeltester.check(window.tagging.panel.proxy)


def test_proposed_tags_are_shown_apart_and_reviewed_with_undo(window, store):
    case = _open_case(window, store)
    panel = window.tagging.panel
    window.tagging.propose()
    assert "proposed" in window.statusBar().currentMessage()
    model = window.tagging.model
    assert model.rowCount() > 10
    assert all(model.index(r, 0).data().startswith("⧗ ") for r in range(model.rowCount()))
    index = panel.term_filter.findText("Surveillance and privacy", Qt.MatchFlag.MatchStartsWith)
    panel.term_filter.setCurrentIndex(index)
    surveillance = panel.proxy.rowCount()
    assert surveillance >= 1
    panel.accept_button.click()  # nothing selected: all proposals shown (this term) are accepted
    accepted = [t for t in tags_for_case(store, case.summary.id)]
    assert len(accepted) == surveillance and {t.term_label for t in accepted} == {"Surveillance and privacy"}
    window.undo_stack.undo()
    assert tags_for_case(store, case.summary.id) == []
    panel.term_filter.setCurrentIndex(0)
    panel.reject_button.click()
    assert tags_for_case(store, case.summary.id, include_pending=True) == []
    window.undo_stack.undo()
    assert len(tags_for_case(store, case.summary.id, include_pending=True)) == model.rowCount() > 10


def test_vocabulary_editor_edits_are_undoable_and_keep_tags(window, store):
    case = _open_case(window, store)
    pane = window.letter_pane
    start = pane.current().text.index("arbitrary detention")
    pane.select_span(start, start + len("arbitrary detention"))
    window.tagging.tag_with_shortcut("3")
    window.open_vocabulary_editor()
    editor = window.vocabulary_editor
    term_id = next(t.id for t in editor.terms if t.key == "arbitrary-detention")
    editor.edit(term_id, "Rename term", label="Arbitrary deprivation of liberty")
    assert tags_for_case(store, case.summary.id)[0].term_label == "Arbitrary deprivation of liberty"
    assert window.tagging.model.tag(0).term_label == "Arbitrary deprivation of liberty"
    window.undo_stack.undo()
    assert tags_for_case(store, case.summary.id)[0].term_label == "Arbitrary detention"
    group = next(t.id for t in editor.terms if t.key == "g-freedoms")
    own_group = next(t.id for t in editor.terms if t.key == "g-liberty")
    assert not editor.move(own_group, term_id)  # a group cannot go under its own child
    assert editor.move(term_id, group)
    assert next(t for t in editor.terms if t.id == term_id).path.startswith("Allegations › Fundamental freedoms")
    target = next(t.id for t in editor.terms if t.key == "enforced-disappearance")
    editor.tree.setCurrentItem(editor.tree.findItems("Arbitrary detention", Qt.MatchFlag.MatchRecursive)[0])
    editor.merge(target)
    assert tags_for_case(store, case.summary.id)[0].term_label == "Enforced disappearance"
    editor.search.setText("enforced")
    visible = [item.text(0) for item in editor.tree.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
               if not item.isHidden() and item.data(0, Qt.ItemDataRole.UserRole + 1) is not None]
    assert visible == ["Enforced disappearance"]
    window.undo_stack.undo()
    assert tags_for_case(store, case.summary.id)[0].term_label == "Arbitrary detention"
    editor.search.clear()
    editor.tree.setCurrentItem(editor.tree.findItems("Labour exploitation", Qt.MatchFlag.MatchRecursive)[0])
    editor.add("Debt bondage")
    added = next(t for t in editor.terms if t.label == "Debt bondage")
    assert added.path == "Allegations › Labour exploitation › Debt bondage" and added.key == "debt-bondage"
    assert any(t.label == "Debt bondage" for t in window.tagging.terms)  # offered for tagging at once
    window.undo_stack.undo()
    assert not any(t.label == "Debt bondage" for t in list_terms(store))
    editor.close()


def test_hovering_a_tagged_span_names_its_terms_and_notes(window, store, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from reviewdesk.services.tags import add_tag, set_note

    case = _open_case(window, store)
    pane = window.letter_pane
    text = pane.current().text
    start = text.index("forced labour")
    first, second = window.tagging.terms[0], window.tagging.terms[1]
    tag = add_tag(store, pane.current().id, start, start + 13, first.id).value
    set_note(store, tag.id, "check the audit")
    add_tag(store, pane.current().id, start + 7, start + 13, second.id)
    window.reload_current_case()
    view = pane.text_view
    view.scroll_to_offset(start)
    cursor = view.textCursor()
    cursor.setPosition(view._utf16[start + 9])
    point = view.cursorRect(cursor).center()
    view.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point)))
    assert QToolTip.text() == f"{first.label} — check the audit\n{second.label}"
    assert case is not None
