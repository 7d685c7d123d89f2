"""Re-analysis: the current parser run again on the stored originals, keeping every piece of the reviewer's work.

For each stored file the parser's new reading replaces the old one — text,
sections, page blocks, fields, questions — and then:

- the reviewer's **corrections** are written again over the parser's values
  (``corrections.reapply``), so a correction wins; a corrected document kind
  stays, and a document in a case keeps its kind (its case was built on it);
- **tags and answer links** are re-anchored on the new text by their quote and
  context (``anchoring``); those that cannot be placed are kept, flagged
  *orphaned* and listed by ``orphans.orphaned_annotations`` — never deleted;
- **questions** the reviewer edited are kept and re-anchored; otherwise the
  parser's new questions are taken, each keeping the id (so the verdict and the
  links) of the old question whose text it now covers most; an old question the
  parser no longer finds is kept if work hangs on it;
- a case keeps its reference (its identity); a document without a case whose
  new reading has a reference is filed, as an import would have filed it.

The file's documents are matched by their order: the first is the body, the
second the annex split from it. Each case (or file without a case) is one
transaction, and the whole run is one ``Edit`` whose inverse puts every row
back (search re-indexed from the restored texts).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from reviewdesk.db import Store
from reviewdesk.db.models import (
    AnswerLink,
    Case,
    Document,
    FieldCorrection,
    Question,
    RejectedSuggestion,
    Section,
    StoredFile,
    Tag,
    TextBlock,
    VerdictRow,
)
from reviewdesk.documents.answers import split_passages
from reviewdesk.documents.errors import DocumentError
from reviewdesk.documents.pdf import OcrOptions
from reviewdesk.documents.reader import analyse_file
from reviewdesk.domain.letter import AnalysedDocument, DocumentText, QuestionSpan
from reviewdesk.domain.reference import Reference
from reviewdesk.domain.vocabulary import REPLY_KINDS, DocumentKind
from reviewdesk.services import importer
from reviewdesk.services.anchoring import Anchorer, TextQuote, quote_at, quote_columns
from reviewdesk.services.cases import CaseNotFound, find_case, summaries
from reviewdesk.services.corrections import CaseRows, reapply
from reviewdesk.services.dto import CaseSummary
from reviewdesk.services.edits import Changes, Edit, compound
from reviewdesk.services.filing import new_case, place_documents
from reviewdesk.services.importer import (
    annex_fields,
    cited_reference,
    document_columns,
    kind_columns,
    write_layout,
)
from reviewdesk.services.questions import question_text
from reviewdesk.services.rows import Recorder, RowsUndo

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


@dataclass
class ReanalysisReport:
    """What a re-analysis did (the ``value`` of its ``Edit``)."""

    cases: int = 0
    documents: int = 0
    texts_changed: int = 0
    placed: Counter = field(default_factory=Counter)  # annotations re-anchored, by Method
    orphaned: int = 0  # tags, links and edited questions that could not be placed (kept, listed)
    recovered: int = 0  # orphans placed again
    filed: list[str] = field(default_factory=list)  # "file → reference" for documents filed by their new reading
    skipped: list[str] = field(default_factory=list)  # "file: why" (unreadable, OCR needed)
    notes: list[str] = field(default_factory=list)
    cancelled: bool = False


@dataclass(frozen=True, kw_only=True)
class ReanalysisUndo(RowsUndo):
    """Undoes the re-analysis of one case (or one file without a case): every row it touched as it was."""

    document_ids: tuple[int, ...]


@dataclass
class _Unit:
    """What one transaction re-reads: a case's files, or one file of documents without a case."""

    case_id: int | None
    label: str
    file_ids: list[int]


def cases_needing_reanalysis(store: Store) -> list[CaseSummary]:
    """Cases with a document read by an older parser than ``PARSER_VERSION`` (the GUI offers to re-analyse)."""
    with store.session() as session:
        outdated = select(Document.case_id).where(Document.parser_version < importer.PARSER_VERSION,
                                                  Document.case_id.is_not(None))
        return summaries(session, Case.id.in_(outdated))


