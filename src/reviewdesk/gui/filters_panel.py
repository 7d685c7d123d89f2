"""Filters: facets with counts, removable chips, and saved searches (smart folders, as in Zotero).

The chosen values make one ``CaseFilter``: the case list shows only the cases it
matches, the search of all documents searches only them, and the dashboard and
deadlines count only them. Counts are read on the store worker (keyed: a newer
request drops an older one) and refresh after every change to the store.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.gui.words import word
from reviewdesk.services.dto import CaseFilter, Facet

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
SAVED_ROLE = Qt.ItemDataRole.UserRole + 2
REFRESH_PAUSE_MS = 150  # a burst of edits (a bulk accept) refreshes the counts once


def saved_with_counts(store) -> list[tuple[object, int | None]]:
    """Each saved search with its number of matching cases now (None: its filter no longer applies)."""
    from reviewdesk.services.saved_searches import (  # noqa: PLC0415
        list_saved_searches,
        saved_search_counts,
    )

    counts = saved_search_counts(store)
    return [(search, counts.get(search.id)) for search in list_saved_searches(store)]


class ChipBar(QLabel):
    """The chosen filters as chips above the case list; clicking a chip's ✕ removes it."""

    removed = Signal(str, str)
    cleared = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(self._clicked)
        self.setAccessibleName(self.tr("Chosen filters"))
        self.hide()

    def show_chips(self, chips: list[tuple[str, str, str]]) -> None:
        """``(facet key, value key, "Facet: value")`` for every chosen value."""
        if not chips:
            self.hide()
            return
        parts = [f"<span style='background:#e4ecf7'>&nbsp;{html.escape(text)} "
                 f"<a href='remove:{html.escape(key)}:{html.escape(value)}' style='text-decoration:none'>✕</a>&nbsp;</span>"
                 for key, value, text in chips]
        parts.append("<a href='clear:'>{}</a>".format(self.tr("Clear all")))
        self.setText(" ".join(parts))
        self.setToolTip(self.tr("Click ✕ to remove a filter"))
        self.show()

    def _clicked(self, link: str) -> None:
        action, _, rest = link.partition(":")
        if action == "clear":
            self.cleared.emit()
        else:
            key, _, value = rest.partition(":")
            self.removed.emit(html.unescape(key), html.unescape(value))


