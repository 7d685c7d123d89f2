"""The original bytes of a stored document (for rendering its pages)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from reviewdesk.db import Store
from reviewdesk.db.models import Document, StoredFile


@dataclass(frozen=True)
class OriginalFile:
    document_id: int
    filename: str
    media_type: str
    data: bytes
    first_page: int | None
    last_page: int | None


def original_file(store: Store, document_id: int) -> OriginalFile:
    with store.session() as session:
        row = session.execute(
            select(Document.id, Document.first_page, Document.last_page, StoredFile.filename,
                   StoredFile.media_type, StoredFile.data)
            .join(StoredFile, StoredFile.id == Document.file_id)
            .where(Document.id == document_id)
        ).one()
        return OriginalFile(row.id, row.filename, row.media_type, row.data, row.first_page, row.last_page)
