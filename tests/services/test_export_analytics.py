"""The portfolio's Analytics chapter: the Dashboard's charts and tables for the exported cases, or none."""

from __future__ import annotations

from datetime import date, timedelta

import docx
import docx.table
import pytest

from reviewdesk.cli import main
from reviewdesk.documents.briefing import BriefingOptions
from reviewdesk.services.export import export_briefing
from reviewdesk.services.importer import import_paths
from tests.generated import MANDATE_NAMES, LetterSpec, write_corpus

TODAY = date(2025, 1, 1)


def _specs() -> list[LetterSpec]:
    specs = []
    for n in range(1, 7):
        company = n % 2 == 0
        day = date(2024, 1, 10) + timedelta(days=20 * n)
        specs.append(LetterSpec("AL", "OTH" if company else "BRA", n, 2024, day, 60, f"Ms. Person {n}",
                                "Example Widgets Ltd." if company else "Permanent Mission of Brazil in Geneva",
                                MANDATE_NAMES[:1], 2, (day + timedelta(days=10 * n),) if n <= 3 else ()))
    return specs


@pytest.fixture
def portfolio_store(store, tmp_path):
    assert not import_paths(store, write_corpus(tmp_path / "corpus", _specs()), ocr_language=None).failed
    return store


def _headings(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]


def test_a_portfolio_gains_the_analytics_chapter_with_every_chart_and_table(portfolio_store, tmp_path):
    references = [s.reference for s in _specs()]
    target = tmp_path / "portfolio.docx"
    export_briefing(portfolio_store, references[:4], target, today=TODAY)
    document = docx.Document(str(target))
    headings = _headings(document)
    start = headings.index("Analytics")
    assert headings[start + 1:start + 7] == [
        "Replies by addressee kind", "Days from letter to first reply by addressee kind",
        "Grades on the Piccone scale (Brookings) by addressee kind",
        "Grades on the Human Rights Committee follow-up grades by addressee kind",
        "Verdicts per question", "Verdicts by addressee kind"]
    assert headings.index("Analytics") < next(i for i, h in enumerate(headings) if h.startswith("Briefing — "))
    assert len(document.inline_shapes) == 6
    replies = next(t for t in document.tables if t.rows[0].cells[0].text == "Addressee kind"
                   and t.rows[0].cells[1].text == "Cases")
    rows = {r.cells[0].text: [c.text for c in r.cells[1:]] for r in replies.rows[1:]}
    # Four cases exported: 1 and 3 to Brazil replied (10 and 30 days, within 60), 2 to a company replied, 4 did not.
    assert rows["All cases"] == ["4", "3", "75.0", "3/4", "75.0"]
    assert rows["State"] == ["2", "2", "100.0", "2/2", "100.0"]
    assert rows["company"] == ["2", "1", "50.0", "1/2", "50.0"]


def test_the_chapter_can_be_left_out_and_a_single_briefing_never_has_it(portfolio_store, tmp_path):
    references = [s.reference for s in _specs()]
    without = tmp_path / "without.docx"
    export_briefing(portfolio_store, references, without, BriefingOptions(analytics=False), today=TODAY)
    assert "Analytics" not in _headings(docx.Document(str(without)))
    assert len(docx.Document(str(without)).inline_shapes) == 0
    single = tmp_path / "single.docx"
    export_briefing(portfolio_store, references[:1], single, today=TODAY)
    assert "Analytics" not in _headings(docx.Document(str(single)))


def test_cli_export_no_analytics(portfolio_store, tmp_path, capsys):
    references = [s.reference for s in _specs()][:2]
    store = str(portfolio_store.path)
    with_chapter, without = tmp_path / "with.docx", tmp_path / "without.docx"
    assert main(["--store", store, "export", *references, "--docx", str(with_chapter)]) == 0
    assert main(["--store", store, "export", *references, "--docx", str(without), "--no-analytics"]) == 0
    assert "Analytics" in _headings(docx.Document(str(with_chapter)))
    assert "Analytics" not in _headings(docx.Document(str(without)))


def _first_column(document, heading: str) -> list[str]:
    """The first column of the table under ``heading`` (each figure: heading, chart, table)."""
    after = False
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            if after:
                return [row.cells[0].text for row in block.rows]
        elif block.text == heading and block.style.name.startswith("Heading"):
            after = True
    raise AssertionError(f"no table under {heading!r}")


def test_the_chapter_follows_the_chosen_breakdowns(portfolio_store, tmp_path):
    from reviewdesk.services.export import ExportOptions

    references = [s.reference for s in _specs()]
    target = tmp_path / "by-country-and-year.docx"
    export_briefing(portfolio_store, references, target, ExportOptions(analytics_by=("country", "year")), today=TODAY)
    document = docx.Document(str(target))
    headings = _headings(document)
    start = headings.index("Analytics")
    assert headings[start + 1:start + 12] == [
        "Replies by country", "Days from letter to first reply by country",
        "Grades on the Piccone scale (Brookings) by country",
        "Grades on the Human Rights Committee follow-up grades by country",
        "Verdicts per question", "Verdicts by country",
        "Replies by year", "Days from letter to first reply by year",
        "Grades on the Piccone scale (Brookings) by year",
        "Grades on the Human Rights Committee follow-up grades by year", "Verdicts by year"]
    assert not any("addressee kind" in h for h in headings)
    assert len(document.inline_shapes) == 11
    # Six cases: three to Brazil, three to companies (OTH), all of 2024.
    assert _first_column(document, "Replies by country") == ["Country", "All cases", "BRA", "OTH"]
    assert _first_column(document, "Replies by year") == ["Year", "All cases", "2024"]
    replies = next(t for t in document.tables if t.rows[0].cells[0].text == "Country")
    rows = {r.cells[0].text: [c.text for c in r.cells[1:3]] for r in replies.rows[1:]}
    assert rows == {"All cases": ["6", "3"], "BRA": ["3", "2"], "OTH": ["3", "1"]}  # cases 1, 3 (BRA) and 2 replied


def test_cli_export_analytics_by(portfolio_store, tmp_path, capsys):
    references = [s.reference for s in _specs()][:4]
    store, target = str(portfolio_store.path), tmp_path / "by-mandate.docx"
    assert main(["--store", store, "export", *references, "--docx", str(target), "--analytics-by", "mandate, term"]) == 0
    headings = _headings(docx.Document(str(target)))
    assert "Replies by mandate" in headings and "Replies by allegation term" in headings
    assert not any("addressee kind" in h for h in headings)
    assert _first_column(docx.Document(str(target)), "Replies by mandate") == [
        "Mandate", "All cases", "Special Rapporteur on the situation of human rights defenders"]
    capsys.readouterr()
    assert main(["--store", store, "export", *references, "--docx", str(target), "--analytics-by", "colour"]) == 1
    assert "'colour' is not a breakdown; choose from: addressee kind, country" in capsys.readouterr().err
