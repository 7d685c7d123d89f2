"""Tags on spans: stored at once, survive reopening, every edit undone and redone exactly."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from reviewdesk.db import open_store
from reviewdesk.db.models import Document
from reviewdesk.domain.vocabulary import DocumentKind, TagStatus
from reviewdesk.services.importer import import_paths
from reviewdesk.services.tags import TagError, TagUndo, add_tag, delete_tag, set_note, tags_for_case
from reviewdesk.services.terms import list_terms

from ..conftest import LETTERS
from .snapshot import Snapshots

# Both engines (SQLite, PostgreSQL): the store and corpus fixtures follow the engine fixture.
pytestmark = pytest.mark.engines


def _letter(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf"])
    with store.session() as session:
        return session.scalar(select(Document).where(Document.kind == DocumentKind.LETTER))


def test_starter_vocabulary_is_in_every_new_store(store):
    labels = [t.label for t in list_terms(store)]
    for expected in ("Forced labour", "Trafficking in persons", "Arbitrary detention", "Enforced disappearance",
                     "Torture and ill-treatment", "Excessive use of force", "Freedom of expression",
                     "Freedom of peaceful assembly", "Freedom of association", "Freedom of religion or belief",
                     "Minority rights", "Cultural rights", "Human rights defenders", "Surveillance and privacy",
                     "Forced eviction", "Environment", "Business and supply chains", "Access to remedy", "Reprisals"):
        assert expected in labels
    first = list_terms(store)[0]
    assert first.colour.startswith("#") and first.shortcut == "1" and first.path == "Allegations › Labour exploitation › Forced labour"


def test_tag_note_delete_and_their_undo_survive_reopening(store):
    letter = _letter(store)
    term = list_terms(store)[0]
    start = letter.text.index("forced labour")
    snapshots = Snapshots(store)
    empty = snapshots.take()
    added = add_tag(store, letter.id, start - 1, start + len("forced labour"), term.id, "key allegation", "Ana")
    tag = added.value
    assert tag.quote == "forced labour" and tag.status is TagStatus.ACCEPTED  # the leading space is trimmed
    assert added.changes.tags and added.changes.cases == {letter.case_id} and isinstance(added.inverse, TagUndo)
    tagged = snapshots.take()
    noted = set_note(store, tag.id, "edited")
    assert noted.value.note == "edited"
    edited = snapshots.take()
    deleted = delete_tag(store, tag.id)
    assert deleted.value.note == "edited" and tags_for_case(store, letter.case_id) == []
    deleted.inverse.apply(store)
    assert snapshots.take() == edited  # same id, author, times
    redo_note = noted.inverse.apply(store)
    assert snapshots.take() == tagged
    redo_note.inverse.apply(store)
    assert snapshots.take() == edited
    snapshots.close()
    store.close()
    reopened = open_store(store.location)
    (again,) = tags_for_case(reopened, letter.case_id)
    assert (again.id, again.quote, again.note, again.author) == (tag.id, "forced labour", "edited", "Ana")
    assert list_terms(reopened)[0].uses == 1
    redo_note.inverse.apply(reopened)
    redo_add = added.inverse.apply(reopened)
    assert tags_for_case(reopened, letter.case_id) == []
    redo_add.inverse.apply(reopened)
    assert tags_for_case(reopened, letter.case_id)[0].id == tag.id
    reopened.close()
    assert empty != tagged


def test_bad_spans_are_refused(store):
    letter = _letter(store)
    term = list_terms(store)[0]
    with pytest.raises(TagError, match="empty"):
        add_tag(store, letter.id, 10, 10, term.id)
    with pytest.raises(TagError, match=f"document {letter.id}"):
        add_tag(store, letter.id, len(letter.text) - 2, len(letter.text) + 50, term.id)
    with pytest.raises(TagError, match="no document 9999"):
        add_tag(store, 9999, 0, 5, term.id)
    with pytest.raises(TagError, match="no tag 9999"):
        delete_tag(store, 9999)
