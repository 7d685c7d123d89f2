"""Field extractors for letters: dates, deadlines, salutations, mandates, resolutions, signatories.

Each takes cleaned text (or paragraphs of one section) and returns a value or
``None``; none of them guesses when the text does not say. Letters come in
English, French and Spanish, so the phrases are matched in all three. Parties
(addressee, organisation, similar letters) are in :mod:`.parties`, what the
annex cites in :mod:`.citations`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reviewdesk.documents.citations import (  # noqa: F401 - re-exported for services.suggest
    COUNCIL_NAMES,
    GUIDING_PRINCIPLE_RE,
    RESOLUTION_CITATION_RE,
    RESOLUTION_WORDS,
    UN_SYMBOL_RE,
    annex_cites,
    instrument_citations,
)
from reviewdesk.documents.text import fold
from reviewdesk.domain.letter import Signatory

DEFAULT_REPLY_DAYS = 60

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_FIRST_RE = re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:de\s+)?({_MONTH})\s+(?:de\s+)?(\d{{4}})\b")
_MONTH_FIRST_RE = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}}),?\s+(\d{{4}})\b")
_NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")

_NUMBER_WORDS = {
    "twenty-four": 24, "twenty four": 24, "forty-eight": 48, "forty eight": 48, "seventy-two": 72,
    "seventy two": 72, "thirty": 30, "sixty": 60, "ninety": 90, "vingt-quatre": 24, "quarante-huit": 48,
    "soixante-douze": 72, "trente": 30, "soixante": 60, "quatre-vingt-dix": 90, "veinticuatro": 24,
    "cuarenta y ocho": 48, "setenta y dos": 72, "treinta": 30, "sesenta": 60, "noventa": 90,
}
_AMOUNT = r"(\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_HOURS_RE = re.compile(rf"{_AMOUNT}\s*(?:hours|heures|horas)\b")
_DAYS_RE = re.compile(rf"{_AMOUNT}\s*(?:days|jours|dias)\b")
# A sentence asking for a reply, as opposed to one saying when the letter and reply are published.
_REPLY_WORDS_RE = re.compile(r"respon|reply|answer|reponse|repondre|respuesta|responder|contestacion")
_PUBLICATION_WORDS_RE = re.compile(r"public|publish|publi|made available|disponible|report to be presented|rapport")

_SALUTATION_RE = re.compile(
    r"^(?:Dear\s+(?P<dear>.+?)|(?:Estimad[oa]s?|Chère|Cher)\s+(?P<es>.+?)|(?P<exc>Excellency|Excellence|Excelencia|"
    r"Madame|Monsieur|Madam|Sir))\s*[,:]\s*(?P<rest>.*)$|^(?:Excellency|Excellence|Excelencia|Madame|Monsieur)$"
)

_MANDATES_PREFIX_RE = re.compile(
    r"^\s*(?:Mandates?|Mandats?|Mandatos?)\s+(?:of|du|de la|de l['’]|des|del|de los|de las|de)\s+", re.IGNORECASE
)
_CAPACITY_RE = re.compile(
    r"(?:in (?:our|my) capacit(?:ies|y) as|en (?:notre|ma) qualité de|en (?:nuestra|mi) calidad de)\s+(.+?),?\s+"
    r"(?:pursuant to|conformément|conforme|de conformidad|en virtud)",
    re.IGNORECASE | re.DOTALL,
)
# A mandate starts with its kind: lists are cut only where the next item starts with one.
MANDATE_HEAD = (
    r"(?:Special Rapporteur|Independent Expert|Working Group|Chair|Vice-Chair|Rapporteur spécial|Rapporteuse "
    r"spéciale|Rapporteur|Rapporteuse|Groupe de travail|Experte? indépendante?|Relator Especial|Relatora Especial|"
    r"Relator|Relatora|Grupo de Trabajo|Expert[oa] Independiente|Président\w*|President\w*)"
)
_ARTICLE = r"(?i:the|du|de la|de l['’]|des|del|de los|de las|le|la|el|los|las|l['’])"
_MANDATE_SEPARATOR_RE = re.compile(
    rf"\s*;\s*|(?:\s*,)?\s+(?i:and|et|y|e)\s+(?=(?:{_ARTICLE}\s*)?{MANDATE_HEAD})|,\s+(?={_ARTICLE}\s*{MANDATE_HEAD})"
)
_LEADING_ARTICLE_RE = re.compile(
    r"^(?:(?:and|et|y|e)\s+)?(?:of\s+)?(?:(?:the|du|de la|des|del|de los|de las|le|la|el|los|las)\s+|(?:de l|l)['’]\s*)?",
    re.IGNORECASE,
)
_RESOLUTIONS_RE = re.compile(
    rf"(?:{COUNCIL_NAMES})\s+(?:{RESOLUTION_WORDS})\s+(.+?)(?:\.\s|\.$|;|\n)",
    re.IGNORECASE | re.DOTALL,
)
_RESOLUTION_NUMBER_RE = re.compile(r"\b\d{1,2}/\d{1,3}\b")
_RESOLUTION_LIST_RE = re.compile(
    rf"(?:{RESOLUTION_WORDS})\s+((?:\d{{1,2}}/\d{{1,3}}"
    r"(?:\s*,\s*(?:(?:and|et|y)\s+)?|\s+(?:and|et|y)\s+)?)+)",
    re.IGNORECASE,
)

_SIGNATORY_TITLE_WORDS = re.compile(
    r"\b(?:Rapporteur|Rapporteuse|Relator|Relatora|Working Group|Groupe de travail|Grupo de Trabajo|"
    r"Expert|Experte|Experto|Experta|Chair|Chairperson|Président|Presidente|Presidenta|Vice|Member|Membre|"
    r"Miembro|Special|Spécial|Especial|Independent|Indépendant|Independiente|Mandate)\b",
    re.IGNORECASE,
)
_NAME_PARTICLES = {"de", "van", "von", "da", "di", "del", "la", "le", "al", "bin", "ben", "el", "der", "dos", "du", "y"}
_TITLE_START = (r"(?:Chair-Rapporteur|Chair|Vice-Chair|Special Rapporteur|Independent Expert|Rapporteuse|Rapporteur|"
                r"Relator|Relatora|Président\w*|Presidente|Presidenta|Member|Membre|Miembro|Experto|Experta|Experte?)")
_FLAT_SIGNATURE_RE = re.compile(
    r"((?:[A-ZÀ-Ý][\w'’.-]+|de|van|von|da|del|al|el|bin|la|le)(?:\s+(?:[A-ZÀ-Ý][\w'’.-]+|de|van|von|da|del|al|el|"
    rf"bin|la|le)){{1,4}}?)\s+({_TITLE_START}\b.*?)(?=\s+(?:[A-ZÀ-Ý][\w'’.-]+\s+){{1,4}}{_TITLE_START}\b|$)",
    re.DOTALL,
)
# "Chair-Rapporteur of the …", "Présidente-Rapporteuse du …": a role before the mandate in a signature.
_ROLE_BEFORE_RE = re.compile(
    r"(?:Chair-Rapporteur|Chair|Chairperson|Vice-Chair|Member|Président\w*(?:-Rapporteu\w+)?|Presidente?-Relator\w*|"
    r"Presidenta(?:-Relatora)?|Membre|Miembro)\s+(?:of the|du|de la|de l['’]|del|de los)\s*$"
)
_MAX_NAME_WORDS = 6


def parse_date(text: str) -> date | None:
    """The first date written in ``text`` (12 March 2021, 3 mars 2022, 15 de junio de 2021, else 5/7/2011)."""
    folded = fold(text)
    candidates: list[tuple[int, date]] = []
    for match in _DAY_FIRST_RE.finditer(folded):
        value = _safe_date(int(match.group(3)), MONTHS[match.group(2)], int(match.group(1)))
        if value:
            candidates.append((match.start(), value))
    for match in _MONTH_FIRST_RE.finditer(folded):
        value = _safe_date(int(match.group(3)), MONTHS[match.group(1)], int(match.group(2)))
        if value:
            candidates.append((match.start(), value))
    if not candidates:
        for match in _NUMERIC_DATE_RE.finditer(folded):
            value = _safe_date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
            if value:
                candidates.append((match.start(), value))
    return min(candidates)[1] if candidates else None


_CITED_DATE_RE = re.compile(r"(?:\bof|dated|\bdu|en date du|de fecha|\bdel?)\s*$", re.IGNORECASE)
_COMMUNICATION_WORD_RE = re.compile(r"letter|communication|note|lettre|carta|comunicaci", re.IGNORECASE)


def document_date(text: str) -> date | None:
    """The date a reply was written: the first date not introduced as another letter's date."""
    folded = fold(text)
    for regex, order in ((_DAY_FIRST_RE, "dmy"), (_MONTH_FIRST_RE, "mdy")):
        for match in regex.finditer(folded):
            before = text[max(0, match.start() - 60):match.start()]
            if _CITED_DATE_RE.search(before) and _COMMUNICATION_WORD_RE.search(before):
                continue
            if order == "dmy":
                value = _safe_date(int(match.group(3)), MONTHS[match.group(2)], int(match.group(1)))
            else:
                value = _safe_date(int(match.group(3)), MONTHS[match.group(1)], int(match.group(2)))
            if value:
                return value
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _amount(raw: str) -> int:
    return int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]


