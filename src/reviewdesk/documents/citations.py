"""What an annex cites: UN documents, instruments and their articles, other standards, Guiding Principles.

Every authority is named once, in one canonical form, whatever the language and
wording of the letter:

- UN documents: symbols as written (``A/HRC/RES/17/31``, ``A/HRC/32/45``,
  ``CRC/C/GC/16``); resolutions cited by number become their symbols
  (``A/RES/60/147``, ``A/HRC/RES/40/34``, ``S/RES/1373 (2001)``) when the
  sentence names the body; general comments and recommendations named by number
  and committee become the committee's symbol (``CCPR/C/GC/34``);
- instruments: ``ICCPR article 9`` (also from "articles 2, 7 and 14 of the
  Covenant", "l'article 2, paragraphe 3, du Pacte": a bare "Covenant" or
  "Convention" is the one last named), ``CAT``, declarations, basic principles,
  ILO conventions, protocols and recommendations (``ILO C029``, ``ILO P029``,
  ``ILO R203``), FATF recommendations;
- each Guiding Principle by number (pairs and lists each; a range keeps its
  form, "Guiding Principles 25 to 31").

Documents come first, then instruments, each in order of first appearance, then
the Guiding Principles by number. All patterns are anchored on literal words and
look back or ahead over bounded windows, so long texts are scanned linearly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The Council's name and the word "resolution(s)" in the letters' three languages (shared with fields).
COUNCIL_NAMES = r"Human Rights Council|Conseil des droits de l['’]homme|Consejo de Derechos Humanos"
RESOLUTION_WORDS = r"resolutions?|résolutions?|resoluci(?:ón|ones)"

# ---------------------------------------------------------------- kept for services.suggest (tags on spans)

UN_SYMBOL_RE = re.compile(r"\bA/(?:HRC/)?(?:RES/)?\d{1,3}/\d{1,4}(?:/Add\.\d+)?")
# "Human Rights Council resolution 17/4", "General Assembly resolution 53/144", "résolution 17/4 du Conseil…"
RESOLUTION_CITATION_RE = re.compile(
    rf"(?:(?:{COUNCIL_NAMES}|General Assembly|Assemblée générale|Asamblea General)\s+)"
    r"(?:resolution|résolution|resolución)\s+\d{1,3}/\d{1,4}",
    re.IGNORECASE,
)
# Groups: 1 first number, 2 joiner, 3 last number (English); 4-6 the same in French/Spanish.
GUIDING_PRINCIPLE_RE = re.compile(
    r"Guiding Principles?\s+(\d{1,2})(?:\s*(to|-|–|and|à|a|y|et)\s*(\d{1,2}))?|"
    r"(?:principes? directeurs?|Principios? Rectores?)\s+(\d{1,2})(?:\s*(à|a|-|–)\s*(\d{1,2}))?",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- UN documents

_SYMBOL_RE = re.compile(
    r"\bA/(?:HRC/)?(?:RES/)?\d{1,3}/\d{1,4}(?:/Add\.\d+)?"
    r"|\bS/RES/\d{1,4}\s*\(\d{4}\)"
    r"|\bE/CN\.4/\d{4}/\d{1,4}(?:/Add\.\d+)?"
    r"|\b(?:(?:CCPR|CAT|CRC|CEDAW|CERD|CRPD|CMW|CED)/C|E/C\.12)/(?:GC|GR)/\d{1,3}"
)
_NUMBER_LIST = r"\d{1,4}(?:/\d{1,4}|\s*\(\d{4}\))"
_RESOLUTIONS_BY_NUMBER_RE = re.compile(
    rf"\b(?:{RESOLUTION_WORDS})\s+(?P<list>{_NUMBER_LIST}"
    rf"(?:\s*(?:,\s*(?:and|et|y)?|and|et|y)\s*{_NUMBER_LIST})*)",
    re.IGNORECASE,
)
_ONE_RESOLUTION_RE = re.compile(r"(\d{1,4})(?:/(\d{1,4})|\s*\((\d{4})\))")
_BODIES = [
    ("S/RES/", re.compile(r"Security Council|Conseil de sécurité|Consejo de Seguridad", re.IGNORECASE)),
    ("A/HRC/RES/", re.compile(rf"{COUNCIL_NAMES}|"
                              r"\b(?:the|le|el|du|del) (?:Council|Conseil|Consejo)\b(?! de (?:sécurité|Seguridad))",
                              re.IGNORECASE)),
    ("A/RES/", re.compile(r"General Assembly|Assemblée générale|Asamblea General", re.IGNORECASE)),
]
_GENERAL_COMMENT_RE = re.compile(
    r"\b(?:general\s+(?:comments?|recommendations?)|observations?\s+générales?|recommandations?\s+générales?|"
    r"observaci(?:ón|ones)\s+generales?|recomendaci(?:ón|ones)\s+generales?)\s*"
    r"(?:Nos?\.?|nos?|n[°º]s?|núms?\.|números?)?\s*(?P<number>\d{1,3})\b",
    re.IGNORECASE,
)
_COMMITTEES = [
    ("E/C.12/GC/", r"Committee on Economic, Social and Cultural Rights|Comité des droits économiques, sociaux et "
                   r"culturels|Comité de Derechos Económicos, Sociales y Culturales"),
    ("CCPR/C/GC/", r"Human Rights Committee|Comité des droits de l['’]homme|Comité de Derechos Humanos"),
    ("CAT/C/GC/", r"Committee against Torture|Comité contre la torture|Comité contra la Tortura"),
    ("CRC/C/GC/", r"Committee on the Rights of the Child|Comité des droits de l['’]enfant|Comité de los Derechos del "
                  r"Niño"),
    ("CEDAW/C/GC/", r"Committee on the Elimination of Discrimination against Women|Comité pour l['’]élimination de la "
                    r"discrimination à l['’]égard des femmes|Comité para la Eliminación de la Discriminación contra "
                    r"la Mujer|CEDAW Committee"),
    ("CERD/C/GC/", r"Committee on the Elimination of Racial Discrimination|Comité pour l['’]élimination de la "
                   r"discrimination raciale|Comité para la Eliminación de la Discriminación Racial"),
    ("CRPD/C/GC/", r"Committee on the Rights of Persons with Disabilities|Comité des droits des personnes "
                   r"handicapées|Comité sobre los Derechos de las Personas con Discapacidad"),
]
_COMMITTEE_RES = [(prefix, re.compile(pattern, re.IGNORECASE)) for prefix, pattern in _COMMITTEES]
# How far around a citation the body or committee it belongs to may be named (one sentence, roughly).
_CONTEXT = 220

# ---------------------------------------------------------------- instruments and standards

# label, pattern, family (a bare "Covenant"/"Convention"/"Declaration" is the last named of its family)
_INSTRUMENTS = [
    ("UDHR", r"Universal Declaration of Human Rights|Déclaration universelle des droits de l['’]homme|"
             r"Declaración Universal de (?:los )?Derechos Humanos|\bUDHR\b", "declaration"),
    ("ICCPR", r"International Covenant on Civil and Political Rights|Pacte international relatif aux droits civils "
              r"et politiques|Pacto Internacional de Derechos Civiles y Políticos|\bICCPR\b|\bPIDCP\b", "covenant"),
    ("ICESCR", r"International Covenant on Economic, Social and Cultural Rights|Pacte international relatif aux "
               r"droits économiques, sociaux et culturels|Pacto Internacional de Derechos Económicos, Sociales y "
               r"Culturales|\bICESCR\b|\bPIDESC\b", "covenant"),
    ("CAT", r"Convention against Torture|Convention contre la torture|Convención contra la Tortura|\bCAT\b(?!/)",
     "convention"),
    ("CERD", r"Convention on the Elimination of All Forms of Racial Discrimination|Convention internationale sur "
             r"l['’]élimination de toutes les formes de discrimination raciale|Convención Internacional sobre la "
             r"Eliminación de todas las Formas de Discriminación Racial|\bCERD\b(?!/)", "convention"),
    ("CEDAW", r"Convention on the Elimination of All Forms of Discrimination against Women|Convention sur "
              r"l['’]élimination de toutes les formes de discrimination à l['’]égard des femmes|Convención sobre la "
              r"Eliminación de Todas las Formas de Discriminación contra la Mujer|\bCEDAW\b(?!/| Committee)",
     "convention"),
    ("CRC", r"Convention on the Rights of the Child|Convention relative aux droits de l['’]enfant|Convención sobre "
            r"los Derechos del Niño|\bCRC\b(?!/)", "convention"),
    ("CRPD", r"Convention on the Rights of Persons with Disabilities|Convention relative aux droits des personnes "
             r"handicapées|Convención sobre los Derechos de las Personas con Discapacidad|\bCRPD\b(?!/)",
     "convention"),
    ("CED", r"International Convention for the Protection of All Persons from Enforced Disappearance|Convention "
            r"internationale pour la protection de toutes les personnes contre les disparitions forcées|Convención "
            r"Internacional para la Protección de Todas las Personas contra las Desapariciones Forzadas",
     "convention"),
    ("Refugee Convention", r"Convention relating to the Status of Refugees|Convention relative au statut des "
                           r"réfugiés|Convención sobre el Estatuto de los Refugiados", "convention"),
    ("UNDRIP", r"Declaration on the Rights of Indigenous Peoples|Déclaration des Nations Unies sur les droits des "
               r"peuples autochtones|Declaración de las Naciones Unidas sobre los Derechos de los Pueblos Indígenas|"
               r"\bUNDRIP\b", "declaration"),
    ("UNDROP", r"Declaration on the Rights of Peasants|Déclaration des Nations Unies sur les droits des paysans|"
               r"Declaración de las Naciones Unidas sobre los Derechos de los Campesinos", "declaration"),
    ("Declaration on Human Rights Defenders",
     r"Declaration on (?:the )?(?:Right and Responsibility of Individuals|Human Rights Defenders)|"
     r"Déclaration sur (?:le droit et la responsabilité des individus|les défenseurs des droits de l['’]homme)|"
     r"Declaración sobre (?:el derecho y el deber de los individuos|(?:los )?defensores de (?:los )?derechos "
     r"humanos)", "declaration"),
    ("Minorities Declaration",
     r"Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities|"
     r"Déclaration des droits des personnes appartenant à des minorités|Declaración sobre los derechos de las "
     r"personas pertenecientes a minorías", "declaration"),
    ("Declaration on Enforced Disappearance",
     r"Declaration on the Protection of All Persons from Enforced Disappearance|Déclaration sur la protection de "
     r"toutes les personnes contre les disparitions forcées|Declaración sobre la protección de todas las personas "
     r"contra las desapariciones forzadas", "declaration"),
    ("Declaration on the Elimination of Violence against Women",
     r"Declaration on the Elimination of Violence against Women|Déclaration sur l['’]élimination de la violence à "
     r"l['’]égard des femmes|Declaración sobre la eliminación de la violencia contra la mujer", "declaration"),
    ("Palermo Protocol", r"Protocol to Prevent, Suppress and Punish Trafficking in Persons|Palermo Protocol|"
                         r"Protocole de Palerme|Protocolo de Palermo", "protocol"),
    ("Basic Principles on the Independence of the Judiciary",
     r"Basic Principles on the Independence of the Judiciary|Principes fondamentaux relatifs à l['’]indépendance de "
     r"la magistrature|Principios Básicos relativos a la Independencia de la Judicatura", "principles"),
    ("Basic Principles on the Role of Lawyers",
     r"Basic Principles on the Role of Lawyers|Principes de base relatifs au rôle du barreau|Principios Básicos "
     r"sobre la Función de los Abogados", "principles"),
    ("Basic Principles on the Use of Force and Firearms",
     r"Basic Principles on the Use of Force and Firearms|Principes de base sur le recours à la force et "
     r"l['’]utilisation des armes à feu|Principios Básicos sobre el Empleo de la Fuerza y de Armas de Fuego",
     "principles"),
    ("Nelson Mandela Rules", r"Standard Minimum Rules for the Treatment of Prisoners|Nelson Mandela Rules|Règles "
                             r"Nelson Mandela|Reglas Nelson Mandela|Ensemble de règles minima des Nations Unies "
                             r"pour le traitement des détenus|Reglas Mínimas de las Naciones Unidas para el "
                             r"Tratamiento de los Reclusos", "principles"),
    ("Guiding Principles on Internal Displacement",
     r"Guiding Principles on Internal Displacement|Principes directeurs relatifs au déplacement de personnes à "
     r"l['’]intérieur de leur propre pays|Principios Rectores de los Desplazamientos Internos", "principles"),
    ("Istanbul Protocol", r"Istanbul Protocol|Protocole d['’]Istanbul|Protocolo de Estambul", "protocol"),
]
_INSTRUMENT_RES = [(label, re.compile(pattern, re.IGNORECASE), family) for label, pattern, family in _INSTRUMENTS]
# A document cited by its name rather than its symbol: one authority, one form.
_NAMED_DOCUMENTS = [
    ("A/RES/60/147", re.compile(r"Basic Principles and Guidelines on the Right to a Remedy and Reparation|Principes "
                                r"fondamentaux et directives concernant le droit à un recours et à réparation|"
                                r"Principios y directrices básicos sobre el derecho de las víctimas",
                                re.IGNORECASE)),
]
# "the Covenant", "du Pacte", "la Convención": the one of that family named last.
_GENERIC_RE = re.compile(
    r"\b(?:the|le|du|el|del|la|de la|de l['’]|l['’])\s*(?P<noun>Covenant|Pacte|Pacto|Convention|Convención|"
    r"Declaration|Déclaration|Declaración)\b(?!\s+(?:on|against|for|relating|concerning|relative|sur|contre|pour|"
    r"sobre|contra|para|relativa|internationale?|de las Naciones))",
    re.IGNORECASE,
)
_GENERIC_FAMILY = {"covenant": "covenant", "pacte": "covenant", "pacto": "covenant", "convention": "convention",
                   "convención": "convention", "declaration": "declaration", "déclaration": "declaration",
                   "declaración": "declaration"}
_NUM = r"\d{1,2}(?:\.\d{1,2})?(?:\s*\(\d{1,2}\))?(?:\s*\([a-z]\))?"
_ARTICLE_BEFORE_RE = re.compile(
    rf"\b(?:articles?|art\.|artículos?)\s+(?P<numbers>{_NUM}(?:\s*(?:,|and|et|y|to|à|a|-|–)\s*{_NUM})*)"
    r"(?:\s*,?\s*(?:paragraphs?|paragraphes?|párrafos?|para\.)\s+\d{1,2}(?:\s*\([a-z]\))?"
    r"(?:\s*(?:,|and|et|y)\s*\d{1,2})*)?"
    r"\s*,?\s*(?:of|de|du|del)\s*(?:the\s+|la\s+|el\s+|le\s+|l['’]\s*)?$",
    re.IGNORECASE,
)
_ARTICLE_AFTER_RE = re.compile(r"^\s*\)?,?\s*(?:art\.|article|artículo)\s*(\d{1,2})", re.IGNORECASE)
_RANGE_WORDS = {"to", "à", "a", "-", "–"}
_ARTICLE_TOKEN_RE = re.compile(rf"{_NUM}|\b(?:to|à|a)\b|[-–]", re.IGNORECASE)
_MAX_ARTICLE_RANGE = 10
_ARTICLE_WINDOW = 160

_ILO_NUMBER_RE = re.compile(r"\((?:No|no|n[°º]|núm)\.?\s*(\d{1,3})\)")
_ILO_NAMED_RE = re.compile(
    r"(?<!general )\b(?P<kind>Convention|Convenio|Recommendation|Recommandation|Recomendación)\s+"
    r"(?:No\.?|no|n[°º]|núm\.)\s*"
    r"(?P<number>\d{1,3})\b",
    re.IGNORECASE,
)
_ILO_KIND_WORD_RE = re.compile(r"Convention|Convenio|Recommendation|Recommandation|Recomendación|Protocol|"
                               r"Protocole|Protocolo", re.IGNORECASE)
_ILO_P029_RE = re.compile(r"Protocol of 2014 to the Forced Labour Convention|Protocole de 2014 relatif à la "
                          r"convention sur le travail forcé|Protocolo de 2014 relativo al Convenio sobre el trabajo "
                          r"forzoso", re.IGNORECASE)
_ILO_CODE_RE = re.compile(r"\bC(\d{3})\b")
_ILO_WINDOW = 120
_FATF_NUMBERED_RE = re.compile(
    r"\bFATF\s+Recommendations?\s+(?P<a>\d{1,2})\b"
    r"|\bRecommendations?\s+(?P<b>\d{1,2})\s+of\s+the\s+(?:FATF|Financial Action Task Force)"
    r"|\bRecomendaci(?:ón|ones)\s+(?P<c>\d{1,2})\s+del\s+(?:GAFI|Grupo de Acción Financiera)"
    r"|\bRecommandations?\s+(?P<d>\d{1,2})\s+du\s+(?:GAFI|Groupe d['’]action financière)",
    re.IGNORECASE,
)
_FATF_GENERAL_RE = re.compile(
    r"\b(?:FATF|Financial Action Task Force|GAFI|Grupo de Acción Financiera|Groupe d['’]action financière)\b",
    re.IGNORECASE,
)
_RECOMMENDATIONS_WORD_RE = re.compile(r"recommendations|recomendaciones|recommandations", re.IGNORECASE)

# ---------------------------------------------------------------- Guiding Principles

_GP_NUMS = r"\d{1,2}(?!\d)(?:\s*\([a-z]\))?(?:\s*(?:,\s*(?:and|et|y)?|and|et|y|to|à|a|-|–)\s*\d{1,2}(?!\d)(?:\s*\([a-z]\))?)*"
_GUIDING_PRINCIPLES_RE = re.compile(
    rf"\b(?:Guiding\s+Principles?|Principes?\s+directeurs?|Principios?\s+Rectores?)\s+(?P<a>{_GP_NUMS})"
    rf"|\b(?:principles?|principes?|principios?)\s+(?P<b>{_GP_NUMS})\s+(?:of\s+the\s+(?:UN\s+|United\s+Nations\s+)?"
    r"Guiding\s+Principles|des\s+Principes\s+directeurs|de\s+los\s+Principios\s+Rectores)",
    re.IGNORECASE,
)
_GP_TOKEN_RE = re.compile(r"\d{1,2}|\b(?:to|à|a)\b|[-–]", re.IGNORECASE)
_PRINCIPLES = range(1, 32)


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    label: str


def _flat(text: str) -> str:
    """One space for any run of whitespace: line breaks must not hide a citation."""
    return " ".join(text.split())


def _nearest(patterns, text: str, start: int, end: int):
    """The item whose pattern occurs closest to text[start:end], within the surrounding context."""
    lo, hi = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    best = None
    for item, pattern in patterns:
        for match in pattern.finditer(text, lo, hi):
            distance = start - match.end() if match.end() <= start else match.start() - end
            if best is None or distance < best[0]:
                best = (distance, item)
    return best[1] if best else None


def document_citations(text: str) -> list[Citation]:
    """UN documents in order of appearance: symbols, resolutions by number, general comments, named documents."""
    found: list[Citation] = []
    for match in _SYMBOL_RE.finditer(text):
        found.append(Citation(match.start(), match.end(), " ".join(match.group(0).split())))
    for match in _RESOLUTIONS_BY_NUMBER_RE.finditer(text):
        base = match.start("list")
        for one in _ONE_RESOLUTION_RE.finditer(match.group("list")):
            start, end = base + one.start(), base + one.end()
            if one.group(3):  # "1373 (2001)": only the Security Council numbers its resolutions so
                label = f"S/RES/{one.group(1)} ({one.group(3)})"
            else:
                body = _nearest(_BODIES, text, match.start(), end)
                number = f"{one.group(1)}/{one.group(2)}"
                label = f"{body}{number}" if body and body != "S/RES/" else f"resolution {number}"
            found.append(Citation(start, end, label))
    for match in _GENERAL_COMMENT_RE.finditer(text):
        prefix = _nearest(_COMMITTEE_RES, text, match.start(), match.end())
        number = int(match.group("number"))
        label = f"{prefix}{number}" if prefix else f"general comment No. {number}"
        found.append(Citation(match.start(), match.end(), label))
    for label, pattern in _NAMED_DOCUMENTS:
        found.extend(Citation(m.start(), m.end(), label) for m in pattern.finditer(text))
    return sorted(found, key=lambda c: c.start)


def _article_numbers(raw: str) -> list[int]:
    """"2, 7 and 14" -> [2, 7, 14]; "9 (1)" -> [9]; "6 to 9" -> [6, 7, 8, 9]."""
    tokens = _ARTICLE_TOKEN_RE.findall(raw)
    numbers: list[int] = []
    pending_range = False
    for token in tokens:
        if token.lower() in _RANGE_WORDS:
            pending_range = bool(numbers)
            continue
        value = int(re.match(r"\d+", token).group(0))
        if pending_range and 0 < value - numbers[-1] <= _MAX_ARTICLE_RANGE:
            numbers.extend(range(numbers[-1] + 1, value + 1))
        else:
            numbers.append(value)
        pending_range = False
    return list(dict.fromkeys(numbers))


def _mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of every instrument named, bare "the Covenant" resolved to the last one named."""
    named: list[tuple[int, int, str, str]] = []
    for label, pattern, family in _INSTRUMENT_RES:
        named.extend((m.start(), m.end(), label, family) for m in pattern.finditer(text))
    named.sort()
    mentions = [(s, e, label) for s, e, label, _family in named]
    for match in _GENERIC_RE.finditer(text):
        start = match.start("noun")
        if any(s <= start < e for s, e, _l, _f in named):
            continue
        family = _GENERIC_FAMILY[match.group("noun").lower()]
        earlier = [label for s, _e, label, fam in named if fam == family and s < start]
        if earlier:
            mentions.append((start, match.end(), earlier[-1]))
    return sorted(mentions)


