"""Field extractors for letters: dates, deadlines, parties, mandates, signatories, citations.

Each takes cleaned text (or paragraphs of one section) and returns a value or
``None``; none of them guesses when the text does not say. Letters come in
English, French and Spanish, so the phrases are matched in all three.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reviewdesk.documents.text import fold
from reviewdesk.domain.countries import COUNTRY_NAMES, NON_STATE_CODE, country_name
from reviewdesk.domain.letter import Signatory
from reviewdesk.domain.reference import Reference

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
    "twenty-four": 24, "twenty four": 24, "forty-eight": 48, "forty eight": 48,
    "seventy-two": 72, "seventy two": 72, "sixty": 60, "thirty": 30, "ninety": 90,
    "vingt-quatre": 24, "quarante-huit": 48, "soixante": 60, "veinticuatro": 24,
    "cuarenta y ocho": 48, "sesenta": 60,
}
_AMOUNT = r"(\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_HOURS_RE = re.compile(rf"{_AMOUNT}\s*(?:hours|heures|horas)\b")
_DAYS_RE = re.compile(rf"{_AMOUNT}\s*(?:days|jours|dias)\b")
_REPLY_WORDS_RE = re.compile(
    r"respon|reply|answer|made public|publish|reponse|repondre|rendu\w* public|publi|respuesta|responder|public"
)

_HONORIFIC_RE = re.compile(
    r"^(?:his|her|son|sa|su)\s+(?:excellency|excellence|excelencia)\b|^excelent[íi]sim[oa]\s+señor[a]?\b|^(?:mr|mrs|ms|dr|prof|sir|madam|m|mme|sr|sra|srta|don|doña)\.?\s",
    re.IGNORECASE,
)
_PERMANENT_REPRESENTATIVE_RE = re.compile(
    r"Permanent Representative of (?P<en>.+)$|Représentant\w* permanent\w* de (?P<fr>.+)$|"
    r"Representante Permanente de (?P<es>.+)$",
    re.IGNORECASE,
)
_ORG_SUFFIX_RE = re.compile(
    r"\b(?:Limited|Ltd|Inc|Corporation|Corp|Company|Co\.|Group|PLC|LLC|GmbH|AG|S\.A\.|SA|N\.V\.|B\.V\.|"
    r"Holdings?|Bank|Foundation|Association|University)\b\.?",
)

_SALUTATION_RE = re.compile(
    r"^(?:Dear\s+(?P<dear>.+?)|(?:Estimad[oa]s?|Chère|Cher)\s+(?P<es>.+?)|(?P<exc>Excellency|Excellence|Excelencia|"
    r"Madame|Monsieur|Madam|Sir))\s*[,:]?\s*$"
)
_CLOSING_ADDRESSEE_RE = re.compile(r"^(?:Please accept|Veuillez agréer|Acepte)\s*,\s*(?P<who>[^,]+?),", re.IGNORECASE)

_MANDATES_PREFIX_RE = re.compile(r"^\s*(?:Mandates?|Mandats?|Mandatos?)\s+(?:of|du|de la|de l['’]|des|del|de los|de las|de)\s+", re.IGNORECASE)
_CAPACITY_RE = re.compile(
    r"(?:in (?:our|my) capacit(?:ies|y) as|en (?:notre|ma) qualité de|en (?:nuestra|mi) calidad de)\s+(.+?),?\s+"
    r"(?:pursuant to|conformément|conforme|de conformidad|en virtud)",
    re.IGNORECASE | re.DOTALL,
)
_LEADING_ARTICLE_RE = re.compile(
    r"^(?:and|et|y|e)?\s*(?:the|du|de la|de l['’]|des|del|de los|de las|le|la|el|los|las|l['’])?\s*", re.IGNORECASE
)
_RESOLUTIONS_RE = re.compile(
    r"(?:Human Rights Council|Conseil des droits de l['’]homme|Consejo de Derechos Humanos)\s+"
    r"(?:resolutions?|résolutions?|resoluciones|resolución)\s+(.+?)(?:\.\s|\.$|;|\n)",
    re.IGNORECASE | re.DOTALL,
)
_RESOLUTION_NUMBER_RE = re.compile(r"\b\d{1,2}/\d{1,3}\b")

_SIMILAR_RE = re.compile(
    r"(?:similar concerns|similar letters|same concerns|préoccupations similaires|lettres similaires|"
    r"preocupaciones similares|cartas similares)[^.]*?(?:sent|envoyée?s?|enviad[oa]s?|transmitted|adressée?s?)\s+"
    r"(?:to|aux?|a)\s+(?P<list>.+?)(?:\.\s|\.$|§(?=\s+(?-i:[A-ZÀ-Ý]))|§$)",
    re.IGNORECASE | re.DOTALL,
)
_GOVERNMENTS_RE = re.compile(
    r"^(?:the\s+|los\s+|las\s+)?(?:Governments?|Gouvernements?|Gobiernos?)\s+(?:of|de|du|des|del)\s+", re.IGNORECASE
)
_ALSO_RE = re.compile(r",?\s+(?:as well as(?: to)?|ainsi qu['’](?:à|aux)|así como a|and to|et à|y a)\s+", re.IGNORECASE)
_OTHERS_RE = re.compile(r"^(?:other|d['’]autres|otras?)\b", re.IGNORECASE)
_ABBREVIATION_END_RE = re.compile(r"\b(?:Ltd|Inc|Co|Corp|plc|LLC|GmbH|AG|S\.A|N\.V|B\.V|S\.p\.A|Pte)$")

_SIGNATORY_TITLE_WORDS = re.compile(
    r"\b(?:Rapporteur|Rapporteuse|Relator|Relatora|Working Group|Groupe de travail|Grupo de Trabajo|"
    r"Expert|Experte|Experto|Experta|Chair|Chairperson|Président|Presidente|Presidenta|Vice|Member|Membre|"
    r"Miembro|Special|Spécial|Especial|Independent|Indépendant|Independiente|Mandate)\b",
    re.IGNORECASE,
)
_NAME_PARTICLES = {"de", "van", "von", "da", "di", "del", "la", "le", "al", "bin", "ben", "el", "der", "dos", "du", "y"}
_FLAT_SIGNATURE_RE = re.compile(
    r"((?:[A-ZÀ-Ý][\w'’.-]+|de|van|von|da|del|al|el|bin|la|le)(?:\s+(?:[A-ZÀ-Ý][\w'’.-]+|de|van|von|da|del|al|el|bin|la|le)){1,4})\s+"
    r"((?:Chair-Rapporteur|Chair|Vice-Chair|Special Rapporteur|Independent Expert|Rapporteuse|Relator|Relatora|"
    r"Président|Presidente|Member|Experto|Experta)\b.*?)(?=\s+(?:[A-ZÀ-Ý][\w'’.-]+\s+){1,4}"
    r"(?:Chair-Rapporteur|Chair|Vice-Chair|Special Rapporteur|Independent Expert|Rapporteuse|Relator|Relatora|"
    r"Président|Presidente|Member|Experto|Experta)\b|$)",
    re.DOTALL,
)

UN_SYMBOL_RE = re.compile(r"\bA/(?:HRC/)?(?:RES/)?\d{1,3}/\d{1,4}(?:/Add\.\d+)?")
# "Human Rights Council resolution 17/4", "General Assembly resolution 53/144", "résolution 17/4 du Conseil…"
RESOLUTION_CITATION_RE = re.compile(
    r"(?:(?:Human Rights Council|General Assembly|Conseil des droits de l['’]homme|Assemblée générale|"
    r"Consejo de Derechos Humanos|Asamblea General)\s+)(?:resolution|résolution|resolución)\s+\d{1,3}/\d{1,4}",
    re.IGNORECASE,
)
GUIDING_PRINCIPLE_RE = re.compile(
    r"Guiding Principles?\s+(\d{1,2})(?:\s*(to|-|–|and|à|a|y|et)\s*(\d{1,2}))?|"
    r"(?:principes? directeurs?|Principios? Rectores?)\s+(\d{1,2})(?:\s*(à|a|-|–)\s*(\d{1,2}))?",
    re.IGNORECASE,
)
_INSTRUMENTS = [
    ("UDHR", r"Universal Declaration of Human Rights|Déclaration universelle des droits de l['’]homme|Declaración Universal de Derechos Humanos|\bUDHR\b"),
    ("ICCPR", r"International Covenant on Civil and Political Rights|Pacte international relatif aux droits civils et politiques|Pacto Internacional de Derechos Civiles y Políticos|\bICCPR\b"),
    ("ICESCR", r"International Covenant on Economic, Social and Cultural Rights|Pacte international relatif aux droits économiques, sociaux et culturels|Pacto Internacional de Derechos Económicos, Sociales y Culturales|\bICESCR\b"),
    ("CAT", r"Convention against Torture|Convention contre la torture|Convención contra la Tortura|\bCAT\b"),
    ("CERD", r"Elimination of All Forms of Racial Discrimination|élimination de toutes les formes de discrimination raciale|Eliminación de todas las Formas de Discriminación Racial|\bCERD\b"),
    ("CEDAW", r"Elimination of All Forms of Discrimination against Women|élimination de toutes les formes de discrimination à l['’]égard des femmes|\bCEDAW\b"),
    ("CRC", r"Convention on the Rights of the Child|Convention relative aux droits de l['’]enfant|Convención sobre los Derechos del Niño|\bCRC\b"),
    ("CRPD", r"Convention on the Rights of Persons with Disabilities|\bCRPD\b"),
    ("UNDRIP", r"Declaration on the Rights of Indigenous Peoples|\bUNDRIP\b"),
    ("Declaration on Human Rights Defenders", r"Declaration on (?:the )?(?:Right and Responsibility of Individuals|Human Rights Defenders)|"
     r"Déclaration sur (?:le droit et la responsabilité des individus|les défenseurs des droits de l['’]homme)|"
     r"Declaración sobre (?:el derecho y el deber de los individuos|(?:los )?defensores de (?:los )?derechos humanos)"),
    ("Minorities Declaration", r"Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities"),
    ("Palermo Protocol", r"Protocol to Prevent, Suppress and Punish Trafficking in Persons|Palermo Protocol"),
]
_INSTRUMENT_RES = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _INSTRUMENTS]
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:articles?|art[ií]culos?)\s+(\d{1,2}(?:\s*(?:,|and|et|y|to)\s*\d{1,2})*)\s*(?:\(\d\)\s*)?(?:of|de|du|del)\s+(?:the\s+|la\s+|el\s+|le\s+)?$", re.IGNORECASE)
_ARTICLE_AFTER_RE = re.compile(r"^\s*\)?,?\s*(?:art\.|article|artículo)\s*(\d{1,2})", re.IGNORECASE)
_ILO_RE = re.compile(r"\(No\.\s*(\d{1,3})\)|\bC(\d{3})\b|ILO Convention No\.\s*(\d{1,3})")


def parse_date(text: str) -> date | None:
    """The first date written in ``text`` (12 March 2021, 3 mars 2022, 15 de junio de 2021)."""
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
    """The deadline the closing states: hours for urgent appeals, else days, else 60 days."""
    if letter_date is None:
        return None
    hours: int | None = None
    days: int | None = None
    for sentence in re.split(r"(?<=[.;])\s+", fold(closing_text)):
        if not _REPLY_WORDS_RE.search(sentence):
            continue
        if hours is None and (match := _HOURS_RE.search(sentence)):
            hours = _amount(match.group(1))
        if days is None and (match := _DAYS_RE.search(sentence)):
            days = _amount(match.group(1))
    if hours is not None:
        return letter_date + timedelta(days=max(1, -(-hours // 24)))
    return letter_date + timedelta(days=days or DEFAULT_REPLY_DAYS)


def salutation(text: str) -> tuple[bool, str | None] | None:
    """(is a salutation, the addressee it names) for a one-line paragraph."""
    match = _SALUTATION_RE.match(text.strip())
    if not match or len(text) > 120:
        return None
    return True, (match.group("dear") or match.group("es"))


def addressee_from_closing(text: str) -> str | None:
    match = _CLOSING_ADDRESSEE_RE.match(text.strip())
    if match and _HONORIFIC_RE.match(match.group("who") + " "):
        return match.group("who").strip()
    return None


def parties_from_footer(footer: str | None) -> tuple[str | None, str | None]:
    """(addressee, organisation) from the first-page footer that names the recipient."""
    if not footer:
        return None, None
    parts = [p.strip() for p in re.split(r",\s+(?![^()]*\))", footer.strip()) if p.strip()]
    addressee = parts[0] if parts and _HONORIFIC_RE.match(parts[0] + " ") else None
    for index, part in enumerate(parts):
        match = _PERMANENT_REPRESENTATIVE_RE.search(part)
        if match:
            language = next(k for k in ("en", "fr", "es") if match.group(k))
            rest = ", ".join([match.group(language)] + parts[index + 1:])
            return addressee, f"{_MISSION[language]} {rest}"
    candidates = [p for p in parts if not _HONORIFIC_RE.match(p + " ")]
    with_suffix = [p for p in candidates if _ORG_SUFFIX_RE.search(p)]
    if with_suffix:
        return addressee, with_suffix[-1]
    if candidates and addressee is None:
        return None, candidates[-1]
    return addressee, candidates[-1] if len(candidates) > 1 else None


_MISSION = {"en": "Permanent Mission of", "fr": "Mission permanente de", "es": "Misión Permanente de"}
# Official short names that take the article: "the Government of the Russian Federation".
_TAKES_ARTICLE = re.compile(
    r"^(?:Republic|United|Russian|Syrian|Democratic|Lao|Dominican|Central|Netherlands|Philippines|Bahamas|Gambia|"
    r"Holy|State|Comoros|Maldives|Marshall|Solomon|Sudan|Niger$|Czech|Islamic|Federated)"
)


def government_of(reference: Reference | None) -> str | None:
    if reference is None or reference.country == NON_STATE_CODE:
        return None
    name = country_name(reference.country)
    if not name:
        return None
    return f"Government of the {name}" if _TAKES_ARTICLE.match(name) else f"Government of {name}"


def _strip_article(item: str) -> str:
    item = _LEADING_ARTICLE_RE.sub("", item.strip(), count=1).strip(" .;,")
    return item[:1].upper() + item[1:] if item else item


def mandates_from_header(text: str) -> list[str]:
    match = _MANDATES_PREFIX_RE.match(text)
    if not match:
        return []
    return [m for m in (_strip_article(part) for part in text[match.end():].split(";")) if m]


def mandates_from_introduction(text: str) -> list[str]:
    match = _CAPACITY_RE.search(text)
    if not match:
        return []
    return [m for m in (_strip_article(part) for part in match.group(1).split(";")) if m]


_RESOLUTION_LIST_RE = re.compile(
    r"(?:resolutions?|résolutions?|resoluciones|resolución)\s+((?:\d{1,2}/\d{1,3}(?:\s*,\s*|\s+(?:and|et|y)\s+)?)+)",
    re.IGNORECASE,
)


def hrc_resolutions(text: str) -> list[str]:
    """Numbers of the Council resolutions the mandates act under ("… resolutions 44/15, 37/12 and 44/4")."""
    match = _RESOLUTIONS_RE.search(text) or _RESOLUTION_LIST_RE.search(text)
    if not match:
        return []
    return list(dict.fromkeys(_RESOLUTION_NUMBER_RE.findall(match.group(1))))


def similar_letters_to(text: str) -> list[str]:
    """States (and companies) that received letters with similar concerns, in the letter's order."""
    flat = " ".join(text.split())
    # "Ltd." ends the list as well as the name: keep the abbreviation's dot.
    flat = re.sub(r"\b(Ltd|Inc|Co|Corp|plc|LLC|GmbH|AG|S\.A|N\.V|B\.V)\.(\s)", r"\1§\2", flat)
    match = _SIMILAR_RE.search(flat)
    if not match:
        return []
    recipients: list[str] = []
    for part in _ALSO_RE.split(match.group("list")):
        part = part.strip().rstrip(",")
        if not part or _OTHERS_RE.match(part):
            continue
        part = _GOVERNMENTS_RE.sub("", part)
        items = [item.strip() for item in part.split(",") if item.strip()]
        if items:
            items[-1:] = _split_conjunction(re.sub(r"^(?:and|et|y)\s+", "", items[-1]))
        recipients.extend(re.sub(r"^(?:and|et|y|the|la|le|el)\s+", "", item).strip() for item in items)
    # A name ending the sentence ("… Ltd.") lost its dot with the sentence's.
    return [item.replace("§", ".") + ("." if _ABBREVIATION_END_RE.search(item) else "") for item in recipients if item]


