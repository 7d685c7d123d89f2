"""The reviewer's corrections of extracted fields: checked, written through, remembered with their provenance.

A correction is written where the parser's value lives — the case's columns,
the fields of every copy of its letter, its annexes — so every reader (the case
list, the header, ``show``, pairing, the exports) shows the corrected value
without knowing about corrections. It is also recorded in ``field_correction``
(value, the value it replaced, the parser's value, who, when), so the GUI and
``show --json`` can mark it, and re-analysis writes it again over the parser's
new reading: the correction wins.

Input is checked in full before anything is written: an unknown field, a
malformed value, a reference another case uses raise a ``CorrectionError``
naming the field and the reason, and nothing changes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from reviewdesk.db import Store
from reviewdesk.db.models import Case, Document, FieldCorrection
from reviewdesk.documents.fields import reply_due
from reviewdesk.domain.errors import SubjectError
from reviewdesk.domain.letter import SectionKind
from reviewdesk.domain.reference import COMMUNICATION_TYPES, Reference, find_references
from reviewdesk.domain.vocabulary import DocumentKind
from reviewdesk.services.cases import CaseNotFound, correction_dto, find_case
from reviewdesk.services.edits import NOTHING, Changes, Edit, NoInverse
from reviewdesk.services.rows import Recorder, RowsUndo

# What a correction may change on a document row: never its text (that would re-index search for nothing).
DOCUMENT_COLUMNS = ("fields", "date", "language")


class CorrectionError(SubjectError, ValueError):
    """A correction refused; ``field`` and ``reason`` say which and why. Nothing was changed."""

    @property
    def field(self) -> str:
        return str(self.subject)

    @property
    def reason(self) -> str:
        return self.problem


class UnknownField(CorrectionError):
    pass


class InvalidValue(CorrectionError):
    pass


class ReferenceInUse(CorrectionError):
    pass


class Shape(StrEnum):
    REFERENCE = "reference"
    TYPE = "type"
    DATE = "date"
    TEXT = "text"
    LIST = "list"
    SIGNATORIES = "signatories"
    FLAG = "flag"
    LANGUAGE = "language"


@dataclass(frozen=True)
class FieldSpec:
    """One correctable field: its shape, and where its value lives (a case column, a key of the letter's fields)."""

    name: str
    shape: Shape
    label: str
    column: str | None = None
    key: str | None = None
    aliases: tuple[str, ...] = ()


FIELDS: dict[str, FieldSpec] = {spec.name: spec for spec in (
    FieldSpec("reference", Shape.REFERENCE, "Reference", key="reference"),
    FieldSpec("type", Shape.TYPE, "Type"),
    FieldSpec("date", Shape.DATE, "Date", column="date", key="date"),
    FieldSpec("reply_due", Shape.DATE, "Reply due", column="reply_due", key="reply_due", aliases=("due",)),
    FieldSpec("addressee", Shape.TEXT, "Addressee", column="addressee", key="addressee"),
    FieldSpec("addressee_title", Shape.TEXT, "Addressee's title", key="addressee_title", aliases=("title",)),
    FieldSpec("organisation", Shape.TEXT, "Organisation", column="organisation", key="organisation",
              aliases=("organization",)),
    FieldSpec("mandates", Shape.LIST, "Mandates", key="mandates"),
    FieldSpec("hrc_resolutions", Shape.LIST, "HRC resolutions", key="hrc_resolutions", aliases=("resolutions",)),
    FieldSpec("signatories", Shape.SIGNATORIES, "Signatories", key="signatories"),
    FieldSpec("similar_letters_to", Shape.LIST, "Similar letters sent to", key="similar_letters_to"),
    FieldSpec("similar_letters_to_others", Shape.FLAG, "Similar letters to others", key="similar_letters_to_others"),
    FieldSpec("language", Shape.LANGUAGE, "Language", key="language"),
    FieldSpec("annex_cites", Shape.LIST, "Annex cites", aliases=("cites",)),
)}
_NAMES = {alias: spec.name for spec in FIELDS.values() for alias in (spec.name, *spec.aliases)}
_LANGUAGE_RE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})?")
_TRUE, _FALSE = {"true", "yes", "1", "on"}, {"false", "no", "0", "off", ""}


