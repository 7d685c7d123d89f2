"""Print a :class:`~model.Letter` to DOCX with python-docx, in the fixture's layout.

Styles as in the real fixture (Letterhead, Mandates, Date, Body, SigName,
SigTitle, AnnexTitle, FooterLeft), A4 with its margins; a first-page footer
naming the addressee and a centred PAGE field on the other pages; questions
and section headings as Word auto-numbered lists (one list per block, so each
restarts at 1); footnotes as a real footnotes part (python-docx has no API
for them, so the XML is written here).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, Twips
from model import (
    Annex,
    BilingualLetterhead,
    CoverNote,
    DateLine,
    Heading,
    Letter,
    Letterhead,
    Mandates,
    Para,
    Questions,
    Reference,
    SalutationDate,
    Signatures,
    label,
    segments,
)

FONT = "Times New Roman"  # LibreOffice prints it with the metric-compatible Liberation Serif
LANG = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES"}
TEXT_WIDTH = Cm(16)  # A4 less 2.5 cm margins

# name: (size pt, bold, alignment, space before pt, space after pt, first-line indent twips, page break before)
STYLES = {
    "Letterhead": (8, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 17, 0, False),
    "Mandates": (10, True, WD_ALIGN_PARAGRAPH.CENTER, 0, 14.15, 0, False),
    "Date": (12, False, WD_ALIGN_PARAGRAPH.RIGHT, 0, 14.15, 0, False),
    "Body": (12, False, WD_ALIGN_PARAGRAPH.JUSTIFY, 0, 8.5, 709, False),
    "SigName": (12, False, WD_ALIGN_PARAGRAPH.CENTER, 14.15, 0, 0, False),
    "SigTitle": (12, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 0, 0, False),
    "AnnexTitle": (12, True, WD_ALIGN_PARAGRAPH.CENTER, 0, 7.1, 0, True),
    "FooterLeft": (9, False, WD_ALIGN_PARAGRAPH.LEFT, 0, 7.1, 0, False),
    "Footnote Text": (9, False, WD_ALIGN_PARAGRAPH.LEFT, 0, 2, 0, False),
}

_LIST_FORMATS = {"1.": ("decimal", "%1."), "1)": ("decimal", "%1)"), "(a)": ("lowerLetter", "(%1)"),
                 "a)": ("lowerLetter", "%1)")}
_SETTINGS_AFTER_FOOTNOTE_PR = {qn(t) for t in ("w:endnotePr", "w:compat", "w:docVars", "w:rsids", "w:attachedSchema",
                                               "w:themeFontLang", "w:clrSchemeMapping", "w:doNotAutoCompressPictures",
                                               "w:shapeDefaults", "w:decimalSymbol", "w:listSeparator")}
_SETTINGS_AFTER_FOOTNOTE_PR.add("{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr")
_FIXED_TIME = datetime(2024, 1, 1, tzinfo=UTC)


class DocxWriter:
    def __init__(self, letter: Letter):
        self.letter = letter
        self.doc = Document()
        self._footnotes: list[str] = []
        self._next_list_id = 20
        self._heading_list: int | None = None
        self._heading_count = 0
        self._setup_package()
        self._setup_page()
        self._setup_styles()
        self._setup_footers()

    # ------------------------------------------------------------------ set-up

    def _setup_package(self) -> None:
        # The template's thumbnail shows another document: drop it.
        package = self.doc.part.package
        for rel_id, rel in list(package.rels.items()):
            if rel.reltype == RT.THUMBNAIL:
                del package.rels[rel_id]
        settings = self.doc.settings.element
        for element in settings.findall(qn("w:savePreviewPicture")):
            settings.remove(element)
        props = self.doc.core_properties
        props.author = props.last_modified_by = "ReviewDesk test data"
        props.title = f"{self.letter.reference} (fictional test letter)"
        props.created = props.modified = _FIXED_TIME
        props.revision = 1

    def _setup_page(self) -> None:
        section = self.doc.sections[0]
        section.page_width, section.page_height = Twips(11906), Twips(16838)
        section.left_margin = section.right_margin = Twips(1417)
        section.top_margin, section.bottom_margin = Twips(1134), Twips(1304)
        section.header_distance, section.footer_distance = Twips(709), Twips(850)

    def _setup_styles(self) -> None:
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(12)
        rpr = normal.element.get_or_add_rPr()
        fonts = rpr.get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), LANG[self.letter.language])
        rpr.append(lang)
        normal.paragraph_format.space_after = Pt(0)
        for name, (size, bold, align, before, after, first_line, page_break) in STYLES.items():
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = normal
            style.font.size = Pt(size)
            style.font.bold = bold
            fmt = style.paragraph_format
            fmt.alignment = align
            fmt.space_before, fmt.space_after = Pt(before), Pt(after)
            fmt.first_line_indent = Twips(first_line) if first_line else None
            fmt.page_break_before = page_break or None
            fmt.widow_control = True
        letterhead = styles["Letterhead"].element.get_or_add_rPr()
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:val"), "28")  # the fixture's letter-spaced address line
        letterhead.append(spacing)
        anchor = styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
        anchor.font.superscript = True

    def _setup_footers(self) -> None:
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        # An address block ("His Excellency Mr. …" / "Ambassador …" / "Permanent Representative …")
        # is one footer paragraph per line.
        footer = section.first_page_footer
        for index, line in enumerate(self.letter.footer.split("\n")):
            paragraph = footer.paragraphs[0] if index == 0 else footer.add_paragraph()
            paragraph.style = self.doc.styles["FooterLeft"]
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.add_run(line)
        other = section.footer.paragraphs[0]
        other.style = self.doc.styles["Footer"]
        other.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._page_field(other)

    @staticmethod
    def _page_field(paragraph) -> None:
        for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
            run = paragraph.add_run()
            if kind:
                char = OxmlElement("w:fldChar")
                char.set(qn("w:fldCharType"), kind)
                run._r.append(char)
            elif text == " PAGE ":
                instr = OxmlElement("w:instrText")
                instr.set(qn("xml:space"), "preserve")
                instr.text = text
                run._r.append(instr)
            else:
                run.text = text

    def _new_list(self, style: str) -> int:
        """A fresh abstract list and list instance, so that numbering restarts at 1."""
        fmt, text = _LIST_FORMATS[style]
        list_id = self._next_list_id
        self._next_list_id += 1
        numbering = self.doc.part.numbering_part.element
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{list_id}">'
            f'<w:nsid w:val="{0x5EED0000 + list_id:08X}"/><w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="425"/></w:pPr></w:lvl>'
            f"</w:abstractNum>"
        )
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{list_id}"><w:abstractNumId w:val="{list_id}"/></w:num>'
        ))
        return list_id

    # ------------------------------------------------------------------ inline text

    def _add_text(self, paragraph, text: str, *, bold: bool = False) -> None:
        for kind, content in segments(text):
            if kind == "note":
                self._add_footnote(paragraph, content)
                continue
            for index, piece in enumerate(content.split("\n")):
                run = paragraph.add_run()
                if index:
                    run.add_break()  # a manual line break before this piece
                run.add_text(piece)
                if bold or kind == "bold":
                    run.bold = True

    def _add_footnote(self, paragraph, content: str) -> None:
        self._footnotes.append(content)
        note_id = len(self._footnotes)
        run = paragraph.add_run()
        run.style = self.doc.styles["Footnote Reference"]
        reference = OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), str(note_id))
        run._r.append(reference)

    def _numbered(self, paragraph, list_id: int) -> None:
        ppr = paragraph._p.get_or_add_pPr()
        num = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{list_id}"/></w:numPr>')
        style = ppr.find(qn("w:pStyle"))
        if style is not None:
            style.addnext(num)
        else:
            ppr.insert(0, num)
        paragraph.paragraph_format.first_line_indent = None

    def _para(self, style: str, text: str = "", **kwargs):
        paragraph = self.doc.add_paragraph(style=self.doc.styles[style])
        if text:
            self._add_text(paragraph, text, **kwargs)
        return paragraph

    # ------------------------------------------------------------------ blocks

    def render(self) -> None:
        handlers = {
            Letterhead: self._letterhead, BilingualLetterhead: self._bilingual_letterhead,
            Mandates: self._mandates, CoverNote: self._cover_note, Reference: self._reference,
            DateLine: self._date, SalutationDate: self._salutation_date, Para: self._body, Heading: self._heading, Questions: self._questions,
            Signatures: self._signatures, Annex: self._annex,
        }
        for block in self.letter.blocks:
            handlers[type(block)](block)
        self._attach_footnotes()

    def _letterhead(self, block: Letterhead) -> None:
        self._para("Letterhead", block.text)

    def _bilingual_letterhead(self, block: BilingualLetterhead) -> None:
        table = self.doc.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for cell, lines in zip(table.rows[0].cells, (block.left, block.right), strict=True):
            cell.width = Cm(8)
            for index, line in enumerate(lines):
                paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = paragraph.add_run(line)
                run.bold = index == 0
                run.font.size = Pt(11 if index == 0 else 7.5)
        address = self._para("Letterhead", block.address)
        address.paragraph_format.space_before = Pt(10)

    def _mandates(self, block: Mandates) -> None:
        self._para("Mandates", block.text)

    def _cover_note(self, block: CoverNote) -> None:
        paragraph = self._para("FooterLeft", block.text)  # a "\n" becomes a line break
        paragraph.paragraph_format.space_after = Pt(12)

    def _reference(self, block: Reference) -> None:
        if block.same_line_date:
            paragraph = self._para("Body")
            paragraph.paragraph_format.first_line_indent = None
            paragraph.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
            self._add_text(paragraph, f"{block.label} {block.reference}")
            paragraph.add_run(f"\t{block.same_line_date}")
            paragraph.paragraph_format.space_after = Pt(18)
        elif block.layout == "line":
            paragraph = self._para("Body", f"{block.label} {block.reference}")
            paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
            paragraph.paragraph_format.first_line_indent = Twips(0)
            paragraph.paragraph_format.space_after = Pt(4 if block.note else 14)
        else:
            # As in the fixture: the label and the reference sit in the signature styles.
            self._para("SigName", block.label)
            self._para("SigTitle", block.reference)
        if block.note:
            note = self._para("FooterLeft", block.note)
            note.paragraph_format.space_after = Pt(14)

    def _date(self, block: DateLine) -> None:
        self._para("Date", block.text)

    def _salutation_date(self, block: SalutationDate) -> None:
        paragraph = self._para("Body")
        paragraph.paragraph_format.first_line_indent = Twips(0)
        paragraph.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
        paragraph.add_run(f"{block.salutation}\t{block.date}")

    def _body(self, block: Para) -> None:
        paragraph = self._para("Body", block.text)
        if not block.indent:
            paragraph.paragraph_format.first_line_indent = Twips(0)

    def _heading(self, block: Heading) -> None:
        self._heading_count += 1
        if not block.auto:  # typed: "1." and a tab, in bold like the heading
            paragraph = self._para("Body", f"{self._heading_count}.\t{block.text}", bold=True)
            paragraph.paragraph_format.first_line_indent = Twips(0)
            paragraph.paragraph_format.keep_with_next = True
            return
        if self._heading_list is None:
            self._heading_list = self._new_list("1.")
        paragraph = self._para("Body", block.text, bold=True)
        paragraph.paragraph_format.keep_with_next = True
        self._numbered(paragraph, self._heading_list)

    def _questions(self, block: Questions) -> None:
        list_id = self._new_list(block.style) if block.auto else None
        for index, item in enumerate(block.items):
            paragraph = self.doc.add_paragraph(style=self.doc.styles["Body"])
            if list_id is not None:
                self._numbered(paragraph, list_id)
            else:  # the label typed by hand, then a tab to the hanging indent
                fmt = paragraph.paragraph_format
                fmt.left_indent, fmt.first_line_indent = Twips(709), Twips(-425)
                paragraph.add_run(f"{label(block.style, index)}\t")
            self._add_text(paragraph, item)
            if block.tail and index == len(block.items) - 1:
                self._add_text(paragraph, " " + block.tail)

    def _signatures(self, block: Signatures) -> None:
        for name, title in block.people:
            self._para("SigName", name).paragraph_format.keep_with_next = True
            self._para("SigTitle", title)

    def _annex(self, block: Annex) -> None:
        self._para("AnnexTitle", block.heading)
        title = self._para("AnnexTitle", block.title)
        title.paragraph_format.page_break_before = False
        title.paragraph_format.space_after = Pt(12)
        for text in block.paragraphs:
            self._para("Body", text)

    # ------------------------------------------------------------------ footnotes part

    def _attach_footnotes(self) -> None:
        if not self._footnotes:
            return
        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            "<w:r><w:separator/></w:r></w:p></w:footnote>",
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>",
        ]
        for note_id, text in enumerate(self._footnotes, start=1):
            body.append(
                f'<w:footnote w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
            )
        blob = (
            "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<w:footnotes {nsdecls("w", "r")}>' + "".join(body) + "</w:footnotes>"
        ).encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        # Word expects the settings to name the separators.
        settings = self.doc.settings.element
        footnote_pr = parse_xml(
            f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        )
        successor = next((child for child in settings if child.tag in _SETTINGS_AFTER_FOOTNOTE_PR), None)
        if successor is not None:
            successor.addprevious(footnote_pr)
        else:
            settings.append(footnote_pr)

    # ------------------------------------------------------------------ output

    def save(self, path: Path) -> None:
        self.render()
        self.doc.save(str(path))


def write_docx(letter: Letter, path: Path) -> None:
    DocxWriter(letter).save(path)
