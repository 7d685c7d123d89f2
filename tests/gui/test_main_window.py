"""The workspace on a real store: case list, three panes, import by drag-and-drop with progress."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from reviewdesk.gui.main_window import MainWindow
from reviewdesk.gui.models.case_list import CaseFilterModel, CaseListModel, Column
from reviewdesk.gui.operations import Operations
from reviewdesk.services.cases import list_cases
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS, REPLIES

LETTER = LETTERS / "AL_OTH_78_2021.pdf"
REPLY = REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"


def _drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_case_list_model_passes_modeltester(qtmodeltester, store):
    import_paths(store, [LETTER])
    model = CaseListModel(today=date(2026, 1, 1))
    model.set_cases(list_cases(store))
    qtmodeltester.check(model)
    proxy = CaseFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert model.index(0, Column.REFERENCE).data() == "AL OTH 78/2021"
    assert "overdue" in model.index(0, Column.REPLY).data()
    proxy.set_filter_text("crrc 78")
    assert proxy.rowCount() == 1
    proxy.set_filter_text("CHN")
    assert proxy.rowCount() == 0


def test_drop_letter_and_reply_shows_them_side_by_side(window, qtbot):
    progress = []
    window.strip.bar.valueChanged.connect(progress.append)
    with qtbot.waitSignal(window.imports.finished) as finished:
        _drop(window, [REPLY, LETTER])
    summary = finished.args[0]
    assert len(summary.imported) == 2
    assert progress, "the progress bar moved"
    assert window.case_model.rowCount() == 1
    window.select_case(window.case_model.case_id(0))
    assert window.current_case.summary.reference == "AL OTH 78/2021"
    assert window.letter_pane.current().kind == "letter"
    assert window.annex_pane.current().kind == "annex"
    assert window.reply_pane.current().kind == "reply"
    assert "received 07 May 2021 (on time)" in window.case_header.details.text()
    assert window.letter_pane.text_view.toPlainText().startswith("Mandates of the Working Group")


def test_page_view_renders_the_annex_pages_only(window, qtbot, store):
    import_paths(store, [LETTER])
    window.refresh_cases()
    window.select_case(window.case_model.case_id(0))
    pane = window.annex_pane
    pane.show_pages()
    assert pane.stack.currentWidget() is pane.page_view
    assert pane.page_view.pages() == [6, 7]
    pane.page_view.wait_for_renders()
    qtbot.waitUntil(lambda: pane.page_view.label_for_page(6).pixmap() is not None
                    and not pane.page_view.label_for_page(6).pixmap().isNull())


def test_import_errors_are_shown_and_good_files_kept(window, qtbot, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 nonsense")
    with qtbot.waitSignal(window.imports.finished):
        window.imports.start([str(bad), str(LETTER)])
    dialog = window.imports.last_summary_dialog
    assert dialog.headline.text() == "1 imported, 0 duplicate, 1 failed"
    assert any(line.startswith("broken.pdf: ✗ failed damaged") for line in dialog.lines())
    assert any(line.startswith("AL_OTH_78_2021.pdf: ✓ imported → AL OTH 78/2021") for line in dialog.lines())
    assert window.case_model.rowCount() == 1
    dialog.close()


def test_empty_panes_say_what_is_missing(window, store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.txt"])
    window.refresh_cases()
    window.select_case(window.case_model.case_id(0))
    assert window.reply_pane.stack.currentWidget() is window.reply_pane.empty
    assert "No reply received yet" in window.reply_pane.empty_label.text()
    assert not window.letter_pane.page_button.isEnabled()  # a text file has no pages


def test_layout_is_remembered(qtbot, store, settings):
    # Sizes that fit the 800x600 offscreen screen, so the window manager clamps nothing.
    first = MainWindow(Operations(store, synchronous=True), settings)
    qtbot.addWidget(first)
    first.resize(780, 560)
    first.show()
    qtbot.waitExposed(first)
    first.main_splitter.setSizes([330, 440])
    saved = first.main_splitter.sizes()
    first.close()
    second = MainWindow(Operations(store, synchronous=True), settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == first.size()
    assert second.main_splitter.sizes() == saved
    second.close()


def test_compiled_resources_give_icon_and_style(qapp):
    from reviewdesk.gui.app import load_resources

    load_resources(qapp)
    assert not qapp.windowIcon().isNull()
    assert "QSplitter::handle" in qapp.styleSheet()
    assert "QPlainTextEdit:focus" in qapp.styleSheet()  # the keyboard focus is visible


def test_text_view_offsets_survive_characters_outside_the_bmp(qtbot):
    from reviewdesk.gui.widgets.text_view import TextView
    from reviewdesk.services.dto import DocumentDTO

    text = "Ref 𝐀𝐋 case: forced labour here"
    view = TextView()
    qtbot.addWidget(view)
    view.set_document(DocumentDTO(1, None, "letter", "x.txt", "", "en", 0, None, None, False, False, text, (), (), {}, ()))
    start = text.index("forced")
    view.select_offsets(start, start + len("forced labour"))
    assert view.selected_offsets() == (start, start + len("forced labour"))
    assert view.textCursor().selectedText() == "forced labour"


def test_case_list_sorts_in_the_model_and_keeps_selection(qtmodeltester, store, tmp_path):
    import_paths(store, [LETTER, LETTERS / "AL_OTH_78_2021.docx"])
    from reviewdesk.services.demo import import_demo

    import_demo(store)
    model = CaseListModel(today=date(2026, 6, 1))
    model.set_cases(list_cases(store))
    proxy = CaseFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(Column.DATE, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, Column.REFERENCE).data() for r in range(2)] == ["AL OTH 78/2021", "AL OTH 1/2026"]
    proxy.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, Column.REFERENCE).data() == "AL OTH 1/2026"
    qtmodeltester.check(model)


def test_import_in_a_real_worker_thread(qtbot, store, settings):
    ops = Operations(store)
    win = MainWindow(ops, settings)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.imports.finished, timeout=30_000) as finished:
        win.imports.start([str(LETTER), str(REPLY)])
        assert win.strip.bar.isVisible() or win.imports.task is not None
    assert len(finished.args[0].imported) == 2
    assert not win.strip.bar.isVisible()
    assert ops.wait_idle()  # the list refresh the import's changes asked for
    assert win.case_model.rowCount() == 1
    assert win.current_case is not None and win.current_case.summary.reference == "AL OTH 78/2021"
    win.close()
    assert ops.idle() and ops._worker is None  # the store worker stopped with the window


def test_without_a_case_the_panes_say_choose_one_and_a_store_opens_on_its_latest_case(qtbot, store, settings, window):
    assert window.letter_pane.empty_label.text() == "Choose a case in the list on the left."
    assert window.letter_pane.import_button.isHidden()
    import_paths(store, [LETTER])
    reopened = MainWindow(Operations(store, synchronous=True), settings)
    qtbot.addWidget(reopened)
    assert reopened.current_case is not None and reopened.current_case.summary.reference == "AL OTH 78/2021"
    reopened.close()


def test_export_briefing_and_portfolio_from_the_window(window, store, tmp_path, qtbot):
    import docx

    from reviewdesk.documents.briefing import BriefingOptions
    from reviewdesk.gui.export_dialog import ExportOptionsDialog
    from reviewdesk.services.analytics import Dimension
    from reviewdesk.services.demo import import_demo

    import_paths(store, [LETTER, REPLY])
    import_demo(store)
    window.refresh_cases()
    window.case_table.selectAll()
    assert sorted(window.selected_references()) == ["AL OTH 1/2026", "AL OTH 78/2021"]
    dialog = ExportOptionsDialog(window.selected_references(), "Ana", window)
    dialog.paper.setCurrentIndex(1)
    options = dialog.options()
    assert (options.author, options.paper, options.template) == ("Ana", "letter", None)
    assert options.analytics_by == ("addressee kind",)  # the default breakdown, ticked
    dialog.breakdowns[Dimension.ADDRESSEE_KIND].setChecked(False)
    dialog.breakdowns[Dimension.COUNTRY].setChecked(True)
    dialog.breakdowns[Dimension.YEAR].setChecked(True)
    options = dialog.options()
    assert options.analytics and options.analytics_by == ("country", "year")
    out = tmp_path / "p.docx"
    with qtbot.waitSignal(window.exports.finished):
        window.exports.briefing(window.selected_references(), str(out), options)
    document = docx.Document(str(out))
    assert len(document.tables) >= 4
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Replies by country" in headings and "Replies by year" in headings
    assert "Replies by addressee kind" not in headings
    assert "Wrote" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.exports.finished):
        window.exports.briefing(["AL OTH 78/2021"], str(tmp_path / "one.docx"), BriefingOptions(author="Ana"))
    assert (tmp_path / "one.docx").exists()
    tags_csv, assessment_csv = window.exports.data(["AL OTH 78/2021"], str(tmp_path / "data.csv"))
    assert tags_csv.read_bytes().startswith("\ufeffcase,document".encode())
    assert assessment_csv.read_text(encoding="utf-8-sig").count("AL OTH 78/2021") == 8


def test_ocr_languages_are_chosen_among_the_installed_packs(window, settings):
    actions = {a.data(): a for a in window.ocr_menu.actions()}
    assert set(actions) == {"eng", "fra", "spa", "ara", "chi_sim", "rus"}
    assert actions["eng"].isChecked() and actions["eng"].isEnabled()
    actions["fra"].setChecked(True)
    assert settings.ocr_languages == "eng+fra"
    actions["eng"].setChecked(False)
    actions["fra"].setChecked(False)
    assert settings.ocr_languages == "eng"  # never none
