"""Merging changesets between copies of one store: additions kept, deletions win, conflicts both ways alike."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from reviewdesk.db import open_store
from reviewdesk.db.models import Document, SyncConflict, Tag
from reviewdesk.domain.vocabulary import DocumentKind
from reviewdesk.services.importer import import_paths
from reviewdesk.services.sync_changeset import build_changeset
from reviewdesk.services.sync_merge import merge
from reviewdesk.services.tags import add_tag, delete_tag, set_note
from reviewdesk.services.terms import list_terms

from ..conftest import LETTERS

REF = "AL OTH 78/2021"


@pytest.fixture
def copies(tmp_path):
    import shutil

    first = tmp_path / "a.rdstore"
    with open_store(first) as store:
        import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf"])
    shutil.copyfile(first, tmp_path / "b.rdstore")
    a, b = open_store(first), open_store(tmp_path / "b.rdstore")
    yield a, b
    a.close()
    b.close()


def _letter(store):
    with store.session() as session:
        return session.scalar(select(Document).where(Document.kind == DocumentKind.LETTER))


def _tags(store):
    with store.session() as session:
        return sorted((t.uuid, t.note, t.term_id, t.start) for t in session.scalars(select(Tag)))


def _conflicts(store):
    with store.session() as session:
        return sorted((c.row_uuid, c.field, c.kept, c.other) for c in session.scalars(select(SyncConflict)))


def test_additions_deletions_and_a_conflict_merge_alike_both_ways(copies):
    a, b = copies
    letter = _letter(a)
    term = list_terms(a)[0].id
    shared = add_tag(a, letter.id, 10, 20, term, "shared").value
    merge(b, build_changeset(a, [REF]), "a")
    assert _tags(a) == _tags(b)
    doomed = add_tag(a, letter.id, 30, 40, term, "doomed").value
    merge(b, build_changeset(a, [REF]), "a")
    # Diverge: both change the shared note, each adds a tag, A deletes one B still has.
    set_note(a, shared.id, "from A")
    with b.session() as session:
        shared_b = session.scalar(select(Tag.id).where(Tag.note == "shared"))
    set_note(b, shared_b, "from B")
    add_tag(a, letter.id, 50, 60, term, "new on A")
    add_tag(b, letter.id, 70, 80, term, "new on B")
    delete_tag(a, doomed.id)
    from_a, from_b = build_changeset(a, [REF]), build_changeset(b, [REF])
    report_b = merge(b, from_a, "a")
    report_a = merge(a, from_b, "b")
    assert _tags(a) == _tags(b)
    notes = {note for _uuid, note, _term, _start in _tags(a)}
    assert {"new on A", "new on B"} <= notes and "doomed" not in notes
    assert report_b.added == 1 and report_b.deleted == 1 and report_b.conflicts == 1
    assert report_a.added == 1 and report_a.conflicts == 1
    assert _conflicts(a) == _conflicts(b) and [c[1] for c in _conflicts(a)] == ["note"]
    # Merging again changes nothing and finds no new conflict.
    again = merge(a, build_changeset(b, [REF]), "b")
    assert (again.added, again.updated, again.deleted, again.conflicts) == (0, 0, 0, 0)


def test_a_newer_change_fast_forwards_and_clears_the_conflict(copies):
    a, b = copies
    letter = _letter(a)
    tag = add_tag(a, letter.id, 10, 20, list_terms(a)[0].id, "x").value
    merge(b, build_changeset(a, [REF]), "a")
    with b.session() as session:
        tag_b = session.scalar(select(Tag.id).where(Tag.note == "x"))
    set_note(a, tag.id, "A")
    set_note(b, tag_b, "B")
    from_a, from_b = build_changeset(a, [REF]), build_changeset(b, [REF])
    merge(b, from_a, "a")
    merge(a, from_b, "b")
    assert len(_conflicts(a)) == 1 == len(_conflicts(b))
    set_note(a, tag.id, "agreed")
    merge(b, build_changeset(a, [REF]), "a")
    assert _conflicts(b) == [] and "agreed" in {t[1] for t in _tags(b)}


def test_a_bundle_carries_annotations_and_bad_bundles_change_nothing(copies, tmp_path):
    import zipfile

    from reviewdesk.services.bundle import BundleError, export_bundle, import_bundle

    a, b = copies
    add_tag(a, _letter(a).id, 10, 20, list_terms(a)[0].id, "bundled")
    path = export_bundle(a, [REF], tmp_path / "x.rdbundle")
    truncated = tmp_path / "cut.rdbundle"
    truncated.write_bytes(path.read_bytes()[:200])
    with pytest.raises(BundleError, match="cut.rdbundle.*truncated"):
        import_bundle(b, truncated)
    tampered = tmp_path / "tampered.rdbundle"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(tampered, "w") as target:
        for item in source.namelist():
            data = source.read(item)
            target.writestr(item, data.replace(b"bundled", b"BUNDLED") if item == "annotations.json" else data)
    with pytest.raises(BundleError, match="does not match its manifest"):
        import_bundle(b, tampered)
    assert _tags(b) == []
    report = import_bundle(b, path)
    assert report.added == 1 and _tags(a) == _tags(b)


def test_a_file_store_and_a_team_store_merge_both_ways(tmp_path):
    from ..engines import postgres_database

    with postgres_database() as url, open_store(url) as server, open_store(tmp_path / "laptop.rdstore") as laptop:
        for store in (server, laptop):
            import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf"])
        term = list_terms(laptop)[0].id
        add_tag(laptop, _letter(laptop).id, 10, 20, term, "offline")
        merge(server, build_changeset(laptop, [REF]), "laptop")
        with server.session() as session:
            on_server = session.scalar(select(Tag.id))
        set_note(server, on_server, "server")
        with laptop.session() as session:
            on_laptop = session.scalar(select(Tag.id))
        set_note(laptop, on_laptop, "laptop")
        add_tag(server, _letter(server).id, 30, 40, term, "online")
        from_laptop, from_server = build_changeset(laptop, [REF]), build_changeset(server, [REF])
        merge(server, from_laptop, "laptop")
        merge(laptop, from_server, "server")
        assert [(u, n, s) for u, n, _t, s in _tags(server)] == [(u, n, s) for u, n, _t, s in _tags(laptop)]
        assert len(_tags(server)) == 2
        assert _conflicts(server) == _conflicts(laptop) and len(_conflicts(laptop)) == 1


def test_a_resolved_conflict_is_undoable_and_the_choice_reaches_the_other_side(copies):
    from reviewdesk.services.sync import list_conflicts, resolve_conflict

    a, b = copies
    tag = add_tag(a, _letter(a).id, 10, 20, list_terms(a)[0].id, "x").value
    merge(b, build_changeset(a, [REF]), "a")
    with b.session() as session:
        tag_b = session.scalar(select(Tag.id))
    set_note(a, tag.id, "A")
    set_note(b, tag_b, "B")
    from_a, from_b = build_changeset(a, [REF]), build_changeset(b, [REF])
    merge(b, from_a, "a")
    merge(a, from_b, "b")
    [conflict] = list_conflicts(b)
    assert conflict.description.startswith("tag in the ") and REF in conflict.description
    kept = conflict.kept
    edit = resolve_conflict(b, conflict.id, keep="other")
    assert list_conflicts(b) == [] and {t[1] for t in _tags(b)} == {conflict.other}
    edit.inverse.apply(b)
    assert len(list_conflicts(b)) == 1 and {t[1] for t in _tags(b)} == {kept}
    resolve_conflict(b, list_conflicts(b)[0].id, keep="other")
    merge(a, build_changeset(b, [REF]), "b")
    assert list_conflicts(a) == [] and _tags(a) == _tags(b)


def test_a_bundle_creates_a_case_the_target_lacks_with_its_documents_as_data(copies, tmp_path):
    from reviewdesk.services.bundle import export_bundle, import_bundle

    a, _b = copies
    add_tag(a, _letter(a).id, 10, 20, list_terms(a)[0].id, "carried")
    path = export_bundle(a, [REF], tmp_path / "x.rdbundle")
    with open_store(tmp_path / "empty.rdstore") as empty:
        report = import_bundle(empty, path)
        assert report.added == 1
        assert _letter(empty).text == _letter(a).text
        assert [(u, n, s) for u, n, _t, s in _tags(empty)] == [(u, n, s) for u, n, _t, s in _tags(a)]
