"""Understanding a letter: its sections, its questions, its fields, its annex.

The parser works on healed paragraphs, finds the landmarks every
communication has (the reference block, the salutation, "According to the
information received", the request for observations, the closing formula,
the annex heading) and lays the text out section by section, so that
questions and sections are spans of the stored text.
"""

from __future__ import annotations

import re

from reviewdesk.documents import fields, parties
from reviewdesk.documents.heal import LIST_LABEL_RE, heal
from reviewdesk.documents.layout import Layout, vocabulary
from reviewdesk.documents.model import SourceDocument, SourceParagraph
from reviewdesk.documents.reply import looks_like_reply
from reviewdesk.documents.text import fold, starts_lowercase
from reviewdesk.domain.letter import (
    AnalysedDocument,
    DocumentKind,
    DocumentText,
    LetterFields,
    QuestionSpan,
    Section,
    SectionKind,
)
from reviewdesk.domain.reference import Reference, find_references

_ALLEGATIONS_RE = re.compile(
    r"^(?:according to (?:the )?information received|selon les informations reçues|"
    r"de acuerdo con (?:la )?información recibida|según (?:la )?información recibida)",
    re.IGNORECASE,
)
_CONCERNS_RE = re.compile(
    r"^(?:while (?:we|i) do not wish to prejudge|without (?:in any way )?(?:wishing to )?prejudg|"
    r"sans vouloir (?:à ce stade )?préjuger|sin (?:querer |pretender )?prejuzgar|sin implicar)",
    re.IGNORECASE,
)
_QUESTIONS_LEAD_RE = re.compile(
    r"following matters|following questions|observations on the following|following points|"
    r"points suivants|questions suivantes|siguientes asuntos|siguientes puntos|siguientes cuestiones|"
    r"siguientes preguntas",
    re.IGNORECASE,
)
_ANNEX_POINTER_RE = re.compile(r"refer to the annex|référer à l['’]annexe|remitirse al anexo|please refer to the",
                               re.IGNORECASE)
