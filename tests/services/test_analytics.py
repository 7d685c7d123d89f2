"""Every analytics figure, on 200 generated cases, against a hand computation from what was generated.

The letters and replies go through the real importer; grades, verdicts and tags
through the services a reviewer uses. The expected figures are computed here
from the generated specification alone (never read back from the store), with
the standard library's own median and inclusive quantiles.
"""

from __future__ import annotations

import json
import random
import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from reviewdesk.cli import main
from reviewdesk.db import open_store
from reviewdesk.domain.assessment import DEFAULT_SCALES, Verdict
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.services.analytics import (
    Dimension,
    analytics,
    delays_panel,
    grades_panel,
    percentile,
    replies_panel,
    table_csv,
    tables,
    verdicts_panel,
)
from reviewdesk.services.assessment import set_grade, set_verdict
from reviewdesk.services.cases import case_detail
from reviewdesk.services.importer import import_paths
from reviewdesk.services.tags import add_tag
from reviewdesk.services.terms import list_terms
from tests.generated import MANDATE_NAMES, LetterSpec, write_corpus

TODAY = date(2025, 1, 1)
KINDS = {"State": None, "company": "Example Widgets Ltd.", "other": "Example Solidarity Network"}
COUNTRIES = ("BRA", "FRA", "IND")
TERMS = ("Forced labour", "Arbitrary detention", "Torture and ill-treatment")


@dataclass
class Planned:
    spec: LetterSpec
    kind: str
    terms: tuple[str, ...]
    grade: tuple[str, str] | None  # what the case shows
    decoy: tuple[str, str] | None  # a grade on an earlier reply, which must not count
    verdicts: dict[int, Verdict]

    @property
    def due(self) -> date:
        return self.spec.day + timedelta(days=self.spec.reply_days)


def _plan(count: int = 200) -> list[Planned]:
    rng = random.Random(12)
    scale_values = {key: [v[0] for v in values] for key, _name, values in DEFAULT_SCALES}
    numbers = Counter()
    planned = []
    for index in range(count):
        kind = rng.choice(["State", "State", "company", "other"])
        country = rng.choice(COUNTRIES) if kind == "State" else "OTH"
        type_ = rng.choice(["AL", "AL", "UA", "OL"])
        # Mostly past due on TODAY; the last 20 are recent, still awaiting unless they were answered.
        day = date(2021, 1, 4) + timedelta(days=rng.randrange(0, 1300)) if index < 180 else \
            TODAY - timedelta(days=rng.randrange(1, 25))
        year = day.year
        numbers[(country, year)] += 1
        reply_days = rng.choice([30, 60, 60, 90])
        replies = ()
        roll = rng.random()
        if roll < 0.55:
            replies = (day + timedelta(days=rng.randrange(5, 150)),)
        elif roll < 0.7:
            first = rng.randrange(5, 120)
            replies = (day + timedelta(days=first), day + timedelta(days=first + rng.randrange(3, 60)))
        replies = tuple(r for r in replies if r < TODAY)
        organisation = KINDS[kind] or f"Permanent Mission of {country} to the United Nations Office at Geneva"
        mandates = tuple(sorted(rng.sample(MANDATE_NAMES, rng.randrange(1, 3)), key=MANDATE_NAMES.index))
        spec = LetterSpec(type_, country, numbers[(country, year)], year, day, reply_days, f"Ms. Person {index}",
                          organisation, mandates, rng.randrange(1, 6), replies)
        scale = rng.choice(["piccone", "hrc", None])
        grade = (scale, rng.choice(scale_values[scale])) if scale else None
        decoy = ("piccone", "immaterial") if len(replies) == 2 else None
        verdicts = {n: rng.choice(list(Verdict)) for n in range(1, spec.questions + 1) if rng.random() < 0.7}
        terms = tuple(sorted(rng.sample(TERMS, rng.randrange(0, 3))))
        planned.append(Planned(spec, kind, terms, grade, decoy, verdicts))
    return planned


PLAN = _plan()


