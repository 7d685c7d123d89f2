"""Full-text search with SQLite FTS5: the index, and a parsed query compiled into FTS5 syntax.

``document_fts`` has one row per document (rowid = the document's id): its
``text`` (folded by ``unicode61 remove_diacritics 2``) and ``stems``, the same
words stemmed in the document's language (``domain.search_text``). A bare word
matches either column when stemming is on; phrases and prefixes match the text
only. Queries are compiled from a ``domain.search_query.Query`` with every word
quoted, so nothing a user types can be an FTS5 syntax error. Everything
FTS5-specific stays in this module: another engine gets its own beside it.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from reviewdesk.domain.search_query import Query, Term, parse_query
from reviewdesk.domain.search_text import query_stems, stemmed_text

# Stem matches rank a little below the words as written.
_WEIGHTS = "1.0, 0.6"


_INSERT = "INSERT INTO document_fts (rowid, text, stems, document_id) VALUES (:id, :text, :stems, :id)"


@dataclass(frozen=True)
class FtsHit:
    document_id: int
    rank: float


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _term(term: Term, stemming: bool) -> str:
    if len(term.words) > 1:
        return "text : " + _quoted(" ".join(term.words)) + (" *" if term.prefix else "")
    word = term.words[0]
    if term.prefix:
        return f"text : {_quoted(word)} *"
    exact = f"text : {_quoted(word)}"
    if not (stemming and term.stemmable):
        return exact
    stems = " OR ".join(_quoted(s) for s in sorted(query_stems(word)))
    return f"({exact} OR stems : ({stems}))"


def fts_expression(query: Query, stemming: bool = True) -> str | None:
    """The FTS5 MATCH expression of ``query``; None when there is nothing to search."""
    if query.empty:
        return None
    groups = ["(" + " OR ".join(_term(t, stemming) for t in group) + ")" for group in query.groups]
    expression = " AND ".join(groups)
    for term in query.excluded:
        expression = f"({expression}) NOT {_term(term, stemming)}"
    return expression


def unindex_document(session: Session, document_id: int) -> None:
    # By rowid (= the document's id): ``document_id`` is UNINDEXED, a delete by it scans the whole index.
    session.execute(text("DELETE FROM document_fts WHERE rowid = :id"), {"id": document_id})


def index_document(session: Session, document_id: int, body: str, language: str | None = None) -> None:
    """(Re)index one document; its language (for the stems) is read from the store when not given."""
    if language is None:
        language = session.execute(text("SELECT language FROM document WHERE id = :id"), {"id": document_id}).scalar()
    unindex_document(session, document_id)
    session.execute(
        text(_INSERT),
        {"text": body, "stems": stemmed_text(body, language), "id": document_id},
    )


def catch_up(engine: Engine, batch: int = 500) -> int:
    """Index the documents a migration listed in ``search_reindex`` (see 0014), in one transaction; how many."""
    with engine.begin() as connection:
        if connection.execute(text("SELECT 1 FROM search_reindex LIMIT 1")).first() is None:
            return 0
        done, last = 0, 0
        while True:
            rows = connection.execute(text(
                "SELECT d.id, d.text, d.language FROM search_reindex r JOIN document d ON d.id = r.document_id "
                "WHERE r.document_id > :last ORDER BY r.document_id LIMIT :n"), {"last": last, "n": batch}).all()
            for row in rows:
                connection.execute(text("DELETE FROM document_fts WHERE rowid = :id"), {"id": row.id})
                connection.execute(text(_INSERT), {"text": row.text, "stems": stemmed_text(row.text, row.language),
                                                   "id": row.id})
            done += len(rows)
            if len(rows) < batch:
                connection.execute(text("DELETE FROM search_reindex"))
                return done
            last = rows[-1].id


def ranked_documents(session: Session, query: Query, stemming: bool = True,
                     keep: Callable[[int], bool] | None = None, limit: int = 50) -> tuple[list[FtsHit], int]:
    """The best ``limit`` documents (bm25, lower is better) and how many match.

    ``keep(document_id)`` restricts them (to the documents of the cases facets
    selected). The index alone is read: joining ``document`` here costs a row
    look-up per match, and FTS5 with ``rowid IN (…)`` scans once per candidate.
    """
    expression = fts_expression(query, stemming)
    if expression is None:
        return [], 0
    ranked = f"SELECT rowid, bm25(document_fts, {_WEIGHTS}) AS rank FROM document_fts WHERE document_fts MATCH :query"
    if keep is None:
        rows = session.execute(text(ranked + " ORDER BY rank LIMIT :limit"), {"query": expression, "limit": limit}).all()
        total = len(rows) if len(rows) < limit else session.execute(
            text("SELECT count(*) FROM document_fts WHERE document_fts MATCH :query"), {"query": expression}).scalar()
        return [FtsHit(int(r[0]), float(r[1])) for r in rows], int(total)
    kept = [r for r in session.execute(text(ranked), {"query": expression}).all() if keep(r[0])]
    best = heapq.nsmallest(limit, kept, key=lambda r: (r[1], r[0]))
    return [FtsHit(int(r[0]), float(r[1])) for r in best], len(kept)


def matching_documents(session: Session, query: Query, stemming: bool = True) -> list[int]:
    """The ids of the documents matching ``query``, in no particular order."""
    expression = fts_expression(query, stemming)
    if expression is None:
        return []
    return list(session.execute(text("SELECT rowid FROM document_fts WHERE document_fts MATCH :query"),
                                {"query": expression}).scalars())


def search_documents(session: Session, user_query: str, limit: int = 50) -> list[FtsHit]:
    """The documents matching what a user typed (no restriction, stemming on)."""
    return ranked_documents(session, parse_query(user_query), limit=limit)[0]
