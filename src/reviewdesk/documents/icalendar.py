"""Writing iCalendar (RFC 5545) files of all-day events, in pure Python.

What Outlook, Thunderbird and other calendars import: CRLF line ends, content
lines folded at 75 octets without splitting a UTF-8 character, TEXT values
escaped (backslash, semicolon, comma, newline), a UID per event that stays the
same across exports, and DTSTAMP in UTC.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

LINE_OCTETS = 75
PRODUCT = "-//ReviewDesk//Deadlines//EN"
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    day: date  # an all-day event on this day
    summary: str
    description: str = ""
    categories: tuple[str, ...] = ()


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines escaped, controls dropped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL_RE.sub(" ", value.replace("\t", " "))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> bytes:
    """One content line as UTF-8, folded so no physical line exceeds 75 octets (§3.1), ending in CRLF."""
    pieces: list[bytes] = []
    current = b""
    limit = LINE_OCTETS
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            pieces.append(current)
            current = b" "  # a continuation line starts with one space, which counts in its 75 octets
        current += encoded
    pieces.append(current)
    return b"\r\n".join(pieces) + b"\r\n"


def _day(value: date) -> str:
    return value.strftime("%Y%m%d")


def write_calendar(events: Sequence[CalendarEvent], stamp: datetime, name: str = "ReviewDesk deadlines") -> bytes:
    """The whole VCALENDAR as bytes; ``stamp`` (when the file was made) becomes every event's DTSTAMP."""
    utc = (stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)).astimezone(UTC)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape_text(name)}"]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{utc:%Y%m%dT%H%M%SZ}",
            f"DTSTART;VALUE=DATE:{_day(event.day)}",
            # DTEND is exclusive: the next day makes a one-day event.
            f"DTEND;VALUE=DATE:{_day(event.day + timedelta(days=1))}",
            f"SUMMARY:{escape_text(event.summary)}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape_text(event.description)}")
        if event.categories:
            lines.append("CATEGORIES:" + ",".join(escape_text(c) for c in event.categories))
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return b"".join(fold(line) for line in lines)