def build_store(folder):
    """The 200 planned cases imported, graded, judged and tagged in a store under ``folder``."""
    store = open_store(folder / "analytics.rdstore")
    summary = import_paths(store, write_corpus(folder / "corpus", [p.spec for p in PLAN]), ocr_language=None)
    assert not summary.failed and not [r for r in summary.results if r.warnings]
    term_ids = {t.label: t.id for t in list_terms(store) if t.vocabulary == "Allegations"}
    for planned in PLAN:
        detail = case_detail(store, planned.spec.reference)
        letter = detail.letter()
        assert len(letter.questions) == planned.spec.questions
        # Generated as REPLY_<case>_<n>.txt, in the order they were sent.
        replies = sorted((d for d in detail.documents if d.kind in ("reply", "follow-up")), key=lambda d: d.filename)
        assert len(replies) == len(planned.spec.replies)
        if planned.grade:
            on = replies[-1].id if replies else None
            set_grade(store, detail.summary.id, on, *planned.grade)
        if planned.decoy:
            set_grade(store, detail.summary.id, replies[0].id, *planned.decoy)
        for question in letter.questions:
            if question.number in planned.verdicts:
                set_verdict(store, question.id, planned.verdicts[question.number])
        for offset, term in enumerate(planned.terms):
            add_tag(store, letter.id, 10 * offset, 10 * offset + 8, term_ids[term], author="tester")
    return store


@pytest.fixture(scope="module")
def generated_store(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("analytics"))
    yield store
    store.close()


# The hand computation.

def _median(values):
    return statistics.median(values) if values else None


def _p90(values):
    if len(values) < 2:
        return float(values[0]) if values else None
    return statistics.quantiles(values, n=10, method="inclusive")[8]


def _groups(planned: Planned, dimension: Dimension) -> tuple[str, ...]:
    spec = planned.spec
    return {
        Dimension.ADDRESSEE_KIND: (planned.kind,),
        Dimension.COUNTRY: (spec.country,),
        Dimension.TYPE: (spec.type,),
        Dimension.YEAR: (str(spec.year),),
        Dimension.MANDATE: spec.mandates,
        Dimension.TERM: planned.terms or ("(none)",),
    }[dimension]


def expected_figures(members: list[Planned]) -> dict:
    replied = [p for p in members if p.spec.replies]
    overdue = [p for p in members if not p.spec.replies and TODAY > p.due]
    known = replied + overdue
    within = [p for p in replied if min(p.spec.replies) <= p.due]
    delays = sorted((min(p.spec.replies) - p.spec.day).days for p in replied)
    grades = Counter(p.grade for p in members if p.grade)
    verdicts = Counter((n, v) for p in members for n, v in p.verdicts.items())
    return {
        "cases": len(members), "replied": len(replied), "reply_rate": len(replied) / len(members),
        "known": len(known), "within": len(within), "within_share": len(within) / len(known) if known else None,
        "delays": tuple(delays), "median": _median(delays), "p90": _p90(delays),
        "grades": {k: n for k, n in grades.items()}, "verdicts": {k: n for k, n in verdicts.items()},
    }


def actual_figures(figures) -> dict:
    return {
        "cases": figures.cases, "replied": figures.replied, "reply_rate": figures.reply_rate,
        "known": figures.deadline_known, "within": figures.within_deadline, "within_share": figures.within_share,
        "delays": figures.delays, "median": figures.median_delay, "p90": figures.p90_delay,
        "grades": {(d.scale, key): n for d in figures.grades for key, _label, n in d.counts if n},
        "verdicts": {(d.question, v): n for d in figures.verdicts for v, n in d.counts if n},
    }


def _close(actual: dict, expected: dict) -> None:
    for key, value in expected.items():
        if isinstance(value, float):
            assert actual[key] == pytest.approx(value), key
        else:
            assert actual[key] == value, key


def test_the_plan_covers_every_case_the_figures_distinguish():
    kinds = Counter(p.kind for p in PLAN)
    assert min(kinds.values()) >= 20
    assert sum(1 for p in PLAN if len(p.spec.replies) == 2) >= 10
    assert sum(1 for p in PLAN if not p.spec.replies and p.due >= TODAY) >= 5  # awaiting: left out of the share
    assert sum(1 for p in PLAN if p.spec.replies and min(p.spec.replies) > p.due) >= 10  # replied late
    assert sum(1 for p in PLAN if p.grade is None) >= 20


def test_totals_match_the_hand_computation(generated_store):
    result = analytics(generated_store, today=TODAY)
    _close(actual_figures(result.total), expected_figures(PLAN))
    assert result.total.cases == 200


@pytest.mark.parametrize("dimension", list(Dimension))
def test_every_breakdown_matches_the_hand_computation(generated_store, dimension):
    result = analytics(generated_store, dimension=dimension, today=TODAY)
    members: dict[str, list[Planned]] = {}
    for planned in PLAN:
        for name in _groups(planned, dimension):
            members.setdefault(name, []).append(planned)
    assert {g.name for g in result.groups} == set(members)
    for group in result.groups:
        _close(actual_figures(group.figures), expected_figures(members[group.name]))


