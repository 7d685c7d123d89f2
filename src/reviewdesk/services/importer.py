"""Importing files into the store: one transaction per file, good files kept when others fail."""

from __future__ import annotations

import hashlib
import mimetypes
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exists, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reviewdesk.db import Store
from reviewdesk.db.models import (
    Case,
    Document,
    Question,
    Section,
    StoredFile,
    TextBlock,
)
from reviewdesk.db.fulltext import index_document
from reviewdesk.documents.budget import analysis_budget
from reviewdesk.documents.fields import annex_cites, document_date
from reviewdesk.documents.pdf import OcrOptions
from reviewdesk.documents.reader import SUPPORTED_SUFFIXES, analyse_file
from reviewdesk.documents.reply import reply_date
from reviewdesk.domain.letter import AnalysedDocument, DocumentKind, DocumentText
from reviewdesk.domain.reference import Reference, find_references
from reviewdesk.domain.vocabulary import REPLY_KINDS
from reviewdesk.services.cases import find_case
from reviewdesk.services.dto import FileResult, ImportStatus, ImportSummary
from reviewdesk.services.import_workers import (
    Analysis,
    ReadingPool,
    analyse,
    in_order,
    stems_of,
    worker_count,
)
from reviewdesk.services.letters import letter_fields_json

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
Finished = Callable[[FileResult], None]
# What ``documents/`` extracts, as stored on each document: raise it whenever the parser reads letters
# differently, and stores read by an older one are offered re-analysis (``reanalysis.cases_needing_reanalysis``).
PARSER_VERSION = 2
# Letters are analysed in well under a second; a file still busy after this is kept as plain text.
ANALYSIS_SECONDS = 20.0
# From this many files on, they are read in worker processes (starting them costs about a file's reading).
POOL_FILES = 3


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileResult]]:
    """Files to import (folders walked recursively, supported suffixes only, hidden ones left out) and a
    result for each path that cannot be taken: missing, an unreadable folder, a link leading out of its folder.
    """
    files: list[Path] = []
    refused: list[FileResult] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            _walk(path, files, refused)
        elif path.is_file():
            files.append(path)
        elif os.path.lexists(path):
            refused.append(FileResult(str(path), ImportStatus.FAILED, "not a regular file"))
        else:
            refused.append(FileResult(str(path), ImportStatus.FAILED, "no such file or folder"))
    return files, refused


def _walk(root: Path, files: list[Path], refused: list[FileResult]) -> None:
    """A folder's files in name order. Links are followed only to files inside ``root`` (a link to /etc/hostname
    must not import it); links to folders are not followed (what they hold inside ``root`` is walked anyway)."""
    inside = root.resolve()

    def unreadable(error: OSError) -> None:
        refused.append(FileResult(error.filename or str(root), ImportStatus.FAILED,
                                  f"folder cannot be read ({error.strerror or error}); nothing in it was imported"))

    found: list[Path] = []
    for folder, folders, names in os.walk(root, onerror=unreadable):
        folders[:] = [f for f in folders if not f.startswith(".")]
        found.extend(Path(folder, name) for name in names if not name.startswith("."))
    for child in sorted(found):
        if child.suffix.lower() not in SUPPORTED_SUFFIXES:
            continue
        if child.is_symlink():
            target = child.resolve()
            if not target.is_relative_to(inside):
                refused.append(FileResult(str(child), ImportStatus.SKIPPED,
                                          "a link to a file outside the imported folder; not followed"))
                continue
        if child.is_file():
            files.append(child)


DEFAULT_OCR_LANGUAGE = "eng"


def import_paths(
    store: Store,
    paths: Iterable[str | Path],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    ocr_language: str | None = DEFAULT_OCR_LANGUAGE,
    finished: Finished | None = None,
    workers: int | None = None,
) -> ImportSummary:
    """Import files and folders; scans are read with Tesseract in ``ocr_language`` (None: never).

    ``finished(result)`` is called as each file's result is known (its import committed), so a caller can
    show what was done before the batch ends. From ``POOL_FILES`` files on, ``workers`` processes (default:
    one per core) read them while this one stores them (``import_workers``); 1 reads them here.
    """
    files, refused = collect_files(paths)
    summary = ImportSummary()

    def record(result: FileResult) -> None:
        summary.results.append(result)
        if finished is not None:
            finished(result)

    for result in refused:
        record(result)
    workers = worker_count(len(files)) if workers is None else workers
    if workers > 1 and len(files) >= POOL_FILES:
        _import_pooled(store, files, workers, progress, cancelled, ocr_language, record)
    else:
        for index, path in enumerate(files):
            if cancelled is not None and cancelled():
                for rest in files[index:]:
                    record(FileResult(str(rest), ImportStatus.CANCELLED, "import cancelled"))
                break
            if progress is not None:
                progress(index, len(files), str(path))
            record(import_file(store, path, _ocr_options(ocr_language, progress, index, len(files), path, cancelled),
                               cancelled))
    if progress is not None:
        progress(len(files), len(files), "")
    return summary


