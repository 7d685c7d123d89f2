"""The store's full-text index, whichever engine holds it: FTS5 (``db.search``) or PostgreSQL (``db.search_postgres``).

Services index and search through this module only; each function picks the
engine's own implementation from the session's (or engine's) dialect. Both
take the same parsed ``Query`` and find the same documents.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from reviewdesk.db import facets, search, search_postgres, server
from reviewdesk.db.models import Document
from reviewdesk.db.search import FtsHit
from reviewdesk.domain.search_query import Query, parse_query

__all__ = ["FtsHit", "catch_up", "index_document", "matching_documents", "ranked_among", "ranked_documents", "search_documents",
           "unindex_document"]


def _engine(bind: Session | Engine):
    return search_postgres if server.is_server(bind) else search


def index_document(session: Session, document_id: int, body: str, language: str | None = None,
                   stems: str | None = None) -> None:
    """(Re)index one document; its language (for the stems) is read from the store when not given.

    ``stems``: made by the importer's workers for FTS5; PostgreSQL stems with its own dictionaries.
    """
    if server.is_server(session):
        search_postgres.index_document(session, document_id, body, language)
    else:
        search.index_document(session, document_id, body, language, stems)


def unindex_document(session: Session, document_id: int) -> None:
    _engine(session).unindex_document(session, document_id)


def catch_up(engine: Engine) -> int:
    """Index the documents a migration listed in ``search_reindex``; how many."""
    return _engine(engine).catch_up(engine)


def ranked_documents(session: Session, query: Query, stemming: bool = True,
                     keep: Callable[[int], bool] | None = None, limit: int = 50) -> tuple[list[FtsHit], int]:
    """The best ``limit`` documents (lower rank is better) and how many match; ``keep(id)`` restricts them."""
    return _engine(session).ranked_documents(session, query, stemming, keep, limit)


def ranked_among(session: Session, query: Query, case_ids: Collection[int], stemming: bool = True,
                 limit: int = 50) -> tuple[list[FtsHit], int]:
    """The best ``limit`` documents of ``case_ids`` matching ``query``, and how many match."""
    if not server.is_server(session):
        return facets.ranked_among(session, query, case_ids, stemming, limit)
    chosen = set(session.scalars(select(Document.id).where(Document.case_id.in_(sorted(case_ids))))) if case_ids else set()
    return search_postgres.ranked_documents(session, query, stemming, chosen.__contains__, limit)


def matching_documents(session: Session, query: Query, stemming: bool = True) -> list[int]:
    """The ids of the documents matching ``query``, in no particular order."""
    return _engine(session).matching_documents(session, query, stemming)


def search_documents(session: Session, user_query: str, limit: int = 50) -> list[FtsHit]:
    """The documents matching what a user typed (no restriction, stemming on)."""
    return ranked_documents(session, parse_query(user_query), limit=limit)[0]