def _split_conjunction(text: str) -> list[str]:
    """"Ireland and Trinidad and Tobago": split at the "and" that separates known names."""
    known = {name.lower() for name in COUNTRY_NAMES.values()}
    pieces = re.split(r"\s+(?:and|et|y)\s+", text)
    if len(pieces) == 1:
        return pieces
    result: list[str] = []
    index = 0
    while index < len(pieces):
        for end in range(len(pieces), index, -1):
            joined = " and ".join(pieces[index:end])
            if joined.lower() in known:
                result.append(joined)
                index = end
                break
        else:
            # Unknown names (companies): only the last "and" is the list's.
            return [" and ".join(pieces[:-1]), pieces[-1]] if not result else result + [" and ".join(pieces[index:])]
    return result


def is_name_line(line: str) -> bool:
    words = line.strip().split()
    if not 1 < len(words) <= 6 or _SIGNATORY_TITLE_WORDS.search(line):
        return False
    if line.rstrip().endswith((".", ",", ";", ":")):
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words)


def signatories(blocks: list[list[str]]) -> list[Signatory]:
    """Signatories from the signature paragraphs, each a list of lines."""
    found: list[list[str]] = []  # [name, title]
    for lines in blocks:
        flat = list(_FLAT_SIGNATURE_RE.finditer(lines[0])) if len(lines) == 1 and len(lines[0]) > 60 else []
        if flat and flat[0].start() == 0:
            # A flattened copy: "Name Title Name Title" on one line.
            found.extend([m.group(1), " ".join(m.group(2).split())] for m in flat)
            continue
        for line in lines:
            if is_name_line(line) and (not found or found[-1][1]):
                found.append([line.strip(), ""])
            elif found:
                found[-1][1] = f"{found[-1][1]} {line.strip()}".strip()
    return [Signatory(name, title) for name, title in found if title]


