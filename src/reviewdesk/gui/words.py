"""The domain's fixed words as the window shows them, in the interface language.

Verdicts, document kinds, sections, reply actions and the built-in grading scales are stored
in English (they are keys in the store and in exports); the window shows them translated.
``word`` takes any text: one that is not listed here (a grade a reviewer renamed, a term of a
vocabulary) comes back as it is, since it is the reviewer's data, not the interface's.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

# Marked for lupdate; the values stay the stored English.
WORDS = (
    # Verdicts (domain.assessment.Verdict)
    QT_TRANSLATE_NOOP("Domain", "answered"), QT_TRANSLATE_NOOP("Domain", "partially answered"),
    QT_TRANSLATE_NOOP("Domain", "not answered"), QT_TRANSLATE_NOOP("Domain", "rejected"),
    QT_TRANSLATE_NOOP("Domain", "not applicable"),
    # Actions a reply reports (domain.assessment.ACTIONS)
    QT_TRANSLATE_NOOP("Domain", "investigation opened"), QT_TRANSLATE_NOOP("Domain", "protection measures granted"),
    QT_TRANSLATE_NOOP("Domain", "release"), QT_TRANSLATE_NOOP("Domain", "prosecution or suspension of perpetrators"),
    QT_TRANSLATE_NOOP("Domain", "policy or law change"), QT_TRANSLATE_NOOP("Domain", "other"),
    # Document kinds (domain.letter.DocumentKind)
    QT_TRANSLATE_NOOP("Domain", "letter"), QT_TRANSLATE_NOOP("Domain", "annex"), QT_TRANSLATE_NOOP("Domain", "reply"),
    QT_TRANSLATE_NOOP("Domain", "follow-up"), QT_TRANSLATE_NOOP("Domain", "unknown"),
    # The built-in grading scales (domain.assessment.DEFAULT_SCALES)
    QT_TRANSLATE_NOOP("Domain", "Piccone scale (Brookings)"), QT_TRANSLATE_NOOP("Domain", "No response"),
    QT_TRANSLATE_NOOP("Domain", "Violation rejected"), QT_TRANSLATE_NOOP("Domain", "Responsive but incomplete"),
    QT_TRANSLATE_NOOP("Domain", "Immaterial response"), QT_TRANSLATE_NOOP("Domain", "Steps taken to address"),
    QT_TRANSLATE_NOOP("Domain", "In translation"), QT_TRANSLATE_NOOP("Domain", "File not available"),
    QT_TRANSLATE_NOOP("Domain", "Human Rights Committee follow-up grades"),
    QT_TRANSLATE_NOOP("Domain", "A — Largely satisfactory"), QT_TRANSLATE_NOOP("Domain", "B — Partially satisfactory"),
    QT_TRANSLATE_NOOP("Domain", "C — Not satisfactory"), QT_TRANSLATE_NOOP("Domain", "D — No cooperation"),
    QT_TRANSLATE_NOOP("Domain", "E — Measures contrary to or rejecting the recommendation"),
    # Case fields a reviewer corrects (services.corrections.FIELDS)
    QT_TRANSLATE_NOOP("Domain", "Reference"), QT_TRANSLATE_NOOP("Domain", "Type"),
    QT_TRANSLATE_NOOP("Domain", "Date"), QT_TRANSLATE_NOOP("Domain", "Reply due"),
    QT_TRANSLATE_NOOP("Domain", "Addressee"), QT_TRANSLATE_NOOP("Domain", "Addressee's title"),
    QT_TRANSLATE_NOOP("Domain", "Organisation"), QT_TRANSLATE_NOOP("Domain", "Mandates"),
    QT_TRANSLATE_NOOP("Domain", "HRC resolutions"), QT_TRANSLATE_NOOP("Domain", "Signatories"),
    QT_TRANSLATE_NOOP("Domain", "Similar letters sent to"), QT_TRANSLATE_NOOP("Domain", "Similar letters to others"),
    QT_TRANSLATE_NOOP("Domain", "Language"), QT_TRANSLATE_NOOP("Domain", "Annex cites"),
    # Deadline states (services.deadlines.DeadlineState)
    QT_TRANSLATE_NOOP("Domain", "overdue"), QT_TRANSLATE_NOOP("Domain", "due within 7 days"),
    QT_TRANSLATE_NOOP("Domain", "due within 30 days"), QT_TRANSLATE_NOOP("Domain", "awaiting"),
    QT_TRANSLATE_NOOP("Domain", "received late"), QT_TRANSLATE_NOOP("Domain", "received on time"),
    QT_TRANSLATE_NOOP("Domain", "received"),
    # The case list's facets and their fixed values (services.facets)
    QT_TRANSLATE_NOOP("Domain", "Addressee"), QT_TRANSLATE_NOOP("Domain", "Country"),
    QT_TRANSLATE_NOOP("Domain", "Type"), QT_TRANSLATE_NOOP("Domain", "Mandate"), QT_TRANSLATE_NOOP("Domain", "Year"),
    QT_TRANSLATE_NOOP("Domain", "Reply"), QT_TRANSLATE_NOOP("Domain", "Overdue"),
    QT_TRANSLATE_NOOP("Domain", "Grade"), QT_TRANSLATE_NOOP("Domain", "Verdicts"),
    QT_TRANSLATE_NOOP("Domain", "Term"), QT_TRANSLATE_NOOP("Domain", "Language"), QT_TRANSLATE_NOOP("Domain", "OCR"),
    QT_TRANSLATE_NOOP("Domain", "State"), QT_TRANSLATE_NOOP("Domain", "Company"),
    QT_TRANSLATE_NOOP("Domain", "Other"), QT_TRANSLATE_NOOP("Domain", "No reply"),
    QT_TRANSLATE_NOOP("Domain", "Received in time"), QT_TRANSLATE_NOOP("Domain", "Received late"),
    QT_TRANSLATE_NOOP("Domain", "Yes"), QT_TRANSLATE_NOOP("Domain", "No"), QT_TRANSLATE_NOOP("Domain", "English"),
    QT_TRANSLATE_NOOP("Domain", "French"), QT_TRANSLATE_NOOP("Domain", "Spanish"),
    QT_TRANSLATE_NOOP("Domain", "Arabic"), QT_TRANSLATE_NOOP("Domain", "Chinese"),
    QT_TRANSLATE_NOOP("Domain", "Russian"), QT_TRANSLATE_NOOP("Domain", "Non-State actors (OTH)"),
)


def word(text: str) -> str:
    """``text`` in the interface language when it is one of the domain's words, else as it is."""
    return QCoreApplication.translate("Domain", text) if text else text


def date_text(day: date | datetime | None, fallback: str = "") -> str:
    """A date as the interface language writes it, short month included ("03 Feb 2025", "03 févr. 2025")."""
    if day is None:
        return fallback
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd MMM yyyy")


def datetime_text(moment: datetime) -> str:
    """A date and time as the interface language writes it (short format)."""
    value = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def number_text(value: float, decimals: int = 0) -> str:
    """A number with the interface language's decimal separator ("0,85" in French)."""
    return QLocale().toString(float(value), "f", decimals)
