"""Telling a reply from a letter, and what a reply cites: the letter's date, the people it names.

A reply is recognised by its own hallmarks, never merely because it cites an
earlier reference: a follow-up letter cites "our communication GBR 3/2019" too,
and newer letters print "Ref.: OL PRT 2/2024" themselves. The hallmarks are
weighed against those of a letter and the decision keeps both lists, so it can
be shown ("a reply: a note verbale's compliments (“presents its compliments”);
against it: nothing").

- Opening hallmarks (first few thousand characters): a note verbale's
  compliments ("presents its compliments", "présente ses compliments", "saluda
  atentamente"), the communication it answers ("with reference to the joint
  communication", "en réponse à", "en respuesta a"), an acknowledgement ("We
  acknowledge receipt of your joint communication"), "has the honour to
  transmit", "Your reference", a heading "Reply to …".
- Content hallmarks, so that a fragment without its opening lines (a scanned
  attachment starting at paragraph 7) is still a reply: answers to numbered
  questions, the Government or the Mission speaking of itself, a note verbale's
  closing, the Mission's own file number, a date at the end.
- A letter's hallmarks: the mandates block, the request for observations, the
  mandate holders' signatures and voice ("in our capacities as"), "According to
  the information received:", "Your Excellency's Government", "our
  communication", the publication sentence.

Everything is matched on bounded windows of the text (the opening, the first
150,000 characters) with patterns whose repetitions are bounded, so the time
grows with the window, never with the square of the text: a 2 MB text on one
line is classified in a fraction of a second.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from reviewdesk.documents.answers import (
    fold_same_length,
    is_answer_mention,
    question_mentions,
)
from reviewdesk.documents.fields import MONTHS, parse_date
from reviewdesk.documents.model import FurnitureKind, SourceDocument
from reviewdesk.domain.letter import LetterFields
from reviewdesk.domain.reference import find_references

OPENING_CHARS = 3000
CONTENT_CHARS = 150_000
# A reply needs this much evidence, and more than the letter's.
REPLY_THRESHOLD = 2.0

REPLY = "reply"
LETTER = "letter"


@dataclass(frozen=True)
class Clue:
    """One hallmark found: which kind it speaks for, how much, what it is and the words that show it."""

    side: str  # REPLY or LETTER
    weight: float
    what: str
    quote: str = ""

    def __str__(self) -> str:
        return f"{self.what} (“{self.quote}”)" if self.quote else self.what


@dataclass(frozen=True)
class KindDecision:
    is_reply: bool
    clues: tuple[Clue, ...]

    def weight(self, side: str) -> float:
        return round(sum(c.weight for c in self.clues if c.side == side), 2)

    @property
    def reasons(self) -> tuple[str, ...]:
        """The clues for the kind decided, strongest first."""
        side = REPLY if self.is_reply else LETTER
        return tuple(str(c) for c in sorted(self.clues, key=lambda c: -c.weight) if c.side == side)

    def explain(self) -> str:
        kind, other = (REPLY, LETTER) if self.is_reply else (LETTER, REPLY)
        against = [str(c) for c in self.clues if c.side == other]
        found = "; ".join(self.reasons) or "no hallmark of either kind (a letter unless shown otherwise)"
        return f"a {kind} ({self.weight(kind)}): {found}; against it ({self.weight(other)}): {'; '.join(against) or 'nothing'}"


@dataclass(frozen=True)
class _Hallmark:
    side: str
    weight: float
    what: str
    pattern: re.Pattern[str]
    where: str  # the window searched: "opening", "content" or "heading" (the first paragraphs' starts)
    # Words every match contains, one of them at least: a text with none is not searched (a substring test
    # costs microseconds, these patterns milliseconds over a letter's 15 paragraphs).
    needles: tuple[str, ...] = ()


def _p(pattern: str) -> re.Pattern[str]:
    # Patterns are written for folded text: lower case, no accents ("presente", "reponse").
    return re.compile(pattern)


_NOT_OURS = r"(?!(?:our|notre|nos|nuestra|nuestro|nuestras)\b)"
_COMMUNICATION = (r"(?:communications?|letters?|urgent appeal|allegation letter|lettres?|appel urgent|courrier|"
                  r"comunicaci(?:on|ones)|cartas?|llamamiento urgente|nota|j?(?:al|ua|ol)\s+[a-z]{3}\s*\d{1,4}\s*[/.]\s*\d{4}|"
                  r"[a-z]{3}\s*\d{1,4}\s*[/.]\s*\d{4})")
_GOVERNMENT_VERBS = (r"(?:wishes|would like|informs|states|reiterates|rejects|categorically|firmly|notes|emphasi[sz]es|"
                     r"stresses|recalls|affirms|confirms|underlines|takes note|considers|regrets|is committed|"
                     r"remains committed|has taken|has adopted|souhaite|tient a|informe|rejette|reitere|rappelle|"
                     r"souligne|affirme|confirme|note|prend note|regrette|desea|informa|rechaza|reitera|recuerda|"
                     r"subraya|afirma|confirma|lamenta|considera|toma nota)")

_HALLMARKS = (
    # -- a reply's opening ---------------------------------------------------------------------
    _Hallmark(REPLY, 3.0, "a note verbale's compliments",
              _p(r"presents? (?:its|his|her) compliments|presente ses compliments|saluda (?:muy )?(?:atentamente|cordialmente)|"
                 # Arabic: "تهدي البعثة الدائمة لـ… أطيب تحياتها" (the Mission presents its best compliments).
                 r"تهدي\s+(?:\S+\s+){0,12}?(?:اطيب\s+|أطيب\s+)?تحياتها"),
              "opening"),
    _Hallmark(REPLY, 2.0, "names the communication it answers",
              _p(rf"(?:with reference to|in response to|in reply to|further to|in connection with|referring to|"
                 rf"en reponse a(?:ux)?|en reference a|se referant a|comme suite a|suite a|faisant suite a|"
                 rf"en respuesta a|con referencia a|en relacion con|en contestacion a|haciendo referencia a|"
                 rf"refiriendose a)\s+{_NOT_OURS}(?:[\w'’-]+\s+){{0,4}}?{_COMMUNICATION}"), "opening"),
    _Hallmark(REPLY, 2.0, "acknowledges the communication",
              _p(r"(?:acknowledges?|confirms?) (?:the )?receipt of|thank you for your (?:joint )?(?:letter|communication)|"
                 r"we refer to your (?:joint )?(?:letter|communication)|accus(?:e|ons) (?:bonne )?reception|"
                 r"acus(?:a|amos|o) (?:de )?recibo|agradecemos su (?:atenta )?(?:carta|comunicacion)"), "opening"),
    _Hallmark(REPLY, 1.5, "transmits a reply",
              _p(r"(?:has|have) the honou?r to (?:transmit|forward|submit|provide|convey|enclose|inform|reply|respond|"
                 r"share|attach)|a l['’]honneur de (?:lui |vous )?(?:transmettre|faire parvenir|communiquer|"
                 r"porter|repondre|informer)|tiene el honor de (?:transmitir|remitir|hacer llegar|informar|"
                 r"responder|adjuntar|compartir)"), "opening"),
    _Hallmark(REPLY, 1.5, "quotes the letter's reference as “your reference”",
              _p(r"\byour ref(?:erence)?\b|votre reference|\bv/ref|su referencia|\bs/ref"), "opening"),
    _Hallmark(REPLY, 2.0, "is headed as a reply",
              _p(r"(?:^|\n)\W{0,3}(?:reply|response|answer|reponse|respuesta|contestacion)s?\s+(?:of|to|from|du|de|a|al|del)\b"),
              "heading"),
    # -- a reply's content, found in fragments too ---------------------------------------------------
    _Hallmark(REPLY, 1.5, "speaks of “my Government”",
              _p(r"\b(?:my|mon|mi) (?:government|gouvernement|gobierno)\b"), "content",
              ("government", "gouvernement", "gobierno")),
    _Hallmark(REPLY, 1.0, "speaks for the Government",
              _p(rf"(?:^|[.;:]\s+|\n)(?:the|le|el)\s+(?:government|gouvernement|gobierno)\b(?:\s+(?:of|de|du|del)\s+"
                 rf"(?:the\s+|la\s+|l['’]\s*)?[\w'’-]+(?:\s+[\w'’-]+){{0,5}}?)?\s*,?\s+{_GOVERNMENT_VERBS}"), "content"),
    _Hallmark(REPLY, 1.0, "speaks for the Permanent Mission",
              _p(r"(?:^|[.;:]\s+|\n)(?:the|la)\s+(?:permanent\s+)?(?:mission|mision)(?:\s+permanente)?\b"
                 r"(?:\s+(?:of|de|du|del)\s+[^.\n]{0,100}?)?\s+(?:wishes|would like|has the honou?r|reiterates|"
                 r"takes this opportunity|souhaite|a l['’]honneur|reitere|desea|tiene el honor|reitera)"), "content",
              ("mission", "mision")),
    _Hallmark(REPLY, 2.0, "closes as a note verbale",
              _p(r"avails itself of (?:this|the) opportunity to (?:renew|reiterate)|saisit cette occasion pour "
                 r"(?:renouveler|reiterer)|se prevaut de cette occasion|aprovecha (?:la|esta) (?:oportunidad|ocasion) "
                 r"para (?:reiterar|renovar)"), "content"),
    # -- a letter's ---------------------------------------------------------------------------------
    _Hallmark(LETTER, 2.5, "asks for observations on questions",
              _p(r"grateful for your observations|observations on the following|(?:following|suivants|suivantes|"
                 r"siguientes) (?:matters|questions|points|asuntos|cuestiones|preguntas)\s*:|"
                 r"nous vous serions reconnaissants|le agradecer(?:i|e)amos"), "content"),
    _Hallmark(LETTER, 2.0, "writes as mandate holders",
              _p(r"in (?:our|my) capacit(?:y|ies) as|en (?:notre|ma) qualite de|en (?:nuestra|mi) calidad de|"
                 r"(?:we|i) have the honou?r to address you"), "content"),
    _Hallmark(LETTER, 2.0, "states the information received",
              _p(r"according to (?:the )?information received\s*:|selon les informations recues\s*:|"
                 r"(?:de acuerdo con|segun) (?:la )?informacion recibida\s*:"), "content", ("information", "informacion")),
    _Hallmark(LETTER, 1.5, "does not wish to prejudge the allegations",
              _p(r"(?:we|i) do not wish to prejudge|sans vouloir (?:a ce stade )?prejuger|sin (?:querer |pretender )?prejuzgar"),
              "content"),
    _Hallmark(LETTER, 1.5, "addresses “Your Excellency's Government”",
              _p(r"your excellency['’]s government|gouvernement de votre excellence|gobierno de su excelencia"), "content"),
    _Hallmark(LETTER, 1.0, "cites “our communication”",
              _p(r"\b(?:our|notre|nuestra)\s+(?:previous\s+|earlier\s+|precedente\s+|anterior\s+)?(?:joint\s+)?"
                 r"(?:communication|comunicacion)"), "content", ("communication", "comunicacion")),
    _Hallmark(LETTER, 1.5, "announces its publication",
              _p(r"this communication and any response|cette communication et toute reponse|"
                 r"esta comunicacion y toda respuesta|communications reporting website|"
                 r"(?:please accept|veuillez agreer|acepte)\s*,?\s*(?:excellency|excellence|excelencia)"), "content",
              ("communication", "comunicacion", "excellen", "excelencia")),
)

_MANDATE_TITLE_RE = re.compile(r"Special Rapporteur|Working Group|Independent Expert|Rapporteur spécial|"
                               r"Rapporteuse spéciale|Relator Especial|Relatora Especial|Groupe de travail|Grupo de Trabajo",
                               re.IGNORECASE)
# A Mission's own file number on a line of its own: "No. GVA/HR/118/2023", "Réf. : 2022-0457", "Nota 4-09-117".
_FILE_NUMBER_RE = re.compile(
    r"^\s*(?:(?:our|notre|nuestra)\s+)?(?:ref(?:erence)?|no|n°|nº|nota(?:\s+verbal)?|note(?:\s+verbale)?|nv|"
    r"file|dossier|expediente|oficio)\.?\s*(?:no\.?|n°|nº|num\.?)?\s*[:.]?\s*(?P<code>[a-z0-9][a-z0-9/.\-_ ]{1,30})\s*$"
)
_SHORT_LINE = 80
_SET_ASIDE = frozenset({FurnitureKind.LETTERHEAD, FurnitureKind.HEADER})


def _texts(source: SourceDocument, limit: int) -> str:
    """At most ``limit`` characters: the lines set aside as letterhead, then the paragraphs, without joining them all.

    The readers set aside as letterhead any early line naming the United Nations or the
    High Commissioner; a note verbale's opening names both, so those lines are read too.
    """
    parts = [item.text for item in source.furniture if item.kind in _SET_ASIDE]
    total = sum(len(part) + 1 for part in parts)
    for paragraph in source.paragraphs:
        if total >= limit:
            break
        text = paragraph.text
        parts.append(text)
        total += len(text) + 1
    return "\n".join(parts)[:limit]


def _short_lines(source: SourceDocument) -> Iterable[str]:
    """The short lines of the first and last paragraphs and of the page furniture, where file numbers sit."""
    ends = source.paragraphs[:12] + source.paragraphs[-6:]
    for paragraph in ends:
        for line in paragraph.lines:
            if len(line.text) <= _SHORT_LINE:
                yield line.text
    for item in source.furniture:
        if len(item.text) <= _SHORT_LINE:
            yield item.text


def _find(pattern: re.Pattern[str], text: str, folded: str) -> str | None:
    match = pattern.search(folded)
    return " ".join(text[match.start():match.end()].split()).strip(" .,;:") if match else None


def _file_number(source: SourceDocument) -> str | None:
    for line in _short_lines(source):
        match = _FILE_NUMBER_RE.match(fold_same_length(line))
        # A communication's reference ("Ref.: OL PRT 2/2024") is the letter's, not the Mission's own number.
        if match and any(ch.isdigit() for ch in match.group("code")) and not find_references(line.upper(), allow_bare=True):
            return line.strip()
    return None


def _date_at_end(source: SourceDocument) -> str | None:
    for paragraph in source.paragraphs[-4:]:
        text = paragraph.text
        if len(text) <= _SHORT_LINE and parse_date(text):
            return text.strip()
    return None


def _answers_questions(content: str, folded: str) -> Clue | None:
    mentions = [m for m in question_mentions(content, folded) if is_answer_mention(folded, m, leading=0)]
    if not mentions:
        return None
    quote = " ".join(content[mentions[0].start:mentions[0].end].split())
    return Clue(REPLY, 2.0 if len(mentions) > 1 else 1.5, f"answers questions by number ({len(mentions)}×)", quote)


def classify(source: SourceDocument, letter: LetterFields) -> KindDecision:
    """Reply or letter, with the hallmarks found on each side."""
    opening = _texts(source, OPENING_CHARS)
    content = _texts(source, CONTENT_CHARS)
    heading = "\n".join(p.text[:200] for p in source.paragraphs[:3])
    windows = {"opening": opening, "content": content, "heading": heading}
    folded = {name: fold_same_length(text) for name, text in windows.items()}
    clues: list[Clue] = []
    for hallmark in _HALLMARKS:
        if hallmark.needles and not any(needle in folded[hallmark.where] for needle in hallmark.needles):
            continue
        quote = _find(hallmark.pattern, windows[hallmark.where], folded[hallmark.where])
        if quote is not None:
            clues.append(Clue(hallmark.side, hallmark.weight, hallmark.what, quote[:80]))
    answers = _answers_questions(content, folded["content"])
    if answers is not None:
        clues.append(answers)
    number = _file_number(source)
    if number:
        clues.append(Clue(REPLY, 1.0, "carries a file number of its own", number))
    ending = _date_at_end(source)
    if ending:
        clues.append(Clue(REPLY, 1.0, "is dated at the end", ending))
    clues.extend(_letter_fields_clues(letter))
    reply_weight = sum(c.weight for c in clues if c.side == REPLY)
    letter_weight = sum(c.weight for c in clues if c.side == LETTER)
    return KindDecision(reply_weight >= REPLY_THRESHOLD and reply_weight > letter_weight, tuple(clues))


def _letter_fields_clues(letter: LetterFields) -> list[Clue]:
    """What the letter parser found that only letters have."""
    clues = []
    if letter.mandates:
        clues.append(Clue(LETTER, 3.0, "names the mandates it is sent under", letter.mandates[0][:80]))
    signed = [s for s in letter.signatories if _MANDATE_TITLE_RE.search(s.title)]
    if signed:
        clues.append(Clue(LETTER, 3.0, "is signed by mandate holders", signed[0].title[:80]))
    if letter.questions:
        # A reply may number its paragraphs like requests; the request for observations is the stronger sign.
        clues.append(Clue(LETTER, 1.5, f"lists {len(letter.questions)} requests", letter.questions[0].text[:60]))
    return clues


def looks_like_reply(source: SourceDocument, letter: LetterFields) -> bool:
    """Whether the document is a reply (see :func:`classify` for why)."""
    return classify(source, letter).is_reply


# -- what a reply cites -------------------------------------------------------------------------------

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = (rf"(?P<day>\d{{1,2}})(?:er|st|nd|rd|th|º|°|o)?\s+(?:de\s+)?(?P<month>{_MONTH})\s*,?\s+(?:de\s+|del\s+)?(?P<year>\d{{4}})|"
         rf"(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year2>\d{{4}})|"
         rf"(?P<day3>\d{{1,2}})[./](?P<month3>\d{{1,2}})[./](?P<year3>\d{{4}})")
# "your letter of 28 May 2019", "la communication conjointe AL FRA 4/2022 du 3 mars 2022",
# "su comunicación de fecha 15 de junio de 2021": the date of the letter answered, not the reply's own.
_CITED_DATE_RE = re.compile(
    rf"(?<!\bour )(?<!\bnotre )(?<!\bnuestra )(?:letters?|communications?|urgent appeal|lettres?|appel urgent|courrier|"
    rf"comunicacion(?:es)?|cartas?|llamamiento(?: urgente)?)\b[^.;\n]{{0,60}}?(?:\bof|\bdated|\bdu|\ben date du|\bdatee? du|"
    rf"\bde fecha|\bfechada(?: el)?|\bdel?)\s+(?:the\s+|le\s+|el\s+)?(?:{_DATE})\b"
)


@dataclass(frozen=True)
class CitedDate:
    date: date
    quote: str  # the words that cite it: "your letter of 28 May 2019"


def _date_of(match: re.Match[str]) -> date | None:
    day, month, year = match.group("day", "month", "year")
    if day is None:
        day, month, year = match.group("day2", "month2", "year2")
    if day is None:
        day, month, year = match.group("day3", "month3", "year3")
        month_number = int(month)
    else:
        month_number = MONTHS[month]
    try:
        return date(int(year), month_number, int(day))
    except ValueError:
        return None


def cited_letter_dates(text: str, limit: int = 50_000) -> list[CitedDate]:
    """The dates of letters the reply says it answers, in order, each once."""
    window = text[:limit]
    folded = fold_same_length(window)
    found: dict[date, CitedDate] = {}
    for match in _CITED_DATE_RE.finditer(folded):
        value = _date_of(match)
        if value is not None and value not in found:
            found[value] = CitedDate(value, " ".join(window[match.start():match.end()].split()))
    return list(found.values())


_COMMUNICATION_WORD_RE = re.compile(r"letter|communication|appeal|lettre|carta|comunicaci|courrier", re.IGNORECASE)


def reply_date(text: str) -> date | None:
    """The reply's own date: a short dated line at its head or its foot ("Geneva, 1 December 2023").

    Notes verbales put their date at the end, company letters at the top; a date in the
    running text is usually an event's ("On 9 November 2023, …") and is not taken.
    """
    head = [b.strip() for b in text[:4000].split("\n\n")][:8]
    foot = [b.strip() for b in text[-2000:].split("\n\n")][-4:]
    for block in head + foot:
        if len(block) <= _SHORT_LINE and not _COMMUNICATION_WORD_RE.search(block):
            found = parse_date(block)
            if found:
                return found
    return None


# -- the people, places and companies a text names -----------------------------------------------------

_CAPITAL = r"[A-ZÀ-ÖØ-Ý]"
_NAME_WORD = rf"{_CAPITAL}[\w'’-]+"
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Mme|Mlle|Sr|Sra|Srta|Señor|Señora|Don|Doña|Monsieur|Madame|M)\.?"
_ORG_SUFFIX = r"(?:Ltd|Limited|plc|PLC|Inc|LLC|GmbH|AG|S\.A\.(?: de C\.V\.)?|S\.A|SA|N\.V\.|B\.V\.|Corporation|Corp|Company|Group)"
_PERSON_RE = re.compile(rf"\b{_HONORIFIC}\s+(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}")
_ORGANISATION_RE = re.compile(rf"\b(?:{_NAME_WORD}\s+){{1,4}}{_ORG_SUFFIX}(?![\w])\.?")
# A run of capitalised words ("Collectif Rivière-Exemple", "Al-Namudhaj", "San Ficticio"), not in capitals throughout.
_PROPER_RE = re.compile(rf"(?<![\w'’-]){_NAME_WORD}(?:\s+(?:de\s+|del\s+)?{_NAME_WORD}){{0,3}}")
_SENTENCE_END = ".!?:;\n"
# Capitalised words of every letter and reply: they name no one in particular.
GENERIC_NAMES = frozenset("""
Government Governments Mission Permanent Representative Representatives Office United Nations High Commissioner Human
Rights Council Special Rapporteur Rapporteurs Working Group Independent Expert Experts Geneva Excellency Ambassador
Republic Kingdom State States Ministry Minister Police Court Constitution Law Act Code Covenant Convention Declaration
Article Annex Guiding Principles Business Please Thank Mandates Mandate International Civil Political Economic Social
Cultural National Federal Plurinational Sir Madam Dear Yours Your Note Verbale Reply Response Chief Executive Officer
January February March April May June July August September October November December Monday Tuesday Wednesday
Thursday Friday Saturday Sunday Gouvernement Mission Nations Unies Haut-Commissariat Conseil Droits Homme Rapporteuse
Gobierno Misión Naciones Unidas Oficina Alto Comisionado Derechos Humanos Consejo Relator Relatora Especial Excelencia
Excellence Madame Monsieur Señor Señora Ginebra Genève Organizations Organisations Secretariat General Assembly Also
Communication Communications Reference Resolution Resolutions Department Company Limited Rapporteurs His Her
Son Sa Su Excelentísimo Excelentísima Mr Mrs Ms Dr Mme Sr Sra
""".split())


def proper_names(text: str, limit: int = 20_000) -> list[str]:
    """People (with their honorific), companies and other capitalised names in ``text``, in order, each once.

    Names that open a sentence cannot be told from ordinary words and are left
    out unless a person's honorific or a company's suffix marks them.
    """
    window = text[:limit]
    spans: list[tuple[int, int]] = []
    taken = bytearray(len(window) + 1)  # characters already part of a name: a later pattern may not reuse them
    for regex in (_PERSON_RE, _ORGANISATION_RE, _PROPER_RE):
        for match in regex.finditer(window):
            if taken[match.start()] or taken[match.end() - 1]:
                continue
            if regex is _PROPER_RE and (match.group(0).isupper() or not name_words(match.group(0))
                                        or _opens_sentence(window, match.start())):
                continue
            spans.append((match.start(), match.end()))
            taken[match.start():match.end()] = b"\x01" * (match.end() - match.start())
    names = [" ".join(window[s:e].split()) for s, e in sorted(spans)]
    return list(dict.fromkeys(names))


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 20):start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in _SENTENCE_END


_SUFFIX_WORD_RE = re.compile(rf"^{_ORG_SUFFIX}$")


def name_words(name: str) -> list[str]:
    """The words of a name that identify it: not honorifics ("Her Excellency Ms."), company suffixes or generic words."""
    words = re.findall(r"[\w'’-]+", name)
    return [w for w in words if w[:1].isupper() and w not in GENERIC_NAMES and not _SUFFIX_WORD_RE.match(w)
            and len(w) > 1]


def capitalised_words(text: str) -> set[str]:
    """Every capitalised word of ``text``: what a name must be made of to be named there."""
    return set(re.findall(rf"{_CAPITAL}[\w'’-]+", text))
