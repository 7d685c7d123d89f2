"""Special Procedures mandates: one key per mandate, whatever the language or the year of its title.

Letters name their mandates in the letter's language ("Working Group on Arbitrary
Detention", "Groupe de travail sur la détention arbitraire", "Grupo de Trabajo
sobre la Detención Arbitraria"), with the holder's gender ("Rapporteuse
spéciale", "Relatora Especial") and with titles that changed over time ("on
freedom of opinion and expression" became "on the promotion and protection of
the right to freedom of opinion and expression"). Facets and analytics count a
mandate once: ``canonical_mandate`` gives its stable key and English name.

A mandate is recognised by the words of its subject in English, French and
Spanish (accents and case folded), checked in the catalogue's order so a more
specific subject wins ("hazardous substances" before "environment"). A title
the catalogue does not know (a country mandate, a new one) keeps its own name,
its key the folded subject without the holder's title, so the same title in two
genders or cases still counts once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Mandate:
    key: str
    name: str  # the English title (today's), shown in facets and analytics


# (key, English title, words of the subject in en|fr|es, on folded text). Order matters: specific first.
_CATALOGUE: tuple[tuple[str, str, str], ...] = (
    ("business", "Working Group on the issue of human rights and transnational corporations and other business "
                 "enterprises", r"transnational corporations|societes transnationales|empresas transnacionales"),
    ("toxics", "Special Rapporteur on the implications for human rights of the environmentally sound management "
               "and disposal of hazardous substances and wastes",
     r"hazardous substances|substances et dechets dangereux|produits et dechets dangereux|sustancias y (los )?desechos "
     r"peligrosos|toxic"),
    ("environment", "Special Rapporteur on the human rights obligations relating to the enjoyment of a safe, clean, "
                    "healthy and sustainable environment",
     r"\benvironment\b|\benvironnement\b|medio ambiente"),
    ("climate-change", "Special Rapporteur on the promotion and protection of human rights in the context of "
                       "climate change", r"climate change|changements? climatiques?|cambio climatico"),
    ("arbitrary-detention", "Working Group on Arbitrary Detention",
     r"arbitrary detention|detention arbitraire|detencion arbitraria"),
    ("enforced-disappearances", "Working Group on Enforced or Involuntary Disappearances",
     r"disappearances|disparitions|desapariciones"),
    ("human-rights-defenders", "Special Rapporteur on the situation of human rights defenders",
     r"defenders|defenseu(r|se)s|defensor(a|e)s"),
    ("torture", "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment",
     r"\btortur"),
    ("freedom-of-expression", "Special Rapporteur on the promotion and protection of the right to freedom of opinion "
                              "and expression", r"opinion"),
    ("peaceful-assembly", "Special Rapporteur on the rights to freedom of peaceful assembly and of association",
     r"peaceful assembly|reunion pacifique|reunion pacifica"),
    ("executions", "Special Rapporteur on extrajudicial, summary or arbitrary executions",
     r"executions|ejecuciones"),
    ("judges-and-lawyers", "Special Rapporteur on the independence of judges and lawyers",
     r"judges|des juges|magistrados|jueces"),
    ("slavery", "Special Rapporteur on contemporary forms of slavery, including its causes and consequences",
     r"slavery|esclavage|esclavitud"),
    ("sale-of-children", "Special Rapporteur on the sale, sexual exploitation and sexual abuse of children",
     r"sale,? (and )?sexual exploitation|vente d.enfants|vente et (l.)?exploitation sexuelle|venta (y la )?explotacion "
     r"sexual|venta de ninos"),
    ("trafficking", "Special Rapporteur on trafficking in persons, especially women and children",
     r"trafficking|traite des (etres humains|personnes)|trata de personas"),
    ("migrants", "Special Rapporteur on the human rights of migrants", r"\bmigrant"),
    ("internally-displaced", "Special Rapporteur on the human rights of internally displaced persons",
     r"internally displaced|personnes deplacees|desplazados internos"),
    ("indigenous-peoples", "Special Rapporteur on the rights of Indigenous Peoples",
     r"indigenous|autochtones|indigenas"),
    ("solidarity", "Independent Expert on human rights and international solidarity",
     r"solidarity|solidarite|solidaridad"),
    ("food", "Special Rapporteur on the right to food", r"right to food|droit a l.alimentation|derecho a la alimentacion"),
    ("water-and-sanitation", "Special Rapporteur on the human rights to safe drinking water and sanitation",
     r"drinking water|eau potable|agua potable"),
    ("health", "Special Rapporteur on the right of everyone to the enjoyment of the highest attainable standard of "
               "physical and mental health", r"mental health|sante physique et mentale|salud fisica y mental"),
    ("housing", "Special Rapporteur on adequate housing as a component of the right to an adequate standard of "
                "living, and on the right to non-discrimination in this context", r"housing|logement|vivienda"),
    ("discrimination-against-women", "Working Group on discrimination against women and girls",
     r"discrimination against women|discrimination (a l.egard des|contre les) femmes|discriminacion contra las mujeres"),
    ("violence-against-women", "Special Rapporteur on violence against women and girls, its causes and consequences",
     r"violence against women|violence contre les femmes|violencia contra la mujer"),
    ("counter-terrorism", "Special Rapporteur on the promotion and protection of human rights and fundamental "
                          "freedoms while countering terrorism", r"terroris"),
    ("privacy", "Special Rapporteur on the right to privacy", r"privacy|vie privee|privacidad"),
    ("religion", "Special Rapporteur on freedom of religion or belief", r"religion|religiosa"),
    ("minorities", "Special Rapporteur on minority issues", r"minorit"),
    ("racism", "Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related "
               "intolerance", r"racis|xenophob|xenofobia"),
    ("african-descent", "Working Group of Experts on People of African Descent",
     r"african descent|ascendance africaine|afrodescendientes"),
    ("education", "Special Rapporteur on the right to education",
     r"right to education|droit a l.education|derecho a la educacion"),
    ("extreme-poverty", "Special Rapporteur on extreme poverty and human rights",
     r"extreme poverty|extreme pauvrete|pobreza extrema"),
    ("disabilities", "Special Rapporteur on the rights of persons with disabilities",
     r"disabilities|handicap|discapacidad"),
    ("older-persons", "Independent Expert on the enjoyment of all human rights by older persons",
     r"older persons|personnes agees|personas (de edad|mayores)"),
    ("sexual-orientation", "Independent Expert on protection against violence and discrimination based on sexual "
                           "orientation and gender identity", r"sexual orientation|orientation sexuelle|orientacion sexual"),
    ("cultural-rights", "Special Rapporteur in the field of cultural rights",
     r"cultural rights|droits culturels|derechos culturales"),
    ("mercenaries", "Working Group on the use of mercenaries", r"mercenar"),
    ("truth-and-justice", "Special Rapporteur on the promotion of truth, justice, reparation and guarantees of "
                          "non-recurrence", r"non-recurrence|non-repetition|no repeticion"),
    ("international-order", "Independent Expert on the promotion of a democratic and equitable international order",
     r"international order|ordre international|orden internacional"),
    ("foreign-debt", "Independent Expert on foreign debt and human rights", r"foreign debt|dette exterieure|deuda externa"),
    ("coercive-measures", "Special Rapporteur on the negative impact of unilateral coercive measures on the "
                          "enjoyment of human rights", r"coercive measures|mesures coercitives|medidas coercitivas"),
    ("leprosy", "Special Rapporteur on the elimination of discrimination against persons affected by leprosy",
     r"leprosy|lepre|lepra"),
    ("albinism", "Independent Expert on the enjoyment of human rights by persons with albinism", r"albinis"),
    ("development", "Special Rapporteur on the right to development",
     r"right to development|droit au developpement|derecho al desarrollo"),
)
_PATTERNS = tuple((Mandate(key, name), re.compile(words)) for key, name, words in _CATALOGUE)
MANDATES: dict[str, Mandate] = {mandate.key: mandate for mandate, _pattern in _PATTERNS}

# The holder's title in front of the subject (any gender, any of the three languages).
_TITLE_RE = re.compile(r"^(the\s+)?(special\s+rapporteur|independent\s+expert|working\s+group(\s+of\s+experts)?|"
                       r"rapporteu(r|se)\s+speciale?|experte?\s+independante?|groupe\s+de\s+travail|"
                       r"relator(a)?\s+especial|expert(o|a)\s+independiente|grupo\s+de\s+trabajo)"
                       r"(\s+(on|sur|sobre|of|de|in the field of|dans le domaine des|en la esfera de))?\s+")


def _folded(name: str) -> str:
    """Lower case, accents and apostrophe variants folded, spaces single."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'").replace("`", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


@lru_cache(maxsize=4096)  # a store names a few hundred titles, thousands of times
def canonical_mandate(name: str) -> Mandate | None:
    """The mandate a letter's mandate title names: its catalogue entry, else a key of its own; None if blank."""
    folded = _folded(name or "")
    if not folded:
        return None
    for mandate, pattern in _PATTERNS:
        if pattern.search(folded):
            return mandate
    subject = _TITLE_RE.sub("", folded).strip(" .,;") or folded
    return Mandate(f"other:{subject}", " ".join(name.split()))


def canonical_mandates(names) -> tuple[Mandate, ...]:
    """The distinct mandates of a letter's list of titles, in their order (non-text entries ignored)."""
    found: dict[str, Mandate] = {}
    for name in names or ():
        if isinstance(name, str) and (mandate := canonical_mandate(name)) is not None:
            found.setdefault(mandate.key, mandate)
    return tuple(found.values())
