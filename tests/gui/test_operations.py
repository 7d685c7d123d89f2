"""Operations and undo commands on a real store: ordering, stale queries, errors, changes."""

from __future__ import annotations

import threading

from reviewdesk.gui.commands import Undo
from reviewdesk.gui.operations import Operations
from reviewdesk.services.cases import list_cases
from reviewdesk.services.importer import import_paths
from reviewdesk.services.tags import TagError, add_tag, tags_for_case
from reviewdesk.services.terms import list_terms

from ..conftest import LETTERS

LETTER = LETTERS / "AL_OTH_78_2021.txt"


def _letter(store):
    import_paths(store, [LETTER])
    case = list_cases(store)[0]
    from reviewdesk.services.cases import case_detail_by_id

    return case, case_detail_by_id(store, case.id).letter()


def test_a_newer_query_with_the_same_key_drops_the_older_result(qtbot, store):
    ops = Operations(store)
    gate = threading.Event()
    delivered = []
    ops.query(lambda _s: gate.wait(10), lambda _r: delivered.append("blocker"))
    for name in ("first", "second", "third"):
        ops.query(lambda _s, name=name: name, delivered.append, key="same")
    gate.set()
    assert ops.wait_idle(10_000)
    assert delivered == ["blocker", "third"]
    ops.shutdown()


def test_queries_cancelled_by_closing_never_call_back_without_a_result(qtbot, store):
    """Quitting while queries wait: their views must not be handed None (they would fail on it)."""
    ops = Operations(store)
    gate = threading.Event()
    delivered = []
    ops.query(lambda _s: gate.wait(10), lambda _r: delivered.append("blocker"), key="running")
    ops.query(lambda _s: ["rows"], delivered.append, key="waiting")
    ops.cancel_all()
    gate.set()
    assert ops.wait_idle(10_000)
    assert None not in delivered and ["rows"] not in delivered
    ops.shutdown()


def test_an_undo_pushed_before_its_edit_ran_still_runs_after_it(qtbot, store):
    from PySide6.QtGui import QUndoStack

    case, letter = _letter(store)
    term = list_terms(store)[0]
    ops = Operations(store)
    stack = QUndoStack()
    undo = Undo(ops, stack)
    gate = threading.Event()
    ops.query(lambda _s: gate.wait(10))  # holds the worker: the edit and its undo queue up behind it
    undo.push("Tag", lambda s: add_tag(s, letter.id, 0, 10, term.id))
    stack.undo()
    stack.redo()
    stack.undo()
    gate.set()
    assert ops.wait_idle(10_000)
    assert tags_for_case(store, case.id) == []
    stack.redo()
    assert ops.wait_idle(10_000)
    (tag,) = tags_for_case(store, case.id)
    assert (tag.document_id, tag.start, tag.end, tag.term_id) == (letter.id, 0, 10, term.id)
    ops.shutdown()


def test_a_failed_edit_reaches_the_one_handler_and_leaves_nothing_to_undo(window, store):
    case, letter = _letter(store)
    errors = []
    window.ops.error_handler = errors.append
    window.undo.push("Tag with a term that does not exist", lambda s: add_tag(s, letter.id, 0, 10, 999_999))
    assert len(errors) == 1 and isinstance(errors[0], TagError)
    assert window.undo_stack.count() == 0 and not window.undo_stack.canUndo()
    assert tags_for_case(store, case.id) == []


def test_an_edit_reports_its_changes_and_the_open_case_refreshes(window, store, qtbot):
    case, letter = _letter(store)
    window.refresh_cases()
    window.select_case(case.id)
    term = window.tagging.terms[0]
    with qtbot.waitSignal(window.ops.changed) as changed:
        window.undo.push("Tag", lambda s: add_tag(s, letter.id, 0, 10, term.id))
    changes = changed.args[0]
    assert changes.tags and case.id in changes.cases
    assert [t.term_id for t in window.tagging.tags] == [term.id]
    window.undo_stack.undo()
    assert window.tagging.tags == []


def test_switching_stores_opens_on_the_worker_and_a_bad_file_keeps_the_current_one(window, store, tmp_path):
    _letter(store)
    window.refresh_cases()
    errors = []
    window.ops.error_handler = errors.append
    bad = tmp_path / "notes.rdstore"
    bad.write_text("these are my notes, not a store")
    window.stores.switch(str(bad))
    assert len(errors) == 1 and "not a ReviewDesk store" in str(errors[0]) and "notes.rdstore" in str(errors[0])
    assert window.ops.store is store and window.case_model.rowCount() == 1
    fresh = tmp_path / "fresh.rdstore"
    window.stores.switch(str(fresh))
    assert window.ops.store.path == fresh.resolve() and window.case_model.rowCount() == 0
    assert window.windowTitle() == "ReviewDesk — fresh.rdstore"
    assert window.settings.last_store == str(fresh.resolve())
    window.ops.store.close()


def test_edits_and_their_undo_on_the_worker_update_the_facet_index_in_place(qtbot, store):
    from PySide6.QtGui import QUndoStack

    from reviewdesk.services.dto import CaseFilter
    from reviewdesk.services.facets import FacetIndex, facet_counts, facet_index

    _case, letter = _letter(store)
    term = list_terms(store)[0]
    ops = Operations(store, synchronous=True)
    facet_counts(store, CaseFilter())  # the index, built whole once
    undo = Undo(ops, QUndoStack())

    def same_as_fresh() -> FacetIndex:
        with store.session() as session:
            live = facet_index(store, session)
            assert live.snapshot() == FacetIndex(session).snapshot()
        return live

    value = next(v for v in same_as_fresh().facets["term"].labels if v.endswith(f":{term.key}"))
    undo.push("Tag", lambda s: add_tag(s, letter.id, 0, 30, term.id))
    assert same_as_fresh().facets["term"].cases[value]
    undo.stack.undo()
    assert not same_as_fresh().facets["term"].cases[value]
    undo.stack.redo()
    assert len(same_as_fresh().reads) == 1  # never a part read whole again: in place each time
    ops.shutdown()
