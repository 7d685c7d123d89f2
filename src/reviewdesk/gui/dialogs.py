"""Dialogs built from the Designer forms in ui/ (compiled into gui.forms at build time)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QTreeWidgetItem

from reviewdesk.gui.forms.ui_import_summary import Ui_ImportSummaryDialog
from reviewdesk.services.dto import ImportStatus, ImportSummary

_STATUS_TEXT = {ImportStatus.IMPORTED: "✓ imported", ImportStatus.DUPLICATE: "= duplicate",
                ImportStatus.FAILED: "✗ failed", ImportStatus.CANCELLED: "– cancelled"}


def summary_headline(summary: ImportSummary) -> str:
    return f"{len(summary.imported)} imported, {len(summary.duplicates)} duplicate, {len(summary.failed)} failed"


class ImportSummaryDialog(QDialog, Ui_ImportSummaryDialog):
    """What happened to each file: imported (with warnings), duplicate, failed with the reason."""

    def __init__(self, summary: ImportSummary, parent=None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.headline.setText(summary_headline(summary))
        for result in summary.results:
            detail = result.reason or (f"→ {result.reference}" if result.reference else "")
            item = QTreeWidgetItem([Path(result.path).name, f"{_STATUS_TEXT[result.status]} {detail}".strip()])
            item.setToolTip(0, result.path)
            item.setToolTip(1, detail)
            if result.status is ImportStatus.FAILED:
                item.setForeground(1, QBrush(QColor("#D55E00")))
            for warning in result.warnings:
                QTreeWidgetItem(item, ["", f"⚠ {warning}"])
            self.results.addTopLevelItem(item)
            item.setExpanded(bool(result.warnings))
        self.results.resizeColumnToContents(0)

    def lines(self) -> list[str]:
        """Every row as text (for tests and copy-paste)."""
        out = []
        for index in range(self.results.topLevelItemCount()):
            item = self.results.topLevelItem(index)
            out.append(f"{item.text(0)}: {item.text(1)}")
            out.extend(f"    {item.child(c).text(1)}" for c in range(item.childCount()))
        return out
