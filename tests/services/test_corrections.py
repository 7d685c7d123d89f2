"""The reviewer's corrections: every field, with provenance, shown and exported, refused whole when wrong, undone."""

from __future__ import annotations

from datetime import date

import pytest

from reviewdesk.services.cases import case_detail, list_cases, show_json
from reviewdesk.services.corrections import (
    FIELDS,
    CorrectionError,
    InvalidValue,
    ReferenceInUse,
    UnknownField,
    correct_fields,
    revert_field,
)
from reviewdesk.services.export import build_briefing, tag_rows
from reviewdesk.services.importer import import_paths
from reviewdesk.services.tags import add_tag
from reviewdesk.services.terms import list_terms

from ..conftest import DATA, LETTERS, REPLIES
from .snapshot import Snapshots, differences

# Both engines (SQLite, PostgreSQL): the store and corpus fixtures follow the engine fixture.
pytestmark = pytest.mark.engines

EVERY_FIELD = {
    "reference": "AL CHN 78/2021",
    "date": "2021-03-15",
    "reply_due": date(2021, 5, 20),
    "addressee": "Mr.  Liu   Hualong",
    "addressee_title": "Chairman of the Board",
    "organisation": "CRRC Corp.",
    "mandates": ["Working Group on business and human rights", "Special Rapporteur on minority issues"],
    "resolutions": '["44/15", "37/12"]',
    "signatories": [{"name": "Surya Deva", "title": "Chair"}, "Fernand de Varennes"],
    "similar_letters_to": ["Germany", "France"],
    "similar_letters_to_others": "no",
    "language": "FR",
    "annex_cites": ["UNGP 13"],
}


