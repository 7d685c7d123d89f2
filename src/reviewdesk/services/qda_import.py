"""REFI-QDA import: a ``.qdpx`` project's sources, codebook and codings into the store, in one transaction.

Each source becomes (or is matched to) a document: its original (a PDF or Word
file) when the package has one, else its plain text as a ``.txt`` file, read
by the importer like any file; a file already in the store (same SHA-256) is
not stored again, and its documents take the codings. Codes map onto terms:

- a ReviewDesk export's top-level folder codes are its vocabularies and their
  codes its terms, matched by GUID (derived from the keys, ``services/qda.py``),
  else by label under the same parent, else created;
- another tool's codes all go into one vocabulary (``vocabulary``; by default
  one named after the project), matched by GUID or label the same way, so
  importing the same file twice adds nothing.

Codings are placed at their offsets when the document's text is the source's
plain text, else found again by their quote (``services/anchoring.py``, as
re-analysis does); a coding found nowhere is listed in the report, not stored.
The package is read and every file analysed before the store is touched, then
everything is written in one transaction: a failure stores nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.db import Store
from reviewdesk.db.models import (
    Document,
    Grade,
    Scale,
    ScaleValue,
    StoredFile,
    Tag,
    Term,
    VerdictRow,
    Vocabulary,
)
from reviewdesk.documents.errors import DocumentError
from reviewdesk.documents.qdpx import (
    QdaCode,
    QdaProject,
    QdaSource,
    QdpxError,
    read_qdc,
    read_qdpx,
)
from reviewdesk.domain.assessment import ACTIONS, DEFAULT_SCALE, Verdict
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.letter import AnalysedDocument, DocumentKind
from reviewdesk.domain.spans import SpanError, trim_span
from reviewdesk.domain.vocabulary import REPLY_KINDS
from reviewdesk.services.anchoring import Anchorer, quote_at, quote_columns
from reviewdesk.services.cases import CaseNotFound, find_case_id
from reviewdesk.services.importer import analyse_bytes, store_analysed
from reviewdesk.services.qda import (
    KIND_VARIABLE,
    ORIGIN_PREFIX,
    document_guid,
    tag_guid,
    term_guid,
    vocabulary_guid,
)

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
_SLUG_RE = re.compile(r"[^a-z0-9]+")
# What the export adds to a source's name: "letter.pdf (annex)" was the file letter.pdf.
_KINDS = "|".join(re.escape(kind.value) for kind in DocumentKind)
_KIND_SUFFIX = re.compile(rf"\s*\((?:{_KINDS})\)$")
DEFAULT_COLOUR = "#999999"


class QdaImportError(ReviewDeskError):
    pass


@dataclass(frozen=True)
class QdaImportReport:
    sources: int = 0
    files_stored: int = 0  # new files in the store
    files_matched: int = 0  # already in the store (same content): their documents took the codings
    codings: int = 0  # tags made
    exact: int = 0  # at their offsets
    anchored: int = 0  # found again by their quote in a text that differs
    already: int = 0  # the same tag was already there
    unplaced: tuple[str, ...] = ()
    terms_created: int = 0
    terms_matched: int = 0
    vocabularies: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    verdicts: int = 0  # verdicts and grades of a ReviewDesk file set where the store had none
    grades: int = 0

    def lines(self, name: str) -> list[str]:
        lines = [(f"{name}: {self.sources} source(s): {self.files_stored} file(s) stored, {self.files_matched} "
                 f"already in the store; {self.codings} coding(s) imported ({self.exact} at their offsets, "
                 f"{self.anchored} found by their quote), {self.already} already there; terms: "
                 f"{self.terms_matched} matched, {self.terms_created} created in {', '.join(self.vocabularies) or '—'}")]
        if self.verdicts or self.grades:
            lines.append(f"  assessments: {self.verdicts} verdict(s) and {self.grades} grade(s) set where there were none")
        lines += [f"  not placed: {item}" for item in self.unplaced]
        lines += [f"  left out: {item}" for item in self.warnings]
        return lines


def _slug(text: str) -> str:
    return _SLUG_RE.sub("-", text.casefold()).strip("-")[:100] or "term"


def _file_of(source: QdaSource) -> tuple[bytes, str]:
    """The bytes the store keeps for a source and the file name to read them by (its suffix says how)."""
    base = _KIND_SUFFIX.sub("", source.name or "").strip() or source.guid
    stem = Path(base).stem if Path(base).suffix.lower() in (".pdf", ".docx", ".txt", ".rtf", ".doc") else base
    stem = stem.replace("/", "_").replace("\\", "_")[:200] or source.guid
    if source.original is not None:
        return source.original, f"{stem}{source.original_suffix}"
    return source.text.encode("utf-8"), f"{stem}.txt"


class _Terms:
    """Codes onto terms: matched by GUID, else by label under the same parent, else created."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.created = 0
        self.matched = 0
        self.by_code: dict[str, int] = {}
        self.vocabularies: list[str] = []

    def vocabulary(self, key: str, name: str) -> Vocabulary:
        found = self.session.scalar(select(Vocabulary).where(Vocabulary.key == key))
        if found is None:
            found = Vocabulary(key=key, name=name or key)
            self.session.add(found)
            self.session.flush()
        if found.key not in self.vocabularies:
            self.vocabularies.append(found.key)
        return found

    def place(self, vocabulary: Vocabulary, code: QdaCode, parent_id: int | None, position: int) -> None:
        terms = self.session.scalars(select(Term).where(Term.vocabulary_id == vocabulary.id)).all()
        term = next((t for t in terms if term_guid(vocabulary.key, t.key) == code.guid), None)
        if term is None:
            label = code.name.strip().casefold()
            term = next((t for t in terms if t.parent_id == parent_id and t.label.strip().casefold() == label), None)
        if term is None:
            keys = {t.key for t in terms}
            base = key = _slug(code.name)
            suffix = 1
            while key in keys:
                suffix += 1
                key = f"{base}-{suffix}"
            label = " ".join(code.name.split()) or key
            term = Term(vocabulary_id=vocabulary.id, key=key, label=label[:300], parent_id=parent_id,
                        colour=code.colour if code.colour and len(code.colour) == 7 else DEFAULT_COLOUR,
                        description=code.description, synonyms=[label.casefold()], position=position)
            self.session.add(term)
            self.session.flush()
            self.created += 1
        else:
            self.matched += 1
        self.by_code[code.guid] = term.id
        for index, child in enumerate(code.children):
            self.place(vocabulary, child, term.id, position * 100 + index)

    def own(self, codes: tuple[QdaCode, ...]) -> None:
        """A ReviewDesk export: each top-level folder is a vocabulary."""
        existing = {vocabulary_guid(v.key): v for v in self.session.scalars(select(Vocabulary))}
        for code in codes:
            vocabulary = existing.get(code.guid)
            if vocabulary is None:
                vocabulary = self.vocabulary(_slug(code.name), code.name)
            elif vocabulary.key not in self.vocabularies:
                self.vocabularies.append(vocabulary.key)
            for index, child in enumerate(code.children):
                self.place(vocabulary, child, None, 10_000 + index)

    def foreign(self, codes: tuple[QdaCode, ...], key: str, name: str) -> None:
        vocabulary = self.vocabulary(key, name)
        for index, code in enumerate(codes):
            self.place(vocabulary, code, None, 10_000 + index)


