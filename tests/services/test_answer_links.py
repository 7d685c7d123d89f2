"""Reviewer links between questions and reply passages, and rejected proposals: each edit undone exactly."""

from __future__ import annotations

import pytest

from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.services.answer_links import (
    AnswerLinkError,
    LinkUndo,
    answers_overview,
    link_passage,
    links_for_case,
    reject_suggestion,
    unlink,
)
from reviewdesk.services.cases import case_detail
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS, REPLIES
from .snapshot import Snapshots


@pytest.fixture
def case(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    return case_detail(store, "AL OTH 78/2021")


def test_link_unlink_and_undo_bring_back_the_same_links(store, case):
    letter = case.letter()
    reply = next(d for d in case.documents if d.kind == "reply")
    start = reply.text.index("Concerning questions 2 and 3")
    end = reply.text.index("\n\n", start)
    q2, q3 = letter.questions[1], letter.questions[2]
    first = link_passage(store, q2.id, reply.id, start, end + 2)
    second = link_passage(store, q3.id, reply.id, start, end)
    assert first.value.quote.startswith("Concerning questions 2 and 3") and not first.value.quote.endswith("\n")
    assert first.changes.links and first.changes.cases == {case.summary.id}
    assert [(link.question_number, link.start) for link in links_for_case(store, case.summary.id)] == [(2, start), (3, start)]
    snapshots = Snapshots(store.path)
    linked = snapshots.take()
    removed = unlink(store, [first.value.id, second.value.id])
    assert {link.id for link in removed.value} == {first.value.id, second.value.id}
    assert isinstance(removed.inverse, LinkUndo) and links_for_case(store, case.summary.id) == []
    redo = removed.inverse.apply(store)
    assert snapshots.take() == linked  # same ids, same times
    redo.inverse.apply(store)
    assert links_for_case(store, case.summary.id) == []
    with pytest.raises(AnswerLinkError, match="no answer link"):
        unlink(store, [first.value.id])
    with pytest.raises(AnswerLinkError, match="only a reply of the same case"):
        link_passage(store, q2.id, letter.id, 0, 10)  # the letter cannot answer itself
    snapshots.close()


def test_rejected_proposal_stops_being_proposed_and_undo_resumes_it(store, case):
    question = answers_overview(store, case.summary.id)[1]
    proposal = question.suggestions[0]
    rejection = reject_suggestion(store, question.question_id, proposal.document_id, proposal.start)
    assert rejection.value is True
    again = answers_overview(store, case.summary.id)[1]
    assert (proposal.document_id, proposal.start) not in {(s.document_id, s.start) for s in again.suggestions}
    assert reject_suggestion(store, question.question_id, proposal.document_id, proposal.start).value is False
    rejection.inverse.apply(store)
    assert answers_overview(store, case.summary.id)[1].suggestions[0] == proposal


def test_errors_are_review_desk_errors():
    assert issubclass(AnswerLinkError, ReviewDeskError) and issubclass(AnswerLinkError, ValueError)
