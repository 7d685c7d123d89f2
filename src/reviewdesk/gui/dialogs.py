"""The import summary dialog.

Built in code rather than from a Designer form so that a plain ``pip install`` has
nothing to generate: what is in the wheel is all the window needs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from reviewdesk.services.dto import ImportStatus, ImportSummary

_STATUS_TEXT = {ImportStatus.IMPORTED: QT_TRANSLATE_NOOP("ImportSummaryDialog", "✓ imported"),
                ImportStatus.DUPLICATE: QT_TRANSLATE_NOOP("ImportSummaryDialog", "= duplicate"),
                ImportStatus.FAILED: QT_TRANSLATE_NOOP("ImportSummaryDialog", "✗ failed"),
                ImportStatus.CANCELLED: QT_TRANSLATE_NOOP("ImportSummaryDialog", "– cancelled"),
                ImportStatus.SKIPPED: QT_TRANSLATE_NOOP("ImportSummaryDialog", "– skipped")}


class ImportHeadline(QObject):
    """The counts of an import in words, plural forms included (lupdate reads those only from ``self.tr``)."""

    def __call__(self, summary: ImportSummary) -> str:
        return ", ".join((self.tr("%n imported", "", len(summary.imported)),
                          self.tr("%n duplicate", "", len(summary.duplicates)),
                          self.tr("%n failed", "", len(summary.failed))))


def summary_headline(summary: ImportSummary) -> str:
    return ImportHeadline()(summary)


class ImportSummaryDialog(QDialog):
    """What happened to each file: imported (with warnings), duplicate, failed with the reason."""

    def __init__(self, summary: ImportSummary, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        self.resize(620, 420)
        self.headline = QLabel(summary_headline(summary), styleSheet="font-weight: bold; font-size: 12pt;")
        self.explanation = QLabel(self.tr("Good files were kept. Files that failed changed nothing in the store."),
                                  wordWrap=True)
        self.results = QTreeWidget(rootIsDecorated=True, alternatingRowColors=True)
        self.results.setHeaderLabels([self.tr("File"), self.tr("Result")])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.headline, self.explanation, self.results, buttons):
            layout.addWidget(widget)
        for result in summary.results:
            detail = result.reason or (f"→ {result.reference}" if result.reference else "")
            item = QTreeWidgetItem([Path(result.path).name, f"{self.tr(_STATUS_TEXT[result.status])} {detail}".strip()])
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