def _ocr_options(language: str | None, progress: Progress | None, index: int, total: int, path: Path,
                 cancelled: Cancelled | None) -> OcrOptions | None:
    if not language:
        return None

    def page_progress(page: int, pages: int) -> None:
        if progress is not None:
            progress(index, total, f"{path} (OCR page {page + 1}/{pages})")

    return OcrOptions(language=language, progress=page_progress, cancelled=cancelled)


@dataclass(frozen=True)
class _Pending:
    """A file read and not yet stored (kept by the writer while a worker analyses it)."""

    index: int
    path: Path
    data: bytes = b""
    sha: str = ""
    name: str = ""


def _import_pooled(store: Store, files: list[Path], workers: int, progress: Progress | None,
                   cancelled: Cancelled | None, ocr_language: str | None, record: Finished) -> None:
    """Workers read the files; this process stores each, in order, as its analysis arrives."""

    def items():
        for index, path in enumerate(files):
            if cancelled is not None and cancelled():
                return
            try:
                data = path.read_bytes()
            except OSError as exc:
                yield _Pending(index, path), None, FileResult(str(path), ImportStatus.FAILED,
                                                              f"cannot be read ({exc.strerror or exc})")
                continue
            sha = hashlib.sha256(data).hexdigest()
            if (duplicate := _already_stored(store, sha, str(path))) is not None:
                yield _Pending(index, path), None, duplicate
                continue
            pending = _Pending(index, path, data, sha, _stored_name(path))
            yield pending, data, pending.name

    done = 0
    with ReadingPool(workers, ANALYSIS_SECONDS, cancelled) as pool:
        for pending, outcome in in_order(pool, items()):
            if cancelled is not None and cancelled():
                pool.cancel()
                break
            if progress is not None:
                progress(pending.index, len(files), str(pending.path))
            done += 1
            if isinstance(outcome, FileResult):
                record(outcome)
                continue
            if outcome.analysed is not None and outcome.analysed.needs_ocr and ocr_language:
                # A scan: read again here, where OCR reports its pages and runs them on every core.
                ocr = _ocr_options(ocr_language, progress, pending.index, len(files), pending.path, cancelled)
                outcome = analyse(pending.data, pending.name, ANALYSIS_SECONDS, cancelled, ocr, reader=analyse_file)
            record(_stored_result(store, pending.data, pending.sha, pending.name, str(pending.path), outcome))
    for rest in files[done:]:
        record(FileResult(str(rest), ImportStatus.CANCELLED, "import cancelled"))


def _stored_name(path: Path) -> str:
    # A name that is not UTF-8 (bytes kept as surrogates by the file system encoding) is stored readable.
    return os.fsencode(path.name).decode("utf-8", errors="replace")


def import_file(store: Store, path: Path, ocr: OcrOptions | None = None, cancelled: Cancelled | None = None) -> FileResult:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return FileResult(str(path), ImportStatus.FAILED, f"cannot be read ({exc.strerror or exc})")
    return import_bytes(store, data, _stored_name(path), display_path=str(path), ocr=ocr, cancelled=cancelled)


def import_bytes(store: Store, data: bytes, name: str, display_path: str | None = None,
                 ocr: OcrOptions | None = None, cancelled: Cancelled | None = None) -> FileResult:
    """One file in one transaction. Analysis stops at ``cancelled()`` (checked throughout, even inside one
    file) and, past ``ANALYSIS_SECONDS``, keeps the document as plain text with a warning."""
    shown = display_path or name
    sha = hashlib.sha256(data).hexdigest()
    if (duplicate := _already_stored(store, sha, shown)) is not None:
        return duplicate
    analysis = analyse(data, name, ANALYSIS_SECONDS, cancelled, ocr, reader=analyse_file)
    return _stored_result(store, data, sha, name, shown, analysis)


