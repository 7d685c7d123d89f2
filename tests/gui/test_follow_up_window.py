"""The Deadlines dock and the Dashboard in the window: shortcuts, opening a case, following the filters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reviewdesk.gui.actions import ActionId
from reviewdesk.gui.deadlines_view import Column
from reviewdesk.services.cases import list_cases
from reviewdesk.services.importer import import_paths

from ..conftest import DATA, LETTERS


def _press(window, qtbot, action_id) -> None:
    qtbot.keySequence(QApplication.focusWidget() or window, window.actions_registry.action(action_id).shortcut())


def _stocked(window, store, qtbot):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", *sorted((DATA / "letters").glob("*.pdf"))])
    window.refresh_cases()
    window.filters.refresh()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _references(tree) -> list[str]:
    return [tree.topLevelItem(i).text(Column.REFERENCE) for i in range(tree.topLevelItemCount())]


def test_deadlines_open_a_case_and_follow_the_filters(window, store, qtbot):
    _stocked(window, store, qtbot)
    assert window.follow_up.deadlines is None  # nothing read until it is shown
    _press(window, qtbot, ActionId.DEADLINES)
    view = window.follow_up.deadlines
    assert view is not None and window.follow_up.dock.isVisible()
    every = {c.reference for c in list_cases(store)}
    assert set(_references(view.tree)) == every
    references = _references(view.tree)
    urgent = [r for r in references if r.startswith(("UA", "JUA"))]
    assert references[:len(urgent)] == urgent  # urgent appeals first
    # Activating a row opens its case.
    target = view.tree.topLevelItem(len(references) - 1)
    view.tree.itemActivated.emit(target, 0)
    assert window.current_case.summary.reference == target.text(Column.REFERENCE)
    # A facet narrows the deadlines as it narrows the list.
    type_facet = next(f for f in window.filters.facets if f.key == "type")
    chosen = type_facet.values[0]
    window.filters.set_filter(window.filters.filter.with_value("type", chosen.key))
    qtbot.waitUntil(lambda: len(_references(view.tree)) == chosen.count)
    assert all(r.split()[0] == chosen.key for r in _references(view.tree))


def test_the_dashboard_opens_from_its_shortcut_and_counts_the_filtered_cases(window, store, qtbot):
    _stocked(window, store, qtbot)
    _press(window, qtbot, ActionId.DASHBOARD)
    frame = window.follow_up.dashboard_window
    assert frame is not None and frame.isVisible()
    board = frame.dashboard
    qtbot.waitUntil(lambda: bool(board.panels))
    assert board.headline.text().startswith(f"{len(list_cases(store))} case")  # "1 case", "3 cases"
    country = next(f for f in window.filters.facets if f.key == "country").values[0]
    window.filters.set_filter(window.filters.filter.with_value("country", country.key))
    qtbot.waitUntil(lambda: board.headline.text().startswith(f"{country.count} case"))
    frame.close()
    qtbot.waitUntil(lambda: window.follow_up.dashboard_window is None)
