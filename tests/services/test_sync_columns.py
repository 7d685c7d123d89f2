"""Shared annotation rows carry a UUID, a version and per-field lineages; deletions leave tombstones.

On both engines, through the services (the ORM) and through undo (row images
put back as raw rows): each write bumps the version and stamps exactly the
fields it changed; the triggers log every write with its case; a concurrent
write under a stale version is refused, not applied.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from reviewdesk.db import open_store
from reviewdesk.db.errors import ConcurrentWrite
from reviewdesk.db.models import ChangeLog, Document, Tag, Tombstone, VerdictRow
from reviewdesk.domain.vocabulary import DocumentKind
from reviewdesk.services.assessment import set_verdict
from reviewdesk.services.change_feed import changes_since, latest_change
from reviewdesk.services.importer import import_paths
from reviewdesk.services.tags import add_tag, delete_tag, set_note
from reviewdesk.services.terms import list_terms

from ..conftest import LETTERS

pytestmark = pytest.mark.engines


def _letter(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf"])
    with store.session() as session:
        return session.scalar(select(Document).where(Document.kind == DocumentKind.LETTER))


def _row(store, model, row_id):
    with store.session() as session:
        return session.get(model, row_id)


def test_tags_get_a_uuid_a_version_and_a_stamp_per_field_changed(store):
    letter = _letter(store)
    start = letter.text.index("forced labour")
    tag = add_tag(store, letter.id, start, start + 13, list_terms(store)[0].id, "first", "Ana").value
    made = _row(store, Tag, tag.id)
    assert re.fullmatch(r"[0-9a-f]{32}", made.uuid) and made.version == 1
    assert {len(lineage) for lineage in made.stamps.values()} == {1} and "note" in made.stamps
    assert len({lineage[0] for lineage in made.stamps.values()}) == 1  # one creation stamp

    noted = set_note(store, tag.id, "second", "Ben")
    after_note = _row(store, Tag, tag.id)
    assert after_note.version == 2 and after_note.uuid == made.uuid
    assert len(after_note.stamps["note"]) == 2 and after_note.stamps["note"][0] == made.stamps["note"][0]
    assert after_note.stamps["term_id"] == made.stamps["term_id"]  # untouched field, same lineage

    noted.inverse.apply(store)  # undo puts the note back: a new write, not a return to version 1
    undone = _row(store, Tag, tag.id)
    assert undone.note == "first" and undone.version == 3
    assert undone.stamps["note"][:2] == after_note.stamps["note"] and len(undone.stamps["note"]) == 3
    assert undone.stamps["term_id"] == made.stamps["term_id"]


def test_a_deleted_tag_leaves_a_tombstone_that_its_undo_removes(store):
    letter = _letter(store)
    start = letter.text.index("forced labour")
    tag = add_tag(store, letter.id, start, start + 13, list_terms(store)[0].id).value
    uuid = _row(store, Tag, tag.id).uuid
    deleted = delete_tag(store, tag.id)
    with store.session() as session:
        stone = session.get(Tombstone, uuid)
        assert stone is not None and stone.kind == "tag" and stone.case_id == letter.case_id
    deleted.inverse.apply(store)
    with store.session() as session:
        assert session.get(Tombstone, uuid) is None
        assert session.get(Tag, tag.id).uuid == uuid


def test_the_change_log_names_each_write_and_its_case(store):
    letter = _letter(store)
    before = latest_change(store)
    assert changes_since(store, before).empty
    start = letter.text.index("forced labour")
    tag = add_tag(store, letter.id, start, start + 13, list_terms(store)[0].id).value
    with store.session() as session:
        question_id = session.scalar(select(Document).where(Document.id == letter.id)).questions[0].id
    set_verdict(store, question_id, "answered", author="Ana")
    delete_tag(store, tag.id)
    with open_store(store.location) as colleague:  # sees every write of ``store``, on either engine
        feed = changes_since(colleague, before)
    assert feed.cases == {letter.case_id} and feed.kinds == {"tag", "verdict"} and not feed.unplaced
    with store.session() as session:
        operations = session.scalars(select(ChangeLog.operation).where(ChangeLog.id > before)
                                     .order_by(ChangeLog.id)).all()
    assert operations == ["insert", "insert", "delete"]
    assert changes_since(store, feed.last_id).empty


def test_two_sessions_writing_one_verdict_the_second_is_refused(store):
    letter = _letter(store)
    with store.session() as session:
        question_id = session.scalar(select(Document).where(Document.id == letter.id)).questions[0].id
    set_verdict(store, question_id, "answered", author="Ana")
    with pytest.raises(ConcurrentWrite, match="someone else changed"):
        with store.session() as first:
            mine = first.scalar(select(VerdictRow).where(VerdictRow.question_id == question_id))
            mine.note = "mine"
            set_verdict(store, question_id, "partially answered", author="Ben")  # commits meanwhile
            first.flush()
    with store.session() as session:
        kept = session.scalar(select(VerdictRow).where(VerdictRow.question_id == question_id))
        assert kept.note == "" and kept.author == "Ben" and kept.version == 2


def test_on_a_team_store_the_feed_leaves_out_the_asking_stores_own_writes(store):
    """A store file's change log names no writer: there the feed has every write, the window tells its own."""
    team = store.location.is_server

    letter = _letter(store)
    with store.session() as session:
        question_id = session.scalar(select(Document).where(Document.id == letter.id)).questions[0].id
    before = latest_change(store)
    set_verdict(store, question_id, "answered", author="Ana")
    mine = changes_since(store, before)
    assert mine.empty if team else mine.cases == {letter.case_id}
    with open_store(store.location) as colleague:
        assert colleague.writer != store.writer or not team
        assert changes_since(colleague, before).cases == {letter.case_id}
        set_verdict(colleague, question_id, "rejected", author="Ben")
    feed = changes_since(store, before)
    assert feed.cases == {letter.case_id} and feed.kinds == {"verdict"} and feed.others_only is team
