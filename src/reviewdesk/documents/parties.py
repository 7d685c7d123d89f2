"""Who a letter is addressed to, and who else received one like it.

The first page of a letter names its recipient in an address block or a footer:
"His Excellency Mr. … / Ambassador Extraordinary and Plenipotentiary /
Permanent Representative of … to the United Nations Office … in Geneva", or
"Ms. …, Chief Executive Officer, … Ltd.". The person, the title and the
organisation are three different things. Text copies put that block wherever
page 1 ended, so :func:`looks_like_address_block` recognises it by its content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewdesk.domain.countries import (
    NON_STATE_CODE,
    canonical_state_name,
    country_name,
)
from reviewdesk.domain.reference import Reference

# Honorifics that are not part of the name the reviewer writes to; Mr./Ms./Madame/Señor… are kept.
_STYLE_RE = re.compile(
    r"^(?:(?:His|Her|Son|Sa|Su)\s+(?:Excellency|Excellence|Excelencia)|H\.\s?E\.|S\.\s?E\.|"
    r"Excelent[íi]sim[oa]|Excm[oa]\.)\s+",
    re.IGNORECASE,
)
_PERSON_RE = re.compile(
    r"^(?:(?:(?:His|Her|Son|Sa|Su)\s+(?:Excellency|Excellence|Excelencia)|H\.\s?E\.|S\.\s?E\.|Excelent[íi]sim[oa]|"
    r"Excm[oa]\.)\s+)?(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Madam|M|Mme|Sr|Sra|Srta|Don|Doña|Madame|Monsieur|Señor|Señora|"
    r"Señorita)\.?\s+[A-ZÀ-Ý]",
)
_EXCELLENCY_ONLY_RE = re.compile(
    r"^(?:(?:His|Her|Son|Sa|Su)\s+(?:Excellency|Excellence|Excelencia)|H\.\s?E\.|Excelent[íi]sim[oa])\s+[A-ZÀ-Ý]"
)
_REPRESENTATIVE_RE = re.compile(
    r"Permanent Representative of (?P<en>.+)$|Représentant\w* permanent\w* de (?P<fr>.+)$|"
    r"Representante Permanente de (?P<es>.+)$",
    re.IGNORECASE,
)
_MISSION = {"en": "Permanent Mission of", "fr": "Mission permanente de", "es": "Misión Permanente de"}
_NAMED_ORGANISATION_RE = re.compile(
    r"^(?:the\s+)?(?:Permanent Mission|Mission permanente|Misión Permanente|Government|Gouvernement|Gobierno|"
    r"Ministry|Ministère|Ministerio)\b",
    re.IGNORECASE,
)
ORG_SUFFIX_RE = re.compile(
    r"\b(?:Limited|Ltd|Inc|Corporation|Corp|Company|Co\.|Group|PLC|LLC|GmbH|AG|S\.A\.|SA|N\.V\.|B\.V\.|"
    r"S\.p\.A\.|Pte|S\.L\.|Holdings?|Bank|Foundation|Association|University)\b\.?",
)
_TITLE_RE = re.compile(
    r"\b(?:Ambassador|Ambassadeur|Ambassadrice|Embajador|Embajadora|Representative|Représentant\w*|"
    r"Representante|Minister|Ministre|Ministro|Ministra|Secretary|Secrétaire|Secretari[oa]|Chief|Officer|Chair|"
    r"Chairman|Chairwoman|Chairperson|President|Président\w*|Presidente|Presidenta|Director|Directeur|Directrice|"
    r"Director[a]?|Manager|Head|Chargé|Encargad[oa]|Deputy|CEO|Founder|Counsel|Executive)\b",
    re.IGNORECASE,
)
_MANDATE_TITLE_RE = re.compile(r"Rapporteu|Relator|Working Group|Groupe de travail|Grupo de Trabajo|Independent Expert|"
                               r"Experte? indépendant|Expert[oa] Independiente")
_SENTENCE_INSIDE_RE = re.compile(r"[a-zà-ÿ]{4,}[.!?]\s+\S")
_ENDS_LIKE_PROSE_RE = re.compile(r"[a-zà-ÿ]{3,}[.!?;:]$|[,;:]$")
_MAX_BLOCK_WORDS = 60
_MAX_BLOCK_LINES = 6


# "Dear Sir or Madam,": a salutation that names no one.
_GENERIC_SALUTATION_RE = re.compile(
    r"^(?:Sir|Madam|Madame|Monsieur|Señor|Señora|Colleagues?)(?:\s*(?:or|/|et|ou|y|o)\s*"
    r"(?:Sir|Madam|Madame|Monsieur|Señor|Señora))?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Parties:
    addressee: str | None = None
    title: str | None = None
    organisation: str | None = None


def person_name(text: str) -> str:
    """"His Excellency Mr. Chen Exampleton" -> "Mr. Chen Exampleton": the style goes, Mr./Ms. stay."""
    return _STYLE_RE.sub("", text.strip(), count=1).strip()


def names_someone(salutation_name: str) -> bool:
    return bool(salutation_name.strip()) and not _GENERIC_SALUTATION_RE.match(salutation_name.strip())


# Where a flattened address block ("His Excellency Mr. … Ambassador … Permanent Representative of …")
# goes on with a title: before a title word that does not follow "and".
_TITLE_START_RE = re.compile(
    r"\s+(?<!\band)(?<!\bet)(?<!\by)(?=(?:Ambassador|Ambassadeur|Ambassadrice|Embajador|Embajadora|Permanent "
    r"Representative|Représentante? permanente?|Representante Permanente|Permanent Mission|Mission permanente|"
    r"Misión Permanente|Chargée? d['’]affaires|Encargad[oa] de Negocios|Minister|Ministre|Ministr[oa]|Chief Executive"
    r"|Chairman|Chairperson|Chair|President|Présidente?|President[ae]|Director|Directeur|Directrice|Directora)\b)"
)


def _parts(block: str) -> list[str]:
    """Lines, and comma-separated parts of a one-line footer ("Ms. …, Chief Executive Officer, … Ltd.")."""
    parts = _separated_parts(block)
    if len(parts) == 1 and _PERSON_RE.match(parts[0]):
        parts = [p.strip() for p in _TITLE_START_RE.split(parts[0]) if p.strip()]  # a flattened copy's block
    return parts


def _separated_parts(block: str) -> list[str]:
    parts: list[str] = []
    for line in block.splitlines():
        for part in re.split(r",\s+(?![^()]*\))", line.strip()):
            part = part.strip()
            if not part:
                continue
            if parts and re.fullmatch(r"(?:Inc|Ltd|LLC|plc|S\.A|AG|GmbH)\.?", part):
                parts[-1] = f"{parts[-1]}, {part}"  # "Acme, Inc." is one name
            else:
                parts.append(part)
    return parts


def parse_address_block(block: str | None) -> Parties:
    """Person, title(s) and organisation of a first-page address block or footer."""
    if not block:
        return Parties()
    parts = _parts(block)
    person = None
    if parts and _PERSON_RE.match(parts[0]):
        person = person_name(parts[0])
        parts = parts[1:]
    organisation = None
    titles: list[str] = []
    named = next((p for p in parts if _NAMED_ORGANISATION_RE.match(p)), None)
    for index, part in enumerate(parts):
        representative = _REPRESENTATIVE_RE.search(part)
        if part is named:
            organisation = part[4:] if part.lower().startswith("the ") else part
        elif representative:
            titles.append(part)
            if named is None:
                language = next(k for k in ("en", "fr", "es") if representative.group(k))
                organisation = f"{_MISSION[language]} {', '.join([representative.group(language)] + parts[index + 1:])}"
                break
        else:
            titles.append(part)
    if organisation is None and titles:
        with_suffix = [t for t in titles if ORG_SUFFIX_RE.search(t)]
        if with_suffix:
            # The company; the lines after it are its postal address, not titles.
            organisation = with_suffix[0]
            titles = titles[:titles.index(organisation)]
        elif not _TITLE_RE.search(titles[-1]):
            organisation = titles.pop()
    return Parties(person, ", ".join(titles) or None, organisation)


def looks_like_address_block(text: str) -> bool:
    """Whether a stretch of text is a recipient's address block or footer (not prose that names someone)."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    words = text.split()
    if not lines or len(lines) > _MAX_BLOCK_LINES or len(words) > _MAX_BLOCK_WORDS or len(words) < 3:
        return False
    flat = " ".join(line.strip() for line in lines)
    if _SENTENCE_INSIDE_RE.search(flat) or (_ENDS_LIKE_PROSE_RE.search(flat) and not ORG_SUFFIX_RE.search(flat[-8:])):
        return False
    parts = _parts(text)
    if not _PERSON_RE.match(parts[0]) or len(parts) < 2:
        return False
    rest = parts[1:]
    if any(_MANDATE_TITLE_RE.search(p) for p in rest):
        return False  # "Mr. … / Chair-Rapporteur of the Working Group …" signs the letter
    return any(_TITLE_RE.search(p) or ORG_SUFFIX_RE.search(p) or _NAMED_ORGANISATION_RE.match(p) for p in rest)