def reanalyse(store: Store, case_ids: Iterable[int] | None = None, progress: Progress | None = None,
              cancelled: Cancelled | None = None, ocr_language: str | None = None,
              document_ids: Iterable[int] | None = None) -> Edit:
    """Re-read the cases' stored originals (``None``: every document in the store) with the current parser.

    ``document_ids`` instead re-reads only the files of these documents. Files that were read by OCR
    are re-read only with ``ocr_language`` (else skipped, and said so). Cancelling stops between
    cases; what was done stays done and is in the ``Edit``. ``value`` is a ``ReanalysisReport``.
    """
    report = ReanalysisReport()
    units = _units(store, case_ids, document_ids)
    edits: list[Edit] = []
    done: set[int] = set()  # a file whose annex was moved to another case is in two units: read it once
    for index, unit in enumerate(units):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if progress is not None:
            progress(index, len(units), unit.label)
        unit.file_ids = [f for f in unit.file_ids if f not in done]
        done.update(unit.file_ids)
        parsed = _parse(store, unit, report, ocr_language, cancelled)
        try:
            with store.session() as session:
                edits.append(_apply(session, unit, parsed, report))
        except Exception as exc:  # that unit rolled back whole; the others stay done (and undoable)
            report.skipped.append(f"{unit.label}: not re-analysed ({type(exc).__name__}: {exc}); kept as it was")
            continue
        report.cases += unit.case_id is not None
    if progress is not None:
        progress(len(units), len(units), "")
    return compound(edits, report)


def _units(store: Store, case_ids: Iterable[int] | None, document_ids: Iterable[int] | None) -> list[_Unit]:
    with store.session() as session:
        query = select(Document.case_id, Document.file_id, Case.reference, StoredFile.filename).join(
            StoredFile, StoredFile.id == Document.file_id).outerjoin(Case, Case.id == Document.case_id)
        if document_ids is not None:
            query = query.where(Document.file_id.in_(select(Document.file_id).where(Document.id.in_(list(document_ids)))))
        elif case_ids is not None:
            wanted = list(case_ids)
            missing = set(wanted) - set(session.scalars(select(Case.id).where(Case.id.in_(wanted))))
            if missing:
                raise CaseNotFound(f"no case with id {', '.join(map(str, sorted(missing)))}")
            query = query.where(Document.case_id.in_(wanted))
        units: dict[tuple, _Unit] = {}
        for case_id, file_id, reference, filename in session.execute(query.order_by(Document.case_id, Document.id)):
            key = (case_id,) if case_id is not None else (None, file_id)
            unit = units.setdefault(key, _Unit(case_id, reference or filename, []))
            if file_id not in unit.file_ids:
                unit.file_ids.append(file_id)
        return list(units.values())


def _parse(store: Store, unit: _Unit, report: ReanalysisReport, ocr_language: str | None,
           cancelled: Cancelled | None) -> dict[int, AnalysedDocument]:
    """The new reading of each file of the unit, read outside any transaction (it is the slow part)."""
    parsed: dict[int, AnalysedDocument] = {}
    for file_id in unit.file_ids:
        with store.session() as session:
            stored = session.get(StoredFile, file_id)
            data, name = stored.data, stored.filename
            was_ocr = bool(session.scalar(select(func.count()).where(Document.file_id == file_id,
                                                                     Document.is_ocr.is_(True))))
        if was_ocr and not ocr_language:
            report.skipped.append(f"{name}: read by OCR; re-analyse with an OCR language to read it again")
            continue
        ocr = OcrOptions(language=ocr_language, cancelled=cancelled) if ocr_language else None
        try:
            parsed[file_id] = analyse_file(data, name, ocr)[1]
        except DocumentError as exc:
            report.skipped.append(f"{name}: {exc.problem}")
        except Exception as exc:  # a parser bug must not stop the run, nor lose the old reading
            report.skipped.append(f"{name}: could not be understood ({type(exc).__name__}: {exc}); kept as it was")
    return parsed


def _apply(session: Session, unit: _Unit, parsed: dict[int, AnalysedDocument], report: ReanalysisReport) -> Edit:
    recorder = Recorder(session)
    touched: set[int] = set()
    cases: set[int] = {unit.case_id} if unit.case_id is not None else set()
    for file_id, analysed in parsed.items():
        documents = list(session.scalars(select(Document).where(Document.file_id == file_id).order_by(Document.id)))
        _File(session, recorder, report, documents, analysed).apply()
        touched |= {d.id for d in session.scalars(select(Document).where(Document.file_id == file_id))}
        cases |= {d.case_id for d in documents if d.case_id is not None}
        cases |= _file_by_reference(session, recorder, report, documents[0], analysed)
    for case_id in sorted(cases):
        _refresh_case(session, recorder, report, case_id)
    session.flush()
    changes = Changes(cases=frozenset(cases), case_list=True, documents=frozenset(touched), tags=True, links=True,
                      assessment=True)
    return Edit(changes, ReanalysisUndo(rows=recorder.images, changes=changes, document_ids=tuple(sorted(touched))))


