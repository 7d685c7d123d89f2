"""Facets of the case list: what each case is (addressee, country, type, mandate…), counted and combined.

The store is read once into an inverted index, kept per store: for each facet,
each value -> the set of cases having it. Edits run through ``following_edits``
(the window's worker runs every edit and import so) update it in place from
their ``Changes``: only the cases they name, the cases of the documents they
name and the rows added since (an import says no more than ``case_list``) are
read again; any other write is caught by ``Store.generation`` and its parts are
read whole. A filter selects, per facet, the union of
its values' sets; facets are intersected (and with the cases the query finds).
A facet's counts are of the cases matching every *other* facet's selection, so
choosing a value never makes its siblings vanish and a selected value never
shows 0 (standard faceted search). Values may be named by key or label
("term=Forced labour"); an unknown facet or value is a ``FacetError``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar, TypeVar
from weakref import WeakKeyDictionary

from sqlalchemy.orm import Session

from reviewdesk.db import Store
from reviewdesk.db import facets as rows
from reviewdesk.db.fulltext import matching_documents
from reviewdesk.domain.addressee import AddresseeKind, addressee_kind
from reviewdesk.domain.assessment import Verdict
from reviewdesk.domain.countries import COUNTRY_NAMES, NON_STATE_CODE
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.letter import DocumentKind
from reviewdesk.domain.mandates import canonical_mandate, canonical_mandates
from reviewdesk.domain.reference import COMMUNICATION_TYPES
from reviewdesk.domain.search_query import parse_query
from reviewdesk.domain.search_text import fold
from reviewdesk.domain.vocabulary import REPLY_KINDS, TagStatus
from reviewdesk.services.dto import CaseFilter, Facet, FacetValue
from reviewdesk.services.edits import NOTHING, Changes, Edit

T = TypeVar("T")

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

    def reorder(self, keys: list[str]) -> None:
        self.labels = {key: self.labels[key] for key in keys}


class FacetIndex:
    """Every facet's values and their cases, as the store holds them now.

    Built whole once; afterwards ``refresh`` reads a part again (its tables
    changed in a way no edit described) and ``update`` re-reads only the rows of
    the cases an edit touched, in place: each value loses those cases, then
    gains them again from their current rows.
    """

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
        self._term_values: dict[int, str] = {}  # term id -> its value key ("vocabulary:key")
        self._term_parents: dict[int, int] = {}  # term id -> its parent's id (roots have none)
        self._last_ids = (0, 0)  # the highest case and document ids read: later ones are new
        self.reads: list[tuple[str, ...]] = []  # the parts read whole, in order (the first: all of them)
        self.refresh(session, tuple(self.PARTS))

    def refresh(self, session: Session, parts: tuple[str, ...]) -> None:
        """Read ``parts`` again (in ``PARTS`` order: documents need the cases)."""
        self.reads.append(parts)
        for part in parts:
            for key in self.PARTS[part][1]:
                self.facets[key] = _Values()
        self._last_ids = rows.last_ids(session)
        if "cases" in parts:
            self.all_cases = set()
            self._labels_of_cases()
            self._cases(session, None)
        if "documents" in parts:
            self.document_cases = rows.document_cases(session)
            self._labels_of_documents()
            self._documents(session, None)
        if "grades" in parts:
            for scale_key, scale_name, value_key, label in rows.scale_values(session):
                self.facets["grade"].add(f"{scale_key}:{value_key}", f"{label} ({scale_name})")
            self._grades(session, None)
        if "verdicts" in parts:
            for value in Verdict:
                self.facets["verdict"].add(value.value, value.value.capitalize())
            self._verdicts(session, None)
        if "terms" in parts:
            self._term_tree(session)
            self._terms(session, None)

    def update(self, session: Session, cases: set[int], documents: frozenset[int] = frozenset()) -> None:
        """Read again, in place, the rows of ``cases``, of the cases ``documents`` were or are filed under, and
        of every case or document added since the index last read the store (an import)."""
        touched = set(cases) | rows.added_since(session, *self._last_ids)
        if documents:
            touched |= {c for d in documents if (c := self.document_cases.get(d)) is not None}
            touched |= {c for c in rows.filed_under(session, documents).values() if c is not None}
        self._last_ids = rows.last_ids(session)
        if not touched:
            return
        for values in self.facets.values():
            for members in values.cases.values():
                members -= touched
        self.all_cases -= touched
        for document in [d for d, c in self.document_cases.items() if c in touched]:
            del self.document_cases[document]
        self.document_cases.update(rows.document_cases(session, touched))
        self._cases(session, touched)
        self._documents(session, touched)
        self._grades(session, touched)
        self._verdicts(session, touched)
        self._terms(session, touched)

    def _labels_of_cases(self) -> None:
        addressee, country, kind = (self.facets[k] for k in ("addressee", "country", "type"))
        for value in AddresseeKind:
            addressee.add(value.key, ADDRESSEE_KINDS[value.key])
        for code in COMMUNICATION_TYPES:
            kind.add(code, code)
        for code, name in sorted(COUNTRY_NAMES.items(), key=lambda item: item[1]):
            country.add(code, name)
        country.add(NON_STATE_CODE, "Non-State actors (OTH)")
        country.ordered = False

    def _cases(self, session: Session, case_ids: set[int] | None) -> None:
        addressee, country, kind, year = (self.facets[k] for k in ("addressee", "country", "type", "year"))
        kinds: dict[tuple, str] = {}
        new_year = False
        for case_id, type_, code, year_, organisation, named in rows.cases(session, case_ids):
            self.all_cases.add(case_id)
            who = (code, organisation, named)
            if who not in kinds:
                kinds[who] = addressee_kind(code, organisation, named).key
            addressee.put(kinds[who], case_id)
            country.put(code, case_id, COUNTRY_NAMES.get(code, code))
            if type_:
                kind.put(type_, case_id)
            new_year = new_year or str(year_) not in year.labels
            year.put(str(year_), case_id)
        if new_year and case_ids is not None:  # latest year first, as a full read lists them
            year.reorder(sorted(year.labels, key=lambda y: (not y.isdigit(), -int(y) if y.isdigit() else 0, y)))

    def _labels_of_documents(self) -> None:
        reply, overdue, language, ocr = (self.facets[k] for k in ("reply", "overdue", "language", "ocr"))
        for values, names in ((reply, REPLY_VALUES), (overdue, YES_NO), (ocr, YES_NO)):
            for key, label in names.items():
                values.add(key, label)
        language.ordered = False
        for code, label in LANGUAGES.items():
            language.add(code, label)
        self.facets["mandate"].ordered = False

    def _documents(self, session: Session, case_ids: set[int] | None) -> None:
        reply, overdue, language, ocr = (self.facets[k] for k in ("reply", "overdue", "language", "ocr"))
        today = self.today.isoformat()
        for case_id, due, first, count in rows.replies(session, REPLY_KINDS, case_ids):
            due = str(due)[:10] if due is not None else None
            if not count:
                reply.put("none", case_id)
                overdue.put("yes" if due and due < today else "no", case_id)
            else:
                late = due and first is not None and str(first)[:10] > due
                reply.put("late" if late else "received", case_id)
                overdue.put("no", case_id)
        present = self.all_cases if case_ids is None else self.all_cases & case_ids
        scanned = rows.ocr_cases(session, case_ids) & present
        ocr.cases["yes"] |= scanned
        ocr.cases["no"] |= present - scanned
        for case_id, code in rows.languages(session, case_ids):
            language.put(code, case_id, LANGUAGES.get(code, code))
        mandate = self.facets["mandate"]
        for case_id, names in rows.mandates(session, DocumentKind.LETTER.value, case_ids):
            for found in canonical_mandates(names):
                mandate.put(found.key, case_id, found.name)

    def _grades(self, session: Session, case_ids: set[int] | None) -> None:
        grade = self.facets["grade"]
        for case_id, scale_key, value_key in rows.grades(session, case_ids):
            grade.put(f"{scale_key}:{value_key}", case_id)

    def _verdicts(self, session: Session, case_ids: set[int] | None) -> None:
        verdict = self.facets["verdict"]
        for document_id, value in rows.verdicts(session, case_ids):
            if (case_id := self.document_cases.get(document_id)) is not None:
                verdict.put(value, case_id)

    def _term_tree(self, session: Session) -> None:
        """Every term as a value, in tree order with its depth; remembers each term's parent."""
        term = self.facets["term"]
        found = rows.terms(session)
        known = {row[0] for row in found}
        children: dict[int | None, list] = {}
        for row in found:
            children.setdefault(row[1] if row[1] in known else None, []).append(row)
        self._term_values, self._term_parents = {}, {}

        def visit(row, depth: int) -> None:
            term_id, parent, label, key, vocabulary = row
            self._term_values[term_id] = f"{vocabulary}:{key}"
            if parent in known:
                self._term_parents[term_id] = parent
            term.add(f"{vocabulary}:{key}", label, depth)
            for child in children.get(term_id, ()):
                visit(child, depth + 1)

        for root in children.get(None, ()):
            visit(root, 0)

    def _terms(self, session: Session, case_ids: set[int] | None) -> None:
        """A group's cases are its own and all its descendants' (accepted tags only)."""
        term = self.facets["term"]
        tagged: dict[int, set[int]] = {}
        for term_id, document_id in rows.tagged(session, TagStatus.ACCEPTED.value, case_ids):
            if (case_id := self.document_cases.get(document_id)) is not None:
                tagged.setdefault(term_id, set()).add(case_id)
        for term_id, cases in tagged.items():
            seen = set()
            while term_id in self._term_values and term_id not in seen:  # up to the root (a cycle stops)
                seen.add(term_id)
                term.cases[self._term_values[term_id]] |= cases
                term_id = self._term_parents.get(term_id)

    def snapshot(self) -> dict[str, dict[str, tuple[str, int, frozenset[int]]]]:
        """Each facet's values that some case has: (label, depth, cases) — what two indexes must agree on."""
        return {key: {value: (values.labels[value], values.depth[value], frozenset(members))
                      for value, members in values.cases.items() if members}
                for key, values in self.facets.items()}

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
        if key == "mandate" and (mandate := canonical_mandate(value)) is not None and mandate.key in values.labels:
            return mandate.key  # a title in another language, or an older title, of a mandate the store has
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

    def facet(self, key: str, chosen: dict[str, set[str]], query_cases: set[int] | None,
              base: set[int] | None = None) -> Facet:
        """``key``'s values counted among ``base`` (default: the cases matching all but ``key``'s selection)."""
        values = self.facets[key]
        if base is None:
            base = self.matching(chosen, query_cases, without=key)
        everything = len(base) == len(self.all_cases)  # every case: a value's count is its size
        selected = chosen.get(key, set())
        listed = []
        for value, label in values.labels.items():
            cases = values.cases[value]
            count = len(cases) if everything else len(cases & base)
            if count or value in selected:
                listed.append(FacetValue(value, label, count, values.depth[value], value in selected))
        if not values.ordered:
            listed.sort(key=lambda v: (-v.count, v.label))
        return Facet(key, FACETS[key], tuple(listed))