# Where an address block may start inside a flattened copy: right after a sentence ends.
_BLOCK_START_RE = re.compile(
    r"(?<=[.!?”\")])\s+(?=(?:(?:His|Her|Son|Su)\s+(?:Excellency|Excellence|Excelencia)|H\.\s?E\.|Excelent[íi]sim[oa]|"
    r"Mr\.|Ms\.|Mrs\.|Dr\.|Madame|Monsieur|Señora?)\s+[A-ZÀ-Ý])"
)
_TAIL = 600


def split_trailing_address_block(text: str) -> tuple[str, str] | None:
    """(text before, block) when a flattened copy ends with the first-page footer it moved to the end."""
    start = max(0, len(text) - _TAIL)
    for match in _BLOCK_START_RE.finditer(text, start):
        block = text[match.end():]
        if looks_like_address_block(block):
            return text[:match.start()], block
    return None


# ---------------------------------------------------------------- the Government, when no block names it

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


_CLOSING_ADDRESSEE_RE = re.compile(r"^(?:Please accept|Veuillez agréer|Acepte)\s*,\s*(?P<who>[^,]+?),", re.IGNORECASE)


def addressee_from_closing(text: str) -> str | None:
    """"Please accept, Mr. Samplewright, the assurances…" names the addressee when nothing else does."""
    match = _CLOSING_ADDRESSEE_RE.match(text.strip())
    if match and _PERSON_RE.match(match.group("who") + " X"):
        return person_name(match.group("who"))
    return None


