"""Responsiveness analytics: how many replies, how late, how good — for a set of cases, broken down.

Definitions (what a hand computation must reproduce):

- The cases are those with a letter (as in the Deadlines view), filtered by ``case_ids``.
- **Reply rate**: cases with at least one reply (or follow-up) ÷ cases.
- **Within the deadline**: among cases whose outcome against the due date is known — a dated reply
  to a case with a due date, or no reply and past due on ``today`` — the share whose first reply
  came on or before the due date. Cases still awaiting a reply before their due date, undated
  replies and cases without a due date are left out of this share.
- **Delay**: days from the letter's date to the first reply's date, for replied cases with both.
- **Percentiles** (median = 50th, and the 90th) by linear interpolation between closest ranks, the
  method of Excel's ``PERCENTILE.INC`` and numpy's default (Hyndman & Fan type 7): with the n
  delays sorted x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1)·p, the value is x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
- **Grade**: the grade the case shows (``assessment.case_assessment``): that of its latest reply,
  or the case's own when it has no reply; automatic "no response" proposals are not counted.
- **Verdicts**: the reviewer's verdict on each question of the case's letter, per question number.
- **Breakdowns**: by addressee kind (``domain.addressee.addressee_kind``), country (reference
  code), mandate (``domain.mandates``: one mandate whatever the language or year of its title, named
  in English) and allegation term (a case counts once in each of its mandates / terms), type
  (AL, UA, OL; the joint "J" prefix dropped) and year (of the reference).
"""

from __future__ import annotations

import csv
import io
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import partial

from sqlalchemy import exists, select

from reviewdesk.db import Store
from reviewdesk.db.models import (
    Case,
    Document,
    Grade,
    Question,
    Scale,
    ScaleValue,
    Tag,
    Term,
    VerdictRow,
    Vocabulary,
)
from reviewdesk.documents.briefing_text import ANALYTICS_DEFINITIONS, DEFAULT_LANGUAGE
from reviewdesk.documents.briefing_text import tr as briefing_tr
from reviewdesk.documents.charts import ChartData, ChartKind, Table, largest
from reviewdesk.domain.addressee import AddresseeKind, addressee_kind
from reviewdesk.domain.assessment import Verdict
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.mandates import canonical_mandates
from reviewdesk.domain.reference import parse_reference
from reviewdesk.domain.vocabulary import (
    REPLY_KINDS,
    VERDICT_MARKS,
    DocumentKind,
    ReplyState,
    TagStatus,
    VocabularyKey,
)
from reviewdesk.services.cases import summaries
from reviewdesk.services.deadlines import case_filter, case_mandates

NONE_GROUP = "(none)"
# Said above the figures (the Word chapter, the Dashboard's tooltip): how each is counted. The text lives in
# the briefing catalogue, which translates it.
DEFINITIONS = ANALYTICS_DEFINITIONS


class AnalyticsError(ReviewDeskError, ValueError):
    pass


class Dimension(StrEnum):
    ADDRESSEE_KIND = "addressee kind"
    COUNTRY = "country"
    MANDATE = "mandate"
    TYPE = "type"
    YEAR = "year"
    TERM = "allegation term"


@dataclass(frozen=True)
class CaseFacts:
    """What the figures are computed from, per case."""

    case_id: int
    reference: str
    type: str
    country: str
    year: int
    addressee_kind: AddresseeKind
    mandates: tuple[str, ...]
    terms: tuple[str, ...]
    letter_date: date | None
    reply_due: date | None
    first_reply: date | None
    replied: bool
    overdue: bool
    grade: tuple[str, str] | None  # (scale key, value key)
    verdicts: tuple[tuple[int, Verdict], ...]  # (question number, verdict)

    def groups(self, dimension: Dimension) -> tuple[str, ...]:
        if dimension is Dimension.ADDRESSEE_KIND:
            return (self.addressee_kind.value,)
        if dimension is Dimension.COUNTRY:
            return (self.country,)
        if dimension is Dimension.TYPE:
            return (self.type,)
        if dimension is Dimension.YEAR:
            return (str(self.year),)
        values = self.mandates if dimension is Dimension.MANDATE else self.terms
        return values or (NONE_GROUP,)


@dataclass(frozen=True)
class ScaleInfo:
    key: str
    name: str
    values: tuple[tuple[str, str], ...]  # (value key, label) in the scale's order


@dataclass(frozen=True)
class GradeDistribution:
    scale: str
    name: str
    counts: tuple[tuple[str, str, int], ...]  # (value key, label, cases)

    @property
    def graded(self) -> int:
        return sum(count for _k, _l, count in self.counts)


