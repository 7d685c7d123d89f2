"""Tags on spans: stored at once, survive reopening, undo data round-trips."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from reviewdesk.db import open_store
from reviewdesk.db.models import Document
from reviewdesk.services.importer import import_paths
from reviewdesk.services.tags import TagError, add_tag, delete_tag, list_terms, restore_tag, set_note, tags_for_case

from ..conftest import LETTERS


def _letter(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf"])
    with store.session() as session:
        return session.scalar(select(Document).where(Document.kind == "letter"))


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


def test_tag_note_delete_restore_and_reopen(tmp_path):
    path = tmp_path / "tags.rdstore"
    store = open_store(path)
    letter = _letter(store)
    term = list_terms(store)[0]
    start = letter.text.index("forced labour")
    tag = add_tag(store, letter.id, start - 1, start + len("forced labour"), term.id, "key allegation", "Ana")
    assert tag.quote == "forced labour"  # the leading space is trimmed
    before = set_note(store, tag.id, "edited")
    assert before.note == "key allegation"
    deleted = delete_tag(store, tag.id)
    assert tags_for_case(store, letter.case_id) == []
    restore_tag(store, deleted)
    store.close()
    reopened = open_store(path)
    (again,) = tags_for_case(reopened, letter.case_id)
    assert (again.id, again.quote, again.note, again.author) == (tag.id, "forced labour", "edited", "Ana")
    assert list_terms(reopened)[0].uses == 1
    reopened.close()


def test_bad_spans_are_refused(store):
    letter = _letter(store)
    term = list_terms(store)[0]
    with pytest.raises(TagError):
        add_tag(store, letter.id, 10, 10, term.id)
    with pytest.raises(TagError):
        add_tag(store, letter.id, len(letter.text) - 2, len(letter.text) + 50, term.id)
    with pytest.raises(TagError):
        add_tag(store, 9999, 0, 5, term.id)
