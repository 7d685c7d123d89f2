"""Repairs common to every format, applied to a :class:`SourceDocument` in place.

- paragraphs cut by a page break (or by a footer or footnote that a naive text
  copy left inside them) are joined again;
- a footnote left inside the text becomes a footnote;
- list items run together on consecutive lines become paragraphs of their own;
- the letterhead of Word and text copies is set aside like the PDF's, and so
  are letterheads repeated inside a copy from a document-sharing site;
- cover notes listing other communications before the reference are set aside;
- the first-page address block, which text copies put wherever page 1 ended
  (even mid-sentence), is set aside as the first-page footer and the sentence
  it cut is joined again;
- a text copy flattened into one paragraph is cut again at the places every
  letter has (reference, salutation, "According to the information received"…).
"""

from __future__ import annotations

import re

from reviewdesk.documents.budget import checkpoint
from reviewdesk.documents.model import (
    Furniture,
    FurnitureKind,
    SourceDocument,
    SourceFootnote,
    SourceFormat,
    SourceLine,
    SourceParagraph,
)
from reviewdesk.documents.parties import (
    looks_like_address_block,
    split_trailing_address_block,
)
from reviewdesk.documents.text import (
    clean_line,
    ends_sentence,
    from_superscript,
    starts_lowercase,
)
from reviewdesk.domain.reference import find_references

LIST_LABEL_RE = re.compile(r"^\s*(\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+")
_INLINE_FOOTNOTE_RE = re.compile(r"^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(\S.*)$")
_LETTERHEAD_RE = re.compile(
    r"palais des nations|nations unies|united nations|naciones unidas|haut[- ]commissariat|"
    r"high commissioner for human rights|alto comisionado|procedures speciales|procédures spéciales|"
    r"special procedures of the human rights council|procedimientos especiales|"
    r"telephone|téléphone|fax|www\.ohchr\.org|e-mail|1211 gen[eè]v",
    re.IGNORECASE,
)
# A cover note listing other communications belongs to the file, not to the letter.
_COVER_NOTE_RE = re.compile(r"^(?:related communications?|communications? connexes|comunicaciones relacionadas)\b",
                            re.IGNORECASE)
_HEADER_END_RE = re.compile(r"reference|référence|referencia|^ref\.|^réf\.|^mandat|excellen|^dear |^madame|^monsieur|"
                            r"^estimad|presents its compliments|présente ses compliments|saluda atentamente",
                            re.IGNORECASE)
