"""The rows facet counts are built from, read raw (no ORM, no type conversion) for speed.

``services.facets`` builds an inverted index from these and keeps it up to date:
every reader takes ``case_ids`` (None: every case), so after an edit only the
touched cases' rows are read again. At 10,000 cases typed ORM rows cost ten
times the queries themselves. Dates come back as the engine gives them (ISO
text on SQLite, ``date`` on PostgreSQL): callers compare ``str(value)[:10]``.
Reading a JSON list (a letter's mandates) is the one engine-specific query.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

# The ranking's weights are db.search's own, so a hit ranks the same with facets or without.
from reviewdesk.db.search import _WEIGHTS, FtsHit, fts_expression
from reviewdesk.domain.search_query import Query


def _rows(session: Session, sql: str, **params) -> Sequence[tuple]:
    statement = text(sql)
    for name, value in params.items():
        if isinstance(value, (list, tuple)):
            statement = statement.bindparams(bindparam(name, expanding=True))
    return session.execute(statement, params).all()


def _of(column: str, case_ids: Collection[int] | None, joiner: str = "AND") -> tuple[str, dict]:
    """A condition keeping the rows of ``case_ids`` (none: every row) and its parameter."""
    if case_ids is None:
        return "", {}
    return f" {joiner} {column} IN :case_ids", {"case_ids": sorted(case_ids)}


def _filed(case_ids: Collection[int] | None) -> tuple[str, dict]:
    """Documents filed under a case, or under one of ``case_ids``: never both conditions, which would have
    SQLite scan the index from the first case on instead of looking each case up."""
    if case_ids is None:
        return "case_id IS NOT NULL", {}
    return "case_id IN :case_ids", {"case_ids": sorted(case_ids)}


def cases(session: Session, case_ids: Collection[int] | None = None) -> Sequence[tuple]:
    """(id, type, country, year, organisation, addressee) of every case, latest year first."""
    where, params = _of("id", case_ids, "WHERE")
    return _rows(session, f'SELECT id, type, country, year, organisation, addressee FROM "case"{where} '
                          "ORDER BY year DESC", **params)


def replies(session: Session, reply_kinds: Iterable[str], case_ids: Collection[int] | None = None) -> Sequence[tuple]:
    """(case id, reply due, date of the first reply or None, number of replies) of every case."""
    filed, params = _filed(case_ids)
    outer, _ = _of("c.id", case_ids, "WHERE")
    return _rows(session, 'SELECT c.id, c.reply_due, r.first, r.n FROM "case" c LEFT JOIN '
                          "(SELECT case_id, min(date) AS first, count(*) AS n FROM document "
                          f"WHERE kind IN :kinds AND {filed} GROUP BY case_id) r "
                          f"ON r.case_id = c.id{outer}",
                 kinds=sorted(reply_kinds), **params)


def ocr_cases(session: Session, case_ids: Collection[int] | None = None) -> set[int]:
    filed, params = _filed(case_ids)
    rows = _rows(session, f"SELECT DISTINCT case_id FROM document WHERE is_ocr = :yes AND {filed}",
                 yes=True, **params)
    return {row[0] for row in rows}


def languages(session: Session, case_ids: Collection[int] | None = None) -> Sequence[tuple]:
    """(case id, language) of every filed document with a language (repeated: callers make sets)."""
    filed, params = _filed(case_ids)
    return _rows(session, f"SELECT case_id, language FROM document WHERE {filed} AND language IS NOT NULL", **params)


def document_cases(session: Session, case_ids: Collection[int] | None = None) -> dict[int, int]:
    """Document id -> case id, for every filed document (from an index: texts are never read)."""
    filed, params = _filed(case_ids)
    return dict(_rows(session, f"SELECT id, case_id FROM document WHERE {filed}", **params))


def filed_under(session: Session, document_ids: Collection[int]) -> dict[int, int | None]:
    """Document id -> its case id now (None: unfiled), for the documents that still exist."""
    return dict(_rows(session, "SELECT id, case_id FROM document WHERE id IN :ids", ids=sorted(document_ids)))


def last_ids(session: Session) -> tuple[int, int]:
    """The highest case id and document id: rows added later have higher ones."""
    row = _rows(session, 'SELECT (SELECT max(id) FROM "case"), (SELECT max(id) FROM document)')[0]
    return row[0] or 0, row[1] or 0


def added_since(session: Session, case_id: int, document_id: int) -> set[int]:
    """The cases added after ``case_id`` and those of the documents added after ``document_id``."""
    found = _rows(session, 'SELECT id FROM "case" WHERE id > :case UNION '
                           "SELECT case_id FROM document WHERE id > :document AND case_id IS NOT NULL",
                  case=case_id, document=document_id)
    return {row[0] for row in found}


def mandates(session: Session, letter_kind: str, case_ids: Collection[int] | None = None) -> list[tuple[int, list]]:
    """(case id, mandates) of each filed letter: the ``mandates`` list of its fields.

    On SQLite the expression is the one indexed by migration 0014, so the
    letters' rows (with their long texts) are not read at all.
    """
    filed, params = _filed(case_ids)
    if session.get_bind().dialect.name == "postgresql":
        sql = f"SELECT case_id, (fields -> 'mandates')::text FROM document WHERE kind = :kind AND {filed}"
    else:
        sql = f"SELECT case_id, json_extract(fields, '$.mandates') FROM document WHERE kind = :kind AND {filed}"
    found = []
    for case_id, listed in _rows(session, sql, kind=letter_kind, **params):
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


def grades(session: Session, case_ids: Collection[int] | None = None) -> Sequence[tuple]:
    """(case id, scale key, value key) of every grade."""
    where, params = _of("g.case_id", case_ids, "WHERE")
    return _rows(session, "SELECT g.case_id, s.key, v.key FROM grade g JOIN scale_value v ON v.id = g.scale_value_id "
                          f"JOIN scale s ON s.id = v.scale_id{where}", **params)


def verdicts(session: Session, case_ids: Collection[int] | None = None) -> Sequence[tuple]:
    """(document id, verdict value) of every verdict (the document is the question's letter)."""
    if case_ids is None:
        return _rows(session, "SELECT q.document_id, v.value FROM verdict v JOIN question q ON q.id = v.question_id")
    return _rows(session, "SELECT q.document_id, v.value FROM document d JOIN question q ON q.document_id = d.id "
                          "JOIN verdict v ON v.question_id = q.id WHERE d.case_id IN :case_ids",
                 case_ids=sorted(case_ids))


def terms(session: Session) -> Sequence[tuple]:
    """(id, parent id, label, key, vocabulary key) of every term, in vocabulary and position order."""
    return _rows(session, "SELECT t.id, t.parent_id, t.label, t.key, v.key FROM term t "
                          "JOIN vocabulary v ON v.id = t.vocabulary_id ORDER BY v.id, t.position, t.label")


def tagged(session: Session, status: str, case_ids: Collection[int] | None = None) -> Sequence[tuple]:
    """(term id, document id) of the tags with ``status``: all of them from an index (joining the documents is
    slower), or those of a few cases through their documents."""
    if case_ids is None:
        return _rows(session, "SELECT term_id, document_id FROM tag WHERE status = :status", status=status)
    # "+status": the status index would have SQLite read every accepted tag; the documents' index reads a few.
    return _rows(session, "SELECT term_id, document_id FROM tag WHERE document_id IN "
                          "(SELECT id FROM document WHERE case_id IN :case_ids) AND +status = :status",
                 status=status, case_ids=sorted(case_ids))


def ranked_among(session: Session, query: Query, case_ids: Collection[int], stemming: bool = True,
                 limit: int = 50) -> tuple[list[FtsHit], int]:
    """The best ``limit`` documents of ``case_ids`` matching ``query`` (bm25 as ``db.search.ranked_documents``)
    and how many match.

    ``+rowid`` keeps SQLite from handing the list to FTS5 (which would run the
    query once per listed document): the cases' documents filter the matches as
    they come, before bm25 is computed, so only they are ranked — a tenth of the
    time when facets select a tenth of the store. One JSON parameter carries
    any number of cases.
    """
    expression = fts_expression(query, stemming)
    if expression is None or not case_ids:
        return [], 0
    among = {"query": expression, "cases": json.dumps(sorted(case_ids))}
    where = ("WHERE document_fts MATCH :query AND +rowid IN "
             "(SELECT id FROM document WHERE case_id IN (SELECT value FROM json_each(:cases)))")
    rows = _rows(session, f"SELECT rowid, bm25(document_fts, {_WEIGHTS}) AS rank FROM document_fts {where} "
                          "ORDER BY rank, rowid LIMIT :limit", limit=limit, **among)
    total = len(rows) if len(rows) < limit else _rows(session, f"SELECT count(*) FROM document_fts {where}", **among)[0][0]
    return [FtsHit(int(r[0]), float(r[1])) for r in rows], int(total)
