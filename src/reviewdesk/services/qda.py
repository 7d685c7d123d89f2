"""REFI-QDA export: cases as a ``.qdpx`` project (QualCoder, MAXQDA, ATLAS.ti, NVivo), the vocabularies as a ``.qdc``.

What goes where (``documents/qdpx.py`` writes the XML):

- each document of a case (letter, annex, replies, follow-ups) is a source: its
  text as stored is the plain text (``sources/<GUID>.txt``); a PDF original
  makes it a PDFSource with that text as its Representation, a Word original a
  TextSource with the ``.docx`` as its rich text. A redacted or pseudonymised
  export leaves the originals out (their pages would show what the text hides);
- the vocabularies are the codebook: one folder code per vocabulary
  (``isCodable="false"``), its terms under it as in the term tree, with their
  colours and descriptions;
- each tag is a PlainTextSelection at its exact character range with one
  Coding of its term; its note is a Note the selection refers to;
- reviewers (the tags' authors and the one exporting) are Users;
- each case is a Case of its sources, with the verdicts, grade and letter
  fields as Variables.

GUIDs are derived from stable keys (``qdpx.guid``): a term, a document or a tag
has the same GUID in every export, in every store holding the same files.
Every text written passes through the export's ``Redactor`` like a briefing's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from reviewdesk import __version__
from reviewdesk.db import Store
from reviewdesk.db.models import Term, Vocabulary
from reviewdesk.documents.qdpx import (
    QdaCase,
    QdaCode,
    QdaNote,
    QdaProject,
    QdaSelection,
    QdaSource,
    QdaUser,
    QdaValue,
    QdaVariable,
    guid,
    write_qdc,
    write_qdpx,
)
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.redaction import NO_REDACTION, RedactionMode, Redactor
from reviewdesk.services.assessment import case_assessment
from reviewdesk.services.cases import case_detail, find_case_id
from reviewdesk.services.dto import CaseDetail, DocumentDTO
from reviewdesk.services.export import write_file
from reviewdesk.services.files import original_file
from reviewdesk.services.redaction import redactor_for
from reviewdesk.services.tags import TagDTO, tags_for_case

ORIGIN = f"ReviewDesk {__version__}"
ORIGIN_PREFIX = "ReviewDesk"  # how the import knows its own files: top-level codes are vocabularies
KIND_VARIABLE = "Document kind"
NAME_LENGTH = 60  # a selection's name: the start of its quote, as QualCoder and MAXQDA write it
Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class QdaExportError(ReviewDeskError):
    pass


@dataclass(frozen=True)
class QdaExportSummary:
    cases: int
    sources: int
    codings: int
    notes: int
    codes: int
    originals: int  # PDF and Word files included
    hidden: int = 0  # tags wholly inside redacted words, left out

    def line(self, target: Path | str) -> str:
        left = f"; {self.hidden} tag(s) on redacted words left out" if self.hidden else ""
        originals = f", {self.originals} original file(s)" if self.originals else ", no original files (redacted)"
        return (f"wrote {target} ({self.cases} case(s), {self.sources} source(s){originals}, {self.codings} coding(s), "
                f"{self.notes} note(s), {self.codes} code(s)){left}")


# -- the codebook --------------------------------------------------------------------------------------


def vocabulary_guid(key: str) -> str:
    return guid("vocabulary", key)


def term_guid(vocabulary_key: str, term_key: str) -> str:
    return guid("term", vocabulary_key, term_key)


def document_guid(sha256: str, kind: str, first_page: int | None) -> str:
    """A document's source GUID: the file it came from and where in it, the same in every store holding the file."""
    return guid("document", sha256, kind, first_page or 0)


def tag_guid(source_guid: str, start: int, end: int, code_guid: str) -> str:
    """A tag's selection GUID, from its offsets in the stored text (before any redaction moves them)."""
    return guid("tag", source_guid, start, end, code_guid)


