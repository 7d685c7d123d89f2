"""Pairing replies with the case they answer, and the replies still waiting for one.

A reply that cites no reference is matched with the letters in the store by
what it does say: the date of the letter it answers ("your letter of 28 May
2019"), the people, companies and places it names, its addressee, its own date
and its wording; each suggestion carries these reasons in words.

Pairing edits return an ``Edit`` whose inverse attaches the documents back to
the case they had (or to none); see ``services/rows.py``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.db import Store
from reviewdesk.db.models import Case, Document, StoredFile
from reviewdesk.documents.reply import (
    capitalised_words,
    cited_letter_dates,
    name_words,
    proper_names,
    reply_date,
)
from reviewdesk.domain.countries import NON_STATE_CODE
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.vocabulary import LETTER_KINDS, DocumentKind
from reviewdesk.services.cases import find_case_id
from reviewdesk.services.edits import Changes, Edit
from reviewdesk.services.rows import Recorder, RowsUndo


class PairingError(ReviewDeskError, ValueError):
    pass


@dataclass(frozen=True, kw_only=True)
class PairingUndo(RowsUndo):
    """Undoes pairing or unpairing: the documents go back to the case they had, or to none."""

    document_ids: tuple[int, ...]


@dataclass(frozen=True)
class CaseSuggestion:
    reference: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class UnpairedDocument:
    id: int
    filename: str
    kind: DocumentKind
    cited_reference: str | None
    date: date | None
    excerpt: str
    suggestions: tuple[CaseSuggestion, ...]


def _attach(session: Session, documents: list[Document], case_id: int | None, named: str) -> Edit:
    """Point ``documents`` at ``case_id``; letters and annexes belong to their own case and are refused."""
    for document in documents:
        if document.kind in LETTER_KINDS:
            article = "an" if document.kind[0] in "aeiou" else "a"
            raise PairingError(f"{named} is {article} {document.kind}; only replies and follow-ups are paired")
    recorder = Recorder(session)
    recorder.before(Document, [d.id for d in documents], columns=["case_id"])
    touched = {d.case_id for d in documents} | {case_id}
    for document in documents:
        document.case_id = case_id
    reference = session.get(Case, case_id).reference if case_id is not None else None
    # Moving a reply moves its tags and links and changes both cases' reply counts and grades.
    changes = Changes(cases=frozenset(c for c in touched if c is not None), documents=frozenset(d.id for d in documents),
                      case_list=True, tags=True, links=True, assessment=True)
    undo = PairingUndo(rows=recorder.images, changes=changes, document_ids=tuple(d.id for d in documents))
    return Edit(changes, undo, reference)


def pair_document(store: Store, document: str, reference_text: str) -> Edit:
    """Attach a reply (by document id, or by the file it came from) to a case.

    ``value`` is (document id, the case's reference).
    """
    with store.session() as session:
        case_id = find_case_id(session, reference_text)
        if document.isdigit():
            rows = [session.get(Document, int(document))]
        else:
            path = Path(document)
            if not path.is_file():
                raise PairingError(f"{document}: neither a document id nor a file")
            sha = hashlib.sha256(path.read_bytes()).hexdigest()
            rows = session.scalars(select(Document).join(StoredFile, StoredFile.id == Document.file_id)
                                   .where(StoredFile.sha256 == sha)).all()
        rows = [row for row in rows if row is not None]
        if not rows:
            raise PairingError(f"{document}: not in this store (import it first)")
        edit = _attach(session, rows, case_id, document)
        return Edit(edit.changes, edit.inverse, (rows[0].id, edit.value))


def set_document_case(store: Store, document_id: int, reference: str | None) -> Edit:
    """Attach a reply to the case ``reference`` (None: unpaired again); ``value`` is that case's reference or None."""
    with store.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise PairingError(f"no document {document_id}")
        case_id = find_case_id(session, reference) if reference else None
        return _attach(session, [document], case_id, f"document {document_id}")


# How much each kind of evidence weighs. A letter's date cited by the reply outweighs any
# overlap of wording (at most WORDING_CAP): replies on one subject share their words.
REFERENCE_SCORE = 0.6
CITED_DATE_SCORE = 0.5
NAME_SCORE = 0.1  # per name found only in this letter; a name several letters share counts less
NAMES_CAP = 0.3
ADDRESSEE_SCORE = 0.2
AFTER_SCORE = 0.1
WORDING_CAP = 0.2
MIN_SCORE = 0.2
MAX_SUGGESTIONS = 5
REPLY_WINDOW_DAYS = 240
_NAMES_SHOWN = 3


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-zà-ÿ]{5,}", text.casefold()))


def _unpaired_kinds() -> Iterable[str]:
    return sorted(set(DocumentKind) - LETTER_KINDS)


@dataclass(frozen=True)
class _Letter:
    """What pairing compares of a case's letter."""

    reference: str
    core: str  # "GBR 7/2020": the reference without its type
    date: date | None
    addressee: str | None
    organisation: str | None
    words: frozenset[str]
    capitals: frozenset[str]


