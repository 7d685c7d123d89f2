"""Verdicts, grades on editable scales, the proposed grade and automatic "No response"."""

from __future__ import annotations

from datetime import date

import pytest

from reviewdesk.db import open_store
from reviewdesk.domain.assessment import Verdict
from reviewdesk.services.assessment import (
    AssessmentError,
    GradeUndo,
    VerdictDTO,
    VerdictUndo,
    case_assessment,
    list_scales,
    set_grade,
    set_verdict,
)
from reviewdesk.services.cases import case_detail
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS, REPLIES
from .snapshot import Snapshots


def test_scales_are_data_in_every_store(store):
    scales = {s.key: s for s in list_scales(store)}
    assert [label for _k, label, admin in scales["piccone"].values if not admin] == [
        "No response", "Violation rejected", "Responsive but incomplete", "Immaterial response", "Steps taken to address"]
    assert [label for _k, label, admin in scales["piccone"].values if admin] == ["In translation", "File not available"]
    assert [k for k, _l, _a in scales["hrc"].values] == ["A", "B", "C", "D", "E"]


def test_no_reply_past_due_is_graded_no_response_automatically_and_overridable(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf"])
    case_id = case_detail(store, "AL OTH 78/2021").summary.id
    assessment = case_assessment(store, case_id, today=date(2021, 6, 1))
    assert assessment.grade.label == "No response" and assessment.grade.automatic
    assert case_assessment(store, case_id, today=date(2021, 4, 1)).grade is None
    set_grade(store, case_id, None, "piccone", "file-not-available")
    overridden = case_assessment(store, case_id, today=date(2021, 6, 1)).grade
    assert overridden.label == "File not available" and not overridden.automatic


def test_verdicts_propose_a_grade_and_survive_reopening(tmp_path):
    path = tmp_path / "a.rdstore"
    store = open_store(path)
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    detail = case_detail(store, "AL OTH 78/2021")
    questions = detail.letter().questions
    set_verdict(store, questions[0].id, Verdict.REJECTED, "denies forced labour")
    set_verdict(store, questions[1].id, Verdict.PARTIAL, "tier 1 only")
    answered = set_verdict(store, questions[1].id, Verdict.ANSWERED)
    assert answered.value.value is Verdict.ANSWERED and answered.changes.assessment
    answered.inverse.apply(store)
    assert case_assessment(store, detail.summary.id).verdicts[questions[1].id] == VerdictDTO(
        questions[1].id, Verdict.PARTIAL, "tier 1 only")
    assessment = case_assessment(store, detail.summary.id)
    assert assessment.proposal.label == "Responsive but incomplete"
    assert assessment.grade is None
    reply_id = assessment.reply_id
    set_grade(store, detail.summary.id, reply_id, "piccone", "steps-taken", ["policy or law change"], "code of conduct")
    store.close()
    store = open_store(path)
    again = case_assessment(store, detail.summary.id)
    assert again.verdicts[questions[0].id].value is Verdict.REJECTED
    assert again.verdicts[questions[0].id].note == "denies forced labour"
    assert (again.grade.label, again.grade.actions, again.grade.note) == (
        "Steps taken to address", ("policy or law change",), "code of conduct")
    hrc = case_assessment(store, detail.summary.id, scale_key="hrc")
    assert hrc.grade.scale == "piccone"  # the stored grade keeps its own scale
    with pytest.raises(AssessmentError, match="no value"):
        set_grade(store, detail.summary.id, reply_id, "hrc", "Z")
    with pytest.raises(AssessmentError, match="unknown action"):
        set_grade(store, detail.summary.id, reply_id, "hrc", "A", ["bribery"])
    store.close()


def test_verdicts_and_grades_are_undone_exactly(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    detail = case_detail(store, "AL OTH 78/2021")
    question = detail.letter().questions[0].id
    case_id = detail.summary.id
    reply_id = case_assessment(store, case_id).reply_id
    steps = [lambda: set_verdict(store, question, Verdict.REJECTED, "denies"),
             lambda: set_verdict(store, question, Verdict.ANSWERED),
             lambda: set_verdict(store, question, None),
             lambda: set_grade(store, case_id, reply_id, "piccone", "steps-taken", ["release"], "freed"),
             lambda: set_grade(store, case_id, reply_id, "hrc", "B"),
             lambda: set_grade(store, case_id, reply_id, None, None)]
    snapshots = Snapshots(store.path)
    states, edits = [snapshots.take()], []
    for step in steps:
        edits.append(step())
        states.append(snapshots.take())
    assert isinstance(edits[0].inverse, VerdictUndo) and isinstance(edits[3].inverse, GradeUndo)
    assert edits[0].value == VerdictDTO(question, Verdict.REJECTED, "denies") and edits[5].value is None
    assert edits[4].value.label.startswith("B")
    for index in reversed(range(len(edits))):  # undo all, each back to exactly the state before it
        redo = edits[index].inverse.apply(store)
        assert snapshots.take() == states[index]
        redo.inverse.apply(store)
        assert snapshots.take() == states[index + 1]
        edits[index].inverse.apply(store)
    snapshots.close()
    with pytest.raises(AssessmentError, match="not a verdict"):
        set_verdict(store, question, "maybe")
