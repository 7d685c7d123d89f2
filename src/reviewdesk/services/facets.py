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
from typing import ClassVar
from weakref import WeakKeyDictionary

from sqlalchemy.orm import Session

from reviewdesk.db import Store
from reviewdesk.db import facets as rows
from reviewdesk.db.fulltext import matching_documents
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

    # Parts read together: the tables each reads and the facets it fills (refreshed alone when its tables change).
    PARTS: ClassVar[dict[str, tuple[frozenset[str], tuple[str, ...]]]] = {
        "cases": (frozenset({"case"}), ("addressee", "country", "type", "year")),
        "documents": (frozenset({"case", "document"}), ("reply", "overdue", "language", "ocr", "mandate")),
        "grades": (frozenset({"grade", "scale", "scale_value"}), ("grade",)),
        "verdicts": (frozenset({"verdict", "question", "document"}), ("verdict",)),
        "terms": (frozenset({"term", "vocabulary", "tag", "document"}), ("term",)),
    }

    def __init__(self, session: Session, today: date | None = None) -> None:
        self.today = today or date.today()
        self.facets: dict[str, _Values] = {key: _Values() for key in FACETS}
        self.all_cases: set[int] = set()
        self.document_cases: dict[int, int] = {}  # document id -> case id (filed documents)
        self.refresh(session, tuple(self.PARTS))

    def refresh(self, session: Session, parts: tuple[str, ...]) -> None:
        """Read ``parts`` again (in ``PARTS`` order: documents need the cases)."""
        for part in parts:
            for key in self.PARTS[part][1]:
                self.facets[key] = _Values()
        if "cases" in parts:
            self.all_cases = set()
            self._cases(session)
        if "documents" in parts:
            self.document_cases = rows.document_cases(session)
            self._documents(session)
            self._mandates(session)
        if "grades" in parts:
            self._grades(session)
        if "verdicts" in parts:
            self._verdicts(session)
        if "terms" in parts:
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
        kinds: dict[tuple, str] = {}
        for case_id, type_, code, year_, organisation in rows.cases(session):
            self.all_cases.add(case_id)
            who = (code, organisation)
            if who not in kinds:
                kinds[who] = addressee_kind(code, organisation)
            addressee.put(kinds[who], case_id)
            country.put(code, case_id, COUNTRY_NAMES.get(code, code))
            if type_:
                kind.put(type_, case_id)
            year.put(str(year_), case_id)

    def _documents(self, session: Session) -> None:
        reply, overdue, language, ocr = (self.facets[k] for k in ("reply", "overdue", "language", "ocr"))
        for values, names in ((reply, REPLY_VALUES), (overdue, YES_NO), (ocr, YES_NO)):
            for key, label in names.items():
                values.add(key, label)
        today = self.today.isoformat()
        for case_id, due, first, count in rows.replies(session, REPLY_KINDS):
            due = str(due)[:10] if due is not None else None
            if not count:
                reply.put("none", case_id)
                overdue.put("yes" if due and due < today else "no", case_id)
            else:
                late = due and first is not None and str(first)[:10] > due
                reply.put("late" if late else "received", case_id)
                overdue.put("no", case_id)
        scanned = rows.ocr_cases(session)
        ocr.cases["yes"] = self.all_cases & scanned
        ocr.cases["no"] = self.all_cases - scanned
        language.ordered = False
        for code, label in LANGUAGES.items():
            language.add(code, label)
        for case_id, code in rows.languages(session):
            language.put(code, case_id, LANGUAGES.get(code, code))

    def _mandates(self, session: Session) -> None:
        mandate = self.facets["mandate"]
        mandate.ordered = False
        for case_id, names in rows.mandates(session, DocumentKind.LETTER.value):
            for name in names:
                if isinstance(name, str) and name.strip():
                    mandate.put(name.strip(), case_id)

    def _grades(self, session: Session) -> None:
        grade = self.facets["grade"]
        for scale_key, scale_name, value_key, label in rows.scale_values(session):
            grade.add(f"{scale_key}:{value_key}", f"{label} ({scale_name})")
        for case_id, scale_key, value_key in rows.grades(session):
            grade.put(f"{scale_key}:{value_key}", case_id)

    def _verdicts(self, session: Session) -> None:
        verdict = self.facets["verdict"]
        for value in Verdict:
            verdict.add(value.value, value.value.capitalize())
        for document_id, value in rows.verdicts(session):
            if (case_id := self.document_cases.get(document_id)) is not None:
                verdict.put(value, case_id)

    def _terms(self, session: Session) -> None:
        """A group's cases are its own and all its descendants' (accepted tags only)."""
        term = self.facets["term"]
        found = rows.terms(session)
        known = {row[0] for row in found}
        children: dict[int | None, list] = {}
        for row in found:
            children.setdefault(row[1] if row[1] in known else None, []).append(row)
        tagged: dict[int, set[int]] = {}
        for term_id, document_id in rows.tagged(session, TagStatus.ACCEPTED.value):
            if (case_id := self.document_cases.get(document_id)) is not None:
                tagged.setdefault(term_id, set()).add(case_id)

        def visit(row, depth: int) -> set[int]:
            term_id, _parent, label, key, vocabulary = row
            value = f"{vocabulary}:{key}"
            term.add(value, label, depth)
            cases = set(tagged.get(term_id, ()))
            for child in children.get(term_id, ()):
                cases |= visit(child, depth + 1)
            term.cases[value] |= cases
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
        # Values some case has first: "CHN" before the 200 codes no letter went to.
        valid = sorted(values.labels, key=lambda v: not values.cases[v])
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
    """State, company or other, from the organisation the parser read and the reference's country.

    A State's letter names its Permanent Mission; any other organisation is a
    company (letters to companies may carry a State's code: OL SLV 8/2021);
    with no organisation, the code says (OTH: a non-State actor not named).
    """
    if organisation and organisation.strip():
        return "state" if _MISSION_RE.search(organisation) else "company"
    return "state" if country and country != NON_STATE_CODE else "other"


