"""Terms: rename, move, shortcuts, retire, merge and add never lose a tag, and each is undone exactly."""

from __future__ import annotations

import pytest

from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.services.cases import case_detail
from reviewdesk.services.importer import import_paths
from reviewdesk.services.rows import UndoError
from reviewdesk.services.tags import add_tag, tags_for_case
from reviewdesk.services.terms import MergeUndo, TermError, TermUndo, add_term, list_terms, merge_terms, update_term

from ..conftest import LETTERS
from .snapshot import Snapshots


@pytest.fixture
def tagged(store):
    """The fixture letter with one tag on "arbitrary detention"; (letter, terms by key)."""
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf"])
    letter = case_detail(store, "AL OTH 78/2021").letter()
    terms = {t.key: t for t in list_terms(store)}
    start = letter.text.index("arbitrary detention")
    add_tag(store, letter.id, start, start + 19, terms["arbitrary-detention"].id)
    return letter, terms


def _undo_redo(store, edit):
    """Undo then redo ``edit``, checking the store is exactly as before and after it each time."""
    snapshots = Snapshots(store.path)
    after = snapshots.take()
    redo = edit.inverse.apply(store)
    before = snapshots.take()
    again = redo.inverse.apply(store)
    assert snapshots.take() == after
    assert type(again.inverse) is type(edit.inverse) and again.changes == edit.changes
    snapshots.close()
    return before


def test_rename_move_and_retire_keep_tags_and_undo(store, tagged):
    letter, terms = tagged
    detention = terms["arbitrary-detention"].id
    edit = update_term(store, detention, label=" Detention ", colour="#000000", parent_id=terms["g-freedoms"].id)
    assert edit.value.label == "Detention" and edit.changes.terms and edit.changes.cases == {letter.case_id}
    assert tags_for_case(store, letter.case_id)[0].term_label == "Detention"
    _undo_redo(store, edit)
    edit.inverse.apply(store)
    assert next(t for t in list_terms(store) if t.key == "arbitrary-detention").path == \
        "Allegations › Liberty, security and integrity › Arbitrary detention"
    retired = update_term(store, detention, retired=True)
    assert tags_for_case(store, letter.case_id)[0].term_label == "Arbitrary detention"  # retired keeps its tags
    assert "arbitrary-detention" not in {t.key for t in list_terms(store)}
    _undo_redo(store, retired)


def test_bad_term_edits_are_refused(store, tagged):
    _letter, terms = tagged
    with pytest.raises(TermError, match="under itself"):
        update_term(store, terms["g-liberty"].id, parent_id=terms["arbitrary-detention"].id)
    with pytest.raises(TermError, match="another vocabulary"):
        update_term(store, terms["arbitrary-detention"].id, parent_id=terms["ungp-13"].id)
    with pytest.raises(TermError, match="not #RRGGBB"):
        update_term(store, terms["torture"].id, colour="red")
    with pytest.raises(TermError, match="cannot change key"):
        update_term(store, terms["torture"].id, key="x")
    with pytest.raises(TermError, match="no term 999999"):
        update_term(store, 999999, label="x")
    with pytest.raises(TermError, match="into itself"):
        merge_terms(store, terms["torture"].id, terms["torture"].id)
    with pytest.raises(TermError, match="different vocabularies"):
        merge_terms(store, terms["torture"].id, terms["ungp-13"].id)
    assert issubclass(TermError, ReviewDeskError) and issubclass(TermError, ValueError)


def test_a_shortcut_moves_to_its_new_term_and_undo_gives_it_back(store, tagged):
    _letter, terms = tagged
    holder = next(t for t in list_terms(store) if t.shortcut == "3")
    taker = terms["torture"] if holder.key != "torture" else terms["forced-labour"]
    edit = update_term(store, taker.id, shortcut="3")
    assert isinstance(edit.inverse, TermUndo) and edit.inverse.shortcut_taken_from == (holder.id,)
    shortcuts = {t.id: t.shortcut for t in list_terms(store)}
    assert shortcuts[taker.id] == "3" and shortcuts[holder.id] is None
    _undo_redo(store, edit)
    edit.inverse.apply(store)
    shortcuts = {t.id: t.shortcut for t in list_terms(store)}
    assert shortcuts[holder.id] == "3" and shortcuts[taker.id] == taker.shortcut


def test_merging_a_term_with_children_moves_them_and_undo_moves_them_back(store, tagged):
    letter, terms = tagged
    group, other = terms["g-liberty"], terms["g-exploitation"]
    children = sorted(t.id for t in list_terms(store) if t.path.startswith(group.path + " › ")
                      and t.path.count(" › ") == group.path.count(" › ") + 1)
    assert terms["arbitrary-detention"].id in children
    edit = merge_terms(store, group.id, other.id)
    assert isinstance(edit.inverse, MergeUndo) and sorted(edit.inverse.moved_child_ids) == children
    assert next(t for t in list_terms(store) if t.key == "arbitrary-detention").path.startswith(other.path)
    assert tags_for_case(store, letter.case_id)[0].term_label == "Arbitrary detention"
    _undo_redo(store, edit)
    edit.inverse.apply(store)
    assert next(t for t in list_terms(store) if t.key == "arbitrary-detention").path.startswith(group.path)


def test_merging_moves_tags_and_into_a_child_keeps_the_tree_a_tree(store, tagged):
    letter, terms = tagged
    detention = terms["arbitrary-detention"]
    edit = merge_terms(store, detention.id, terms["enforced-disappearance"].id)
    assert edit.value == edit.inverse.moved_tag_ids and len(edit.value) == 1
    assert tags_for_case(store, letter.case_id)[0].term_label == "Enforced disappearance"
    assert detention.key not in {t.key for t in list_terms(store)}  # retired: not offered any more
    _undo_redo(store, edit)
    edit.inverse.apply(store)
    assert tags_for_case(store, letter.case_id)[0].term_label == "Arbitrary detention"
    into_child = merge_terms(store, terms["g-liberty"].id, detention.id)  # the child takes the group's place
    assert next(t for t in list_terms(store) if t.id == detention.id).path == "Allegations › Arbitrary detention"
    _undo_redo(store, into_child)


def test_adding_a_term_is_undone_by_deleting_it(store, tagged):
    letter, _terms = tagged
    snapshots = Snapshots(store.path)
    before = snapshots.take()
    edit = add_term(store, "allegations", "Child labour", colour="#E69F00")
    assert next(t for t in list_terms(store) if t.id == edit.value).key == "child-labour"
    redo = edit.inverse.apply(store)
    assert snapshots.take() == before and edit.value not in {t.id for t in list_terms(store, include_retired=True)}
    redo.inverse.apply(store)
    start = letter.text.index("forced labour")
    add_tag(store, letter.id, start, start + 13, edit.value)  # say another window used the term meanwhile
    with pytest.raises(UndoError, match=f"term {edit.value} cannot be removed"):
        edit.inverse.apply(store)
    assert edit.value in {t.id for t in list_terms(store)}  # nothing half-done
    with pytest.raises(TermError, match="no vocabulary"):
        add_term(store, "nope", "X")
    snapshots.close()