def instrument_citations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "ICCPR article 9" / "CAT" / "ILO C029") for each instrument cited, in text order.

    The span runs from "article(s) …" to the instrument's name, so a tag can sit on the citation.
    """
    found: list[tuple[int, int, str]] = []
    for name, pattern in _INSTRUMENT_RES:
        for match in pattern.finditer(text):
            window = max(0, match.start() - 60)
            before = _ARTICLE_BEFORE_RE.search(text[window:match.start()])
            after = _ARTICLE_AFTER_RE.match(text[match.end():match.end() + 20])
            if before:
                start, end, numbers = window + before.start(), match.end(), re.findall(r"\d{1,2}", before.group(1))
            elif after:
                start, end, numbers = match.start(), match.end() + after.end(), [after.group(1)]
            else:
                start, end, numbers = match.start(), match.end(), []
            found.extend((start, end, f"{name} article {n}") for n in numbers)
            if not numbers:
                found.append((start, end, name))
    for match in _ILO_RE.finditer(text):
        number = next(g for g in match.groups() if g)
        found.append((match.start(), match.end(), f"ILO C{int(number):03d}"))
    return sorted(found, key=lambda citation: citation[0])  # stable: "articles 9 and 14" keep their order


def annex_cites(text: str) -> list[str]:
    """Resolutions, instruments (with articles) and Guiding Principles the annex cites."""
    flat = " ".join(text.split())
    resolutions = list(dict.fromkeys(m.group(0) for m in UN_SYMBOL_RE.finditer(flat)))
    by_instrument: dict[str, int] = {}
    cited = instrument_citations(flat)
    for position, (_start, _end, label) in enumerate(cited):
        by_instrument.setdefault(label, position)
    # The original order was by instrument pattern, then ILO numbers; keep it.
    order = {name: rank for rank, (name, _rx) in enumerate(_INSTRUMENT_RES)}
    instruments = sorted(by_instrument, key=lambda label: (
        order.get(label.split(" article ")[0], len(order)) if not label.startswith("ILO ") else len(order),
        by_instrument[label]))
    principles: dict[tuple[int, int], str] = {}
    for match in GUIDING_PRINCIPLE_RE.finditer(flat):
        first = int(match.group(1) or match.group(4))
        last_raw = match.group(3) or match.group(6)
        if last_raw:
            last = int(last_raw)
            label = f"Guiding Principles {first} to {last}" if match.group(2) not in ("and", "y", "et") else None
            if label is None:
                principles.setdefault((first, first), f"Guiding Principle {first}")
                principles.setdefault((last, last), f"Guiding Principle {last}")
                continue
            principles.setdefault((first, last), label)
        else:
            principles.setdefault((first, first), f"Guiding Principle {first}")
    ordered = [principles[key] for key in sorted(principles)]
    instruments = [i for i in dict.fromkeys(instruments) if not (i in {n for n, _ in _INSTRUMENTS} and any(x.startswith(i + " article") for x in instruments))]
    return resolutions + instruments + ordered