def _codebook(store: Store, scrub: Callable[[str], str], used: set[int] | None = None) -> tuple[tuple[QdaCode, ...], dict[int, str]]:
    """The vocabularies as folder codes holding their term trees; and each term's GUID by id.

    Retired terms are left out unless a tag written uses them (``used``).
    """
    with store.session() as session:
        vocabularies = session.scalars(select(Vocabulary).order_by(Vocabulary.id)).all()
        terms = session.scalars(select(Term).order_by(Term.vocabulary_id, Term.position, Term.label, Term.id)).all()
        keys = {v.id: v.key for v in vocabularies}
        guids = {t.id: term_guid(keys[t.vocabulary_id], t.key) for t in terms}
        kept = {t.id for t in terms if not t.retired or (used is not None and t.id in used)}
        children: dict[int | None, list[Term]] = {}
        for term in terms:
            if term.id in kept:
                # A term under a retired parent left out hangs from its vocabulary.
                parent = term.parent_id if term.parent_id in kept else None
                children.setdefault((term.vocabulary_id, parent), []).append(term)

        def code(term: Term) -> QdaCode:
            return QdaCode(guids[term.id], scrub(term.label), term.colour, scrub(term.description or ""), True,
                           tuple(code(child) for child in children.get((term.vocabulary_id, term.id), [])))

        codes = tuple(QdaCode(vocabulary_guid(v.key), scrub(v.name), None, f"ReviewDesk vocabulary {v.key}", False,
                              tuple(code(t) for t in children.get((v.id, None), [])))
                      for v in vocabularies if children.get((v.id, None)))
        return codes, guids


def export_codebook(store: Store, target: Path) -> int:
    """The active terms of every vocabulary as a REFI-QDA codebook (``.qdc``); returns the number of codes."""
    codes, _guids = _codebook(store, lambda text: text)
    write_file(write_qdc(codes, ORIGIN), Path(target))
    return sum(1 for c in codes for _pair in c.walk())


# -- the project ---------------------------------------------------------------------------------------


class _Variables:
    """The project's variables, declared as values first use them (in that order)."""

    def __init__(self) -> None:
        self.declared: dict[str, QdaVariable] = {}

    def value(self, name: str, value, kind: str = "Text", description: str = "") -> QdaValue | None:
        if value is None or value == "":
            return None
        variable = self.declared.setdefault(name, QdaVariable(guid("variable", name), name, kind, description))
        return QdaValue(variable.guid, value)


class _Builder:
    def __init__(self, store: Store, redactor: Redactor, reviewer: str) -> None:
        self.store = store
        self.redactor = redactor
        self.scrub = redactor.scrub
        self.users: dict[str, QdaUser] = {}
        self.variables = _Variables()
        self.notes: list[QdaNote] = []
        self.used_guids: set[str] = set()
        self.used_terms: set[int] = set()
        self.hidden = 0
        self.reviewer = self.user(reviewer)

    def unique(self, candidate: str, *more: object) -> str:
        """``candidate``, or one derived from it when another element took it (two tags on the same words)."""
        found, attempt = candidate, 0
        while found in self.used_guids:
            attempt += 1
            found = guid(candidate, attempt, *more)
        self.used_guids.add(found)
        return found

    def user(self, name: str) -> str | None:
        name = self.scrub(" ".join((name or "").split()))
        if not name:
            return None
        return self.users.setdefault(name, QdaUser(guid("user", name), name)).guid

    def selection(self, tag: TagDTO, source_guid: str, offsets, text: str, term_guids: dict[int, str]) -> QdaSelection | None:
        start, end = offsets.map(tag.start), offsets.map(tag.end, end=True)
        if start >= end:  # the tag covered only redacted words
            self.hidden += 1
            return None
        code = term_guids[tag.term_id]
        self.used_terms.add(tag.term_id)
        selection_guid = self.unique(tag_guid(source_guid, tag.start, tag.end, code))
        author = self.user(tag.author)
        notes = ()
        if tag.note.strip():
            note = QdaNote(self.unique(guid("note", selection_guid)), f"Note on {self.scrub(tag.term_label)}",
                           self.scrub(tag.note), author, tag.created_at)
            self.notes.append(note)
            notes = (note.guid,)
        quote = " ".join(text[start:end].split())
        name = quote if len(quote) <= NAME_LENGTH else quote[:NAME_LENGTH - 1] + "…"
        return QdaSelection(selection_guid, start, end, (code,), name, "", author, tag.created_at, notes)

    def source(self, detail: CaseDetail, document: DocumentDTO, tags: list[TagDTO],
               term_guids: dict[int, str]) -> QdaSource:
        source_guid = self.unique(document_guid(document.sha256, document.kind.value, document.first_page))
        text, offsets = self.redactor.document(document.id, document.text or "")
        selections = tuple(s for s in (self.selection(t, source_guid, offsets, text, term_guids)
                                       for t in tags if t.document_id == document.id) if s is not None)
        suffix = Path(document.filename).suffix.lower()
        original = None
        if not self.redactor.active and suffix in (".pdf", ".docx"):
            original = original_file(self.store, document.id).data
        kind = self.variables.value(KIND_VARIABLE, document.kind.value,
                                    description="letter, annex, reply, follow-up… as ReviewDesk filed the document")
        return QdaSource(source_guid, self.scrub(f"{document.filename} ({document.kind.value})"), text, selections,
                         guid("text", source_guid), original, suffix if original is not None else "",
                         guid("file", document.sha256), f"{detail.summary.reference}: {document.kind.value}",
                         (kind,), None, document.imported_at)

    def case(self, detail: CaseDetail, sources: Iterable[QdaSource]) -> QdaCase:
        summary = detail.summary
        assessment = case_assessment(self.store, summary.id)
        values = self.variables
        found = [
            values.value("Type", summary.type or ""),
            values.value("Letter date", summary.date, "Date"),
            values.value("Reply due", summary.reply_due, "Date"),
            values.value("Addressee", self.scrub(summary.addressee or "")),
        ]
        grade = assessment.grade
        if grade is not None:
            found += [values.value("Grade", grade.label, description="the reply's grade"),
                      values.value("Grade is automatic", True if grade.automatic else None, "Boolean",
                                   "derived from a missed deadline, not given by the reviewer"),
                      values.value("Grade scale", grade.scale),
                      values.value("Actions reported", ", ".join(grade.actions)),
                      values.value("Grade note", self.scrub(grade.note))]
        letter = detail.letter()
        for question in (letter.questions if letter else ()):
            verdict = assessment.verdicts.get(question.id)
            if verdict is None:
                continue
            found += [values.value(f"Verdict Q{question.number}", verdict.value.value if verdict.value else "",
                                   description=f"the verdict on question {question.number} of the letter"),
                      values.value(f"Verdict Q{question.number} note", self.scrub(verdict.note))]
        return QdaCase(guid("case", summary.reference), summary.reference, "",
                       tuple(v for v in found if v is not None), tuple(s.guid for s in sources))


