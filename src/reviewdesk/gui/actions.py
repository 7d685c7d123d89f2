"""Every action of the window declared once: id, text, shortcut, menu, tip (Picard's ``ui/enums.py`` + ``actions.py``).

The table is data, so a test can check it whole (no two actions on one key, on this
platform's standard bindings too) and the Help › Keyboard shortcuts dialog lists it,
while the window only says which handler each id runs::

    registry = ActionRegistry(window)
    file_menu.addAction(registry.create(ActionId.IMPORT, window.import_dialog))
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

Key = QKeySequence.StandardKey
Shortcut = QKeySequence.StandardKey | str | tuple[str, ...] | None
Bindings = Callable[[QKeySequence.StandardKey], list[QKeySequence]]  # QKeySequence.keyBindings: this platform's
MENUS = ("File", "Edit", "View", "Case", "Tools", "Help")  # menu bar order; a spec's menu is one of them or None
# The menus' titles as shown (with their mnemonic), in the interface language through menu_title().
MENU_TITLES = {"File": QT_TRANSLATE_NOOP("Actions", "&File"), "Edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
               "View": QT_TRANSLATE_NOOP("Actions", "&View"), "Case": QT_TRANSLATE_NOOP("Actions", "&Case"),
               "Tools": QT_TRANSLATE_NOOP("Actions", "&Tools"), "Help": QT_TRANSLATE_NOOP("Actions", "&Help")}


class ActionId(StrEnum):
    NEW_STORE = "new_store"
    OPEN_STORE = "open_store"
    CONNECT_TEAM_STORE = "connect_team_store"
    IMPORT = "import"
    IMPORT_FOLDER = "import_folder"
    EXPORT_BRIEFING = "export_briefing"
    EXPORT_PORTFOLIO = "export_portfolio"
    EXPORT_DATA = "export_data"
    EXPORT_QDPX = "export_qdpx"
    IMPORT_QDPX = "import_qdpx"
    EXPORT_BUNDLE = "export_bundle"
    IMPORT_BUNDLE = "import_bundle"
    CHECK_OUT = "check_out"
    CHECK_IN = "check_in"
    SHOW_CONFLICTS = "show_conflicts"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    TAG_SELECTION = "tag_selection"
    FIND_IN_DOCUMENT = "find_in_document"
    SEARCH_ALL = "search_all"
    FIND_CASES = "find_cases"
    PREFERENCES = "preferences"
    SHOW_PAGES = "show_pages"
    SHOW_TEXT = "show_text"
    CYCLE_LAYOUT = "cycle_layout"
    FOCUS_LETTER = "focus_letter"
    FOCUS_ANNEX = "focus_annex"
    FOCUS_REPLY = "focus_reply"
    NEXT_REGION = "next_region"
    PREVIOUS_REGION = "previous_region"
    TEXT_LARGER = "text_larger"
    TEXT_SMALLER = "text_smaller"
    TEXT_RESET = "text_reset"
    LINK_PASSAGE = "link_passage"
    EDIT_DETAILS = "edit_details"
    EDIT_QUESTIONS = "edit_questions"
    REANALYSE_CASE = "reanalyse_case"
    REANALYSE_ALL = "reanalyse_all"
    PREVIOUS_CASE = "previous_case"
    NEXT_CASE = "next_case"
    VOCABULARIES = "vocabularies"
    DEADLINES = "deadlines"
    DASHBOARD = "dashboard"
    HISTORY = "history"
    USER_GUIDE = "user_guide"
    KEYBOARD_SHORTCUTS = "keyboard_shortcuts"
    ABOUT = "about"
    DELETE_TAG = "delete_tag"
    EDIT_TAG_NOTE = "edit_tag_note"
    TAG_TERM_1 = "tag_term_1"
    TAG_TERM_2 = "tag_term_2"
    TAG_TERM_3 = "tag_term_3"
    TAG_TERM_4 = "tag_term_4"
    TAG_TERM_5 = "tag_term_5"
    TAG_TERM_6 = "tag_term_6"
    TAG_TERM_7 = "tag_term_7"
    TAG_TERM_8 = "tag_term_8"
    TAG_TERM_9 = "tag_term_9"


# Digit d tags with the term whose shortcut is d: TAG_TERM_ACTIONS[d - 1].
TAG_TERM_ACTIONS = tuple(ActionId(f"tag_term_{digit}") for digit in range(1, 10))


@dataclass(frozen=True)
class ActionSpec:
    id: ActionId
    text: str  # with the "&" mnemonic, as in the menu
    shortcut: Shortcut = None  # a StandardKey follows the platform (Quit is Ctrl+Q on Linux, none on Windows)
    menu: str | None = None  # None: no menu, the action lives on the window (or on ``context``'s widget)
    tip: str = ""
    checkable: bool = False
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut

    def key_sequences(self, bindings: Bindings = QKeySequence.keyBindings) -> list[QKeySequence]:
        """The sequences the shortcut means on this platform (a StandardKey may bind several, or none)."""
        if self.shortcut is None:
            return []
        if isinstance(self.shortcut, QKeySequence.StandardKey):
            return [seq for seq in bindings(self.shortcut) if not seq.isEmpty()]
        if isinstance(self.shortcut, tuple):  # several keys, e.g. Ctrl+= beside Ctrl++ (no Shift needed)
            return [QKeySequence(key) for key in self.shortcut]
        return [QKeySequence(self.shortcut)]

    @property
    def plain_text(self) -> str:
        """The text without its mnemonic ("&Import…" → "Import…", "&&" → "&")."""
        return _plain(self.text)


_TAG_TERM_TEXT = QT_TRANSLATE_NOOP("Actions", "Tag with term {digit}")
_TAG_TERM_TIP = QT_TRANSLATE_NOOP("Actions", "In a letter, annex or reply view: tag the selection with the term "
                                             "whose shortcut is {digit}")


def _tag_term(digit: int) -> ActionSpec:
    # Only where text can be selected (the panes' views): a digit typed in a list or a note stays a digit.
    return ActionSpec(TAG_TERM_ACTIONS[digit - 1], _TAG_TERM_TEXT.format(digit=digit), str(digit), None,
                      _TAG_TERM_TIP.format(digit=digit), context=Qt.ShortcutContext.WidgetShortcut)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text) if text else ""


def menu_title(menu: str) -> str:
    """A menu's title in the interface language ("&File", "&Fichier")."""
    return _tr(MENU_TITLES[menu])