def _stored_result(store: Store, data: bytes, sha: str, name: str, shown: str, analysis: Analysis) -> FileResult:
    """Store what a file's analysis gave, in one transaction; or say why not."""
    if analysis.cancelled:
        return FileResult(shown, ImportStatus.CANCELLED, "import cancelled")
    if analysis.failure is not None:
        return FileResult(shown, ImportStatus.FAILED, analysis.failure)
    try:
        with store.session() as session:
            return _store(session, data, sha, name, shown, analysis.analysed, analysis.stems)
    except IntegrityError as exc:
        # Another import (a second window or command) stored the same bytes while this one was reading them.
        return _already_stored(store, sha, shown) or FileResult(
            shown, ImportStatus.FAILED, f"could not be stored, nothing was written ({_one_line(exc)})")
    except Exception as exc:
        return FileResult(shown, ImportStatus.FAILED, f"could not be stored, nothing was written ({_one_line(exc)})")


def analyse_bytes(data: bytes, name: str, ocr: OcrOptions | None = None,
                  cancelled: Cancelled | None = None) -> AnalysedDocument:
    """What ``import_bytes`` reads from a file, without storing it (DocumentError when it cannot be read)."""
    with analysis_budget(cancelled):
        return analyse_file(data, name, ocr, seconds=ANALYSIS_SECONDS)[1]


def store_analysed(session: Session, data: bytes, name: str, analysed: AnalysedDocument) -> FileResult:
    """Store an analysed file in the caller's transaction (a .qdpx import stores all its sources in one)."""
    return _store(session, data, hashlib.sha256(data).hexdigest(), name, name, analysed, stems_of(analysed))


def _already_stored(store: Store, sha: str, shown: str) -> FileResult | None:
    with store.session() as session:
        existing = session.scalar(select(StoredFile.filename).where(StoredFile.sha256 == sha))
    return None if existing is None else FileResult(shown, ImportStatus.DUPLICATE, f"already imported as {existing}")


def _one_line(error: Exception) -> str:
    """The driver's own message (e.g. "database or disk is full"), without SQLAlchemy's statement and link."""
    cause = getattr(error, "orig", None) or error
    return (str(cause).strip().splitlines() or [type(cause).__name__])[0]


def _store(session: Session, data: bytes, sha: str, name: str, shown: str, analysed: AnalysedDocument,
           stems: tuple[str, ...] = ()) -> FileResult:
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    stored = StoredFile(sha256=sha, filename=name, media_type=media_type, size=len(data), data=data)
    session.add(stored)
    warnings = list(analysed.warnings)
    fields = analysed.fields
    case: Case | None = None
    reference = fields.reference
    kind = analysed.kind
    if kind in REPLY_KINDS:
        cited = cited_reference(analysed.body.text)
        reference = cited
        case = find_case(session, cited) if cited else None
        if cited is None:
            warnings.append(f"{name}: a reply citing no reference; kept as an unpaired reply")
        elif case is None:
            warnings.append(f"{name}: cites {cited}, which is not in the store; kept as an unpaired reply")
    elif kind is DocumentKind.LETTER:
        if reference is None:
            warnings.append(f"{name}: no communication reference found; listed under Needs a reference "
                            "(reviewdesk cases --unfiled) until one is given")
        else:
            case = _letter_case(session, reference, analysed, warnings, name)
    stems = (*stems, None, None)
    body = _add_document(session, stored, case, kind, analysed.body, analysed, warnings, stems[0])
    for column, value in kind_columns(kind, analysed).items():
        setattr(body, column, value)
    if kind is DocumentKind.LETTER and fields.questions:
        session.execute(insert(Question), [
            {"document_id": body.id, "number": q.number, "label": q.label, "text": q.text, "start": q.start,
             "end": q.end} for q in fields.questions])
    ids = [body.id]
    if analysed.annex is not None:
        annex = _add_document(session, stored, case, DocumentKind.ANNEX, analysed.annex, analysed, [], stems[1])
        annex.fields = annex_fields(analysed)
        ids.append(annex.id)
    session.flush()
    return FileResult(shown, ImportStatus.IMPORTED, "", str(case.reference) if case else (str(reference) if reference else None),
                      tuple(ids), tuple(warnings), kind, unfiled=case is None and kind not in REPLY_KINDS)


def kind_columns(kind: DocumentKind, analysed: AnalysedDocument) -> dict:
    """What a document of ``kind`` keeps from the analysis besides its text: fields, date, cited reference."""
    text = analysed.body.text
    if kind is DocumentKind.LETTER:
        return {"fields": letter_fields_json(analysed.fields, analysed.page_count), "date": analysed.fields.date,
                "cited_reference": None}
    if kind in REPLY_KINDS:
        cited = cited_reference(text)
        # The reply's own dated line (notes verbales date themselves at the end) before any date in the text.
        dated = reply_date(text) or document_date(text[:3000])
        return {"fields": {}, "date": dated, "cited_reference": str(cited) if cited else None}
    if kind is DocumentKind.ANNEX:  # a letter's body the reviewer says is an annex
        return {"fields": {"title": None, "cites": annex_cites(text)}, "date": None, "cited_reference": None}
    return {"fields": {}, "date": None, "cited_reference": None}


