"""Plain data handed to the CLI and the GUI: never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from reviewdesk.domain.letter import SectionKind
from reviewdesk.domain.vocabulary import DocumentKind, Timeliness, reply_timeliness


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class FileResult:
    path: str
    status: ImportStatus
    reason: str = ""
    reference: str | None = None
    document_ids: tuple[int, ...] = ()
    warnings: tuple[str, ...] = ()
    kind: DocumentKind | None = None


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


@dataclass(frozen=True)
class CaseDetail:
    summary: CaseSummary
    documents: tuple[DocumentDTO, ...]

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
