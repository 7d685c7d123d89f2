"""Full-text search with SQLite FTS5, safe for whatever a user types."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

_TOKEN_RE = re.compile(r'"([^"]*)"|(\S+)')
_WORD_RE = re.compile(r"\w+", re.UNICODE)
SNIPPET_OPEN = "["
SNIPPET_CLOSE = "]"


@dataclass(frozen=True)
class FtsHit:
    document_id: int
    rank: float
    snippet: str


def to_fts_query(user_query: str) -> str | None:
    """Turn free text into an FTS5 query that cannot be a syntax error.

    Quoted parts stay phrases, a trailing ``*`` keeps prefix search, every
    other character FTS5 treats as syntax (colons, parentheses, carets,
    stray quotes) is dropped; terms are ANDed. None when nothing is left.
    """
    terms: list[str] = []
    balanced = user_query.count('"') % 2 == 0
    source = user_query if balanced else user_query.replace('"', " ")
    for match in _TOKEN_RE.finditer(source):
        phrase, bare = match.groups()
        if phrase is not None:
            words = _WORD_RE.findall(phrase)
            if words:
                terms.append('"' + " ".join(words) + '"')
            continue
        prefix = bare.endswith("*")
        for index, word in enumerate(_WORD_RE.findall(bare)):
            last = index == len(_WORD_RE.findall(bare)) - 1
            terms.append(f'"{word}"' + ("*" if prefix and last else ""))
    return " AND ".join(terms) if terms else None


def unindex_document(session: Session, document_id: int) -> None:
    # By rowid (= the document's id): ``document_id`` is UNINDEXED, a delete by it scans the whole index.
    session.execute(text("DELETE FROM document_fts WHERE rowid = :id"), {"id": document_id})


def index_document(session: Session, document_id: int, body: str) -> None:
    unindex_document(session, document_id)
    session.execute(
        text("INSERT INTO document_fts (rowid, text, document_id) VALUES (:id, :text, :id)"),
        {"text": body, "id": document_id},
    )


def search_documents(session: Session, user_query: str, limit: int = 50) -> list[FtsHit]:
    query = to_fts_query(user_query)
    if query is None:
        return []
    rows = session.execute(
        text(
            "SELECT document_id, bm25(document_fts) AS rank, "
            "snippet(document_fts, 0, :open, :close, '…', 16) AS snippet "
            "FROM document_fts WHERE document_fts MATCH :query ORDER BY rank LIMIT :limit"
        ),
        {"query": query, "open": SNIPPET_OPEN, "close": SNIPPET_CLOSE, "limit": limit},
    ).all()
    return [FtsHit(int(row.document_id), float(row.rank), row.snippet) for row in rows]
