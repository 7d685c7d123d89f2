"""Searching every document of the store: ranked hits, their snippets and the offsets of what matched."""

from __future__ import annotations

import re

from sqlalchemy import select

from reviewdesk.db import Store
from reviewdesk.db.models import Case, Document, StoredFile
from reviewdesk.db.fulltext import ranked_among, ranked_documents
from reviewdesk.domain.search_query import Highlighter, parse_query
from reviewdesk.domain.vocabulary import DocumentKind
from reviewdesk.services.dto import CaseFilter, SearchHit, SearchResults
from reviewdesk.services.facets import facet_index

SNIPPET_OPEN = "["
SNIPPET_CLOSE = "]"
_BEFORE, _AFTER = 70, 170  # characters of context around the first match in a snippet
_SPACE_RE = re.compile(r"\s+")


def search(store: Store, query: str, filters: CaseFilter | None = None, limit: int = 200,
           stemming: bool = True) -> SearchResults:
    """The documents matching ``query`` (see ``domain.search_query``), best first (bm25).

    ``filters``' facets restrict hits to the documents of matching cases (then
    documents not filed under a case are left out); its own query is not used:
    ``query`` is what is searched. A query that cannot be searched raises
    ``QueryError``; one with nothing left to search finds nothing.
    """
    parsed = parse_query(query)
    if parsed.empty:
        return SearchResults((), 0)
    with store.session() as session:
        if filters is not None and filters.facets:
            # Only the chosen cases' documents are ranked (bm25 over every match was most of the time).
            index = facet_index(store, session)
            found, total = ranked_among(session, parsed, index.matching(index.selection(filters), None), stemming,
                                        limit)
        else:
            found, total = ranked_documents(session, parsed, stemming, None, limit)
        if not found:
            return SearchResults((), total)
        rows = session.connection().execute(  # Core, not the ORM: plain rows for 200 long texts
            select(Document.id, Document.case_id, Document.kind, Document.text, Document.language, Case.reference,
                   StoredFile.filename)
            .join(StoredFile, StoredFile.id == Document.file_id)
            .outerjoin(Case, Case.id == Document.case_id)
            .where(Document.id.in_([h.document_id for h in found]))
        ).all()
    info = {row.id: row for row in rows}
    highlighter = Highlighter(parsed, stemming)
    hits = []
    for hit in found:
        row = info.get(hit.document_id)
        if row is None:
            continue
        matches = highlighter.spans(row.text, row.language)
        hits.append(SearchHit(hit.document_id, row.reference, DocumentKind(row.kind), row.filename,
                              snippet(row.text, matches), hit.rank, row.case_id, matches))
    return SearchResults(tuple(hits), total)


def snippet(text: str, matches: tuple[tuple[int, int], ...]) -> str:
    """A line of context around the first match, matches marked; whitespace made single spaces."""
    if not matches:
        return _SPACE_RE.sub(" ", text[:_BEFORE + _AFTER]).strip()
    first = matches[0][0]
    start = max(0, first - _BEFORE)
    end = min(len(text), first + _AFTER)
    if start > 0:  # begin and end on whole words
        start = next((i + 1 for i in range(start, first) if text[i].isspace()), start)
    if end < len(text):
        end = next((i for i in range(end, max(first, end - 40), -1) if text[i].isspace()), end)
    parts, position = [], start
    for match_start, match_end in matches:
        if match_start < start or match_end > end:
            continue
        parts += [text[position:match_start], SNIPPET_OPEN, text[match_start:match_end], SNIPPET_CLOSE]
        position = match_end
    parts.append(text[position:end])
    body = _SPACE_RE.sub(" ", "".join(parts)).strip()
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")