_REFERENCE_LABEL_RE = re.compile(r"(?:REFERENCE|RÉFÉRENCE|REFERENCIA|\bRef\.?|\bRéf\.?)\s*:", re.IGNORECASE)
# The address line of the letterhead, which sharing sites repeat (with the page number) at every page.
_INLINE_LETTERHEAD_RE = re.compile(
    r"(?:Mailing address:\s*|Adresse postale\s*:\s*)?PALAIS DES NATIONS\s*[•·]\s*1211\s+GEN[ÈE]V[AE]\s+10,?\s*"
    r"(?:SWITZERLAND|SUISSE|SUIZA)(?:\s+\d{1,3}(?=\s))?",
    re.IGNORECASE,
)
# A letterhead is short lines or capitals; a paragraph of prose naming the Office is not one.
_MAX_LETTERHEAD_PROSE = 200
_LETTERHEAD_CAPITALS = 0.6
_PAGE_NUMBER_RE = re.compile(r"^\s*(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)

# Places where every letter starts a paragraph; used to cut a flattened copy.
_FLAT_BREAKS = [
    r"REFERENCE\s*:", r"R[ÉE]F[ÉE]RENCE\s*:", r"REFERENCIA\s*:", r"Mandates? of the", r"Mandats? d",
    r"Mandatos? de", r"Related communications?", r"Ref\.\s*:", r"Réf\.\s*:",
    r"Dear (?:Mr|Ms|Mrs|Dr|Sir|Madam)", r"Excellency,", r"Excellence,", r"Excelencia[,:]",
    r"(?:We|I) have the honour", r"(?:We|I) write in (?:our|my) capacit", r"Nous avons l['’]honneur", r"J['’]ai l['’]honneur", r"Tenemos el honor", r"Tengo el honor",
    r"According to the information received", r"Selon les informations reçues", r"De acuerdo con la información recibida",
    r"While (?:we|I) do not wish to prejudge", r"Sans vouloir (?:à ce stade )?préjuger", r"Sin implicar, de antemano",
    r"Sin (?:pretender |querer )?prejuzgar",
    r"In connection with the above alleged facts", r"As it is (?:our|my) responsibility",
    r"En relation avec les faits allégués", r"En relación con los hechos", r"Comme il est de (?:notre|ma) responsabilité",
    r"Es (?:nuestra|mi) responsabilidad",
    r"This communication and any response", r"Please note that letters", r"Please accept",
    r"(?:We|I) would appreciate", r"Pending a response", r"Nous vous serions", r"Le agradeceríamos",
    r"Cette communication", r"Esta comunicación", r"Dans l['’]attente", r"A la espera", r"Des lettres exprimant",
    r"Veuillez agréer", r"Acepte,", r"Annex\b", r"Annexe\b", r"Anexo\b",
    r"Reference to international human rights law", r"Référence au droit international",
    r"Referencias? al derecho internacional",
]
_FLAT_DATE = (
    r"\d{1,2}(?:er)? (?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}|\d{1,2} de \w+ de \d{4}"
)
_FLAT_BREAK_RE = re.compile(
    r"(?<=[.:;,?!”\"\w)])(?<![Aa]ccept,)\s+(?=(?:" + "|".join(_FLAT_BREAKS) + r"))"
    # the date right after the reference, and what follows the closing formula or the annex title
    r"|(?<=/\d{4})\s+(?=" + _FLAT_DATE + r")"
    r"|(?:(?<=consideration\.)|(?<=considération\.)|(?<=consideración\.))\s+"
    r"|(?:(?<=human rights law)|(?<=droits de l['’]homme)|(?<=derechos humanos))\s+(?=[A-Z])"
)
_FLAT_LIST_RE = re.compile(r"(?<=[.:;?!])\s+(?=\(?(?:\d{1,2}|[a-h])[.)]\s+[A-Z])")


def _resegment_flattened(source: SourceDocument) -> None:
    """A text copy whose paragraph breaks were flattened: cut at the usual places."""
    paragraphs: list[SourceParagraph] = []
    for paragraph in source.paragraphs:
        text = paragraph.text
        if len(paragraph.lines) > 3 or len(text) < 1500:
            paragraphs.append(paragraph)
            continue
        pieces = _FLAT_BREAK_RE.split(text)
        pieces = [part for piece in pieces for part in _FLAT_LIST_RE.split(piece)]
        # Extractors that read the footers after the main story leave the first-page footer last.
        trailing = split_trailing_address_block(pieces[-1]) if pieces else None
        if trailing:
            pieces[-1] = trailing[0]
            source.furniture.append(Furniture(FurnitureKind.FIRST_PAGE_FOOTER, trailing[1], None))
        paragraphs.extend(SourceParagraph([SourceLine(p.strip())]) for p in pieces if p.strip())
    source.paragraphs = paragraphs


def _strip_inline_letterheads(source: SourceDocument) -> None:
    """A copy from a sharing site repeats the letterhead where each page began, even mid-sentence."""
    for paragraph in source.paragraphs:
        for line in paragraph.lines:
            if _INLINE_LETTERHEAD_RE.search(line.text):
                for match in _INLINE_LETTERHEAD_RE.finditer(line.text):
                    source.furniture.append(Furniture(FurnitureKind.LETTERHEAD, match.group(0), line.page))
                line.text = " ".join(_INLINE_LETTERHEAD_RE.sub(" ", line.text).split())
        paragraph.lines = [line for line in paragraph.lines if line.text]
    source.paragraphs = [p for p in source.paragraphs if p.lines]


def _set_aside_page_numbers(source: SourceDocument) -> None:
    """A page number alone between blank lines of a text copy is page furniture."""
    kept = []
    for paragraph in source.paragraphs:
        if len(paragraph.lines) == 1 and _PAGE_NUMBER_RE.match(paragraph.text) and paragraph.label is None:
            source.furniture.append(Furniture(FurnitureKind.PAGE_NUMBER, paragraph.text, paragraph.first_page))
        else:
            kept.append(paragraph)
    source.paragraphs = kept


def _set_aside_address_blocks(source: SourceDocument) -> None:
    """The first-page address block inside the text (where page 1 ended): furniture, and the cut sentence joined."""
    result: list[SourceParagraph] = []
    paragraphs = source.paragraphs
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        block = "\n".join(line.text for line in paragraph.lines)
        if paragraph.label is None and index > 0 and looks_like_address_block(block):
            if source.first_page_footer() is None:
                source.furniture.append(Furniture(FurnitureKind.FIRST_PAGE_FOOTER, block, paragraph.first_page))
            else:
                source.furniture.append(Furniture(FurnitureKind.FOOTER, block, paragraph.first_page))
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if result and following is not None and _cut_by_page_end(result[-1], following):
                result[-1].lines.extend(following.lines)
                index += 2
            else:
                index += 1
            continue
        result.append(paragraph)
        index += 1
    source.paragraphs = result


def _cut_by_page_end(previous: SourceParagraph, following: SourceParagraph) -> bool:
    """Whether ``following`` goes on with the sentence ``previous`` left unfinished."""
    return (
        not ends_sentence(previous.text)
        and following.label is None
        and not LIST_LABEL_RE.match(following.text)
        and len(previous.text.split()) >= 8
    )


def _split_list_lines(source: SourceDocument) -> None:
    """``1. …`` and ``2. …`` on consecutive lines of one block are two paragraphs."""
    result: list[SourceParagraph] = []
    for paragraph in source.paragraphs:
        current = SourceParagraph([], label=paragraph.label, style=paragraph.style,
                                  bold=paragraph.bold, centered=paragraph.centered)
        for line in paragraph.lines:
            previous = current.lines[-1].text if current.lines else ""
            if current.lines and LIST_LABEL_RE.match(line.text) and ends_sentence(previous):
                result.append(current)
                current = SourceParagraph([], style=paragraph.style, bold=paragraph.bold)
            current.lines.append(line)
        result.append(current)
    source.paragraphs = result


def _extract_inline_footnotes(source: SourceDocument) -> None:
    kept = []
    for paragraph in source.paragraphs:
        match = _INLINE_FOOTNOTE_RE.match(paragraph.text)
        if match and paragraph.label is None:
            source.footnotes.append(
                SourceFootnote(from_superscript(match.group(1)), match.group(2).strip(),
                               paragraph.first_page, paragraph.lines)
            )
        else:
            kept.append(paragraph)
    source.paragraphs = kept


_CONNECTOR_END_RE = re.compile(r"\b(?:and|or|of|the|to|in|for|on|with|et|ou|de|du|des|la|le|y|o|del|el|los|las)$", re.I)


def _is_interruption(paragraph: SourceParagraph, previous: SourceParagraph) -> bool:
    """A stray footer or page number inside running text: short, unpunctuated, a label."""
    text = paragraph.text
    return (
        not _REFERENCE_LABEL_RE.search(text)  # "Ref.: OL PRT 2/2024" alone between blank lines is the reference
        and len(text.split()) <= 12
        and _has_words(previous, 20)
        and not _CONNECTOR_END_RE.search(text)
        and not ends_sentence(text)
        and paragraph.label is None
        and not LIST_LABEL_RE.match(text)
    )


def _tail(paragraph: SourceParagraph) -> str:
    """How a paragraph ends (its last line), read without joining all of it: joined paragraphs grow."""
    return next((text for text in (line.text.strip() for line in reversed(paragraph.lines)) if text), "")


def _has_words(paragraph: SourceParagraph, count: int) -> bool:
    seen = 0
    for line in reversed(paragraph.lines):
        seen += len(line.text.split())
        if seen >= count:
            return True
    return False


# Joining stops at this many lines: no letter's paragraph is longer, and the work per paragraph stays bounded.
MAX_JOINED_LINES = 400


def _continues(previous: SourceParagraph, following: SourceParagraph, right_edge: float) -> bool:
    """Whether ``following`` is the rest of ``previous``, cut by a page break."""
    if following.label is not None or len(previous.lines) + len(following.lines) > MAX_JOINED_LINES:
        return False
    prev_text = _tail(previous)
    if ends_sentence(prev_text) or not prev_text:
        return False
    if LIST_LABEL_RE.match(following.text):
        return False
    if starts_lowercase(following.text):
        return True
    last, first = previous.lines[-1], following.lines[0]
    if last.bbox is None or first.bbox is None or first.page == last.page:
        return False
    if following.centered or following.bold != previous.bold:
        return False
    # A justified line running to the right margin was cut mid-sentence.
    return last.bbox[2] > 0.92 * right_edge


def _join_broken_paragraphs(source: SourceDocument) -> None:
    result: list[SourceParagraph] = []
    paragraphs = source.paragraphs
    right_edge = max((ln.bbox[2] for p in paragraphs for ln in p.lines if ln.bbox), default=0.0)
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        if result and _continues(result[-1], paragraph, right_edge):
            result[-1].lines.extend(paragraph.lines)
            index += 1
            continue
        # Text copies: "…across their" / "CRRC Corporation Limited" / "supply chains."
        if (
            result
            and source.format is not SourceFormat.PDF
            and index + 1 < len(paragraphs)
            and _is_interruption(paragraph, result[-1])
            and not ends_sentence(_tail(result[-1]))
            and starts_lowercase(paragraphs[index + 1].text)
        ):
            text = paragraph.text
            if _PAGE_NUMBER_RE.match(text):
                kind = FurnitureKind.PAGE_NUMBER
            elif source.first_page_footer() is None:
                kind = FurnitureKind.FIRST_PAGE_FOOTER
            else:
                kind = FurnitureKind.FOOTER
            source.furniture.append(Furniture(kind, text, paragraph.first_page))
            result[-1].lines.extend(paragraphs[index + 1].lines)
            index += 2
            continue
        result.append(paragraph)
        index += 1
    source.paragraphs = result


def _letterhead_like(text: str) -> bool:
    if len(text) <= _MAX_LETTERHEAD_PROSE:
        return True
    letters = [ch for ch in text[:2 * _MAX_LETTERHEAD_PROSE] if ch.isalpha()]
    capitals = sum(ch.isupper() for ch in letters) / len(letters) if letters else 0.0
    return capitals >= _LETTERHEAD_CAPITALS


def _set_aside_letterhead(source: SourceDocument) -> None:
    """Letterhead lines of Word and text copies (the PDF reader catches letter-spaced ones)."""
    kept = []
    in_header = True
    label_index = next((i for i, p in enumerate(source.paragraphs[:15]) if _REFERENCE_LABEL_RE.search(p.text)), None)
    for index, paragraph in enumerate(source.paragraphs):
        # Before the letter's own "REFERENCE:", a paragraph citing communications is a cover note.
        if index < 15 and (_COVER_NOTE_RE.match(paragraph.text) or (
                label_index is not None and index < label_index and find_references(paragraph.text)
                and not _REFERENCE_LABEL_RE.search(paragraph.text))):
            source.furniture.append(Furniture(FurnitureKind.HEADER, paragraph.text, paragraph.first_page))
            continue
        if in_header and _HEADER_END_RE.search(paragraph.text):
            in_header = False
        if in_header and _letterhead_like(paragraph.text):
            letterhead = [ln for ln in paragraph.lines if _LETTERHEAD_RE.search(ln.text)]
            for line in letterhead:
                source.furniture.append(Furniture(FurnitureKind.LETTERHEAD, line.text, line.page))
            paragraph.lines = [ln for ln in paragraph.lines if ln not in letterhead]
            if not paragraph.lines:
                continue
        kept.append(paragraph)
    source.paragraphs = kept


def _clean_lines(source: SourceDocument) -> None:
    """Control characters, zero-width marks and odd spaces out before anything reads the text."""
    paragraphs = []
    for paragraph in source.paragraphs:
        checkpoint()
        for line in paragraph.lines:
            line.text = clean_line(line.text)
        paragraph.lines = [line for line in paragraph.lines if line.text]
        if paragraph.lines:
            paragraphs.append(paragraph)
    source.paragraphs = paragraphs
    for note in source.footnotes:
        note.text = clean_line(note.text)
    for item in source.furniture:
        item.text = clean_line(item.text)


def heal(source: SourceDocument) -> SourceDocument:
    _clean_lines(source)
    if source.format is SourceFormat.TXT:
        _strip_inline_letterheads(source)
        _resegment_flattened(source)
        _set_aside_page_numbers(source)
    _set_aside_letterhead(source)
    _split_list_lines(source)
    _extract_inline_footnotes(source)
    _set_aside_address_blocks(source)
    _join_broken_paragraphs(source)
    return source

