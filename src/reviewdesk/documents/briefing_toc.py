"""The portfolio's table of contents: a Word TOC field whose result is already written, and refreshed on open.

Word recomputes a TOC field only when told to: ``w:updateFields`` in settings.xml makes it do so when
the file opens (it asks first). LibreOffice, Google Docs and a PDF converter show the field's stored
result instead, so the result is written too: one line per heading of levels 1–2, with page numbers
when they are known (``fill_table_of_contents(document, pages)``, from a PDF rendering's outline).
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Length

TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'
LEVELS = 2
# Children of w:settings that must follow w:updateFields (ECMA-376 CT_Settings' sequence): Word rejects
# a settings part whose elements are out of order.
_AFTER_UPDATE_FIELDS = {"hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
                        "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                        "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
                        "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
                        "listSeparator"}


def update_fields_on_open(document) -> None:
    """w:updateFields in settings.xml: Word fills the table of contents (with page numbers) when the file opens."""
    settings = document.settings.element
    for old in settings.findall(qn("w:updateFields")):
        settings.remove(old)
    flag = OxmlElement("w:updateFields")
    flag.set(qn("w:val"), "true")
    following = next((child for child in settings if child.tag.rpartition("}")[2] in _AFTER_UPDATE_FIELDS), None)
    if following is None:
        settings.append(flag)
    else:
        following.addprevious(flag)


def _element(tag: str, text: str | None = None, **attributes: str):
    element = OxmlElement(tag)
    for key, value in attributes.items():
        element.set(qn(key.replace("_", ":", 1)), value)
    if text is not None:
        element.text = text
    return element


def _run(*children):
    run = OxmlElement("w:r")
    for child in children:
        run.append(child)
    return run


def _field_char(kind: str):
    return _run(_element("w:fldChar", w_fldCharType=kind))


def add_table_of_contents(document, title: str, placeholder: str) -> None:
    """The heading ``title`` and the TOC field, its result ``placeholder`` until ``fill_table_of_contents``."""
    names = {style.name for style in document.styles}
    document.add_paragraph(title, style="TOC Heading" if "TOC Heading" in names else None)
    update_fields_on_open(document)
    paragraph = document.add_paragraph()._p
    paragraph.append(_field_char("begin"))
    paragraph.append(_run(_element("w:instrText", TOC_INSTRUCTION, xml_space="preserve")))
    paragraph.append(_field_char("separate"))
    paragraph.append(_run(_element("w:t", placeholder)))
    paragraph.append(_field_char("end"))


def _field_paragraphs(body):
    """The paragraphs from the TOC field's begin to its end (or None when the document has none)."""
    paragraphs = list(body.iter(qn("w:p")))
    for index, paragraph in enumerate(paragraphs):
        if any((node.text or "").strip().startswith("TOC ") for node in paragraph.iter(qn("w:instrText"))):
            for last in range(index, len(paragraphs)):
                if any(char.get(qn("w:fldCharType")) == "end" for char in paragraphs[last].iter(qn("w:fldChar"))):
                    return paragraphs[index:last + 1]
    return None


def heading_entries(document) -> list[tuple[int, str]]:
    """(level, text) of every heading the table of contents lists, in the document's order.

    By style name, not id: a template's built-in heading styles keep the name "Heading 1" whatever their
    id (a German Word names it "berschrift1").
    """
    entries = []
    for paragraph in document.paragraphs:
        name = paragraph.style.name if paragraph.style is not None else ""
        level = name.removeprefix("Heading ")
        if name.startswith("Heading ") and level.isdigit() and 1 <= int(level) <= LEVELS and paragraph.text.strip():
            entries.append((int(level), paragraph.text))
    return entries


def fill_table_of_contents(document, pages: Sequence[int] | None = None) -> int:
    """Write the TOC field's result: a line per heading, dotted to its page number when ``pages`` gives them
    (one per entry of ``heading_entries``). Returns how many lines were written."""
    field = _field_paragraphs(document.element.body)
    entries = heading_entries(document)
    if field is None or not entries:
        return 0
    section = document.sections[-1]
    width = Length(section.page_width - section.left_margin - section.right_margin)
    first, anchor = field[0], field[-1].getnext()
    parent = first.getparent()
    for paragraph in field:
        parent.remove(paragraph)
    lines = []
    for index, (level, text) in enumerate(entries):
        paragraph = _element("w:p")
        properties = _element("w:pPr")
        tabs = _element("w:tabs")
        tabs.append(_element("w:tab", w_val="right", w_leader="dot", w_pos=str(int(width.twips))))
        properties.append(tabs)
        properties.append(_element("w:spacing", w_before="0", w_after="60"))
        properties.append(_element("w:ind", w_left=str(int(Cm(0.6 * (level - 1)).twips))))
        paragraph.append(properties)
        paragraph.append(_run(_element("w:t", text, xml_space="preserve")))
        if pages is not None:
            paragraph.append(_run(_element("w:tab")))
            paragraph.append(_run(_element("w:t", str(pages[index]))))
        lines.append(paragraph)
    head = lines[0]
    for offset, child in enumerate((_field_char("begin"),
                                    _run(_element("w:instrText", TOC_INSTRUCTION, xml_space="preserve")),
                                    _field_char("separate"))):
        head.insert(1 + offset, child)  # after the paragraph's properties
    lines[-1].append(_field_char("end"))
    for paragraph in lines:
        if anchor is not None:
            anchor.addprevious(paragraph)
        else:
            parent.append(paragraph)
    return len(lines)