def translated(spec: ActionSpec) -> tuple[str, str]:
    """The spec's text and tip in the interface language (the table holds the English, marked for lupdate)."""
    if spec.id in TAG_TERM_ACTIONS:  # formatted after translation: the digit may move in the sentence
        digit = TAG_TERM_ACTIONS.index(spec.id) + 1
        return _tr(_TAG_TERM_TEXT).format(digit=digit), _tr(_TAG_TERM_TIP).format(digit=digit)
    return _tr(spec.text), _tr(spec.tip)


def _plain(text: str) -> str:
    return re.sub("&(.)", r"\1", text)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(ActionId.NEW_STORE, QT_TRANSLATE_NOOP("Actions", "&New store…"), Key.New, "File",
               QT_TRANSLATE_NOOP("Actions", "Create an empty store file")),
    ActionSpec(ActionId.OPEN_STORE, QT_TRANSLATE_NOOP("Actions", "&Open store…"), Key.Open, "File",
               QT_TRANSLATE_NOOP("Actions", "Open another store file")),
    ActionSpec(ActionId.CONNECT_TEAM_STORE, QT_TRANSLATE_NOOP("Actions", "Connect to &team store…"), None, "File",
               QT_TRANSLATE_NOOP("Actions", "Open a team store on a PostgreSQL server")),
    ActionSpec(ActionId.IMPORT, QT_TRANSLATE_NOOP("Actions", "&Import…"), "Ctrl+I", "File",
               QT_TRANSLATE_NOOP("Actions", "Import letters and replies (PDF, DOCX, TXT)")),
    ActionSpec(ActionId.IMPORT_FOLDER, QT_TRANSLATE_NOOP("Actions", "Import &folder…"), "Ctrl+Shift+I", "File",
               QT_TRANSLATE_NOOP("Actions", "Import every letter and reply in a folder")),
    ActionSpec(ActionId.EXPORT_BRIEFING, QT_TRANSLATE_NOOP("Actions", "&Export briefing…"), "Ctrl+E", "File",
               QT_TRANSLATE_NOOP("Actions", "Export the current case as an annotated Word briefing")),
    ActionSpec(ActionId.EXPORT_PORTFOLIO, QT_TRANSLATE_NOOP("Actions", "Export &portfolio…"), "Ctrl+Shift+E", "File",
               QT_TRANSLATE_NOOP("Actions", "Export the cases selected in the list as one Word document")),
    ActionSpec(ActionId.EXPORT_DATA, QT_TRANSLATE_NOOP("Actions", "Export &data (CSV/JSON)…"), None, "File",
               QT_TRANSLATE_NOOP("Actions", "Tags and assessments of the selected cases for a spreadsheet")),
    ActionSpec(ActionId.EXPORT_QDPX, QT_TRANSLATE_NOOP("Actions", "Export REFI-QD&A project…"), None, "File",
               QT_TRANSLATE_NOOP("Actions", "The selected cases for QualCoder, MAXQDA, ATLAS.ti or NVivo: texts, codebook, codings, notes")),
    ActionSpec(ActionId.IMPORT_QDPX, QT_TRANSLATE_NOOP("Actions", "Import &REFI-QDA project…"), None, "File",
               QT_TRANSLATE_NOOP("Actions", "Codes and codings from a .qdpx project (or a .qdc codebook) of another QDA program")),
    ActionSpec(ActionId.EXPORT_BUNDLE, QT_TRANSLATE_NOOP("Actions", "Export review &bundle…"), None, "File",
               QT_TRANSLATE_NOOP("Actions", "The selected cases with their originals and work, for a colleague "
                                            "without the team store")),
    ActionSpec(ActionId.IMPORT_BUNDLE, QT_TRANSLATE_NOOP("Actions", "Import review b&undle…"), None, "File",
               QT_TRANSLATE_NOOP("Actions", "Merge a colleague's review bundle: additions kept, the same field "
                                            "changed on both sides becomes a conflict to resolve")),
    ActionSpec(ActionId.CHECK_OUT, QT_TRANSLATE_NOOP("Actions", "Check &out for offline work…"), None, "File",
               QT_TRANSLATE_NOOP("Actions", "Copy the selected cases of the team store into a store file on "
                                            "this laptop")),
    ActionSpec(ActionId.CHECK_IN, QT_TRANSLATE_NOOP("Actions", "Check &in"), None, "File",
               QT_TRANSLATE_NOOP("Actions", "Merge the work done offline back into the team store it was "
                                            "checked out from")),
    ActionSpec(ActionId.SHOW_CONFLICTS, QT_TRANSLATE_NOOP("Actions", "Co&nflicts…"), None, "File",
               QT_TRANSLATE_NOOP("Actions", "Fields you and a colleague both changed: choose which value stays")),
    ActionSpec(ActionId.QUIT, QT_TRANSLATE_NOOP("Actions", "&Quit"), Key.Quit, "File",
               QT_TRANSLATE_NOOP("Actions", "Close ReviewDesk")),
    ActionSpec(ActionId.UNDO, QT_TRANSLATE_NOOP("Actions", "&Undo"), Key.Undo, "Edit",
               QT_TRANSLATE_NOOP("Actions", "Undo the last edit")),
    ActionSpec(ActionId.REDO, QT_TRANSLATE_NOOP("Actions", "&Redo"), Key.Redo, "Edit",
               QT_TRANSLATE_NOOP("Actions", "Redo the edit just undone")),
    ActionSpec(ActionId.TAG_SELECTION, QT_TRANSLATE_NOOP("Actions", "&Tag selection…"), "Ctrl+T", "Edit",
               QT_TRANSLATE_NOOP("Actions", "Tag the selected text with a term (digits 1–9 tag with the first nine terms)")),
    ActionSpec(ActionId.FIND_IN_DOCUMENT, QT_TRANSLATE_NOOP("Actions", "&Find in document…"), Key.Find, "Edit",
               QT_TRANSLATE_NOOP("Actions", "Find words in the document of the pane you are in (Enter: next, Shift+Enter: previous)")),
    ActionSpec(ActionId.SEARCH_ALL, QT_TRANSLATE_NOOP("Actions", "&Search all documents…"), "Ctrl+Shift+F", "Edit",
               QT_TRANSLATE_NOOP("Actions", "Search every letter, annex and reply of the store; narrow with the filters")),
    ActionSpec(ActionId.FIND_CASES, QT_TRANSLATE_NOOP("Actions", "Filter &cases"), "Ctrl+Alt+F", "Edit",
               QT_TRANSLATE_NOOP("Actions", "Type to narrow the case list by reference, country or addressee")),
    ActionSpec(ActionId.PREFERENCES, QT_TRANSLATE_NOOP("Actions", "Pre&ferences…"), "Ctrl+,", "Edit",
               QT_TRANSLATE_NOOP("Actions", "Your name, paper, template, grading scale, text size, digit tagging, OCR languages")),
    ActionSpec(ActionId.SHOW_PAGES, QT_TRANSLATE_NOOP("Actions", "&Pages"), "Ctrl+Shift+P", "View",
               QT_TRANSLATE_NOOP("Actions", "Show the original pages in every pane")),
    ActionSpec(ActionId.SHOW_TEXT, QT_TRANSLATE_NOOP("Actions", "&Text"), "Ctrl+Shift+T", "View",
               QT_TRANSLATE_NOOP("Actions", "Show the cleaned text in every pane")),
    ActionSpec(ActionId.CYCLE_LAYOUT, QT_TRANSLATE_NOOP("Actions", "Switch &layout"), "Ctrl+Shift+L", "View",
               QT_TRANSLATE_NOOP("Actions", "Three panes → reading (the letter large) → comparison (letter | reply) → three panes")),
    ActionSpec(ActionId.FOCUS_LETTER, QT_TRANSLATE_NOOP("Actions", "Go to &letter"), "Ctrl+1", "View",
               QT_TRANSLATE_NOOP("Actions", "Put the keyboard focus in the Letter pane")),
    ActionSpec(ActionId.FOCUS_ANNEX, QT_TRANSLATE_NOOP("Actions", "Go to &annex"), "Ctrl+2", "View",
               QT_TRANSLATE_NOOP("Actions", "Put the keyboard focus in the Annex pane")),
    ActionSpec(ActionId.FOCUS_REPLY, QT_TRANSLATE_NOOP("Actions", "Go to &reply"), "Ctrl+3", "View",
               QT_TRANSLATE_NOOP("Actions", "Put the keyboard focus in the Reply pane")),
    ActionSpec(ActionId.NEXT_REGION, QT_TRANSLATE_NOOP("Actions", "&Next region"), "F6", "View",
               QT_TRANSLATE_NOOP("Actions", "Move the focus: case list, Letter, Annex, Reply, then the panel below")),
    ActionSpec(ActionId.PREVIOUS_REGION, QT_TRANSLATE_NOOP("Actions", "Pre&vious region"), "Shift+F6", "View",
               QT_TRANSLATE_NOOP("Actions", "Move the focus back")),
    ActionSpec(ActionId.TEXT_LARGER, QT_TRANSLATE_NOOP("Actions", "&Larger text"), ("Ctrl+=", "Ctrl++"), "View",
               QT_TRANSLATE_NOOP("Actions", "Make the documents and lists easier to read")),
    ActionSpec(ActionId.TEXT_SMALLER, QT_TRANSLATE_NOOP("Actions", "&Smaller text"), "Ctrl+-", "View",
               QT_TRANSLATE_NOOP("Actions", "Fit more on the screen")),
    ActionSpec(ActionId.TEXT_RESET, QT_TRANSLATE_NOOP("Actions", "&Normal text size"), "Ctrl+0", "View",
               QT_TRANSLATE_NOOP("Actions", "Back to the system's text size")),
    ActionSpec(ActionId.LINK_PASSAGE,
               QT_TRANSLATE_NOOP("Actions", "&Link reply passage to question…"), "Ctrl+L", "Case",
               QT_TRANSLATE_NOOP("Actions", "Record that the selected reply passage answers a question")),
    ActionSpec(ActionId.EDIT_DETAILS, QT_TRANSLATE_NOOP("Actions", "Edit &details…"), "Ctrl+Shift+D", "Case",
               QT_TRANSLATE_NOOP("Actions", "Correct what ReviewDesk read: reference, dates, addressee, mandates, cites… and documents' kinds")),
    ActionSpec(ActionId.EDIT_QUESTIONS, QT_TRANSLATE_NOOP("Actions", "Edit &questions…"), "Ctrl+Shift+Q", "Case",
               QT_TRANSLATE_NOOP("Actions", "Split, merge, re-span or renumber the letter's questions; verdicts and links follow them")),
    ActionSpec(ActionId.REANALYSE_CASE, QT_TRANSLATE_NOOP("Actions", "&Re-analyse this case"), None, "Case",
               QT_TRANSLATE_NOOP("Actions", "Read the stored originals again with the current ReviewDesk; your corrections and work are kept")),
    ActionSpec(ActionId.REANALYSE_ALL, QT_TRANSLATE_NOOP("Actions", "Re-analyse &all cases…"), None, "Case",
               QT_TRANSLATE_NOOP("Actions", "Read every stored original again (offered when ReviewDesk reads letters better than before)")),
    ActionSpec(ActionId.PREVIOUS_CASE, QT_TRANSLATE_NOOP("Actions", "&Previous case"), "Ctrl+PgUp", "Case",
               QT_TRANSLATE_NOOP("Actions", "Open the case above in the list")),
    ActionSpec(ActionId.NEXT_CASE, QT_TRANSLATE_NOOP("Actions", "&Next case"), "Ctrl+PgDown", "Case",
               QT_TRANSLATE_NOOP("Actions", "Open the case below in the list")),
    ActionSpec(ActionId.VOCABULARIES, QT_TRANSLATE_NOOP("Actions", "&Vocabularies…"), None, "Tools",
               QT_TRANSLATE_NOOP("Actions", "Edit the terms used for tagging: rename, recolour, move, merge, retire")),
    ActionSpec(ActionId.DEADLINES, QT_TRANSLATE_NOOP("Actions", "&Deadlines"), "Ctrl+Shift+U", "View",
               QT_TRANSLATE_NOOP("Actions", "Overdue, due within 7 / 30 days, awaiting, received late: urgent appeals first; follows the filters")),
    ActionSpec(ActionId.DASHBOARD, QT_TRANSLATE_NOOP("Actions", "Dash&board…"), "Ctrl+Shift+B", "Tools",
               QT_TRANSLATE_NOOP("Actions", "Reply rate, delays, grades and verdicts by addressee, country, mandate, type, year or term")),
    ActionSpec(ActionId.HISTORY, QT_TRANSLATE_NOOP("Actions", "&History"), None, "View",
               QT_TRANSLATE_NOOP("Actions", "Who did what on the open case: tags, notes, links, verdicts, grades and corrections, newest first")),
    ActionSpec(ActionId.USER_GUIDE, QT_TRANSLATE_NOOP("Actions", "User &guide"), Key.HelpContents, "Help",
               QT_TRANSLATE_NOOP("Actions", "How to import, read, tag, assess, export and correct, with pictures")),
    ActionSpec(ActionId.KEYBOARD_SHORTCUTS, QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), None, "Help",
               QT_TRANSLATE_NOOP("Actions", "Every action and its shortcut")),
    ActionSpec(ActionId.ABOUT, QT_TRANSLATE_NOOP("Actions", "&About ReviewDesk"), None, "Help"),
    # On the Tags panel's table only (WidgetShortcut), so Delete still deletes text elsewhere.
    ActionSpec(ActionId.DELETE_TAG, QT_TRANSLATE_NOOP("Actions", "Delete tag"), Key.Delete, None,
               QT_TRANSLATE_NOOP("Actions", "In the Tags panel: delete the selected tags"),
               context=Qt.ShortcutContext.WidgetShortcut),
    ActionSpec(ActionId.EDIT_TAG_NOTE, QT_TRANSLATE_NOOP("Actions", "Edit tag note"), "F2", None,
               QT_TRANSLATE_NOOP("Actions", "In the Tags panel: edit the selected tag's note"),
               context=Qt.ShortcutContext.WidgetShortcut),
    *(_tag_term(digit) for digit in range(1, 10)),
)


