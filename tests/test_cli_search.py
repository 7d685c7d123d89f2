"""``reviewdesk search``, ``facets``, ``saved`` and ``cases --facet`` on the corpus store."""

from __future__ import annotations

import json

import pytest

from reviewdesk.cli import main

# Both engines (SQLite, PostgreSQL): the store and corpus fixtures follow the engine fixture.
pytestmark = pytest.mark.engines


@pytest.fixture
def run(corpus, capsys):
    path = corpus.location.url or str(corpus.path)
    corpus.close()

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--store", path, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_search_groups_hits_by_case_and_prints_json_with_offsets(run):
    code, out, _ = run("search", "forced labour", "--facet", "addressee=company", "--limit", "50")
    assert code == 0
    lines = out.splitlines()
    assert "AL OTH 41/2020" in lines and "[forced] [labour]" in out.lower()
    assert "UA CHN 12/2023" not in out
    code, out, _ = run("search", "forced labour", "--facet", 'term=Forced labour', "--json")
    assert code == 0 and json.loads(out) == []  # nothing tagged yet
    code, out, _ = run("search", "detained", "--json")
    hits = json.loads(out)
    assert {"AL OTH 78/2021", "UA CHN 12/2023"} <= {h["case_reference"] for h in hits}
    assert all(h["matches"] and h["case_id"] for h in hits)
    code, out, _ = run("search", "detained", "--no-stemming", "--json")
    assert "AL OTH 78/2021" not in {h["case_reference"] for h in json.loads(out)}


def test_facets_prints_counts_and_marks_the_selection(run):
    code, out, _ = run("facets", "--facet", "country=France")
    assert code == 0
    assert "Addressee (addressee)" in out and "*France  [FRA]: 1" in out and "  AL: 1" in out
    code, out, _ = run("facets", '"forced labour"', "--json")
    facets = {f["key"]: f for f in json.loads(out)}
    assert sum(v["count"] for v in facets["addressee"]["values"]) >= 3


def test_cases_takes_facets(run):
    code, out, _ = run("cases", "--facet", "type=UA", "--facet", "reply=late", "--json")
    assert code == 0 and [row["reference"] for row in json.loads(out)] == ["UA CHN 12/2023"]
    code, out, _ = run("cases", "--facet", "year=1999")
    assert code == 0 and "No cases match." in out


def test_saved_searches_from_the_command_line(run):
    assert run("saved", "save", "Companies", "labour", "--facet", "addressee=company")[0] == 0
    code, out, _ = run("saved", "list")
    assert code == 0 and "Companies: 'labour' addressee=company (3 cases)" in out
    code, out, _ = run("saved", "run", "Companies", "--json")
    data = json.loads(out)
    assert len(data["cases"]) == 3 and data["total"] >= 3 and data["hits"]
    assert run("saved", "delete", "Companies")[0] == 0
    assert "No saved searches" in run("saved", "list")[1]


@pytest.mark.parametrize(("args", "message"), [
    (("search", "x" * 10_000), "the query is 10,000 characters long; at most 1,000 can be searched"),
    (("search", "labour", "--facet", "colour=red"), "no facet 'colour'; facets are: addressee"),
    (("search", "labour", "--facet", "country"), "write it as key=value"),
    (("facets", "--facet", "country=XYZ"), "no value 'XYZ' in facet 'country'"),
    (("saved", "run", "Nothing"), "no saved search 'Nothing'"),
    (("search", "--", "-labour"), "only excludes"),
])
def test_bad_input_gets_one_line_and_exit_1(run, args, message):
    code, _out, err = run(*args)
    assert code == 1 and message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