def _map_codes(session: Session, project: QdaProject, vocabulary: str | None, default_name: str) -> _Terms:
    terms = _Terms(session)
    own = _own(project) and all(not c.codable for c in project.codes)
    if own and vocabulary is None:
        terms.own(project.codes)
    else:
        name = project.name or default_name
        terms.foreign(project.codes, _slug(vocabulary or f"qda {name}"), name if vocabulary is None else vocabulary)
    return terms


def _kind(source: QdaSource, project: QdaProject) -> str | None:
    variable = next((v.guid for v in project.variables if v.name == KIND_VARIABLE), None)
    return next((str(v.value) for v in source.values if v.variable == variable), None)


def _document_for(candidates: list[Document], source: QdaSource, kind: str | None) -> Document | None:
    """The document of a stored file that a source is: the same text, else the same kind, else the only one."""
    return (next((d for d in candidates if d.text == source.text), None)
            or next((d for d in candidates if kind and d.kind == kind), None)
            or (candidates[0] if len(candidates) == 1 else None)
            or max(candidates, key=lambda d: len(d.text or ""), default=None))


def _own(project: QdaProject) -> bool:
    return project.origin.startswith(ORIGIN_PREFIX)


def _known_documents(session: Session, project: QdaProject) -> dict[str, int]:
    """For a ReviewDesk file: its sources that are documents of this store, by the GUID every export gives them."""
    if not _own(project):
        return {}
    rows = session.execute(select(Document.id, Document.kind, Document.first_page, StoredFile.sha256)
                           .join(StoredFile, StoredFile.id == Document.file_id))
    derived = {document_guid(sha, kind, first_page): id_ for id_, kind, first_page, sha in rows}
    return {s.guid: derived[s.guid] for s in project.sources if s.guid in derived}


