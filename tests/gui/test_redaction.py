"""Redacting from the panes' context menu: every occurrence, shown as a dark bar, undoable; exports choose the mode."""

from __future__ import annotations

import zipfile

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog

from reviewdesk.domain.folding import fold
from reviewdesk.gui.export_dialog import ExportOptionsDialog
from reviewdesk.gui.tagging import REDACTION_COLOUR
from reviewdesk.services.importer import import_paths
from reviewdesk.services.redaction import redactions_for_case

from ..conftest import LETTERS

LETTER = LETTERS / "AL_OTH_78_2021.pdf"
WORDS = "arbitrary detention"  # stands for a name here: what matters is that it occurs more than once


def _dark_bars(pane) -> int:
    dark = QColor(REDACTION_COLOUR)
    return sum(1 for sel in pane.text_view.extraSelections()
               if sel.format.background().color().rgb() == dark.rgb())


def test_redact_selection_marks_every_occurrence_shows_bars_and_undoes(window, store, qtbot, monkeypatch):
    import_paths(store, [LETTER])
    window.refresh_cases()
    window.select_case(window.case_model.case_id(0))
    case_id = window.current_case.summary.id
    pane = window.letter_pane
    text = pane.current().text
    occurrences = fold(text).count(WORDS)
    assert occurrences > 1
    start = text.index(WORDS)
    pane.text_view.select_offsets(start, start + len(WORDS))
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (asked.append(args[2]) or ("Mr. A", True)))
    assert window.tagging.redact_selection()
    assert asked and WORDS in asked[0]
    made = redactions_for_case(store, case_id)
    assert len(made) == occurrences and {r.pseudonym for r in made} == {"Mr. A"}
    qtbot.waitUntil(lambda: _dark_bars(pane) == occurrences)
    window.undo_stack.undo()
    assert redactions_for_case(store, case_id) == ()
    qtbot.waitUntil(lambda: _dark_bars(pane) == 0)
    window.undo_stack.redo()
    assert len(redactions_for_case(store, case_id)) == occurrences


def test_export_dialog_offers_the_modes_redacted_first_and_the_export_honours_it(window, store, qtbot, tmp_path,
                                                                                 monkeypatch):
    import_paths(store, [LETTER])
    window.refresh_cases()
    window.select_case(window.case_model.case_id(0))
    pane = window.letter_pane
    start = pane.current().text.index(WORDS)
    pane.text_view.select_offsets(start, start + len(WORDS))
    window.tagging.redact_selection(pseudonym="")
    dialog = ExportOptionsDialog(["AL OTH 78/2021"], "Ana", window)
    assert [dialog.redaction.itemData(i) for i in range(dialog.redaction.count())] == [
        "redacted", "pseudonymised", "full"]
    assert dialog.redaction.currentData() == "redacted"
    dialog.redaction.setCurrentIndex(1)
    out = tmp_path / "p.docx"
    with qtbot.waitSignal(window.exports.finished):
        window.exports.briefing(["AL OTH 78/2021"], str(out), dialog.options(), True, dialog.redaction.currentData())
    with zipfile.ZipFile(out) as package:
        xml = {name: fold(package.read(name).decode("utf-8")) for name in package.namelist() if name.endswith(".xml")}
    assert all(WORDS not in part for part in xml.values())
    assert "[redacted]" in xml["word/document.xml"]


def test_the_data_export_asks_the_mode_and_honours_it(window, store, qtbot, tmp_path, monkeypatch):
    import_paths(store, [LETTER])
    window.refresh_cases()
    window.select_case(window.case_model.case_id(0))
    case_id = window.current_case.summary.id
    pane = window.letter_pane
    start = pane.current().text.index(WORDS)
    pane.text_view.select_offsets(start, start + len(WORDS))
    window.tagging.tag_selection(window.tagging.terms[0].id)  # a tag whose quote holds the words
    from reviewdesk.services.redaction import redact

    redact(store, case_id, WORDS, pseudonym="Mr. A")
    window.case_table.selectAll()
    target = tmp_path / "data.csv"
    monkeypatch.setattr("reviewdesk.gui.transfer.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), "CSV (*.csv)"))
    offered = []

    def choose(_parent, _title, _label, items, current, _editable):
        offered.extend(items)
        return items[1], True  # pseudonymised

    monkeypatch.setattr("reviewdesk.gui.transfer.QInputDialog.getItem", choose)
    with qtbot.waitSignal(window.exports.finished):
        window.exports.data_dialog()
    assert offered[0].startswith("Redacted")  # the default comes first
    tags = (tmp_path / "data-tags.csv").read_text(encoding="utf-8")
    assert "Mr. A" in tags and WORDS not in fold(tags)