@dataclass(frozen=True)
class VerdictDistribution:
    question: int
    counts: tuple[tuple[Verdict, int], ...]  # every verdict, in the domain's order


@dataclass(frozen=True)
class Figures:
    cases: int
    replied: int
    reply_rate: float | None
    deadline_known: int  # the denominator of ``within_share``
    within_deadline: int
    within_share: float | None
    delays: tuple[int, ...]  # sorted, days from letter to first reply
    median_delay: float | None
    p90_delay: float | None
    grades: tuple[GradeDistribution, ...]
    verdicts: tuple[VerdictDistribution, ...]


@dataclass(frozen=True)
class Group:
    name: str
    figures: Figures


@dataclass(frozen=True)
class Analytics:
    dimension: Dimension
    total: Figures
    groups: tuple[Group, ...]
    scales: tuple[ScaleInfo, ...]


def percentile(sorted_values: Sequence[float], p: float) -> float | None:
    """Linear interpolation between closest ranks (type 7, Excel PERCENTILE.INC); None for no values."""
    if not sorted_values:
        return None
    h = (len(sorted_values) - 1) * p
    low = math.floor(h)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (h - low) * (sorted_values[high] - sorted_values[low])


def case_facts(store: Store, case_ids: Iterable[int] | None = None, today: date | None = None) -> list[CaseFacts]:
    today = today or date.today()
    has_letter = exists().where(Document.case_id == Case.id, Document.kind == DocumentKind.LETTER)
    chosen = case_filter(case_ids)
    with store.session() as session:
        cases = summaries(session, has_letter if chosen is None else has_letter & chosen)
        ids = [c.id for c in cases]
        mandates = case_mandates(session, ids)
        terms = _case_terms(session, ids)
        grades = _case_grades(session, ids)
        verdicts = _case_verdicts(session, ids)
    facts = []
    for case in cases:
        timeliness = case.timeliness(today)
        facts.append(CaseFacts(
            case.id, case.reference, (case.type or "").upper().lstrip("J") or NONE_GROUP, case.country,
            parse_reference(case.reference).year,
            addressee_kind(case.country, case.organisation, case.addressee),
            tuple(m.name for m in canonical_mandates(mandates.get(case.id, ()))),
            terms.get(case.id, ()), case.date, case.reply_due, case.first_reply_date, case.reply_count > 0,
            timeliness.state is ReplyState.OVERDUE, grades.get(case.id), verdicts.get(case.id, ())))
    return facts


