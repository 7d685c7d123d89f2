"""REFI-QDA exchange files: a project (``.qdpx``: a ZIP of ``project.qde`` and ``sources/``) and a codebook (``.qdc``).

The values here are the standard's own nouns (users, codes, sources, selections,
codings, notes, variables, cases), free of the store; ``services/qda.py`` maps
ReviewDesk's letters, tags and assessments onto them and back. Writing follows
the REFI-QDA 1.5 schemas element by element (``schemas/Project.xsd`` and
``schemas/Codebook.xsd``, in the order their sequences require); reading is
lenient about what other tools add or leave out, strict about what a coding
needs: a text, a code and a range inside that text.

Offsets are in characters (Unicode code points) of the source's plain text, the
first being 0, and ``end`` is exclusive, as QualCoder, MAXQDA and ATLAS.ti read
``endPosition``.
"""

from __future__ import annotations

import io
import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from reviewdesk.documents.errors import DocumentError

NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
PROJECT_ENTRY = "project.qde"
SOURCES = "sources/"
INTERNAL = "internal://"
# A stable namespace for the GUIDs ReviewDesk derives from its own keys (uuid5): the same term,
# document or tag gets the same GUID in every export, so a file exported again merges, not duplicates.
GUID_NAMESPACE = uuid.UUID("6f1e9c2a-5b7d-4e08-9a3c-2d41f0b8c7e5")
MAX_ENTRY_BYTES = 256 * 1024 * 1024  # one source or the project.qde inflated
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200  # inflated / compressed, for entries over 1 MiB
_GUID_RE = re.compile(r"^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$")
_RGB_RE = re.compile(r"^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$")
# What XML 1.0 cannot carry even as a character reference (form feeds of PDF texts, stray controls).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class QdpxError(DocumentError):
    """A REFI-QDA file that cannot be read: ``str()`` is "file: reason"."""


def guid(*parts: object) -> str:
    """The GUID of a thing named by ``parts``, the same in every export (upper case, as the examples write it)."""
    return str(uuid.uuid5(GUID_NAMESPACE, "\x1f".join(str(p) for p in parts))).upper()


@dataclass(frozen=True)
class QdaUser:
    guid: str
    name: str


@dataclass(frozen=True)
class QdaCode:
    guid: str
    name: str
    colour: str | None = None
    description: str = ""
    codable: bool = True
    children: tuple[QdaCode, ...] = ()

    def walk(self, parent: QdaCode | None = None):
        """(code, its parent) for this code and every code under it, parents first."""
        yield self, parent
        for child in self.children:
            yield from child.walk(self)


@dataclass(frozen=True)
class QdaNote:
    guid: str
    name: str
    text: str
    author: str | None = None  # a user's GUID
    created: datetime | None = None


@dataclass(frozen=True)
class QdaSelection:
    """A range of a source's plain text with its codings (one code each) and the notes on it."""

    guid: str
    start: int
    end: int
    code_guids: tuple[str, ...]
    name: str = ""
    description: str = ""
    author: str | None = None
    created: datetime | None = None
    note_guids: tuple[str, ...] = ()


@dataclass(frozen=True)
class QdaVariable:
    guid: str
    name: str
    type: str = "Text"  # Text | Boolean | Integer | Float | Date | DateTime
    description: str = ""


@dataclass(frozen=True)
class QdaValue:
    variable: str  # the variable's GUID
    value: str | date | bool | int | float


@dataclass(frozen=True)
class QdaSource:
    """A text source, or a PDF source when ``original`` holds the PDF (its text is then the Representation)."""

    guid: str
    name: str
    text: str
    selections: tuple[QdaSelection, ...] = ()
    text_guid: str = ""  # the plain text file's GUID (and the Representation's, for a PDF)
    original: bytes | None = None
    original_suffix: str = ""  # ".pdf" (a PDFSource) or ".docx" (a TextSource's rich text)
    original_guid: str = ""  # one internal file per original, however many sources it holds
    description: str = ""
    values: tuple[QdaValue, ...] = ()
    author: str | None = None
    created: datetime | None = None