# Per open store: (day, the generation each part was read at, index).
_INDEXES: WeakKeyDictionary[Store, tuple[date, dict[str, int], FacetIndex]] = WeakKeyDictionary()


def facet_index(store: Store, session: Session, today: date | None = None) -> FacetIndex:
    """The store's facet index; a part is read again only when a table it reads has changed (``Store.generation``)."""
    today = today or date.today()
    now = {part: store.generation(session, tables) for part, (tables, _keys) in FacetIndex.PARTS.items()}
    cached = _INDEXES.get(store)
    if cached is None or cached[0] != today:
        index = FacetIndex(session, today)
    else:
        index = cached[2]
        stale = tuple(part for part in FacetIndex.PARTS if cached[1][part] != now[part])
        # Documents changed: the parts that map documents to cases follow.
        if "documents" in stale:
            stale = tuple(p for p in FacetIndex.PARTS if p in stale or p in ("verdicts", "terms"))
        if stale:
            index.refresh(session, stale)
    _INDEXES[store] = (today, now, index)
    return index


def query_case_ids(index: FacetIndex, session: Session, filters: CaseFilter) -> set[int] | None:
    """The cases with a document matching the filter's query; None when it has no query."""
    parsed = parse_query(filters.query)
    if parsed.empty:
        return None
    cases = index.document_cases
    return {case for document in matching_documents(session, parsed) if (case := cases.get(document)) is not None}


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
        index = facet_index(store, session, today)
        chosen = index.selection(filters)
        query_cases = query_case_ids(index, session, filters)
    return tuple(index.facet(key, chosen, query_cases) for key in FACETS)


def matching_case_ids(store: Store, filters: CaseFilter | None, today: date | None = None,
                      session: Session | None = None) -> frozenset[int] | None:
    """The ids of the cases ``filters`` selects; None when it selects nothing in particular (every case)."""
    if filters is None or filters.empty:
        return None
    if session is None:
        with store.session() as own:
            return matching_case_ids(store, filters, today, own)
    index = facet_index(store, session, today)
    return frozenset(index.matching(index.selection(filters), query_case_ids(index, session, filters)))
