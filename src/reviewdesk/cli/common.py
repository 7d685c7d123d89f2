"""What the command modules share: JSON output, terminal progress, case rows, who acts."""

from __future__ import annotations

import getpass
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reviewdesk.services.dto import CaseSummary


def to_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


class TerminalProgress:
    """A one-line progress display, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int, total: int, path: str) -> None:
        if not self.enabled or total == 0:
            return
        name = Path(path).name if path else "done"
        sys.stderr.write(f"\r[{done}/{total}] {name[:60]:<60}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def case_row(case: CaseSummary, today: date) -> dict:
    from reviewdesk.domain.vocabulary import ReplyState

    timeliness = case.timeliness(today)
    return {
        "reference": case.reference,
        "date": case.date.isoformat() if case.date else None,
        "addressee": case.addressee,
        "organisation": case.organisation,
        "documents": case.document_count,
        "questions": case.question_count,
        "replies": case.reply_count,
        "reply_due": case.reply_due.isoformat() if case.reply_due else None,
        "reply_status": timeliness.state.value,
        "overdue": timeliness.state is ReplyState.OVERDUE,
    }


def reviewer(args) -> str:
    """Who a correction is by: ``--by``, else the login name (provenance names a person, never blank if known)."""
    if args.by:
        return args.by
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers): the correction is still kept, by nobody in particular
        return ""
