"""Exporting briefings: gather a case's letter, tags, answers and assessment, write the .docx atomically."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from reviewdesk.db import Store
from reviewdesk.documents.briefing import (
    Briefing,
    BriefingOptions,
    Mark,
    QuestionRow,
    SectionText,
    write_briefing,
)
from reviewdesk.documents.briefing_text import long_date, quoted, tr, verdict_word
from reviewdesk.domain.assessment import DEFAULT_SCALES
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.letter import SectionKind
from reviewdesk.domain.redaction import NO_REDACTION, RedactionMode, Redactor
from reviewdesk.domain.vocabulary import REPLY_KINDS, VERDICT_MARKS, ReplyState
from reviewdesk.services.answer_links import answers_overview
from reviewdesk.services.assessment import case_assessment
from reviewdesk.services.cases import case_detail, effective_fields, find_case_id
from reviewdesk.services.dto import CaseDetail
from reviewdesk.services.geometry import document_blocks, span_rects
from reviewdesk.services.redaction import redactor_for
from reviewdesk.services.tags import TagDTO, tags_for_case
from reviewdesk.services.terms import list_terms


class ExportError(ReviewDeskError):
    pass


def _reply_status(detail: CaseDetail, today: date, language: str) -> str:
    timeliness = detail.summary.timeliness(today)
    if timeliness.state is ReplyState.RECEIVED:
        if timeliness.received is None:
            return tr(language, "received (undated)")
        when = long_date(language, timeliness.received)
        if timeliness.late:
            return tr(language, "received on {date}, {days} days late", date=when, days=timeliness.days)
        return tr(language, "received on {date}, within the deadline", date=when)
    if timeliness.state is ReplyState.OVERDUE:
        return tr(language, "none; {days} days past the due date", days=timeliness.days)
    return tr(language, "none yet")


def _tag_comment(tag: TagDTO, paths: dict[int, str], language: str) -> str:
    lines = [tag.term_label, paths.get(tag.term_id, "")]
    if tag.note:
        lines.append(tr(language, "Note: {note}", note=tag.note))
    lines.append(tr(language, "Tagged by {author} on {date}", author=tag.author or tr(language, "reviewer"),
                    date=long_date(language, tag.created_at.date())))
    return "\n".join(line for line in lines if line)


_LETTER_TYPES = {"AL": "Allegation letter", "UA": "Urgent appeal", "OL": "Other letter"}
# Sections inside the allegations (the concerns) are part of their text; the annex is the legal framework.
_ALLEGATION_KINDS = {SectionKind.ALLEGATIONS, SectionKind.CONCERNS}
NEUTRAL_ANSWER_SHADE = "DDEBF7"  # a reply passage linked to questions none of which has a verdict yet


def _grade_text(grade, scale, language: str) -> str:
    """The grade's label and scale in ``language``; a label the reviewer renamed in the store stays as written."""
    if grade is None:
        return tr(language, "not graded")
    default = {key: label for scale_key, _name, values in DEFAULT_SCALES if scale_key == grade.scale
               for key, label, _admin in values}
    label = tr(language, grade.label) if default.get(grade.value) == grade.label else grade.label
    text = f"{label} ({tr(language, scale.name) if scale else grade.scale})"
    return tr(language, "{grade} — automatic", grade=text) if grade.automatic else text


def _document_date(document, language: str) -> str:
    """A reply's own date in ``language`` (the parser stores ISO dates), else what was read, else its file."""
    value = document.fields.get("date")
    try:
        return long_date(language, date.fromisoformat(value))
    except (TypeError, ValueError):
        return str(value or document.filename)


def _answer_shade(verdicts: set) -> str:
    """One verdict among the linked questions: its print shade (the grid's); mixed or none: a neutral blue."""
    return VERDICT_MARKS[next(iter(verdicts))].shade if len(verdicts) == 1 else NEUTRAL_ANSWER_SHADE


def _excerpts(text: str, spans: list[tuple[int, int]], lower: int, upper: int) -> list[tuple[int, int]]:
    """The paragraphs (between blank lines, within ``lower``..``upper``) holding the spans, overlapping ones merged."""
    ranges: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        before = text.rfind("\n\n", lower, start)
        after = text.find("\n\n", end, upper)
        begin, finish = (before + 2 if before >= 0 else lower), (after if after >= 0 else upper)
        if ranges and begin <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], finish))
        else:
            ranges.append((begin, finish))
    return ranges


