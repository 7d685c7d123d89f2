"""The words of an exported briefing in English, French or Spanish: headings, labels, verdicts, grades, dates.

A small catalogue keyed by the English text (gettext's way: an untranslated text stays English, never
blank). The letters' own words (quotes, notes, names) are not translated. Dates are spelled from the
tables here, never from the operating system's locale, so a briefing reads the same on every machine.
"""

from __future__ import annotations

from datetime import date

from reviewdesk.domain.assessment import Verdict

LANGUAGES = {"en": "English", "fr": "Français", "es": "Español"}
DEFAULT_LANGUAGE = "en"

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}

# What the Analytics chapter (and the Dashboard's tooltip) says of how each figure is counted
# (``services.analytics``); a catalogue key like any other.
ANALYTICS_DEFINITIONS = (
    "Reply rate: cases with at least one reply ÷ cases. Within the deadline: among cases whose outcome is known "
    "(a dated reply to a case with a due date, or no reply and past due), the share whose first reply came by "
    "the due date; cases still awaiting a reply before their due date are left out.\n\n"
    "Delay: days from the letter to its first reply. Median and 90th percentile by linear interpolation between "
    "closest ranks (as Excel's PERCENTILE.INC). Grades: the grade each case shows (its latest reply's); "
    "verdicts: the reviewer's, per question of the letter. A case counts once under each of its mandates and "
    "allegation terms."
)

