"""Proposed tags: citations of the Guiding Principles in the annex, allegation terms in the allegations.

Proposals are pending tags until the reviewer accepts or rejects them; exports
and counts only use accepted tags. Both edits return an ``Edit`` whose inverse
puts the proposals back exactly: undoing a proposal run removes only the tags it
added, undoing a rejection brings the deleted tags back with their ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.db import Store
from reviewdesk.db.models import Document, Section, Tag, Term, Vocabulary
from reviewdesk.documents.fields import (
    GUIDING_PRINCIPLE_RE,
    RESOLUTION_CITATION_RE,
    UN_SYMBOL_RE,
    instrument_citations,
)
from reviewdesk.domain.letter import SectionKind
from reviewdesk.domain.vocabulary import (
    LETTER_KINDS,
    DocumentKind,
    TagStatus,
    VocabularyKey,
)
from reviewdesk.services.anchoring import quote_columns
from reviewdesk.services.edits import Edit, compound
from reviewdesk.services.rows import Recorder, RowsUndo
from reviewdesk.services.tags import tag_changes

# The author of a proposal until a reviewer accepts it; accepting makes it the reviewer's tag.
PROPOSER = "ReviewDesk"


@dataclass(frozen=True, kw_only=True)
class ProposalUndo(RowsUndo):
    """Undoes a proposal run or a decision on proposals: exactly these tags go back as they were."""

    tag_ids: tuple[int, ...]


def _principle_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, principle number) for every Guiding Principle cited, ranges expanded."""
    spans = []
    for match in GUIDING_PRINCIPLE_RE.finditer(text):
        first = int(match.group(1) or match.group(4))
        last_raw = match.group(3) or match.group(6)
        joiner = (match.group(2) or match.group(5) or "").lower()
        numbers = [first]
        if last_raw:
            last = int(last_raw)
            numbers = [first, last] if joiner in ("and", "y", "et") else list(range(first, last + 1))
        spans.extend((match.start(), match.end(), n) for n in numbers if 1 <= n <= 31)
    return spans


_CITATION_KEYS = {"Declaration on Human Rights Defenders": "hrd-declaration",
                  "Minorities Declaration": "minorities-declaration", "Palermo Protocol": "palermo"}


def _citation_key(label: str) -> str:
    """"ICCPR article 9" -> "iccpr-9"; "ILO C029" -> "ilo-c029"; "CAT" -> "cat"."""
    if label in _CITATION_KEYS:
        return _CITATION_KEYS[label]
    if label.startswith("ILO "):
        return "ilo-" + label[4:].lower()
    name, _sep, number = label.partition(" article ")
    return f"{name.lower()}-{number}" if number else name.lower()


def suggest_tags(store: Store, case_id: int) -> Edit:
    """Add pending tags for the case's letter and annex; ``value`` is how many were new."""
    with store.session() as session:
        return _propose(session, case_id)


def suggest_and_accept(store: Store, case_id: int, reviewer: str = "") -> Edit:
    """Propose, then accept every pending tag of the case (old and new) in the same transaction: one user
    action, so an interrupted run leaves the proposals as they were, never half accepted.

    ``value`` is (how many were new, the ids of the tags accepted).
    """
    with store.session() as session:
        proposed = _propose(session, case_id)
        pending = session.scalars(select(Tag.id).join(Document, Document.id == Tag.document_id)
                                  .where(Document.case_id == case_id, Tag.status == TagStatus.PENDING)
                                  .order_by(Tag.id)).all()
        accepted = _decide(session, list(pending), accepted=True, reviewer=reviewer)
        return compound([proposed, accepted], value=(proposed.value, tuple(pending)))


