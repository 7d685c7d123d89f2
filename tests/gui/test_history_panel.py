"""The History dock lists who did what on the open case, follows edits and their undo, and the case shown."""

from __future__ import annotations

import pytest

from reviewdesk.gui.actions import ActionId
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS, REPLIES

pytestmark = pytest.mark.engines  # the window on a team store too


def _rows(window) -> list[tuple[str, str, str]]:
    tree = window.history.tree
    return [(tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2), tree.topLevelItem(i).text(3))
            for i in range(tree.topLevelItemCount())]


def test_the_history_dock_follows_the_open_case_and_its_edits(window, store, settings):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    settings.reviewer = "Chloé"
    window.refresh_cases()
    window.select_case(window.case_model.case_id(0))
    window.actions_registry.action(ActionId.HISTORY).trigger()
    assert window.history.dock.isVisible() and _rows(window) == []
    model = window.answers.model
    model.setData(model.index(0, 3), "rejected")
    assert _rows(window) == [("Chloé", "verdict", "question 1: rejected")]
    window.undo_stack.undo()
    assert _rows(window) == []
    window.undo_stack.redo()
    assert _rows(window) == [("Chloé", "verdict", "question 1: rejected")]
    window.show_case(None)
    window.history.show_case(None)
    assert _rows(window) == []
