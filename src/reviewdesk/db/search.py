"""Full-text search with SQLite FTS5: the index, and a parsed query compiled into FTS5 syntax.

``document_fts`` has one row per document (rowid = the document's id): its
``text`` (folded by ``unicode61 remove_diacritics 2``) and ``stems``, the same
words stemmed in the document's language (``domain.search_text``). The index
keeps no copy of the text (FTS5 external content, migration 0016): it reads
``document.text`` through the view ``document_fts_source``, and keeps only the
stems (``document_fts_stems``: a document indexed is a document with a row
there). Triggers take a document out when its text changes or it is deleted;
``index_document`` puts it back, from the text stored. A bare word
matches either column when stemming is on; phrases and prefixes match the text
only. Queries are compiled from a ``domain.search_query.Query`` with every word
quoted, so nothing a user types can be an FTS5 syntax error. Everything
FTS5-specific stays in this module: another engine gets its own beside it.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from reviewdesk.domain.search_query import Query, Term

# Stem matches rank a little below the words as written.
_WEIGHTS = "1.0, 0.6"


_STORED = text("SELECT d.text, d.language, s.stems FROM document d "
               "LEFT JOIN document_fts_stems s ON s.document_id = d.id WHERE d.id = :id")
_INSERT = text("INSERT INTO document_fts (rowid, text, stems, document_id) VALUES (:id, :text, :stems, :id)")
_KEEP_STEMS = text("INSERT INTO document_fts_stems (document_id, stems) VALUES (:id, :stems)")
_DELETE = text("INSERT INTO document_fts (document_fts, rowid, text, stems, document_id) "
               "VALUES ('delete', :id, :text, :stems, :id)")
_FORGET_STEMS = text("DELETE FROM document_fts_stems WHERE document_id = :id")


@dataclass(frozen=True)
class FtsHit:
    document_id: int
    rank: float


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _term(term: Term, stemming: bool) -> str:
    if len(term.words) > 1:
        return "text : " + _quoted(" ".join(term.words)) + (" *" if term.prefix else "")
    from reviewdesk.domain.search_text import query_stems

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


def unindex_document(session: Session | Connection, document_id: int) -> None:
    """Take a document out of the index (nothing when it is not in it)."""
    if isinstance(session, Session):
        session.flush()
    stored = session.execute(_STORED, {"id": document_id}).first()
    if stored is not None and stored.stems is not None:
        # FTS5 removes what was indexed given the same values: the stored text (a change of it has
        # already unindexed it, by trigger) and the stems kept for it.
        session.execute(_DELETE, {"id": document_id, "text": stored.text, "stems": stored.stems})
        session.execute(_FORGET_STEMS, {"id": document_id})


def index_document(session: Session | Connection, document_id: int, body: str | None = None,
                   language: str | None = None, stems: str | None = None) -> None:
    """(Re)index one document from its text as stored (``body``, when given, is that text: the caller's
    pending changes are flushed first). Stems are in ``language``, else the document's, unless given
    (``stems``: the importer's workers make them); a new document costs no delete.
    """
    from reviewdesk.domain.search_text import stemmed_text

    if isinstance(session, Session):
        session.flush()
    stored = session.execute(_STORED, {"id": document_id}).first()
    if stored is None:
        return  # no such document (any more): nothing to index
    if body is not None and body != stored.text:
        raise ValueError(f"document {document_id}: the text to index is not the text stored")
    if stored.stems is not None:
        session.execute(_DELETE, {"id": document_id, "text": stored.text, "stems": stored.stems})
        session.execute(_FORGET_STEMS, {"id": document_id})
    if stems is None:
        stems = stemmed_text(stored.text, language if language is not None else stored.language)
    session.execute(_INSERT, {"id": document_id, "text": stored.text, "stems": stems})
    session.execute(_KEEP_STEMS, {"id": document_id, "stems": stems})


def catch_up(engine: Engine, batch: int = 500) -> int:
    """Index the documents a migration listed in ``search_reindex`` (see 0014), in one transaction; how many."""
    with engine.begin() as connection:
        if connection.execute(text("SELECT 1 FROM search_reindex LIMIT 1")).first() is None:
            return 0
        done, last = 0, 0
        while True:
            ids = connection.execute(text(
                "SELECT r.document_id FROM search_reindex r JOIN document d ON d.id = r.document_id "
                "WHERE r.document_id > :last ORDER BY r.document_id LIMIT :n"), {"last": last, "n": batch}).scalars().all()
            for document_id in ids:
                index_document(connection, document_id)
            done += len(ids)
            if len(ids) < batch:
                connection.execute(text("DELETE FROM search_reindex"))
                return done
            last = ids[-1]


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
    from reviewdesk.domain.search_query import parse_query

    return ranked_documents(session, parse_query(user_query), limit=limit)[0]