def _propose(session: Session, case_id: int) -> Edit:
    terms = session.execute(select(Term, Vocabulary.key).join(Vocabulary, Vocabulary.id == Term.vocabulary_id)
                            .where(Term.retired.is_(False))).all()
    principles = {t.key: t.id for t, vocabulary in terms if vocabulary == VocabularyKey.LEGAL}
    allegation_terms = [(t.id, t.synonyms or []) for t, vocabulary in terms if vocabulary == VocabularyKey.ALLEGATIONS]
    documents = session.scalars(select(Document).where(Document.case_id == case_id,
                                                       Document.kind.in_(sorted(LETTER_KINDS)))).all()
    existing = {(t.document_id, t.start, t.end, t.term_id) for t in session.scalars(
        select(Tag).where(Tag.document_id.in_([d.id for d in documents])))}
    proposals: set[tuple[int, int, int, int]] = set()
    for document in documents:
        if document.kind == DocumentKind.ANNEX:
            for start, end, number in _principle_spans(document.text):
                if f"ungp-{number}" in principles:
                    proposals.add((document.id, start, end, principles[f"ungp-{number}"]))
            for start, end, label in instrument_citations(document.text):
                key = _citation_key(label)
                if key in principles:
                    proposals.add((document.id, start, end, principles[key]))
            if "un-resolution" in principles:
                for pattern in (UN_SYMBOL_RE, RESOLUTION_CITATION_RE):
                    for match in pattern.finditer(document.text):
                        proposals.add((document.id, match.start(), match.end(), principles["un-resolution"]))
            continue
        section = session.scalar(select(Section).where(Section.document_id == document.id,
                                                       Section.kind == SectionKind.ALLEGATIONS))
        if section is None:
            continue
        text = document.text
        for term_id, synonyms in allegation_terms:
            for synonym in synonyms:
                pattern = re.compile(rf"\b{re.escape(synonym)}\b", re.IGNORECASE)
                for match in pattern.finditer(text, section.start, section.end):
                    proposals.add((document.id, match.start(), match.end(), term_id))
    new = proposals - existing
    texts = {d.id: d.text for d in documents}
    resolution_term = principles.get("un-resolution")
    added = [Tag(document_id=d, start=s, end=e, term_id=t, status=TagStatus.PENDING, author=PROPOSER,
                 note=texts[d][s:e] if t == resolution_term else "", **quote_columns(texts[d], s, e))
             for d, s, e, t in sorted(new)]
    session.add_all(added)
    session.flush()
    recorder = Recorder(session)
    recorder.created(Tag, [tag.id for tag in added])
    changes = tag_changes([case_id], {tag.document_id for tag in added})
    undo = ProposalUndo(rows=recorder.images, changes=changes, tag_ids=tuple(tag.id for tag in added))
    return Edit(changes, undo, len(added))


def set_status(store: Store, tag_ids: list[int], accepted: bool | None, reviewer: str = "") -> Edit:
    """Accept pending tags, reject them, or (None) make them pending again; ``value`` is how many were decided.

    Rejecting deletes a proposal; a tag already accepted is the reviewer's own and is not rejected.
    An accepted proposal becomes ``reviewer``'s (an export's comment names who vouched for it, not
    ReviewDesk); with no name yet it is author-less, and ``services.tags.claim_unsigned`` signs it later.
    The inverse brings deleted proposals back with their ids and every column.
    """
    with store.session() as session:
        return _decide(session, tag_ids, accepted, reviewer)


def _decide(session: Session, tag_ids: list[int], accepted: bool | None, reviewer: str = "") -> Edit:
    query = select(Tag, Document.case_id).join(Document, Document.id == Tag.document_id).where(Tag.id.in_(tag_ids))
    if accepted is False:
        query = query.where(Tag.status == TagStatus.PENDING)
    rows = session.execute(query.order_by(Tag.id)).all()
    recorder = Recorder(session)
    recorder.before(Tag, [tag.id for tag, _case in rows])
    for tag, _case in rows:
        if accepted is False:
            session.delete(tag)
        else:
            tag.status = TagStatus.ACCEPTED if accepted else TagStatus.PENDING
            if accepted and tag.author == PROPOSER:
                tag.author = reviewer
    changes = tag_changes({case for _tag, case in rows}, {tag.document_id for tag, _case in rows})
    undo = ProposalUndo(rows=recorder.images, changes=changes, tag_ids=tuple(tag.id for tag, _case in rows))
    return Edit(changes, undo, len(rows))