class _File:
    """The new reading of one file written over its documents (body first, then the annex split from it)."""

    def __init__(self, session: Session, recorder: Recorder, report: ReanalysisReport, documents: list[Document],
                 analysed: AnalysedDocument) -> None:
        self.session, self.recorder, self.report = session, recorder, report
        self.documents, self.analysed = documents, analysed

    def apply(self) -> None:
        body, annex = self.documents[0], (self.documents[1] if len(self.documents) > 1 else None)
        kind = self._kind(body)
        self._rewrite(body, self.analysed.body, kind,
                      {**kind_columns(kind, self.analysed), "warnings": list(self.analysed.warnings)})
        if self.analysed.annex is not None and annex is not None:
            self._rewrite(annex, self.analysed.annex, DocumentKind(annex.kind), {"fields": annex_fields(self.analysed)})
        elif self.analysed.annex is not None:
            self._add_annex(body)
        elif annex is not None:
            self.report.notes.append(f"document {annex.id}: the parser no longer finds this annex in its file; "
                                     "kept as it was")
        for extra in self.documents[2:]:
            self.report.notes.append(f"document {extra.id}: not part of the file's reading; kept as it was")

    def _kind(self, body: Document) -> DocumentKind:
        """A corrected kind stays, and so does the kind of a document in a case; others take the new reading."""
        current, read = DocumentKind(body.kind), self.analysed.kind
        corrected = self.session.scalar(select(FieldCorrection.id).where(FieldCorrection.document_id == body.id,
                                                                         FieldCorrection.field == "kind"))
        if corrected is None and body.case_id is None:
            return read
        if read is not current:
            self.report.notes.append(f"document {body.id} now reads as a {read}; it stays a {current}"
                                     + ("" if corrected else " (set its kind to change it)"))
        return current

    def _rewrite(self, document: Document, text: DocumentText, kind: DocumentKind, columns: dict) -> None:
        self.report.documents += 1
        self.recorder.before(Document, [document.id])
        old_text = document.text
        changed = old_text != text.text
        self.report.texts_changed += changed
        sections = self._replace(Section, document, [(s.kind.value, s.start, s.end, s.title) for s in text.sections],
                                 lambda s: (s.kind, s.start, s.end, s.title))
        blocks = self._replace(TextBlock, document,
                               [(b.start, b.end, b.page, *b.bbox) for b in text.blocks if b.bbox is not None],
                               lambda b: (b.start, b.end, b.page, b.x0, b.y0, b.x1, b.y1))
        for column, value in {**document_columns(self.analysed, text), **columns, "kind": kind}.items():
            setattr(document, column, value)
        self.session.flush()
        write_layout(self.session, document, text, sections=sections, blocks=blocks, index=changed)
        self._record_new(document, [model for model, written in ((Section, sections), (TextBlock, blocks)) if written])
        anchorer = Anchorer(text.text)
        _Reanchor(self.session, self.recorder, self.report, old_text, anchorer).document(document)
        if kind is DocumentKind.LETTER:
            _Questions(self.session, self.recorder, self.report, old_text, anchorer).apply(
                document, self.analysed.fields.questions)

    def _replace(self, model, document: Document, wanted: list[tuple], key) -> bool:
        """Remove the document's rows of ``model`` when the new reading differs; True when they must be written."""
        rows = list(self.session.scalars(select(model).where(model.document_id == document.id).order_by(model.id)))
        if [key(row) for row in rows] == wanted:
            return False  # the same: ids and rows stay untouched
        self.recorder.before(model, [row.id for row in rows])
        self.session.execute(delete(model).where(model.document_id == document.id))
        return True

    def _record_new(self, document: Document, models=(Section, TextBlock)) -> None:
        """Rows ``write_layout`` inserted are the edit's: undo removes them."""
        for model in models:
            ids = self.session.scalars(select(model.id).where(model.document_id == document.id))
            self.recorder.created(model, ids)

    def _add_annex(self, body: Document) -> None:
        text = self.analysed.annex
        annex = Document(case_id=body.case_id, file_id=body.file_id, kind=DocumentKind.ANNEX,
                         fields=annex_fields(self.analysed), warnings=[], **document_columns(self.analysed, text))
        self.session.add(annex)
        self.session.flush()
        self.recorder.created(Document, [annex.id])
        write_layout(self.session, annex, text)
        self._record_new(annex)
        self.report.documents += 1
        self.report.notes.append(f"document {body.id}: its annex is now read as a document of its own ({annex.id})")


