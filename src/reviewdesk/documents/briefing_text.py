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
