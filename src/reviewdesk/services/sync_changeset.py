"""A changeset: what one store knows about a set of cases, in terms any other store understands.

Local ids mean nothing elsewhere, so every reference is a natural key: a case
by its reference, a document by its original's SHA-256 and first page (the
importer cuts one file holding several documents into page ranges), a question
by (document key, number), a term by (vocabulary key, term key), a scale value
by (scale key, value key). Shared annotation rows carry their ``uuid``,
``version`` and per-field lineages (``stamps``) with every field; deletions
are the tombstones of those cases. Documents travel as data (text, fields,
sections, questions, text blocks), so offsets stay valid in the other store;
their originals' bytes come through ``Changeset.blob``.

The data is plain JSON (a bundle writes it as it is); ``CHANGESET_SCHEMA``
grows when its shape changes, and an older program refuses a newer one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Date, DateTime, or_, select
from sqlalchemy.orm import Session

from reviewdesk.db import Store
from reviewdesk.db.models import (
    AnswerLink,
    Case,
    Document,
    FieldCorrection,
    Grade,
    Question,
    Redaction,
    Scale,
    ScaleValue,
    StoredFile,
    Tag,
    Term,
    Tombstone,
    VerdictRow,
    Vocabulary,
)
from reviewdesk.domain.errors import SubjectError

CHANGESET_SCHEMA = 1
SYNCED_MODELS = (Tag, AnswerLink, VerdictRow, Grade, FieldCorrection, Redaction)
BY_KIND = {model.__tablename__: model for model in SYNCED_MODELS}
# Foreign-key columns of shared rows, and the kind of natural key each one becomes.
REFERENCES = {"case_id": "case", "document_id": "document", "question_id": "question", "term_id": "term",
              "scale_value_id": "scale_value"}
# Columns copied with a document, other than its key and owner.
_DOCUMENT_SKIP = {"id", "case_id", "file_id"}


class UnknownCase(SubjectError):
    """A reference asked for that the store does not hold."""


@dataclass
class Changeset:
    """``data`` is JSON-ready; ``blob(sha256)`` gives an original's bytes (None when unavailable)."""

    data: dict
    blob: Callable[[str], bytes | None] = field(default=lambda _sha: None, repr=False)

    @property
    def references(self) -> list[str]:
        return [case["reference"] for case in self.data["cases"]]


# --- values: JSON both ways, by column type --------------------------------------------------

def encode(value, column):
    if value is None:
        return None
    if isinstance(column.type, DateTime) and isinstance(value, datetime):
        if value.tzinfo is None:  # SQLite hands back naive UTC
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(column.type, Date) and isinstance(value, date):
        return value.isoformat()
    return value


def decode(value, column):
    if value is None:
        return None
    if isinstance(column.type, DateTime) and isinstance(value, str):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date) and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def plain_row(row, skip: Iterable[str] = ("id",)) -> dict:
    skipped = set(skip)
    return {c.name: encode(getattr(row, c.key), c) for c in type(row).__table__.columns if c.name not in skipped}


# --- natural keys ------------------------------------------------------------------------------

class Keys:
    """Local ids to natural keys and back, within one session, cached."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._to_key: dict[tuple[str, int], object] = {}
        self._to_id: dict[tuple[str, str], int | None] = {}

    def key(self, kind: str, row_id: int | None):
        if row_id is None:
            return None
        cached = self._to_key.get((kind, row_id))
        if cached is None:
            cached = self._to_key[(kind, row_id)] = self._find_key(kind, row_id)
        return cached

    def _find_key(self, kind: str, row_id: int):
        s = self.session
        if kind == "case":
            return s.scalar(select(Case.reference).where(Case.id == row_id))
        if kind == "document":
            sha, first = s.execute(select(StoredFile.sha256, Document.first_page).join(Document.file)
                                   .where(Document.id == row_id)).one()
            return [sha, first]
        if kind == "question":
            document_id, number = s.execute(select(Question.document_id, Question.number)
                                            .where(Question.id == row_id)).one()
            return [self.key("document", document_id), number]
        if kind == "term":
            return list(s.execute(select(Vocabulary.key, Term.key).join(Vocabulary, Vocabulary.id == Term.vocabulary_id)
                                  .where(Term.id == row_id)).one())
        if kind == "scale_value":
            return list(s.execute(select(Scale.key, ScaleValue.key).join(Scale, Scale.id == ScaleValue.scale_id)
                                  .where(ScaleValue.id == row_id)).one())
        raise ValueError(kind)

    def id(self, kind: str, key) -> int | None:
        """The local id of a natural key; None when this store lacks it."""
        if key is None:
            return None
        token = (kind, repr(key))
        if token not in self._to_id:
            self._to_id[token] = self._find_id(kind, key)
        return self._to_id[token]

    def remember(self, kind: str, key, row_id: int) -> None:
        self._to_id[(kind, repr(key))] = row_id
        self._to_key[(kind, row_id)] = key

    def _find_id(self, kind: str, key) -> int | None:
        s = self.session
        if kind == "case":
            return s.scalar(select(Case.id).where(Case.reference == key))
        if kind == "document":
            sha, first = key
            condition = Document.first_page.is_(None) if first is None else Document.first_page == first
            return s.scalar(select(Document.id).join(Document.file).where(StoredFile.sha256 == sha, condition)
                            .order_by(Document.id).limit(1))
        if kind == "question":
            document_id = self.id("document", key[0])
            if document_id is None:
                return None
            return s.scalar(select(Question.id).where(Question.document_id == document_id, Question.number == key[1]))
        if kind == "term":
            return s.scalar(select(Term.id).join(Vocabulary, Vocabulary.id == Term.vocabulary_id)
                            .where(Vocabulary.key == key[0], Term.key == key[1]))
        if kind == "scale_value":
            return s.scalar(select(ScaleValue.id).join(Scale, Scale.id == ScaleValue.scale_id)
                            .where(Scale.key == key[0], ScaleValue.key == key[1]))
        raise ValueError(kind)


def row_fields(row, keys: Keys) -> dict:
    """A shared row's fields as natural, JSON-ready values (bookkeeping left out)."""
    values = {}
    for column in type(row).__table__.columns:
        if column.name in ("id", "uuid", "version", "stamps"):
            continue
        value = getattr(row, column.key)
        kind = REFERENCES.get(column.name)
        values[column.name] = keys.key(kind, value) if kind else encode(value, column)
    return values


