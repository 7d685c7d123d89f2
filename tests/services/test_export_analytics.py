"""The portfolio's Analytics chapter: the Dashboard's charts and tables for the exported cases, or none."""

from __future__ import annotations

from datetime import date, timedelta

import docx
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
