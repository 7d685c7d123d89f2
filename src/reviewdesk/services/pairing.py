"""Pairing replies with the case they answer, and the replies still waiting for one.

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


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-zà-ÿ]{5,}", text.casefold()))


def _unpaired_kinds() -> Iterable[str]:
    return sorted(set(DocumentKind) - LETTER_KINDS)


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
        cases = session.execute(
            select(Case.reference, Case.country, Case.number, Case.year, Case.date, Case.addressee, Case.organisation,
                   Document.text)
            .join(Document, (Document.case_id == Case.id) & (Document.kind == DocumentKind.LETTER))
        ).all()
        letter_words = [_words(row.text) for row in cases]
        return [_unpaired(document, filename, cases, letter_words) for document, filename in documents]


def _unpaired(document: Document, filename: str, cases, letter_words: list[set[str]]) -> UnpairedDocument:
    words = _words(document.text[:6000])
    cited = document.cited_reference or ""
    ranked = []
    for row, wording in zip(cases, letter_words):
        score, reasons = 0.0, []
        if cited and f"{row.country} {row.number}/{row.year}" in cited:
            score, reasons = score + 0.6, reasons + ["cites a similar reference"]
        names = _words(" ".join(x for x in (row.addressee, row.organisation) if x))
        if names and names & words:
            score, reasons = score + 0.2, reasons + ["names the addressee"]
        if document.date and row.date and 0 <= (document.date - row.date).days <= 240:
            score, reasons = score + 0.1, reasons + ["dated after the letter"]
        shared = len(words & wording) / max(1, len(words))
        if shared > 0.2:
            score, reasons = score + min(0.3, shared / 2), reasons + [f"shares {shared:.0%} of its wording"]
        if score >= 0.2:
            ranked.append(CaseSuggestion(row.reference, round(score, 2), tuple(reasons)))
    ranked.sort(key=lambda s: -s.score)
    return UnpairedDocument(document.id, filename, DocumentKind(document.kind), document.cited_reference,
                            document.date, " ".join(document.text[:200].split()), tuple(ranked[:5]))