# --- building ----------------------------------------------------------------------------------

def _case_rows(session: Session, model, case_ids: list[int], document_ids: list[int], question_ids: list[int]):
    if model in (Tag, AnswerLink):
        condition = model.document_id.in_(document_ids)
    elif model is VerdictRow:
        condition = model.question_id.in_(question_ids)
    elif model is FieldCorrection:
        condition = or_(model.case_id.in_(case_ids), model.document_id.in_(document_ids))
    else:
        condition = model.case_id.in_(case_ids)
    return session.scalars(select(model).where(condition).order_by(model.id)).all()


def _document(document: Document, keys: Keys) -> dict:
    return {
        "key": keys.key("document", document.id),
        "case": keys.key("case", document.case_id),
        "file": plain_row(document.file, skip=("id", "data")),
        "columns": plain_row(document, skip=_DOCUMENT_SKIP),
        "sections": [plain_row(s, skip=("id", "document_id")) for s in document.sections],
        "questions": [plain_row(q, skip=("id", "document_id")) for q in document.questions],
        "blocks": [plain_row(b, skip=("id", "document_id")) for b in document.blocks],
    }


def _vocabularies(session: Session) -> list[dict]:
    result = []
    for vocabulary in session.scalars(select(Vocabulary).order_by(Vocabulary.id)):
        terms = session.scalars(select(Term).where(Term.vocabulary_id == vocabulary.id).order_by(Term.id)).all()
        by_id = {term.id: term.key for term in terms}
        result.append({"key": vocabulary.key, "name": vocabulary.name,
                       "terms": [{**plain_row(term, skip=("id", "vocabulary_id", "parent_id")),
                                  "parent": by_id.get(term.parent_id)} for term in terms]})
    return result


def _scales(session: Session) -> list[dict]:
    return [{"key": scale.key, "name": scale.name,
             "values": [plain_row(v, skip=("id", "scale_id")) for v in
                        session.scalars(select(ScaleValue).where(ScaleValue.scale_id == scale.id)
                                        .order_by(ScaleValue.position, ScaleValue.id))]}
            for scale in session.scalars(select(Scale).order_by(Scale.id))]


def changeset_in(session: Session, references: Iterable[str], where: object = "store") -> dict:
    """The changeset data of ``references`` as ``session`` sees them (see ``build_changeset``)."""
    wanted = list(dict.fromkeys(references))
    cases = session.scalars(select(Case).where(Case.reference.in_(wanted)).order_by(Case.id)).all()
    found = {case.reference for case in cases}
    missing = [ref for ref in wanted if ref not in found]
    if missing:
        raise UnknownCase(where, f"no case {', '.join(missing)} in this store")
    keys = Keys(session)
    case_ids = [case.id for case in cases]
    documents = session.scalars(select(Document).where(Document.case_id.in_(case_ids)).order_by(Document.id)).all()
    document_ids = [d.id for d in documents]
    question_ids = list(session.scalars(select(Question.id).where(Question.document_id.in_(document_ids))))
    rows = {}
    for model in SYNCED_MODELS:
        rows[model.__tablename__] = [
            {"uuid": row.uuid, "version": row.version, "stamps": dict(row.stamps or {}), "fields": row_fields(row, keys)}
            for row in _case_rows(session, model, case_ids, document_ids, question_ids)]
    stones = session.scalars(select(Tombstone).where(Tombstone.case_id.in_(case_ids)).order_by(Tombstone.uuid))
    return {
        "schema": CHANGESET_SCHEMA,
        "cases": [plain_row(case) for case in cases],
        "documents": [_document(d, keys) for d in documents],
        "vocabularies": _vocabularies(session),
        "scales": _scales(session),
        "rows": rows,
        "tombstones": [{"uuid": t.uuid, "kind": t.kind, "case": keys.key("case", t.case_id),
                        "deleted_at": encode(t.deleted_at, Tombstone.__table__.c.deleted_at)} for t in stones],
    }


def blob_reader(store: Store) -> Callable[[str], bytes | None]:
    """Reads an original's bytes from ``store`` when a merge needs them (a document the target lacks)."""
    def read(sha256: str) -> bytes | None:
        with store.session() as session:
            return session.scalar(select(StoredFile.data).where(StoredFile.sha256 == sha256))
    return read


def build_changeset(store: Store, references: Iterable[str]) -> Changeset:
    """The changeset of the cases ``references`` in ``store`` (``UnknownCase`` names any it lacks).

    Read in one transaction, so it is one consistent state of the store.
    """
    with store.session() as session:
        data = changeset_in(session, references, store.location)
    return Changeset(data, blob_reader(store))
