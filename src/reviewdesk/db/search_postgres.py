"""Full-text search on PostgreSQL: a ``tsvector`` per document, and a parsed query compiled into a ``tsquery``.

The counterpart of ``db.search`` (FTS5) for team stores, with the same
meaning: ``document_search`` (migration 0017) has one row per document, its
words with weight A and their stems (``domain.search_text``, in the
document's language) with weight B, read through the configuration
``reviewdesk_words`` (``unaccent``, lower case, no stop words). ReviewDesk
splits the text into words itself (the tokeniser that mirrors SQLite's
``unicode61``) and hands PostgreSQL those words space-separated, so both
engines see the same words and the same word positions (phrases). A bare
word matches a word or a stem; phrases and prefixes match words only, as on
SQLite. Queries are ``to_tsquery`` over quoted operands built from a
``domain.search_query.Query``: nothing a user types is tsquery syntax.

PostgreSQL keeps word positions up to 16,383: in a longer document a phrase
is still found in its first 16,383 words; beyond, only its words are.
"""

from __future__ import annotations

import heapq
import unicodedata
from collections.abc import Callable

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from reviewdesk.db.search import FtsHit
from reviewdesk.domain.search_query import Query, Term
from reviewdesk.domain.search_text import query_stems, stemmed_text, words

CONFIG = "reviewdesk_words"
# Stem matches rank a little below the words as written ({D, C, B, A}).
_WEIGHTS = "'{0, 0, 0.6, 1.0}'"

_VECTOR = (f"setweight(to_tsvector('{CONFIG}', :words), 'A') || "
           f"setweight(to_tsvector('{CONFIG}', :stems), 'B')")
_UPSERT = (f"INSERT INTO document_search (document_id, tsv) VALUES (:id, {_VECTOR}) "
           "ON CONFLICT (document_id) DO UPDATE SET tsv = EXCLUDED.tsv")
_QUERY = f"to_tsquery('{CONFIG}', :query)"


def _words(body: str) -> str:
    # Decomposed accents (e + U+0301) are composed first, so a word is not cut at its accent.
    return " ".join(match.group() for match in words(unicodedata.normalize("NFC", body)))


def _operand(word: str, weight: str, prefix: bool = False) -> str:
    # Words are runs of letters and digits: no quote or backslash to escape, but stay safe if that changes.
    quoted = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
    return f"{quoted}:{'*' if prefix else ''}{weight}"


def _term(term: Term, stemming: bool) -> str:
    last = len(term.words) - 1
    written = " <-> ".join(_operand(w, "A", term.prefix and i == last) for i, w in enumerate(term.words))
    if not (stemming and term.stemmable):
        return f"({written})"
    stems = " | ".join(_operand(s, "B") for s in sorted(query_stems(term.words[0])))
    return f"({written} | {stems})"


def tsquery_text(query: Query, stemming: bool = True) -> str | None:
    """The ``to_tsquery`` input of ``query``; None when there is nothing to search."""
    if query.empty:
        return None
    expression = " & ".join("(" + " | ".join(_term(t, stemming) for t in group) + ")" for group in query.groups)
    for term in query.excluded:
        expression = f"({expression}) & !{_term(term, stemming)}"
    return expression


def unindex_document(session: Session, document_id: int) -> None:
    session.execute(text("DELETE FROM document_search WHERE document_id = :id"), {"id": document_id})


def index_document(session: Session, document_id: int, body: str, language: str | None = None) -> None:
    """(Re)index one document; its language (for the stems) is read from the store when not given."""
    if language is None:
        language = session.execute(text("SELECT language FROM document WHERE id = :id"), {"id": document_id}).scalar()
    session.execute(text(_UPSERT), {"id": document_id, "words": _words(body), "stems": stemmed_text(body, language)})


def catch_up(engine: Engine, batch: int = 500) -> int:
    """Index the documents a migration listed in ``search_reindex``, in one transaction; how many."""
    with engine.begin() as connection:
        if connection.execute(text("SELECT 1 FROM search_reindex LIMIT 1")).first() is None:
            return 0
        # Another client opening the store at the same moment waits here, then finds nothing left to do.
        connection.execute(text("LOCK TABLE search_reindex IN EXCLUSIVE MODE"))
        done, last = 0, 0
        while True:
            rows = connection.execute(text(
                "SELECT d.id, d.text, d.language FROM search_reindex r JOIN document d ON d.id = r.document_id "
                "WHERE r.document_id > :last ORDER BY r.document_id LIMIT :n"), {"last": last, "n": batch}).all()
            for row in rows:
                connection.execute(text(_UPSERT), {"id": row.id, "words": _words(row.text),
                                                   "stems": stemmed_text(row.text, row.language)})
            done += len(rows)
            if len(rows) < batch:
                connection.execute(text("DELETE FROM search_reindex"))
                return done
            last = rows[-1].id


def ranked_documents(session: Session, query: Query, stemming: bool = True,
                     keep: Callable[[int], bool] | None = None, limit: int = 50) -> tuple[list[FtsHit], int]:
    """The best ``limit`` documents and how many match; ``rank`` is minus ``ts_rank`` (lower is better)."""
    expression = tsquery_text(query, stemming)
    if expression is None:
        return [], 0
    ranked = (f"SELECT document_id, -ts_rank({_WEIGHTS}, tsv, q, 1) AS rank FROM document_search, {_QUERY} AS q "
              "WHERE tsv @@ q")
    params = {"query": expression}
    if keep is None:
        rows = session.execute(text(ranked + " ORDER BY rank, document_id LIMIT :limit"),
                               {**params, "limit": limit}).all()
        total = len(rows) if len(rows) < limit else session.execute(
            text(f"SELECT count(*) FROM document_search WHERE tsv @@ {_QUERY}"), params).scalar()
        return [FtsHit(int(r[0]), float(r[1])) for r in rows], int(total)
    kept = [r for r in session.execute(text(ranked), params).all() if keep(r[0])]
    best = heapq.nsmallest(limit, kept, key=lambda r: (r[1], r[0]))
    return [FtsHit(int(r[0]), float(r[1])) for r in best], len(kept)


def matching_documents(session: Session, query: Query, stemming: bool = True) -> list[int]:
    """The ids of the documents matching ``query``, in no particular order."""
    expression = tsquery_text(query, stemming)
    if expression is None:
        return []
    return list(session.execute(text(f"SELECT document_id FROM document_search WHERE tsv @@ {_QUERY}"),
                                {"query": expression}).scalars())