class FiltersPanel(QWidget):
    """The Filters dock: saved searches on top, then each facet's values with their counts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.saved = QListWidget()
        self.saved.setAccessibleName(self.tr("Saved searches"))
        self.saved.setMaximumHeight(130)
        self.saved.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.save_button = QPushButton(self.tr("Save search…"), toolTip=self.tr("Keep these words and filters as a smart folder"))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Filters: facets with the number of cases"))
        saved_title = QHBoxLayout()
        saved_title.addWidget(QLabel("<b>{}</b>".format(self.tr("Saved searches"))))
        saved_title.addStretch(1)
        saved_title.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addLayout(saved_title)
        layout.addWidget(self.saved)
        layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Filter cases"))))
        layout.addWidget(self.tree, 1)


class FiltersController:
    """Keeps the chosen filter, shows its facets and chips, and tells the window when it changes."""

    def __init__(self, window) -> None:
        self.window = window
        self.filter = CaseFilter()
        self.panel = FiltersPanel()
        self.chips = ChipBar()
        self.facets: tuple[Facet, ...] = ()
        self._expanded: set[str] = {"reply", "type", "country"}
        self._timer = QTimer(self.panel, singleShot=True, interval=REFRESH_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        self.panel.tree.itemChanged.connect(self._item_changed)
        self.panel.tree.itemExpanded.connect(lambda item: self._expanded.add(item.data(0, VALUE_ROLE)[0]))
        self.panel.tree.itemCollapsed.connect(lambda item: self._expanded.discard(item.data(0, VALUE_ROLE)[0]))
        self.chips.removed.connect(lambda key, value: self.set_filter(self.filter.without(key, value)))
        self.chips.cleared.connect(lambda: self.set_filter(CaseFilter(self.filter.query)))
        self.panel.save_button.clicked.connect(self.save_dialog)
        self.panel.saved.itemActivated.connect(self._saved_activated)
        self.panel.saved.itemClicked.connect(self._saved_activated)
        self.panel.saved.customContextMenuRequested.connect(self._saved_menu)

    # -- the filter ----------------------------------------------------------------------
    def current(self) -> CaseFilter:
        """The chosen facet values (the words typed in the search field are the search's own)."""
        return CaseFilter("", self.filter.facets)

    def set_filter(self, new: CaseFilter) -> None:
        if new == self.filter:
            return
        self.filter = new
        self.window.filters_changed()
        self.refresh()

    def stop(self) -> None:
        self._timer.stop()

    def refresh_soon(self) -> None:
        self._timer.start()

    def refresh(self) -> None:
        from reviewdesk.services.facets import facet_counts  # noqa: PLC0415

        chosen = self.current()
        self.window.ops.query(lambda store: facet_counts(store, chosen), self._show_facets, key="facets")
        self.window.ops.query(saved_with_counts, self._show_saved, key="saved-searches")

    # -- facets -------------------------------------------------------------------------
    def _show_facets(self, facets: tuple[Facet, ...]) -> None:
        self.facets = facets
        tree = self.panel.tree
        tree.blockSignals(True)
        scroll = tree.verticalScrollBar().value()
        tree.clear()
        for facet in facets:
            chosen = sum(1 for value in facet.values if value.selected)
            top = QTreeWidgetItem([word(facet.label) + (f" ({chosen})" if chosen else "")])
            top.setData(0, VALUE_ROLE, (facet.key, None))
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            tree.addTopLevelItem(top)
            for value in facet.values:
                item = QTreeWidgetItem([f"{'    ' * value.depth}{word(value.label)}  ({value.count})"])
                item.setData(0, VALUE_ROLE, (facet.key, value.key))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(0, Qt.CheckState.Checked if value.selected else Qt.CheckState.Unchecked)
                item.setToolTip(0, QCoreApplication.translate("FiltersPanel", "{facet}: {value} — cases: {count}").format(
                    facet=word(facet.label), value=word(value.label), count=value.count))
                top.addChild(item)
            top.setExpanded(facet.key in self._expanded or chosen > 0)
        tree.verticalScrollBar().setValue(scroll)
        tree.blockSignals(False)
        self.chips.show_chips(self.chip_texts())

    def chip_texts(self) -> list[tuple[str, str, str]]:
        labels = {(f.key, v.key): f"{f.label}: {v.label}" for f in self.facets for v in f.values}
        return [(key, value, labels.get((key, value), f"{key}: {value}")) for key, value in self.filter.facets]

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        key, value = item.data(0, VALUE_ROLE)
        if value is None:
            return
        checked = item.checkState(0) == Qt.CheckState.Checked
        chosen = self.filter.with_value(key, value) if checked else self.filter.without(key, value)
        # Later: refreshing rebuilds the tree, and the item must outlive the signal it is emitting.
        QTimer.singleShot(0, self.panel, lambda: self.set_filter(chosen))

    # -- saved searches -------------------------------------------------------------------
    def _show_saved(self, saved) -> None:
        listing = self.panel.saved
        listing.clear()
        for search, count in saved:
            shown = count if count is not None else QCoreApplication.translate("FiltersPanel", "no longer applies")
            item = QListWidgetItem(f"{search.name}  ({shown})")
            item.setData(SAVED_ROLE, search)
            item.setToolTip(search.filter.query or QCoreApplication.translate("FiltersPanel", "Filters only"))
            listing.addItem(item)
        if not saved:
            empty = QListWidgetItem(QCoreApplication.translate("FiltersPanel", "None yet: choose filters or type words, then Save search…"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            listing.addItem(empty)

    def _saved_activated(self, item: QListWidgetItem) -> None:
        search = item.data(SAVED_ROLE)
        if search is not None:  # later, as above: the list is rebuilt by the refresh this causes
            QTimer.singleShot(0, self.panel, lambda: self.apply_saved(search))

    def apply_saved(self, search) -> None:
        self.window.search.field.blockSignals(True)
        self.window.search.field.setText(search.filter.query)
        self.window.search.field.blockSignals(False)
        self.set_filter(CaseFilter("", search.filter.facets))
        if search.filter.query:
            self.window.search.run()

    def save_dialog(self) -> None:
        from reviewdesk.services.saved_searches import save_search  # noqa: PLC0415

        query = self.window.search.field.text().strip()
        to_keep = CaseFilter(query, self.filter.facets)
        if not query and not to_keep.facets:
            self.window.statusBar().showMessage(QCoreApplication.translate("FiltersPanel", "Choose filters or type words to search first"), 4000)
            return
        name, ok = QInputDialog.getText(self.panel, QCoreApplication.translate("FiltersPanel", "Save search"),
                                        QCoreApplication.translate("FiltersPanel", "Name of this saved search:"),
                                        text=query or self.chip_texts()[0][2])
        if ok and name.strip():
            self.window.undo.push(QCoreApplication.translate("FiltersPanel", "Save search “{name}”").format(name=name.strip()), lambda store: save_search(store, name.strip(), to_keep))

    def _saved_menu(self, pos) -> None:
        from reviewdesk.services.saved_searches import (  # noqa: PLC0415
            delete_saved_search,
            rename_saved_search,
        )

        item = self.panel.saved.itemAt(pos)
        search = item.data(SAVED_ROLE) if item else None
        if search is None:
            return
        menu = QMenu(self.panel)
        rename = menu.addAction(QCoreApplication.translate("FiltersPanel", "Rename…"))
        delete = menu.addAction(QCoreApplication.translate("FiltersPanel", "Delete"))
        chosen = menu.exec(self.panel.saved.mapToGlobal(pos))
        if chosen is rename:
            name, ok = QInputDialog.getText(self.panel, QCoreApplication.translate("FiltersPanel", "Rename saved search"),
                                            QCoreApplication.translate("FiltersPanel", "New name:"), text=search.name)
            if ok and name.strip():
                self.window.undo.push(QCoreApplication.translate("FiltersPanel", "Rename saved search “{name}”").format(
                    name=search.name),
                                      lambda store: rename_saved_search(store, search.name, name.strip()))
        elif chosen is delete:
            self.window.undo.push(QCoreApplication.translate("FiltersPanel", "Delete saved search “{name}”").format(
                name=search.name), lambda store: delete_saved_search(store, search.name))
