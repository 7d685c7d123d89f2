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
    """Small print listing other communications: above the reference, or above the letterhead.

    A "\n" in ``text`` is a line break (an English line, then a Spanish one).
    """

    text: str


@dataclass
class Reference:
    """The reference as printed.

    ``layout``: "centred" puts "REFERENCE:" and the reference on two centred lines;
    with ``same_line_date`` the label, the reference and (right tab) the date share
    one line; "line" prints "Ref.: OL PRT 2/2024" on a line of its own, flush left,
    followed by ``note`` (2023+ letters ask the addressee to quote it). A "\n" in
    ``reference`` is a line break (long pre-2017 file codes).
    """

    label: str
    reference: str
    same_line_date: str | None = None
    layout: str = "centred"
    note: str | None = None


@dataclass
class DateLine:
    text: str


@dataclass
class SalutationDate:
    """"Excellency," with the date right-aligned on the same line (text layers put them together)."""

    salutation: str
    date: str


@dataclass
class Para:
    """A body paragraph. ``role="allegation"`` marks the facts alleged."""

    text: str
    role: str | None = None
    indent: bool = True


@dataclass
class Heading:
    """A numbered section heading ("1. Background"): not a question. ``auto``: Word numbering, else typed."""

    text: str
    auto: bool = True


@dataclass
class Questions:
    """The numbered requests. ``style`` is "1.", "1)", "(a)" or "a)"; ``auto`` uses Word numbering.

    ``tail`` is closing text printed in the last question's paragraph ("This communication and any
    response…"): it is not part of the question.
    """

    items: list[str]
    style: str = "1."
    auto: bool = True
    tail: str | None = None


@dataclass
class Signatures:
    people: list[tuple[str, str]]


@dataclass
class Annex:
    heading: str
    title: str
    paragraphs: list[str]


Block = (Letterhead | BilingualLetterhead | Mandates | CoverNote | Reference | DateLine | SalutationDate | Para
         | Heading | Questions | Signatures | Annex)


def label(style: str, index: int) -> str:
    """The printed label of the index-th (0-based) item of a list in ``style``."""
    if style == "(a)":
        return f"({chr(ord('a') + index)})"
    if style == "1)":
        return f"{index + 1})"
    if style == "1.":
        return f"{index + 1}."
    if style == "a)":
        return f"{chr(ord('a') + index)})"
    raise ValueError(f"unknown list style {style!r}")


# --------------------------------------------------------------------------- letter


# Text copies a letter can have besides its DOCX and PDF, and what each keeps of it.
TEXT_COPIES = {
    "txt": "naive plain-text extraction: paragraphs between blank lines, footnotes as \"¹ …\" paragraphs, the "
           "first-page address block where page 1 of the PDF ended (mid-sentence if the page did)",
    "flat": "every paragraph break flattened into a single space, the first-page footer last (after the annex)",
    "shared": "a document-sharing site's copy: flattened, the letterhead (and page number) repeated where each "
              "PDF page began, some words of the allegations dropped, the first-page footer last",
    "salutation": "the naive copy starting at the salutation: no letterhead, mandates block, reference or date "
                  "(the date is unknown, the mandates come from the introduction)",
    "page2": "only page 2 of the PDF, as a site shows it (its text blocks between blank lines, page number "
             "included): no reference, date or addressee; what page 2 holds must still be read",
}
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def superscript(number: int) -> str:
    return str(number).translate(_SUPERSCRIPT_DIGITS)