@dataclass(frozen=True)
class Conflict:
    sequence: str  # portable text, e.g. "Ctrl+F"
    ids: tuple[ActionId, ...]

    def __str__(self) -> str:
        return f"{self.sequence}: {', '.join(i.value for i in self.ids)}"


def shortcut_conflicts(specs: Iterable[ActionSpec], bindings: Bindings = QKeySequence.keyBindings) -> list[Conflict]:
    """Key sequences bound to more than one action, StandardKeys expanded by ``bindings`` (this platform's).

    Qt treats two enabled actions on one sequence as ambiguous and runs neither, so
    any sharing is a bug, whatever the shortcut contexts. A test passes the bindings
    of every platform to catch a clash that only happens on another one.
    """
    owners: dict[str, list[ActionId]] = defaultdict(list)
    for spec in specs:
        for sequence in spec.key_sequences(bindings):
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if spec.id not in owners[text]:
                owners[text].append(spec.id)
    return [Conflict(seq, tuple(ids)) for seq, ids in owners.items() if len(ids) > 1]


class ActionRegistry:
    """Builds the QActions of one window from the table, at most one per id."""

    def __init__(self, parent: QWidget, specs: Iterable[ActionSpec] = ACTIONS) -> None:
        self.parent = parent
        self._specs = {spec.id: spec for spec in specs}
        self._actions: dict[ActionId, QAction] = {}

    def create(self, action_id: ActionId, handler: Callable | None = None, widget: QWidget | None = None) -> QAction:
        """A QAction with the spec's text, shortcut, tips and checkability, connected to ``handler``.

        It is added to ``widget`` (default: the registry's window) so its shortcut works
        even when it is in no menu; adding it to a menu as well is harmless.
        """
        action = QAction(self.parent)
        self.adopt(action_id, action, widget)
        if handler is not None:
            action.triggered.connect(handler)
        return action

    def adopt(self, action_id: ActionId, action: QAction, widget: QWidget | None = None) -> QAction:
        """Apply the spec to an action made elsewhere, e.g. ``QUndoStack.createUndoAction``."""
        if action_id in self._actions:
            raise ValueError(f"action {action_id.value!r} already created")
        spec = self.spec(action_id)
        text, tip = translated(spec)
        action.setText(text)
        action.setShortcuts(spec.key_sequences())
        action.setShortcutContext(spec.context)
        action.setToolTip(tip or _plain(text))
        action.setStatusTip(tip)
        action.setCheckable(spec.checkable)
        action.setObjectName(spec.id.value)
        (widget or self.parent).addAction(action)
        self._actions[action_id] = action
        return action

    def action(self, action_id: ActionId) -> QAction:
        try:
            return self._actions[action_id]
        except KeyError:
            raise KeyError(f"action {action_id.value!r} not created yet") from None

    def spec(self, action_id: ActionId) -> ActionSpec:
        return self._specs[action_id]

    def all_specs(self) -> tuple[ActionSpec, ...]:
        return tuple(self._specs.values())

    def in_menu(self, menu: str) -> tuple[ActionSpec, ...]:
        """The specs of one menu, in table order (the order the menu shows them)."""
        return tuple(spec for spec in self._specs.values() if spec.menu == menu)


