"""Writing annotated Word briefings with python-docx: tags and answer links as native comments.

The writer takes plain data (:class:`Briefing`) and knows nothing of the store.
Each tagged span is cut into runs of its own so that a native Word comment is
anchored exactly on the tagged words; overlapping tags give separate comments
over the shared runs. Text is cleaned of characters XML cannot carry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from reviewdesk.documents.briefing_text import (
    DEFAULT_LANGUAGE,
    quoted,
    tr,
    verdict_word,
)
from reviewdesk.documents.briefing_toc import (
    add_table_of_contents,
    fill_table_of_contents,
)
from reviewdesk.domain.assessment import Verdict
from reviewdesk.domain.vocabulary import VERDICT_MARKS

_XML_INVALID_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
QUESTION_PREVIEW = 220
PAPER = {"a4": (Cm(21.0), Cm(29.7)), "letter": (Cm(21.59), Cm(27.94))}


def _tint(colour: str, keep: float = 0.4) -> str:
    """A light tint of a term colour, so black text stays readable on it (also in grey print)."""
    value = colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(255 - (255 - c) * keep):02X}" for c in channels)


def xml_safe(text: str) -> str:
    return _XML_INVALID_RE.sub(" ", text or "")


@dataclass(frozen=True)
class Mark:
    """A comment to anchor on ``text[start:end]`` of a section, shaded in a tint of ``colour`` (a term's
    colour) or in ``fill`` exactly (a verdict's print shade) when given."""

    start: int
    end: int
    comment: str
    colour: str | None = None
    fill: str | None = None
    author: str = ""  # the reviewer who made the tag or link: the Word comment's author (else the export's)


@dataclass(frozen=True)
class SectionText:
    title: str
    text: str
    marks: tuple[Mark, ...] = ()
    key: str = ""  # what --sections names it ("allegations", "reply", "other"), whatever the title's language


@dataclass(frozen=True)
class QuestionRow:
    number: int
    text: str
    verdict: Verdict | None
    evidence: tuple[str, ...]
    note: str


@dataclass
class Briefing:
    reference: str
    cover: list[tuple[str, str]]
    questions: list[QuestionRow]
    sections: list[SectionText]
    legal_framework: list[str]
    title: str = ""
    full_texts: bool = True
    # Excerpts of the letter around tags outside the allegations, each titled with its section's name.
    other_passages: list[SectionText] = field(default_factory=list)


@dataclass
class BriefingOptions:
    author: str = "ReviewDesk"
    paper: str = "a4"
    template: str | None = None
    chosen_sections: set[str] | None = None  # lower-case section names to keep ("allegations", "reply"); None: all
    analytics: bool = True  # a portfolio gains the Analytics chapter (services.export.export_briefing)
    # Hides redacted strings in what the briefing's data does not carry: properties, a template's headers.
    scrub: Callable[[str], str] | None = None
    language: str = DEFAULT_LANGUAGE  # of headings, labels and verdicts (documents/briefing_text.py)
    # Each comment signed by the reviewer who made its tag or link (a team's briefing shows who said what);
    # False: every comment by ``author``. Marks without an author are always the export's.
    comment_authors: bool = True

    def tr(self, text: str, **values: object) -> str:
        return tr(self.language, text, **values)


def _shade(cell_or_run_properties, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell_or_run_properties.append(shading)


def _new_document(options: BriefingOptions):
    document = docx.Document(options.template) if options.template else docx.Document()
    if options.template:
        # Keep the template's styles, drop its sample content.
        body = document.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
    width, height = PAPER.get(options.paper, PAPER["a4"])
    for section in document.sections:
        section.page_width, section.page_height = width, height
        section.left_margin = section.right_margin = Cm(2.2)
    return document


def _table_style(document, preferred: str) -> str | None:
    names = {style.name for style in document.styles}
    return preferred if preferred in names else ("Table Grid" if "Table Grid" in names else None)


def _set_widths(table, widths) -> None:
    """Fixed column widths that Word and LibreOffice both honour (grid and every cell)."""
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width


def _quote(text: str, language: str, limit: int = 320) -> str:
    text = " ".join(text.split())
    return quoted(language, text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …")


def _cover(document, briefing: Briefing, options: BriefingOptions) -> None:
    table = document.add_table(rows=0, cols=2)
    table.style = _table_style(document, "Light List Accent 1")
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for key, value in briefing.cover:
        row = table.add_row().cells
        row[0].text, row[1].text = xml_safe(options.tr(key)), xml_safe(value)
        for run in row[0].paragraphs[0].runs:
            run.bold = True
    _set_widths(table, [Cm(3.6), Cm(13.0)])


def _questions(document, briefing: Briefing, options: BriefingOptions) -> None:
    table = document.add_table(rows=1, cols=5)
    table.style = _table_style(document, "Table Grid")
    headers = ["Q", "Question", "Verdict", "Evidence from the reply", "Reviewer's note"]
    for cell, text in zip(table.rows[0].cells, headers):
        cell.text = options.tr(text)
        cell.paragraphs[0].runs[0].bold = True
        _shade(cell._tc.get_or_add_tcPr(), "D9E2F3")
    for question in briefing.questions:
        cells = table.add_row().cells
        cells[0].text = str(question.number)
        text = question.text
        if len(text) > QUESTION_PREVIEW and briefing.full_texts:
            text = text[:QUESTION_PREVIEW].rsplit(" ", 1)[0] + " … " + options.tr(
                "(full text: Questions in full, Q{number})", number=question.number)
        elif len(text) > QUESTION_PREVIEW:
            text = text[:QUESTION_PREVIEW].rsplit(" ", 1)[0] + " …"
        cells[1].text = xml_safe(text)
        # Shaded light enough for black-and-white print, and carrying the word and the sign as well.
        if question.verdict:
            mark = VERDICT_MARKS[question.verdict]
            cells[2].text = f"{mark.sign} {verdict_word(options.language, question.verdict)}"
            _shade(cells[2]._tc.get_or_add_tcPr(), mark.shade)
        else:
            cells[2].text = f"— {options.tr('not assessed')}"
        cells[3].text = xml_safe("\n".join(_quote(quote, options.language) for quote in question.evidence)) or "—"
        cells[4].text = xml_safe(question.note)
    _set_widths(table, [Cm(0.9), Cm(6.4), Cm(2.6), Cm(4.9), Cm(2.8)])
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)


def _boundaries(text: str, marks: tuple[Mark, ...]) -> list[int]:
    points = {0, len(text)}
    for mark in marks:
        points.update((max(0, mark.start), min(len(text), mark.end)))
    paragraph_breaks = [m.start() for m in re.finditer(r"\n\n", text)]
    for position in paragraph_breaks:
        points.update((position, position + 2))
    return sorted(points)


def _annotated_text(document, section: SectionText, author: str, by_marks: bool = True) -> int:
    """The section's paragraphs, runs cut at every mark boundary; returns the number of comments added."""
    text = section.text
    points = _boundaries(text, section.marks)
    runs: dict[int, object] = {}  # start offset of a piece -> its run
    paragraph = document.add_paragraph()
    for start, end in zip(points, points[1:]):
        piece = text[start:end]
        if piece == "\n\n":
            paragraph = document.add_paragraph()
            continue
        run = paragraph.add_run(xml_safe(piece.replace("\n", " ")))
        runs[start] = run
        fills = [m.fill or _tint(m.colour) for m in section.marks
                 if (m.fill or m.colour) and m.start <= start and end <= m.end]
        if fills:  # the last mark wins: answer links come after tags, so a linked passage shows its verdict
            _shade(run._r.get_or_add_rPr(), fills[-1])
    added = 0
    ordered = sorted(runs)
    for mark in section.marks:
        covered = [runs[s] for s in ordered if mark.start <= s < mark.end and runs[s].text.strip()]
        if covered:
            signed = xml_safe((mark.author if by_marks else "") or author)
            document.add_comment(covered, text=xml_safe(mark.comment), author=signed,
                                 initials="".join(w[0] for w in signed.split()[:3]).upper() or "RD")
            added += 1
    return added


def _kept(section: SectionText, briefing: Briefing, options: BriefingOptions) -> bool:
    """Full texts are written unless left out (--no-full-text) or not among the chosen sections."""
    keep = options.chosen_sections
    key = section.key or section.title.split(" (")[0].lower()
    return briefing.full_texts and (keep is None or key in keep)


def _other_passages(document, passages: list[SectionText], level: int, options: BriefingOptions) -> None:
    """Tagged excerpts outside the allegations, under one heading, grouped by the letter section they are in."""
    if not passages:
        return
    document.add_heading(options.tr("Other tagged passages"), level=level)
    shown = None
    for passage in passages:
        if passage.title != shown:
            document.add_heading(xml_safe(passage.title), level=min(level + 1, 9))
            shown = passage.title
        _annotated_text(document, passage, options.author, options.comment_authors)


def _cover_value(briefing: Briefing, key: str) -> str:
    return next((value for k, value in briefing.cover if k == key), "")


def _portfolio_tables(document, briefings: list[Briefing], options: BriefingOptions) -> None:
    document.add_heading(options.tr("Replies and grades by addressee"), level=1)
    table = document.add_table(rows=1, cols=4)
    table.style = _table_style(document, "Table Grid")
    for cell, text in zip(table.rows[0].cells, ["Case", "Addressee", "Reply", "Grade"]):
        cell.text = options.tr(text)
        _shade(cell._tc.get_or_add_tcPr(), "D9E2F3")
    for briefing in sorted(briefings, key=lambda b: (_cover_value(b, "Addressee"), b.reference)):
        cells = table.add_row().cells
        for cell, key in zip(cells[1:], ("Addressee", "Reply", "Grade")):
            cell.text = xml_safe(_cover_value(briefing, key))
        cells[0].text = briefing.reference
    _set_widths(table, [Cm(3.2), Cm(5.4), Cm(4.4), Cm(3.6)])
    most = max((len(b.questions) for b in briefings), default=0)
    if not most:
        return
    document.add_heading(options.tr("Verdicts by case and question"), level=1)
    matrix = document.add_table(rows=1, cols=most + 1)
    matrix.style = _table_style(document, "Table Grid")
    for index, cell in enumerate(matrix.rows[0].cells):
        cell.text = options.tr("Case") if index == 0 else options.tr("Q{number}", number=index)
        _shade(cell._tc.get_or_add_tcPr(), "D9E2F3")
    for briefing in briefings:
        cells = matrix.add_row().cells
        cells[0].text = briefing.reference
        for question in briefing.questions:
            mark = VERDICT_MARKS.get(question.verdict)
            cells[question.number].text = mark.sign if mark else "·"
            if mark:
                _shade(cells[question.number]._tc.get_or_add_tcPr(), mark.shade)
    legend = ", ".join(f"{mark.sign} {verdict_word(options.language, verdict)}" for verdict, mark in VERDICT_MARKS.items())
    document.add_paragraph(f"{legend}; · {options.tr('not assessed')}.").runs[0].font.size = Pt(8)


def write_briefing(briefings: list[Briefing], options: BriefingOptions, title: str | None = None,
                   overview: Sequence[Callable[[object], None]] = ()):
    """One document: a briefing per case, each a chapter; returns the python-docx Document.

    ``overview``: writers of further portfolio chapters (the Analytics), called after its tables.
    """
    document = _new_document(options)
    portfolio = len(briefings) > 1
    if portfolio:
        document.add_heading(xml_safe(title or options.tr("Portfolio briefing")), level=0)
        add_table_of_contents(document, options.tr("Contents"),
                              options.tr("Table of contents: update fields (F9) to fill it."))
        _portfolio_tables(document, briefings, options)
        for chapter in overview:
            chapter(document)
        document.add_page_break()
    for briefing in briefings:
        heading_level = 1 if portfolio else 0
        document.add_heading(xml_safe(briefing.title or options.tr("Briefing — {reference}", reference=briefing.reference)),
                             level=heading_level)
        _cover(document, briefing, options)
        document.add_heading(options.tr("Questions and answers"), level=heading_level + 1)
        _questions(document, briefing, options)
        for section in briefing.sections:
            if _kept(section, briefing, options):
                document.add_heading(xml_safe(section.title), level=heading_level + 1)
                _annotated_text(document, section, options.author, options.comment_authors)
        _other_passages(document, [s for s in briefing.other_passages if _kept(s, briefing, options)],
                        heading_level + 1, options)
        if briefing.legal_framework:
            document.add_heading(options.tr("Legal framework"), level=heading_level + 1)
            for item in briefing.legal_framework:
                document.add_paragraph(xml_safe(item), style="List Bullet" if "List Bullet" in
                                       {s.name for s in document.styles} else None)
        if briefing.full_texts and any(len(q.text) > QUESTION_PREVIEW for q in briefing.questions):
            document.add_heading(options.tr("Questions in full"), level=heading_level + 1)
            for question in briefing.questions:
                paragraph = document.add_paragraph()
                paragraph.add_run(options.tr("Q{number}", number=question.number) + ". ").bold = True
                paragraph.add_run(xml_safe(question.text))
        if portfolio:
            document.add_page_break()
    if portfolio:
        fill_table_of_contents(document)  # without page numbers: services.export adds them from a PDF
    _properties(document, briefings, options, title if portfolio else None)
    if options.scrub is not None:
        _scrub_parts(document, options.scrub)
    return document


def _properties(document, briefings: list[Briefing], options: BriefingOptions, title: str | None) -> None:
    """docProps/core.xml: ours, not python-docx's defaults nor the template's (which could name anyone)."""
    scrub = options.scrub or (lambda text: text)
    properties = document.core_properties
    properties.author = properties.last_modified_by = xml_safe(scrub(options.author))
    properties.title = xml_safe(scrub(title or (briefings[0].title if briefings else "Briefing")))
    properties.subject = xml_safe(scrub("; ".join(b.reference for b in briefings)))
    properties.keywords = "briefing"
    properties.comments = properties.category = properties.content_status = ""
    properties.identifier = properties.language = properties.version = ""


def _scrub_parts(document, scrub: Callable[[str], str]) -> None:
    """Every text node of every part (body, comments, a template's headers and footers) passed through ``scrub``.

    The briefing's data is redacted before it is written; this catches text it never carried.
    """
    for part in document.part.package.iter_parts():
        element = getattr(part, "_element", None)
        if element is None or not hasattr(element, "iter"):
            continue
        for node in element.iter(qn("w:t"), qn("w:instrText")):
            if node.text:
                node.text = xml_safe(scrub(node.text))

