"""The answers panel beside the reply: the grid of questions, and the reply's grade."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.domain.assessment import ACTIONS, Verdict
from reviewdesk.gui.widgets import fit_rows_to_font
from reviewdesk.gui.words import word
from reviewdesk.gui.models.answers_grid import (
    QUESTION_NUMBER_ROLE,
    AnswerColumn,
    AnswersGridModel,
)
from reviewdesk.services.assessment import CaseAssessment


class VerdictDelegate(QStyledItemDelegate):
    """A drop-down of the verdicts (and an empty choice to clear one)."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        editor = QComboBox(parent)
        editor.addItem("", "")
        for verdict in Verdict:
            editor.addItem(word(verdict.value), verdict.value)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt API
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt API
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AnswersPanel(QWidget):
    question_selected = Signal(int)
    accept_requested = Signal(int)
    reject_requested = Signal(int)
    unlink_requested = Signal(int)
    grade_chosen = Signal(str, str)  # scale key, value key ("" clears)
    actions_chosen = Signal(list)

    def __init__(self, model: AnswersGridModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setItemDelegateForColumn(AnswerColumn.VERDICT, VerdictDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.verticalHeader().hide()
        fit_rows_to_font(self.table)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AnswerColumn.QUESTION, QHeaderView.ResizeMode.Stretch)
        for column in (AnswerColumn.NUMBER, AnswerColumn.PASSAGES, AnswerColumn.VERDICT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(AnswerColumn.NOTE, 200)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.accept_button = QPushButton(self.tr("Accept proposal"), toolTip=self.tr("Link the proposed reply passage to this question"))
        self.accept_button.clicked.connect(lambda: self._emit_for_current(self.accept_requested))
        self.reject_button = QPushButton(self.tr("Reject proposal"), toolTip=self.tr("This passage does not answer the question"))
        self.reject_button.clicked.connect(lambda: self._emit_for_current(self.reject_requested))
        self.unlink_button = QPushButton(self.tr("Remove links"), toolTip=self.tr("Remove the passages linked to this question"))
        self.unlink_button.clicked.connect(lambda: self._emit_for_current(self.unlink_requested))
        self.scale = QComboBox(toolTip=self.tr("Grading scale"))
        self.grade = QComboBox(toolTip=self.tr("Grade of the reply (the reviewer decides)"))
        self.actions_button = QToolButton(text=self.tr("Actions ▾"),
                                          toolTip=self.tr("Actions the reply reports (investigation, release…)"))
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.actions_menu = QMenu(self.actions_button)
        self.action_items = {}
        for name in ACTIONS:
            action = self.actions_menu.addAction(word(name))
            action.setCheckable(True)
            action.toggled.connect(lambda _on: self.actions_chosen.emit(self.checked_actions()))
            self.action_items[name] = action
        self.actions_button.setMenu(self.actions_menu)
        self.proposal = QLabel()
        self.proposal.setStyleSheet("color: #555;")
        for combo in (self.scale, self.grade):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scale.currentIndexChanged.connect(self._fill_grades)
        self.grade.activated.connect(lambda _i: self.grade_chosen.emit(self.scale.currentData() or "",
                                                                       self.grade.currentData() or ""))
        bar = QHBoxLayout()
        bar.addWidget(QLabel("<b>{}</b>".format(self.tr("Answers"))))
        bar.addWidget(self.accept_button)
        bar.addWidget(self.reject_button)
        bar.addWidget(self.unlink_button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Grade:")))
        bar.addWidget(self.scale)
        bar.addWidget(self.grade)
        bar.addWidget(self.actions_button)
        bar.addWidget(self.proposal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self._assessment: CaseAssessment | None = None
        self.preferred_scale: str | None = None

    def set_assessment(self, assessment: CaseAssessment | None) -> None:
        self._assessment = assessment
        self.scale.blockSignals(True)
        self.scale.clear()
        for scale in assessment.scales if assessment else ():
            self.scale.addItem(word(scale.name), scale.key)
        # The recorded grade's scale, else the reviewer's usual one (Preferences).
        shown = assessment.grade.scale if assessment and assessment.grade else self.preferred_scale
        self.scale.setCurrentIndex(max(0, self.scale.findData(shown)))
        self.scale.blockSignals(False)
        self._fill_grades()
        proposal = assessment.proposal if assessment else None
        self.proposal.setText(self.tr("proposed: {grade}").format(grade=word(proposal.label)) if proposal else "")
        grade = assessment.grade if assessment else None
        chosen = set(grade.actions) if grade else set()
        for name, action in self.action_items.items():
            action.blockSignals(True)
            action.setChecked(name in chosen)
            action.blockSignals(False)
        self.actions_button.setText(self.tr("Actions (%n) ▾", "", len(chosen)) if chosen else self.tr("Actions ▾"))

    def checked_actions(self) -> list[str]:
        return [name for name, action in self.action_items.items() if action.isChecked()]

    def _fill_grades(self) -> None:
        self.grade.clear()
        assessment = self._assessment
        if assessment is None:
            return
        scale = next((s for s in assessment.scales if s.key == self.scale.currentData()), None)
        self.grade.addItem(self.tr("— not graded —"), "")
        for key, label, _admin in scale.values if scale else ():
            self.grade.addItem(word(label), key)
        grade = assessment.grade
        if grade and scale and grade.scale == scale.key:
            index = self.grade.findData(grade.value)
            self.grade.setCurrentIndex(max(0, index))
            if grade.automatic:
                self.grade.setItemText(index, self.tr("{grade} (automatic)").format(grade=word(grade.label)))

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.question_selected.emit(current.data(QUESTION_NUMBER_ROLE))

    def _emit_for_current(self, signal) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            signal.emit(index.data(QUESTION_NUMBER_ROLE))

    def select_question(self, number: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(QUESTION_NUMBER_ROLE) == number:
                self.table.blockSignals(True)
                self.table.selectRow(row)
                self.table.blockSignals(False)
                return
