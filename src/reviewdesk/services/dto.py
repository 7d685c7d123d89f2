"""Plain data handed to the CLI and the GUI: never ORM objects."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.letter import SectionKind
from reviewdesk.domain.vocabulary import DocumentKind, Timeliness, reply_timeliness


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"
    CANCELLED = "cancelled"
    SKIPPED = "skipped"  # not taken on purpose (a link out of the imported folder), with the reason


@dataclass(frozen=True)
class FileResult:
    path: str
    status: ImportStatus
    reason: str = ""
    reference: str | None = None
    document_ids: tuple[int, ...] = ()
    warnings: tuple[str, ...] = ()
    kind: DocumentKind | None = None
    unfiled: bool = False  # kept without a case: listed under Needs a reference (``filing.unfiled_documents``)


@dataclass
class ImportSummary:
    results: list[FileResult] = field(default_factory=list)

    def of(self, status: ImportStatus) -> list[FileResult]:
        return [r for r in self.results if r.status == status]

    @property
    def imported(self) -> list[FileResult]:
        return self.of(ImportStatus.IMPORTED)

    @property
    def duplicates(self) -> list[FileResult]:
        return self.of(ImportStatus.DUPLICATE)

    @property
    def failed(self) -> list[FileResult]:
        return self.of(ImportStatus.FAILED)


@dataclass(frozen=True)
class CaseSummary:
    id: int
    reference: str
    type: str | None
    country: str
    date: date | None
    addressee: str | None
    organisation: str | None
    reply_due: date | None
    document_count: int
    question_count: int
    reply_count: int
    first_reply_date: date | None

    def timeliness(self, today: date) -> Timeliness:
        """Received, awaited or overdue on ``today``, with the days left or late."""
        return reply_timeliness(self.reply_due, self.first_reply_date, self.reply_count, today)


@dataclass(frozen=True)
class SectionDTO:
    kind: SectionKind
    start: int
    end: int
    title: str


@dataclass(frozen=True)
class QuestionDTO:
    id: int
    number: int
    label: str
    text: str
    start: int
    end: int
    orphaned: bool = False  # an edited question re-analysis could not find again: its span is stale


@dataclass(frozen=True)
class CorrectionDTO:
    """A field the reviewer corrected: its value wins over the parser's (``parsed``) even after re-analysis.

    Values are as ``show --json`` prints them: ISO dates, lists, a reference as text.
    ``previous`` is what was shown before this correction.
    """

    field: str
    value: object
    previous: object
    parsed: object
    by: str
    at: datetime

    def as_json(self) -> dict:
        return {"by": self.by, "at": self.at.isoformat(), "previous": self.previous, "parsed": self.parsed,
                "value": self.value}


@dataclass(frozen=True)
class DocumentDTO:
    id: int
    case_id: int | None
    kind: DocumentKind
    filename: str
    sha256: str
    language: str | None
    page_count: int
    first_page: int | None
    last_page: int | None
    needs_ocr: bool
    is_ocr: bool
    text: str
    sections: tuple[SectionDTO, ...]
    questions: tuple[QuestionDTO, ...]
    fields: dict
    warnings: tuple[str, ...]
    # The reviewer's corrections of this document: "kind", "questions" (edited in the questions editor).
    corrections: Mapping[str, CorrectionDTO] = field(default_factory=dict)
    parser_version: int = 0  # the parser that read it (services.importer.PARSER_VERSION when current)
    imported_at: datetime | None = None  # tells two copies of one letter apart in the pane's chooser


@dataclass(frozen=True)
class CaseDetail:
    summary: CaseSummary
    documents: tuple[DocumentDTO, ...]
    # Field name (as in ``services.corrections.FIELDS``) -> who corrected it, when, and what it replaced.
    corrections: Mapping[str, CorrectionDTO] = field(default_factory=dict)
    orphaned: int = 0  # tags and answer links re-analysis could not place (``orphaned_annotations``)

    def corrected(self, name: str) -> CorrectionDTO | None:
        """The correction of a case field or, for "kind"/"questions", of the letter; None when parsed."""
        found = self.corrections.get(name)
        letter = self.letter()
        return found or (letter.corrections.get(name) if letter else None)

    def letter(self) -> DocumentDTO | None:
        return next((d for d in self.documents if d.kind is DocumentKind.LETTER), None)

    def annex(self) -> DocumentDTO | None:
        return next((d for d in self.documents if d.kind is DocumentKind.ANNEX), None)


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    case_reference: str | None
    document_kind: DocumentKind
    filename: str
    snippet: str  # matched words between SNIPPET_OPEN and SNIPPET_CLOSE ("[" "]")
    rank: float  # bm25: lower is better
    case_id: int | None = None  # None: a document not filed under a case yet
    # Character offsets (start, end) into the document's stored text of every word or phrase matched.
    matches: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class SearchResults:
    hits: tuple[SearchHit, ...]
    total: int  # documents matching, of which ``hits`` are the best ranked


@dataclass(frozen=True)
class CaseFilter:
    """What the reviewer narrowed the cases to: a query and facet values (saved searches store it).

    ``facets`` holds (facet key, value key) pairs: values of one facet are ORed,
    different facets ANDed. A value may also be given by its label (the CLI's
    ``--facet term="Forced labour"``); ``services.facets`` resolves it.
    """

    query: str = ""
    facets: tuple[tuple[str, str], ...] = ()

    def with_value(self, key: str, value: str) -> CaseFilter:
        if (key, value) in self.facets:
            return self
        return replace(self, facets=(*self.facets, (key, value)))

    def without(self, key: str, value: str | None = None) -> CaseFilter:
        """Without one value of a facet, or (``value`` None) without the whole facet."""
        return replace(self, facets=tuple(f for f in self.facets if f[0] != key or (value is not None and f[1] != value)))

    def with_query(self, query: str) -> CaseFilter:
        return replace(self, query=query)

    def values(self, key: str) -> tuple[str, ...]:
        return tuple(value for facet, value in self.facets if facet == key)

    @property
    def empty(self) -> bool:
        return not self.query.strip() and not self.facets

    def to_json(self) -> str:
        return json.dumps({"query": self.query, "facets": [list(f) for f in self.facets]}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> CaseFilter:
        try:
            data = json.loads(text)
            facets = tuple((str(key), str(value)) for key, value in data.get("facets", ()))
            return cls(str(data.get("query", "")), facets)
        except (ValueError, TypeError, AttributeError) as exc:
            raise FilterFormatError(f"not a saved filter: {text[:80]!r} ({exc})") from exc


class FilterFormatError(ReviewDeskError, ValueError):
    """A saved filter's JSON that cannot be read back."""


@dataclass(frozen=True)
class FacetValue:
    key: str
    label: str
    count: int  # cases matching every other facet's selection and this value
    depth: int = 0  # hierarchical facets (terms): 0 for a top-level group
    selected: bool = False


@dataclass(frozen=True)
class Facet:
    key: str
    label: str
    values: tuple[FacetValue, ...]


@dataclass(frozen=True)
class SavedSearchDTO:
    id: int
    name: str
    filter: CaseFilter
    position: int
