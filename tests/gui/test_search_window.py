"""Search all documents, facets and saved searches in the window (the same services as the CLI)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reviewdesk.gui.actions import ActionId
from reviewdesk.gui.filters_panel import SAVED_ROLE, VALUE_ROLE
from reviewdesk.gui.search_panel import HIT_ROLE
from reviewdesk.services.cases import list_cases
from reviewdesk.services.importer import import_paths
from reviewdesk.services.saved_searches import list_saved_searches

from ..conftest import DATA, LETTERS

CORPUS = DATA / "letters"


def _stocked(window, store, qtbot):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", *sorted(CORPUS.glob("*.pdf"))])
    window.refresh_cases()
    window.filters.refresh()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _search(window, qtbot, words: str) -> None:
    qtbot.keySequence(QApplication.focusWidget() or window, window.actions_registry.action(ActionId.SEARCH_ALL).shortcut())
    assert window.search.field.hasFocus()
    window.search.field.setText(words)
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)


def _facet_item(window, key: str, value: str | None = None):
    tree = window.filters.panel.tree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        if top.data(0, VALUE_ROLE)[0] != key:
            continue
        if value is None:
            return top
        for j in range(top.childCount()):
            if top.child(j).data(0, VALUE_ROLE)[1] == value:
                return top.child(j)
    raise AssertionError(f"no facet item {key}={value}")


def test_a_hit_opens_its_case_and_document_with_the_words_marked(window, store, qtbot):
    _stocked(window, store, qtbot)
    _search(window, qtbot, '"forced labour"')
    model = window.search.panel.model
    assert model.rowCount() >= 1 and window.search_dock.isVisible()
    groups = {model.item(i).accessibleText(): model.item(i) for i in range(model.rowCount())}
    assert "AL OTH 78/2021" in groups
    hit_index = groups["AL OTH 78/2021"].child(0).index()
    target = hit_index.data(HIT_ROLE)
    window.search.panel.tree.activated.emit(hit_index)
    qtbot.waitUntil(lambda: window.current_case is not None and window.current_case.summary.reference == "AL OTH 78/2021")
    pane = next(p for p in (window.letter_pane, window.annex_pane, window.reply_pane)
                if p.current() is not None and p.current().id == target.document_id)
    assert pane.find_bar.isVisible() and pane.find_bar.matches == sorted(target.matches)
    start, end = pane.selection()
    assert pane.current().text[start:end].lower() == "forced labour"
    qtbot.keyClick(pane.find_bar.field, Qt.Key.Key_Return)  # the next match, as with Ctrl+F
    assert pane.find_bar.count.text().startswith("2 of ")


def test_a_query_that_cannot_be_searched_says_so_in_place(window, store, qtbot):
    _stocked(window, store, qtbot)
    for words in ('"unbalanced quote', "x" * 10_000, "-", "OR OR"):
        _search(window, qtbot, words)
        summary = window.search.panel.summary.text()
        assert summary and "Traceback" not in summary


def test_facets_filter_the_list_show_chips_and_combine(window, store, qtbot):
    _stocked(window, store, qtbot)
    every = len(list_cases(store))
    assert window.case_proxy.rowCount() == every
    countries = _facet_item(window, "country")
    counts = {countries.child(j).data(0, VALUE_ROLE)[1]: countries.child(j) for j in range(countries.childCount())}
    assert len(counts) >= 3  # the corpus has letters to several countries
    value, item = next(iter(counts.items()))
    item.setCheckState(0, Qt.CheckState.Checked)
    expected = [c for c in list_cases(store) if c.reference.split()[1] == value]
    qtbot.waitUntil(lambda: window.case_proxy.rowCount() == len(expected))
    assert len(expected) < every
    assert window.filters.chips.isVisible() and f"remove:country:{value}" in window.filters.chips.text()
    # The chip's ✕ takes the filter away again.
    window.filters.chips.linkActivated.emit(f"remove:country:{value}")
    assert window.case_proxy.rowCount() == every and not window.filters.chips.isVisible()


def test_saved_searches_keep_words_and_filters_with_a_live_count_and_undo(window, store, qtbot, monkeypatch):
    _stocked(window, store, qtbot)
    window.search.field.setText("labour")
    item = next(_facet_item(window, "type").child(j) for j in range(_facet_item(window, "type").childCount()))
    key = item.data(0, VALUE_ROLE)[1]
    item.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: ("type", key) in window.filters.filter.facets)
    monkeypatch.setattr("reviewdesk.gui.filters_panel.QInputDialog.getText",
                        lambda *args, **kwargs: ("Labour letters", True))  # the name the reviewer types
    window.filters.save_dialog()
    [saved] = list_saved_searches(store)
    assert saved.name == "Labour letters" and saved.filter.query == "labour" and ("type", key) in saved.filter.facets
    listing = window.filters.panel.saved
    # Counts follow changes a moment later (a burst of edits refreshes them once).
    qtbot.waitUntil(lambda: listing.item(0).text().startswith("Labour letters  ("))
    assert listing.count() == 1
    # Clear everything, then the saved search brings words and filters back.
    window.filters.chips.linkActivated.emit("clear:")
    window.search.field.setText("")
    window.filters.panel.saved.itemClicked.emit(listing.item(0))
    qtbot.waitUntil(lambda: window.search.field.text() == "labour")
    assert window.search.field.text() == "labour" and ("type", key) in window.filters.filter.facets
    window.undo_stack.undo()
    assert list_saved_searches(store) == ()
    qtbot.waitUntil(lambda: listing.item(0).data(SAVED_ROLE) is None)  # the "none yet" line