def _other_passages(letter, tags: list[TagDTO], paths: dict[int, str],
                    language: str) -> tuple[list[SectionText], list[tuple[int, int]]]:
    """The letter's tags outside the allegations as excerpts grouped by section, in the letter's order;
    with each excerpt's (document id, offset) for redaction."""
    outside = [s for s in letter.sections if s.kind not in _ALLEGATION_KINDS]
    allegations = [s for s in letter.sections if s.kind is SectionKind.ALLEGATIONS]
    grouped: dict[tuple[int, int, str], list[TagDTO]] = {}
    for tag in tags:
        if tag.document_id != letter.id or any(s.start <= tag.start and tag.end <= s.end for s in allegations):
            continue
        section = next((s for s in outside if s.start <= tag.start < s.end), None)
        bounds = (section.start, section.end) if section else (0, len(letter.text))
        title = section.kind.value.capitalize() if section else "Elsewhere in the letter"
        grouped.setdefault((*bounds, title), []).append(tag)
    passages, texts = [], []
    for (lower, upper, title), group in sorted(grouped.items()):
        upper = max(upper, *(t.end for t in group))
        for begin, finish in _excerpts(letter.text, [(t.start, t.end) for t in group], lower, upper):
            marks = tuple(Mark(max(t.start, begin) - begin, min(t.end, finish) - begin,
                               _tag_comment(t, paths, language), t.colour, author=t.author)
                          for t in group if t.start < finish and begin < t.end)
            passages.append(SectionText(tr(language, title), letter.text[begin:finish], marks, key="other"))
            texts.append((letter.id, begin))
    return passages, texts


def build_briefing(store: Store, reference: str, reviewer: str = "", today: date | None = None,
                   full_texts: bool = True, redactor: Redactor = NO_REDACTION, language: str = "en") -> Briefing:
    """The briefing's data, every text passed through ``redactor`` (see ``domain/redaction.py``).

    Values are written in ``language`` (dates, statuses, comments); the cover's labels stay the English
    texts of the catalogue (``documents/briefing_text``) and the writer translates them.
    """
    today = today or date.today()
    detail = case_detail(store, reference)
    summary = detail.summary
    letter = detail.letter()
    overview = answers_overview(store, summary.id)
    assessment = case_assessment(store, summary.id, today=today)
    tags = tags_for_case(store, summary.id)
    paths = {term.id: term.path for term in list_terms(store, include_retired=True)}
    fields = effective_fields(detail)  # the reviewer's corrections over the parser's reading
    grade = assessment.grade
    scale = next((s for s in assessment.scales if grade and s.key == grade.scale), None)
    kind = (summary.type or "").lstrip("J")

    def day(value: date | None) -> str:
        return long_date(language, value) if value else "—"

    cover = [
        ("Reference", summary.reference),
        ("Type", tr(language, _LETTER_TYPES[kind]) if kind in _LETTER_TYPES else summary.type or "—"),
        ("Date", day(summary.date)),
        ("Addressee", " · ".join(x for x in (summary.addressee, fields.get("addressee_title"), summary.organisation)
                                 if x) or "—"),
        ("Mandates", "; ".join(fields.get("mandates", [])) or "—"),
        ("Reply due", day(summary.reply_due)),
        ("Reply", _reply_status(detail, today, language)),
        ("Grade", _grade_text(grade, scale, language)),
        ("Actions reported", ", ".join(tr(language, a) for a in grade.actions) if grade and grade.actions else "—"),
        ("Reviewer", reviewer or "—"),
        ("Exported", day(today)),
    ]
    questions = [
        QuestionRow(q.number, q.text, assessment.verdicts[q.question_id].value,
                    tuple(" ".join(link.quote.split()) for link in q.links),
                    assessment.verdicts[q.question_id].note)
        for q in overview
    ]
    sections: list[SectionText] = []
    texts: list[tuple[int, int]] = []  # each section's document and where in its text the section starts
    other: list[SectionText] = []
    other_texts: list[tuple[int, int]] = []
    if letter is not None:
        part = next((s for s in letter.sections if s.kind is SectionKind.ALLEGATIONS), None)
        if part is not None:
            marks = tuple(Mark(t.start - part.start, t.end - part.start, _tag_comment(t, paths, language), t.colour,
                               author=t.author)
                          for t in tags if t.document_id == letter.id and part.start <= t.start and t.end <= part.end)
            sections.append(SectionText(tr(language, "Allegations"), letter.text[part.start:part.end], marks,
                                        key="allegations"))
            texts.append((letter.id, part.start))
        other, other_texts = _other_passages(letter, tags, paths, language)
    verdict_of = {q.number: (assessment.verdicts[q.question_id].value) for q in overview}
    for reply in (d for d in detail.documents if d.kind in REPLY_KINDS):
        marks = [Mark(t.start, t.end, _tag_comment(t, paths, language), t.colour, author=t.author)
                 for t in tags if t.document_id == reply.id]
        spans: dict[tuple[int, int], list[int]] = {}
        linked_by: dict[tuple[int, int], list[str]] = {}
        for q in overview:
            for link in q.links:
                if link.document_id == reply.id:
                    spans.setdefault((link.start, link.end), []).append(q.number)
                    if link.author and link.author not in linked_by.setdefault((link.start, link.end), []):
                        linked_by[(link.start, link.end)].append(link.author)
        for (start, end), numbers in spans.items():
            verdicts = {verdict_of[n] for n in numbers if verdict_of[n]}
            words = sorted(verdict_word(language, v) for v in verdicts)
            judged = f" — {', '.join(words)}" if words else ""
            asked = ", ".join(tr(language, "Q{number}", number=n) for n in numbers)
            marks.append(Mark(start, end, tr(language, "Answers {questions}", questions=asked) + judged,
                              fill=_answer_shade(verdicts), author=", ".join(linked_by.get((start, end), []))))
        when = _document_date(reply, language)
        title = tr(language, "Reply ({when})", when=when) if len(sections) else tr(language, "Reply")
        sections.append(SectionText(title, reply.text, tuple(marks), key="reply"))
        texts.append((reply.id, 0))
    annex = detail.annex()
    legal = list((fields.get("annex") or {}).get("cites") or (annex.fields.get("cites", []) if annex else []))
    legal += [f"{t.term_label}: {quoted(language, ' '.join(t.quote.split()))}"
              for t in tags if annex and t.document_id == annex.id]
    briefing = Briefing(summary.reference, cover, questions, sections, legal,
                        title=tr(language, "Briefing — {reference}", reference=summary.reference),
                        full_texts=full_texts, other_passages=other)
    return _redacted(briefing, texts, other_texts, redactor)