@dataclass
class Letter:
    """One variant letter: what is printed, and the fields that describe it."""

    name: str
    summary: str
    features: list[str]
    language: str  # "en", "fr", "es"
    footer: str  # first-page footer naming the addressee; "\n" separates the lines of an address block
    blocks: list[Block]
    # Declared fields (cannot be read off the blocks mechanically).
    reference: str
    date: date
    addressee: str | None
    organisation: str | None
    mandates: list[str]
    hrc_resolutions: list[str]
    addressee_title: str | None = None
    annex_cites: list[str] = field(default_factory=list)
    similar_letters_to: list[str] = field(default_factory=list)
    similar_letters_to_others: bool = False
    cited_references: list[str] = field(default_factory=list)
    reply_days: int | None = 60
    reply_hours: int | None = None
    must_not_appear_in_body: list[str] = field(default_factory=list)
    # Layout promises checked on the PDF: the question (0-based) split over a page break.
    split_question: int | None = None
    # Extra text-only copies (keys of TEXT_COPIES); built by make_variants after the PDF.
    text_copies: list[str] = field(default_factory=list)
    # Per copy: expected fields that differ from the letter's (e.g. what page 2 alone holds).
    copy_expected: dict[str, dict[str, object]] = field(default_factory=dict)

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

    def expected(self, pages: int | None, copy: str | None = None) -> dict[str, object]:
        """The fields a correct import must find, keyed as the fixture's expected JSON."""
        annex = self.annex
        result: dict[str, object] = {
            "reference": self.reference,
            "reference_parts": self.reference_parts,
            "date": self.date.isoformat(),
            "reply_due": self.reply_due.isoformat(),
            "addressee": self.addressee,
            "addressee_title": self.addressee_title,
            "organisation": self.organisation,
            "mandates": list(self.mandates),
            "hrc_resolutions": list(self.hrc_resolutions),
            "questions": self.questions,
            "signatories": self.signatories,
            "similar_letters_to": list(self.similar_letters_to),
            "similar_letters_to_others": self.similar_letters_to_others,
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
        if copy == "salutation":
            # Nothing above the salutation survives: no reference, no date, hence no deadline.
            result.update(reference=None, reference_parts=None, date=None, reply_due=None)
        if copy == "page2":
            # The facts start on page 1: their bounds are not in this copy.
            result.pop("allegations_starts", None)
            result.pop("allegations_ends", None)
        result.update(self.copy_expected.get(copy or "", {}))
        return result

    # ---- text in reading order (what the text layer holds, without page furniture)

    def paragraphs_text(self, *, anchors: bool = False) -> list[str]:
        """Each printed paragraph as plain text, list labels included, footnotes left out.

        With ``anchors`` the footnote anchors are kept as superscript digits, as a naive
        text extraction gives them. A "\n" inside a string is a line break of the print.
        """
        out: list[str] = []
        heading_number = 0
        note_number = 0

        def text_of(marked: str) -> str:
            nonlocal note_number
            if not anchors:
                return plain(marked)
            pieces = []
            for kind, content in segments(marked):
                if kind == "note":
                    note_number += 1
                    pieces.append(superscript(note_number))
                else:
                    pieces.append(content)
            return "".join(pieces)

        for block in self.blocks:
            if isinstance(block, Letterhead):
                out.append(block.text)
            elif isinstance(block, BilingualLetterhead):
                out.extend(block.left + block.right + [block.address])
            elif isinstance(block, (Mandates, CoverNote, Para)):
                out.append(text_of(block.text))
            elif isinstance(block, Reference):
                if block.same_line_date:
                    out.append(f"{block.label} {block.reference} {block.same_line_date}")
                elif block.layout == "line":
                    out.append(f"{block.label} {block.reference}")
                else:
                    out.extend([block.label, block.reference])
                if block.note:
                    out.append(block.note)
            elif isinstance(block, DateLine):
                out.append(block.text)
            elif isinstance(block, SalutationDate):
                out.append(f"{block.salutation} {block.date}")
            elif isinstance(block, Heading):
                heading_number += 1
                out.append(f"{heading_number}. {text_of(block.text)}")
            elif isinstance(block, Questions):
                items = [f"{label(block.style, i)} {text_of(q)}" for i, q in enumerate(block.items)]
                if block.tail:
                    items[-1] += " " + block.tail
                out.extend(items)
            elif isinstance(block, Signatures):
                for name, title in block.people:
                    out.extend([name, title])
            elif isinstance(block, Annex):
                out.extend([block.heading, block.title] + [text_of(p) for p in block.paragraphs])
        return out
