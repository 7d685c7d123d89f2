"""The Deadlines view and the Dashboard, offscreen, over generated letters imported for real."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtWidgets import QGroupBox

from reviewdesk.gui.dashboard import Dashboard
from reviewdesk.gui.deadlines_view import Column, DeadlinesView
from reviewdesk.gui.operations import Operations
from reviewdesk.services.assessment import set_grade
from reviewdesk.services.cases import case_detail
from reviewdesk.services.corrections import correct_fields
from reviewdesk.services.importer import import_paths
from tests.generated import MANDATE_NAMES, write_corpus
from tests.services.test_deadlines import ORDER, SPECS, TODAY



@pytest.fixture
def ops(store, tmp_path):
    assert not import_paths(store, write_corpus(tmp_path / "corpus", [s for s, _st, _d in SPECS.values()]),
                            ocr_language=None).failed
    return Operations(store, synchronous=True)


def _case_id(store, reference: str) -> int:
    return case_detail(store, reference).summary.id


def _rows(tree) -> list[list[str]]:
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())] for i in range(tree.topLevelItemCount())]


def test_deadlines_urgent_first_overdue_marked_in_words_and_icon_sortable_by_days(qtbot, ops, store):
    view = DeadlinesView(ops, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    tree = view.tree
    rows = _rows(tree)
    assert [r[Column.REFERENCE] for r in rows] == ORDER
    first = tree.topLevelItem(0)
    assert rows[0][Column.STATE] == "overdue" and first.font(Column.STATE).bold()
    assert rows[0][Column.DAYS] == "10 days overdue"
    assert not first.icon(Column.STATE).isNull() and "Overdue" in first.toolTip(Column.STATE)
    assert tree.topLevelItem(1).icon(Column.STATE).isNull()  # only overdue rows carry the icon
    assert rows[1][Column.DAYS] == "3 days left" and rows[-1][Column.DAYS] == "30 days early"
    assert view.summary.text() == "8 communications · 2 overdue · 2 due within 7 days"

    view.tree.header().sectionClicked.emit(Column.DAYS)
    assert [r[Column.REFERENCE] for r in _rows(tree)] == [
        "UA OTH 1/2025", "UA BRA 2/2025", "AL BRA 3/2025", "AL BRA 4/2025", "AL OTH 5/2025", "OL BRA 6/2025",
        "AL BRA 8/2025", "AL OTH 7/2025"]
    view.tree.header().sectionClicked.emit(Column.DAYS)  # again: descending
    descending = [r[Column.REFERENCE] for r in _rows(tree)]
    assert descending[:2] == ["UA BRA 2/2025", "UA OTH 1/2025"]  # urgent appeals stay on top
    assert descending[2:4] == ["AL OTH 7/2025", "AL BRA 8/2025"]


def test_deadlines_grouped_filtered_opened_and_refreshed_after_an_edit(qtbot, ops, store):
    view = DeadlinesView(ops, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.grouping.setCurrentIndex(1)  # by mandate
    tree = view.tree
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [g.text(0).split(" — ")[0] for g in groups] == sorted(MANDATE_NAMES[:3], key=str.casefold)
    second = next(g for g in groups if g.text(0).startswith(MANDATE_NAMES[1]))
    assert second.text(0) == f"{MANDATE_NAMES[1]} — 2 cases, 1 overdue"
    assert [second.child(i).text(Column.REFERENCE) for i in range(second.childCount())] == [
        "UA OTH 1/2025", "AL BRA 4/2025"]

    wanted = _case_id(store, "AL BRA 4/2025")
    with qtbot.waitSignal(view.case_requested) as opened:
        tree.itemActivated.emit(second.child(1), 0)
    assert opened.args == [wanted]
    clicked = []
    view.case_requested.connect(clicked.append)
    tree.itemActivated.emit(second, 0)  # a group row opens nothing
    assert clicked == []

    view.grouping.setCurrentIndex(0)
    view.set_case_ids([wanted, _case_id(store, "UA OTH 1/2025")])
    assert [r[Column.REFERENCE] for r in _rows(tree)] == ["UA OTH 1/2025", "AL BRA 4/2025"]
    # A correction from anywhere in the window reaches the view through ops.changed.
    ops.edit(lambda s: correct_fields(s, wanted, {"organisation": "Corrected Mission"}, author="Ana"))
    assert _rows(tree)[1][Column.ADDRESSEE] == "Corrected Mission" and _rows(tree)[1][Column.REVIEWERS] == "Ana"
    view.grouping.setCurrentIndex(2)  # by reviewer
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        "Ana — 1 case", "(no reviewer) — 1 case, 1 overdue"]
    view.set_case_ids(None)
    assert view.summary.text().startswith("8 communications")


def test_dashboard_charts_beside_tables_breakdowns_facets_and_csv(qtbot, ops, store, tmp_path):
    late = _case_id(store, "AL OTH 7/2025")
    detail = case_detail(store, "AL OTH 7/2025")
    latest = max((d for d in detail.documents if d.kind == "reply"), key=lambda d: d.filename)
    set_grade(store, late, latest.id, "piccone", "steps-taken")
    board = Dashboard(ops, today=lambda: TODAY)
    qtbot.addWidget(board)
    board.resize(1366, 768)
    board.show()
    # 8 cases: 2 replied (7 and 8); known outcomes: the 2 replied and the 2 overdue; 8 replied in time.
    assert board.headline.text() == ("8 cases · reply rate 25.0 % · within the deadline 25.0 % · "
                                     "median delay 52 days")
    assert len(board.panels) == 6 and len(board.canvases) == 6
    boxes = [board.body_layout.itemAt(i).widget() for i in range(6)]
    assert [b.title() for b in boxes][:2] == ["Replies by addressee kind",
                                             "Days from letter to first reply by addressee kind"]
    first = board.panels[0].table
    assert [row[0] for row in first.rows] == ["All cases", "State", "company"]
    assert first.rows[2][:3] == ("company", 3, 1)
    canvas = board.canvases[0]
    assert canvas.figure.axes[0].get_yticklabels()[0].get_text() == "All cases"

    board.breakdown.setCurrentIndex(board.breakdown.findData("type"))
    assert [row[0] for row in board.panels[0].table.rows] == ["All cases", "AL", "OL", "UA"]
    grades = board.panels[2].table
    assert grades.rows[1][0] == "AL" and grades.rows[1][grades.columns.index("Steps taken to address")] == 1

    board.set_case_ids([late])
    assert board.headline.text().startswith("1 case · reply rate 100.0 % · within the deadline 0.0 %")
    target = tmp_path / "replies.csv"
    with qtbot.waitSignal(board.csv_written):
        board.export_csv(0, str(target))
    with target.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0][:3] == ["Type", "Cases", "Replied"] and table[1][:3] == ["All cases", "1", "1"]
    board.set_case_ids(None)
    # The previous figures' boxes are off the page at once, not left under the new ones until the event loop runs.
    assert len(board.body.findChildren(QGroupBox)) == 6


def test_dashboard_export_to_a_bad_place_is_reported_not_raised(qtbot, ops, tmp_path):
    errors = []
    ops.error_handler = errors.append
    board = Dashboard(ops, today=lambda: TODAY)
    qtbot.addWidget(board)
    board.export_csv(0, str(tmp_path / "missing" / "x.csv"))
    assert len(errors) == 1 and "cannot write in" in str(errors[0])
