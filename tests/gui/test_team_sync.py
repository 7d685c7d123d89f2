"""Review bundles and conflicts in the window: a colleague's copy diverges, its bundle merges, the reviewer chooses."""

from __future__ import annotations

from reviewdesk.db import open_store
from reviewdesk.db.engine import copy_store
from reviewdesk.services.bundle import export_bundle
from reviewdesk.services.cases import case_detail
from reviewdesk.services.importer import import_paths
from reviewdesk.services.tags import add_tag, set_note, tags_for_case
from reviewdesk.services.terms import list_terms

from ..conftest import LETTERS

REF = "AL OTH 78/2021"


def test_a_diverged_bundle_merges_with_a_conflict_that_the_dialog_resolves_and_undo_restores(window, store, tmp_path,
                                                                                           qtbot):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf"])
    letter = case_detail(store, REF).letter()
    start = letter.text.index("forced labour")
    tag = add_tag(store, letter.id, start, start + 13, list_terms(store)[0].id, "first reading", "Ana").value
    copy_store(store, tmp_path / "colleague.rdstore")
    with open_store(tmp_path / "colleague.rdstore") as colleague:
        set_note(colleague, tag.id, "confirmed by two witnesses", "Ben")
        export_bundle(colleague, [REF], tmp_path / "ben.rdbundle")
    set_note(store, tag.id, "doubtful", "Ana")
    window.refresh_cases()

    window.team_sync.import_bundle(tmp_path / "ben.rdbundle")
    report = window.team_sync.last_report
    assert report.conflicts == 1 and "conflicts: 1" in window.team_sync.last_box.text()
    window.team_sync.show_conflicts()
    dialog = window.team_sync.conflicts_dialog
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "note"
    values = {dialog.table.item(0, 2).text().split("\n")[0], dialog.table.item(0, 3).text().split("\n")[0]}
    assert values == {"doubtful", "confirmed by two witnesses"}
    kept = tags_for_case(store, letter.case_id)[0].note
    other = ({"doubtful", "confirmed by two witnesses"} - {kept}).pop()
    assert dialog.table.item(0, 2).text().startswith(kept)

    dialog.table.selectRow(0)
    dialog.resolve("other")
    assert tags_for_case(store, letter.case_id)[0].note == other
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    assert dialog.intro.text() == "No conflicts: everything merged."
    window.undo_stack.undo()
    assert tags_for_case(store, letter.case_id)[0].note == kept
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.close()


def test_check_in_on_a_store_that_was_never_checked_out_says_there_is_nothing_to_check_in(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    window.team_sync.check_in()
    assert said and "not checked out from a team store" in said[0]
