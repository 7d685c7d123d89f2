"""From the window: a French PDF briefing, and a reviewer name that signs the work done before it was set."""

from __future__ import annotations

import pymupdf
import pytest

from reviewdesk.gui.export_dialog import ExportOptionsDialog, default_language
from reviewdesk.services.cases import case_detail
from reviewdesk.services.importer import import_paths
from reviewdesk.services.tags import add_tag, tags_for_case
from reviewdesk.services.terms import list_terms

from ..conftest import LETTERS, REPLIES

REFERENCE = "AL OTH 78/2021"


@pytest.mark.slow  # LibreOffice
def test_the_export_dialog_chooses_the_language_and_writes_a_pdf(window, store, settings, tmp_path, qtbot):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    assert default_language(settings) == "en"  # no interface language is declared (yet): English
    dialog = ExportOptionsDialog([REFERENCE], "Ana", window, language=default_language(settings))
    assert dialog.language.currentData() == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    options = dialog.options()
    assert options.language == "fr"
    out = tmp_path / "note.pdf"
    with qtbot.waitSignal(window.exports.finished, timeout=300_000):
        window.exports.briefing([REFERENCE], str(out), options)
    with pymupdf.open(out) as pdf:
        text = " ".join(" ".join(page.get_text().split()) for page in pdf)  # lines joined: a title wraps
    assert "Note d’information — AL OTH 78/2021" in text and "Questions et réponses" in text
    assert not list(tmp_path.glob("*.docx"))  # a PDF only, as chosen


def test_setting_the_reviewer_name_signs_earlier_tags_undoably(window, store, settings, qtbot):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf"])
    detail = case_detail(store, REFERENCE)
    letter = detail.letter()
    term = next(t.id for t in list_terms(store) if t.label == "Forced labour")
    start = letter.text.index("forcible")
    add_tag(store, letter.id, start, start + 8, term, "made before a name was set", "")
    assert settings.reviewer == ""
    window.open_preferences()
    window.preferences.reviewer.setText("Ana Reviewer")
    window.preferences.accept()
    assert [t.author for t in tags_for_case(store, detail.summary.id)] == ["Ana Reviewer"]
    assert window.undo_stack.undoText().startswith("Sign 1 earlier")
    window.undo_stack.undo()
    assert [t.author for t in tags_for_case(store, detail.summary.id)] == [""]
    window.undo_stack.redo()
    assert [t.author for t in tags_for_case(store, detail.summary.id)] == ["Ana Reviewer"]
    count = window.undo_stack.count()
    window.open_preferences()
    window.preferences.accept()  # the same name again: nothing more to sign, nothing pushed
    assert window.undo_stack.count() == count
