"""Who did what: every tag, note, link, verdict, grade and correction of a case is listed with its author and time."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from reviewdesk.cli import main
from reviewdesk.domain.assessment import Verdict
from reviewdesk.services.answer_links import link_passage
from reviewdesk.services.assessment import set_grade, set_verdict
from reviewdesk.services.cases import case_detail
from reviewdesk.services.corrections import correct_fields
from reviewdesk.services.history import case_history
from reviewdesk.services.importer import import_paths
from reviewdesk.services.tags import add_tag, set_note
from reviewdesk.services.terms import list_terms

from ..conftest import LETTERS, REPLIES

pytestmark = pytest.mark.engines


@pytest.fixture
def case(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.txt", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    return case_detail(store, "AL OTH 78/2021")


def _review(store, case) -> None:
    letter, reply = case.letter(), next(d for d in case.documents if d.kind == "reply")
    term = list_terms(store)[0]
    start = letter.text.index("forced labour")
    tag = add_tag(store, letter.id, start, start + len("forced labour"), term.id, author="Ana").value
    set_note(store, tag.id, "key allegation", "Ben")
    passage = reply.text.index("Concerning questions 2 and 3")
    link_passage(store, letter.questions[1].id, reply.id, passage, passage + 40, "Ben")
    set_verdict(store, letter.questions[1].id, Verdict.PARTIAL, "no figures", "Chloé")
    set_grade(store, case.summary.id, reply.id, "piccone", "responsive-incomplete", note="", author="Ana")
    correct_fields(store, case.summary.id, {"addressee": "Harbourline Garments Ltd"}, "Dan")


def test_the_history_lists_each_edit_with_its_author_newest_first(store, case):
    before = datetime.now(timezone.utc)
    _review(store, case)
    history = case_history(store, "AL OTH 78/2021")
    assert case_history(store, case.summary.id) == history
    by_kind = {entry.kind: entry for entry in history}
    assert {kind: entry.author for kind, entry in by_kind.items()} == {
        "tag": "Ana", "note": "Ben", "link": "Ben", "verdict": "Chloé", "grade": "Ana", "correction": "Dan"}
    assert by_kind["tag"].what.startswith("tagged “forced labour” as ")
    assert by_kind["note"].what.endswith("“key allegation”")
    assert by_kind["link"].what.startswith("linked “Concerning questions 2 and 3") \
        and by_kind["link"].what.endswith("to question 2")
    assert by_kind["verdict"].what == "question 2: partially answered, note “no figures”"
    assert by_kind["correction"].what.startswith("corrected addressee: ") \
        and by_kind["correction"].what.endswith("→ Harbourline Garments Ltd")
    assert all(before <= entry.at <= datetime.now(timezone.utc) for entry in history)
    assert [entry.at for entry in history] == sorted((entry.at for entry in history), reverse=True)


def test_an_undone_verdict_leaves_the_history_and_its_redo_comes_back_with_its_author(store, case):
    letter = case.letter()
    done = set_verdict(store, letter.questions[0].id, Verdict.ANSWERED, "", "Chloé")
    redo = done.inverse.apply(store)
    assert [e.kind for e in case_history(store, case.summary.id)] == []
    redo.inverse.apply(store)
    assert [(e.kind, e.author) for e in case_history(store, case.summary.id)] == [("verdict", "Chloé")]


def test_reviewdesk_history_prints_lines_and_json(store, case, capsys):
    _review(store, case)
    location = store.location.url or str(store.path)
    store.close()
    assert main(["--store", location, "verdict", "AL OTH 78/2021", "1", "answered", "--by", "Eve"]) == 0
    capsys.readouterr()
    assert main(["--store", location, "history", "AL OTH 78/2021", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert entries[0]["kind"] == "verdict" and entries[0]["author"] == "Eve"
    assert {e["kind"] for e in entries} == {"tag", "note", "link", "verdict", "grade", "correction"}
    assert main(["--store", location, "history", "AL OTH 78/2021"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(entries) and "Eve" in lines[0] and "question 1: answered" in lines[0]
    assert main(["--store", location, "history", "AL XYZ 1/2020"]) == 1