def _redacted_sections(sections: list[SectionText], texts: list[tuple[int, int]],
                       redactor: Redactor) -> list[SectionText]:
    """Sections cut from documents, redacted (marks moved onto the same words)."""
    scrub = redactor.scrub
    redacted = []
    for section, (document_id, offset) in zip(sections, texts):
        # The document's spans are in its own offsets: redact the whole text, then cut the section out of it.
        whole = "\0" * offset + section.text
        text, offsets = redactor.document(document_id, whole)
        begin = offsets.map(offset)
        marks = []
        for mark in section.marks:
            start, end = offsets.map(mark.start + offset) - begin, offsets.map(mark.end + offset, end=True) - begin
            if start < end:
                marks.append(replace(mark, start=start, end=end, comment=scrub(mark.comment)))
        redacted.append(replace(section, title=scrub(section.title), text=text[begin:], marks=tuple(marks)))
    return redacted


def _redacted(briefing: Briefing, texts: list[tuple[int, int]], other_texts: list[tuple[int, int]],
              redactor: Redactor) -> Briefing:
    """The briefing with every redacted string hidden: texts (marks moved onto the same words), fields, comments."""
    if not redactor.active:
        return briefing
    scrub = redactor.scrub
    questions = [replace(q, text=scrub(q.text), evidence=tuple(scrub(e) for e in q.evidence), note=scrub(q.note))
                 for q in briefing.questions]
    return replace(briefing, cover=[(key, scrub(value)) for key, value in briefing.cover], questions=questions,
                   sections=_redacted_sections(briefing.sections, texts, redactor),
                   other_passages=_redacted_sections(briefing.other_passages, other_texts, redactor),
                   legal_framework=[scrub(item) for item in briefing.legal_framework], title=scrub(briefing.title))


def _docx_bytes(document, target: Path) -> bytes:
    """``document.save`` writes into memory first: python-docx leaves its ZipFile open when a write fails, and
    its finaliser would print an "Exception ignored" traceback after our one-line message."""
    buffer = io.BytesIO()
    try:
        document.save(buffer)
    except OSError as exc:
        raise ExportError(f"{target}: could not be written ({exc.strerror or exc}); nothing was changed") from exc
    return buffer.getvalue()


