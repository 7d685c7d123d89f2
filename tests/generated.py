"""Fictional letters and replies generated as text files, imported through the real importer.

Every generated letter names a made-up person and situation; nothing is copied
from a real communication. The parser reads the reference, date, addressee,
organisation, mandates, questions and the reply deadline from the text as it
would from a real letter, so tests built on them exercise the whole import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

MANDATE_NAMES = (
    "Special Rapporteur on the situation of human rights defenders",
    "Special Rapporteur on contemporary forms of slavery, including its causes and consequences",
    "Working Group on Arbitrary Detention",
    "Special Rapporteur on the right to food",
)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def long_date(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class LetterSpec:
    type: str  # AL, UA, OL
    country: str  # ISO code or OTH
    number: int
    year: int
    day: date
    reply_days: int  # the deadline the letter asks for, in days
    addressee: str  # "Mr. Test Person"
    organisation: str  # the company (OTH) or the State's Permanent Mission
    mandates: tuple[str, ...]
    questions: int = 3
    replies: tuple[date, ...] = field(default=())

    @property
    def reference(self) -> str:
        return f"{self.type} {self.country} {self.number}/{self.year}"

    @property
    def stem(self) -> str:
        return f"{self.type}_{self.country}_{self.number}_{self.year}"


def _join(mandates: tuple[str, ...]) -> str:
    return mandates[0] if len(mandates) == 1 else "; the ".join(mandates[:-1]) + "; and the " + mandates[-1]


def letter_text(spec: LetterSpec) -> str:
    state = spec.country != "OTH"
    salutation = "Excellency," if state else f"Dear {spec.addressee},"
    whose = "your Excellency’s Government" if state else "your company"
    questions = "\n\n".join(
        f"{n}. Please provide information on the measures taken concerning point {n} of this fictional case."
        for n in range(1, spec.questions + 1))
    return f"""PALAIS DES NATIONS • 1211 GENEVA 10, SWITZERLAND

Mandates of the {_join(spec.mandates)}

REFERENCE:

{spec.reference}

{long_date(spec.day)}

{salutation}

We have the honour to address you in our capacities as {_join(spec.mandates)}, pursuant to Human Rights Council resolutions 52/4 and 53/3.

In this connection, we would like to bring to the attention of {whose} information we have received concerning a fictional situation generated for a test.

According to the information received:

On 1 January {spec.year}, Mr. Test Example, a fictional worker, was reportedly prevented from leaving his workplace. No real person or event is described in this generated letter.

While we do not wish to prejudge the accuracy of these allegations, we express our concern at the situation described above.

As it is our responsibility, under the mandates provided to us by the Human Rights Council, to seek to clarify all cases brought to our attention, we would be grateful for your observations on the following matters:

{questions}

We would appreciate receiving a response within {spec.reply_days} days. This communication and any response received will be made public via the communications reporting website after that time.

Please accept, {"Excellency" if state else spec.addressee}, the assurances of our highest consideration.

{spec.addressee}
{spec.organisation}

Alex Sample

{spec.mandates[0]}
"""


def reply_text(spec: LetterSpec, day: date, index: int) -> str:
    return f"""{spec.organisation}

Your reference: {spec.reference}

{long_date(day)}

In reply to your letter of {long_date(spec.day)}, we provide the following information (reply {index + 1}).

1. Regarding the allegations, the fictional events described did not take place as stated.

2. Concerning question 2, measures are being considered.
"""


def write_corpus(folder: Path, specs: list[LetterSpec]) -> list[Path]:
    """One .txt letter per spec and one .txt reply per reply date; returns the paths, letters first."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for spec in specs:
        path = folder / f"{spec.stem}.txt"
        path.write_text(letter_text(spec), encoding="utf-8")
        paths.append(path)
    for spec in specs:
        for index, day in enumerate(spec.replies):
            path = folder / f"REPLY_{spec.stem}_{index}.txt"
            path.write_text(reply_text(spec, day, index), encoding="utf-8")
            paths.append(path)
    return paths
