"""Typed SQLAlchemy models of the store."""

from __future__ import annotations

from datetime import date, datetime, timezone
from uuid import uuid4

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    declared_attr,
    mapped_column,
    relationship,
)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def new_uuid() -> str:
    return uuid4().hex


class Base(DeclarativeBase):
    pass


class Synced:
    """An annotation row that teams share (migration 0019): merged by ``uuid``, written under ``version``.

    The ORM adds ``WHERE version = …`` to every UPDATE and DELETE of a loaded
    row, so two sessions writing one row cannot both win (``StaleDataError``);
    ``stamps`` (field -> ids of the edits that set it) is kept by
    ``db/lineage.py``. A new row's fields all start with one creation stamp.
    """

    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    version: Mapped[int] = mapped_column(Integer, default=1)
    stamps: Mapped[dict] = mapped_column(JSON, default=dict)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}


class StoredFile(Base):
    """The original bytes of an imported file: the store alone is the whole project."""

    __tablename__ = "stored_file"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    filename: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Case(Base):
    """One communication, keyed by its reference."""

    __tablename__ = "case"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    type: Mapped[str | None] = mapped_column(String(4))
    country: Mapped[str] = mapped_column(String(3), index=True)
    number: Mapped[int] = mapped_column(Integer)
    year: Mapped[int] = mapped_column(Integer, index=True)
    date: Mapped[date | None] = mapped_column(Date, index=True)
    reply_due: Mapped[date | None] = mapped_column(Date)
    addressee: Mapped[str | None] = mapped_column(String(500))
    organisation: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    documents: Mapped[list[Document]] = relationship(back_populates="case", order_by="Document.id")


