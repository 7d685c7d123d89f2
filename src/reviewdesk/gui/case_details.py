"""Case › Edit details…: every extracted field, corrected by the reviewer; documents' kinds and cases.

A corrected field is marked with who corrected it, when, and what it replaced, and can be given
back to the parser (Revert). The dialog stays open until the store accepted the change, so a
bad value (a malformed date, a reference another case has) is explained and can be fixed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.domain.vocabulary import CHOSEN_KINDS
from reviewdesk.services.cases import effective_fields
from reviewdesk.services.corrections import FIELDS, Shape, correct_fields, revert_field
from reviewdesk.services.document_kinds import set_document_kind
from reviewdesk.services.dto import CaseDetail, CorrectionDTO
from reviewdesk.gui.words import datetime_text, word
from reviewdesk.services.filing import move_document

DATE_HINT = QT_TRANSLATE_NOOP("CaseDetailsDialog", "YYYY-MM-DD, e.g. 2021-03-12")


def provenance(correction: CorrectionDTO) -> str:
    who = correction.by or QCoreApplication.translate("CaseDetailsDialog", "a reviewer")
    text = QCoreApplication.translate("CaseDetailsDialog", "Corrected by {reviewer} on {when}; was: {previous}; "
                                                           "read as: {parsed}")
    return text.format(reviewer=who, when=datetime_text(correction.at), previous=_shown(correction.previous),
                       parsed=_shown(correction.parsed))


def _shown(value: object) -> str:
    if value in (None, "", []):
        return QCoreApplication.translate("CaseDetailsDialog", "(nothing)")
    return "; ".join(map(str, value)) if isinstance(value, list) else str(value)


class _FieldEditor:
    """One field's widget, reading and writing the value in the service's form."""

    def __init__(self, shape: Shape, value: object) -> None:
        self.shape = shape
        if shape is Shape.FLAG:
            self.widget = QCheckBox(checked=bool(value))
        elif shape in (Shape.LIST, Shape.SIGNATORIES):
            self.widget = QPlainTextEdit()
            self.widget.setTabChangesFocus(True)
            self.widget.setFixedHeight(self.widget.fontMetrics().lineSpacing() * 4 + 12)
            self.widget.setPlaceholderText(
                QCoreApplication.translate("CaseDetailsDialog", "One per line: Name — Title") if shape is Shape.SIGNATORIES
                else QCoreApplication.translate("CaseDetailsDialog", "One per line"))
            self.widget.setPlainText("\n".join(self._lines(value)))
        else:
            self.widget = QLineEdit("" if value is None else str(value))
            if shape is Shape.DATE:
                self.widget.setPlaceholderText(QCoreApplication.translate("CaseDetailsDialog", DATE_HINT))
        self.initial = self.value()

    def _lines(self, value: object) -> list[str]:
        items = value or []
        if self.shape is Shape.SIGNATORIES:
            return [f"{s.get('name', '')} — {s.get('title', '')}".rstrip(" —") for s in items]
        return [str(item) for item in items]

    def value(self) -> object:
        if self.shape is Shape.FLAG:
            return self.widget.isChecked()
        if self.shape in (Shape.LIST, Shape.SIGNATORIES):
            lines = [line.strip() for line in self.widget.toPlainText().splitlines() if line.strip()]
            if self.shape is Shape.SIGNATORIES:
                return [dict(zip(("name", "title"), [*(p.strip() for p in line.split("—", 1)), ""][:2]))
                        for line in lines]
            return lines
        return self.widget.text().strip() or None

    def changed(self) -> bool:
        return self.value() != self.initial


class CaseDetailsDialog(QDialog):
    def __init__(self, window, detail: CaseDetail) -> None:
        super().__init__(window)
        self.window, self.detail = window, detail
        case_id = detail.summary.id
        self.setWindowTitle(self.tr("Edit details — {reference}").format(reference=detail.summary.reference))
        self.resize(720, 640)
        data = effective_fields(detail)
        data["type"] = detail.summary.type
        data["annex_cites"] = (data.get("annex") or {}).get("cites", [])
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        self.editors: dict[str, _FieldEditor] = {}
        for name, spec in FIELDS.items():
            editor = _FieldEditor(spec.shape, data.get(name))
            self.editors[name] = editor
            editor.widget.setAccessibleName(word(spec.label))
            correction = detail.corrections.get(name)
            label = QLabel(self.tr("{field}:").format(field=word(spec.label) + (" ✎" if correction else "")))
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(editor.widget, 1)
            if correction is not None:
                label.setToolTip(provenance(correction))
                editor.widget.setToolTip(provenance(correction))
                revert = QPushButton(self.tr("Revert"),
                                     toolTip=self.tr("Give this field back to what ReviewDesk read in the letter"))
                revert.clicked.connect(lambda _c=False, n=name: self.revert(n))
                row_layout.addWidget(revert)
            form.addRow(label, row)
        self.kinds: dict[int, QComboBox] = {}
        self.moves: dict[int, QLineEdit] = {}
        documents = QGroupBox(self.tr("Documents of this case"))
        documents_layout = QFormLayout(documents)
        for document in detail.documents:
            kind = QComboBox()
            for choice in CHOSEN_KINDS:
                kind.addItem(word(choice.value), choice)
            kind.setCurrentIndex(max(0, kind.findData(document.kind)))
            move = QLineEdit(placeholderText=self.tr("Move to the case with this reference"))
            self.kinds[document.id], self.moves[document.id] = kind, move
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(kind)
            row_layout.addWidget(move, 1)
            documents_layout.addRow(QLabel(document.filename, toolTip=document.filename), row)
        scroll = QScrollArea(widgetResizable=True)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(form_widget)
        inner_layout.addWidget(documents)
        scroll.setWidget(inner)
        self.status = QLabel(wordWrap=True)
        self.status.setStyleSheet("color: #D55E00;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.case_id = case_id

    def field_changes(self) -> dict[str, object]:
        return {name: editor.value() for name, editor in self.editors.items() if editor.changed()}

    def save(self) -> None:
        """One undoable correction of the fields, then each document's kind and case; closes when stored."""
        changes, author, case_id = self.field_changes(), self.window.settings.reviewer, self.case_id
        undo = self.window.undo
        steps = []
        if changes:
            steps.append((self.tr("Edit details"), lambda s: correct_fields(s, case_id, changes, author)))
        for document in self.detail.documents:
            kind = self.kinds[document.id].currentData()
            if kind != document.kind:
                steps.append((self.tr("{document}: {kind}").format(document=document.filename, kind=word(kind.value)),
                              lambda s, d=document.id, k=kind: set_document_kind(s, d, k, author)))
            target = self.moves[document.id].text().strip()
            if target:
                steps.append((self.tr("Move {document} to {reference}").format(document=document.filename, reference=target),
                              lambda s, d=document.id, t=target: move_document(s, d, t)))
        if not steps:
            self.accept()
            return
        self.status.clear()
        undo.stack.beginMacro(self.tr("Edit details"))
        commands = [undo.push(text, step) for text, step in steps]
        undo.stack.endMacro()
        self._watch(commands)

    def _watch(self, commands) -> None:
        # Every step ran (or failed) once the worker is done with them: close only if none failed.
        def settled(_result=None) -> None:
            if any(command.failed for command in commands):
                self.status.setText(self.tr("Nothing was changed by the step that failed (see the message); "
                                            "fix the value and save again."))
            else:
                self.accept()

        self.window.ops.query(lambda _store: None, settled)

    def revert(self, name: str) -> None:
        case_id = self.case_id
        self.window.undo.push(self.tr("Revert {field}").format(field=word(FIELDS[name].label)), lambda s: revert_field(s, case_id, name),
                              lambda value: self._reverted(name, value))

    def _reverted(self, name: str, value: object) -> None:
        editor = self.editors[name]
        fresh = _FieldEditor(editor.shape, value)
        if editor.shape is Shape.FLAG:
            editor.widget.setChecked(bool(fresh.value()))
        elif isinstance(editor.widget, QPlainTextEdit):
            editor.widget.setPlainText(fresh.widget.toPlainText())
        else:
            editor.widget.setText(fresh.widget.text())
        editor.initial = editor.value()

