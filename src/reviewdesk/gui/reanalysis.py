"""Case › Re-analyse: read the stored originals again with the current parser (services/reanalysis.py).

The window owns one ``ReanalysisController``; the work is kept (corrections
win, tags and links are re-anchored or listed as orphaned) and undoable.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class ReanalysisController(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def summary(self, report) -> str:
        """What a re-analysis did, in words with plural forms (lupdate reads those only from ``self.tr``)."""
        summary = " ".join((self.tr("Re-analysed %n document(s)", "", report.documents),
                            self.tr("of %n case(s)", "", report.cases),
                            self.tr("(%n text(s) changed)", "", report.texts_changed)))
        if report.orphaned:
            summary += self.tr("; %n tag(s) or link(s) could not be placed — see Orphaned", "", report.orphaned)
        return summary

    def _report(self, report) -> None:
        self.window.statusBar().showMessage(self.summary(report), 10000)

    def reanalyse_case(self) -> None:
        """Read the open case's originals again (undoable); corrections and work are kept or listed as orphaned."""
        from reviewdesk.services.reanalysis import reanalyse  # noqa: PLC0415

        window = self.window
        if window.current_case is None:
            return
        case_id, languages = window.current_case.summary.id, window.settings.ocr_languages
        window.undo.push(self.tr("Re-analyse {reference}").format(reference=window.current_case.summary.reference),
                         lambda store: reanalyse(store, [case_id], ocr_language=languages), self._report)

    def reanalyse_all(self) -> None:
        """Every case, as a task with progress and cancel (offered when the parser improved)."""
        from reviewdesk.services.reanalysis import reanalyse  # noqa: PLC0415

        window, strip = self.window, self.window.strip
        languages = window.settings.ocr_languages
        strip.busy(cancellable=True)

        def done(edit) -> None:
            strip.hide()
            # Already applied: the command only keeps its inverse, so Undo gives every text back.
            window.undo.push(self.tr("Re-analyse all cases"), lambda _store: edit)
            self._report(edit.value)

        window.ops.task(lambda store, progress, cancelled: reanalyse(store, None, progress, cancelled,
                                                                     ocr_language=languages),
                        done, on_progress=lambda d, t, _x: strip.step(d, t),
                        on_error=lambda e: (strip.hide(), window.ops.error_handler(e)))

    def offer(self) -> None:
        """When a store opens: if ReviewDesk now reads letters better than when they were imported, say so once."""
        from reviewdesk.services.reanalysis import cases_needing_reanalysis  # noqa: PLC0415

        def offer(cases) -> None:
            if cases:
                self.window.statusBar().showMessage(self.tr(
                    "%n case(s) were read by an older ReviewDesk: Case › Re-analyse all cases reads them again "
                    "(your work is kept)", "", len(cases)))
        self.window.ops.query(cases_needing_reanalysis, offer)