# English text -> (French, Spanish). Texts with {placeholders} are formatted after translation.
_CATALOGUE: dict[str, tuple[str, str]] = {
    # Headings
    "Portfolio briefing": ("Dossier de synthèse", "Informe de cartera"),
    "Portfolio of {count} cases": ("Dossier de {count} affaires", "Cartera de {count} casos"),
    "Briefing — {reference}": ("Note d’information — {reference}", "Nota informativa — {reference}"),
    "Contents": ("Table des matières", "Índice"),
    "Table of contents: update fields (F9) to fill it.": (
        "Table des matières : mettez à jour les champs (F9) pour la remplir.",
        "Índice: actualice los campos (F9) para completarlo."),
    "Questions and answers": ("Questions et réponses", "Preguntas y respuestas"),
    "Allegations": ("Allégations", "Alegaciones"),
    "Reply": ("Réponse", "Respuesta"),
    "Reply ({when})": ("Réponse ({when})", "Respuesta ({when})"),
    "Legal framework": ("Cadre juridique", "Marco jurídico"),
    "Questions in full": ("Questions en entier", "Preguntas completas"),
    "Other tagged passages": ("Autres passages annotés", "Otros pasajes etiquetados"),
    "Replies and grades by addressee": ("Réponses et notations par destinataire", "Respuestas y calificaciones por destinatario"),
    "Verdicts by case and question": ("Appréciations par affaire et par question", "Valoraciones por caso y pregunta"),
    # Letter sections (other tagged passages)
    "Header": ("En-tête", "Encabezado"),
    "Introduction": ("Introduction", "Introducción"),
    "Concerns": ("Préoccupations", "Preocupaciones"),
    "Questions": ("Questions", "Preguntas"),
    "Closing": ("Formule finale", "Cierre"),
    "Signatures": ("Signatures", "Firmas"),
    "Footnotes": ("Notes de bas de page", "Notas al pie"),
    "Body": ("Corps de la lettre", "Cuerpo de la carta"),
    "Elsewhere in the letter": ("Ailleurs dans la lettre", "En otra parte de la carta"),
    # Table labels
    "Q": ("Q", "P"),
    "Q{number}": ("Q{number}", "P{number}"),
    "Question": ("Question", "Pregunta"),
    "Verdict": ("Appréciation", "Valoración"),
    "Evidence from the reply": ("Éléments de la réponse", "Elementos de la respuesta"),
    "Reviewer's note": ("Note de l’examinateur", "Nota del revisor"),
    "not assessed": ("non évaluée", "sin valorar"),
    "(full text: Questions in full, Q{number})": ("(texte intégral : Questions en entier, Q{number})",
                                                  "(texto completo: Preguntas completas, P{number})"),
    "Case": ("Affaire", "Caso"),
    # Cover
    "Reference": ("Référence", "Referencia"),
    "Type": ("Type", "Tipo"),
    "Date": ("Date", "Fecha"),
    "Addressee": ("Destinataire", "Destinatario"),
    "Mandates": ("Mandats", "Mandatos"),
    "Reply due": ("Réponse attendue le", "Respuesta esperada el"),
    "Grade": ("Notation", "Calificación"),
    "Actions reported": ("Mesures signalées", "Medidas comunicadas"),
    "Reviewer": ("Examinateur", "Revisor"),
    "Exported": ("Exporté le", "Exportado el"),
    "Allegation letter": ("Lettre d’allégation", "Carta de alegación"),
    "Urgent appeal": ("Appel urgent", "Llamamiento urgente"),
    "Other letter": ("Autre lettre", "Otra carta"),
    "not graded": ("sans notation", "sin calificar"),
    "{grade} — automatic": ("{grade} — automatique", "{grade} — automática"),
    # Reply status
    "received (undated)": ("reçue (non datée)", "recibida (sin fecha)"),
    "received on {date}, {days} days late": ("reçue le {date}, avec {days} jours de retard",
                                             "recibida el {date}, con {days} días de retraso"),
    "received on {date}, within the deadline": ("reçue le {date}, dans le délai", "recibida el {date}, dentro del plazo"),
    "none; {days} days past the due date": ("aucune ; échéance dépassée de {days} jours",
                                            "ninguna; {days} días después del plazo"),
    "none yet": ("pas encore", "todavía ninguna"),
    # Comments
    "Note: {note}": ("Note : {note}", "Nota: {note}"),
    "Tagged by {author} on {date}": ("Annoté par {author} le {date}", "Etiquetado por {author} el {date}"),
    "reviewer": ("l’examinateur", "el revisor"),
    "Answers {questions}": ("Répond à {questions}", "Responde a {questions}"),
    # Verdicts (domain.assessment.Verdict values)
    "answered": ("réponse apportée", "respondida"),
    "partially answered": ("réponse partielle", "respondida en parte"),
    "not answered": ("sans réponse", "sin respuesta"),
    "rejected": ("rejetée", "rechazada"),
    "not applicable": ("sans objet", "no aplicable"),
    # Actions (domain.assessment.ACTIONS)
    "investigation opened": ("enquête ouverte", "investigación abierta"),
    "protection measures granted": ("mesures de protection accordées", "medidas de protección concedidas"),
    "release": ("libération", "liberación"),
    "prosecution or suspension of perpetrators": ("poursuites ou suspension des auteurs",
                                                  "enjuiciamiento o suspensión de los autores"),
    "policy or law change": ("changement de politique ou de loi", "cambio de política o de ley"),
    "other": ("autre", "otra"),
    # Grades of the default scales (domain.assessment.DEFAULT_SCALES), and the scales' names
    "Piccone scale (Brookings)": ("Échelle de Piccone (Brookings)", "Escala de Piccone (Brookings)"),
    "No response": ("Pas de réponse", "Sin respuesta"),
    "Violation rejected": ("Violation rejetée", "Violación rechazada"),
    "Responsive but incomplete": ("Réponse pertinente mais incomplète", "Respuesta pertinente pero incompleta"),
    "Immaterial response": ("Réponse sans objet", "Respuesta irrelevante"),
    "Steps taken to address": ("Mesures prises pour y remédier", "Medidas adoptadas para resolverlo"),
    "In translation": ("En cours de traduction", "En traducción"),
    "File not available": ("Dossier non disponible", "Expediente no disponible"),
    "Human Rights Committee follow-up grades": ("Notes de suivi du Comité des droits de l’homme",
                                                "Calificaciones de seguimiento del Comité de Derechos Humanos"),
    "A — Largely satisfactory": ("A — Largement satisfaisante", "A — En gran medida satisfactoria"),
    "B — Partially satisfactory": ("B — Partiellement satisfaisante", "B — Parcialmente satisfactoria"),
    "C — Not satisfactory": ("C — Non satisfaisante", "C — No satisfactoria"),
    "D — No cooperation": ("D — Absence de coopération", "D — Falta de cooperación"),
    "E — Measures contrary to or rejecting the recommendation": (
        "E — Mesures contraires à la recommandation ou rejet de celle-ci",
        "E — Medidas contrarias a la recomendación o que la rechazan"),
    # The Analytics chapter of a portfolio (services/analytics.py): breakdowns, titles, columns, charts
    "Analytics": ("Analyse statistique", "Análisis estadístico"),
    ANALYTICS_DEFINITIONS: ((
        "Taux de réponse : affaires ayant reçu au moins une réponse ÷ affaires. Dans le délai : parmi les affaires "
        "dont l’issue est connue (réponse datée à une affaire assortie d’une échéance, ou absence de réponse après "
        "l’échéance), la part de celles dont la première réponse est parvenue au plus tard à l’échéance ; les "
        "affaires encore en attente de réponse avant leur échéance ne sont pas comptées.\n\n"
        "Délai : nombre de jours entre la lettre et sa première réponse. Médiane et 90e centile par interpolation "
        "linéaire entre les rangs les plus proches (comme CENTILE.INCLURE d’Excel). Notations : celle que porte "
        "chaque affaire (celle de sa dernière réponse) ; appréciations : celles de l’examinateur, pour chaque "
        "question de la lettre. Une affaire est comptée une fois sous chacun de ses mandats et de ses termes "
        "d’allégation."), (
        "Tasa de respuesta: casos con al menos una respuesta ÷ casos. Dentro del plazo: entre los casos cuyo "
        "resultado se conoce (una respuesta fechada a un caso con plazo, o ninguna respuesta una vez vencido el "
        "plazo), la proporción cuya primera respuesta llegó a más tardar en la fecha límite; no se cuentan los "
        "casos que aún esperan respuesta antes de su plazo.\n\n"
        "Demora: días entre la carta y su primera respuesta. Mediana y percentil 90 por interpolación lineal "
        "entre los rangos más próximos (como PERCENTIL.INC de Excel). Calificaciones: la que muestra cada caso "
        "(la de su última respuesta); valoraciones: las del revisor, por pregunta de la carta. Un caso se cuenta "
        "una vez en cada uno de sus mandatos y términos de alegación.")),
    "addressee kind": ("type de destinataire", "tipo de destinatario"),
    "country": ("pays", "país"),
    "mandate": ("mandat", "mandato"),
    "type": ("type de communication", "tipo de comunicación"),
    "year": ("année", "año"),
    "allegation term": ("terme d’allégation", "término de alegación"),
    "addressee kind: State": ("État", "Estado"),
    "addressee kind: company": ("entreprise", "empresa"),
    "addressee kind: other": ("autre", "otro"),
    "All cases": ("Toutes les affaires", "Todos los casos"),
    "(none)": ("(aucun)", "(ninguno)"),
    "Replies by {dimension}": ("Réponses par {dimension}", "Respuestas por {dimension}"),
    "Days from letter to first reply by {dimension}": (
        "Jours entre la lettre et la première réponse, par {dimension}",
        "Días entre la carta y la primera respuesta, por {dimension}"),
    "Grades on the {scale} by {dimension}": ("Notations ({scale}) par {dimension}",
                                             "Calificaciones ({scale}) por {dimension}"),
    "Verdicts by {dimension}": ("Appréciations par {dimension}", "Valoraciones por {dimension}"),
    "Verdicts per question": ("Appréciations par question", "Valoraciones por pregunta"),
    "Cases": ("Affaires", "Casos"),
    "Replied": ("Avec réponse", "Con respuesta"),
    "Reply rate %": ("Taux de réponse (%)", "Tasa de respuesta (%)"),
    "Within deadline": ("Dans le délai", "Dentro del plazo"),
    "Within deadline %": ("Dans le délai (%)", "Dentro del plazo (%)"),
    "Reply rate": ("Taux de réponse", "Tasa de respuesta"),
    "Replied within the deadline": ("Réponse dans le délai", "Respuesta dentro del plazo"),
    "Delays known": ("Délais connus", "Demoras conocidas"),
    "Median (days)": ("Médiane (jours)", "Mediana (días)"),
    "90th percentile (days)": ("90e centile (jours)", "Percentil 90 (días)"),
    "Median": ("Médiane", "Mediana"),
    "90th percentile": ("90e centile", "Percentil 90"),
    "days": ("jours", "días"),
    "Graded": ("Notées", "Calificados"),
    "cases graded": ("affaires notées", "casos calificados"),
    "Judged": ("Appréciées", "Valoradas"),
    "questions judged": ("questions appréciées", "preguntas valoradas"),
    "The {drawn} largest of {groups} groups; the table lists every group.": (
        "Les {drawn} groupes les plus nombreux sur {groups} ; le tableau les présente tous.",
        "Los {drawn} grupos más numerosos de {groups}; el cuadro los recoge todos."),
    "No cases": ("Aucune affaire", "Ningún caso"),
}
_COLUMN = {"fr": 0, "es": 1}


