"""The declared tables: every action once, no two on one key (on any platform); every setting typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from reviewdesk.gui.actions import (
    ACTIONS,
    MENUS,
    TAG_TERM_ACTIONS,
    ActionId,
    ActionRegistry,
    ActionSpec,
    KeyboardShortcutsDialog,
    shortcut_conflicts,
)
from reviewdesk.gui.settings import OPTIONS, Settings

Key = QKeySequence.StandardKey

# The standard bindings of the keys the table uses, on every platform Qt knows (Windows, macOS, X11,
# KDE, GNOME: the table in QKeySequence's documentation; Qt writes macOS's Cmd as Ctrl, Ctrl as Meta).
# The offscreen platform the tests run on knows only one scheme, and a clash with Ctrl+Q for Quit on
# Linux must not wait for a user on Linux to find it.
ALL_PLATFORMS = {
    Key.New: ["Ctrl+N"],
    Key.Open: ["Ctrl+O"],
    Key.Quit: ["Ctrl+Q"],
    Key.Undo: ["Ctrl+Z", "Alt+Backspace"],
    Key.Redo: ["Ctrl+Y", "Ctrl+Shift+Z", "Alt+Shift+Backspace"],
    Key.Find: ["Ctrl+F"],
    Key.Delete: ["Del", "Meta+D"],
    Key.HelpContents: ["F1", "Ctrl+?"],
}


def _all_platforms(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    return [QKeySequence(text) for text in ALL_PLATFORMS[key]] + list(QKeySequence.keyBindings(key))


# -- actions ----------------------------------------------------------------------------------
def test_no_two_actions_share_a_shortcut(qapp):
    assert shortcut_conflicts(ACTIONS) == [], "shortcut clash on this platform"
    assert shortcut_conflicts(ACTIONS, _all_platforms) == [], "shortcut clash on some platform"


def test_a_clash_is_found_through_a_standard_key(qapp):
    find = ActionSpec(ActionId.FIND_CASES, "&Find", Key.Find)
    twin = ActionSpec(ActionId.TAG_SELECTION, "Tag", "Ctrl+F")
    redo = ActionSpec(ActionId.REDO, "Redo", Key.Redo)
    linux_only = ActionSpec(ActionId.LINK_PASSAGE, "Link", "Ctrl+Shift+Z")
    [conflict] = shortcut_conflicts([find, twin])
    assert conflict.sequence == "Ctrl+F" and conflict.ids == (ActionId.FIND_CASES, ActionId.TAG_SELECTION)
    assert [c.sequence for c in shortcut_conflicts([redo, linux_only], _all_platforms)] == ["Ctrl+Shift+Z"]


def test_the_table_declares_every_id_once_with_readable_shortcuts(qapp):
    assert [spec.id for spec in ACTIONS] == list(ActionId)
    for spec in ACTIONS:
        assert spec.menu is None or spec.menu in MENUS, spec
        if isinstance(spec.shortcut, str):  # written as Qt writes it back, so it parsed as meant
            assert QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.PortableText) == spec.shortcut
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            assert spec.shortcut in ALL_PLATFORMS, f"add {spec.shortcut} to ALL_PLATFORMS"
    assert [s.plain_text for s in ACTIONS if s.id in TAG_TERM_ACTIONS] == [f"Tag with term {d}" for d in range(1, 10)]
    assert ActionSpec(ActionId.ABOUT, "Tags && &notes").plain_text == "Tags & notes"


def test_registry_builds_actions_from_the_table(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    registry = ActionRegistry(window)
    triggered = []
    action = registry.create(ActionId.IMPORT, lambda: triggered.append("import"))
    assert registry.action(ActionId.IMPORT) is action
    assert (action.text(), action.shortcut().toString()) == ("&Import…", "Ctrl+I")
    assert action.statusTip() == action.toolTip() == "Import letters and replies (PDF, DOCX, TXT)"
    assert action in window.actions()  # the shortcut works with no menu
    action.trigger()
    assert triggered == ["import"]
    with pytest.raises(ValueError, match="already created"):
        registry.create(ActionId.IMPORT)
    with pytest.raises(KeyError, match="not created"):
        registry.action(ActionId.QUIT)
    table = QWidget(window)
    delete = registry.create(ActionId.DELETE_TAG, widget=table)
    assert delete.shortcutContext() == Qt.ShortcutContext.WidgetShortcut and delete in table.actions()
    assert [s.id for s in registry.in_menu("View")][:3] == [ActionId.SHOW_PAGES, ActionId.SHOW_TEXT,
                                                            ActionId.CYCLE_LAYOUT]


def test_registry_adopts_the_undo_stacks_actions(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    stack = QUndoStack(window)
    registry = ActionRegistry(window)
    undo = registry.adopt(ActionId.UNDO, stack.createUndoAction(window, "&Undo"))
    assert undo.shortcuts() == QKeySequence.keyBindings(Key.Undo)
    assert registry.action(ActionId.UNDO) is undo


def test_shortcuts_dialog_lists_sorts_and_filters(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    dialog = KeyboardShortcutsDialog(ActionRegistry(window), window)
    rows = dialog.rows()
    assert len(rows) == len(ACTIONS)
    assert ("File", "Import…", "Ctrl+I") in rows
    assert ("Help", "Keyboard shortcuts", "") in rows
    dialog.filter.setText("export")
    assert [r[1] for r in dialog.rows()] == ["Export briefing…", "Export portfolio…", "Export data (CSV/JSON)…",
                                            "Export REFI-QDA project…", "Export review bundle…"]
    dialog.filter.setText("ctrl+shift")
    assert {r[1] for r in dialog.rows()} >= {"Import folder…", "Export portfolio…"}
    dialog.filter.clear()
    dialog.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert dialog.rows()[0][2] == max(r[2] for r in rows)


# -- settings ---------------------------------------------------------------------------------
@pytest.fixture
def ini(tmp_path):
    return tmp_path / "settings.ini"


def _settings(path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def test_defaults_when_nothing_is_stored(ini):
    settings = _settings(ini)
    assert settings.last_store is None
    assert settings.recent_stores == []
    assert settings.ocr_languages == "eng"
    assert settings.reviewer == ""
    assert settings.geometry("window") is None
    settings.recent_stores.append("x")  # a caller changing the list it got cannot change the default
    assert settings.recent_stores == []


def test_values_round_trip_through_the_file(ini):
    settings = _settings(ini)
    settings.last_store = "/a.rdstore"
    settings.last_store = "/b.rdstore"
    settings.ocr_languages = "eng+chi_sim"
    settings.reviewer = "R. Viewer"
    settings.set_geometry("window", QByteArray(b"\x00\x01geometry"))
    settings.q.sync()
    again = _settings(ini)
    assert again.last_store == "/b.rdstore"
    assert again.recent_stores == ["/b.rdstore", "/a.rdstore"]
    assert again.ocr_languages == "eng+chi_sim"
    assert again.reviewer == "R. Viewer"
    assert again.geometry("window") == QByteArray(b"\x00\x01geometry")
    again.ocr_languages = ""  # no language ticked means the default, never none
    assert again.ocr_languages == "eng"


def test_unknown_keys_are_rejected(ini):
    settings = _settings(ini)
    with pytest.raises(KeyError, match="undeclared setting 'layout/windw'"):
        settings.geometry("windw")
    with pytest.raises(KeyError, match="undeclared"):
        settings.set("stores/lats", "/x")
    with pytest.raises(ValueError):
        settings.set("reviewer/name", ["not", "a", "name"])
    with pytest.raises(ValueError):
        settings.set("import/ocr_languages", "eng; rm -rf")


def test_junk_in_the_file_reads_as_the_defaults(ini):
    ini.write_text(
        "[stores]\nlast=a, b\nrecent=/only/one.rdstore\n"  # a list where a string belongs; a one-item list
        "[import]\nocr_languages=ENG; DROP\n"
        "[reviewer]\nname=42\n"
        "[layout]\nwindow=not bytes\nwindow_state=@ByteArray(\\x1\\x2)\npanes=\n",
        encoding="utf-8")
    settings = _settings(ini)
    assert settings.last_store is None
    assert settings.recent_stores == ["/only/one.rdstore"]
    assert settings.ocr_languages == "eng"
    assert settings.reviewer == "42"
    assert settings.geometry("window") is None
    assert settings.geometry("window_state") == QByteArray(b"\x01\x02")
    assert settings.geometry("panes") is None
    assert all(key.count("/") == 1 for key in OPTIONS)
