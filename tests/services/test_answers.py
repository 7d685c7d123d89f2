"""Reviewer links between questions and reply passages."""

from __future__ import annotations

import pytest

from reviewdesk.services.answers import AnswerLinkError, link_passage, links_for_case, restore_link, unlink
from reviewdesk.services.cases import case_detail
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS, REPLIES


def test_link_unlink_restore(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    detail = case_detail(store, "AL OTH 78/2021")
    letter = detail.letter()
    reply = next(d for d in detail.documents if d.kind == "reply")
    start = reply.text.index("Concerning questions 2 and 3")
    end = reply.text.index("\n\n", start)
    q2, q3 = letter.questions[1], letter.questions[2]
    first = link_passage(store, q2.id, reply.id, start, end + 2)
    link_passage(store, q3.id, reply.id, start, end)
    assert first.quote.startswith("Concerning questions 2 and 3") and not first.quote.endswith("\n")
    assert [(link.question_number, link.start) for link in links_for_case(store, detail.summary.id)] == [(2, start), (3, start)]
    removed = unlink(store, first.id)
    assert [link.question_number for link in links_for_case(store, detail.summary.id)] == [3]
    restore_link(store, removed)
    assert [link.id for link in links_for_case(store, detail.summary.id)][0] == first.id
    with pytest.raises(AnswerLinkError):
        link_passage(store, q2.id, letter.id, 0, 10)  # the letter cannot answer itself