@pytest.fixture
def case(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    return case_detail(store, "AL OTH 78/2021")


def test_every_extracted_field_can_be_corrected_and_is_marked_with_its_provenance(store, case):
    edit = correct_fields(store, case.summary.id, EVERY_FIELD, "Ana Reviewer")
    assert set(edit.value) == {"reference", "date", "reply_due", "addressee", "addressee_title", "organisation",
                               "mandates", "hrc_resolutions", "signatories", "similar_letters_to",
                               "similar_letters_to_others", "language", "annex_cites"}  # the type stayed AL
    assert edit.changes.case_list and edit.changes.cases == {case.summary.id}
    detail = case_detail(store, "AL CHN 78/2021")
    assert detail.corrected("date").previous == "2021-03-12" and detail.corrected("date").by == "Ana Reviewer"
    assert detail.corrections["addressee"].value == "Mr. Liu Hualong"
    shown = show_json(detail)
    assert shown["reference"] == "AL CHN 78/2021" and shown["reference_parts"]["country"] == "CHN"
    assert (shown["date"], shown["reply_due"]) == ("2021-03-15", "2021-05-20")
    assert shown["hrc_resolutions"] == ["44/15", "37/12"] and shown["language"] == "fr"
    assert shown["signatories"] == [{"name": "Surya Deva", "title": "Chair"},
                                    {"name": "Fernand de Varennes", "title": ""}]
    assert shown["similar_letters_to_others"] is False and shown["annex"]["cites"] == ["UNGP 13"]
    corrected = shown["corrected"]["date"]
    assert corrected["by"] == "Ana Reviewer" and corrected["previous"] == "2021-03-12" and corrected["at"]
    assert "type" not in shown["corrected"]
    annex = detail.annex()
    assert annex.fields["cites"] == ["UNGP 13"] and annex.language == "fr"
    (row,) = list_cases(store)
    assert (row.reference, row.date, row.addressee) == ("AL CHN 78/2021", date(2021, 3, 15), "Mr. Liu Hualong")


def test_the_type_is_part_of_the_reference(store, case):
    edit = correct_fields(store, case.summary.id, {"type": "ua"}, "Ana")
    assert set(edit.value) == {"type", "reference"}
    assert case_detail(store, "UA OTH 78/2021").summary.type == "UA"
    assert show_json(case_detail(store, "UA OTH 78/2021"))["corrected"]["reference"]["previous"] == "AL OTH 78/2021"


def test_exports_use_the_corrected_values(store, case):
    letter = case.letter()
    term = list_terms(store)[0].id
    start = letter.text.index("forced labour")
    add_tag(store, letter.id, start, start + 13, term)
    correct_fields(store, case.summary.id, {"reference": "AL CHN 78/2021", "date": "2021-03-15",
                                            "addressee": "Mr. Liu", "addressee_title": "Chairman",
                                            "mandates": ["One mandate"], "annex_cites": ["UNGP 13"]}, "Ana")
    briefing = build_briefing(store, "AL CHN 78/2021", today=date(2021, 6, 1))
    cover = dict(briefing.cover)
    assert cover["Reference"] == "AL CHN 78/2021" and cover["Date"] == "15 March 2021"
    assert cover["Reply due"] == "14 May 2021"  # follows the corrected date
    assert cover["Mandates"] == "One mandate" and cover["Addressee"].startswith("Mr. Liu · Chairman · ")
    assert briefing.legal_framework[0] == "UNGP 13"
    assert {row["case"] for row in tag_rows(store, ["AL CHN 78/2021"])} == {"AL CHN 78/2021"}


@pytest.mark.parametrize("changes, error, field", [
    ({"colour": "red"}, UnknownField, "colour"),
    ({"date": "12/03/2021"}, InvalidValue, "date"),
    ({"date": "2021-02-30"}, InvalidValue, "date"),
    ({"reply_due": "2021-01-01"}, InvalidValue, "reply_due"),  # before the letter was sent
    ({"mandates": 5}, InvalidValue, "mandates"),
    ({"mandates": "just a text"}, InvalidValue, "mandates"),
    ({"signatories": [{"title": "no name"}]}, InvalidValue, "signatories"),
    ({"language": "English"}, InvalidValue, "language"),
    ({"type": "XX"}, InvalidValue, "type"),
    ({"reference": "OTH 78/2021"}, InvalidValue, "reference"),
    ({"reference": "see AL OTH 78/2021 above"}, InvalidValue, "reference"),
    ({"reference": "UA CHN 12/2023"}, ReferenceInUse, "reference"),
    ({"addressee": ["a", "list"]}, InvalidValue, "addressee"),
    ({"similar_letters_to_others": "perhaps"}, InvalidValue, "similar_letters_to_others"),
    ({"addressee": "Mr. Fine", "date": "soon"}, InvalidValue, "date"),  # one bad value: nothing is written
])
def test_bad_input_names_the_field_and_the_reason_and_changes_nothing(store, case, changes, error, field):
    import_paths(store, [DATA / "letters" / "UA_CHN_12_2023.docx"])
    snapshots = Snapshots(store)
    try:
        before = snapshots.take()
        with pytest.raises(error) as raised:
            correct_fields(store, case.summary.id, changes, "Ana")
        assert isinstance(raised.value, CorrectionError) and raised.value.field == field
        assert str(raised.value).startswith(f"{field}: ") and raised.value.reason
        assert snapshots.take() == before
    finally:
        snapshots.close()


def test_a_correction_is_undone_and_redone_exactly_and_an_unchanged_value_is_no_edit(store, case):
    snapshots = Snapshots(store)
    try:
        before = snapshots.take()
        edit = correct_fields(store, case.summary.id, {"date": "2021-03-15", "mandates": ["X"]}, "Ana")
        after = snapshots.take()
        second = correct_fields(store, case.summary.id, {"date": "2021-03-16"}, "Bo")
        assert case_detail(store, "AL OTH 78/2021").corrections["date"].previous == "2021-03-15"
        second.inverse.apply(store)
        assert snapshots.take() == after
        redo = edit.inverse.apply(store)
        assert snapshots.take() == before, differences(before, snapshots.take())
        redo.inverse.apply(store)
        assert snapshots.take() == after
        assert not correct_fields(store, case.summary.id, {"date": "2021-03-15"}, "Ana").changes
    finally:
        snapshots.close()


def test_a_deadline_not_corrected_follows_a_corrected_date(store, case):
    edit = correct_fields(store, case.summary.id, {"date": "2021-04-01"}, "Ana")
    detail = case_detail(store, "AL OTH 78/2021")
    assert detail.summary.reply_due == date(2021, 5, 31) and set(edit.value) == {"date"}
    correct_fields(store, case.summary.id, {"reply_due": "2021-06-30"}, "Ana")
    correct_fields(store, case.summary.id, {"date": "2021-04-02"}, "Ana")
    assert case_detail(store, "AL OTH 78/2021").summary.reply_due == date(2021, 6, 30)  # corrected: it stays


def test_revert_gives_the_field_back_to_the_parser(store, case):
    correct_fields(store, case.summary.id, {"addressee": "Someone else"}, "Ana")
    edit = revert_field(store, case.summary.id, "addressee")
    detail = case_detail(store, "AL OTH 78/2021")
    assert edit.value == "Mr. Hualong Liu" == detail.summary.addressee and "addressee" not in detail.corrections
    edit.inverse.apply(store)
    assert case_detail(store, "AL OTH 78/2021").summary.addressee == "Someone else"


def test_every_field_has_a_label_for_the_form():
    assert all(spec.label for spec in FIELDS.values()) and "hrc_resolutions" in FIELDS