def test_the_facet_selection_restricts_every_figure(generated_store):
    chosen = [p for p in PLAN if p.spec.type == "UA"]
    ids = [case_detail(generated_store, p.spec.reference).summary.id for p in chosen]
    result = analytics(generated_store, ids, Dimension.COUNTRY, today=TODAY)
    _close(actual_figures(result.total), expected_figures(chosen))
    assert analytics(generated_store, [], today=TODAY).total.cases == 0


def test_tables_and_csv_show_the_same_figures(generated_store):
    result = analytics(generated_store, dimension=Dimension.TYPE, today=TODAY)
    expected = expected_figures([p for p in PLAN if p.spec.type == "UA"])
    replies = replies_panel(result)
    row = next(r for r in replies.table.rows if r[0] == "UA")
    assert row == ("UA", expected["cases"], expected["replied"], f"{100 * expected['reply_rate']:.1f}",
                   f"{expected['within']}/{expected['known']}", f"{100 * expected['within_share']:.1f}")
    drawn = dict(zip(replies.chart.categories, replies.chart.series[0][1]))
    assert drawn["UA"] == pytest.approx(100 * expected["reply_rate"])
    delays = next(r for r in delays_panel(result).table.rows if r[0] == "UA")
    assert delays == ("UA", len(expected["delays"]), f"{expected['median']:.1f}", f"{expected['p90']:.1f}")
    hrc = grades_panel(result, "hrc")
    all_row = hrc.table.rows[0]
    assert all_row[0] == "All cases" and all_row[1] == sum(1 for p in PLAN if p.grade == ("hrc", "A"))
    assert all_row[-1] == sum(1 for p in PLAN if p.grade and p.grade[0] == "hrc")
    assert hrc.chart.series[0] == ("A — Largely satisfactory", tuple(float(r[1]) for r in hrc.table.rows))
    verdicts = verdicts_panel(result).table
    q1 = next(r for r in verdicts.rows if r[0] == "Q1")
    assert q1[1] == sum(1 for p in PLAN if p.verdicts.get(1) is Verdict.ANSWERED)
    csv_text = table_csv(replies.table, excel_bom=True)
    assert csv_text.startswith("\ufeffType,Cases,Replied,") and "\r\nUA," in csv_text
    assert len(tables(result)) == 6
    with pytest.raises(ReviewDeskError, match="no scale 'nope'"):
        grades_panel(result, "nope")


def test_charts_draw_the_total_and_every_group_when_few(generated_store):
    result = analytics(generated_store, dimension=Dimension.MANDATE, today=TODAY)
    chart = replies_panel(result).chart
    assert chart.categories[0] == "All cases" and set(chart.categories[1:]) == set(MANDATE_NAMES)
    assert chart.note == ""


def test_percentile_is_type_7_interpolation():
    assert percentile([], 0.5) is None
    assert percentile([7], 0.9) == 7
    assert percentile([1, 2, 3, 4], 0.5) == 2.5
    assert percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9) == pytest.approx(91.0)  # h = 8.1


def test_a_wrong_breakdown_is_a_clear_error(generated_store):
    with pytest.raises(ReviewDeskError, match="'colour' is not a breakdown; choose from: addressee kind"):
        analytics(generated_store, dimension="colour")


def test_cli_analytics_json_and_csv(generated_store, tmp_path, capsys):
    store = str(generated_store.path)
    assert main(["--store", store, "analytics", "--by", "year", "--json", "--as-of", TODAY.isoformat()]) == 0
    shown = json.loads(capsys.readouterr().out)
    expected = expected_figures([p for p in PLAN if p.spec.year == 2023])
    assert shown["breakdown"] == "year" and shown["all"]["cases"] == 200
    year = shown["groups"]["2023"]
    assert (year["cases"], year["replied"], year["within_deadline"], year["deadline_known"]) == \
        (expected["cases"], expected["replied"], expected["within"], expected["known"])
    assert year["median_delay"] == pytest.approx(expected["median"]) and year["p90_delay"] == pytest.approx(expected["p90"])
    folder = tmp_path / "tables"
    assert main(["--store", store, "analytics", "--csv", str(folder), "--as-of", TODAY.isoformat()]) == 0
    written = sorted(p.name for p in folder.iterdir())
    assert written[0] == "01-replies-by-addressee-kind.csv" and len(written) == 6
    first = (folder / written[0]).read_text(encoding="utf-8").splitlines()
    assert first[0].startswith("Addressee kind,Cases,Replied") and first[1].startswith("All cases,200,")
    assert main(["--store", store, "analytics", "--by", "colour"]) == 1
    assert "'colour' is not a breakdown" in capsys.readouterr().err