def annex_fields(analysed: AnalysedDocument) -> dict:
    return {"title": analysed.fields.annex_title, "cites": analysed.fields.annex_cites}


def document_columns(analysed: AnalysedDocument, text: DocumentText) -> dict:
    """The columns of a document that come from reading its file (text, pages, OCR state, parser version)."""
    return {"language": analysed.fields.language if text.text else None, "text": text.text,
            "page_count": analysed.page_count, "first_page": text.first_page, "last_page": text.last_page,
            "needs_ocr": analysed.needs_ocr, "is_ocr": analysed.is_ocr, "parser_version": PARSER_VERSION}


def cited_reference(text: str) -> Reference | None:
    """The reference a reply cites: the first complete one near its start, else the first bare one."""
    found = find_references(text[:4000], allow_bare=True)
    complete = [m.reference for m in found if m.reference.is_complete]
    return (complete or [m.reference for m in found] or [None])[0]


def _letter_case(session: Session, reference: Reference, analysed: AnalysedDocument, warnings: list[str], name: str) -> Case:
    fields = analysed.fields
    case = find_case(session, reference)
    if case is None:
        case = Case(reference=str(reference), type=reference.type, country=reference.country,
                    number=reference.number, year=reference.year)
        session.add(case)
    elif session.scalar(select(exists().where(Document.case_id == case.id, Document.kind == DocumentKind.LETTER))):
        warnings.append(f"{name}: {case.reference} already has a letter; added as another copy")
    case.date = case.date or fields.date
    case.reply_due = case.reply_due or fields.reply_due
    case.addressee = case.addressee or fields.addressee
    case.organisation = case.organisation or fields.organisation
    session.flush()
    waiting = waiting_reply_ids(session, reference)
    if waiting:
        session.execute(update(Document).where(Document.id.in_(waiting)).values(case_id=case.id))
    return case


def waiting_reply_ids(session: Session, reference: Reference) -> list[int]:
    """The ids of the replies imported before their letter that cite ``reference`` (their texts left unread)."""
    waiting = select(Document.id, Document.cited_reference).where(
        Document.case_id.is_(None), Document.kind.in_(sorted(REPLY_KINDS)), Document.cited_reference.is_not(None))
    return [row.id for row in session.execute(waiting) if _same(row.cited_reference, reference)]


def waiting_replies(session: Session, reference: Reference) -> list[Document]:
    """Replies imported before their letter wait unpaired: those that cite ``reference``."""
    ids = waiting_reply_ids(session, reference)
    return list(session.scalars(select(Document).where(Document.id.in_(ids)).order_by(Document.id))) if ids else []


def _same(cited: str, reference: Reference) -> bool:
    found = find_references(cited, allow_bare=True)
    return bool(found) and found[0].reference.matches(reference)


def _add_document(session: Session, stored: StoredFile, case: Case | None, kind: DocumentKind, text: DocumentText,
                  analysed: AnalysedDocument, warnings: list[str], stems: str | None = None) -> Document:
    document = Document(case_id=case.id if case else None, file=stored, kind=kind, fields={}, warnings=warnings,
                        **document_columns(analysed, text))
    session.add(document)
    session.flush()
    write_layout(session, document, text, stems=stems)
    return document


def write_layout(session: Session, document: Document, text: DocumentText, sections: bool = True,
                 blocks: bool = True, index: bool = True, stems: str | None = None) -> None:
    """The sections, page blocks and search index of a document's text (re-analysis writes only what changed);
    ``stems``: the text's search stems, when a worker made them already."""
    # Core bulk inserts: a letter has hundreds of line blocks, ORM units of work would dominate.
    if sections and text.sections:
        session.execute(insert(Section), [
            {"document_id": document.id, "kind": s.kind.value, "start": s.start, "end": s.end, "title": s.title}
            for s in text.sections
        ])
    rows = [
        {"document_id": document.id, "start": b.start, "end": b.end, "page": b.page,
         "x0": b.bbox[0], "y0": b.bbox[1], "x1": b.bbox[2], "y1": b.bbox[3]}
        for b in text.blocks if b.bbox is not None
    ]
    if blocks and rows:
        session.execute(insert(TextBlock), rows)
    if index and text.text:
        index_document(session, document.id, text.text, stems=stems)