# -- Help › Keyboard shortcuts ------------------------------------------------------------
def shortcut_text(spec: ActionSpec) -> str:
    """The shortcut as this platform writes it ("Ctrl+Shift+Z"; several bindings joined by commas)."""
    return ", ".join(seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in spec.key_sequences())


class KeyboardShortcutsDialog(QDialog):
    """Help › Keyboard shortcuts: every action of the registry, sortable, with a filter box."""

    COLUMNS = (QT_TRANSLATE_NOOP("KeyboardShortcutsDialog", "Menu"), QT_TRANSLATE_NOOP("KeyboardShortcutsDialog", "Action"),
               QT_TRANSLATE_NOOP("KeyboardShortcutsDialog", "Shortcut"))

    def __init__(self, actions: ActionRegistry | Iterable[ActionSpec] = ACTIONS, parent=None) -> None:
        super().__init__(parent)
        specs = actions.all_specs() if isinstance(actions, ActionRegistry) else actions
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 520)
        self.model = QStandardItemModel(0, len(self.COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr(column) for column in self.COLUMNS])
        for spec in specs:
            text, tip = translated(spec)
            menu = _plain(menu_title(spec.menu)) if spec.menu in MENU_TITLES else "—"
            row = [QStandardItem(menu), QStandardItem(_plain(text)), QStandardItem(shortcut_text(spec))]
            for item in row:
                item.setEditable(False)
                item.setToolTip(tip)
            self.model.appendRow(row)
        self.proxy = QSortFilterProxyModel(self, filterKeyColumn=-1,
                                           filterCaseSensitivity=Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(placeholderText=self.tr("Filter by menu, action or key…"), clearButtonEnabled=True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(sortingEnabled=True, alternatingRowColors=True)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # table order (menu order) until a header is clicked
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.filter, self.table, buttons):
            layout.addWidget(widget)

    def rows(self) -> list[tuple[str, str, str]]:
        """The visible rows as text, in their current order (for tests)."""
        return [tuple(self.proxy.index(r, c).data() for c in range(len(self.COLUMNS)))
                for r in range(self.proxy.rowCount())]
