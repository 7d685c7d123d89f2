"""The domain's words: document kinds, tag statuses, suggestion reasons, verdict marks, timeliness.

Everything outside ``domain`` and ``db`` compares against these, never against
raw strings, so a new kind or status is added in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from reviewdesk.domain.assessment import Verdict
from reviewdesk.domain.letter import DocumentKind

# Tesseract's language for scans when the reviewer chose none (Tools › OCR languages adds others).
DEFAULT_OCR_LANGUAGE = "eng"

# What a State or company sends back: counted alike everywhere (list, header, assessment, export).
REPLY_KINDS = frozenset({DocumentKind.REPLY, DocumentKind.FOLLOW_UP})
# The kinds a reviewer may give a document (UNKNOWN is only ever the parser's).
CHOSEN_KINDS = (DocumentKind.LETTER, DocumentKind.ANNEX, DocumentKind.REPLY, DocumentKind.FOLLOW_UP)

# What the mandates send: never attached to another case as a reply.
LETTER_KINDS = frozenset({DocumentKind.LETTER, DocumentKind.ANNEX})


class TagStatus(StrEnum):
    ACCEPTED = "accepted"
    PENDING = "pending"  # proposed by ReviewDesk, waiting for the reviewer


class VocabularyKey(StrEnum):
    """The vocabularies ReviewDesk itself proposes terms from (a store may hold others)."""

    ALLEGATIONS = "allegations"
    LEGAL = "legal"  # legal standards: treaties and articles, the Guiding Principles, resolutions


class SuggestionReason(StrEnum):
    """Why a reply passage is proposed as the answer to a question."""

    EXPLICIT = "explicit"  # the reply names the question ("In reply to question 2")
    BEST = "best"  # the highest-scoring passage for the question
    POSSIBLE = "possible"  # a weaker candidate
    NUMBERED = "numbered"  # the reply's own numbering matches
    SIMILAR = "similar"  # shares words with the question


# The proposals shown to the reviewer (highlighted, accepted with one key).
PROMINENT_REASONS = frozenset({SuggestionReason.EXPLICIT, SuggestionReason.BEST})


@dataclass(frozen=True)
class VerdictMark:
    """A verdict is shown with a word, a sign and a colour, so print and colour-blind readers lose nothing."""

    sign: str
    colour: str  # Okabe–Ito, for the screen
    shade: str  # a light tint for Word tables, readable in black-and-white print


VERDICT_MARKS: dict[Verdict, VerdictMark] = {
    Verdict.ANSWERED: VerdictMark("✔", "#009E73", "D9F2E6"),
    Verdict.PARTIAL: VerdictMark("◐", "#E69F00", "FCEBC7"),
    Verdict.NOT_ANSWERED: VerdictMark("✘", "#D55E00", "F8D7C8"),
    Verdict.REJECTED: VerdictMark("⊘", "#CC79A7", "F1DCEA"),
    Verdict.NOT_APPLICABLE: VerdictMark("–", "#999999", "E6E6E6"),
}


class ReplyState(StrEnum):
    RECEIVED = "received"
    AWAITED = "awaited"  # no reply, not yet due (or no due date)
    OVERDUE = "overdue"  # no reply, past the due date


@dataclass(frozen=True)
class Timeliness:
    """Where a communication stands against its reply deadline on a given day.

    ``days`` is signed: for an awaited reply, days left; for an overdue one, days
    past due (positive); for a received one, days late (positive) or early/on time (≤ 0).
    ``None`` when there is no due date.
    """

    state: ReplyState
    due: date | None
    days: int | None
    received: date | None = None

    @property
    def late(self) -> bool:
        return self.days is not None and self.days > 0 and self.state is not ReplyState.AWAITED


def reply_timeliness(reply_due: date | None, first_reply: date | None, reply_count: int, today: date) -> Timeliness:
    """The one computation of "days left / late" used by the list, the header, the export and the assessment."""
    if reply_count:
        days = (first_reply - reply_due).days if reply_due and first_reply else None
        return Timeliness(ReplyState.RECEIVED, reply_due, days, first_reply)
    if reply_due is None:
        return Timeliness(ReplyState.AWAITED, None, None)
    if today > reply_due:
        return Timeliness(ReplyState.OVERDUE, reply_due, (today - reply_due).days)
    return Timeliness(ReplyState.AWAITED, reply_due, (reply_due - today).days)