def _case_terms(session, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """The allegation terms accepted on each case's documents (labels, sorted)."""
    rows = session.execute(
        select(Document.case_id, Term.label).join(Tag, Tag.document_id == Document.id)
        .join(Term, Term.id == Tag.term_id).join(Vocabulary, Vocabulary.id == Term.vocabulary_id)
        .where(Document.case_id.in_(ids), Tag.status == TagStatus.ACCEPTED,
               Vocabulary.key == VocabularyKey.ALLEGATIONS).distinct())
    found: dict[int, set[str]] = {}
    for case_id, label in rows:
        found.setdefault(case_id, set()).add(label)
    return {case_id: tuple(sorted(labels, key=str.casefold)) for case_id, labels in found.items()}


def _case_grades(session, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """The grade each case shows: its latest reply's (by date, then id), else the case's own."""
    latest: dict[int, tuple] = {}
    for doc_id, case_id, day in session.execute(select(Document.id, Document.case_id, Document.date).where(
            Document.case_id.in_(ids), Document.kind.in_(sorted(REPLY_KINDS)))):
        key = (day or date.max, doc_id)
        if case_id not in latest or key > latest[case_id]:
            latest[case_id] = key
    found = {}
    rows = session.execute(select(Grade.case_id, Grade.document_id, Scale.key, ScaleValue.key)
                           .join(ScaleValue, ScaleValue.id == Grade.scale_value_id)
                           .join(Scale, Scale.id == ScaleValue.scale_id).where(Grade.case_id.in_(ids)))
    for case_id, document_id, scale, value in rows:
        shown = latest[case_id][1] if case_id in latest else None
        if document_id == shown:
            found[case_id] = (scale, value)
    return found


def _case_verdicts(session, ids: Sequence[int]) -> dict[int, tuple[tuple[int, Verdict], ...]]:
    """Verdicts on the questions of each case's first letter (the one the assessment grid shows)."""
    first_letter: dict[int, int] = {}
    for doc_id, case_id in session.execute(select(Document.id, Document.case_id).where(
            Document.case_id.in_(ids), Document.kind == DocumentKind.LETTER).order_by(Document.id)):
        first_letter.setdefault(case_id, doc_id)
    case_of = {doc_id: case_id for case_id, doc_id in first_letter.items()}
    found: dict[int, list[tuple[int, Verdict]]] = {}
    rows = session.execute(select(Question.document_id, Question.number, VerdictRow.value)
                           .join(VerdictRow, VerdictRow.question_id == Question.id)
                           .where(Question.document_id.in_(list(case_of)), VerdictRow.value != ""))
    for doc_id, number, value in rows:
        found.setdefault(case_of[doc_id], []).append((number, Verdict(value)))
    return {case_id: tuple(sorted(values)) for case_id, values in found.items()}


def scales(store: Store) -> tuple[ScaleInfo, ...]:
    with store.session() as session:
        result = []
        for scale in session.scalars(select(Scale).order_by(Scale.id)):
            values = session.execute(select(ScaleValue.key, ScaleValue.label).where(ScaleValue.scale_id == scale.id)
                                     .order_by(ScaleValue.position)).all()
            result.append(ScaleInfo(scale.key, scale.name, tuple((k, label) for k, label in values)))
        return tuple(result)


def figures(facts: Sequence[CaseFacts], scale_infos: Sequence[ScaleInfo]) -> Figures:
    replied = [f for f in facts if f.replied]
    known = [f for f in facts if f.reply_due and ((f.replied and f.first_reply) or f.overdue)]
    within = [f for f in known if f.replied and f.first_reply <= f.reply_due]
    delays = tuple(sorted((f.first_reply - f.letter_date).days for f in replied if f.first_reply and f.letter_date))
    graded = Counter(f.grade for f in facts if f.grade)
    grades = tuple(GradeDistribution(s.key, s.name, tuple((k, label, graded[(s.key, k)]) for k, label in s.values))
                   for s in scale_infos)
    per_question: dict[int, Counter] = {}
    for fact in facts:
        for number, verdict in fact.verdicts:
            per_question.setdefault(number, Counter())[verdict] += 1
    verdicts = tuple(VerdictDistribution(n, tuple((v, per_question[n][v]) for v in Verdict))
                     for n in sorted(per_question))
    return Figures(len(facts), len(replied), len(replied) / len(facts) if facts else None, len(known), len(within),
                   len(within) / len(known) if known else None, delays, percentile(delays, 0.5),
                   percentile(delays, 0.9), grades, verdicts)


_KIND_ORDER = {kind.value: index for index, kind in enumerate(AddresseeKind)}


def _group_order(dimension: Dimension, name: str):
    if dimension is Dimension.ADDRESSEE_KIND:
        return (_KIND_ORDER.get(name, 9), name)
    return (name == NONE_GROUP, name.casefold())


def analytics(store: Store, case_ids: Iterable[int] | None = None, dimension: Dimension | str = Dimension.ADDRESSEE_KIND,
              today: date | None = None) -> Analytics:
    """The figures of the chosen cases (None: all), in total and per group of ``dimension``."""
    try:
        dimension = Dimension(dimension)
    except ValueError:
        raise AnalyticsError(f"{dimension!r} is not a breakdown; choose from: {', '.join(Dimension)}") from None
    facts = case_facts(store, case_ids, today)
    infos = scales(store)
    members: dict[str, list[CaseFacts]] = {}
    for fact in facts:
        for name in fact.groups(dimension):
            members.setdefault(name, []).append(fact)
    groups = tuple(Group(name, figures(members[name], infos))
                   for name in sorted(members, key=lambda n: _group_order(dimension, n)))
    return Analytics(dimension, figures(facts, infos), groups, infos)


# Panels: each figure's table (shown beside its chart, written to Word, exported to CSV) and chart.
# ``tr`` puts their words in the briefing's language (``BriefingOptions.tr``); English by default, so the
# Dashboard and the CLI read as before. Group names that are the store's own (countries, mandates, terms,
# a renamed grade) have no catalogue entry and stay as written.

ALL = "All cases"
Translate = Callable[..., str]
ENGLISH: Translate = partial(briefing_tr, DEFAULT_LANGUAGE)


@dataclass(frozen=True)
class Panel:
    table: Table
    chart: ChartData


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def _days(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _named(result: Analytics, tr: Translate) -> list[tuple[str, Figures]]:
    kinds = result.dimension is Dimension.ADDRESSEE_KIND  # "State", "company", "other": the app's words
    return [(tr(ALL), result.total),
            *((_kind_name(g.name, tr) if kinds else tr(g.name) if g.name == NONE_GROUP else g.name, g.figures)
              for g in result.groups)]


def _kind_name(name: str, tr: Translate) -> str:
    """An addressee kind in ``tr``'s language: keyed with its context, as "other" also names an action."""
    key = f"addressee kind: {name}"
    translated = tr(key)
    return name if translated == key else translated


def _by(result: Analytics, tr: Translate) -> tuple[str, str]:
    """The breakdown's name in a title ("addressee kind") and as a column header ("Addressee kind")."""
    name = tr(result.dimension.value)
    return name, _upper_first(name)


def _chart(title: str, kind: ChartKind, named: list[tuple[str, object]], sizes: list[int],
           series: list[tuple[str, list[float | None]]], unit: str, tr: Translate,
           colours: tuple[str, ...] = ()) -> ChartData:
    """A chart of the total and the largest groups (the table lists them all)."""
    drawn = largest([name for name, _ in named], sizes)
    note = tr("The {drawn} largest of {groups} groups; the table lists every group.", drawn=len(drawn) - 1,
              groups=len(named) - 1) if len(drawn) < len(named) else ""
    return ChartData(title, kind, tuple(named[i][0] for i in drawn),
                     tuple((label, tuple(values[i] for i in drawn)) for label, values in series), unit, colours, note,
                     tr("No cases"))


def _rate(value: float | None) -> float | None:
    return None if value is None else 100 * value


def replies_panel(result: Analytics, tr: Translate = ENGLISH) -> Panel:
    named = _named(result, tr)
    by, column = _by(result, tr)
    rows = tuple((name, f.cases, f.replied, _percent(f.reply_rate), f"{f.within_deadline}/{f.deadline_known}",
                  _percent(f.within_share)) for name, f in named)
    title = tr("Replies by {dimension}", dimension=by)
    table = Table(title, (column, tr("Cases"), tr("Replied"), tr("Reply rate %"), tr("Within deadline"),
                          tr("Within deadline %")), rows)
    chart = _chart(title, ChartKind.GROUPED, named, [f.cases for _n, f in named],
                   [(tr("Reply rate"), [_rate(f.reply_rate) for _n, f in named]),
                    (tr("Replied within the deadline"), [_rate(f.within_share) for _n, f in named])], "%", tr)
    return Panel(table, chart)


def delays_panel(result: Analytics, tr: Translate = ENGLISH) -> Panel:
    named = _named(result, tr)
    by, column = _by(result, tr)
    rows = tuple((name, len(f.delays), _days(f.median_delay), _days(f.p90_delay)) for name, f in named)
    title = tr("Days from letter to first reply by {dimension}", dimension=by)
    table = Table(title, (column, tr("Delays known"), tr("Median (days)"), tr("90th percentile (days)")), rows)
    chart = _chart(title, ChartKind.GROUPED, named, [len(f.delays) for _n, f in named],
                   [(tr("Median"), [f.median_delay for _n, f in named]),
                    (tr("90th percentile"), [f.p90_delay for _n, f in named])], tr("days"), tr)
    return Panel(table, chart)


def grades_panel(result: Analytics, scale_key: str, tr: Translate = ENGLISH) -> Panel:
    info = next((s for s in result.scales if s.key == scale_key), None)
    if info is None:
        raise AnalyticsError(f"no scale {scale_key!r} (scales: {', '.join(s.key for s in result.scales)})")
    named = _named(result, tr)
    by, column = _by(result, tr)
    distributions = [next(d for d in f.grades if d.scale == scale_key) for _n, f in named]
    rows = tuple((name, *(count for _k, _l, count in d.counts), d.graded) for (name, _f), d in zip(named, distributions))
    title = tr("Grades on the {scale} by {dimension}", scale=tr(info.name), dimension=by)
    labels = [tr(label) for _k, label in info.values]
    table = Table(title, (column, *labels, tr("Graded")), rows)
    series = [(label, [float(d.counts[i][2]) for d in distributions]) for i, label in enumerate(labels)]
    chart = _chart(title, ChartKind.STACKED, named, [d.graded for d in distributions], series, tr("cases graded"), tr)
    return Panel(table, chart)


_VERDICT_COLOURS = tuple(VERDICT_MARKS[v].colour for v in Verdict)


def _verdict_names(tr: Translate) -> list[str]:
    return [_upper_first(tr(v.value)) for v in Verdict]


def verdicts_panel(result: Analytics, tr: Translate = ENGLISH) -> Panel:
    """Verdicts per question number, over all the chosen cases."""
    distributions = result.total.verdicts
    names = _verdict_names(tr)
    rows = tuple((tr("Q{number}", number=d.question), *(count for _v, count in d.counts), sum(c for _v, c in d.counts))
                 for d in distributions)
    table = Table(tr("Verdicts per question"), (tr("Question"), *names, tr("Judged")), rows)
    chart = ChartData(table.title, ChartKind.STACKED, tuple(r[0] for r in rows),
                      tuple((name, tuple(float(d.counts[i][1]) for d in distributions))
                            for i, name in enumerate(names)), tr("questions judged"), _VERDICT_COLOURS,
                      empty=tr("No cases"))
    return Panel(table, chart)


def verdicts_by_group_panel(result: Analytics, tr: Translate = ENGLISH) -> Panel:
    """Verdicts of every question added up, per group."""
    named = _named(result, tr)
    by, column = _by(result, tr)
    names = _verdict_names(tr)
    totals = []
    for _name, f in named:
        counted = Counter()
        for distribution in f.verdicts:
            counted.update(dict(distribution.counts))
        totals.append(counted)
    rows = tuple((name, *(t[v] for v in Verdict), sum(t.values())) for (name, _f), t in zip(named, totals))
    title = tr("Verdicts by {dimension}", dimension=by)
    table = Table(title, (column, *names, tr("Judged")), rows)
    chart = _chart(title, ChartKind.STACKED, named, [sum(t.values()) for t in totals],
                   [(name, [float(t[v]) for t in totals]) for name, v in zip(names, Verdict)], tr("questions judged"),
                   tr, _VERDICT_COLOURS)
    return Panel(table, chart)


def panels(result: Analytics, per_question: bool = True, tr: Translate = ENGLISH) -> list[Panel]:
    """Every figure of the dashboard and of the Word chapter, in their order (``per_question``: with the verdicts
    per question, the one figure that is not broken down)."""
    return [replies_panel(result, tr), delays_panel(result, tr), *(grades_panel(result, s.key, tr) for s in result.scales),
            *([verdicts_panel(result, tr)] if per_question else []), verdicts_by_group_panel(result, tr)]


DEFAULT_BREAKDOWNS = (Dimension.ADDRESSEE_KIND,)
# What a reviewer may type for a breakdown besides its name ("term" for "allegation term").
_ALIASES = {"addressee": Dimension.ADDRESSEE_KIND, "addressee-kind": Dimension.ADDRESSEE_KIND,
            "addressee_kind": Dimension.ADDRESSEE_KIND, "kind": Dimension.ADDRESSEE_KIND,
            "term": Dimension.TERM, "terms": Dimension.TERM, "allegation-term": Dimension.TERM,
            "allegation_term": Dimension.TERM}


def breakdowns(text: str | Iterable[str]) -> tuple[Dimension, ...]:
    """The breakdowns ``text`` names ("country,mandate", or a list), in its order, each once."""
    names = text.split(",") if isinstance(text, str) else list(text)
    found: list[Dimension] = []
    for name in names:
        wanted = " ".join(str(name).split()).lower()
        if not wanted:
            continue
        try:
            dimension = _ALIASES.get(wanted) or Dimension(wanted)
        except ValueError:
            raise AnalyticsError(f"{name!r} is not a breakdown; choose from: {', '.join(Dimension)} "
                                 "(or term)") from None
        if dimension not in found:
            found.append(dimension)
    if not found:
        raise AnalyticsError(f"name at least one breakdown: {', '.join(Dimension)}")
    return tuple(found)


def chapter_panels(store: Store, case_ids: Iterable[int] | None, dimensions: Sequence[Dimension | str] = DEFAULT_BREAKDOWNS,
                   today: date | None = None, tr: Translate = ENGLISH) -> list[Panel]:
    """The portfolio chapter's figures: every panel by each breakdown in turn, the verdicts per question (which
    no breakdown changes) once, after the first breakdown's; in ``tr``'s language (the briefing's)."""
    found: list[Panel] = []
    for position, dimension in enumerate(breakdowns(dimensions)):
        result = analytics(store, case_ids, dimension, today)
        found += panels(result, per_question=position == 0, tr=tr)
    return found


def tables(result: Analytics) -> list[Table]:
    return [panel.table for panel in panels(result)]


def table_csv(table: Table, excel_bom: bool = False) -> str:
    """The table as CSV text (UTF-8 when written; with the BOM Excel wants when asked)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(table.columns)
    writer.writerows(table.rows)
    return ("\ufeff" if excel_bom else "") + buffer.getvalue()
