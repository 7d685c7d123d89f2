"""Vocabulary CSV: round trip loses nothing, edits update by id keeping tags, errors change nothing."""

from __future__ import annotations

import csv
import io

import pytest

from reviewdesk.services.cases import case_detail
from reviewdesk.services.importer import import_paths
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.services.tags import add_tag, tags_for_case
from reviewdesk.services.terms import list_terms
from reviewdesk.services.vocabulary_csv import VocabularyImportError, export_csv, import_csv

from ..conftest import LETTERS


def test_round_trip_and_edit_by_id_keeps_tags(store, tmp_path):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf"])
    letter = case_detail(store, "AL OTH 78/2021").letter()
    forced = next(t for t in list_terms(store) if t.key == "forced-labour")
    start = letter.text.index("forced labour")
    add_tag(store, letter.id, start, start + 13, forced.id)
    exported = export_csv(store)
    path = tmp_path / "vocab.csv"
    path.write_text(exported, encoding="utf-8")
    counts = import_csv(store, path)
    assert counts.added == 0 and counts.updated == exported.count("\n") - 1
    assert export_csv(store) == exported  # nothing lost or changed

    rows = list(csv.DictReader(io.StringIO(exported)))
    for row in rows:
        if row["id"] == "forced-labour":
            row["path"] = "Labour exploitation::Forced or compulsory labour"
            row["colour"] = "#123456"
    rows.append({"vocabulary": "allegations", "id": "child-labour", "path": "Labour exploitation::Child labour",
                 "colour": "#E69F00", "shortcut": "", "synonyms": "child labour;underage", "description": "", "retired": ""})
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=rows[0].keys())
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    assert import_csv(store, path).added == 1
    renamed = next(t for t in list_terms(store) if t.key == "forced-labour")
    assert (renamed.id, renamed.label, renamed.colour) == (forced.id, "Forced or compulsory labour", "#123456")
    assert tags_for_case(store, letter.case_id)[0].term_label == "Forced or compulsory labour"
    assert next(t for t in list_terms(store) if t.key == "child-labour").path == \
        "Allegations › Labour exploitation › Child labour"


def test_errors_are_listed_with_line_numbers_and_change_nothing(store, tmp_path):
    before = export_csv(store)
    path = tmp_path / "bad.csv"
    path.write_text(
        "vocabulary,id,path,colour,shortcut\n"
        "allegations,ok-term,Fine,#00FF00,\n"
        "allegations,,No id,#00FF00,\n"
        "allegations,x1,Missing parent::Child,red,\n"
        "allegations,ok-term,Again,#000000,\n"
        "allegations,x2,Other,#000000,1\n"
        "allegations,x3,Other two,#000000,1\n", encoding="utf-8")
    with pytest.raises(VocabularyImportError) as error:
        import_csv(store, path)
    messages = error.value.errors
    assert isinstance(error.value, ReviewDeskError) and str(error.value).startswith("bad.csv: nothing imported:\n  line")
    assert any(m.startswith("line 3:") and "id" in m for m in messages)
    assert any(m.startswith("line 4:") and "not #RRGGBB" in m for m in messages)
    assert any(m.startswith("line 4:") and "parent 'Missing parent'" in m for m in messages)
    assert any(m.startswith("line 5:") and "repeats line 2" in m for m in messages)
    assert any(m.startswith("line 7:") and "shortcut '1'" in m for m in messages)
    assert export_csv(store) == before
    path.write_bytes(b"vocabulary,id,path\n\xff\xfe")
    with pytest.raises(VocabularyImportError, match="not UTF-8"):
        import_csv(store, path)
    path.write_text("name,colour\nx,#000000\n", encoding="utf-8")
    with pytest.raises(VocabularyImportError, match="line 1: missing column"):
        import_csv(store, path)


def test_absent_columns_leave_fields_unchanged(store, tmp_path):
    """Issue #13: a file with only vocabulary,id,path wiped shortcuts, synonyms, descriptions and un-retired terms."""
    from reviewdesk.services.demo import import_demo
    from reviewdesk.services.terms import update_term

    import_demo(store)
    retired = next(t for t in list_terms(store) if t.key == "forced-labour")
    update_term(store, retired.id, retired=True)
    before = export_csv(store)
    rows = list(csv.DictReader(io.StringIO(before)))
    assert sum(bool(r["shortcut"]) for r in rows) and sum(bool(r["synonyms"]) for r in rows)
    assert sum(bool(r["description"]) for r in rows) and any(r["retired"] for r in rows)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["vocabulary", "id", "path"])
    writer.writerows([r["vocabulary"], r["id"], r["path"]] for r in rows)
    writer.writerow(["allegations", "brand-new", "Brand new"])
    path = tmp_path / "minimal.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    assert import_csv(store, path).added == 1
    after = list(csv.DictReader(io.StringIO(export_csv(store))))
    assert [r for r in after if r["id"] != "brand-new"] == rows
    new = next(r for r in after if r["id"] == "brand-new")
    assert (new["shortcut"], new["synonyms"], new["description"], new["retired"]) == ("", "", "", "")