def reply_due(letter_date: date | None, closing_text: str) -> date | None:
    """The deadline the letter asks for a reply (hours, else days, in figures or words), else 60 days.

    Sentences about publication ("will be made public … after 48 hours", "dans un délai
    de 60 jours") state when the letter goes public, not when the reply is due.
    """
    if letter_date is None:
        return None
    hours: int | None = None
    days: int | None = None
    for sentence in re.split(r"(?<=[.;])\s+", fold(closing_text)):
        asked = _REPLY_WORDS_RE.search(sentence)
        if not asked:
            continue
        # "… a response within 48 hours, after which it will be made public": the delay before the
        # publication words is the reply's; "… any response … will be made public after 48 hours" has none.
        published = _PUBLICATION_WORDS_RE.search(sentence, asked.end())
        if _PUBLICATION_WORDS_RE.search(sentence, 0, asked.start()):
            continue
        clause = sentence[asked.start():published.start() if published else len(sentence)]
        if hours is None and (match := _HOURS_RE.search(clause)):
            hours = _amount(match.group(1))
        if days is None and (match := _DAYS_RE.search(clause)):
            days = _amount(match.group(1))
    if hours is not None:
        return letter_date + timedelta(days=max(1, -(-hours // 24)))
    return letter_date + timedelta(days=days or DEFAULT_REPLY_DAYS)


def salutation(text: str) -> tuple[bool, str | None] | None:
    """(is a salutation, the addressee it names) for a one-line paragraph.

    Text layers often put the right-aligned date on the salutation's line ("Excellency,    8 March 2024"):
    a date may follow the salutation, nothing else.
    """
    match = _SALUTATION_RE.match(text.strip())
    if not match or len(text) > 120:
        return None
    rest = (match.group("rest") or "").strip()
    if rest and (parse_date(rest) is None or len(rest) > 30):
        return None
    return True, (match.group("dear") or match.group("es"))


def _strip_article(item: str) -> str:
    item = _LEADING_ARTICLE_RE.sub("", item.strip(), count=1).strip(" .;,")
    return item[:1].upper() + item[1:] if item else item


def split_mandates(text: str) -> list[str]:
    """"A; the B, and the C", "du A ; du B et du C", "del A; de la B y del C": one item per mandate."""
    return [m for m in (_strip_article(part) for part in _MANDATE_SEPARATOR_RE.split(" ".join(text.split()))) if m]


def mandates_from_header(text: str) -> list[str]:
    match = _MANDATES_PREFIX_RE.match(text)
    return split_mandates(text[match.end():]) if match else []


def mandates_from_introduction(text: str) -> list[str]:
    match = _CAPACITY_RE.search(text)
    return split_mandates(match.group(1)) if match else []


def hrc_resolutions(text: str) -> list[str]:
    """Numbers of the Council resolutions the mandates act under ("… resolutions 44/15, 37/12 and 44/4")."""
    match = _RESOLUTIONS_RE.search(text) or _RESOLUTION_LIST_RE.search(text)
    if not match:
        return []
    return list(dict.fromkeys(_RESOLUTION_NUMBER_RE.findall(match.group(1))))


def is_name_line(line: str) -> bool:
    words = line.strip().split()
    if not 1 < len(words) <= 6 or _SIGNATORY_TITLE_WORDS.search(line):
        return False
    if line.rstrip().endswith((".", ",", ";", ":")):
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words)


def _flat_signatories(line: str, mandates: list[str]) -> list[list[str]] | None:
    """"Name Title Name Title" run together: the titles end with the letter's mandates, the names lie between."""
    spans: list[tuple[int, int]] = []
    for mandate in sorted(mandates, key=len, reverse=True):
        position = line.find(mandate)
        while position >= 0:
            end = position + len(mandate)
            if not any(s < end and position < e for s, e in spans):
                spans.append((position, end))
            position = line.find(mandate, end)
    spans.sort()
    if not spans or line[spans[-1][1]:].strip():
        return None
    found, previous = [], 0
    for start, end in spans:
        role = _ROLE_BEFORE_RE.search(line, previous, start)
        title_start = role.start() if role else start
        name = line[previous:title_start].strip()
        if not name or len(name.split()) > _MAX_NAME_WORDS:
            return None
        found.append([name, line[title_start:end]])
        previous = end
    return found


def signatories(blocks: list[list[str]], mandates: list[str] | None = None) -> list[Signatory]:
    """Signatories from the signature paragraphs, each a list of lines."""
    found: list[list[str]] = []  # [name, title]
    for lines in blocks:
        if len(lines) == 1 and len(lines[0]) > 60:
            # A flattened copy: "Name Title Name Title" on one line.
            by_mandate = _flat_signatories(lines[0], mandates or [])
            flat = list(_FLAT_SIGNATURE_RE.finditer(lines[0])) if by_mandate is None else []
            if by_mandate or (flat and flat[0].start() == 0):
                found.extend(by_mandate or ([m.group(1), " ".join(m.group(2).split())] for m in flat))
                continue
        for line in lines:
            if is_name_line(line) and (not found or found[-1][1]):
                found.append([line.strip(), ""])
            elif found:
                found[-1][1] = f"{found[-1][1]} {line.strip()}".strip()
    return [Signatory(name, title) for name, title in found if title]
