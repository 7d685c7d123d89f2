"""Facets of the case list: what each case is (addressee, country, type, mandate…), counted and combined.

The store is read once per call into an inverted index: for each facet, each
value -> the set of cases having it. A filter selects, per facet, the union of
its values' sets; facets are intersected (and with the cases the query finds).
A facet's counts are of the cases matching every *other* facet's selection, so
choosing a value never makes its siblings vanish and a selected value never
shows 0 (standard faceted search). Values may be named by key or label
("term=Forced labour"); an unknown facet or value is a ``FacetError``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

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
from reviewdesk.db.search import matching_cases
from reviewdesk.domain.assessment import Verdict
from reviewdesk.domain.countries import COUNTRY_NAMES, NON_STATE_CODE
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.letter import DocumentKind
from reviewdesk.domain.reference import COMMUNICATION_TYPES
from reviewdesk.domain.search_query import parse_query
from reviewdesk.domain.search_text import fold
from reviewdesk.domain.vocabulary import REPLY_KINDS, TagStatus
from reviewdesk.services.dto import CaseFilter, Facet, FacetValue

# Facet keys (stable: saved searches and the CLI use them) and their labels, in display order.
FACETS: dict[str, str] = {
    "addressee": "Addressee", "country": "Country", "type": "Type", "mandate": "Mandate", "year": "Year",
    "reply": "Reply", "overdue": "Overdue", "grade": "Grade", "verdict": "Verdicts", "term": "Term",
    "language": "Language", "ocr": "OCR",
}
ADDRESSEE_KINDS = {"state": "State", "company": "Company", "other": "Other"}
REPLY_VALUES = {"none": "No reply", "received": "Received in time", "late": "Received late"}
YES_NO = {"yes": "Yes", "no": "No"}
LANGUAGES = {"en": "English", "fr": "French", "es": "Spanish", "ar": "Arabic", "zh": "Chinese", "ru": "Russian"}
# A State's letter goes to its Permanent Mission (or a delegation), whatever the language of the address block.
_MISSION_RE = re.compile(r"\b(permanent mission|mission permanente|misi[oó]n permanente|permanent representative"
                         r"|repr[ée]sentant\w* permanent|representante permanente|d[ée]l[ée]gation|delegaci[oó]n)",
                         re.IGNORECASE)
_MAX_LISTED = 25  # valid values named in an error


class FacetError(ReviewDeskError, ValueError):
    """A facet key or value that does not exist: the message names it and what is valid."""


@dataclass
class _Values:
    """One facet's values: key -> label, depth and the cases having it (in display order)."""

    labels: dict[str, str] = field(default_factory=dict)
    depth: dict[str, int] = field(default_factory=dict)
    cases: dict[str, set[int]] = field(default_factory=dict)
    ordered: bool = True  # False: listed by count, then label

    def add(self, key: str, label: str, depth: int = 0) -> None:
        if key not in self.labels:
            self.labels[key], self.depth[key], self.cases[key] = label, depth, set()

    def put(self, key: str, case_id: int, label: str | None = None) -> None:
        self.add(key, label if label is not None else key)
        self.cases[key].add(case_id)


