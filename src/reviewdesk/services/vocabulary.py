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
from reviewdesk.db.models import Tag, Term, Vocabulary

COLUMNS = ["vocabulary", "id", "path", "colour", "shortcut", "synonyms", "description", "retired"]
_COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
_KEY_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$")


class VocabularyImportError(ValueError):
    def __init__(self, name: str, errors: list[str]) -> None:
        super().__init__(f"{name}: " + "; ".join(errors))
        self.errors = errors


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


def _read_rows(text: str, name: str) -> list[tuple[int, dict]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in ("vocabulary", "id", "path") if c not in (reader.fieldnames or [])]
    if missing:
        raise VocabularyImportError(name, [f"line 1: missing column(s) {', '.join(missing)}"])
    return [(number, row) for number, row in enumerate(reader, start=2)]


def import_csv(store: Store, path: Path) -> ImportCounts:
    name = Path(path).name
    try:
        text = Path(path).read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise VocabularyImportError(name, [f"not UTF-8 text (byte {exc.start})"]) from exc
    except OSError as exc:
        raise VocabularyImportError(name, [f"cannot be read ({exc.strerror or exc})"]) from exc
    try:
        rows = _read_rows(text, name)
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
        if colour and not _COLOUR_RE.match(colour):
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
    return _apply(store, rows)


def _apply(store: Store, rows: list[tuple[int, dict]]) -> ImportCounts:
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
            term.shortcut = (row.get("shortcut") or "").strip() or None
            term.synonyms = [s.strip() for s in (row.get("synonyms") or "").split(";") if s.strip()]
            term.description = (row.get("description") or "").strip()
            term.retired = (row.get("retired") or "").strip().lower() in ("yes", "true", "1")
            terms[(vocabulary_key, key)] = term
        session.flush()
        for _number, row in rows:
            vocabulary_key = row["vocabulary"].strip()
            parts = [p.strip() for p in row["path"].split("::")]
            parent_key = keys_by_path.get((vocabulary_key, "::".join(parts[:-1]))) if len(parts) > 1 else None
            term = terms[(vocabulary_key, row["id"].strip())]
            term.parent_id = terms[(vocabulary_key, parent_key)].id if parent_key else None
    return ImportCounts(added, updated)


@dataclass(frozen=True)
class TermState:
    """What a term edit changed, so undo can put it back."""

    id: int
    label: str
    parent_id: int | None
    colour: str
    shortcut: str | None
    retired: bool


def _state(term: Term) -> TermState:
    return TermState(term.id, term.label, term.parent_id, term.colour, term.shortcut, term.retired)


def update_term(store: Store, term_id: int, **changes) -> TermState:
    """Rename, recolour, move (``parent_id``), set the shortcut or retire a term; returns the state before.

    Tags keep pointing at the term whatever changes; a retired term is no longer offered for new tags.
    """
    allowed = {"label", "parent_id", "colour", "shortcut", "retired"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"cannot change {', '.join(sorted(unknown))} of a term")
    with store.session() as session:
        term = session.get(Term, term_id)
        if term is None:
            raise ValueError(f"no term {term_id}")
        before = _state(term)
        if "colour" in changes and not _COLOUR_RE.match(changes["colour"] or ""):
            raise ValueError(f"colour {changes['colour']!r} is not #RRGGBB")
        parent = changes.get("parent_id")
        while parent is not None:  # no term may become its own ancestor
            if parent == term_id:
                raise ValueError("a term cannot be moved under itself")
            parent = session.get(Term, parent).parent_id
        for name, value in changes.items():
            setattr(term, name, value)
        return before


def restore_term(store: Store, state: TermState) -> None:
    with store.session() as session:
        term = session.get(Term, state.id)
        term.label, term.parent_id, term.colour = state.label, state.parent_id, state.colour
        term.shortcut, term.retired = state.shortcut, state.retired


def merge_terms(store: Store, source_id: int, target_id: int) -> list[int]:
    """Move every tag of ``source`` to ``target`` and retire ``source``; returns the moved tag ids (for undo)."""
    if source_id == target_id:
        raise ValueError("a term cannot be merged into itself")
    with store.session() as session:
        source, target = session.get(Term, source_id), session.get(Term, target_id)
        if source is None or target is None:
            raise ValueError("no such term")
        moved = session.scalars(select(Tag).where(Tag.term_id == source_id)).all()
        for tag in moved:
            tag.term_id = target_id
        for child in session.scalars(select(Term).where(Term.parent_id == source_id)):
            child.parent_id = target_id
        source.retired = True
        return [tag.id for tag in moved]


def unmerge_terms(store: Store, source_id: int, tag_ids: list[int]) -> None:
    """Undo a merge: the tags go back and the source term is active again."""
    with store.session() as session:
        for tag in session.scalars(select(Tag).where(Tag.id.in_(tag_ids))):
            tag.term_id = source_id
        session.get(Term, source_id).retired = False


def add_term(store: Store, vocabulary_key: str, label: str, parent_id: int | None = None,
             colour: str = "#999999") -> int:
    """A new term (its key derived from the label); returns its id."""
    if not label.strip():
        raise ValueError("a term needs a label")
    with store.session() as session:
        vocabulary = session.scalar(select(Vocabulary).where(Vocabulary.key == vocabulary_key))
        if vocabulary is None:
            raise ValueError(f"no vocabulary {vocabulary_key!r}")
        base = re.sub(r"[^a-z0-9]+", "-", label.casefold()).strip("-")[:100] or "term"
        key, suffix = base, 1
        while session.scalar(select(Term.id).where(Term.vocabulary_id == vocabulary.id, Term.key == key)):
            suffix += 1
            key = f"{base}-{suffix}"
        term = Term(vocabulary_id=vocabulary.id, key=key, label=label.strip(), parent_id=parent_id, colour=colour,
                    position=10_000, synonyms=[label.strip().casefold()])
        session.add(term)
        session.flush()
        return term.id