@dataclass
class _Cached:
    """A store's index, the day it counts overdue from, and the generation of each part it reflects."""

    today: date
    generations: dict[str, int]
    index: FacetIndex
    pending: Changes = NOTHING  # edits noted since the index last read the store: applied in place when next read


_INDEXES: WeakKeyDictionary[Store, _Cached] = WeakKeyDictionary()


def _generations(store: Store, session: Session) -> dict[str, int]:
    return {part: store.generation(session, tables) for part, (tables, _keys) in FacetIndex.PARTS.items()}


def facet_index(store: Store, session: Session, today: date | None = None) -> FacetIndex:
    """The store's facet index, up to date.

    The edits noted by ``following_edits`` are applied in place (only their
    cases' rows are read); a part whose tables changed otherwise (``Store.generation``:
    another connection, a write no edit described) is read again whole.
    """
    today = today or date.today()
    now = _generations(store, session)
    cached = _INDEXES.get(store)
    if cached is None or cached.today != today:
        _INDEXES[store] = _Cached(today, now, FacetIndex(session, today))
        return _INDEXES[store].index
    index, pending = cached.index, cached.pending
    stale = [part for part in FacetIndex.PARTS if cached.generations[part] != now[part]]
    if pending.store:
        stale = list(FacetIndex.PARTS)
    elif pending:
        if pending.terms:  # the vocabularies' tree changed: every term's place
            stale.append("terms")
        if not (pending.cases or pending.documents or pending.case_list):  # flags alone: not which cases
            stale += [part for part, flag in (("terms", pending.tags), ("grades", pending.assessment),
                                              ("verdicts", pending.assessment)) if flag]
        index.update(session, set(pending.cases), pending.documents)
    # Documents changed: the parts that map documents to cases follow.
    if "documents" in stale:
        stale += ["verdicts", "terms"]
    if stale:
        index.refresh(session, tuple(part for part in FacetIndex.PARTS if part in stale))
    cached.generations, cached.pending = now, NOTHING
    return index


