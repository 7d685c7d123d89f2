"""What the open case shows, read in one query on the store worker."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from reviewdesk.db import Store
from reviewdesk.domain.assessment import DEFAULT_SCALE
from reviewdesk.domain.vocabulary import REPLY_KINDS, DocumentKind
from reviewdesk.services.answer_links import QuestionAnswers, answers_overview
from reviewdesk.services.assessment import CaseAssessment, case_assessment
from reviewdesk.services.cases import case_detail_by_id
from reviewdesk.services.dto import CaseDetail, DocumentDTO
from reviewdesk.services.redaction import RedactionDTO, redactions_for_case
from reviewdesk.services.tags import TagDTO, tags_for_case


class Pane(StrEnum):
    """The three panes of the case view, each showing documents of some kinds."""

    LETTER = "letter pane"
    ANNEX = "annex pane"
    REPLY = "reply pane"


PANE_KINDS = {Pane.LETTER: frozenset({DocumentKind.LETTER}), Pane.ANNEX: frozenset({DocumentKind.ANNEX}),
              Pane.REPLY: REPLY_KINDS}


@dataclass(frozen=True)
class CaseView:
    detail: CaseDetail
    tags: list[TagDTO]
    overview: list[QuestionAnswers]
    assessment: CaseAssessment
    redactions: tuple[RedactionDTO, ...] = ()

    @property
    def case_id(self) -> int:
        return self.detail.summary.id

    def documents_of(self, pane: Pane) -> list[DocumentDTO]:
        return [d for d in self.detail.documents if d.kind in PANE_KINDS[pane]]


def load_case_view(store: Store, case_id: int, scale: str = DEFAULT_SCALE) -> CaseView:
    return CaseView(case_detail_by_id(store, case_id), tags_for_case(store, case_id, include_pending=True),
                    answers_overview(store, case_id), case_assessment(store, case_id, scale),
                    redactions_for_case(store, case_id))