def save_atomically(document, target: Path) -> None:
    """Write next to the target, then rename: a failure never leaves a broken file or clobbers the old one."""
    _replace_all([(Path(target), _docx_bytes(document, target))])


def _replace_all(files: list[tuple[Path, bytes]]) -> None:
    """Write every file beside its target, then rename them all: on any failure no target has changed."""
    for target, _data in files:
        if target.exists() and not os.access(target, os.W_OK):
            raise ExportError(f"{target}: cannot be replaced (read-only or open in another program)")
    temporaries: list[str] = []
    try:
        for target, data in files:
            try:
                handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            except OSError as exc:
                raise ExportError(f"{target}: cannot write in {target.parent} ({exc.strerror or exc})") from exc
            temporaries.append(temporary)
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(data)
            except OSError as exc:
                raise ExportError(f"{target}: could not be written ({exc.strerror or exc}); nothing was changed") from exc
        for (target, _data), temporary in zip(files, temporaries):
            os.replace(temporary, target)
    except OSError as exc:  # a rename refused (rare: the space is already allocated)
        raise ExportError(f"{exc.filename or files[0][0]}: could not be written ({exc.strerror or exc})") from exc
    finally:
        for temporary in temporaries:
            if os.path.exists(temporary):
                os.unlink(temporary)


@dataclass
class ExportOptions(BriefingOptions):
    """A briefing's options and what only an export decides: the breakdowns of a portfolio's Analytics chapter
    (``services.analytics.Dimension`` names, in their order)."""

    analytics_by: tuple[str, ...] = ("addressee kind",)


def export_briefing(store: Store, references: list[str], target: Path | None,
                    options: BriefingOptions | None = None, reviewer: str = "", full_texts: bool = True,
                    today: date | None = None, redaction: RedactionMode | str = RedactionMode.REDACTED,
                    pdf: Path | None = None) -> int:
    """Export one case (or a portfolio of several) to ``target`` (.docx) and/or ``pdf``; returns the number
    of comments written. Both files are written, or neither.

    ``redaction``: what the case's redactions become (redacted, pseudonymised, or full as written).
    ``pdf``: converted by LibreOffice; a portfolio's table of contents then carries page numbers in both files.
    """
    options = options or BriefingOptions(author=reviewer or "ReviewDesk")
    redactor = _redactor(store, references, redaction)
    briefings = [build_briefing(store, ref, reviewer, today, full_texts, redactor, options.language)
                 for ref in references]
    options = replace(options, scrub=redactor.scrub)
    if options.template and not Path(options.template).is_file():
        raise ExportError(f"{options.template}: template not found")
    breakdowns = options.analytics_by if isinstance(options, ExportOptions) else ExportOptions.analytics_by
    overview = [_analytics_chapter(store, briefings, today, breakdowns, options)] \
        if options.analytics and len(briefings) > 1 else []
    try:
        document = write_briefing(briefings, options, overview=overview,
                                  title=options.tr("Portfolio of {count} cases", count=len(briefings)))
    except Exception as exc:
        raise ExportError(f"{options.template or 'briefing'}: could not be built ({exc})") from exc
    files: list[tuple[Path, bytes]] = []
    if pdf is not None:
        from reviewdesk.documents.briefing_pdf import briefing_pdf  # noqa: PLC0415 - PyMuPDF, only for a PDF

        data, rendered = briefing_pdf(document, Path(pdf), portfolio=len(briefings) > 1)
        files = [(Path(target), data)] if target is not None else []
        files.append((Path(pdf), rendered))
    elif target is not None:
        files = [(Path(target), _docx_bytes(document, Path(target)))]
    _replace_all(files)
    return sum(len(s.marks) for b in briefings for s in (*b.sections, *b.other_passages) if full_texts)


def _redactor(store: Store, references: list[str], redaction: RedactionMode | str) -> Redactor:
    mode = RedactionMode.parse(redaction)
    if mode is RedactionMode.FULL:
        return NO_REDACTION
    with store.session() as session:
        ids = [find_case_id(session, reference) for reference in references]
    return redactor_for(store, ids, mode)


def redact_rows(rows: list[dict], redactor: Redactor) -> list[dict]:
    """Every text cell of a data export with the redacted strings hidden (quotes, notes, file names)."""
    if not redactor.active:
        return rows
    return [{key: redactor.scrub(value) if isinstance(value, str) else value for key, value in row.items()}
            for row in rows]