def _changes_of(result: object) -> Changes:
    if isinstance(result, Edit):
        return result.changes
    return result if isinstance(result, Changes) else NOTHING


def following_edits(store: Store | None, write: Callable[[], T], changes: Changes = NOTHING) -> T:
    """Run ``write`` (an edit, its undo or redo, an import) so the store's facet index follows it in place.

    The ``Changes`` of the ``Edit`` it returns (with ``changes``, e.g. an
    import's) are kept for the next read, which re-reads those cases only.
    That is sound only if they describe every write since the index was last
    current: so the generations are taken before the write, and a write made
    outside (not through here) leaves them behind, to be read whole as before.
    """
    if store is None or _INDEXES.get(store) is None:  # nothing to follow: the first read builds the index whole
        return write()
    with store.session() as session:
        before = _generations(store, session)
    result = write()
    noted = changes | _changes_of(result)
    cached = _INDEXES.get(store)
    if cached is not None and noted:
        cached.pending = cached.pending | noted
        if before == cached.generations:  # nothing unnoted happened since: the pending edits say it all
            with store.session() as session:
                cached.generations = _generations(store, session)
    return result


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
    # The facets nothing is chosen in all count among the same cases: those matching the whole filter.
    common = index.matching(chosen, query_cases)
    return tuple(index.facet(key, chosen, query_cases, None if key in chosen else common) for key in FACETS)


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