# ---------------------------------------------------------------- similar letters

_SIMILAR_WORDS = (r"similar concerns|similar letters|same concerns|préoccupations similaires|lettres similaires|"
                  r"preocupaciones similares|cartas similares")
_SENT_WORDS = r"sent|envoyée?s?|enviad[oa]s?|transmitted|adressée?s?|addressed|dirigid[oa]s?"
_LIST_END = r"(?:\.\s+(?=(?-i:[A-ZÀ-Ý]))|\.$|§(?=\s+(?-i:[A-ZÀ-Ý]))|§$)"
_SIMILAR_RE = re.compile(
    # "letters expressing similar concerns are also sent to …", and "se han enviado cartas con
    # preocupaciones similares al Gobierno de …" (the verb first).
    rf"(?:(?:{_SIMILAR_WORDS})[^.]{{0,200}}?(?:{_SENT_WORDS})|(?:{_SENT_WORDS})\s[^.]{{0,100}}?(?:{_SIMILAR_WORDS}))"
    rf"\s+(?:to|aux?|al|a)\s+(?P<list>.{{1,1500}}?){_LIST_END}",
    re.IGNORECASE,
)
_GOVERNMENTS_RE = re.compile(
    r"^(?:the\s+|los\s+|las\s+|les\s+)?(?:Governments?|Gouvernements?|Gobiernos?)\s+(?:of|de|du|des|del)\s+",
    re.IGNORECASE,
)
_ALSO_RE = re.compile(
    r",?\s+(?:as well as(?: to)?|ainsi qu['’](?:à|aux)|así como a(?:l| los| las)?|and to|et à|et aux|y a(?:l)?)\s+",
    re.IGNORECASE,
)
_OTHERS_RE = re.compile(
    r"^(?:(?:to|à|a)\s+)?(?:all\s+)?(?:other|others|d['’]autres|otras?|otros|autres)\b", re.IGNORECASE
)
_ABBREVIATIONS = r"Ltd|Inc|Co|Corp|plc|LLC|GmbH|AG|S\.A|N\.V|B\.V|S\.p\.A|Pte|S\.L|C\.V"
_PROTECTED_DOT_RE = re.compile(rf"\b({_ABBREVIATIONS})\.(\s|$)")
_ABBREVIATION_END_RE = re.compile(rf"\b(?:{_ABBREVIATIONS})$")
_BARE_SUFFIX_RE = re.compile(r"(?:Inc|Ltd|LLC|plc|S\.A|AG|GmbH|Co)§?\.?")
_LIST_SPLIT_RE = re.compile(r"(,\s*(?:and\s+|et\s+|y\s+|e\s+)?|\s+(?:and|et|y|e)\s+)")
_ITEM_ARTICLE_RE = re.compile(
    r"^(?:and|et|y|e|to|à|a)?\s*(?:the|la|le|l['’]|les|el|los|las|de la|de l['’]|du|des|del|de)?\s*", re.IGNORECASE
)