def instrument_citations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "ICCPR article 9" / "CAT" / "ILO C029" / …) for each instrument or standard cited, in order.

    The span runs from "article(s) …" to the instrument's name, so a tag can sit on the citation.
    """
    found: list[tuple[int, int, str]] = []
    for start, end, name in _mentions(text):
        window = max(0, start - _ARTICLE_WINDOW)
        before = _ARTICLE_BEFORE_RE.search(text, window, start)
        after = _ARTICLE_AFTER_RE.match(text[end:end + 24])
        if before and before.end() == start:
            found.extend((before.start(), end, f"{name} article {n}") for n in _article_numbers(before.group("numbers")))
        elif after:
            found.append((start, end + after.end(), f"{name} article {int(after.group(1))}"))
        else:
            found.append((start, end, name))
    found.extend(_ilo_citations(text))
    found.extend(_fatf_citations(text))
    return sorted(found, key=lambda citation: citation[0])  # stable: "articles 9 and 14" keep their order


def _ilo_citations(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for match in _ILO_NUMBER_RE.finditer(text):
        # "(No. 203)" belongs to the nearest instrument word before it: a convention, recommendation or protocol.
        kinds = list(_ILO_KIND_WORD_RE.finditer(text, max(0, match.start() - _ILO_WINDOW), match.start()))
        if not kinds:
            continue
        letter = "R" if kinds[-1].group(0).lower().startswith("recom") else "C"
        found.append((match.start(), match.end(), f"ILO {letter}{int(match.group(1)):03d}"))
    for match in _ILO_NAMED_RE.finditer(text):
        letter = "R" if match.group("kind").lower().startswith("recom") else "C"
        found.append((match.start(), match.end(), f"ILO {letter}{int(match.group('number')):03d}"))
    found.extend((m.start(), m.end(), f"ILO C{m.group(1)}") for m in _ILO_CODE_RE.finditer(text))
    found.extend((m.start(), m.end(), "ILO P029") for m in _ILO_P029_RE.finditer(text))
    return found


def _fatf_citations(text: str) -> list[tuple[int, int, str]]:
    numbered = [(m.start(), m.end(), f"FATF Recommendation {int(next(g for g in m.groups() if g))}")
                for m in _FATF_NUMBERED_RE.finditer(text)]
    general = []
    for match in _FATF_GENERAL_RE.finditer(text):
        if any(s <= match.start() < e for s, e, _l in numbered):
            continue
        around = text[max(0, match.start() - 40):match.end() + 40]
        if _RECOMMENDATIONS_WORD_RE.search(around):
            general.append((match.start(), match.end(), "FATF Recommendations"))
    return numbered + general


def guiding_principle_spans(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, first, last) for every Guiding Principle cited; first == last unless a range."""
    spans = []
    for match in _GUIDING_PRINCIPLES_RE.finditer(text):
        raw = match.group("a") or match.group("b")
        numbers: list[tuple[int, int]] = []
        pending_range = False
        for token in _GP_TOKEN_RE.findall(raw):
            if not token.isdigit():
                pending_range = token.lower() in _RANGE_WORDS and bool(numbers)
                continue
            value = int(token)
            if pending_range and numbers[-1][0] == numbers[-1][1] and numbers[-1][0] < value:
                numbers[-1] = (numbers[-1][0], value)
            else:
                numbers.append((value, value))
            pending_range = False
        spans.extend((match.start(), match.end(), a, b) for a, b in numbers if a in _PRINCIPLES and b in _PRINCIPLES)
    return spans


def annex_cites(text: str) -> list[str]:
    """Every authority the annex cites, each once: documents, then instruments, then Guiding Principles."""
    flat = _flat(text)
    documents = dict.fromkeys(c.label for c in document_citations(flat))
    instruments = list(dict.fromkeys(label for _s, _e, label in instrument_citations(flat)))
    with_articles = {label.split(" article ")[0] for label in instruments if " article " in label}
    instruments = [label for label in instruments if label not in with_articles]
    principles = sorted({(a, b) for _s, _e, a, b in guiding_principle_spans(flat)})
    return list(documents) + instruments + [
        f"Guiding Principle {a}" if a == b else f"Guiding Principles {a} to {b}" for a, b in principles
    ]