@dataclass(frozen=True, kw_only=True)
class CorrectionUndo(RowsUndo):
    """Undoes corrections of one case: its fields, its letters' fields and the provenance rows as they were."""

    case_id: int
    fields: tuple[str, ...]


def field_name(name: str) -> str:
    """The canonical name of a field (``resolutions`` is ``hrc_resolutions``); UnknownField if none."""
    canonical = _NAMES.get(name.strip().lower().replace("-", "_"))
    if canonical is None:
        raise UnknownField(name, f"not a field that can be corrected; the fields are {', '.join(FIELDS)}")
    return canonical


# -- checking values ---------------------------------------------------------------------------------
def typed_reference(text: object, name: str = "reference") -> Reference:
    """A reference typed by the reviewer: the whole text must be one complete reference (``UA LBN 5/2015``)."""
    if not isinstance(text, str) or not text.strip():
        raise InvalidValue(name, "a reference such as AL OTH 78/2021 is needed")
    normalised = " ".join(text.split()).upper()
    found = find_references(normalised, allow_bare=True)
    if not found or found[0].start != 0 or normalised[found[0].end:].strip(" ."):
        raise InvalidValue(name, f"{text!r} is not a communication reference (e.g. AL OTH 78/2021)")
    reference = found[0].reference
    if reference.type is None:
        raise InvalidValue(name, f"{text!r} has no type: write it as AL, UA or OL {reference}")
    return reference


def _list(name: str, value: object) -> list:
    if isinstance(value, str):
        try:
            value = json.loads(value) if value.strip().startswith("[") else value
        except json.JSONDecodeError as exc:
            raise InvalidValue(name, f"not a JSON list ({exc.msg})") from None
    if not isinstance(value, (list, tuple)):
        raise InvalidValue(name, 'a list is needed (as JSON text: ["first", "second"])')
    return list(value)


