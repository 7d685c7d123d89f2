"""Keyboard-only use and reading comfort: focus moves, panes by number, text size, feedback, names."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from reviewdesk.gui.actions import ActionId
from reviewdesk.gui.guide import about_text
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS, REPLIES

LETTER = LETTERS / "AL_OTH_78_2021.pdf"
REPLY = REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"


def _ready(window, store, qtbot, *paths):
    import_paths(store, list(paths or [LETTER, REPLY]))
    window.refresh_cases()
    window.select_case(window.case_model.case_id(0))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _press(window, qtbot, action_id):
    shortcut = window.actions_registry.action(action_id).shortcut()
    qtbot.keySequence(QApplication.focusWidget() or window, shortcut)


def test_f6_walks_the_regions_and_ctrl_digits_go_to_the_panes(window, store, qtbot):
    _ready(window, store, qtbot)
    window.case_table.setFocus()
    qtbot.waitUntil(window.case_table.hasFocus)
    seen = []
    for _ in range(5):
        _press(window, qtbot, ActionId.NEXT_REGION)
        seen.append(QApplication.focusWidget())
    assert seen[:3] == [window.letter_pane.text_view, window.annex_pane.text_view, window.reply_pane.text_view]
    assert seen[3] is window.answers.panel.table and seen[4] is window.case_table  # round and back to the list
    _press(window, qtbot, ActionId.PREVIOUS_REGION)
    assert QApplication.focusWidget() is window.answers.panel.table
    _press(window, qtbot, ActionId.FOCUS_REPLY)
    assert QApplication.focusWidget() is window.reply_pane.text_view
    _press(window, qtbot, ActionId.FOCUS_LETTER)
    assert QApplication.focusWidget() is window.letter_pane.text_view


def test_text_size_grows_for_documents_and_lists_and_is_remembered(window, store, qtbot, settings):
    _ready(window, store, qtbot)
    widgets = (window.letter_pane.text_view, window.case_table, window.answers.panel.table)
    before = [w.font().pointSizeF() for w in widgets]
    for _ in range(4):
        _press(window, qtbot, ActionId.TEXT_LARGER)
    assert [w.font().pointSizeF() for w in widgets] == [size + 4 for size in before]
    assert settings.text_size_step == 4
    _press(window, qtbot, ActionId.TEXT_RESET)
    assert [w.font().pointSizeF() for w in widgets] == before and settings.text_size_step == 0


def test_tagging_says_what_was_tagged_and_how_to_undo(window, store, qtbot):
    _ready(window, store, qtbot)
    pane = window.letter_pane
    start = pane.current().text.index("forced labour")
    pane.select_span(start, start + len("forced labour"))
    term = next(t for t in window.tagging.terms if t.shortcut == "1")
    window.tagging.tag_with_shortcut("1")
    assert window.statusBar().currentMessage() == f"Tagged “forced labour” as {term.label} — Ctrl+Z to undo"
    assert window.undo_stack.undoText() == f"Tag “{term.label}”"
    assert window.actions_registry.action(ActionId.UNDO).text() == f"&Undo Tag “{term.label}”"


def test_unpaired_tab_counts_what_waits_and_about_names_versions_and_store(window, store, qtbot, tmp_path):
    stray = tmp_path / "reply-to-nothing.txt"
    stray.write_text("The Permanent Mission presents its compliments and, with reference to the communication "
                     "AL ZZZ 99/2020, has the honour to transmit its reply.\n", encoding="utf-8")
    _ready(window, store, qtbot, LETTER, stray)
    window.unpaired.refresh()
    assert window.unpaired_dock.windowTitle().startswith("Unpaired replies (")
    about = about_text(window.ops.location)
    assert "PySide6" in about and "PyMuPDF" in about and str(store.path) in about


def test_panes_and_tables_have_accessible_names(window):
    assert window.case_table.accessibleName() == "Cases"
    assert window.letter_pane.text_view.accessibleName() == "Letter text"
    assert window.reply_pane.page_view.accessibleName() == "Reply pages"
    assert window.answers.panel.table.accessibleName().startswith("Answers")
    assert Qt.FocusPolicy.StrongFocus & window.letter_pane.text_view.focusPolicy()


def test_preferences_are_saved_and_applied(window, store, qtbot, settings, monkeypatch):
    _ready(window, store, qtbot)
    window.open_preferences()
    dialog = window.preferences
    dialog.reviewer.setText("Ana Reviewer")
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.scale.setCurrentIndex(dialog.scale.findData("hrc"))
    dialog.text_size.setValue(3)
    dialog.digits.setChecked(False)
    dialog.ocr["fra"].setChecked(dialog.ocr["fra"].isEnabled())
    dialog.accept()
    assert settings.reviewer == "Ana Reviewer" and settings.get("export/paper") == "letter"
    assert settings.get("assessment/scale") == "hrc" and settings.text_size_step == 3
    assert not window.tagging.digit_actions[0].isEnabled()
    assert window.answers.panel.scale.currentData() == "hrc"  # the open case re-read with that scale
    if dialog.ocr["fra"].isEnabled():
        assert settings.ocr_languages == "eng+fra"
        assert next(a for a in window.ocr_menu.actions() if a.data() == "fra").isChecked()
    from reviewdesk.gui.export_dialog import ExportOptionsDialog

    export = ExportOptionsDialog(["AL OTH 78/2021"], settings.reviewer, window, settings.get("export/paper"))
    assert export.paper.currentData() == "letter" and export.reviewer.text() == "Ana Reviewer"


def test_after_an_export_the_file_can_be_opened_or_shown(window, store, qtbot, tmp_path):
    from reviewdesk.documents.briefing import BriefingOptions

    _ready(window, store, qtbot)
    out = tmp_path / "brief.docx"
    with qtbot.waitSignal(window.exports.finished):
        window.exports.briefing(["AL OTH 78/2021"], str(out), BriefingOptions(author="Ana"))
    box = window.exports.last_done_box
    assert out.exists() and box.isVisible() and "brief.docx" in box.text()
    assert {b.text() for b in box.buttons()} >= {"Open", "Show in folder"}
    box.close()


def test_f1_opens_the_shipped_guide_with_its_pictures(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _press(window, qtbot, ActionId.USER_GUIDE)
    guide = window.guide
    assert guide.isVisible()
    text = guide.browser.toPlainText()
    for heading in ("Importing letters and replies", "Tagging", "Assessing a reply", "Exporting briefings",
                    "Correcting a letter's details"):
        assert heading in text
    image = guide.browser.document().resource(3, QUrl("workspace.png"))  # QTextDocument.ImageResource
    assert image is not None and not image.isNull()
    guide.close()


def test_first_start_fits_the_screen_and_layouts_cycle(qtbot, store, settings):
    from reviewdesk.gui.main_window import MainWindow
    from reviewdesk.gui.operations import Operations

    window = MainWindow(Operations(store, synchronous=True), settings)  # no saved geometry: a first start
    qtbot.addWidget(window)
    window.show()
    available = window.screen().availableGeometry()
    assert window.isMaximized() or available.contains(window.frameGeometry())
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768 - 40, hint  # a laptop, less its task bar
    assert window.cycle_layout() == "reading"
    assert window.letter_pane.isVisible() and not window.annex_pane.isVisible() and not window.reply_pane.isVisible()
    assert window.cycle_layout() == "comparison"
    assert window.reply_pane.isVisible() and not window.annex_pane.isVisible()
    assert window.cycle_layout() == "three panes"
    assert all(p.isVisible() for p in (window.letter_pane, window.annex_pane, window.reply_pane))
    window.close()


def test_opening_another_case_keeps_the_pane_toolbars_still(window, store, qtbot):
    from reviewdesk.services.demo import import_demo

    import_demo(store)
    _ready(window, store, qtbot)
    pane = window.letter_pane
    widths = (pane.sections.width(), pane.selector.sizeHint().width())
    for row in range(window.case_proxy.rowCount()):
        window.case_table.selectRow(row)
        pane.show_text()
        assert (pane.sections.width(), pane.selector.sizeHint().width()) == widths


def test_words_are_selected_and_tagged_with_the_keyboard_alone(window, store, qtbot):
    from reviewdesk.services.tags import tags_for_case

    _ready(window, store, qtbot)
    _press(window, qtbot, ActionId.FOCUS_LETTER)
    view = window.letter_pane.text_view
    assert QApplication.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    selected = window.letter_pane.selection()
    assert selected is not None and selected[1] > selected[0]
    qtbot.keyClick(view, Qt.Key.Key_1)
    (tag,) = tags_for_case(store, window.current_case.summary.id)
    words = window.letter_pane.current().text[selected[0]:selected[1]].strip()  # the words, not the space after
    assert tag.start == selected[0] and tag.quote == words and len(words.split()) == 2
