"""What a variant letter is made of, and what a correct import must find in it.

A letter is a list of blocks (letterhead, mandates, reference, paragraphs,
questions, signatures, annex…) plus the fields that cannot be read off the
blocks mechanically (reference, dates, parties, mandates as a list…). Questions,
signatories, footnotes and the annex title are derived from the very blocks
that are printed, so the expected JSON can never drift from the letter.

Inline markup inside paragraph strings:

    **bold**           a bold run
    ^[footnote text]   a real Word footnote anchored at this point
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

_INLINE_RE = re.compile(r"\*\*(?P<bold>.+?)\*\*|\^\[(?P<note>[^\]]+)\]")


def segments(text: str) -> list[tuple[str, str]]:
    """Split marked-up text into ("text" | "bold" | "note", content) pieces."""
    pieces: list[tuple[str, str]] = []
    position = 0
    for match in _INLINE_RE.finditer(text):
        if match.start() > position:
            pieces.append(("text", text[position:match.start()]))
        if match.group("bold") is not None:
            pieces.append(("bold", match.group("bold")))
        else:
            pieces.append(("note", match.group("note")))
        position = match.end()
    if position < len(text):
        pieces.append(("text", text[position:]))
    return pieces


def plain(text: str) -> str:
    """The text a reader sees in the body: no markup, no footnote text."""
    return "".join(content for kind, content in segments(text) if kind != "note")


def notes(text: str) -> list[str]:
    return [content for kind, content in segments(text) if kind == "note"]


# --------------------------------------------------------------------------- blocks


@dataclass
class Letterhead:
    """The one-line address letterhead: PALAIS DES NATIONS • 1211 GENEVA 10, SWITZERLAND."""

    text: str


@dataclass
class BilingualLetterhead:
    """Pre-2017 letterhead: French and English columns side by side, then the address."""

    left: list[str]
    right: list[str]
    address: str


@dataclass
class Mandates:
    """The bold mandates block under the letterhead ("Mandates of the …")."""

    text: str


@dataclass
class CoverNote:
    """A line above the reference listing other communications."""

    text: str


@dataclass
class Reference:
    """"REFERENCE:" and the reference on two centred lines, or on one line with the date."""

    label: str
    reference: str
    same_line_date: str | None = None


@dataclass
class DateLine:
    text: str


@dataclass
class Para:
    """A body paragraph. ``role="allegation"`` marks the facts alleged."""

    text: str
    role: str | None = None
    indent: bool = True


@dataclass
class Heading:
    """A numbered section heading ("1. Background"): Word auto-numbering, not a question."""

    text: str


@dataclass
class Questions:
    """The numbered requests. ``style`` is "1.", "1)" or "(a)"; ``auto`` uses Word numbering."""

    items: list[str]
    style: str = "1."
    auto: bool = True


@dataclass
class Signatures:
    people: list[tuple[str, str]]


@dataclass
class Annex:
    heading: str
    title: str
    paragraphs: list[str]


Block = (Letterhead | BilingualLetterhead | Mandates | CoverNote | Reference | DateLine | Para | Heading
         | Questions | Signatures | Annex)


def label(style: str, index: int) -> str:
    """The printed label of the index-th (0-based) item of a list in ``style``."""
    if style == "(a)":
        return f"({chr(ord('a') + index)})"
    if style == "1)":
        return f"{index + 1})"
    if style == "1.":
        return f"{index + 1}."
    raise ValueError(f"unknown list style {style!r}")


# --------------------------------------------------------------------------- letter


@dataclass
class Letter:
    """One variant letter: what is printed, and the fields that describe it."""

    name: str
    summary: str
    features: list[str]
    language: str  # "en", "fr", "es"
    footer: str  # first-page footer naming the addressee
    blocks: list[Block]
    # Declared fields (cannot be read off the blocks mechanically).
    reference: str
    date: date
    addressee: str
    organisation: str
    mandates: list[str]
    hrc_resolutions: list[str]
    annex_cites: list[str] = field(default_factory=list)
    similar_letters_to: list[str] = field(default_factory=list)
    cited_references: list[str] = field(default_factory=list)
    reply_days: int | None = 60
    reply_hours: int | None = None
    must_not_appear_in_body: list[str] = field(default_factory=list)
    # Layout promises checked on the PDF: the question (0-based) split over a page break.
    split_question: int | None = None
    # Extra text-only copies, e.g. {"flat": "…"}; built by make_variants.
    text_copies: list[str] = field(default_factory=list)

    # ---- derived from the blocks

    def _blocks(self, kind):
        return [b for b in self.blocks if isinstance(b, kind)]

    @property
    def questions(self) -> list[str]:
        return [plain(q) for block in self._blocks(Questions) for q in block.items]

    @property
    def signatories(self) -> list[dict[str, str]]:
        return [{"name": n, "title": t} for block in self._blocks(Signatures) for n, t in block.people]

    @property
    def annex(self) -> Annex | None:
        found = self._blocks(Annex)
        return found[0] if found else None

    @property
    def footnotes(self) -> list[str]:
        found: list[str] = []
        for text in self.marked_up_texts():
            found.extend(notes(text))
        return found

    def marked_up_texts(self) -> list[str]:
        """Every string that may carry inline markup, in document order."""
        texts: list[str] = []
        for block in self.blocks:
            if isinstance(block, (Para, Heading, Mandates, CoverNote)):
                texts.append(block.text)
            elif isinstance(block, Questions):
                texts.extend(block.items)
            elif isinstance(block, Annex):
                texts.extend(block.paragraphs)
        return texts

    @property
    def reply_due(self) -> date:
        if self.reply_hours is not None:
            return self.date + timedelta(days=-(-self.reply_hours // 24))
        return self.date + timedelta(days=self.reply_days)

    @property
    def reference_parts(self) -> dict[str, object]:
        kind, country, number_year = self.reference.split()
        number, year = number_year.split("/")
        return {"type": kind, "country": country, "number": int(number), "year": int(year)}

    def allegation_bounds(self, words_start: int = 9, words_end: int = 7) -> tuple[str, str] | None:
        """The first and last words of the facts alleged (split at ASCII spaces: a no-break space binds)."""
        paragraphs = [plain(b.text) for b in self._blocks(Para) if b.role == "allegation"]
        if not paragraphs:
            return None
        first, last = re.split(r"[ \t\n]+", paragraphs[0]), re.split(r"[ \t\n]+", paragraphs[-1])
        return " ".join(first[:words_start]), " ".join(last[-words_end:])

    def expected(self, pages: int | None) -> dict[str, object]:
        """The fields a correct import must find, keyed as the fixture's expected JSON."""
        annex = self.annex
        result: dict[str, object] = {
            "reference": self.reference,
            "reference_parts": self.reference_parts,
            "date": self.date.isoformat(),
            "reply_due": self.reply_due.isoformat(),
            "addressee": self.addressee,
            "organisation": self.organisation,
            "mandates": list(self.mandates),
            "hrc_resolutions": list(self.hrc_resolutions),
            "questions": self.questions,
            "signatories": self.signatories,
            "similar_letters_to": list(self.similar_letters_to),
            "annex": {"title": annex.title, "cites": list(self.annex_cites)} if annex else None,
            "footnotes": self.footnotes,
        }
        bounds = self.allegation_bounds()
        if bounds:
            result["allegations_starts"], result["allegations_ends"] = bounds
        result["must_not_appear_in_body"] = list(self.must_not_appear_in_body)
        if pages is not None:
            result["pages"] = pages
        # Beyond the fixture's keys: also printed by `reviewdesk show --json`.
        result["language"] = self.language
        result["cited_references"] = list(self.cited_references)
        return result

    # ---- text in reading order (what the text layer holds, without page furniture)

    def paragraphs_text(self) -> list[str]:
        """Each printed paragraph as plain text, list labels included, footnotes left out."""
        out: list[str] = []
        heading_number = 0
        for block in self.blocks:
            if isinstance(block, Letterhead):
                out.append(block.text)
            elif isinstance(block, BilingualLetterhead):
                out.extend(block.left + block.right + [block.address])
            elif isinstance(block, (Mandates, CoverNote, Para)):
                out.append(plain(block.text))
            elif isinstance(block, Reference):
                if block.same_line_date:
                    out.append(f"{block.label} {block.reference} {block.same_line_date}")
                else:
                    out.extend([block.label, block.reference])
            elif isinstance(block, DateLine):
                out.append(block.text)
            elif isinstance(block, Heading):
                heading_number += 1
                out.append(f"{heading_number}. {plain(block.text)}")
            elif isinstance(block, Questions):
                out.extend(f"{label(block.style, i)} {plain(q)}" for i, q in enumerate(block.items))
            elif isinstance(block, Signatures):
                for name, title in block.people:
                    out.extend([name, title])
            elif isinstance(block, Annex):
                out.extend([block.heading, block.title] + [plain(p) for p in block.paragraphs])
        return out