def _analyse(store: Store, project: QdaProject, known: dict[str, int], name: str, progress: Progress | None,
             cancelled: Cancelled | None) -> dict[str, tuple[bytes, str, AnalysedDocument | None]]:
    """Each distinct file of the sources not ``known``, by SHA-256, analysed unless the store already holds it."""
    files: dict[str, tuple[bytes, str, AnalysedDocument | None]] = {}
    with store.session() as session:
        stored = set(session.scalars(select(StoredFile.sha256)))
    for index, source in enumerate(project.sources):
        if cancelled is not None and cancelled():
            raise QdaImportError(f"{name}: import cancelled; nothing was stored")
        if progress is not None:
            progress(index, len(project.sources), source.name)
        if source.guid in known:
            continue
        data, filename = _file_of(source)
        sha = hashlib.sha256(data).hexdigest()
        if sha in files:
            continue
        if sha in stored:
            files[sha] = (data, filename, None)
            continue
        try:
            files[sha] = (data, filename, analyse_bytes(data, filename, cancelled=cancelled))
        except DocumentError as exc:
            raise QdaImportError(f"{name}: source {source.name!r} cannot be read ({exc.problem}); nothing was stored") from exc
    return files


def import_project(store: Store, path: Path, vocabulary: str | None = None, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> QdaImportReport:
    """Import a ``.qdpx``: its sources as documents, its codes as terms, its codings as tags (all or nothing)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise QdaImportError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    project = read_qdpx(data, str(path))
    with store.session() as session:
        known = _known_documents(session, project)
    files = _analyse(store, project, known, str(path), progress, cancelled)
    with store.session() as session:
        by_file: dict[str, list[Document]] = {}
        stored = 0
        for sha, (content, filename, analysed) in files.items():
            if analysed is not None:
                store_analysed(session, content, filename, analysed)
                stored += 1
            file_id = session.scalar(select(StoredFile.id).where(StoredFile.sha256 == sha))
            by_file[sha] = list(session.scalars(select(Document).where(Document.file_id == file_id)
                                                .order_by(Document.id)))
        candidates = {s.guid: [session.get(Document, known[s.guid])] if s.guid in known
                      else by_file[hashlib.sha256(_file_of(s)[0]).hexdigest()] for s in project.sources}
        matched = len({d.file_id for s in project.sources if s.guid in known for d in candidates[s.guid]})
        matched += sum(1 for _c, _n, analysed in files.values() if analysed is None)
        terms = _map_codes(session, project, vocabulary, path.stem)
        placed = _place_codings(session, project, candidates, terms)
        verdicts, grades = _assessments(session, project) if _own(project) else (0, 0)
        return QdaImportReport(len(project.sources), stored, matched, placed.codings, placed.exact, placed.anchored,
                               placed.already, tuple(placed.unplaced), terms.created, terms.matched,
                               tuple(terms.vocabularies), project.warnings, verdicts, grades)


def _assessments(session: Session, project: QdaProject) -> tuple[int, int]:
    """A ReviewDesk file's verdicts and grades (its cases' variables), where the store's case has none yet.

    What the store already holds wins: an import adds a colleague's codings, it never overrules a verdict.
    """
    names = {v.guid: v.name for v in project.variables}
    verdicts = grades = 0
    for case in project.cases:
        try:
            case_id = find_case_id(session, case.name)
        except CaseNotFound:
            continue
        values = {names.get(v.variable, ""): str(v.value) for v in case.values}
        documents = session.scalars(select(Document).where(Document.case_id == case_id)).all()
        letter = next((d for d in sorted(documents, key=lambda d: d.id) if d.kind == DocumentKind.LETTER), None)
        for question in (letter.questions if letter else ()):
            value = values.get(f"Verdict Q{question.number}", "")
            note = values.get(f"Verdict Q{question.number} note", "")
            if value and value not in {v.value for v in Verdict}:
                continue
            if (value or note) and session.scalar(select(VerdictRow.id).where(VerdictRow.question_id == question.id)) is None:
                session.add(VerdictRow(question_id=question.id, value=value, note=note))
                verdicts += 1
        grades += _grade(session, case_id, documents, values)
    session.flush()
    return verdicts, grades


def _grade(session: Session, case_id: int, documents, values: dict[str, str]) -> int:
    if not values.get("Grade") or values.get("Grade is automatic", "").lower() == "true":
        return 0
    replies = sorted((d for d in documents if d.kind in REPLY_KINDS), key=lambda d: (d.date or date.max, d.id))
    reply_id = replies[-1].id if replies else None  # what the case's assessment grades (services/assessment.py)
    if session.scalar(select(Grade.id).where(Grade.case_id == case_id, Grade.document_id == reply_id
                                             if reply_id else Grade.document_id.is_(None))) is not None:
        return 0
    scale = session.scalar(select(Scale).where(Scale.key == values.get("Grade scale", DEFAULT_SCALE)))
    value = scale and next((v for v in session.scalars(select(ScaleValue).where(ScaleValue.scale_id == scale.id))
                            if values["Grade"] in (v.label, v.key)), None)
    if value is None:
        return 0
    actions = [a.strip() for a in values.get("Actions reported", "").split(",") if a.strip() in ACTIONS]
    session.add(Grade(case_id=case_id, document_id=reply_id, scale_value_id=value.id, actions=actions,
                      note=values.get("Grade note", "")))
    return 1


@dataclass
class _Placed:
    codings: int = 0
    exact: int = 0
    anchored: int = 0
    already: int = 0
    unplaced: list[str] = field(default_factory=list)


def _existing(session: Session, document: Document, source: QdaSource) -> tuple[set, set[str]]:
    """The document's tags as (start, end, term) and as the GUIDs a ReviewDesk export gives them on this source."""
    rows = session.execute(select(Tag.start, Tag.end, Tag.term_id, Term.key, Vocabulary.key)
                           .join(Term, Term.id == Tag.term_id).join(Vocabulary, Vocabulary.id == Term.vocabulary_id)
                           .where(Tag.document_id == document.id)).all()
    return ({(start, end, term) for start, end, term, _k, _v in rows},
            {tag_guid(source.guid, start, end, term_guid(vocabulary, key)) for start, end, _t, key, vocabulary in rows})


