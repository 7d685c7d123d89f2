"""The rows facet counts are built from, read raw (no ORM, no type conversion) for speed.

``services.facets`` builds an inverted index from these on each call; at
10,000 cases typed ORM rows cost ten times the queries themselves. Dates come
back as the engine gives them (ISO text on SQLite, ``date`` on PostgreSQL):
callers compare ``str(value)[:10]``. Reading a JSON list (a letter's mandates)
is the one engine-specific query.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session


def _rows(session: Session, sql: str, **params) -> Sequence[tuple]:
    statement = text(sql)
    for name, value in params.items():
        if isinstance(value, (list, tuple)):
            statement = statement.bindparams(bindparam(name, expanding=True))
    return session.execute(statement, params).all()


def cases(session: Session) -> Sequence[tuple]:
    """(id, type, country, year, organisation) of every case, latest year first."""
    return _rows(session, 'SELECT id, type, country, year, organisation FROM "case" ORDER BY year DESC')


def replies(session: Session, reply_kinds: Iterable[str]) -> Sequence[tuple]:
    """(case id, reply due, date of the first reply or None, number of replies) of every case."""
    return _rows(session, 'SELECT c.id, c.reply_due, r.first, r.n FROM "case" c LEFT JOIN '
                          "(SELECT case_id, min(date) AS first, count(*) AS n FROM document "
                          "WHERE kind IN :kinds AND case_id IS NOT NULL GROUP BY case_id) r ON r.case_id = c.id",
                 kinds=sorted(reply_kinds))


def ocr_cases(session: Session) -> set[int]:
    rows = _rows(session, "SELECT DISTINCT case_id FROM document WHERE is_ocr = :yes AND case_id IS NOT NULL", yes=True)
    return {row[0] for row in rows}


def languages(session: Session) -> Sequence[tuple]:
    """(case id, language) of every filed document with a language (repeated: callers make sets)."""
    return _rows(session, "SELECT case_id, language FROM document WHERE case_id IS NOT NULL AND language IS NOT NULL")


def document_cases(session: Session) -> dict[int, int]:
    """Document id -> case id, for every filed document (from an index: texts are never read)."""
    return dict(_rows(session, "SELECT id, case_id FROM document WHERE case_id IS NOT NULL"))


def mandates(session: Session, letter_kind: str) -> list[tuple[int, list]]:
    """(case id, mandates) of each filed letter: the ``mandates`` list of its fields.

    On SQLite the expression is the one indexed by migration 0014, so the
    letters' rows (with their long texts) are not read at all.
    """
    if session.get_bind().dialect.name == "postgresql":
        sql = ("SELECT case_id, (fields -> 'mandates')::text FROM document "
               "WHERE kind = :kind AND case_id IS NOT NULL")
    else:
        sql = ("SELECT case_id, json_extract(fields, '$.mandates') FROM document "
               "WHERE kind = :kind AND case_id IS NOT NULL")
    found = []
    for case_id, listed in _rows(session, sql, kind=letter_kind):
        try:
            value = json.loads(listed) if listed else None
        except ValueError:
            continue
        if isinstance(value, list):
            found.append((case_id, value))
    return found


def scale_values(session: Session) -> Sequence[tuple]:
    """(scale key, scale name, value key, value label) in scale and position order."""
    return _rows(session, "SELECT s.key, s.name, v.key, v.label FROM scale s JOIN scale_value v ON v.scale_id = s.id "
                          "ORDER BY s.id, v.position")


def grades(session: Session) -> Sequence[tuple]:
    """(case id, scale key, value key) of every grade."""
    return _rows(session, "SELECT g.case_id, s.key, v.key FROM grade g JOIN scale_value v ON v.id = g.scale_value_id "
                          "JOIN scale s ON s.id = v.scale_id")


def verdicts(session: Session) -> Sequence[tuple]:
    """(document id, verdict value) of every verdict (the document is the question's letter)."""
    return _rows(session, "SELECT q.document_id, v.value FROM verdict v JOIN question q ON q.id = v.question_id")


def terms(session: Session) -> Sequence[tuple]:
    """(id, parent id, label, key, vocabulary key) of every term, in vocabulary and position order."""
    return _rows(session, "SELECT t.id, t.parent_id, t.label, t.key, v.key FROM term t "
                          "JOIN vocabulary v ON v.id = t.vocabulary_id ORDER BY v.id, t.position, t.label")


def tagged(session: Session, status: str) -> Sequence[tuple]:
    """(term id, document id) of the tags with ``status`` (from an index: joining the documents is slower)."""
    return _rows(session, "SELECT term_id, document_id FROM tag WHERE status = :status", status=status)
