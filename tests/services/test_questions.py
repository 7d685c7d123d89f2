"""The questions editor: the reviewer's work follows its question, and every edit is undone exactly."""

from __future__ import annotations

import pytest

from reviewdesk.domain.assessment import Verdict
from reviewdesk.services.answer_links import link_passage, links_for_case, reject_suggestion
from reviewdesk.services.assessment import case_assessment, set_verdict
from reviewdesk.services.cases import case_detail, show_json
from reviewdesk.services.importer import import_paths
from reviewdesk.services.questions import (
    QuestionEditError,
    add_question,
    merge_questions,
    remove_question,
    renumber_questions,
    set_question_span,
    split_question,
)

from ..conftest import LETTERS, REPLIES
from .snapshot import Snapshots, differences


@pytest.fixture
def case(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    return case_detail(store, "AL OTH 78/2021")


@pytest.fixture
def snapshots(store, case):
    taken = Snapshots(store.path)
    yield taken
    taken.close()


def _reply(case):
    return next(d for d in case.documents if d.kind == "reply")


def _letter(store):
    return case_detail(store, "AL OTH 78/2021").letter()


def _undo_redo(store, snapshots, before, edit):
    after = snapshots.take()
    redo = edit.inverse.apply(store)
    assert snapshots.take() == before, differences(before, snapshots.take())
    redo.inverse.apply(store)
    assert snapshots.take() == after, differences(after, snapshots.take())


def test_split_keeps_the_work_on_the_first_part_and_shifts_the_numbers(store, case, snapshots):
    letter = case.letter()
    third = letter.questions[2]
    set_verdict(store, third.id, Verdict.ANSWERED, "fine")
    reply = _reply(case)
    link_passage(store, third.id, reply.id, 0, 40)
    before = snapshots.take()
    offset = third.start + letter.text[third.start:third.end].index(" and ") + 1
    edit = split_question(store, third.id, offset, "Ana")
    first, second = edit.value
    assert first.id == third.id and (first.number, second.number) == (3, 4) and second.label == "4."
    assert first.text + " " + second.text == third.text
    questions = _letter(store).questions
    assert [q.number for q in questions] == list(range(1, 10)) and questions[8].label == "9."
    assert [link.question_id for link in links_for_case(store, case.summary.id)] == [third.id]
    assert case_assessment(store, case.summary.id).verdicts[third.id].value is Verdict.ANSWERED
    provenance = show_json(case_detail(store, "AL OTH 78/2021"))
    assert len(provenance["questions"]) == 9
    corrected = next(d for d in provenance["documents"] if d["kind"] == "letter")["corrected"]["questions"]
    assert corrected["by"] == "Ana" and len(corrected["previous"]) == 8
    _undo_redo(store, snapshots, before, edit)


def test_merge_moves_links_and_notes_the_second_verdict(store, case, snapshots):
    letter = case.letter()
    second, third = letter.questions[1], letter.questions[2]
    reply = _reply(case)
    link_passage(store, second.id, reply.id, 0, 40)
    link_passage(store, third.id, reply.id, 0, 40)  # the same passage: kept once
    link_passage(store, third.id, reply.id, 100, 160)
    reject_suggestion(store, third.id, reply.id, 200)
    set_verdict(store, second.id, Verdict.PARTIAL, "tier 1 only")
    set_verdict(store, third.id, Verdict.NOT_ANSWERED, "silent")
    before = snapshots.take()
    edit = merge_questions(store, second.id, third.id, "Ana")
    merged = edit.value
    assert merged.id == second.id and merged.start == second.start and merged.end == third.end
    assert [q.number for q in _letter(store).questions] == list(range(1, 8))
    links = links_for_case(store, case.summary.id)
    assert sorted((link.question_id, link.start) for link in links) == [(second.id, 0), (second.id, 100)]
    verdict = case_assessment(store, case.summary.id).verdicts[second.id]
    assert verdict.value is Verdict.PARTIAL
    assert verdict.note == f"tier 1 only\nMerged from question 3: {Verdict.NOT_ANSWERED.value} — silent"
    _undo_redo(store, snapshots, before, edit)


def test_merge_takes_the_second_verdict_when_the_first_has_none_and_refuses_non_neighbours(store, case):
    letter = case.letter()
    set_verdict(store, letter.questions[4].id, Verdict.REJECTED)
    merge_questions(store, letter.questions[4].id, letter.questions[3].id)  # given in either order
    assert case_assessment(store, case.summary.id).verdicts[letter.questions[3].id].value is Verdict.REJECTED
    with pytest.raises(QuestionEditError, match="not neighbours"):
        merge_questions(store, letter.questions[0].id, letter.questions[2].id)


def test_the_span_is_edited_within_the_letter_without_overlapping(store, case, snapshots):
    letter = case.letter()
    first, second = letter.questions[0], letter.questions[1]
    before = snapshots.take()
    edit = set_question_span(store, first.id, first.start, first.end - 20, "Ana")
    assert edit.value.end == first.end - 20 and edit.value.text == " ".join(
        letter.text[first.start:first.end - 20].split())
    _undo_redo(store, snapshots, before, edit)
    with pytest.raises(QuestionEditError, match="overlap question 2"):
        set_question_span(store, first.id, first.start, second.start + 5)
    with pytest.raises(QuestionEditError):
        set_question_span(store, first.id, len(letter.text) + 5, len(letter.text) + 10)


def test_add_remove_and_renumber(store, case, snapshots):
    letter = case.letter()
    last = letter.questions[-1]
    sentence_start = letter.text.index("This communication", last.end)
    sentence_end = letter.text.index(".", sentence_start) + 1
    before = snapshots.take()
    added = add_question(store, letter.id, sentence_start, sentence_end, "Ana")
    assert added.value.number == 9 and added.value.label == "9."
    _undo_redo(store, snapshots, before, added)
    removed = remove_question(store, added.value.id)
    assert len(_letter(store).questions) == 8 and removed.value.id == added.value.id
    set_verdict(store, letter.questions[0].id, Verdict.ANSWERED)
    with pytest.raises(QuestionEditError, match="merge it"):
        remove_question(store, letter.questions[0].id)
    ids = [q.id for q in _letter(store).questions]
    state = snapshots.take()
    reordered = renumber_questions(store, letter.id, list(reversed(ids)), "Ana")
    assert [q.number for q in reordered.value] == list(range(1, 9))
    assert _letter(store).questions[0].id == ids[-1] and _letter(store).questions[0].label == "1."
    _undo_redo(store, snapshots, state, reordered)
    assert renumber_questions(store, letter.id).changes  # back to text order
    assert not renumber_questions(store, letter.id).changes  # already in text order
    with pytest.raises(QuestionEditError, match="each of its questions once"):
        renumber_questions(store, letter.id, ids[:3])


def test_only_letters_have_questions_and_a_split_needs_two_parts(store, case):
    with pytest.raises(QuestionEditError, match="not a letter"):
        add_question(store, _reply(case).id, 0, 10)
    question = case.letter().questions[0]
    with pytest.raises(QuestionEditError):
        split_question(store, question.id, question.end + 3)