def similar_letters_to(text: str) -> tuple[list[str], bool]:
    """(States and companies that received letters with similar concerns, whether unnamed others did too).

    States come by their English short names ("the United Kingdom" -> "United Kingdom of Great
    Britain and Northern Ireland", "du Royaume-Uni" too); companies as written.
    """
    flat = " ".join(text.split())
    flat = _PROTECTED_DOT_RE.sub(r"\1§\2", flat)  # "Ltd." ends a name, not the sentence
    match = _SIMILAR_RE.search(flat)
    if not match:
        return [], False
    names: list[str] = []
    others = False
    for group in _ALSO_RE.split(match.group("list")):
        group = group.strip().rstrip(",")
        if not group:
            continue
        if _OTHERS_RE.match(group):
            others = True
            continue
        group = _GOVERNMENTS_RE.sub("", group)
        items, unnamed = _split_names(group)
        others = others or unnamed
        names.extend(items)
    return [n.replace("§", ".") + ("." if _ABBREVIATION_END_RE.search(n) else "") for n in names], others


def _split_names(text: str) -> tuple[list[str], bool]:
    """"Canada, the United Kingdom and Peru" -> full State names; "Trinidad and Tobago" stays one."""
    pieces = _LIST_SPLIT_RE.split(text)  # names at even indices, separators at odd ones
    names, separators = pieces[0::2], pieces[1::2]
    result: list[str] = []
    unnamed = False
    index = 0
    while index < len(names):
        # The longest run of pieces, joined as written, that names a State.
        for end in range(len(names), index, -1):
            joined = "".join(p for pair in zip(names[index:end], separators[index:end - 1] + [""]) for p in pair)
            state = canonical_state_name(_ITEM_ARTICLE_RE.sub("", joined, count=1))
            if state:
                result.append(state)
                index = end
                break
        else:
            item = re.sub(r"^(?:the|and|to)\s+", "", names[index].strip())
            conjunction = index > 0 and not separators[index - 1].strip().startswith(",")
            if result and _BARE_SUFFIX_RE.fullmatch(item):
                result[-1] = f"{result[-1]}, {item}"  # "Samsung Example Co., Ltd." is one company
            elif _OTHERS_RE.match(item):
                unnamed = True
            elif (conjunction and result and canonical_state_name(result[-1]) is None
                  and not _ABBREVIATION_END_RE.search(names[index - 1].rstrip("§"))):
                result[-1] = f"{result[-1]}{separators[index - 1]}{item}"  # "Smith and Sons Ltd." is one company
            elif item:
                result.append(item)
            index += 1
    return result, unnamed

