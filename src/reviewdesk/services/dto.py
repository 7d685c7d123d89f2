"""Plain data handed to the CLI and the GUI: never ORM objects."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

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
    snippet: str
    rank: float