class _Reanchor:
    """Tags, answer links and rejected proposals of one document moved from its old text to the new one."""

    def __init__(self, session: Session, recorder: Recorder, report: ReanalysisReport, old_text: str,
                 anchorer: Anchorer) -> None:
        self.session, self.recorder, self.report = session, recorder, report
        self.old_text, self.anchorer = old_text, anchorer
        self.scale = len(anchorer.text) / max(1, len(old_text))

    def quote(self, row) -> TextQuote:
        """What the row held: read from the old text while placed (always true), else its stored selector."""
        if not row.orphaned and row.end <= len(self.old_text):
            return quote_at(self.old_text, row.start, row.end)
        return TextQuote(row.quote, row.prefix, row.suffix)

    def place(self, quote: TextQuote, old_start: int):
        return self.anchorer.locate(quote, int(old_start * self.scale))

    def document(self, document: Document) -> None:
        for model in (Tag, AnswerLink):
            rows = list(self.session.scalars(select(model).where(model.document_id == document.id).order_by(model.id)))
            self.recorder.before(model, [row.id for row in rows])
            for row in rows:
                self._row(row)
        self._rejections(document)

    def _row(self, row) -> None:
        quote, was_orphaned = self.quote(row), bool(row.orphaned)
        placement = self.place(quote, row.start)
        if placement is None:
            self.report.orphaned += 1
            if not was_orphaned:
                row.quote, row.prefix, row.suffix, row.orphaned = quote.exact, quote.prefix, quote.suffix, True
            return
        self.report.placed[placement.method] += 1
        self.report.recovered += was_orphaned
        columns = {"start": placement.start, "end": placement.end, "orphaned": False,
                   **quote_columns(self.anchorer.text, placement.start, placement.end)}
        if any(getattr(row, name) != value for name, value in columns.items()):
            for name, value in columns.items():
                setattr(row, name, value)

    def _rejections(self, document: Document) -> None:
        """A rejected proposal is keyed by its passage's start: follow the passage to where it starts now."""
        rows = list(self.session.scalars(select(RejectedSuggestion).where(RejectedSuggestion.document_id == document.id)))
        if not rows or self.old_text == self.anchorer.text:
            return
        old = {p.start: p for p in split_passages(self.old_text)}
        new = split_passages(self.anchorer.text)
        taken = {(r.question_id, r.start) for r in rows}
        self.recorder.before(RejectedSuggestion, [r.id for r in rows])
        for row in rows:
            passage = old.get(row.start)
            placement = self.place(quote_at(self.old_text, passage.start, passage.end), row.start) if passage else None
            start = next((p.start for p in new if placement and p.start <= placement.start < p.end), None)
            if start is not None and (row.question_id, start) not in taken:
                taken.discard((row.question_id, row.start))
                taken.add((row.question_id, start))
                row.start = start  # not found: kept as it was; at worst the proposal is made again


