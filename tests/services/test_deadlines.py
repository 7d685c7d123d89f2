"""Deadlines: states, order, groupings and the iCalendar export, over generated letters imported for real."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from reviewdesk.cli import main
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.services.cases import case_detail_by_id, find_case_id
from reviewdesk.services.corrections import correct_fields
from reviewdesk.services.deadlines import (
    DeadlineState,
    deadline_rows,
    event_uid,
    export_calendar,
    group_rows,
)
from reviewdesk.services.importer import import_paths
from reviewdesk.services.tags import add_tag
from reviewdesk.services.terms import list_terms
from tests.generated import MANDATE_NAMES, LetterSpec, write_corpus

TODAY = date(2025, 6, 1)
STATE_MISSION = "Permanent Mission of Examplestan to the United Nations Office at Geneva"


def _spec(type_, country, number, sent_days_ago, reply_days, replies_after=(), mandates=MANDATE_NAMES[:1]):
    sent = TODAY - timedelta(days=sent_days_ago)
    organisation = "Example Widgets Ltd." if country == "OTH" else STATE_MISSION
    return LetterSpec(type_, country, number, 2025 if sent.year == 2025 else sent.year, sent, reply_days,
                      f"Ms. Person {number}", organisation, tuple(mandates), 3,
                      tuple(sent + timedelta(days=d) for d in replies_after))


# reference -> (state, days) on TODAY; days as Timeliness.days.
SPECS = {
    "UA OTH 1/2025": (_spec("UA", "OTH", 1, 40, 30, mandates=MANDATE_NAMES[:2]), DeadlineState.OVERDUE, 10),
    "UA BRA 2/2025": (_spec("UA", "BRA", 2, 27, 30), DeadlineState.DUE_7, 3),
    "AL BRA 3/2025": (_spec("AL", "BRA", 3, 100, 60), DeadlineState.OVERDUE, 40),
    "AL BRA 4/2025": (_spec("AL", "BRA", 4, 55, 60, mandates=MANDATE_NAMES[1:3]), DeadlineState.DUE_7, 5),
    "AL OTH 5/2025": (_spec("AL", "OTH", 5, 40, 60), DeadlineState.DUE_30, 20),
    "OL BRA 6/2025": (_spec("OL", "BRA", 6, 10, 60), DeadlineState.AWAITING, 50),
    "AL OTH 7/2025": (_spec("AL", "OTH", 7, 120, 60, replies_after=(75, 90)), DeadlineState.RECEIVED_LATE, 15),
    "AL BRA 8/2025": (_spec("AL", "BRA", 8, 120, 60, replies_after=(30,)), DeadlineState.RECEIVED_ON_TIME, -30),
}
ORDER = ["UA OTH 1/2025", "UA BRA 2/2025", "AL BRA 3/2025", "AL BRA 4/2025", "AL OTH 5/2025", "OL BRA 6/2025",
         "AL OTH 7/2025", "AL BRA 8/2025"]


@pytest.fixture
def deadlines_store(store, tmp_path):
    summary = import_paths(store, write_corpus(tmp_path / "corpus", [spec for spec, _s, _d in SPECS.values()]))
    assert not summary.failed and len(summary.imported) == len(SPECS) + 3
    return store


def _case_id(store, reference):
    with store.session() as session:
        return find_case_id(session, reference)


def test_every_case_gets_its_state_and_days_urgent_appeals_first(deadlines_store):
    rows = deadline_rows(deadlines_store, today=TODAY)
    assert [r.reference for r in rows] == ORDER
    for row in rows:
        spec, state, days = SPECS[row.reference]
        assert (row.state, row.days) == (state, days), row.reference
        assert row.reply_due == spec.day + timedelta(days=spec.reply_days)
        assert row.mandates == spec.mandates and row.addressee == spec.addressee
        assert row.urgent == (spec.type == "UA")
    late = next(r for r in rows if r.reference == "AL OTH 7/2025")
    assert late.first_reply == SPECS["AL OTH 7/2025"][0].replies[0]  # the first of two replies counts
    assert [r.days_left for r in rows[:2]] == [-10, 3]


def test_within_keeps_open_cases_due_soon_and_the_overdue(deadlines_store):
    rows = deadline_rows(deadlines_store, today=TODAY, within=7)
    assert [r.reference for r in rows] == ["UA OTH 1/2025", "UA BRA 2/2025", "AL BRA 3/2025", "AL BRA 4/2025"]
    ids = [_case_id(deadlines_store, ref) for ref in ("AL OTH 5/2025", "AL BRA 8/2025")]
    assert [r.reference for r in deadline_rows(deadlines_store, ids, today=TODAY)] == ["AL OTH 5/2025", "AL BRA 8/2025"]
    assert deadline_rows(deadlines_store, [], today=TODAY) == []
    with pytest.raises(ReviewDeskError, match="--within -1"):
        deadline_rows(deadlines_store, within=-1)


def test_groupings_by_mandate_and_by_the_reviewers_who_annotated(deadlines_store):
    store = deadlines_store
    rows = deadline_rows(store, today=TODAY)
    by_mandate = {g.name: [r.reference for r in g.rows] for g in group_rows(rows, "mandate")}
    assert by_mandate[MANDATE_NAMES[0]] == [r for r in ORDER if r != "AL BRA 4/2025"]
    assert by_mandate[MANDATE_NAMES[1]] == ["UA OTH 1/2025", "AL BRA 4/2025"]
    assert by_mandate[MANDATE_NAMES[2]] == ["AL BRA 4/2025"]
    # The same mandate named in French on one letter and in English on another is one group.
    french, english = ("Rapporteuse spéciale sur la situation des défenseurs des droits de l'homme",
                       "Special Rapporteur on the situation of human rights defenders")
    relabelled = [replace(rows[0], mandates=(french,)), replace(rows[1], mandates=(english, french))]
    [group] = group_rows(relabelled, "mandate")
    assert group.name == french and len(group.rows) == 2
    assert {r.reference for r in group.rows} == {r.reference for r in relabelled}

    # Who annotated: a tag's author on one case, a correction's on another, both on a third.
    term = next(t for t in list_terms(store) if t.vocabulary == "Allegations")
    first, second = (_case_id(store, ref) for ref in ("AL BRA 3/2025", "OL BRA 6/2025"))
    letter = case_detail_by_id(store, first).letter()
    add_tag(store, letter.id, 0, 40, term.id, author="Bea Reviewer")
    correct_fields(store, second, {"addressee": "Ms. Corrected Person"}, author="Ali Checker")
    correct_fields(store, first, {"organisation": "Permanent Mission of Examplestan"}, author="Ali Checker")
    rows = deadline_rows(store, today=TODAY)
    by_reviewer = {g.name: [r.reference for r in g.rows] for g in group_rows(rows, "reviewer")}
    assert by_reviewer["Ali Checker"] == ["AL BRA 3/2025", "OL BRA 6/2025"]
    assert by_reviewer["Bea Reviewer"] == ["AL BRA 3/2025"]
    assert len(by_reviewer["(no reviewer)"]) == len(ORDER) - 2
    assert list(by_reviewer)[-1] == "(no reviewer)"


# A strict reader for what we write: RFC 5545 framing, folding and TEXT escapes.

def read_calendar(data: bytes) -> list[dict[str, tuple[str, str]]]:
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    physical = data[:-2].split(b"\r\n")
    for line in physical:
        assert len(line) <= 75, line
        line.decode("utf-8")  # a fold never cuts a UTF-8 character
    logical: list[bytes] = []
    for line in physical:
        if line.startswith(b" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    text = [line.decode("utf-8") for line in logical]
    assert text[0] == "BEGIN:VCALENDAR" and text[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in text and any(line.startswith("PRODID:") for line in text)
    events, current = [], None
    for line in text[1:-1]:
        name, _, value = line.partition(":")
        if line == "BEGIN:VEVENT":
            assert current is None
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            key, _, params = name.partition(";")
            current[key] = (params, value)
    assert current is None
    return events


def unescape(value: str) -> str:
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars)
            assert following in "\\;,nN", f"bad escape \\{following}"
            out.append("\n" if following in "nN" else following)
        else:
            assert char not in ";,", f"unescaped {char!r} in {value!r}"
            out.append(char)
    return "".join(out)


ODD = {
    "AL BRA 3/2025": "Dr. Comma, Semicolon; and Back\\slash",
    "UA OTH 1/2025": "السيد مثال الاختبار، المدير",
    "AL OTH 5/2025": "Ms. " + "Very Long Name Ñandú " * 10,  # 204 characters
}


def test_calendar_has_one_all_day_event_per_open_case_with_odd_addressees_folded_and_escaped(deadlines_store, tmp_path):
    store = deadlines_store
    for reference, addressee in ODD.items():
        correct_fields(store, _case_id(store, reference), {"addressee": addressee.strip()}, author="t")
    target = tmp_path / "due.ics"
    stamp = datetime(2025, 6, 1, 8, 30, tzinfo=UTC)
    assert export_calendar(store, target, today=TODAY, stamp=stamp) == 6
    data = target.read_bytes()
    events = read_calendar(data)
    open_refs = [r for r in ORDER if SPECS[r][1].open]
    assert len(events) == len(open_refs)
    by_summary = {}
    for event in events:
        summary = unescape(event["SUMMARY"][1])
        reference = next(r for r in open_refs if summary.startswith(f"Reply due: {r} — "))
        by_summary[reference] = summary
        spec = SPECS[reference][0]
        due = spec.day + timedelta(days=spec.reply_days)
        assert event["DTSTART"] == ("VALUE=DATE", due.strftime("%Y%m%d"))
        assert event["DTEND"] == ("VALUE=DATE", (due + timedelta(days=1)).strftime("%Y%m%d"))
        assert event["DTSTAMP"] == ("", "20250601T083000Z")
        assert event["UID"][1] == event_uid(reference)
        addressee = ODD.get(reference, spec.addressee).strip()
        assert summary == f"Reply due: {reference} — {addressee}, {spec.organisation}"
    assert set(by_summary) == set(open_refs)
    assert len({e["UID"][1] for e in events}) == len(events)
    assert "fictional worker" not in data.decode() and "Please provide" not in data.decode()  # no letter text
    assert any(line.startswith(b" ") for line in data.split(b"\r\n"))  # the long addressee was folded

    # The same communications keep their UIDs in a second export: calendars update, never duplicate.
    again = tmp_path / "again.ics"
    export_calendar(store, again, today=TODAY + timedelta(days=3))
    assert sorted(e["UID"][1] for e in read_calendar(again.read_bytes())) == sorted(e["UID"][1] for e in events)


def test_calendar_write_fails_cleanly_and_keeps_the_old_file(deadlines_store, tmp_path):
    with pytest.raises(ReviewDeskError, match="cannot write in"):
        export_calendar(deadlines_store, tmp_path / "missing" / "x.ics", today=TODAY)
    taken = tmp_path / "taken.ics"  # a folder of that name: the rename fails, nothing is left behind
    (taken / "inside").mkdir(parents=True)
    with pytest.raises(ReviewDeskError, match="could not be written"):
        export_calendar(deadlines_store, taken, today=TODAY)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    assert (taken / "inside").is_dir()


def test_cli_deadlines_json_within_and_ics(deadlines_store, tmp_path, capsys):
    path = str(deadlines_store.path)
    ics = tmp_path / "cli.ics"
    assert main(["--store", path, "deadlines", "--json", "--as-of", TODAY.isoformat(), "--ics", str(ics)]) == 0
    captured = capsys.readouterr()
    rows = json.loads(captured.out)
    assert [r["reference"] for r in rows] == ORDER
    assert rows[0]["state"] == "overdue" and rows[0]["days_left"] == -10 and rows[0]["urgent"] is True
    assert "6 open communication(s)" in captured.err and len(read_calendar(ics.read_bytes())) == 6
    assert main(["--store", path, "deadlines", "--within", "7", "--as-of", TODAY.isoformat()]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line[3:17].strip() for line in out] == ["UA OTH 1/2025", "UA BRA 2/2025", "AL BRA 3/2025",
                                                    "AL BRA 4/2025"]
    assert out[0].startswith("!! ") and "10 late" in out[0] and "3 left" in out[1]
    assert main(["--store", path, "deadlines", "--group", "mandate", "--json", "--as-of", TODAY.isoformat()]) == 0
    grouped = json.loads(capsys.readouterr().out)
    assert [r["reference"] for r in grouped[MANDATE_NAMES[2]]] == ["AL BRA 4/2025"]
    assert main(["--store", path, "deadlines", "--within", "-3"]) == 1
    assert "--within -3: give a number of days" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--store", path, "deadlines", "--as-of", "June"])
    assert "'June' is not a date (YYYY-MM-DD)" in capsys.readouterr().err
