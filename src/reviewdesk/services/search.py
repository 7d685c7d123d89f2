"""Searching all documents of the store."""

from __future__ import annotations

from sqlalchemy import select

from reviewdesk.db import Store
from reviewdesk.db.models import Case, Document, StoredFile
from reviewdesk.db.search import search_documents
from reviewdesk.domain.vocabulary import DocumentKind
from reviewdesk.services.dto import SearchHit


def search(store: Store, query: str, limit: int = 50) -> list[SearchHit]:
    with store.session() as session:
        hits = search_documents(session, query, limit)
        if not hits:
            return []
        rows = session.execute(
            select(Document.id, Document.kind, Case.reference, StoredFile.filename)
            .join(StoredFile, StoredFile.id == Document.file_id)
            .outerjoin(Case, Case.id == Document.case_id)
            .where(Document.id.in_([h.document_id for h in hits]))
        ).all()
        info = {row.id: row for row in rows}
        return [
            SearchHit(h.document_id, info[h.document_id].reference, DocumentKind(info[h.document_id].kind),
                      info[h.document_id].filename, h.snippet, h.rank)
            for h in hits if h.document_id in info
        ]