def unpaired_documents(store: Store) -> list[UnpairedDocument]:
    """Replies and follow-ups not attached to a case, each with the cases it most likely answers.

    The letters' texts are read only when something waits to be paired: usually nothing does.
    """
    with store.session() as session:
        documents = session.execute(
            select(Document, StoredFile.filename).join(StoredFile, StoredFile.id == Document.file_id)
            .where(Document.case_id.is_(None), Document.kind.in_(_unpaired_kinds()))
            .order_by(Document.id)
        ).all()
        if not documents:
            return []
        # A letter's words are only ever compared with the waiting replies' words and names: keeping just
        # those, and reading the texts a batch at a time, holds a few words per letter instead of every text.
        wanted_words: set[str] = set()
        wanted_capitals: set[str] = set()
        for document, _filename in documents:
            wanted_words |= _words(document.text[:6000])
            for name in proper_names(document.text):
                wanted_capitals.update(name_words(name))
        rows = session.execute(
            select(Case.reference, Case.country, Case.number, Case.year, Case.date, Case.addressee, Case.organisation,
                   Document.text)
            .join(Document, (Document.case_id == Case.id) & (Document.kind == DocumentKind.LETTER))
            .execution_options(yield_per=200)
        )
        letters = [_Letter(row.reference, f"{row.country} {row.number}/{row.year}", row.date, row.addressee,
                           row.organisation, frozenset(_words(row.text) & wanted_words),
                           frozenset(capitalised_words(row.text) & wanted_capitals))
                   for row in rows]
        return [_unpaired(document, filename, letters) for document, filename in documents]


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")  # not calendar.month_name: that follows the user's locale


def _english_date(value: date) -> str:
    return f"{value.day} {_MONTH_NAMES[value.month - 1]} {value.year}"


def _joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _named(words: list[str], capitals: frozenset[str] | set[str]) -> bool:
    return bool(words) and all(word in capitals for word in words)


def _names_evidence(names: list[tuple[str, list[str], int]], letter: _Letter, skip: set[str]) -> tuple[float, str | None]:
    """The reply's names that this letter names too, weighted by how few letters name them.

    ``names`` are (name, its identifying words, how many letters name it).
    """
    found = [(1 / naming, order, name) for order, (name, words, naming) in enumerate(names)
             if name not in skip and _named(words, letter.capitals)]
    if not found:
        return 0.0, None
    weight = sum(w for w, _o, _n in found)
    shown = [name for _w, _o, name in sorted(sorted(found, key=lambda f: -f[0])[:_NAMES_SHOWN], key=lambda f: f[1])]
    return min(NAMES_CAP, NAME_SCORE * weight), f"names {_joined(shown)}, named in that letter"


def _addressee_evidence(letter: _Letter, reply_capitals: set[str]) -> tuple[str | None, set[str]]:
    """The letter's addressee (or its company) as the reply names them, and the words of the reply's names they cover.

    A State's organisation is its Mission: naming the State says nothing of which of its letters is answered.
    """
    words = name_words(letter.addressee or "")
    if _named(words, reply_capitals):
        return f"names {' '.join(words)}, the letter's addressee", set(words)
    words = name_words(letter.organisation or "") if letter.core.startswith(NON_STATE_CODE) else []
    if _named(words, reply_capitals):
        return f"names {letter.organisation}, the letter's addressee", set(words)
    return None, set()


def _reply_names(text: str, letters: list[_Letter]) -> list[tuple[str, list[str], int]]:
    """The reply's names that some letter names: (name, identifying words, how many letters name it)."""
    names = []
    for name in proper_names(text):
        identifying = name_words(name)
        naming = sum(1 for letter in letters if _named(identifying, letter.capitals))
        if naming:
            names.append((name, identifying, naming))
    return names


def _unpaired(document: Document, filename: str, letters: list[_Letter]) -> UnpairedDocument:
    text = document.text
    words = _words(text[:6000])
    reply_capitals = capitalised_words(text[:20000])
    names = _reply_names(text, letters)  # counted once per reply, not once per letter
    cited = document.cited_reference or ""
    cited_dates = cited_letter_dates(text)
    written = reply_date(text) or document.date
    ranked = []
    for letter in letters:
        score, reasons = 0.0, []
        if cited and letter.core in cited:
            score, reasons = score + REFERENCE_SCORE, reasons + [f"cites {cited}, close to {letter.reference}"]
        dated = next((c for c in cited_dates if letter.date and c.date == letter.date), None)
        if dated is not None:
            score += CITED_DATE_SCORE
            reasons.append(f"cites a letter dated {_english_date(dated.date)}, the date of {letter.reference}")
        addressed, covered = _addressee_evidence(letter, reply_capitals)
        if addressed:
            score, reasons = score + ADDRESSEE_SCORE, reasons + [addressed]
        # Names of the addressee are counted once, as the addressee.
        skip = {name for name, identifying, _naming in names if set(identifying) <= covered}
        named_score, named = _names_evidence(names, letter, skip)
        if named:
            score, reasons = score + named_score, reasons + [named]
        if written and letter.date and 0 <= (written - letter.date).days <= REPLY_WINDOW_DAYS:
            score, reasons = score + AFTER_SCORE, reasons + ["dated after the letter"]
        shared = len(words & letter.words) / max(1, len(words))
        if shared > 0.2:
            score, reasons = score + min(WORDING_CAP, shared / 2), reasons + [f"shares {shared:.0%} of its wording"]
        if score >= MIN_SCORE:
            ranked.append(CaseSuggestion(letter.reference, round(score, 2), tuple(reasons)))
    ranked.sort(key=lambda s: (-s.score, s.reference))
    return UnpairedDocument(document.id, filename, DocumentKind(document.kind), document.cited_reference,
                            written, " ".join(text[:200].split()), tuple(ranked[:MAX_SUGGESTIONS]))
