"""Team work without sharing a screen: review bundles, checking cases out and in, and merge conflicts.

File › Export review bundle… writes the chosen cases (originals and work) to
a ``.rdbundle``; File › Import review bundle… (or opening one) merges it.
On a team store, File › Check out for offline work… copies cases into a
local store file; on that file, File › Check in merges it back into the team
store (the server's password from the keyring or .pgpass, as when
connecting). Each ends with its report: what was added, updated, deleted,
and the conflicts, which File › Conflicts… lets the reviewer resolve.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from reviewdesk.gui.conflicts_dialog import ConflictsDialog
from reviewdesk.gui.single_instance import BUNDLE_SUFFIX
from reviewdesk.gui.strip_tasks import StripTasks
from reviewdesk.services.edits import Changes

_MERGED = Changes(case_list=True, tags=True, links=True, assessment=True, terms=True)


class TeamSync(StripTasks):
    def __init__(self, window, strip) -> None:
        super().__init__(window, strip)
        self.last_box: QMessageBox | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.last_report = None

    def _chosen_references(self) -> list[str]:
        window = self.window
        references = window.selected_references() or (
            [window.current_case.summary.reference] if window.current_case else [])
        if not references:
            window.statusBar().showMessage(self.tr("Select one or more cases in the list first"), 4000)
        return references

    # -- bundles -------------------------------------------------------------------------
    def export_bundle_dialog(self) -> None:
        references = self._chosen_references()
        if not references:
            return
        name = references[0].replace("/", "-").replace(" ", "_") if len(references) == 1 else "review"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export review bundle"), name + BUNDLE_SUFFIX,
                                              self.tr("Review bundles (*.rdbundle)"))
        if path:
            self.export_bundle(references, Path(path if path.endswith(BUNDLE_SUFFIX) else path + BUNDLE_SUFFIX))

    def export_bundle(self, references: list[str], path: Path) -> None:
        from reviewdesk.services.bundle import export_bundle  # noqa: PLC0415 - loaded on first use

        def done(summary) -> None:
            self.window.statusBar().showMessage(
                self.tr("Wrote {file}: %n case(s)", "", len(references)).format(file=path.name), 10000)
            self.window.exports.offer_to_open(path, self.tr("%n case(s)", "", len(references)))

        self.run(self.tr("Exporting {file}…").format(file=path.name),
                 lambda store, _progress, _cancelled: export_bundle(store, references, path), done,
                 cancellable=False)

    def import_bundle_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import review bundle"), "",
                                              self.tr("Review bundles (*.rdbundle)"))
        if path:
            self.import_bundle(Path(path))

    def import_bundle(self, path: Path | str) -> None:
        from reviewdesk.services.bundle import import_bundle  # noqa: PLC0415

        path = Path(path)
        self.run(self.tr("Merging {file}…").format(file=path.name),
                 lambda store, _progress, _cancelled: import_bundle(store, path),
                 lambda report: self._report(self.tr("Review bundle merged"), path.name, report),
                 changes=_MERGED, cancellable=False)

    # -- check-out and check-in --------------------------------------------------------------
    def check_out_dialog(self) -> None:
        location = self.window.ops.location
        if location is None or not location.is_server:
            QMessageBox.information(self.window, self.tr("Check out for offline work"),
                                    self.tr("Connect to a team store first (File › Connect to team store…): "
                                            "cases are checked out from it into a store file on this laptop."))
            return
        references = self._chosen_references()
        if not references:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Check out for offline work"),
                                              "offline.rdstore", self.tr("ReviewDesk stores (*.rdstore)"))
        if path:
            self.check_out(references, Path(path if path.endswith(".rdstore") else path + ".rdstore"))

    def check_out(self, references: list[str], target: Path) -> None:
        from reviewdesk.services.team_sync import checkout  # noqa: PLC0415

        def run(store, _progress, _cancelled):
            checkout(store, references, target).close()

        def done(_result) -> None:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Checked out"),
                              self.tr("%n case(s) copied to {file} for offline work.", "", len(references))
                              .format(file=target.name), QMessageBox.StandardButton.Close, self.window)
            box.setInformativeText(self.tr("Open that file to work without a connection; File › Check in "
                                           "merges your work back into the team store."))
            open_button = box.addButton(self.tr("Open it now"), QMessageBox.ButtonRole.AcceptRole)
            open_button.clicked.connect(lambda: self.window.stores.switch(str(target)))
            box.setModal(False)
            box.show()
            self.last_box = box

        self.run(self.tr("Checking out %n case(s)…", "", len(references)), run, done, cancellable=False)

    def check_in(self) -> None:
        """Merge this checked-out store into its team store; the server's password as when connecting."""
        from reviewdesk.db import StoreLocation, open_store  # noqa: PLC0415
        from reviewdesk.gui.team_store import recall, with_password  # noqa: PLC0415
        from reviewdesk.services.team_sync import CheckoutError, checked_out, checkin  # noqa: PLC0415

        def origin_of(store):
            try:
                return StoreLocation.parse(checked_out(store)[0])
            except CheckoutError:
                return None

        def with_origin(origin) -> None:
            if origin is None:
                QMessageBox.information(self.window, self.tr("Check in"),
                                        self.tr("This store was not checked out from a team store: there is "
                                                "nothing to check in. (Review bundles carry work between stores "
                                                "without a server.)"))
                return
            server_location = with_password(origin, recall(origin))

            def run(store, _progress, _cancelled):
                with open_store(server_location) as server:
                    return checkin(store, server)

            self.run(self.tr("Checking in to {server}…").format(server=origin.describe()), run,
                     lambda reports: self._report(self.tr("Checked in"), origin.describe(), reports[0], reports[1]),
                     changes=_MERGED, cancellable=False)

        self.window.ops.query(origin_of, with_origin)

    # -- reports and conflicts -----------------------------------------------------------------
    def _lines(self, report) -> list[str]:
        lines = [self.tr("Added {added}, updated {updated}, deleted {deleted}; conflicts: {conflicts}").format(
            added=report.added, updated=report.updated, deleted=report.deleted, conflicts=report.conflicts)]
        for case in sorted(report.cases.values(), key=lambda c: c.reference):
            lines.append(self.tr("{case}: added {added}, updated {updated}, deleted {deleted}, conflicts {conflicts}")
                         .format(case=case.reference or "—", added=case.added, updated=case.updated,
                                 deleted=case.deleted, conflicts=case.conflicts))
        return lines

    def _report(self, title: str, source: str, report, back=None) -> None:
        """``report`` of the merge into this store (or, checking in, into the server, and ``back`` from it)."""
        lines = [f"{source}: " + self._lines(report)[0], *self._lines(report)[1:]]
        if back is not None:
            lines[0] = self.tr("To the team store: {summary}").format(summary=self._lines(report)[0])
            lines.insert(1, self.tr("Back to this laptop: {summary}").format(summary=self._lines(back)[0]))
        self.window.statusBar().showMessage(lines[0], 10000)
        box = QMessageBox(QMessageBox.Icon.Information, title, lines[0], QMessageBox.StandardButton.Close,
                          self.window)
        if len(lines) > 1:
            box.setDetailedText("\n".join(lines[1:]))
        self.last_report = report
        if report.conflicts or (back is not None and back.conflicts):
            review = box.addButton(self.tr("Resolve conflicts…"), QMessageBox.ButtonRole.ActionRole)
            review.clicked.connect(self.show_conflicts)
        box.setModal(False)
        box.show()
        self.last_box = box

    def show_conflicts(self) -> None:
        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self.window)
        else:
            self.conflicts_dialog.refresh()
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()