_CLOSING_FORMULA_RE = re.compile(
    r"highest consideration|haute considération|distinguida consideración|assurances of (?:our|my)",
    re.IGNORECASE,
)
_ANNEX_HEADING_RE = re.compile(r"^\s*(?:annex|annexe|anexo)\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
# Some annexes start with their title alone (and the title is translated).
_ANNEX_TITLE_RE = re.compile(
    r"^\s*(?:References? to international human rights law|Références? au droit international des droits de "
    r"l['’]homme|Referencias? al derecho internacional de (?:los )?derechos humanos)\s*$",
    re.IGNORECASE,
)
# The standard closing sentences: never part of a question, even when they share its paragraph.
_CLOSING_SENTENCE_RE = re.compile(
    r"(?<=[.?!”\")])\s+(?=This communication and any response|Pending a response|While (?:awaiting|waiting for) "
    r"(?:a|your) (?:reply|response)|(?:We|I) would appreciate (?:receiving )?a (?:reply|response)|Please note that "
    r"(?:a )?letters?|Please accept|Cette communication(?:,)? ainsi que|Dans l['’]attente d['’](?:une|votre) réponse|"
    r"Dans l['’]attente de votre réponse|En attendant (?:une|votre) réponse|Nous serions reconnaissants de recevoir|"
    r"Veuillez agréer|Esta comunicación y (?:toda|cualquier) respuesta|(?:A|En) (?:la )?espera de (?:su|una) "
    r"respuesta|Agradeceríamos recibir una respuesta|Acepte,)"
)
_REFERENCE_LABEL_RE = re.compile(r"(?:REFERENCE|RÉFÉRENCE|REFERENCIA|Ref\.?|Réf\.?)\s*:", re.IGNORECASE)
_REQUEST_START_RE = re.compile(
    r"^(?:please|kindly|provide|indicate|explain|veuillez|fournir|indiquer|expliquer|sírvase|proporcione|indique|explique)",
    re.IGNORECASE,
)
_LANGUAGE_HINTS = {
    "fr": re.compile(r"\b(?:les|des|nous|vous|votre|être|selon)\b"),
    "es": re.compile(r"\b(?:los|las|del|nuestra|sobre|según|usted)\b"),
}


def _label_of(paragraph: SourceParagraph) -> tuple[str, str] | None:
    """(label, style key) of a list item: style key groups "1." with "2.", "(a)" with "(b)"."""
    label = paragraph.label
    if label is None:
        match = LIST_LABEL_RE.match(paragraph.text)
        if not match:
            return None
        label = match.group(1)
    core = label.strip("().")
    if core.isdigit():
        kind = "digit"
    elif re.fullmatch(r"[ivx]+", core) and core not in ("i", "v", "x"):
        kind = "roman"
    else:
        kind = "alpha"
    return label, f"{kind}{label.startswith('(')}{label.endswith(')')}"


class _LetterParser:
    def __init__(self, source: SourceDocument) -> None:
        self.source = source
        self.paragraphs = source.paragraphs
        self.fields = LetterFields()

    # -- landmarks ----------------------------------------------------------------
    def _find(self, pattern: re.Pattern[str], start: int = 0, end: int | None = None) -> int | None:
        stop = len(self.paragraphs) if end is None else end
        for index in range(start, stop):
            if pattern.search(self.paragraphs[index].text):
                return index
        return None

    def _salutation_index(self) -> int | None:
        for index, paragraph in enumerate(self.paragraphs[:40]):
            if fields.salutation(paragraph.text):
                return index
        return None

    def _annex_index(self, after: int) -> int | None:
        for index in range(max(after, 1), len(self.paragraphs)):
            text = self.paragraphs[index].text
            match = _ANNEX_HEADING_RE.match(text) or _ANNEX_TITLE_RE.match(text)
            if match and len(text.split()) <= 10 and not text.rstrip().endswith((".", ",", ";")):
                return index
        return None

    def _question_items(self, start: int, end: int) -> tuple[list[int], int]:
        """Indices of question paragraphs (with sub-items merged), and the index after the list."""
        items: list[int] = []
        style: str | None = None
        index = start
        while index < end:
            label = _label_of(self.paragraphs[index])
            if label is None:
                if items and starts_lowercase(self.paragraphs[index].text):
                    index += 1  # a continuation the healer could not join
                    continue
                if items:
                    break
                index += 1
                continue
            if style is None:
                style = label[1]
            if label[1] == style:
                items.append(index)
            index += 1
        return items, index

    # -- parse ----------------------------------------------------------------------
    def parse(self) -> tuple[DocumentText, DocumentText | None]:
        count = len(self.paragraphs)
        salutation = self._salutation_index()
        intro_start = salutation if salutation is not None else (self._find(re.compile(r"have the honour|l['’]honneur|el honor", re.I)) or 0)
        closing_formula = self._find(_CLOSING_FORMULA_RE, intro_start)
        annex = self._annex_index((closing_formula or intro_start) + 1)
        body_end = annex if annex is not None else count
        allegations = self._find(_ALLEGATIONS_RE, intro_start, body_end)
        concerns = self._find(_CONCERNS_RE, allegations or intro_start, body_end)
        lead = self._find(_QUESTIONS_LEAD_RE, concerns or allegations or intro_start, closing_formula or body_end)
        search_from = lead + 1 if lead is not None else (concerns or allegations or intro_start)
        items, after_items = self._question_items(search_from, closing_formula or body_end)
        if lead is None:
            items = [i for i in items if _REQUEST_START_RE.match(LIST_LABEL_RE.sub("", self.paragraphs[i].text))]
            after_items = items[-1] + 1 if items else after_items
        pointer = self._find(_ANNEX_POINTER_RE, concerns or allegations or intro_start, lead if lead is not None else body_end)
        questions_start = min(i for i in (pointer, lead, items[0] if items else None) if i is not None) if (pointer is not None or lead is not None or items) else None

        kinds: list[SectionKind] = []
        for index in range(body_end):
            kinds.append(self._kind_for(index, intro_start, allegations, concerns, questions_start,
                                        after_items if items else None, closing_formula))
        words = vocabulary(self.paragraphs)
        layout = Layout(words)
        laid_all = {}
        allegations_body_start: int | None = None
        for index in range(body_end):
            paragraph = self.paragraphs[index]
            kind = kinds[index]
            # Signature blocks and the short lines of the reference block keep their breaks.
            keep = kind is SectionKind.SIGNATURES or (
                kind is SectionKind.HEADER and all(len(line.text) < 60 for line in paragraph.lines)
            )
            laid = layout.add(paragraph, kind, keep_lines=keep)
            laid_all[index] = laid
            if index == allegations and allegations_body_start is None:
                # "According to the information received:" introduces the facts, alone or run into them.
                heading = re.match(r"^[^:]{10,80}:\s*", layout.text()[laid.start:laid.end])
                if paragraph.text.rstrip().endswith(":"):
                    allegations_body_start = laid.end + 2
                elif heading and _ALLEGATIONS_RE.match(heading.group(0)):
                    allegations_body_start = laid.start + heading.end()
                else:
                    allegations_body_start = laid.start
        self._footnotes(layout)
        extra: list[Section] = []
        body_sections = layout.sections()
        self._adjust_allegations(body_sections, allegations_body_start, extra)
        text = layout.text()
        closing_at = self._questions(items, laid_all, kinds, text, after_items)
        if closing_at is not None:
            self._split_questions_section(body_sections, closing_at)
        body = DocumentText(
            text=text,
            blocks=layout.blocks,
            sections=sorted(body_sections + extra, key=lambda s: (s.start, -s.end)),
        )
        pages = [b.page for b in layout.blocks if b.page]
        body.first_page, body.last_page = (min(pages), max(pages)) if pages else (None, None)
        annex_text = self._annex(annex, words) if annex is not None else None
        self._fields(kinds, body, annex_text)
        return body, annex_text

    def _kind_for(self, index, intro_start, allegations, concerns, questions_start, after_items, closing_formula) -> SectionKind:
        if index < intro_start:
            return SectionKind.HEADER
        if closing_formula is not None and index > closing_formula:
            return SectionKind.SIGNATURES
        if after_items is not None and index >= after_items:
            return SectionKind.CLOSING
        if questions_start is not None and index >= questions_start:
            return SectionKind.QUESTIONS
        if concerns is not None and index >= concerns:
            return SectionKind.CONCERNS
        if allegations is not None and index >= allegations:
            return SectionKind.ALLEGATIONS
        if questions_start is None and closing_formula is not None and index == closing_formula:
            return SectionKind.CLOSING
        return SectionKind.INTRODUCTION

    @staticmethod
    def _adjust_allegations(sections: list[Section], body_start: int | None, extra: list[Section]) -> None:
        """Allegations run from the facts through the concerns they raise."""
        facts = next((i for i, s in enumerate(sections) if s.kind is SectionKind.ALLEGATIONS), None)
        if facts is None:
            return
        section = sections[facts]
        end = section.end
        concerns = next((s for s in sections if s.kind is SectionKind.CONCERNS), None)
        if concerns is not None:
            end = concerns.end
            extra.append(concerns)
            sections.remove(concerns)
        start = body_start if body_start is not None and body_start < end else section.start
        if start > section.start:
            # The heading line stays with the introduction.
            previous = sections[facts - 1] if facts else None
            if previous is not None and previous.kind is SectionKind.INTRODUCTION:
                sections[facts - 1] = Section(previous.kind, previous.start, start - 2, previous.title)
        sections[facts] = Section(SectionKind.ALLEGATIONS, start, end, "According to the information received")

    def _footnotes(self, layout: Layout) -> None:
        for note in self.source.footnotes:
            layout.add_text(f"{note.label} {note.text}" if note.label else note.text, SectionKind.FOOTNOTES)
            self.fields.footnotes.append(note.text)

    def _questions(self, items: list[int], laid_all, kinds, text: str, after_items: int) -> tuple[int, int] | None:
        """Question spans; (question end, closing start) when the closing shares the last question's paragraph."""
        closing_at = None
        for number, index in enumerate(items, start=1):
            laid = laid_all[index]
            label = _label_of(self.paragraphs[index])
            match = LIST_LABEL_RE.match(text[laid.start:laid.end])
            start = laid.start + (match.end() if match else 0)
            end = laid.end
            # Sub-items ("(a)", "(b)") and stray continuations belong to the question above.
            next_item = items[number] if number < len(items) else after_items
            for later in range(index + 1, next_item):
                if kinds[later] is SectionKind.QUESTIONS:
                    end = laid_all[later].end
            if number == len(items) and (cut := _CLOSING_SENTENCE_RE.search(text, start, end)):
                closing_at, end = (cut.start(), cut.end()), cut.start()
            self.fields.questions.append(
                QuestionSpan(number, label[0] if label else str(number), " ".join(text[start:end].split()), start, end)
            )
        return closing_at

    @staticmethod
    def _split_questions_section(sections: list[Section], cut: tuple[int, int]) -> None:
        """The closing sentences that share the last question's paragraph belong to the closing."""
        end, at = cut
        for position, section in enumerate(sections):
            if section.kind is SectionKind.QUESTIONS and section.start < at < section.end:
                sections[position] = Section(section.kind, section.start, end, section.title)
                following = sections[position + 1] if position + 1 < len(sections) else None
                if following is not None and following.kind is SectionKind.CLOSING and following.start <= section.end + 2:
                    sections[position + 1] = Section(SectionKind.CLOSING, at, following.end, following.title)
                else:
                    sections.insert(position + 1, Section(SectionKind.CLOSING, at, section.end))
                return

    def _annex(self, annex: int, words: set[str]) -> DocumentText:
        layout = Layout(words)
        heading = self.paragraphs[annex]
        match = _ANNEX_HEADING_RE.match(heading.text)
        title = match.group("rest").strip() if match else heading.text.strip()
        layout.add(heading, SectionKind.ANNEX)
        rest = self.paragraphs[annex + 1:]
        if not title and rest and len(rest[0].text.split()) <= 14 and not rest[0].text.endswith("."):
            title = rest[0].text.strip()
        for paragraph in rest:
            layout.add(paragraph, SectionKind.ANNEX)
        document = layout.document()
        document.sections = [Section(SectionKind.ANNEX, 0, len(document.text), title)]
        self.fields.annex_title = title or None
        self.fields.annex_cites = fields.annex_cites(document.text)
        return document

    def _fields(self, kinds: list[SectionKind], body: DocumentText, annex: DocumentText | None) -> None:
        f = self.fields
        header = [p for p, k in zip(self.paragraphs, kinds) if k is SectionKind.HEADER]
        header_text = "\n".join("\n".join(line.text for line in p.lines) for p in header)
        # Without a header (a copy that starts at the salutation, or page 2 alone) only a labelled
        # reference is the letter's own: a communication the body cites is not.
        f.reference, reference_end = self._own_reference(header_text, labelled_only=False)
        if f.reference is None and not header:
            f.reference, reference_end = self._own_reference(body.text[:2000], labelled_only=True)
        # The date is the header's (the line after the reference, or the salutation's line where text
        # layers put the right-aligned date); a date in the narrative is never the letter's.
        salutation = next((p.text for p, k in zip(self.paragraphs, kinds)
                           if k is not SectionKind.HEADER and fields.salutation(p.text)), "")
        f.date = (fields.parse_date(header_text[reference_end:]) or fields.parse_date(header_text)
                  or fields.parse_date(salutation))
        # Urgent appeals ask for the reply with the concerns ("In view of the urgency…") or in the closing.
        asked = "\n".join(body.section_text(kind) for kind in (SectionKind.CONCERNS, SectionKind.QUESTIONS,
                                                                SectionKind.CLOSING))
        f.reply_due = fields.reply_due(f.date, asked)
        for paragraph in header:
            found = fields.mandates_from_header(paragraph.text)
            if found:
                f.mandates = found
                break
        intro = body.section_text(SectionKind.INTRODUCTION)
        if not f.mandates:
            f.mandates = fields.mandates_from_introduction(intro)
        f.hrc_resolutions = fields.hrc_resolutions(intro)
        self._parties()
        f.similar_letters_to, f.similar_letters_to_others = parties.similar_letters_to(
            body.section_text(SectionKind.CLOSING))
        signature_blocks = [
            [line.text.strip() for line in p.lines if line.text.strip()]
            for p, k in zip(self.paragraphs, kinds)
            if k is SectionKind.SIGNATURES
        ]
        f.signatories = fields.signatories(signature_blocks, f.mandates)
        f.language = self._language(" ".join(p.text for p, k in zip(self.paragraphs, kinds)
                                             if k is not SectionKind.HEADER))
        set_aside = " ".join(item.text for item in self.source.furniture)
        f.cited_references = _distinct_references(
            m.reference for m in find_references(set_aside + "\n" + body.text, allow_bare=True)
            if f.reference is None or not m.reference.matches(f.reference)
        )

    @staticmethod
    def _own_reference(text: str, *, labelled_only: bool) -> tuple[Reference | None, int]:
        """The letter's reference (the one after "REFERENCE:" / "Ref.:" when there is a label) and where it ends."""
        label = _REFERENCE_LABEL_RE.search(text)
        if label:
            after = find_references(text[label.end():])
            if after:
                return after[0].reference, label.end() + after[0].end
        if labelled_only:
            return None, 0
        found = find_references(text)
        return (found[0].reference, found[0].end) if found else (None, 0)

    def _parties(self) -> None:
        f = self.fields
        found = parties.parse_address_block(self.source.first_page_footer())
        addressee = found.addressee
        for paragraph in self.paragraphs[:40]:
            result = fields.salutation(paragraph.text)
            if result and result[1] and parties.names_someone(result[1]):
                named = parties.person_name(result[1])
                # "Dear Mr. Liu," and a footer naming "Mr. Hualong Liu": the fuller name.
                if not (addressee and named.split()[-1] in addressee.split()):
                    addressee = named
                break
        if addressee is None:
            for paragraph in self.paragraphs:
                addressee = parties.addressee_from_closing(paragraph.text)
                if addressee:
                    break
        f.addressee = addressee
        f.addressee_title = found.title
        f.organisation = found.organisation or parties.government_of(f.reference)

    @staticmethod
    def _language(text: str) -> str:
        """The body's language: the letterhead and mandates block may be in another one."""
        sample = fold(text[:5000])
        scores = {lang: len(rx.findall(sample)) for lang, rx in _LANGUAGE_HINTS.items()}
        english = len(re.findall(r"\b(?:the|and|of|we|your)\b", sample))
        best = max(scores, key=scores.get)
        return best if scores[best] > english else "en"


def _distinct_references(references) -> list[Reference]:
    """Each communication once, in order of first appearance; "GBR 3/2019" and "AL GBR 3/2019" are one."""
    found: list[Reference] = []
    by_number: dict[tuple[str, int, int], list[int]] = {}  # keeps this linear however many a text cites
    for reference in references:
        positions = by_number.setdefault((reference.country, reference.number, reference.year), [])
        same = next((i for i in positions if found[i].matches(reference)), None)
        if same is None:
            positions.append(len(found))
            found.append(reference)
        elif found[same].type is None and reference.type is not None:
            found[same] = reference  # keep the fuller form
    return found


def analyse_letter(source: SourceDocument) -> AnalysedDocument:
    """Parse a letter (or recognise a reply) from what a reader produced."""
    if not source.has_text_layer:
        return AnalysedDocument(
            kind=DocumentKind.UNKNOWN,
            body=DocumentText(""),
            annex=None,
            fields=LetterFields(),
            page_count=source.page_count,
            needs_ocr=True,
            warnings=source.warnings + [f"{source.name}: no text layer (a scan?); imported, needs OCR, fields not extracted"],
        )
    heal(source)
    parser = _LetterParser(source)
    body, annex = parser.parse()
    kind = DocumentKind.LETTER
    if looks_like_reply(source, parser.fields):
        kind = DocumentKind.REPLY
    return AnalysedDocument(
        kind=kind,
        body=body,
        annex=annex,
        fields=parser.fields,
        page_count=source.page_count,
        is_ocr=source.is_ocr,
        warnings=list(source.warnings),
    )
