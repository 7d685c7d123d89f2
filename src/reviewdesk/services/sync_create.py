"""Cases, documents, terms and scale values a merge needs and the target lacks: created from the changeset.

Documents are copied as data (text, fields, sections, questions, text
blocks), never re-parsed, so the offsets of incoming annotations stay valid;
their originals come from the changeset's ``blob`` (a bundle's member, the
other store's bytes).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from reviewdesk.db.fulltext import index_document
from reviewdesk.db.models import (
    Case,
    Document,
    Question,
    Scale,
    ScaleValue,
    Section,
    StoredFile,
    Term,
    TextBlock,
    Vocabulary,
)
from reviewdesk.domain.errors import SubjectError
from reviewdesk.services.sync_changeset import Keys, decode


class MissingOriginal(SubjectError):
    """A document to create whose original the changeset does not carry."""


def _decoded(model, values: dict) -> dict:
    table = model.__table__
    return {name: decode(value, table.c[name]) for name, value in values.items() if name in table.c}


def create_missing(session: Session, data: dict, keys: Keys, blob: Callable[[str], bytes | None], where) -> None:
    for case in data["cases"]:
        if keys.id("case", case["reference"]) is None:
            row = Case(**_decoded(Case, case))
            session.add(row)
            session.flush()
            keys.remember("case", case["reference"], row.id)
    for document in data["documents"]:
        if keys.id("document", document["key"]) is not None:
            continue
        sha = document["key"][0]
        stored = session.query(StoredFile).filter_by(sha256=sha).one_or_none()
        if stored is None:
            content = blob(sha)
            if content is None:
                raise MissingOriginal(where, f"the original {document['file']['filename']} ({sha[:12]}…) is not "
                                             "in the changes to merge; nothing was changed")
            stored = StoredFile(**_decoded(StoredFile, document["file"]), data=content)
            session.add(stored)
            session.flush()
        row = Document(**_decoded(Document, document["columns"]), case_id=keys.id("case", document["case"]),
                       file_id=stored.id)
        row.sections = [Section(**_decoded(Section, s)) for s in document["sections"]]
        row.questions = [Question(**_decoded(Question, q)) for q in document["questions"]]
        row.blocks = [TextBlock(**_decoded(TextBlock, b)) for b in document["blocks"]]
        session.add(row)
        session.flush()
        index_document(session, row.id, row.text)
        keys.remember("document", document["key"], row.id)
    _terms_and_scales(session, data, keys)


def _terms_and_scales(session: Session, data: dict, keys: Keys) -> None:
    """Every term and scale value the changeset defines and the target lacks (vocabularies travel whole)."""
    for vocabulary in data.get("vocabularies", []):
        vocabulary_id = session.query(Vocabulary.id).filter_by(key=vocabulary["key"]).scalar()
        if vocabulary_id is None:
            made = Vocabulary(key=vocabulary["key"], name=vocabulary["name"])
            session.add(made)
            session.flush()
            vocabulary_id = made.id
        for term in vocabulary["terms"]:
            key = [vocabulary["key"], term["key"]]
            if keys.id("term", key) is None:
                values = {k: v for k, v in term.items() if k != "parent"}
                made = Term(**_decoded(Term, values), vocabulary_id=vocabulary_id,
                            parent_id=keys.id("term", [vocabulary["key"], term["parent"]]) if term["parent"] else None)
                session.add(made)
                session.flush()
                keys.remember("term", key, made.id)
    for scale in data.get("scales", []):
        scale_id = session.query(Scale.id).filter_by(key=scale["key"]).scalar()
        if scale_id is None:
            made = Scale(key=scale["key"], name=scale["name"])
            session.add(made)
            session.flush()
            scale_id = made.id
        for value in scale["values"]:
            key = [scale["key"], value["key"]]
            if keys.id("scale_value", key) is None:
                made = ScaleValue(**_decoded(ScaleValue, value), scale_id=scale_id)
                session.add(made)
                session.flush()
                keys.remember("scale_value", key, made.id)
