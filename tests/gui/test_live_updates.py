"""What a colleague changes shows in the open window within seconds, without losing the reviewer's place.

A second store on the same file (or team database) plays the colleague: it
writes through the services, as another window or the CLI would; the window
polls the change log and refreshes the case it shows.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from reviewdesk.db import open_store
from reviewdesk.db.models import Question
from reviewdesk.gui.live_updates import POLL_MS
from reviewdesk.services.assessment import set_verdict
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS, REPLIES

pytestmark = pytest.mark.engines


def _open_fixture_case(window, store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    window.refresh_cases()
    window.select_case(window.case_model.case_id(0))
    with store.session() as session:
        return session.scalars(select(Question.id).order_by(Question.number)).all()


def test_a_colleagues_verdict_appears_and_the_reviewer_keeps_their_place(window, store, qtbot):
    questions = _open_fixture_case(window, store)
    model, table = window.answers.model, window.answers.panel.table
    table.selectRow(5)  # the reviewer is on question 6
    chosen = window.answers.question
    assert chosen is not None and chosen.number == 6
    window.live_updates.poll()  # the window's own reading so far: nothing to show
    with open_store(store.location) as colleague:
        set_verdict(colleague, questions[0], "rejected", "not credible", author="Ben")
    assert model.index(0, 3).data() == ""  # not yet: the window has not polled
    with qtbot.waitSignal(window.live_updates.arrived, timeout=3 * POLL_MS) as arrived:
        pass
    assert arrived.args[0].cases == {window.current_case.summary.id} and arrived.args[0].assessment
    assert model.index(0, 3).data() == "⊘ rejected" and model.index(0, 4).data() == "not credible"
    assert table.currentIndex().row() == 5 and window.answers.question == chosen
    assert window.statusBar().currentMessage() == "Updated with changes made elsewhere"


def test_the_windows_own_edits_are_not_reported_back_as_others(window, store, qtbot):
    _open_fixture_case(window, store)
    model = window.answers.model
    window.live_updates.poll()
    model.setData(model.index(1, 3), "answered")
    assert model.index(1, 3).data().endswith("answered")
    with qtbot.assertNotEmitted(window.live_updates.arrived, wait=100):
        window.live_updates.poll()