def build_project(store: Store, references: list[str], reviewer: str = "",
                  redactor: Redactor = NO_REDACTION, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> tuple[QdaProject, int]:
    """The project of these cases, every text through ``redactor``; and the number of tags left out by it."""
    builder = _Builder(store, redactor, reviewer)
    with store.session() as session:
        for reference in references:
            find_case_id(session, reference)  # an unknown reference fails before any work
    _codes, term_guids = _codebook(store, builder.scrub)
    sources: list[QdaSource] = []
    cases: list[QdaCase] = []
    for index, reference in enumerate(references):
        if cancelled is not None and cancelled():
            raise QdaExportError("export cancelled; nothing was written")
        if progress is not None:
            progress(index, len(references), reference)
        detail = case_detail(store, reference)
        tags = tags_for_case(store, detail.summary.id)
        own = [builder.source(detail, document, tags, term_guids) for document in detail.documents]
        sources += own
        cases.append(builder.case(detail, own))
    codes, _guids = _codebook(store, builder.scrub, builder.used_terms)
    title = references[0] if len(references) == 1 else f"{len(references)} cases"
    project = QdaProject(f"ReviewDesk — {title}", ORIGIN, datetime.now(UTC), builder.reviewer,
                         tuple(builder.users.values()), codes, tuple(builder.variables.declared.values()),
                         tuple(cases), tuple(sources), tuple(builder.notes))
    return project, builder.hidden


def export_project(store: Store, references: list[str], target: Path, reviewer: str = "",
                   redaction: RedactionMode | str = RedactionMode.REDACTED, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> QdaExportSummary:
    """Write the cases as a REFI-QDA project (``.qdpx``), atomically; ``redaction`` as for briefings."""
    if not references:
        raise QdaExportError("say which cases to export: no reference given")
    mode = RedactionMode.parse(redaction)
    redactor = NO_REDACTION
    if mode is not RedactionMode.FULL:
        with store.session() as session:
            ids = [find_case_id(session, reference) for reference in references]
        redactor = redactor_for(store, ids, mode)
    project, hidden = build_project(store, references, reviewer, redactor, progress, cancelled)
    write_file(write_qdpx(project), Path(target))
    codings = sum(len(s.selections) for s in project.sources)
    originals = len({s.original_guid for s in project.sources if s.original is not None})
    return QdaExportSummary(len(project.cases), len(project.sources), codings, len(project.notes),
                            sum(1 for _pair in project.all_codes()), originals, hidden)
