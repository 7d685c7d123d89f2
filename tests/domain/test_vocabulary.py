"""The domain's words: every verdict has its marks, replies are one set, timeliness is one computation."""

from __future__ import annotations

from datetime import date

from reviewdesk.domain.assessment import Verdict
from reviewdesk.domain.vocabulary import (
    LETTER_KINDS,
    PROMINENT_REASONS,
    REPLY_KINDS,
    VERDICT_MARKS,
    DocumentKind,
    ReplyState,
    SuggestionReason,
    reply_timeliness,
)


def test_every_verdict_has_a_distinct_sign_colour_and_shade():
    assert set(VERDICT_MARKS) == set(Verdict)
    for part in ("sign", "colour", "shade"):
        assert len({getattr(mark, part) for mark in VERDICT_MARKS.values()}) == len(Verdict)


def test_kinds_and_reasons():
    assert REPLY_KINDS == {DocumentKind.REPLY, DocumentKind.FOLLOW_UP} and not REPLY_KINDS & LETTER_KINDS
    assert PROMINENT_REASONS == {SuggestionReason.EXPLICIT, SuggestionReason.BEST}


def test_reply_timeliness_on_time_late_and_undated():
    due = date(2021, 5, 11)
    on_time = reply_timeliness(due, date(2021, 5, 1), 1, date(2022, 1, 1))
    assert (on_time.state, on_time.days, on_time.late) == (ReplyState.RECEIVED, -10, False)
    undated = reply_timeliness(due, None, 1, date(2022, 1, 1))
    assert (undated.state, undated.days, undated.late) == (ReplyState.RECEIVED, None, False)
    due_today = reply_timeliness(due, None, 0, due)
    assert (due_today.state, due_today.days) == (ReplyState.AWAITED, 0)
