"""REFI-QDA files without a store: what the writer puts where the schema says, what the reader accepts from
other tools, and what it refuses."""

from __future__ import annotations

import io
import random
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import xmlschema

from reviewdesk.documents.qdpx import (
    QdaCase,
    QdaCode,
    QdaNote,
    QdaProject,
    QdaSelection,
    QdaSource,
    QdaUser,
    QdaValue,
    QdaVariable,
    QdpxError,
    guid,
    read_qdc,
    read_qdpx,
    write_qdc,
    write_qdpx,
)

SCHEMAS = Path(__file__).resolve().parents[2] / "src" / "reviewdesk" / "documents" / "schemas"
TEXT = "Page one\x0cPage two: the well was fenced by ‘them’ 🚰.\n"


def _project(**changes) -> QdaProject:
    user = QdaUser(guid("user", "Ana"), "Ana")
    child = QdaCode(guid("code", "b"), "Water", "#1E90FF", "Wells and pipes")
    codes = (QdaCode(guid("code", "a"), "Land\x01 and water", None, "", False, (child,)),)
    start = TEXT.index("fenced")
    selection = QdaSelection(guid("sel"), start, TEXT.index(" 🚰") + 2, (child.guid,), "fenced", "", user.guid,
                             datetime(2025, 1, 2, 3, 4, 5, 678, tzinfo=UTC), (guid("note"),))
    variable = QdaVariable(guid("var"), "Letter date", "Date")
    source = QdaSource(guid("src"), "notes.txt (letter)", TEXT, (selection,), guid("txt"),
                       values=(QdaValue(variable.guid, date(2024, 3, 1)),))
    values = {"name": "Test\x0b project", "origin": "ReviewDesk test", "users": (user,), "codes": codes,
                  "variables": (variable,), "sources": (source,),
                  "cases": (QdaCase(guid("case"), "AL OTH 1/2024", "", (QdaValue(variable.guid, date(2024, 3, 1)),),
                                 (source.guid,)),),
                  "notes": (QdaNote(guid("note"), "Note", "A\x00 note", user.guid),)}
    values.update(changes)
    return QdaProject(**values)


def test_what_is_written_validates_and_reads_back_the_same(tmp_path):
    package = write_qdpx(_project())
    with zipfile.ZipFile(io.BytesIO(package)) as opened:
        qde = opened.read("project.qde")
        # The plain text file is the text as it is: offsets count its code points, form feed and emoji included.
        assert opened.read(f"sources/{guid('txt')}.txt").decode("utf-8") == TEXT
    xmlschema.XMLSchema(SCHEMAS / "Project.xsd").validate(io.BytesIO(qde))
    read = read_qdpx(package, "t.qdpx")
    (source,) = read.sources
    (selection,) = source.selections
    assert source.text[selection.start:selection.end] == "fenced by ‘them’ 🚰"
    assert read.name == "Test project" and read.codes[0].name == "Land and water"  # no XML-forbidden characters
    assert read.notes[0].text == "A note" and selection.created == datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert read.codes[0].children[0].colour == "#1E90FF" and not read.codes[0].codable
    assert read.cases[0].values[0].value == "2024-03-01"


def test_a_codebook_validates_and_reads_back(tmp_path):
    codes = _project().codes
    data = write_qdc(codes, "ReviewDesk test")
    xmlschema.XMLSchema(SCHEMAS / "Codebook.xsd").validate(io.BytesIO(data))
    assert read_qdc(data, "c.qdc") == tuple(QdaCode(c.guid, "Land and water", c.colour, c.description, c.codable,
                                                    c.children) for c in codes)


