"""What the command modules share: JSON output, terminal progress, case rows, who acts."""

from __future__ import annotations

import getpass
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reviewdesk.services.dto import CaseSummary


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\udc80-\udcff]")


def printable(text: str) -> str:
    """``text`` safe for a terminal: control characters (newlines, ESC sequences) and the undecodable bytes of a
    non-UTF-8 file name are shown escaped (``\\n``, ``\\x1b``, ``\\xff``), never sent raw."""
    def escape(match: re.Match) -> str:
        char = match.group()
        code = ord(char) - 0xDC00 if "\udc80" <= char <= "\udcff" else ord(char)
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char, f"\\x{code:02x}")

    return _UNPRINTABLE.sub(escape, text)


def to_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


class TerminalProgress:
    """A one-line progress display when stderr is a terminal; elsewhere (a log, a pipe) OCR pages, which may
    take minutes per file, are reported one line each."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int, total: int, path: str) -> None:
        if not self.enabled and "(OCR page " in path:
            print(f"[{done + 1}/{total}] {printable(path)}", file=sys.stderr, flush=True)
            return
        if not self.enabled or total == 0:
            return
        name = printable(Path(path).name) if path else "done"
        sys.stderr.write(f"\r[{done}/{total}] {name[:60]:<60}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    def clear(self) -> None:
        """Wipe the progress line, so a result line printed next starts at the margin."""
        if self.enabled:
            sys.stderr.write("\r" + " " * 70 + "\r")
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