class FacetIndex:
    """Every facet's values and their cases, as the store holds them now."""

    def __init__(self, session: Session, today: date | None = None) -> None:
        self.today = today or date.today()
        self.facets: dict[str, _Values] = {key: _Values() for key in FACETS}
        self.all_cases: set[int] = set()
        self._cases(session)
        self._documents(session)
        self._mandates(session)
        self._grades(session)
        self._verdicts(session)
        self._terms(session)

    def _cases(self, session: Session) -> None:
        addressee, country, kind, year = (self.facets[k] for k in ("addressee", "country", "type", "year"))
        for key, label in ADDRESSEE_KINDS.items():
            addressee.add(key, label)
        for code in COMMUNICATION_TYPES:
            kind.add(code, code)
        for code, name in sorted(COUNTRY_NAMES.items(), key=lambda item: item[1]):
            country.add(code, name)
        country.add(NON_STATE_CODE, "Non-State actors (OTH)")
        country.ordered = False
        rows = session.execute(select(Case.id, Case.type, Case.country, Case.year, Case.organisation).order_by(Case.year.desc()))
        for row in rows:
            self.all_cases.add(row.id)
            addressee.put(addressee_kind(row.country, row.organisation), row.id)
            country.put(row.country, row.id, COUNTRY_NAMES.get(row.country, row.country))
            if row.type:
                kind.put(row.type, row.id)
            year.put(str(row.year), row.id)

    def _documents(self, session: Session) -> None:
        reply, overdue, language, ocr = (self.facets[k] for k in ("reply", "overdue", "language", "ocr"))
        for values, names in ((reply, REPLY_VALUES), (overdue, YES_NO), (ocr, YES_NO)):
            for key, label in names.items():
                values.add(key, label)
        is_reply = Document.kind.in_(sorted(REPLY_KINDS))
        first_reply = (select(Document.case_id, func.min(Document.date).label("first"), func.count().label("n"))
                       .where(is_reply, Document.case_id.is_not(None)).group_by(Document.case_id).subquery())
        rows = session.execute(select(Case.id, Case.reply_due, first_reply.c.first, first_reply.c.n)
                               .outerjoin(first_reply, first_reply.c.case_id == Case.id))
        for row in rows:
            received = _as_date(row.first)
            if not row.n:
                reply.put("none", row.id)
                overdue.put("yes" if row.reply_due and _as_date(row.reply_due) < self.today else "no", row.id)
            else:
                late = row.reply_due and received and received > _as_date(row.reply_due)
                reply.put("late" if late else "received", row.id)
                overdue.put("no", row.id)
        scanned = set(session.scalars(select(Document.case_id).distinct().where(Document.is_ocr.is_(True))))
        for case_id in self.all_cases:
            ocr.put("yes" if case_id in scanned else "no", case_id)
        language.ordered = False
        for code, label in LANGUAGES.items():
            language.add(code, label)
        for case_id, code in session.execute(select(Document.case_id, Document.language).distinct()
                                             .where(Document.case_id.is_not(None), Document.language.is_not(None))):
            language.put(code, case_id, LANGUAGES.get(code, code))

    def _mandates(self, session: Session) -> None:
        mandate = self.facets["mandate"]
        mandate.ordered = False
        rows = session.execute(select(Document.case_id, Document.fields["mandates"])
                               .where(Document.kind == DocumentKind.LETTER, Document.case_id.is_not(None)))
        for case_id, names in rows:
            for name in names or ():
                if isinstance(name, str) and name.strip():
                    mandate.put(name.strip(), case_id)

    def _grades(self, session: Session) -> None:
        grade = self.facets["grade"]
        for scale_key, scale_name, value_key, label in session.execute(
                select(Scale.key, Scale.name, ScaleValue.key, ScaleValue.label)
                .join(ScaleValue, ScaleValue.scale_id == Scale.id).order_by(Scale.id, ScaleValue.position)):
            grade.add(f"{scale_key}:{value_key}", f"{label} ({scale_name})")
        for case_id, scale_key, value_key in session.execute(
                select(Grade.case_id, Scale.key, ScaleValue.key).join(ScaleValue, ScaleValue.id == Grade.scale_value_id)
                .join(Scale, Scale.id == ScaleValue.scale_id)):
            grade.put(f"{scale_key}:{value_key}", case_id)

    def _verdicts(self, session: Session) -> None:
        verdict = self.facets["verdict"]
        for value in Verdict:
            verdict.add(value.value, value.value.capitalize())
        for case_id, value in session.execute(
                select(Document.case_id, VerdictRow.value).distinct().join(Question, Question.id == VerdictRow.question_id)
                .join(Document, Document.id == Question.document_id).where(Document.case_id.is_not(None))):
            verdict.put(value, case_id)

    def _terms(self, session: Session) -> None:
        """A group's cases are its own and all its descendants' (accepted tags only)."""
        term = self.facets["term"]
        rows = session.execute(select(Term.id, Term.parent_id, Term.label, Term.key, Vocabulary.key.label("vocabulary"))
                               .join(Vocabulary, Vocabulary.id == Term.vocabulary_id)
                               .order_by(Vocabulary.id, Term.position, Term.label)).all()
        children: dict[int | None, list] = {}
        known = {row.id for row in rows}
        for row in rows:
            children.setdefault(row.parent_id if row.parent_id in known else None, []).append(row)
        tagged: dict[int, set[int]] = {}
        for term_id, case_id in session.execute(
                select(Tag.term_id, Document.case_id).distinct().join(Document, Document.id == Tag.document_id)
                .where(Tag.status == TagStatus.ACCEPTED, Document.case_id.is_not(None))):
            tagged.setdefault(term_id, set()).add(case_id)

        def visit(row, depth: int) -> set[int]:
            key = f"{row.vocabulary}:{row.key}"
            term.add(key, row.label, depth)
            cases = set(tagged.get(row.id, ()))
            for child in children.get(row.id, ()):
                cases |= visit(child, depth + 1)
            term.cases[key] |= cases
            return cases

        for root in children.get(None, ()):
            visit(root, 0)

    def resolve(self, key: str, value: str) -> str:
        """The value key ``value`` names in facet ``key`` (its key or its label, any case)."""
        values = self.facets.get(key)
        if values is None:
            raise FacetError(f"no facet {key!r}; facets are: {', '.join(FACETS)}")
        if value in values.labels:
            return value
        wanted = fold(value.strip())
        for candidate, label in values.labels.items():
            if fold(candidate) == wanted or fold(label) == wanted:
                return candidate
        if key == "year" and value.strip().isdigit():
            return value.strip()
        valid = list(values.labels)
        listed = ", ".join(valid[:_MAX_LISTED]) + (f" … ({len(valid)} in all)" if len(valid) > _MAX_LISTED else "")
        raise FacetError(f"no value {value!r} in facet {key!r}; values are: {listed or 'none in this store'}")

    def selection(self, filters: CaseFilter) -> dict[str, set[str]]:
        chosen: dict[str, set[str]] = {}
        for key, value in filters.facets:
            chosen.setdefault(key, set()).add(self.resolve(key, value))
        return chosen

    def cases_of(self, key: str, values: Iterable[str]) -> set[int]:
        found: set[int] = set()
        for value in values:
            found |= self.facets[key].cases.get(value, set())
        return found

    def matching(self, chosen: dict[str, set[str]], query_cases: set[int] | None, without: str | None = None) -> set[int]:
        """The cases matching the query and every chosen facet but ``without``."""
        sets = [self.cases_of(key, values) for key, values in chosen.items() if key != without]
        if query_cases is not None:
            sets.append(query_cases)
        if not sets:
            return set(self.all_cases)
        sets.sort(key=len)
        result = set(sets[0])
        for other in sets[1:]:
            result &= other
        return result

    def facet(self, key: str, chosen: dict[str, set[str]], query_cases: set[int] | None) -> Facet:
        values = self.facets[key]
        base = self.matching(chosen, query_cases, without=key)
        selected = chosen.get(key, set())
        listed = []
        for value, label in values.labels.items():
            cases = values.cases[value]
            count = len(cases & base) if len(cases) < len(base) else len(base & cases)
            if count or value in selected:
                listed.append(FacetValue(value, label, count, values.depth[value], value in selected))
        if not values.ordered:
            listed.sort(key=lambda v: (-v.count, v.label))
        return Facet(key, FACETS[key], tuple(listed))


