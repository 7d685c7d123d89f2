"""What understanding a letter yields: the cleaned text and its parts, the fields."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from reviewdesk.domain.reference import Reference


class DocumentKind(StrEnum):
    LETTER = "letter"
    ANNEX = "annex"
    REPLY = "reply"
    FOLLOW_UP = "follow-up"
    UNKNOWN = "unknown"


class SectionKind(StrEnum):
    HEADER = "header"
    INTRODUCTION = "introduction"
    ALLEGATIONS = "allegations"
    CONCERNS = "concerns"
    QUESTIONS = "questions"
    CLOSING = "closing"
    SIGNATURES = "signatures"
    ANNEX = "annex"
    FOOTNOTES = "footnotes"
    BODY = "body"


@dataclass(frozen=True)
class TextBlock:
    """Where a stretch of the cleaned text lies on the original page (PDF only)."""

    start: int
    end: int
    page: int | None
    bbox: tuple[float, float, float, float] | None


@dataclass(frozen=True)
class Section:
    kind: SectionKind
    start: int
    end: int
    title: str = ""


@dataclass(frozen=True)
class QuestionSpan:
    number: int
    label: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Signatory:
    name: str
    title: str


@dataclass
class DocumentText:
    """Cleaned text of one document; offsets into ``text`` are stable once stored."""

    text: str
    blocks: list[TextBlock] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    first_page: int | None = None
    last_page: int | None = None

    def section(self, kind: SectionKind) -> Section | None:
        return next((s for s in self.sections if s.kind is kind), None)

    def section_text(self, kind: SectionKind) -> str:
        found = self.section(kind)
        return self.text[found.start:found.end] if found else ""


@dataclass
class LetterFields:
    reference: Reference | None = None
    date: date | None = None
    reply_due: date | None = None
    # The person (with Mr./Ms./Madame/Señor…, without His Excellency…), their title(s), and the
    # company or the Permanent Mission / Government the address block names: three different things.
    addressee: str | None = None
    addressee_title: str | None = None
    organisation: str | None = None
    mandates: list[str] = field(default_factory=list)
    hrc_resolutions: list[str] = field(default_factory=list)
    questions: list[QuestionSpan] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)
    similar_letters_to: list[str] = field(default_factory=list)
    # "… as well as to other companies involved": others received one too, unnamed.
    similar_letters_to_others: bool = False
    annex_title: str | None = None
    annex_cites: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    language: str = "en"
    cited_references: list[Reference] = field(default_factory=list)


@dataclass
class AnalysedDocument:
    """A file understood: its kind, its text (and annex text), its fields."""

    kind: DocumentKind
    body: DocumentText
    annex: DocumentText | None
    fields: LetterFields
    page_count: int
    needs_ocr: bool = False
    is_ocr: bool = False
    warnings: list[str] = field(default_factory=list)