def _place_codings(session: Session, project: QdaProject, candidates: dict[str, list[Document]],
                   terms: _Terms) -> _Placed:
    users = {u.guid: u.name for u in project.users}
    notes = {n.guid: n.text for n in project.notes}
    placed = _Placed()
    for source in project.sources:
        if not source.selections:
            continue
        document = _document_for(candidates.get(source.guid, []), source, _kind(source, project))
        if document is None:
            placed.unplaced.append(f"{source.name}: no document to hold its {len(source.selections)} coding(s)")
            continue
        text = document.text or ""
        same = text == source.text
        anchorer = None if same else Anchorer(text)
        existing, exported = _existing(session, document, source)
        for selection in source.selections:
            if selection.guid in exported:  # this very tag, exported by ReviewDesk: there whatever its text shows
                placed.already += len(selection.code_guids)
                continue
            quote = " ".join(source.text[selection.start:selection.end].split())
            shown = f"{source.name} {selection.start}–{selection.end} “{quote[:50]}”"
            if same:
                start, end = selection.start, selection.end
            else:
                hint = selection.start * len(text) // max(len(source.text), 1)
                found = anchorer.locate(quote_at(source.text, selection.start, selection.end), hint)
                if found is None:
                    placed.unplaced.append(f"{shown}: not found in the stored text")
                    continue
                start, end = found.start, found.end
            try:
                start, end = trim_span(text, start, end)
            except SpanError:
                placed.unplaced.append(f"{shown}: only white space")
                continue
            note = "\n\n".join(notes[g] for g in selection.note_guids if notes.get(g)) or selection.description
            for code in selection.code_guids:
                term_id = terms.by_code.get(code)
                if term_id is None:  # a vocabulary folder of a ReviewDesk file: nothing to tag with
                    placed.unplaced.append(f"{shown}: coded with a vocabulary, not a term")
                    continue
                if (start, end, term_id) in existing:
                    placed.already += 1
                    continue
                existing.add((start, end, term_id))
                tag = Tag(document_id=document.id, term_id=term_id, start=start, end=end, note=note or "",
                          author=users.get(selection.author or "", "")[:200], **quote_columns(text, start, end))
                if selection.created is not None:
                    tag.created_at = selection.created
                session.add(tag)
                placed.codings += 1
                if same:
                    placed.exact += 1
                else:
                    placed.anchored += 1
    session.flush()
    return placed


def import_codebook(store: Store, path: Path, vocabulary: str | None = None) -> QdaImportReport:
    """A ``.qdc`` codebook (or a ``.qdpx``'s) as terms of a vocabulary, merged by GUID, then by label."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise QdaImportError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if path.suffix.lower() == ".qdpx":
        project = read_qdpx(data, str(path))
    else:
        project = QdaProject(path.stem, _origin(data), codes=read_qdc(data, str(path)))
    with store.session() as session:
        terms = _map_codes(session, project, vocabulary, path.stem)
        return QdaImportReport(terms_created=terms.created, terms_matched=terms.matched,
                               vocabularies=tuple(terms.vocabularies))


def _origin(data: bytes) -> str:
    found = re.search(rb'origin="([^"]*)"', data[:2000])
    return found.group(1).decode("utf-8", "replace") if found else ""


__all__ = ["QdaImportError", "QdaImportReport", "QdpxError", "import_codebook", "import_project"]