def addressee_kind(country: str | None, organisation: str | None) -> str:
    """State, company or other, from the reference's country and the organisation the parser read."""
    if organisation and _MISSION_RE.search(organisation):
        return "state"
    if country and country != NON_STATE_CODE:
        return "state"
    return "company" if organisation and organisation.strip() else "other"


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def query_case_ids(session: Session, filters: CaseFilter) -> set[int] | None:
    parsed = parse_query(filters.query)
    return None if parsed.empty else matching_cases(session, parsed)


def parse_facet_argument(text: str) -> tuple[str, str]:
    """``key=value`` (the CLI's ``--facet``) as a pair; the value may be a label, resolved when used."""
    key, sep, value = text.partition("=")
    key, value = key.strip().lower(), value.strip().strip('"').strip("'")
    if not sep or not value:
        raise FacetError(f"--facet {text!r}: write it as key=value, e.g. country=CHN; facets are: {', '.join(FACETS)}")
    if key not in FACETS:
        raise FacetError(f"no facet {key!r}; facets are: {', '.join(FACETS)}")
    return key, value


def facet_counts(store: Store, filters: CaseFilter, today: date | None = None) -> tuple[Facet, ...]:
    """Every facet with its values' counts of cases under ``filters`` (each facet ignoring its own selection)."""
    with store.session() as session:
        index = FacetIndex(session, today)
        chosen = index.selection(filters)
        query_cases = query_case_ids(session, filters)
    return tuple(index.facet(key, chosen, query_cases) for key in FACETS)


def matching_case_ids(store: Store, filters: CaseFilter | None, today: date | None = None,
                      session: Session | None = None) -> frozenset[int] | None:
    """The ids of the cases ``filters`` selects; None when it selects nothing in particular (every case)."""
    if filters is None or filters.empty:
        return None
    if session is None:
        with store.session() as own:
            return matching_case_ids(store, filters, today, own)
    query_cases = query_case_ids(session, filters)
    if not filters.facets:
        return frozenset(query_cases) if query_cases is not None else None
    index = FacetIndex(session, today)
    return frozenset(index.matching(index.selection(filters), query_cases))