def _analytics_chapter(store: Store, briefings: list[Briefing], today: date | None, breakdowns: tuple[str, ...],
                       options: BriefingOptions):
    """The portfolio's Analytics chapter: the Dashboard's figures for its cases, by each chosen breakdown,
    in the briefing's language."""
    from reviewdesk.documents.briefing_analytics import add_analytics_chapter
    from reviewdesk.services.analytics import DEFINITIONS, chapter_panels

    with store.session() as session:
        ids = [find_case_id(session, b.reference) for b in briefings]
    figures = [(p.table, p.chart) for p in chapter_panels(store, ids, breakdowns, today, options.tr)]
    return lambda document: add_analytics_chapter(document, figures, options.tr(DEFINITIONS),
                                                  heading=options.tr("Analytics"))


TAG_FIELDS = ["case", "document", "section", "page", "quote", "term", "term_path", "note", "reviewer", "date"]
ASSESSMENT_FIELDS = ["case", "question", "question_text", "verdict", "note", "evidence", "grade", "scale", "actions"]


def tag_rows(store: Store, references: list[str],
             redaction: RedactionMode | str = RedactionMode.REDACTED) -> list[dict]:
    """One row per tag: where it is (case, document, section, page), what it says and who tagged it."""
    paths = {term.id: term.path for term in list_terms(store, include_retired=True)}
    rows = []
    for reference in references:
        detail = case_detail(store, reference)
        documents = {d.id: d for d in detail.documents}
        blocks = {d.id: document_blocks(store, d.id) for d in detail.documents}
        for tag in tags_for_case(store, detail.summary.id):
            document = documents[tag.document_id]
            section = next((s.kind for s in document.sections if s.start <= tag.start < s.end
                            and s.kind is not SectionKind.CONCERNS), "")
            pages = sorted({page for page, _rect in span_rects(blocks[tag.document_id], tag.start, tag.end)})
            rows.append({
                "case": detail.summary.reference, "document": f"{document.kind}: {document.filename}",
                "section": section, "page": ",".join(map(str, pages)), "quote": " ".join(tag.quote.split()),
                "term": tag.term_label, "term_path": paths.get(tag.term_id, ""), "note": tag.note,
                "reviewer": tag.author, "date": tag.created_at.date().isoformat(),
            })
    return redact_rows(rows, _redactor(store, references, redaction))


def assessment_rows(store: Store, references: list[str],
                    redaction: RedactionMode | str = RedactionMode.REDACTED) -> list[dict]:
    rows = []
    for reference in references:
        detail = case_detail(store, reference)
        assessment = case_assessment(store, detail.summary.id)
        grade = assessment.grade
        for q in answers_overview(store, detail.summary.id):
            verdict = assessment.verdicts[q.question_id]
            rows.append({
                "case": detail.summary.reference, "question": q.number, "question_text": q.text,
                "verdict": verdict.value.value if verdict.value else "", "note": verdict.note,
                "evidence": " | ".join(" ".join(link.quote.split()) for link in q.links),
                "grade": grade.label if grade else "", "scale": grade.scale if grade else "",
                "actions": ", ".join(grade.actions) if grade else "",
            })
    return redact_rows(rows, _redactor(store, references, redaction))


def write_table(rows: list[dict], fields: list[str], target: Path, fmt: str, excel_bom: bool = False,
                also: Sequence[tuple[list[dict], list[str], Path]] = ()) -> None:
    """CSV (UTF-8, optionally with the BOM Excel wants) or JSON, written atomically; the tables in ``also``
    (rows, fields, target) are written with it, all or none.

    A CSV cell starting with = + - @, a tab or a carriage return is prefixed with ' (OWASP CSV injection):
    a spreadsheet shows the text instead of running it as a formula.
    """
    def payload(rows: list[dict], fields: list[str]) -> bytes:
        if fmt == "json":
            return (json.dumps(rows, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows({key: f"'{value}" if isinstance(value, str) and value[:1] in _FORMULA_STARTS else value
                          for key, value in row.items()} for row in rows)
        return (("\ufeff" if excel_bom else "") + buffer.getvalue()).encode("utf-8")

    _replace_all([(Path(path), payload(table, columns)) for table, columns, path in ((rows, fields, target), *also)])


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write_file(payload: str | bytes, target: Path) -> None:
    """Text (as UTF-8, newlines as given) or bytes, written atomically."""
    _replace_all([(Path(target), payload.encode("utf-8") if isinstance(payload, str) else payload)])
