"""Briefings in French and Spanish: headings, labels, verdicts, grades and dates translated, quotes as written."""

from __future__ import annotations

from datetime import date

import docx
import pytest

from reviewdesk.cli import main
from reviewdesk.documents.briefing import BriefingOptions
from reviewdesk.documents.briefing_text import (
    LANGUAGES,
    language_code,
    long_date,
    tr,
    translations,
)
from reviewdesk.domain.assessment import ACTIONS, DEFAULT_SCALES, Verdict
from reviewdesk.services.export import export_briefing

from .test_briefing_polish import REFERENCE, two_cases  # noqa: F401 - the fixture
from .test_export import assessed_case  # noqa: F401 - the fixture

TODAY = date(2026, 12, 2)
EXPECTED = {
    "fr": {
        "title": "Note d’information — AL OTH 78/2021",
        "headings": ["Questions et réponses", "Allégations", "Réponse (REPLY_AL_OTH_78_2021_test.pdf)",
                     "Cadre juridique"],
        "table": ["Q", "Question", "Appréciation", "Éléments de la réponse", "Note de l’examinateur"],
        "partial": "◐ réponse partielle", "not_answered": "✘ sans réponse",
        "exported": "2 décembre 2026", "letter_date": "12 mars 2021",
        "grade": "Réponse pertinente mais incomplète (Échelle de Piccone (Brookings))",
        "answers": "Répond à Q2, Q3 — réponse partielle", "tagged": "Annoté par Ana",
        "quote": "«\u202f1. Regarding the allegations.",
        "portfolio": ["Dossier de 2 affaires", "Réponses et notations par destinataire",
                      "Appréciations par affaire et par question"],
    },
    "es": {
        "title": "Nota informativa — AL OTH 78/2021",
        "headings": ["Preguntas y respuestas", "Alegaciones", "Respuesta (REPLY_AL_OTH_78_2021_test.pdf)",
                     "Marco jurídico"],
        "table": ["P", "Pregunta", "Valoración", "Elementos de la respuesta", "Nota del revisor"],
        "partial": "◐ respondida en parte", "not_answered": "✘ sin respuesta",
        "exported": "2 de diciembre de 2026", "letter_date": "12 de marzo de 2021",
        "grade": "Respuesta pertinente pero incompleta (Escala de Piccone (Brookings))",
        "answers": "Responde a P2, P3 — respondida en parte", "tagged": "Etiquetado por Ana",
        "quote": "«1. Regarding the allegations.",
        "portfolio": ["Cartera de 2 casos", "Respuestas y calificaciones por destinatario",
                      "Valoraciones por caso y pregunta"],
    },
}


def _headings(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading") or p.style.name == "Title"]


def _english_left(language: str, texts: list[str]) -> set[str]:
    """Texts that are an English heading or label of the catalogue which has a translation in ``language``."""
    english = {source for source, translated in translations(language).items() if translated != source}
    return {text for text in texts if text in english or text.split(" (")[0] in english}


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_briefing_in_french_or_spanish(store, assessed_case, tmp_path, language):  # noqa: F811
    expected = EXPECTED[language]
    out = tmp_path / f"briefing-{language}.docx"
    export_briefing(store, [REFERENCE], out, BriefingOptions(author="Ana Reviewer", language=language),
                    reviewer="Ana Reviewer", today=TODAY)
    document = docx.Document(str(out))
    headings = _headings(document)
    assert headings[0] == expected["title"]
    assert headings[1:5] == expected["headings"]
    assert not _english_left(language, headings), headings  # no English heading remains
    cover = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert not _english_left(language, list(cover))
    assert cover[tr(language, "Exported")] == expected["exported"]
    assert cover[tr(language, "Date")] == expected["letter_date"]
    assert cover[tr(language, "Grade")] == expected["grade"]
    assert cover[tr(language, "Reviewer")] == "Ana Reviewer"
    questions = document.tables[1]
    assert [cell.text for cell in questions.rows[0].cells] == expected["table"]
    verdicts = [row.cells[2].text for row in questions.rows[1:]]
    assert verdicts[1] == expected["partial"] and verdicts[3] == expected["not_answered"]
    assert f"— {tr(language, 'not assessed')}" in verdicts
    assert not any(word in " ".join(verdicts) for word in ("answered", "not assessed"))
    assert questions.rows[1].cells[3].text.startswith(expected["quote"])  # the reply's words, in this language's quotes
    comments = [c.text for c in document.comments]
    assert any(c.startswith(expected["answers"]) for c in comments)
    assert all(expected["tagged"] in c for c in comments if not c.startswith(expected["answers"].split(" ")[0]))
    in_full = [p.text for p in document.paragraphs if p.text.startswith(tr(language, "Q{number}", number=2) + ". ")]
    assert len(in_full) == 1  # "Questions in full" numbers them the same way
    # The letter's words stay as written: quotes are not translated.
    text = "\n".join(p.text for p in document.paragraphs)
    assert "forced labour, trafficking in persons for labour exploitation" in text
    assert "Allegations" not in headings and "Legal framework" not in headings


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_portfolio_in_french_or_spanish_from_the_command_line(store, two_cases, tmp_path, language, capsys):  # noqa: F811
    out = tmp_path / f"portfolio-{language}.docx"
    assert main(["--store", str(store.path), "export", *two_cases, "--docx", str(out), "--language", language,
                 "--no-analytics"]) == 0
    document = docx.Document(str(out))
    headings = _headings(document)
    assert headings[0] == EXPECTED[language]["portfolio"][0]
    assert set(EXPECTED[language]["portfolio"][1:]) <= set(headings)
    assert not _english_left(language, headings), headings
    contents = [p.text for p in document.paragraphs]
    assert tr(language, "Contents") in contents
    matrix = document.tables[1]
    assert matrix.rows[0].cells[0].text == tr(language, "Case")
    assert any(p.endswith(f"· {tr(language, 'not assessed')}.") for p in contents)  # the matrix's legend
    assert f"{out}" in capsys.readouterr().out


def test_dates_are_spelled_without_the_operating_systems_locale():
    assert long_date("fr", date(2026, 12, 2)) == "2 décembre 2026"
    assert long_date("fr", date(2026, 8, 1)) == "1er août 2026"
    assert long_date("es", date(2026, 12, 2)) == "2 de diciembre de 2026"
    assert long_date("en", date(2026, 12, 2)) == "2 December 2026"
    assert [language_code(v) for v in ("fr_FR", "es-ES", "Français", "de", "", None)] == ["fr", "es", "fr", "en", "en", "en"]


@pytest.mark.parametrize("language", sorted(set(LANGUAGES) - {"en"}))
def test_every_verdict_grade_and_action_has_a_translation(language):
    words = [*(v.value for v in Verdict), *ACTIONS,
             *(name for _key, name, _values in DEFAULT_SCALES),
             *(label for _key, _name, values in DEFAULT_SCALES for _value, label, _admin in values)]
    assert [w for w in words if tr(language, w) == w] == []
