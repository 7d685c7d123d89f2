"""Briefings in French and Spanish: headings, labels, verdicts, grades and dates translated, quotes as written."""

from __future__ import annotations

import re
from datetime import date
from functools import partial

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
from reviewdesk.documents.charts import draw
from reviewdesk.domain.assessment import ACTIONS, DEFAULT_SCALES, Verdict
from reviewdesk.services.analytics import DEFINITIONS, chapter_panels
from reviewdesk.services.cases import find_case_id
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
        "analytics": ["Analyse statistique", "Réponses par type de destinataire",
                      "Jours entre la lettre et la première réponse, par type de destinataire",
                      "Notations (Échelle de Piccone (Brookings)) par type de destinataire",
                      "Appréciations par question", "Appréciations par type de destinataire"],
        "replies": ["Type de destinataire", "Affaires", "Avec réponse", "Taux de réponse (%)", "Dans le délai",
                    "Dans le délai (%)"],
        "delays": ["Type de destinataire", "Délais connus", "Médiane (jours)", "90e centile (jours)"],
        "verdicts": ["Question", "Réponse apportée", "Réponse partielle", "Sans réponse", "Rejetée", "Sans objet",
                     "Appréciées"],
        "all": "Toutes les affaires", "state": "État",
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
        "analytics": ["Análisis estadístico", "Respuestas por tipo de destinatario",
                      "Días entre la carta y la primera respuesta, por tipo de destinatario",
                      "Calificaciones (Escala de Piccone (Brookings)) por tipo de destinatario",
                      "Valoraciones por pregunta", "Valoraciones por tipo de destinatario"],
        "replies": ["Tipo de destinatario", "Casos", "Con respuesta", "Tasa de respuesta (%)", "Dentro del plazo",
                    "Dentro del plazo (%)"],
        "delays": ["Tipo de destinatario", "Demoras conocidas", "Mediana (días)", "Percentil 90 (días)"],
        "verdicts": ["Pregunta", "Respondida", "Respondida en parte", "Sin respuesta", "Rechazada", "No aplicable",
                     "Valoradas"],
        "all": "Todos los casos", "state": "Estado",
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


def _header_rows(document) -> list[list[str]]:
    return [[cell.text for cell in table.rows[0].cells] for table in document.tables]


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_portfolio_in_french_or_spanish_from_the_command_line(store, two_cases, tmp_path, language, capsys):  # noqa: F811
    expected = EXPECTED[language]
    out = tmp_path / f"portfolio-{language}.docx"
    assert main(["--store", str(store.path), "export", *two_cases, "--docx", str(out), "--language", language]) == 0
    document = docx.Document(str(out))
    headings = _headings(document)
    assert headings[0] == expected["portfolio"][0]
    assert set(expected["portfolio"][1:]) <= set(headings)
    assert not _english_left(language, headings), headings
    contents = [p.text for p in document.paragraphs]
    assert tr(language, "Contents") in contents
    matrix = next(t for t in document.tables if t.rows[0].cells[0].text == tr(language, "Case"))
    assert len(matrix.rows) == 3  # the verdicts by case: one row per case
    assert any(p.endswith(f"· {tr(language, 'not assessed')}.") for p in contents)  # the matrix's legend
    assert f"{out}" in capsys.readouterr().out

    # The Analytics chapter speaks the briefing's language: heading, definitions, titles, columns, groups.
    start = headings.index(expected["analytics"][0])
    assert headings[start + 1:start + 7] == [*expected["analytics"][1:4],
                                             tr(language, "Grades on the {scale} by {dimension}",
                                                scale=tr(language, "Human Rights Committee follow-up grades"),
                                                dimension=tr(language, "addressee kind")),
                                             *expected["analytics"][4:]]
    headers = _header_rows(document)
    assert expected["replies"] in headers and expected["delays"] in headers and expected["verdicts"] in headers
    replies = document.tables[headers.index(expected["replies"])]
    assert [row.cells[0].text for row in replies.rows[1:]][:2] == [expected["all"], expected["state"]]
    chapter = max(i for i, text in enumerate(contents) if text == expected["analytics"][0])  # after the contents'
    assert tr(language, DEFINITIONS).split("\n\n") == contents[chapter + 1:chapter + 3]
    assert not set(DEFINITIONS.split("\n\n")) & set(contents)  # how each figure is counted, translated

    # No English word of the chapter is left: every title and column the English chapter would show that has a
    # translation (the ones that differ from this language's panels) is absent from the document.
    with store.session() as session:
        ids = [find_case_id(session, reference) for reference in two_cases]
    english = chapter_panels(store, ids, today=None)
    translated = chapter_panels(store, ids, today=None, tr=partial(tr, language))

    def words(panels) -> set[str]:
        return {text for panel in panels for text in (panel.table.title, *panel.table.columns, *panel.chart.categories,
                                                      *(name for name, _values in panel.chart.series), panel.chart.unit)}

    english_only = words(english) - words(translated)
    # Every word the English chapter shows has a translation, but the unit sign and, in French, "Question" and
    # the question numbers (Q2), which are spelled the same.
    same = words(english) & words(translated)
    assert {text for text in same if not re.fullmatch(r"Q\d+", text)} <= {"%", "Question"}, same
    shown = {*headings, *(cell for row in headers for cell in row),
             *(row.cells[0].text for table in document.tables for row in table.rows)}
    assert not english_only & shown, english_only & shown
    assert {"Replies by addressee kind", "Reply rate", "days", "All cases", "State"} <= english_only
    # The charts (PNG in the document) are drawn from the translated panels: title, axis, legend and bars' names.
    figure = draw(translated[1].chart)
    drawn = {figure.get_suptitle(), *(a.get_xlabel() for a in figure.axes),
             *(t.get_text() for legend in figure.legends for t in legend.get_texts()),
             *(t.get_text() for a in figure.axes for t in a.get_yticklabels())}
    assert {expected["analytics"][2], tr(language, "days"), tr(language, "Median"), expected["all"]} <= drawn
    assert not english_only & drawn
    nothing = chapter_panels(store, [], today=None, tr=partial(tr, language))  # no question judged: no bars
    empty = draw(next(p.chart for p in nothing if not p.chart.categories))
    assert tr(language, "No cases") in {t.get_text() for a in empty.axes for t in a.texts}
    assert "Analytics" not in headings and "All cases" not in shown


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
