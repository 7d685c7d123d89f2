"""File › Export/Import REFI-QDA project: a task on the store worker that honours the redaction mode and
brings codings back into the window."""

from __future__ import annotations

import zipfile

from reviewdesk.domain.folding import fold
from reviewdesk.gui.actions import ActionId
from reviewdesk.services.importer import import_paths
from reviewdesk.services.redaction import redact
from reviewdesk.services.tags import tags_for_case

from ..conftest import LETTERS

LETTER = LETTERS / "AL_OTH_78_2021.pdf"
WORDS = "arbitrary detention"  # stands for a name: it occurs more than once


def _tagged_case(window, store):
    import_paths(store, [LETTER])
    window.refresh_cases()
    window.select_case(window.case_model.case_id(0))
    pane = window.letter_pane
    start = pane.current().text.index(WORDS)
    pane.text_view.select_offsets(start, start + len(WORDS))
    window.tagging.tag_selection(window.tagging.terms[0].id)
    return window.current_case.summary.id


def test_the_file_menu_exports_a_redacted_qdpx_and_imports_it_back(window, store, qtbot, tmp_path, monkeypatch):
    case_id = _tagged_case(window, store)
    redact(store, case_id, WORDS, pseudonym="Mr. A")
    target = tmp_path / "case.qdpx"
    monkeypatch.setattr("reviewdesk.gui.qda.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), "REFI-QDA projects (*.qdpx)"))
    offered = []

    def choose(_parent, _title, _label, items, current, _editable):
        offered.extend(items)
        return items[current], True

    monkeypatch.setattr("reviewdesk.gui.qda.QInputDialog.getItem", choose)
    action = window.actions_registry.action(ActionId.EXPORT_QDPX)
    assert action.text() in [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    with qtbot.waitSignal(window.qda.finished) as exported:
        action.trigger()
    assert offered[0].startswith("Redacted") and exported.args[0].codings == 1
    with zipfile.ZipFile(target) as package:
        assert all(WORDS not in fold(package.read(name).decode("utf-8")) for name in package.namelist())
    # Into the same store: the tag is already there (found by its quote, the text being redacted), nothing doubles.
    monkeypatch.setattr("reviewdesk.gui.qda.QFileDialog.getOpenFileName",
                        lambda *args, **kwargs: (str(target), "REFI-QDA projects (*.qdpx)"))
    with qtbot.waitSignal(window.qda.finished) as imported:
        window.actions_registry.action(ActionId.IMPORT_QDPX).trigger()
    report = imported.args[0]
    assert report.sources == 2 and report.unplaced == ()
    assert (report.files_stored, report.already, report.codings) == (0, 1, 0)
    assert len(tags_for_case(store, case_id)) == 1
    assert window.qda.last_box is not None and "coding(s) imported" in window.qda.last_box.text()