def language_code(language: str | None) -> str:
    """The catalogue's code for ``language`` ("fr", "fr_FR", "Français", "French" → "fr"), else English."""
    value = (language or "").strip().lower()
    value = {"french": "fr", "spanish": "es"}.get(value, value)
    return value[:2] if value[:2] in LANGUAGES else DEFAULT_LANGUAGE


# Quotation marks around the letters' own words: « … » in French (narrow no-break spaces), «…» in Spanish.
_QUOTES = {"fr": ("«\u202f", "\u202f»"), "es": ("«", "»")}


def quoted(language: str, text: str) -> str:
    opening, closing = _QUOTES.get(language, ("“", "”"))
    return f"{opening}{text}{closing}"


def tr(language: str, text: str, **values: object) -> str:
    """``text`` in ``language`` (English when the catalogue has no translation), formatted with ``values``."""
    column = _COLUMN.get(language)
    translated = _CATALOGUE[text][column] if column is not None and text in _CATALOGUE else text
    return translated.format(**values) if values else translated


def verdict_word(language: str, verdict: Verdict | str) -> str:
    return tr(language, str(verdict))


def long_date(language: str, day: date) -> str:
    """"2 December 2026", "2 décembre 2026" (« 1er » on the first), "2 de diciembre de 2026"."""
    month = _MONTHS.get(language, _MONTHS["en"])[day.month - 1]
    if language == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    if language == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"


def translations(language: str) -> dict[str, str]:
    """Every English text of the catalogue and its ``language`` version (tests check nothing stays English)."""
    return {english: tr(language, english) for english in _CATALOGUE}