def _text(name: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidValue(name, f"a text is needed, not {type(value).__name__}")
    cleaned = " ".join(value.split())
    if len(cleaned) > 500:
        raise InvalidValue(name, f"too long ({len(cleaned)} characters; at most 500)")
    return cleaned or None


def _date(name: str, value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return date.fromisoformat(value.strip()).isoformat()
        except ValueError as exc:
            raise InvalidValue(name, f"{value!r} is not a date ({exc})") from None
    raise InvalidValue(name, f"{value!r} is not a date: write it as YYYY-MM-DD, e.g. 2021-03-12")


def _signatories(name: str, value: object) -> list[dict]:
    people = []
    for index, item in enumerate(_list(name, value), start=1):
        if isinstance(item, str):
            item = {"name": item, "title": ""}
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise InvalidValue(name, f"item {index} needs a name: {{\"name\": \"…\", \"title\": \"…\"}} or a text")
        title = item.get("title") or ""
        if not isinstance(title, str):
            raise InvalidValue(name, f"item {index}: the title must be a text")
        people.append({"name": " ".join(item["name"].split()), "title": " ".join(title.split())})
    return people


def _flag(name: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise InvalidValue(name, f"{value!r} is not true or false")


def checked_value(name: str, value: object) -> object:
    """``value`` for field ``name`` in its stored form (JSON-ready), or InvalidValue naming the reason."""
    spec = FIELDS[name]
    shape = spec.shape
    if shape is Shape.REFERENCE:
        return str(typed_reference(value, name))
    if shape is Shape.TYPE:
        typed = value.strip().upper() if isinstance(value, str) else value
        if typed not in COMMUNICATION_TYPES:
            raise InvalidValue(name, f"{value!r} is not a communication type; use one of {', '.join(COMMUNICATION_TYPES)}")
        return typed
    if shape is Shape.DATE:
        return _date(name, value)
    if shape is Shape.TEXT:
        return _text(name, value)
    if shape is Shape.LIST:
        items = _list(name, value)
        bad = next((i for i, item in enumerate(items, start=1) if not isinstance(item, str)), None)
        if bad is not None:
            raise InvalidValue(name, f"item {bad} is not a text")
        return [" ".join(item.split()) for item in items if item.strip()]
    if shape is Shape.SIGNATORIES:
        return _signatories(name, value)
    if shape is Shape.FLAG:
        return _flag(name, value)
    language = value.strip().lower() if isinstance(value, str) else value
    if not isinstance(language, str) or not _LANGUAGE_RE.fullmatch(language):
        raise InvalidValue(name, f"{value!r} is not a language code (en, fr, es, ar, zh, ru…)")
    return language


# -- where values live -------------------------------------------------------------------------------
@dataclass
class CaseRows:
    """A case with the documents its fields are written to: letters and annexes, oldest first."""

    case: Case
    letters: list[Document]
    annexes: list[Document]

    @classmethod
    def load(cls, session: Session, case_id: int) -> CaseRows:
        case = session.get(Case, case_id)
        if case is None:
            raise CaseNotFound(f"no case with id {case_id}")
        documents = session.scalars(select(Document).where(Document.case_id == case_id).order_by(Document.id)).all()
        return cls(case, [d for d in documents if d.kind == DocumentKind.LETTER],
                   [d for d in documents if d.kind == DocumentKind.ANNEX])

    def record(self, recorder: Recorder) -> None:
        recorder.before(Case, [self.case.id])
        recorder.before(Document, [d.id for d in self.letters + self.annexes], columns=DOCUMENT_COLUMNS)

    @property
    def document_ids(self) -> frozenset[int]:
        return frozenset(d.id for d in self.letters + self.annexes)


def current_value(rows: CaseRows, name: str) -> object:
    """What the case shows for ``name`` now, in stored form."""
    spec, case = FIELDS[name], rows.case
    if name == "reference":
        return case.reference
    if name == "type":
        return case.type
    if spec.column is not None:
        value = getattr(case, spec.column)
        return value.isoformat() if isinstance(value, date) else value
    letter = (rows.letters[0].fields or {}) if rows.letters else {}
    if name == "annex_cites":
        if rows.letters:
            return list((letter.get("annex") or {}).get("cites") or [])
        return list((rows.annexes[0].fields or {}).get("cites") or []) if rows.annexes else []
    value = letter.get(spec.key)
    if value is None and name == "language" and rows.letters:
        value = rows.letters[0].language
    return value


def write_value(rows: CaseRows, name: str, value: object) -> None:
    """Put ``value`` (stored form) everywhere ``name`` lives for this case."""
    spec, case = FIELDS[name], rows.case
    if name in ("reference", "type"):
        reference = Reference(value, case.country, case.number, case.year) if name == "type" else typed_reference(value)
        case.reference, case.type = str(reference), reference.type
        case.country, case.number, case.year = reference.country, reference.number, reference.year
        for letter in rows.letters:
            letter.fields = {**(letter.fields or {}), "reference": str(reference), "reference_parts": reference.as_dict()}
        return
    if spec.column is not None:
        setattr(case, spec.column, date.fromisoformat(value) if spec.shape is Shape.DATE and value else value)
    if name == "annex_cites":
        for letter in rows.letters:
            annex = dict(letter.fields.get("annex") or {"title": None})
            letter.fields = {**letter.fields, "annex": {**annex, "cites": list(value)}}
        for annex in rows.annexes:
            annex.fields = {**(annex.fields or {}), "cites": list(value)}
        return
    for letter in rows.letters:
        letter.fields = {**(letter.fields or {}), spec.key: value}
        if name == "date":
            letter.date = date.fromisoformat(value) if value else None
    if name == "language":
        for document in rows.letters + rows.annexes:
            document.language = value


# -- provenance rows ---------------------------------------------------------------------------------
def note_correction(session: Session, recorder: Recorder, *, field: str, value: object, previous: object,
                    author: str, case_id: int | None = None, document_id: int | None = None) -> FieldCorrection:
    """Record (or update) the provenance of one corrected field of a case or of one document."""
    owner = (FieldCorrection.case_id == case_id) if case_id is not None else (FieldCorrection.document_id == document_id)
    row = session.scalar(select(FieldCorrection).where(owner, FieldCorrection.field == field))
    now = datetime.now(timezone.utc)
    if row is None:
        row = FieldCorrection(case_id=case_id, document_id=document_id, field=field, value=value, previous=previous,
                              parsed=previous, author=author, corrected_at=now)
        session.add(row)
        session.flush()
        recorder.created(FieldCorrection, [row.id])
    else:
        recorder.before(FieldCorrection, [row.id])
        row.value, row.previous, row.author, row.corrected_at = value, previous, author, now
    return row


def _parsed_value(rows: CaseRows, name: str) -> object:
    """What the parser reads for ``name`` (a case keeps its reference: the letter's own reading is in its fields)."""
    if name in ("reference", "type"):
        read = ((rows.letters[0].fields or {}) if rows.letters else {}).get("reference")
        if name == "reference" or read is None:
            return read
        return next((m.reference.type for m in find_references(read)), None)
    return current_value(rows, name)


def reapply(rows: CaseRows, corrections: Iterable[FieldCorrection]) -> None:
    """After re-analysis wrote the parser's values: remember them as ``parsed`` and write the corrections again."""
    corrections = [row for row in corrections if row.field in FIELDS]
    before = {name: current_value(rows, name) for name in ("date", "reply_due")}
    for row in corrections:
        row.parsed = _parsed_value(rows, row.field)
        write_value(rows, row.field, row.value)
    fields = {row.field for row in corrections}
    if "date" in fields and "reply_due" not in fields:
        write_value(rows, "reply_due", following_due(rows, before["date"], before["reply_due"],
                                                     current_value(rows, "date")))


def following_due(rows: CaseRows, old_date: str | None, old_due: str | None, new_date: str | None) -> str | None:
    """The reply deadline a corrected date implies: the letter's own period (the parser's, or its rule) after it.

    A deadline the reviewer did not correct follows the date they did, so fixing a
    misread date does not leave the reply due before the letter was sent.
    """
    if new_date is None:
        return old_due if old_date is None else None
    if old_date and old_due:
        return (date.fromisoformat(new_date) + (date.fromisoformat(old_due) - date.fromisoformat(old_date))).isoformat()
    closing = " ".join(rows.letters[0].text[s.start:s.end] for s in rows.letters[0].sections
                       if s.kind in (SectionKind.CLOSING, SectionKind.QUESTIONS)) if rows.letters else ""
    return reply_due(date.fromisoformat(new_date), closing).isoformat()


# -- the edits ---------------------------------------------------------------------------------------
def _checked(changes: Mapping[str, object]) -> dict[str, object]:
    checked: dict[str, object] = {}
    for raw, value in changes.items():
        name = field_name(raw)
        if name in checked:
            raise InvalidValue(name, f"given twice (as {raw!r} too)")
        checked[name] = checked_value(name, value)
    return checked


def _planned(rows: CaseRows, checked: dict[str, object]) -> dict[str, object]:
    """The fields whose value changes, with reference and type kept consistent with each other."""
    case = rows.case
    wanted = dict(checked)
    reference = Reference(case.type, case.country, case.number, case.year)
    if "reference" in wanted:
        reference = typed_reference(wanted["reference"])
    if "type" in wanted:
        reference = Reference(wanted["type"], reference.country, reference.number, reference.year)
    if "reference" in wanted or "type" in wanted:
        wanted["reference"], wanted["type"] = str(reference), reference.type
    plan = {name: value for name, value in wanted.items() if value != current_value(rows, name)}
    if "reference" in plan:
        plan["type"] = reference.type  # written together; recorded only if it changed
    if "date" in plan and "reply_due" not in wanted and not _is_corrected(rows, "reply_due"):
        plan["reply_due"] = following_due(rows, current_value(rows, "date"), current_value(rows, "reply_due"),
                                          plan["date"])  # written, but still the parser's rule: not recorded
    return plan


def _is_corrected(rows: CaseRows, name: str) -> bool:
    session = object_session(rows.case)
    return session.scalar(select(FieldCorrection.id).where(FieldCorrection.case_id == rows.case.id,
                                                           FieldCorrection.field == name)) is not None


def _check_consistent(session: Session, rows: CaseRows, plan: dict[str, object]) -> None:
    if "reference" in plan:
        reference = typed_reference(plan["reference"])
        other = find_case(session, reference)
        if other is not None and other.id != rows.case.id:
            raise ReferenceInUse("reference", f"{reference} is already used by another case ({other.reference}); "
                                              "move the documents to that case instead")
    due = plan.get("reply_due", current_value(rows, "reply_due"))
    sent = plan.get("date", current_value(rows, "date"))
    if due and sent and due < sent:
        name = "reply_due" if "reply_due" in plan else "date"
        raise InvalidValue(name, f"the reply would be due ({due}) before the letter was sent ({sent})")


def correct_fields(store: Store, case_id: int, changes: Mapping[str, object], author: str = "") -> Edit:
    """Correct fields of a case, all or none; ``value`` maps each changed field to its new CorrectionDTO.

    ``changes`` maps field names (or aliases) to values: ISO date strings or ``date`` objects,
    lists (or JSON list text), texts, ``None`` to clear. A value equal to what is shown changes nothing.
    """
    checked = _checked(changes)
    with store.session() as session:
        rows = CaseRows.load(session, case_id)
        plan = _planned(rows, checked)
        _check_consistent(session, rows, plan)
        if not plan:
            return Edit(NOTHING, NoInverse(), {})
        recorder = Recorder(session)
        rows.record(recorder)
        previous = {name: current_value(rows, name) for name in plan}
        for name, value in plan.items():
            write_value(rows, name, value)
        written = {}
        for name, value in plan.items():
            derived = name == "reply_due" and name not in checked
            if value != previous[name] and not derived:
                written[name] = correction_dto(note_correction(session, recorder, field=name, value=value,
                                                               previous=previous[name], author=author,
                                                               case_id=case_id))
        session.flush()
        changes_made = Changes(cases=frozenset({case_id}), case_list=True, documents=rows.document_ids,
                               assessment="date" in plan or "reply_due" in plan)
        undo = CorrectionUndo(rows=recorder.images, changes=changes_made, case_id=case_id, fields=tuple(written))
        return Edit(changes_made, undo, written)


def revert_field(store: Store, case_id: int, name: str) -> Edit:
    """Give a corrected field back to the parser: its parsed value returns, the correction is forgotten.

    ``value`` is the value now shown (the parsed one); an uncorrected field changes nothing.
    """
    name = field_name(name)
    with store.session() as session:
        rows = CaseRows.load(session, case_id)
        row = session.scalar(select(FieldCorrection).where(FieldCorrection.case_id == case_id,
                                                           FieldCorrection.field == name))
        if row is None:
            return Edit(NOTHING, NoInverse(), current_value(rows, name))
        # A reference typed for a letter the parser read none in stays: a case cannot lose its reference.
        keeps_reference = name in ("reference", "type") and row.parsed is None
        plan = {} if keeps_reference else _planned(rows, {name: row.parsed})
        _check_consistent(session, rows, plan)
        recorder = Recorder(session)
        rows.record(recorder)
        recorder.before(FieldCorrection, [row.id])
        for planned, value in plan.items():
            write_value(rows, planned, value)
        session.delete(row)
        session.flush()
        changes_made = Changes(cases=frozenset({case_id}), case_list=True, documents=rows.document_ids,
                               assessment=True)
        undo = CorrectionUndo(rows=recorder.images, changes=changes_made, case_id=case_id, fields=(name,))
        return Edit(changes_made, undo, current_value(rows, name))