def _package(qde: str | bytes, files: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("project.qde", qde)
        for name, data in (files or {}).items():
            package.writestr(name, data)
    return buffer.getvalue()


OTHER = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Other" origin="NVivo 14">
<CodeBook><Codes><Code guid="{{6F9619FF-8B86-D011-B42D-00C04FC964FF}}" name="Fence" isCodable="true" color="#0a0"/></Codes></CodeBook>
<Sources><TextSource guid="6f9619ff-8b86-d011-b42d-00c04fc964f0" name="a" plainTextPath="internal://A.txt">
<PlainTextSelection guid="6f9619ff-8b86-d011-b42d-00c04fc964f1" startPosition="{start}" endPosition="{end}">
<Coding guid="6f9619ff-8b86-d011-b42d-00c04fc964f2"><CodeRef targetGUID="6F9619FF-8B86-D011-B42D-00C04FC964FF"/></Coding>
</PlainTextSelection></TextSource>
<AudioSource guid="6f9619ff-8b86-d011-b42d-00c04fc964f3" name="tape" path="relative:///tape.m4a"/>
</Sources></Project>"""


def test_other_tools_spellings_are_read():
    """Braced and lower-case GUIDs, a #RGB colour, a "Sources/" folder, a BOM before the text, media left out."""
    text = "\ufeffThe fence went up."
    data = _package(OTHER.format(start=4, end=9), {"Sources/A.txt": text.encode("utf-8")})
    project = read_qdpx(data, "other.qdpx")
    (source,) = project.sources
    assert source.text == "The fence went up." and source.text[4:9] == "fence"
    assert project.codes[0].guid == "6F9619FF-8B86-D011-B42D-00C04FC964FF" and project.codes[0].colour == "#00AA00"
    assert source.selections[0].code_guids == ("6F9619FF-8B86-D011-B42D-00C04FC964FF",)
    assert any("AudioSource" in w for w in project.warnings)


@pytest.mark.parametrize("start, end, reason", [
    ("4", "99", r"other.qdpx: source 'a': the selection 4–99 lies outside its text \(18 characters\)"),
    ("9", "4", r"the selection 9–4 lies outside"),
    ("four", "9", r"needs whole-number startPosition and endPosition"),
])
def test_bad_offsets_are_refused_naming_the_file(start, end, reason):
    data = _package(OTHER.format(start=start, end=end), {"sources/A.txt": b"The fence went up."})
    with pytest.raises(QdpxError, match=reason):
        read_qdpx(data, "other.qdpx")


def test_a_text_that_is_not_utf8_or_a_zip_bomb_is_refused():
    data = _package(OTHER.format(start=4, end=9), {"sources/A.txt": "The fence é".encode("latin-1")})
    with pytest.raises(QdpxError, match=r"its plain text is not UTF-8"):
        read_qdpx(data, "other.qdpx")
    bomb = _package(OTHER.format(start=4, end=9), {"sources/A.txt": b"\0" * (8 * 1024 * 1024)})
    with pytest.raises(QdpxError, match=r"refused: sources/A.txt would inflate to 8 MB"):
        read_qdpx(bomb, "bomb.qdpx")
    with pytest.raises(QdpxError, match=r"empty.qdpx: the file is empty"):
        read_qdpx(b"", "empty.qdpx")


def test_mutated_projects_are_read_or_refused_with_a_reason_never_a_crash():
    """500 random damages of the QualCoder-style project: each is read, or refused as a QdpxError."""
    folder = Path(__file__).resolve().parents[1] / "data" / "qda" / "qualcoder"
    qde = (folder / "project.qde").read_bytes()
    texts = {f"sources/{p.name}": p.read_bytes() for p in (folder / "sources").iterdir()}
    rng = random.Random(15)
    for _ in range(500):
        data = bytearray(qde)
        for _edit in range(rng.randint(1, 6)):
            at = rng.randrange(len(data))
            choice = rng.random()
            if choice < 0.4:
                data[at] = rng.randrange(256)
            elif choice < 0.7:
                del data[at:at + rng.randint(1, 40)]
            else:
                data[at:at] = rng.choice([b'"', b"<", b"-1", b"99999", b"&", b"</Code>", b"\x00", b"\xff"])
        try:
            read_qdpx(_package(bytes(data), texts), "fuzz.qdpx")
        except QdpxError as exc:
            assert str(exc).startswith("fuzz.qdpx: ")
