"""Communication references such as ``AL OTH 78/2021``.

A reference is ``TYPE COUNTRY NUMBER/YEAR``. Letters, replies and web listings
write it loosely: line breaks and extra spaces inside it, a dot instead of the
slash, internal file codes between the type and the country (letters before
about 2017), or no type at all (follow-ups citing ``GBR 3/2019``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewdesk.domain.countries import ISO3_CODES, NON_STATE_CODE
from reviewdesk.domain.errors import ReviewDeskError

COMMUNICATION_TYPES = ("AL", "UA", "OL", "JAL", "JUA", "JOL")

_TYPE = r"(?P<type>J?(?:AL|UA|OL))"
_COUNTRY = r"(?P<country>[A-Z]{3})"
_NUMBER_YEAR = r"(?P<number>\d{1,4})\s*[/.]\s*(?P<year>(?:19|20)\d{2})(?!\d)"
# Old references carry file codes such as "Housing (2000-9) G/SO 214 (53-24)"
# between type and country; they never contain a line of their own.
_FILE_CODES = r"(?:[ \t]+[^\n]{0,60}?)??"

_FULL_RE = re.compile(
    rf"(?<![A-Za-z]){_TYPE}{_FILE_CODES}\s+{_COUNTRY}\s*{_NUMBER_YEAR}"
)
_BARE_RE = re.compile(rf"(?<![A-Za-z]){_COUNTRY}\s*{_NUMBER_YEAR}")


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


def _build(match: re.Match[str], with_type: bool) -> Reference | None:
    country = match.group("country")
    if not _valid_country(country):
        return None
    return Reference(
        type=match.group("type") if with_type else None,
        country=country,
        number=int(match.group("number")),
        year=int(match.group("year")),
    )


def find_references(text: str, *, allow_bare: bool = False) -> list[ReferenceMatch]:
    """Every reference in ``text`` in order of appearance.

    With ``allow_bare`` references without their type (``GBR 3/2019``) are
    returned too, with ``type=None``, where no full reference covers them.
    """
    found: list[ReferenceMatch] = []
    for match in _FULL_RE.finditer(text):
        ref = _build(match, with_type=True)
        if ref is None:
            continue
        found.append(ReferenceMatch(ref, match.start(), match.end()))
    if allow_bare:
        covered = [(m.start, m.end) for m in found]
        for match in _BARE_RE.finditer(text):
            if any(s <= match.start() < e for s, e in covered):
                continue
            ref = _build(match, with_type=False)
            if ref is not None:
                found.append(ReferenceMatch(ref, match.start(), match.end()))
        found.sort(key=lambda m: m.start)
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