class Document(Base):
    """A letter, annex, reply or follow-up with its cleaned text (offsets are stable)."""

    __tablename__ = "document"
    __table_args__ = (
        Index("ix_document_kind_case", "kind", "case_id"),
        Index("ix_document_cited_reference", "cited_reference"),
        # Facet counts (migration 0014, which also indexes the letters' mandates on SQLite).
        Index("ix_document_case_language", "case_id", "language"),
        Index("ix_document_case_kind_date", "case_id", "kind", "date"),  # also the case list's counts
        Index("ix_document_ocr_case", "is_ocr", "case_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id", ondelete="SET NULL"), index=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("stored_file.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    language: Mapped[str | None] = mapped_column(String(8))
    date: Mapped[date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    page_count: Mapped[int] = mapped_column(Integer, default=0)
    first_page: Mapped[int | None] = mapped_column(Integer)
    last_page: Mapped[int | None] = mapped_column(Integer)
    needs_ocr: Mapped[bool] = mapped_column(Boolean, default=False)
    is_ocr: Mapped[bool] = mapped_column(Boolean, default=False)
    cited_reference: Mapped[str | None] = mapped_column(String(40))
    # Extracted fields that are read as a whole (mandates, signatories, annex cites…).
    fields: Mapped[dict] = mapped_column(JSON, default=dict)
    warnings: Mapped[list] = mapped_column(JSON, default=list)
    parser_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    case: Mapped[Case | None] = relationship(back_populates="documents")
    file: Mapped[StoredFile] = relationship()
    sections: Mapped[list[Section]] = relationship(order_by="Section.start", cascade="all, delete-orphan")
    questions: Mapped[list[Question]] = relationship(order_by="Question.number", cascade="all, delete-orphan")
    blocks: Mapped[list[TextBlock]] = relationship(order_by="TextBlock.start", cascade="all, delete-orphan")


class TextBlock(Base):
    """Where ``document.text[start:end]`` lies on its page (PDF coordinates, points)."""

    __tablename__ = "text_block"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    page: Mapped[int | None] = mapped_column(Integer)
    x0: Mapped[float] = mapped_column(Float)
    y0: Mapped[float] = mapped_column(Float)
    x1: Mapped[float] = mapped_column(Float)
    y1: Mapped[float] = mapped_column(Float)


class Section(Base):
    __tablename__ = "section"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500), default="")


class Question(Base):
    __tablename__ = "question"
    __table_args__ = (UniqueConstraint("document_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    # Re-analysis could not find a reviewer-edited question in the new text: kept, flagged.
    orphaned: Mapped[bool] = mapped_column(Boolean, default=False)


class Vocabulary(Base):
    __tablename__ = "vocabulary"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class Term(Base):
    """A term of a vocabulary; tags keep pointing at it when it is renamed or retired."""

    __tablename__ = "term"
    __table_args__ = (UniqueConstraint("vocabulary_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    vocabulary_id: Mapped[int] = mapped_column(ForeignKey("vocabulary.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(120))
    label: Mapped[str] = mapped_column(String(300))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("term.id", ondelete="SET NULL"))
    colour: Mapped[str] = mapped_column(String(9))
    shortcut: Mapped[str | None] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text, default="")
    synonyms: Mapped[list] = mapped_column(JSON, default=list)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Tag(Synced, Base):
    """A term attached to ``document.text[start:end]``, with the reviewer's note.

    ``quote``, ``prefix`` and ``suffix`` (a W3C TextQuoteSelector) say what the
    span held when it was made, so re-analysis can find it again in a new text;
    an ``orphaned`` tag could not be placed there and waits for the reviewer.
    """

    __tablename__ = "tag"
    __table_args__ = (
        CheckConstraint('"start" < "end"', name="ck_tag_span"),
        Index("ix_tag_status_term", "status", "term_id", "document_id"),  # facet counts by accepted term
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("term.id", ondelete="RESTRICT"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    updated_by: Mapped[str] = mapped_column(String(200), default="")  # who last changed the note (0018)
    status: Mapped[str] = mapped_column(String(12), default="accepted")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)
    quote: Mapped[str] = mapped_column(Text, default="")
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    orphaned: Mapped[bool] = mapped_column(Boolean, default=False)


class AnswerLink(Synced, Base):
    """``document.text[start:end]`` of a reply answers ``question`` (quote and orphaned as for tags)."""

    __tablename__ = "answer_link"
    __table_args__ = (CheckConstraint('"start" < "end"', name="ck_answer_link_span"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(12), default="reviewer")
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    quote: Mapped[str] = mapped_column(Text, default="")
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    orphaned: Mapped[bool] = mapped_column(Boolean, default=False)


class Scale(Base):
    __tablename__ = "scale"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class ScaleValue(Base):
    __tablename__ = "scale_value"
    __table_args__ = (UniqueConstraint("scale_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    scale_id: Mapped[int] = mapped_column(ForeignKey("scale.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    administrative: Mapped[bool] = mapped_column(Boolean, default=False)


class VerdictRow(Synced, Base):
    """The reviewer's verdict on one question (the evidence is the question's answer links)."""

    __tablename__ = "verdict"
    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id", ondelete="CASCADE"), unique=True)
    value: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")  # who set it last
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)


class Grade(Synced, Base):
    """A grade of a reply (``document_id``) or, with no reply, of the case."""

    __tablename__ = "grade"
    __table_args__ = (UniqueConstraint("case_id", "document_id"), Index("ix_grade_scale_value", "scale_value_id", "case_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    scale_value_id: Mapped[int] = mapped_column(ForeignKey("scale_value.id", ondelete="RESTRICT"))
    actions: Mapped[list] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")  # who set it last
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)


class RejectedSuggestion(Base):
    __tablename__ = "rejected_suggestion"
    __table_args__ = (UniqueConstraint("question_id", "document_id", "start"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)


class FieldCorrection(Synced, Base):
    """A field the reviewer corrected: its value wins over the parser's, even after re-analysis.

    Case fields (date, addressee, mandates…) belong to the case; ``kind`` and
    ``questions`` to one document. ``previous`` is what was shown before this
    correction, ``parsed`` what the parser read (kept up to date by re-analysis),
    so a correction can be explained and reverted.
    """

    __tablename__ = "field_correction"
    __table_args__ = (
        CheckConstraint("(case_id IS NULL) <> (document_id IS NULL)", name="ck_field_correction_owner"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(40))
    value: Mapped[object] = mapped_column(JSON, nullable=True)
    previous: Mapped[object] = mapped_column(JSON, nullable=True)
    parsed: Mapped[object] = mapped_column(JSON, nullable=True)
    author: Mapped[str] = mapped_column(String(200), default="")
    corrected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class SavedSearch(Base):
    """A smart folder: a named filter (query and facet values, as JSON) shown in the sidebar."""

    __tablename__ = "saved_search"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    filter: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Redaction(Synced, Base):
    """``document.text[start:end]`` is hidden by exports: blacked out, or shown as ``pseudonym``.

    ``text`` is the string as found when marked, so exports can also hide it
    wherever else it appears (notes, fields) in the same folded match.
    """

    __tablename__ = "redaction"
    __table_args__ = (
        CheckConstraint('"start" < "end"', name="ck_redaction_span"),
        UniqueConstraint("document_id", "start", "end", name="uq_redaction_span"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    pseudonym: Mapped[str | None] = mapped_column(String(200), nullable=True)
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Tombstone(Base):
    """A deleted annotation's UUID (kept by triggers): merges never bring it back."""

    __tablename__ = "tombstone"
    uuid: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    deleted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ChangeLog(Base):
    """One insert, update or delete of an annotation (kept by triggers), whoever made it: windows poll it."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    row_uuid: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[int | None] = mapped_column(Integer)
    operation: Mapped[str] = mapped_column(String(6))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    origin: Mapped[str | None] = mapped_column(String(64))  # Store.writer of the client that wrote (PostgreSQL)


class SyncMeta(Base):
    """The store's own id (``store_id``) and what it was checked out from."""

    __tablename__ = "sync_meta"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncConflict(Base):
    """A field both sides of a merge changed to different values, until the reviewer chooses.

    ``kept`` is the value the store holds meanwhile (chosen the same way on both
    sides, so both merge orders agree), ``other`` the one it did not keep.
    """

    __tablename__ = "sync_conflict"
    __table_args__ = (UniqueConstraint("row_uuid", "field", name="uq_sync_conflict_field"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    row_uuid: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    field: Mapped[str] = mapped_column(String(60))
    kept: Mapped[object] = mapped_column(JSON, nullable=True)
    other: Mapped[object] = mapped_column(JSON, nullable=True)
    kept_by: Mapped[str] = mapped_column(String(200), default="")
    kept_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    other_by: Mapped[str] = mapped_column(String(200), default="")
    other_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    source: Mapped[str] = mapped_column(String(500), default="")
    found_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