class _Questions:
    """A letter's questions after re-analysis (the rule is in the module's docstring)."""

    def __init__(self, session: Session, recorder: Recorder, report: ReanalysisReport, old_text: str,
                 anchorer: Anchorer) -> None:
        self.session, self.recorder, self.report = session, recorder, report
        self.anchor = _Reanchor(session, recorder, report, old_text, anchorer)
        self.text = anchorer.text

    def apply(self, letter: Document, parsed: list[QuestionSpan]) -> None:
        old = list(self.session.scalars(select(Question).where(Question.document_id == letter.id)
                                        .order_by(Question.number)))
        self.recorder.before(Question, [q.id for q in old])
        corrected = self.session.scalar(select(FieldCorrection.id).where(FieldCorrection.document_id == letter.id,
                                                                         FieldCorrection.field == "questions"))
        placed = {q.id: self._placement(q) for q in old}
        if corrected is not None:
            for question in old:
                self._put(question, placed[question.id])
            return
        kept = self._match(old, placed, parsed)
        for question in old:
            question.number = -question.id  # parked: numbers are unique per letter while they move
        self.session.flush()
        for span in parsed:
            question = kept.get(span.number)
            if question is None:
                question = Question(document_id=letter.id, number=0)
                self.session.add(question)
            question.number, question.label, question.text = span.number, span.label, span.text
            question.start, question.end, question.orphaned = span.start, span.end, False
            self.session.flush()
            if span.number not in kept:
                self.recorder.created(Question, [question.id])
        extra = len(parsed)
        for question in old:
            if question in kept.values():
                continue
            if self._has_work(question):
                extra += 1
                question.number = extra
                self._put(question, placed[question.id])
                self.report.notes.append(f"letter {letter.id}: the parser no longer reads question "
                                         f"“{question.text[:60]}” as a question; kept as question {extra} "
                                         "for the work on it")
            else:
                rejected = self.session.scalars(select(RejectedSuggestion.id)
                                                .where(RejectedSuggestion.question_id == question.id))
                self.recorder.before(RejectedSuggestion, rejected)  # they go with it (ON DELETE CASCADE)
                self.session.delete(question)
        self.session.flush()

    def _placement(self, question: Question):
        """Where the question's words are now: read from the old text, or (orphaned) by its own text."""
        if question.orphaned or question.end > len(self.anchor.old_text):
            return self.anchor.place(TextQuote(question.text), question.start)
        return self.anchor.place(quote_at(self.anchor.old_text, question.start, question.end), question.start)

    def _put(self, question: Question, placement) -> None:
        """An edited (or kept) question at its place in the new text, or orphaned with its text."""
        if placement is None:
            self.report.orphaned += 1
            question.orphaned = True
            return
        self.report.placed[placement.method] += 1
        question.start, question.end, question.orphaned = placement.start, placement.end, False
        question.text = question_text(self.text, placement.start, placement.end)

    @staticmethod
    def _match(old: list[Question], placed: dict, parsed: list[QuestionSpan]) -> dict[int, Question]:
        """For each new question's number, the old question whose text it covers most (else the same number)."""
        pairs = []
        for question in old:
            where = placed[question.id]
            for span in parsed:
                overlap = min(where.end, span.end) - max(where.start, span.start) if where else 0
                if overlap > 0:
                    pairs.append((overlap, -abs(question.number - span.number), question.id, span.number))
        kept: dict[int, Question] = {}
        used: set[int] = set()
        by_id = {q.id: q for q in old}
        for _overlap, _distance, question_id, number in sorted(pairs, reverse=True):
            if number not in kept and question_id not in used:
                kept[number] = by_id[question_id]
                used.add(question_id)
        numbers = {span.number for span in parsed}
        for question in old:  # its words are gone: the same number is the best guess left
            if question.id not in used and placed[question.id] is None and question.number in numbers - set(kept):
                kept[question.number] = question
                used.add(question.id)
        return kept

    def _has_work(self, question: Question) -> bool:
        return any(self.session.scalar(select(func.count()).select_from(model).where(model.question_id == question.id))
                   for model in (VerdictRow, AnswerLink))


def _file_by_reference(session: Session, recorder: Recorder, report: ReanalysisReport, body: Document,
                       analysed: AnalysedDocument) -> set[int]:
    """A document without a case whose new reading names its case is filed there (a new case for a letter)."""
    if body.case_id is not None:
        return set()
    kind = DocumentKind(body.kind)
    reference: Reference | None = None
    if kind is DocumentKind.LETTER:
        reference = analysed.fields.reference
    elif kind in REPLY_KINDS:
        reference = cited_reference(body.text)
    if reference is None or (kind is DocumentKind.LETTER and not reference.is_complete):
        return set()
    case = find_case(session, reference)
    if case is None and kind is not DocumentKind.LETTER:
        return set()
    documents = list(session.scalars(select(Document).where(Document.file_id == body.file_id,
                                                            Document.case_id.is_(None)).order_by(Document.id)))
    if case is None:
        case = new_case(session, reference, documents)
        recorder.created(Case, [case.id])
    place_documents(session, recorder, documents, case)
    report.filed.append(f"document {body.id} → {case.reference}")
    return {case.id}


def _refresh_case(session: Session, recorder: Recorder, report: ReanalysisReport, case_id: int) -> None:
    """The case's fields from its letters' new reading (first letter first), then its corrections over them."""
    rows = CaseRows.load(session, case_id)
    rows.record(recorder)
    case = rows.case
    corrections = list(session.scalars(select(FieldCorrection).where(FieldCorrection.case_id == case_id)))
    recorder.before(FieldCorrection, [c.id for c in corrections])
    if rows.letters:
        read = [d.fields or {} for d in rows.letters]
        case.date, case.reply_due = (_day(_first(read, key)) for key in ("date", "reply_due"))
        case.addressee, case.organisation = _first(read, "addressee"), _first(read, "organisation")
        reference = read[0].get("reference")
        if reference and reference != case.reference and not any(c.field == "reference" for c in corrections):
            report.notes.append(f"{case.reference}: its letter now reads as {reference}; the case keeps its "
                                "reference (correct it to change it)")
    reapply(rows, corrections)
    session.flush()


def _first(read: list[dict], key: str):
    """The first letter's value, or a later copy's where the first has none (as an import fills a case)."""
    return next((fields[key] for fields in read if fields.get(key) is not None), None)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
