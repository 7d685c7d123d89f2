"""Vocabularies as CSV: one row per term, hierarchy as ``Parent::Child`` paths.

Import validates the whole file first and reports every error with its line
number; on any error nothing changes. Terms are matched by (vocabulary, id), so
re-importing an edited file renames, recolours or moves terms without losing tags.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from reviewdesk.db import Store
from reviewdesk.db.models import Term, Vocabulary
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.services.terms import COLOUR_RE

COLUMNS = ["vocabulary", "id", "path", "colour", "shortcut", "synonyms", "description", "retired"]
_KEY_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$")


class VocabularyImportError(ReviewDeskError, ValueError):
    """A file that cannot be imported; every error is listed, one per line, and nothing was changed."""

    def __init__(self, name: str, errors: list[str]) -> None:
        super().__init__(name, errors)  # both in args, so the error pickles
        self.name = name
        self.errors = errors

    def __str__(self) -> str:
        return f"{self.name}: nothing imported:\n" + "\n".join(f"  {error}" for error in self.errors)


@dataclass(frozen=True)
class ImportCounts:
    added: int
    updated: int


def export_csv(store: Store) -> str:
    with store.session() as session:
        vocabularies = {v.id: v.key for v in session.scalars(select(Vocabulary))}
        terms = session.scalars(select(Term).order_by(Term.vocabulary_id, Term.position, Term.id)).all()
        by_id = {t.id: t for t in terms}

        def path(term: Term) -> str:
            parts = [term.label]
            while term.parent_id is not None:
                term = by_id[term.parent_id]
                parts.insert(0, term.label)
            return "::".join(parts)

        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(COLUMNS)
        for term in terms:
            writer.writerow([vocabularies[term.vocabulary_id], term.key, path(term), term.colour, term.shortcut or "",
                             ";".join(term.synonyms or []), term.description, "yes" if term.retired else ""])
        return buffer.getvalue()


def _read_rows(text: str, name: str) -> tuple[list[tuple[int, dict]], frozenset[str]]:
    """The numbered rows and the columns the file has (an absent column leaves that field unchanged)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    columns = frozenset((c or "").strip() for c in (reader.fieldnames or []))
    missing = [c for c in ("vocabulary", "id", "path") if c not in columns]
    if missing:
        raise VocabularyImportError(name, [f"line 1: missing column(s) {', '.join(missing)}"])
    reader.fieldnames = [(c or "").strip() for c in reader.fieldnames]
    return [(number, row) for number, row in enumerate(reader, start=2)], columns


def import_csv(store: Store, path: Path) -> ImportCounts:
    name = Path(path).name
    try:
        text = Path(path).read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise VocabularyImportError(name, [f"not UTF-8 text (byte {exc.start})"]) from exc
    except OSError as exc:
        raise VocabularyImportError(name, [f"cannot be read ({exc.strerror or exc})"]) from exc
    try:
        rows, columns = _read_rows(text, name)
    except csv.Error as exc:
        raise VocabularyImportError(name, [f"malformed CSV ({exc})"]) from exc
    errors: list[str] = []
    seen: dict[tuple[str, str], int] = {}
    labels_by_path: dict[tuple[str, str], str] = {}
    shortcuts: dict[tuple[str, str], int] = {}
    for number, row in rows:
        vocabulary, key, term_path = ((row.get(c) or "").strip() for c in ("vocabulary", "id", "path"))
        colour, shortcut = (row.get("colour") or "").strip(), (row.get("shortcut") or "").strip()
        if not vocabulary or not _KEY_RE.match(key):
            errors.append(f"line {number}: a vocabulary and an id (letters, digits, . _ -) are required")
            continue
        if (vocabulary, key) in seen:
            errors.append(f"line {number}: id {key!r} repeats line {seen[(vocabulary, key)]}")
        seen[(vocabulary, key)] = number
        parts = [p.strip() for p in term_path.split("::")]
        if not term_path or any(not p for p in parts):
            errors.append(f"line {number}: the path must be Label or Parent::Child, without empty parts")
            continue
        labels_by_path[(vocabulary, "::".join(parts))] = key
        if colour and not COLOUR_RE.match(colour):
            errors.append(f"line {number}: colour {colour!r} is not #RRGGBB")
        if shortcut:
            if (vocabulary, shortcut) in shortcuts:
                errors.append(f"line {number}: shortcut {shortcut!r} is already used on line {shortcuts[(vocabulary, shortcut)]}")
            shortcuts[(vocabulary, shortcut)] = number
    for number, row in rows:
        parts = [p.strip() for p in (row.get("path") or "").split("::")]
        vocabulary = (row.get("vocabulary") or "").strip()
        if len(parts) > 1 and (vocabulary, "::".join(parts[:-1])) not in labels_by_path:
            errors.append(f"line {number}: parent {'::'.join(parts[:-1])!r} is not in the file")
    if errors:
        raise VocabularyImportError(name, errors)
    return _apply(store, rows, columns)


def _apply(store: Store, rows: list[tuple[int, dict]], columns: frozenset[str] = frozenset(COLUMNS)) -> ImportCounts:
    """Write the rows; a column the file does not have keeps every term's value (a new term gets the default)."""
    added = updated = 0
    with store.session() as session:
        vocabularies = {v.key: v for v in session.scalars(select(Vocabulary))}
        keys_by_path: dict[tuple[str, str], str] = {}
        terms: dict[tuple[str, str], Term] = {}
        for position, (_number, row) in enumerate(rows):
            vocabulary_key = row["vocabulary"].strip()
            vocabulary = vocabularies.get(vocabulary_key)
            if vocabulary is None:
                vocabulary = Vocabulary(key=vocabulary_key, name=vocabulary_key.replace("-", " ").capitalize())
                session.add(vocabulary)
                session.flush()
                vocabularies[vocabulary_key] = vocabulary
            key = row["id"].strip()
            parts = [p.strip() for p in row["path"].split("::")]
            keys_by_path[(vocabulary_key, "::".join(parts))] = key
            term = session.scalar(select(Term).where(Term.vocabulary_id == vocabulary.id, Term.key == key))
            if term is None:
                term = Term(vocabulary_id=vocabulary.id, key=key, colour="#999999", position=position)
                session.add(term)
                added += 1
            else:
                updated += 1
            term.label = parts[-1]
            term.colour = (row.get("colour") or "").strip() or term.colour

            def given(column: str, row=row, term=term) -> str | None:
                """The file's value of ``column``, or None when the file has no such column for an existing term."""
                if column not in columns and term.id is not None:
                    return None
                return (row.get(column) or "").strip()

            if (shortcut := given("shortcut")) is not None:
                term.shortcut = shortcut or None
            if (synonyms := given("synonyms")) is not None:
                term.synonyms = [s.strip() for s in synonyms.split(";") if s.strip()]
            if (description := given("description")) is not None:
                term.description = description
            if (retired := given("retired")) is not None:
                term.retired = retired.lower() in ("yes", "true", "1")
            terms[(vocabulary_key, key)] = term
        session.flush()
        for _number, row in rows:
            vocabulary_key = row["vocabulary"].strip()
            parts = [p.strip() for p in row["path"].split("::")]
            parent_key = keys_by_path.get((vocabulary_key, "::".join(parts[:-1]))) if len(parts) > 1 else None
            term = terms[(vocabulary_key, row["id"].strip())]
            term.parent_id = terms[(vocabulary_key, parent_key)].id if parent_key else None
    return ImportCounts(added, updated)