@dataclass(frozen=True)
class QdaCase:
    guid: str
    name: str
    description: str = ""
    values: tuple[QdaValue, ...] = ()
    sources: tuple[str, ...] = ()  # source GUIDs


@dataclass(frozen=True)
class QdaProject:
    name: str
    origin: str = ""
    created: datetime | None = None
    creator: str | None = None
    users: tuple[QdaUser, ...] = ()
    codes: tuple[QdaCode, ...] = ()
    variables: tuple[QdaVariable, ...] = ()
    cases: tuple[QdaCase, ...] = ()
    sources: tuple[QdaSource, ...] = ()
    notes: tuple[QdaNote, ...] = ()
    warnings: tuple[str, ...] = field(default=())  # what reading left out (other source kinds, area codings)

    def all_codes(self):
        for code in self.codes:
            yield from code.walk()


# -- writing ----------------------------------------------------------------------------------------


def xml_text(value: str) -> str:
    """``value`` without the characters XML 1.0 cannot hold (a form feed becomes a newline)."""
    return _NOT_XML.sub(lambda m: "\n" if m.group() == "\x0c" else "", value or "")


def _timestamp(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:  # the store keeps UTC; SQLite hands it back naive
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _element(parent: ET.Element | None, tag: str, namespace: str = NS, **attributes) -> ET.Element:
    attrs = {key: xml_text(str(value)) for key, value in attributes.items() if value is not None and value != ""}
    name = f"{{{namespace}}}{tag}"
    return ET.Element(name, attrs) if parent is None else ET.SubElement(parent, name, attrs)


def _text_element(parent: ET.Element, tag: str, text: str, namespace: str = NS) -> None:
    if text:
        _element(parent, tag, namespace).text = xml_text(text)


def _code(parent: ET.Element, code: QdaCode, namespace: str) -> None:
    colour = code.colour if code.colour and _RGB_RE.match(code.colour) else None
    element = _element(parent, "Code", namespace, guid=code.guid, name=code.name,
                       isCodable="true" if code.codable else "false", color=colour)
    _text_element(element, "Description", code.description, namespace)
    for child in code.children:
        _code(element, child, namespace)


def _serialise(root: ET.Element, namespace: str) -> bytes:
    ET.register_namespace("", namespace)
    ET.indent(root, space=" ")
    # The declaration as the standard's examples write it (ElementTree's own uses single quotes).
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode").encode("utf-8")


def write_qdc(codes: tuple[QdaCode, ...], origin: str) -> bytes:
    """A codebook file (``.qdc``) of ``codes``."""
    root = _element(None, "CodeBook", CODEBOOK_NS, origin=origin)
    holder = _element(root, "Codes", CODEBOOK_NS)
    for code in codes:
        _code(holder, code, CODEBOOK_NS)
    return _serialise(root, CODEBOOK_NS)


def _value(parent: ET.Element, value: QdaValue, variables: dict[str, QdaVariable]) -> None:
    element = _element(parent, "VariableValue")
    _element(element, "VariableRef", targetGUID=value.variable)
    kind = variables[value.variable].type
    raw = value.value
    text = ("true" if raw else "false") if kind == "Boolean" else raw.isoformat() if isinstance(raw, date) else str(raw)
    _element(element, f"{kind}Value").text = xml_text(text)


def _selection(parent: ET.Element, selection: QdaSelection) -> None:
    element = _element(parent, "PlainTextSelection", guid=selection.guid, name=selection.name,
                       startPosition=str(selection.start), endPosition=str(selection.end),
                       creatingUser=selection.author, creationDateTime=_timestamp(selection.created))
    _text_element(element, "Description", selection.description)
    for index, code_guid in enumerate(selection.code_guids):
        coding = _element(element, "Coding", guid=guid("coding", selection.guid, index),
                          creatingUser=selection.author, creationDateTime=_timestamp(selection.created))
        _element(coding, "CodeRef", targetGUID=code_guid)
    for note in selection.note_guids:
        _element(element, "NoteRef", targetGUID=note)


def _text_source(parent: ET.Element, tag: str, source: QdaSource, guid_: str, rich: str | None) -> ET.Element:
    return _element(parent, tag, guid=guid_, name=source.name, richTextPath=rich,
                    plainTextPath=f"{INTERNAL}{source.text_guid}.txt", creatingUser=source.author,
                    creationDateTime=_timestamp(source.created))


def _source(parent: ET.Element, source: QdaSource, variables: dict[str, QdaVariable]) -> None:
    if source.original is not None and source.original_suffix == ".pdf":
        element = _element(parent, "PDFSource", guid=source.guid, name=source.name,
                           path=f"{INTERNAL}{source.original_guid}.pdf", creatingUser=source.author,
                           creationDateTime=_timestamp(source.created))
        _text_element(element, "Description", source.description)
        representation = _text_source(element, "Representation", source, source.text_guid, None)
        for selection in source.selections:
            _selection(representation, selection)
    else:
        rich = (f"{INTERNAL}{source.original_guid}{source.original_suffix}"
                if source.original is not None and source.original_suffix == ".docx" else None)
        element = _text_source(parent, "TextSource", source, source.guid, rich)
        _text_element(element, "Description", source.description)
        for selection in source.selections:
            _selection(element, selection)
    for value in source.values:
        _value(element, value, variables)


def write_qde(project: QdaProject) -> bytes:
    """``project.qde``: the project's XML, in the element order of ``Project.xsd``."""
    root = _element(None, "Project", name=project.name, origin=project.origin, creatingUserGUID=project.creator,
                    creationDateTime=_timestamp(project.created))
    if project.users:
        users = _element(root, "Users")
        for user in project.users:
            _element(users, "User", guid=user.guid, name=user.name)
    if project.codes:
        codes = _element(_element(root, "CodeBook"), "Codes")
        for code in project.codes:
            _code(codes, code, NS)
    variables = {v.guid: v for v in project.variables}
    if project.variables:
        holder = _element(root, "Variables")
        for variable in project.variables:
            element = _element(holder, "Variable", guid=variable.guid, name=variable.name,
                               typeOfVariable=variable.type)
            _text_element(element, "Description", variable.description)
    if project.cases:
        holder = _element(root, "Cases")
        for case in project.cases:
            element = _element(holder, "Case", guid=case.guid, name=case.name)
            _text_element(element, "Description", case.description)
            for value in case.values:
                _value(element, value, variables)
            for source in case.sources:
                _element(element, "SourceRef", targetGUID=source)
    if project.sources:
        holder = _element(root, "Sources")
        for source in project.sources:
            _source(holder, source, variables)
    if project.notes:
        holder = _element(root, "Notes")
        for note in project.notes:
            element = _element(holder, "Note", guid=note.guid, name=note.name, creatingUser=note.author,
                               creationDateTime=_timestamp(note.created))
            _text_element(element, "PlainTextContent", note.text)
    return _serialise(root, NS)


def write_qdpx(project: QdaProject) -> bytes:
    """The ``.qdpx`` package: ``project.qde`` and, in ``sources/``, each text as UTF-8 and each original once."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(PROJECT_ENTRY, write_qde(project))
        written: set[str] = set()
        for source in project.sources:
            package.writestr(f"{SOURCES}{source.text_guid}.txt", source.text.encode("utf-8"))
            if source.original is not None:
                name = f"{SOURCES}{source.original_guid}{source.original_suffix}"
                if name not in written:
                    written.add(name)
                    package.writestr(name, source.original)
    return buffer.getvalue()


# -- reading ----------------------------------------------------------------------------------------


class _Reader:
    """One ``project.qde`` (or ``.qdc``) and its package, read into the values above; errors name the file."""

    def __init__(self, name: str, package: zipfile.ZipFile | None, namespace: str) -> None:
        self.name = name
        self.package = package
        self.ns = namespace
        self.warnings: list[str] = []

    def fail(self, reason: str) -> QdpxError:
        return QdpxError(self.name, reason)

    def tag(self, element: ET.Element) -> str:
        return element.tag.split("}", 1)[-1]

    def children(self, element: ET.Element | None, tag: str) -> list[ET.Element]:
        if element is None:
            return []
        return [child for child in element if self.tag(child) == tag]

    def child(self, element: ET.Element | None, tag: str) -> ET.Element | None:
        found = self.children(element, tag)
        return found[0] if found else None

    def text_of(self, element: ET.Element | None, tag: str) -> str:
        found = self.child(element, tag)
        return (found.text or "") if found is not None else ""

    def guid(self, element: ET.Element, attribute: str = "guid", required: bool = True) -> str | None:
        value = (element.get(attribute) or "").strip()
        if not value:
            if required:
                raise self.fail(f"a {self.tag(element)} element has no {attribute} attribute (the schema requires one)")
            return None
        if not _GUID_RE.match(value):
            raise self.fail(f"{self.tag(element)} {attribute}={value!r} is not a GUID")
        return value.strip("{}").upper()

    def timestamp(self, element: ET.Element, attribute: str = "creationDateTime") -> datetime | None:
        value = element.get(attribute)
        if not value:
            return None
        try:
            parsed = datetime.fromisoformat(value)  # 3.11 reads a trailing Z
        except ValueError:
            self.warnings.append(f"{self.tag(element)} {attribute}={value!r} is not a date and time; left out")
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)

    def code(self, element: ET.Element) -> QdaCode:
        name = element.get("name")
        if name is None:
            raise self.fail("a Code element has no name attribute (the schema requires one)")
        colour = element.get("color")
        if colour and len(colour) == 4 and _RGB_RE.match(colour):  # #RGB
            colour = "#" + "".join(c * 2 for c in colour[1:])
        return QdaCode(self.guid(element), name, colour.upper() if colour and _RGB_RE.match(colour) else None,
                       self.text_of(element, "Description"),
                       (element.get("isCodable") or "true").strip().lower() not in ("false", "0"),
                       tuple(self.code(child) for child in self.children(element, "Code")))

    def internal(self, path: str | None, what: str) -> bytes | None:
        """An internal file's bytes; None for a source outside the package (its text must be inside)."""
        if not path:
            return None
        if not path.startswith(INTERNAL):
            self.warnings.append(f"{what}: {path} is outside the package; left out")
            return None
        entry = SOURCES + path[len(INTERNAL):].lstrip("/")
        names = {n.lower(): n for n in self.package.namelist()} if self.package else {}
        # Tools differ in the folder's case ("Sources/" in NVivo's files): the spec's name first.
        actual = names.get(entry.lower())
        if actual is None:
            raise self.fail(f"{what} refers to {path}, which is not in the package")
        return self.package.read(actual)

    def plain_text(self, element: ET.Element, what: str) -> str:
        content = self.child(element, "PlainTextContent")
        if content is not None:
            return content.text or ""
        data = self.internal(element.get("plainTextPath"), what)
        if data is None:
            raise self.fail(f"{what} has neither PlainTextContent nor an internal plainTextPath; its text is missing")
        try:
            return data.decode("utf-8").removeprefix("\ufeff")  # a BOM is no character of the text
        except UnicodeDecodeError as exc:
            raise self.fail(f"{what}: its plain text is not UTF-8 (byte {exc.start}); the standard requires UTF-8") from exc

    def selections(self, element: ET.Element, text: str, what: str) -> tuple[QdaSelection, ...]:
        found = []
        for selection in self.children(element, "PlainTextSelection"):
            try:
                start, end = int(selection.get("startPosition", "")), int(selection.get("endPosition", ""))
            except ValueError:
                raise self.fail(f"{what}: a PlainTextSelection needs whole-number startPosition and endPosition "
                                f"(found {selection.get('startPosition')!r}, {selection.get('endPosition')!r})") from None
            if not 0 <= start < end <= len(text):
                raise self.fail(f"{what}: the selection {start}–{end} lies outside its text "
                                f"({len(text)} characters); nothing was imported")
            codes = [self.guid(ref, "targetGUID") for coding in self.children(selection, "Coding")
                     for ref in self.children(coding, "CodeRef")]
            notes = [self.guid(ref, "targetGUID") for ref in self.children(selection, "NoteRef")]
            found.append(QdaSelection(self.guid(selection), start, end, tuple(codes), selection.get("name") or "",
                                      self.text_of(selection, "Description"),
                                      self.guid(selection, "creatingUser", required=False),
                                      self.timestamp(selection), tuple(notes)))
        return tuple(found)

    def values(self, element: ET.Element) -> tuple[QdaValue, ...]:
        found = []
        for value in self.children(element, "VariableValue"):
            ref = self.child(value, "VariableRef")
            if ref is None:
                continue
            given = next((child for child in value if self.tag(child).endswith("Value")), None)
            if given is not None:
                found.append(QdaValue(self.guid(ref, "targetGUID"), given.text or ""))
        return tuple(found)

    def source(self, element: ET.Element) -> QdaSource | None:
        kind = self.tag(element)
        name = element.get("name") or ""
        what = f"source {name or element.get('guid')!r}"
        source_guid = self.guid(element)
        if kind == "TextSource":
            text = self.plain_text(element, what)
            rich = element.get("richTextPath") or ""
            original = self.internal(rich, what) if rich.lower().endswith(".docx") else None
            return QdaSource(source_guid, name, text, self.selections(element, text, what),
                             self.guid(element), original, ".docx" if original else "", "",
                             self.text_of(element, "Description"), self.values(element),
                             self.guid(element, "creatingUser", required=False), self.timestamp(element))
        if kind == "PDFSource":
            representation = self.child(element, "Representation")
            if representation is None:
                self.warnings.append(f"{what}: a PDF without a text representation; left out")
                return None
            if self.children(element, "PDFSelection"):
                self.warnings.append(f"{what}: codings of page areas (PDFSelection) left out; text codings kept")
            text = self.plain_text(representation, what)
            original = self.internal(element.get("path"), what)
            return QdaSource(source_guid, name, text, self.selections(representation, text, what),
                             self.guid(representation), original, ".pdf" if original else "", "",
                             self.text_of(element, "Description"), self.values(element),
                             self.guid(element, "creatingUser", required=False), self.timestamp(element))
        self.warnings.append(f"{what}: a {kind} (not text); left out")
        return None

    def project(self, root: ET.Element) -> QdaProject:
        if self.tag(root) != "Project":
            raise self.fail(f"{PROJECT_ENTRY} holds a {self.tag(root)} element, not a REFI-QDA Project")
        if not root.tag.startswith(f"{{{NS.rsplit(':', 1)[0]}"):
            raise self.fail(f"{PROJECT_ENTRY} is not in the REFI-QDA namespace {NS} (found {root.tag.split('}')[0][1:]!r})")
        users = tuple(QdaUser(self.guid(u), u.get("name") or u.get("id") or "")
                      for u in self.children(self.child(root, "Users"), "User"))
        codes = tuple(self.code(c) for c in self.children(self.child(self.child(root, "CodeBook"), "Codes"), "Code"))
        variables = tuple(QdaVariable(self.guid(v), v.get("name") or "", v.get("typeOfVariable") or "Text",
                                      self.text_of(v, "Description"))
                          for v in self.children(self.child(root, "Variables"), "Variable"))
        cases = tuple(QdaCase(self.guid(c), c.get("name") or "", self.text_of(c, "Description"), self.values(c),
                              tuple(self.guid(r, "targetGUID") for r in self.children(c, "SourceRef")))
                      for c in self.children(self.child(root, "Cases"), "Case"))
        sources = tuple(s for s in (self.source(e) for e in (self.child(root, "Sources") or ())) if s is not None)
        notes = tuple(QdaNote(self.guid(n), n.get("name") or "", self.plain_text(n, f"note {n.get('name')!r}"),
                              self.guid(n, "creatingUser", required=False), self.timestamp(n))
                      for n in self.children(self.child(root, "Notes"), "Note"))
        known = {code.guid for code, _parent in (pair for c in codes for pair in c.walk())}
        for source in sources:
            for selection in source.selections:
                missing = [g for g in selection.code_guids if g not in known]
                if missing:
                    raise self.fail(f"source {source.name!r}: a coding refers to code {missing[0]}, "
                                    "which is not in the codebook")
        return QdaProject(root.get("name") or "", root.get("origin") or "", self.timestamp(root),
                          self.guid(root, "creatingUserGUID", required=False), users, codes, variables, cases,
                          sources, notes, tuple(self.warnings))


def _parse(data: bytes, name: str, entry: str) -> ET.Element:
    # No document type: entities are how XML bombs and external file reads get in, and QDA-XML has none.
    if b"<!DOCTYPE" in data[:4096].upper() or b"<!ENTITY" in data.upper():
        raise QdpxError(name, f"{entry} declares a document type or entities, which REFI-QDA files never do; refused")
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise QdpxError(name, f"{entry} is not well-formed XML ({exc})") from exc
    except LookupError as exc:  # the declaration names an encoding Python does not know
        raise QdpxError(name, f"{entry} declares an unknown encoding ({exc}); REFI-QDA files are UTF-8") from exc


def _check_package(package: zipfile.ZipFile, name: str) -> None:
    """Refuse entries that would inflate past any real project (a ZIP bomb), before reading one."""
    members = package.infolist()
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > MAX_ENTRY_BYTES or (member.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            raise QdpxError(name, f"refused: {member.filename} would inflate to {member.file_size // (1024 * 1024)} MB "
                                  f"from {member.compress_size // 1024} KB (a ZIP bomb or a damaged file)")
    if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
        raise QdpxError(name, f"refused: its entries would inflate past {MAX_TOTAL_BYTES // (1024 * 1024)} MB")


def read_qdpx(data: bytes, name: str) -> QdaProject:
    """A ``.qdpx`` package read whole (texts, originals, codings) or refused with the reason."""
    if not data:
        raise QdpxError(name, "the file is empty (0 bytes)")
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        _check_package(package, name)
        entries = {n.lower(): n for n in package.namelist()}
        entry = entries.get(PROJECT_ENTRY)
        if entry is None:
            raise QdpxError(name, f"no {PROJECT_ENTRY} in the package: not a REFI-QDA project")
        reader = _Reader(name, package, NS)
        return reader.project(_parse(package.read(entry), name, PROJECT_ENTRY))
    except zipfile.BadZipFile as exc:
        raise QdpxError(name, f"not a REFI-QDA project: a .qdpx is a ZIP package, and this one cannot be opened ({exc})") from exc
    except (OSError, EOFError, zlib.error, zipfile.LargeZipFile, NotImplementedError, RuntimeError) as exc:
        raise QdpxError(name, f"the package is damaged ({exc})") from exc


def read_qdc(data: bytes, name: str) -> tuple[QdaCode, ...]:
    """The codes of a codebook file (``.qdc``)."""
    root = _parse(data, name, name)
    reader = _Reader(name, None, CODEBOOK_NS)
    if reader.tag(root) != "CodeBook":
        raise QdpxError(name, f"holds a {reader.tag(root)} element, not a REFI-QDA CodeBook")
    return tuple(reader.code(c) for c in reader.children(reader.child(root, "Codes"), "Code"))
