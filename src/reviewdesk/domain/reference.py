"""Communication references such as ``AL OTH 78/2021``.

A reference is ``TYPE COUNTRY NUMBER/YEAR``. Letters, replies and web listings
write it loosely: line breaks and extra spaces inside it, a dot instead of the
slash (``OL SLV 8.2021``, ``UA IND 14 / 2011``), internal file codes of up to
~120 characters between the type and the country, possibly over two or three
lines (letters before about 2017), or no type at all (follow-ups citing
``GBR 3/2019``, listings' ``Case no. IND 14/2011``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewdesk.domain.countries import ISO3_CODES, NON_STATE_CODE
from reviewdesk.domain.errors import ReviewDeskError

COMMUNICATION_TYPES = ("AL", "UA", "OL", "JAL", "JUA", "JOL")

_COUNTRY_NUMBER_YEAR_RE = re.compile(
    r"(?<![A-Za-z])(?P<country>[A-Z]{3})\s*(?P<number>\d{1,4})\s*[/.]\s*(?P<year>(?:19|20)\d{2})(?!\d)"
)
_TYPE_RE = re.compile(r"(?<![A-Za-z])(?P<type>J?(?:AL|UA|OL))(?![A-Za-z])")
# Pre-2017 letters put internal file codes between the type and the country, e.g.
# "Health (2002-7) Food (2000-9) G/SO 214 (53-24) Water (2008-1) Housing (2000-9)":
# words, "&", parenthesised "(year-number)" codes and "G/SO 214"-style file numbers,
# up to ~120 characters, possibly broken over two lines. The rule is general: what
# lies between the type and the country must look like such codes (at least one
# code, only their characters, no sentence punctuation, no other N/YYYY number).
_MAX_FILE_CODES = 200
_FILE_CODE_RE = re.compile(r"\(\d{1,4}-\d{1,4}\)|\b[A-Z]{1,3}/[A-Z]{1,4}\s*\d")
_FILE_CODE_CHARS_RE = re.compile(r"[\w\s()/&,'’-]*")
_MAX_FILE_CODE_LINES = 3
_NUMBER_YEAR_RE = re.compile(r"\d\s*[/.]\s*(?:19|20)\d{2}")


class ReferenceError(ReviewDeskError, ValueError):
    """Raised when a text holds no valid communication reference."""


@dataclass(frozen=True, order=True)
class Reference:
    type: str | None
    country: str
    number: int
    year: int

    def __str__(self) -> str:
        core = f"{self.country} {self.number}/{self.year}"
        return f"{self.type} {core}" if self.type else core

    @property
    def is_joint_legacy(self) -> bool:
        return bool(self.type and self.type.startswith("J"))

    @property
    def is_complete(self) -> bool:
        return self.type is not None

    def matches(self, other: Reference) -> bool:
        """Same communication, ignoring a missing type or the legacy J prefix."""
        if (self.country, self.number, self.year) != (other.country, other.number, other.year):
            return False
        if self.type is None or other.type is None:
            return True
        return self.type.lstrip("J") == other.type.lstrip("J")

    def as_dict(self) -> dict[str, object]:
        return {"type": self.type, "country": self.country, "number": self.number, "year": self.year}


@dataclass(frozen=True)
class ReferenceMatch:
    reference: Reference
    start: int
    end: int


def _valid_country(code: str) -> bool:
    return code == NON_STATE_CODE or code in ISO3_CODES


def _type_before(text: str, start: int) -> tuple[str, int] | None:
    """The communication type written before ``text[start:]`` (directly or across file codes), and where."""
    window_start = max(0, start - _MAX_FILE_CODES)
    window = text[window_start:start]
    last = None
    for match in _TYPE_RE.finditer(window):
        last = match
    if last is None:
        return None
    between = window[last.end():]
    if not between or not between[0].isspace():
        return None
    if between.strip() and not (
        _FILE_CODE_RE.search(between)
        and _FILE_CODE_CHARS_RE.fullmatch(between)
        and between.count("\n") < _MAX_FILE_CODE_LINES
        and not _NUMBER_YEAR_RE.search(between)
    ):
        return None
    return last.group("type"), window_start + last.start()


def find_references(text: str, *, allow_bare: bool = False) -> list[ReferenceMatch]:
    """Every reference in ``text`` in order of appearance.

    With ``allow_bare`` references without their type (``GBR 3/2019``) are
    returned too, with ``type=None``. The scan is linear: each country-number-year
    looks back a bounded window for its type.
    """
    found: list[ReferenceMatch] = []
    for match in _COUNTRY_NUMBER_YEAR_RE.finditer(text):
        country = match.group("country")
        if not _valid_country(country):
            continue
        typed = _type_before(text, match.start())
        if typed is None and not allow_bare:
            continue
        reference = Reference(
            type=typed[0] if typed else None,
            country=country,
            number=int(match.group("number")),
            year=int(match.group("year")),
        )
        found.append(ReferenceMatch(reference, typed[1] if typed else match.start(), match.end()))
    return found


def parse_reference(text: str) -> Reference:
    """Parse a reference typed by a user or cited by a document.

    Accepts the loose forms (``al oth 78 / 2021``, ``OL SLV 8.2021``,
    ``GBR 3/2019``); raises :class:`ReferenceError` when there is none.
    """
    normalised = " ".join(text.split()).upper()
    matches = find_references(normalised, allow_bare=True)
    if not matches:
        raise ReferenceError(f"not a communication reference: {text!r}")
    return matches[0].reference
