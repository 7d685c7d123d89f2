"""The plain data the services hand out: import summaries, timeliness, replies counted one way everywhere."""

from __future__ import annotations

from datetime import date

from sqlalchemy import update

from reviewdesk.db.models import Document
from reviewdesk.domain.vocabulary import DocumentKind, ReplyState
from reviewdesk.services.answer_links import answers_overview
from reviewdesk.services.assessment import case_assessment
from reviewdesk.services.cases import case_detail, list_cases
from reviewdesk.services.dto import CaseSummary, FileResult, ImportStatus, ImportSummary
from reviewdesk.services.export import build_briefing
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS, REPLIES


def test_import_summary_sorts_each_result_into_its_own_list():
    results = [FileResult("a", ImportStatus.IMPORTED), FileResult("b", ImportStatus.DUPLICATE),
               FileResult("c", ImportStatus.FAILED, "corrupt"), FileResult("d", ImportStatus.CANCELLED)]
    summary = ImportSummary(results)
    assert [r.path for r in summary.imported] == ["a"]
    assert [r.path for r in summary.duplicates] == ["b"]
    assert [r.path for r in summary.failed] == ["c"]


def _summary(reply_due, first_reply, replies) -> CaseSummary:
    return CaseSummary(1, "AL OTH 1/2026", "AL", "OTH", date(2026, 1, 9), None, None, reply_due, 1, 4, replies,
                       first_reply)


def test_case_summary_timeliness():
    due = date(2026, 3, 10)
    awaited = _summary(due, None, 0).timeliness(date(2026, 3, 1))
    assert (awaited.state, awaited.days, awaited.late) == (ReplyState.AWAITED, 9, False)
    overdue = _summary(due, None, 0).timeliness(date(2026, 3, 15))
    assert (overdue.state, overdue.days, overdue.late) == (ReplyState.OVERDUE, 5, True)
    late = _summary(due, date(2026, 3, 12), 1).timeliness(date(2026, 6, 1))
    assert (late.state, late.days, late.late, late.received) == (ReplyState.RECEIVED, 2, True, date(2026, 3, 12))
    assert _summary(None, None, 0).timeliness(date(2026, 3, 1)).days is None


def test_a_follow_up_counts_as_a_reply_in_the_list_the_assessment_the_answers_and_the_briefing(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    with store.session() as session:
        session.execute(update(Document).where(Document.kind == DocumentKind.REPLY)
                        .values(kind=DocumentKind.FOLLOW_UP))
    (case,) = list_cases(store)
    assert case.reply_count == 1 and case.timeliness(date(2030, 1, 1)).state is ReplyState.RECEIVED
    follow_up = next(d for d in case_detail(store, case.reference).documents if d.kind is DocumentKind.FOLLOW_UP)
    assert case_assessment(store, case.id, today=date(2030, 1, 1)).reply_id == follow_up.id
    assert any(q.suggestions for q in answers_overview(store, case.id))
    briefing = build_briefing(store, case.reference, today=date(2030, 1, 1))
    assert dict(briefing.cover)["Reply"].startswith("received on")
    assert any(section.title.startswith("Reply") for section in briefing.sections)
