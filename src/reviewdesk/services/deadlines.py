"""Deadlines: where every communication stands against its reply due date, grouped, and as a calendar.

States come from the one computation of "days left / late",
``domain.vocabulary.reply_timeliness``; this module only sorts them into the
buckets a reviewer plans by (overdue, due within 7 or 30 days, awaiting,
received on time or late). A "reviewer" of a case is whoever annotated it: the
authors of its tags and of its field corrections (the store records no other
assignment).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from reviewdesk.db import Store
from reviewdesk.db.models import Case, Document, FieldCorrection, Tag
from reviewdesk.documents.icalendar import CalendarEvent, write_calendar
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.mandates import canonical_mandate
from reviewdesk.domain.vocabulary import DocumentKind, ReplyState
from reviewdesk.services.cases import summaries

SOON_DAYS = 7
MONTH_DAYS = 30
UNASSIGNED = "(no reviewer)"
NO_MANDATE = "(no mandate)"


class DeadlineError(ReviewDeskError, ValueError):
    pass


class DeadlineState(StrEnum):
    """In the order a reviewer acts on them."""

    OVERDUE = "overdue"
    DUE_7 = "due within 7 days"
    DUE_30 = "due within 30 days"
    AWAITING = "awaiting"
    RECEIVED_LATE = "received late"
    RECEIVED_ON_TIME = "received on time"
    RECEIVED = "received"  # no due date or no reply date to compare

    @property
    def open(self) -> bool:
        """No reply yet: the communication still waits for one."""
        return self in _OPEN


_OPEN = frozenset({DeadlineState.OVERDUE, DeadlineState.DUE_7, DeadlineState.DUE_30, DeadlineState.AWAITING})
_STATE_ORDER = {state: index for index, state in enumerate(DeadlineState)}


class Grouping(StrEnum):
    NONE = "none"
    MANDATE = "mandate"
    REVIEWER = "reviewer"


@dataclass(frozen=True)
class DeadlineRow:
    case_id: int
    reference: str
    type: str | None
    urgent: bool  # an urgent appeal (UA, JUA): listed first
    addressee: str | None
    organisation: str | None
    mandates: tuple[str, ...]
    reviewers: tuple[str, ...]
    letter_date: date | None
    reply_due: date | None
    first_reply: date | None
    state: DeadlineState
    days: int | None  # as ``Timeliness.days``: days left (awaiting), past due (overdue), late (> 0) or early (≤ 0)

    @property
    def days_left(self) -> int | None:
        """Signed days to the due date: negative when overdue; None when received or undated."""
        if not self.state.open or self.days is None:
            return None
        return -self.days if self.state is DeadlineState.OVERDUE else self.days

    def as_json(self) -> dict:
        return {
            "case_id": self.case_id, "reference": self.reference, "type": self.type, "urgent": self.urgent,
            "addressee": self.addressee, "organisation": self.organisation, "mandates": list(self.mandates),
            "reviewers": list(self.reviewers), "letter_date": _iso(self.letter_date), "reply_due": _iso(self.reply_due),
            "first_reply": _iso(self.first_reply), "state": self.state.value, "days": self.days,
            "days_left": self.days_left,
        }


@dataclass(frozen=True)
class DeadlineGroup:
    name: str
    rows: tuple[DeadlineRow, ...]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def is_urgent(case_type: str | None) -> bool:
    return (case_type or "").upper().lstrip("J") == "UA"


def deadline_state(timeliness) -> DeadlineState:
    if timeliness.state is ReplyState.RECEIVED:
        if timeliness.days is None:
            return DeadlineState.RECEIVED
        return DeadlineState.RECEIVED_LATE if timeliness.days > 0 else DeadlineState.RECEIVED_ON_TIME
    if timeliness.state is ReplyState.OVERDUE:
        return DeadlineState.OVERDUE
    if timeliness.days is not None and timeliness.days <= SOON_DAYS:
        return DeadlineState.DUE_7
    if timeliness.days is not None and timeliness.days <= MONTH_DAYS:
        return DeadlineState.DUE_30
    return DeadlineState.AWAITING


def sort_key(row: DeadlineRow):
    """Urgent appeals first, then by state, then the most pressing first (most overdue, fewest days left)."""
    days = row.days if row.days is not None else 10**6
    pressing = -days if row.state is DeadlineState.OVERDUE else days
    return (not row.urgent, _STATE_ORDER[row.state], pressing, row.reference)


def case_filter(case_ids: Iterable[int] | None):
    """The condition on ``Case.id`` for the cases the facets selected (None: every case)."""
    if case_ids is None:
        return None
    return Case.id.in_(sorted(set(case_ids)))


def case_mandates(session: Session, case_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """Each case's mandates, as its (first) letter reads them with the reviewer's corrections written through."""
    found: dict[int, tuple[str, ...]] = {}
    rows = session.execute(select(Document.case_id, Document.fields).where(
        Document.case_id.in_(case_ids), Document.kind == DocumentKind.LETTER).order_by(Document.id))
    for case_id, fields in rows:
        if case_id not in found:
            found[case_id] = tuple(m for m in (fields or {}).get("mandates") or () if m)
    return found


def case_reviewers(session: Session, case_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """Who annotated each case: the authors of its tags and of its corrections (case or document), sorted."""
    found: dict[int, set[str]] = {}
    tag_authors = select(Document.case_id, Tag.author).join(Document, Document.id == Tag.document_id).where(
        Document.case_id.in_(case_ids))
    case_authors = select(FieldCorrection.case_id, FieldCorrection.author).where(FieldCorrection.case_id.in_(case_ids))
    document_authors = select(Document.case_id, FieldCorrection.author).join(
        Document, Document.id == FieldCorrection.document_id).where(Document.case_id.in_(case_ids))
    for query in (tag_authors, case_authors, document_authors):
        for case_id, author in session.execute(query.distinct()):
            if author and author.strip():
                found.setdefault(case_id, set()).add(author.strip())
    return {case_id: tuple(sorted(names, key=str.casefold)) for case_id, names in found.items()}


def deadline_rows(store: Store, case_ids: Iterable[int] | None = None, today: date | None = None,
                  within: int | None = None) -> list[DeadlineRow]:
    """One row per case with a letter, sorted urgent appeals first then by state and days.

    ``within`` keeps only open communications due in at most that many days (overdue ones included).
    """
    if within is not None and within < 0:
        raise DeadlineError(f"--within {within}: give a number of days, 0 or more")
    today = today or date.today()
    has_letter = exists().where(Document.case_id == Case.id, Document.kind == DocumentKind.LETTER)
    chosen = case_filter(case_ids)
    where = has_letter if chosen is None else has_letter & chosen
    with store.session() as session:
        cases = summaries(session, where)
        ids = [c.id for c in cases]
        mandates = case_mandates(session, ids)
        reviewers = case_reviewers(session, ids)
    rows = []
    for case in cases:
        timeliness = case.timeliness(today)
        state = deadline_state(timeliness)
        if within is not None and not (state.open and timeliness.due is not None
                                       and (state is DeadlineState.OVERDUE or timeliness.days <= within)):
            continue
        rows.append(DeadlineRow(
            case.id, case.reference, case.type, is_urgent(case.type), case.addressee, case.organisation,
            mandates.get(case.id, ()), reviewers.get(case.id, ()), case.date, case.reply_due,
            case.first_reply_date, state, timeliness.days))
    return sorted(rows, key=sort_key)


def group_rows(rows: Sequence[DeadlineRow], grouping: Grouping | str) -> list[DeadlineGroup]:
    """Rows per mandate or per reviewer (a case under each of its mandates / reviewers), groups by name."""
    grouping = Grouping(grouping)
    if grouping is Grouping.NONE:
        return [DeadlineGroup("All communications", tuple(rows))]
    groups: dict[str, list[DeadlineRow]] = {}
    shown: dict[str, str] = {}  # a group's key → its name (a mandate: the first title met, in any language)
    for row in rows:
        keyed: dict[str, str] = {}
        if grouping is Grouping.MANDATE:
            # One mandate whatever the language of its title (domain.mandates), as facets and analytics count.
            for title in row.mandates:
                if (mandate := canonical_mandate(title)) is not None:
                    keyed.setdefault(mandate.key, title)
        else:
            keyed = {name: name for name in row.reviewers}
        if not keyed:
            nobody = NO_MANDATE if grouping is Grouping.MANDATE else UNASSIGNED
            keyed = {nobody: nobody}
        for key, name in keyed.items():
            shown.setdefault(key, name)
            groups.setdefault(key, []).append(row)
    ordered = sorted(groups, key=lambda key: (shown[key].startswith("("), shown[key].casefold()))
    return [DeadlineGroup(shown[key], tuple(sorted(groups[key], key=sort_key))) for key in ordered]


def event_uid(reference: str) -> str:
    """The same communication gets the same UID in every export, so calendars update instead of duplicating."""
    digest = hashlib.sha256(" ".join(reference.split()).upper().encode()).hexdigest()[:24]
    return f"reviewdesk-{digest}@reviewdesk.invalid"


def calendar_events(rows: Sequence[DeadlineRow]) -> list[CalendarEvent]:
    """An all-day event on the due date of every open communication (no letter text: reference and addressee)."""
    events = []
    for row in rows:
        if not row.state.open or row.reply_due is None:
            continue
        who = row.organisation or row.addressee or "addressee unknown"
        if row.addressee and row.organisation and row.addressee not in row.organisation:
            who = f"{row.addressee}, {row.organisation}"
        events.append(CalendarEvent(
            uid=event_uid(row.reference), day=row.reply_due, summary=f"Reply due: {row.reference} — {who}",
            description=f"{'Urgent appeal. ' if row.urgent else ''}Letter of "
                        f"{row.letter_date.isoformat() if row.letter_date else 'unknown date'}; "
                        f"reply due {row.reply_due.isoformat()}.",
            categories=("ReviewDesk", "Urgent appeal" if row.urgent else "Communication")))
    return events


def export_calendar(store: Store, target: Path, case_ids: Iterable[int] | None = None, today: date | None = None,
                    stamp: datetime | None = None) -> int:
    """Write the due dates of the open communications as an iCalendar file, atomically; returns the event count."""
    from reviewdesk.services.export import (
        write_file,  # export loads python-docx: a calendar needs none of it
    )

    events = calendar_events(deadline_rows(store, case_ids, today))
    write_file(write_calendar(events, stamp or datetime.now(UTC)), Path(target))
    return len(events)

