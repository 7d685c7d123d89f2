"""The command line works without a display and prints what the services found."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from reviewdesk import __version__
from reviewdesk.cli import main

from .conftest import DATA, LETTERS


def test_import_then_show_json_gives_the_expected_fields(tmp_path, capsys, fixture_letter_expected):
    store = str(tmp_path / "cli.rdstore")
    assert main(["--store", store, "import", str(LETTERS / "AL_OTH_78_2021.pdf")]) == 0
    assert "1 imported, 0 duplicate, 0 failed" in capsys.readouterr().out
    assert main(["--store", store, "show", "AL OTH 78/2021", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    for key in ("reference", "reference_parts", "date", "reply_due", "addressee", "organisation", "mandates",
                "hrc_resolutions", "questions", "signatories", "similar_letters_to", "annex", "footnotes", "pages"):
        assert shown[key] == fixture_letter_expected[key], key


def test_import_exit_status_nonzero_when_a_file_fails(tmp_path, capsys):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    code = main(["--store", str(tmp_path / "s.rdstore"), "import", str(bad), str(LETTERS / "AL_OTH_78_2021.txt")])
    out = capsys.readouterr().out
    assert code == 1
    assert "failed     " in out and "bad.pdf: not a PDF file" in out
    assert "1 imported, 0 duplicate, 1 failed" in out


def test_cases_search_and_store_from_environment(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("REVIEWDESK_STORE", str(tmp_path / "env.rdstore"))
    main(["import", str(LETTERS / "AL_OTH_78_2021.docx")])
    capsys.readouterr()
    assert main(["cases", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["reference"] == "AL OTH 78/2021" and row["reply_due"] == "2021-05-11"
    assert row["overdue"] is True and row["reply_status"] == "overdue"
    assert main(["search", "grievance mechanism", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["case_reference"] == "AL OTH 78/2021"
    assert main(["show", "AL OTH 78/2021"]) == 0
    human = capsys.readouterr().out
    assert "Questions (8):" in human and "Siobhán Mullally" in human


def test_show_unknown_case_fails_cleanly(tmp_path, capsys):
    assert main(["--store", str(tmp_path / "e.rdstore"), "show", "UA CHN 1/2020"]) == 1
    assert "no case UA CHN 1/2020" in capsys.readouterr().err


def test_demo_case_is_generated_and_imported(tmp_path, capsys):
    store = str(tmp_path / "demo.rdstore")
    assert main(["--store", store, "demo"]) == 0
    capsys.readouterr()
    main(["--store", store, "show", "AL OTH 1/2026", "--json"])
    demo = json.loads(capsys.readouterr().out)
    assert len(demo["questions"]) == 4
    assert [d["kind"] for d in demo["documents"]] == ["letter", "annex", "reply"]


@pytest.mark.parametrize("command", [[], ["import"], ["cases"], ["show"], ["search"], ["demo"], ["gui"], ["answers"],
                                     ["pair"], ["verdict"], ["grade"], ["unpaired"], ["scales"], ["edit"], ["file"],
                                     ["document"], ["question"], ["question", "x", "split"], ["reanalyse"],
                                     ["orphans"]])
def test_help_on_every_command(command):
    result = subprocess.run([sys.executable, "-m", "reviewdesk", *command, "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "usage: reviewdesk" in result.stdout


def test_version():
    result = subprocess.run([sys.executable, "-m", "reviewdesk", "--version"], capture_output=True, text=True)
    assert result.stdout.strip() == f"reviewdesk {__version__}"


def test_no_command_opens_the_window_on_the_chosen_store(tmp_path):
    opened = []
    assert main(["--store", str(tmp_path / "w.rdstore")], open_gui=lambda store: opened.append(store) or 0) == 0
    assert opened == [str(tmp_path / "w.rdstore")]
    assert main(["gui"], open_gui=None) == 2  # a bare CLI without the launcher says so


def test_answers_command(tmp_path, capsys):
    from .conftest import REPLIES

    store = str(tmp_path / "a.rdstore")
    main(["--store", store, "import", str(LETTERS / "AL_OTH_78_2021.pdf"), str(REPLIES / "REPLY_AL_OTH_78_2021_test.pdf")])
    capsys.readouterr()
    assert main(["--store", store, "answers", "AL OTH 78/2021", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["number"] for row in rows if not row["answered"]] == [4, 6, 8]
    assert rows[1]["suggestions"][0]["reason"] == "explicit"
    main(["--store", store, "answers", "AL OTH 78/2021"])
    assert "Q4 ✗ unanswered" in capsys.readouterr().out


def test_pair_verdict_and_grade_commands(tmp_path, capsys):
    store = str(tmp_path / "g.rdstore")
    reply = tmp_path / "reply_without_reference.txt"
    reply.write_text("Beijing, 2 May 2021\n\nIn reply to your letter of 12 March 2021, the company states that it has found no evidence "
                     "of forced labour in its supply chain and has opened an internal investigation.\n", encoding="utf-8")
    main(["--store", store, "import", str(LETTERS / "AL_OTH_78_2021.pdf"), str(reply)])
    capsys.readouterr()
    assert main(["--store", store, "unpaired", "--json"]) == 0
    (waiting,) = json.loads(capsys.readouterr().out)
    assert waiting["file"] == "reply_without_reference.txt"
    assert waiting["suggested_cases"][0]["reference"] == "AL OTH 78/2021"
    assert "dated after the letter" in waiting["suggested_cases"][0]["why"]
    assert main(["--store", store, "pair", str(reply), "AL OTH 78/2021"]) == 0
    assert "paired with AL OTH 78/2021" in capsys.readouterr().out
    main(["--store", store, "unpaired"])
    assert "No unpaired documents." in capsys.readouterr().out
    assert main(["--store", store, "verdict", "AL OTH 78/2021", "1", "rejected", "--note", "denied"]) == 0
    assert main(["--store", store, "grade", "AL OTH 78/2021", "piccone", "steps-taken",
                 "--action", "investigation opened"]) == 0
    assert "reply: Steps taken to address; actions: investigation opened" in capsys.readouterr().out
    main(["--store", store, "answers", "AL OTH 78/2021", "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert (rows[0]["verdict"], rows[0]["note"]) == ("rejected", "denied")
    assert main(["--store", store, "grade", "AL OTH 78/2021", "hrc", "Z"]) == 1
    assert "no value 'Z' on scale 'hrc'" in capsys.readouterr().err
    assert main(["--store", store, "pair", str(LETTERS / "AL_OTH_78_2021.pdf"), "AL OTH 78/2021"]) == 1
    assert "is a letter" in capsys.readouterr().err


def test_scales_are_editable_data(tmp_path, capsys):
    store = str(tmp_path / "s.rdstore")
    assert main(["--store", store, "scales", "add", "internal", "Office follow-up scale"]) == 0
    assert main(["--store", store, "scales", "set-value", "internal", "follow-up", "Needs follow-up"]) == 0
    assert main(["--store", store, "scales", "set-value", "piccone", "no-response", "No response received"]) == 0
    capsys.readouterr()
    assert main(["--store", store, "scales"]) == 0
    out = capsys.readouterr().out
    assert "internal: Office follow-up scale" in out and "follow-up" in out and "No response received" in out
    assert main(["--store", store, "scales", "set-value", "nope", "x", "X"]) == 1


def test_export_command_writes_a_briefing_and_a_portfolio(tmp_path, capsys):
    store = str(tmp_path / "e.rdstore")
    main(["--store", store, "import", str(LETTERS / "AL_OTH_78_2021.pdf")])
    main(["--store", store, "demo"])
    capsys.readouterr()
    out = tmp_path / "out.docx"
    assert main(["--store", store, "export", "AL OTH 78/2021", "--docx", str(out), "--paper", "letter"]) == 0
    assert "wrote" in capsys.readouterr().out and out.stat().st_size > 10_000
    portfolio = tmp_path / "portfolio.docx"
    assert main(["--store", store, "export", "AL OTH 78/2021", "AL OTH 1/2026", "--docx", str(portfolio)]) == 0
    import docx

    document = docx.Document(str(portfolio))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading 1")]
    assert headings == ["Replies and grades by addressee", "Verdicts by case and question", "Analytics",
                        "Briefing — AL OTH 78/2021", "Briefing — AL OTH 1/2026"]
    assert "TOC" in document.element.xml
    matrix = document.tables[1]
    assert [c.text for c in matrix.rows[0].cells][:3] == ["Case", "Q1", "Q2"]
    assert sorted(row.cells[0].text for row in matrix.rows[1:]) == ["AL OTH 1/2026", "AL OTH 78/2021"]
    assert main(["--store", store, "export", "AL OTH 78/2021", "--docx", str(out), "--template", "nope.docx"]) == 1
    assert "nope.docx: template not found" in capsys.readouterr().err
    assert main(["--store", store, "export", "AL OTH 78/2021", "--csv", str(tmp_path / "data.csv"),
                 "--json", str(tmp_path / "data.json")]) == 0
    assert (tmp_path / "data-tags.csv").read_text(encoding="utf-8").startswith("case,document,section,page")
    assert json.loads((tmp_path / "data-assessment.json").read_text(encoding="utf-8"))[0]["case"] == "AL OTH 78/2021"
    assert main(["--store", store, "export", "AL OTH 78/2021"]) == 2
    only_cover = tmp_path / "cover.docx"
    assert main(["--store", store, "export", "AL OTH 78/2021", "--docx", str(only_cover), "--sections", "reply"]) == 0
    assert "Allegations" not in [p.text for p in docx.Document(str(only_cover)).paragraphs]


def test_suggest_command(tmp_path, capsys):
    store = str(tmp_path / "s.rdstore")
    main(["--store", store, "import", str(LETTERS / "AL_OTH_78_2021.pdf")])
    capsys.readouterr()
    assert main(["--store", store, "suggest", "AL OTH 78/2021", "--accept-all"]) == 0
    out = capsys.readouterr().out
    assert "all accepted" in out and "UNGP 13" in out and "“Guiding Principles 25 to 31”" in out
    main(["--store", store, "export", "AL OTH 78/2021", "--json", str(tmp_path / "d.json")])
    rows = json.loads((tmp_path / "d-tags.json").read_text(encoding="utf-8"))
    assert {"UNGP 13", "Forced labour"} <= {row["term"] for row in rows}


def test_vocab_export_and_import_commands(tmp_path, capsys):
    store = str(tmp_path / "v.rdstore")
    out = tmp_path / "vocab.csv"
    assert main(["--store", store, "vocab", "export", str(out)]) == 0
    assert "UNGP 13" in out.read_text(encoding="utf-8")
    assert main(["--store", store, "vocab", "import", str(out)]) == 0
    assert "0 terms added" in capsys.readouterr().out
    out.write_text("vocabulary,id,path,colour\nallegations,x,Y,blue\n", encoding="utf-8")
    assert main(["--store", store, "vocab", "import", str(out)]) == 1
    assert "line 2: colour 'blue' is not #RRGGBB" in capsys.readouterr().err


def test_every_user_facing_failure_is_one_line_on_stderr_and_exit_1(tmp_path, capsys):
    not_a_store = tmp_path / "notes.rdstore"
    not_a_store.write_text("not a database", encoding="utf-8")
    assert main(["--store", str(not_a_store), "cases"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("reviewdesk: ") and "notes.rdstore" in err and "Traceback" not in err
    store = str(tmp_path / "q.rdstore")
    main(["--store", store, "import", str(LETTERS / "AL_OTH_78_2021.pdf")])
    capsys.readouterr()
    assert main(["--store", store, "verdict", "AL OTH 78/2021", "9", "answered"]) == 1
    assert "AL OTH 78/2021 has no question 9" in capsys.readouterr().err


def test_store_env_name_is_the_db_one():
    from reviewdesk.cli import STORE_ENV
    from reviewdesk.db.paths import STORE_ENV as DB_STORE_ENV

    assert STORE_ENV == DB_STORE_ENV


def test_version_and_help_load_no_store_or_document_libraries():
    probe = ("import sys; from reviewdesk.cli import main\n"
             "for argv in (['--version'], ['--help'], ['export', '--help']):\n"
             "    try: main(argv)\n"
             "    except SystemExit: pass\n"
             "heavy = {'sqlalchemy', 'alembic', 'pymupdf', 'docx', 'PySide6'} & set(sys.modules)\n"
             "print(sorted(heavy), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.stderr.strip() == "[]", result.stderr


def test_main_opens_the_store_once_and_closes_it(tmp_path, capsys, monkeypatch):
    import reviewdesk.db

    opened = []
    real = reviewdesk.db.open_store

    def counting(location):
        store = real(location)
        opened.append(store)
        return store

    monkeypatch.setattr(reviewdesk.db, "open_store", counting)
    store = str(tmp_path / "once.rdstore")
    assert main(["--store", store, "import", str(LETTERS / "AL_OTH_78_2021.pdf")]) == 0
    assert main(["--store", store, "answers", "AL OTH 78/2021"]) == 0
    assert main(["--store", store, "grade", "AL OTH 78/2021", "piccone", "immaterial"]) == 0
    assert len(opened) == 3 and all(s.closed for s in opened)
    assert main(["--store", store], open_gui=lambda _store: 0) == 0 and len(opened) == 3  # the window opens its own


def _broken_letter(folder):
    """The fixture letter as a text copy with no reference line, a misread date and questions 3 and 4 run together."""
    text = (LETTERS / "AL_OTH_78_2021.txt").read_text(encoding="utf-8")
    text = "\n".join(line for line in text.splitlines() if "78/2021" not in line)
    text = text.replace("12 March 2021", "12 March 2012", 1).replace("\n4. Please explain what measures",
                                                                     " 4. Please explain what measures")
    path = folder / "letter.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_letter_with_no_reference_a_wrong_date_and_a_merged_question_is_fixed_from_the_command_line(
        tmp_path, capsys):
    store = ["--store", str(tmp_path / "fix.rdstore")]
    assert main([*store, "import", str(_broken_letter(tmp_path))]) == 0
    assert "Needs a reference" in capsys.readouterr().out
    assert main([*store, "cases", "--unfiled", "--json"]) == 0
    (waiting,) = json.loads(capsys.readouterr().out)
    assert waiting["file"] == "letter.txt" and waiting["date"] == "2012-03-12" and waiting["companions"]
    assert main([*store, "file", str(waiting["id"]), "AL OTH 78/2021", "--by", "Ana"]) == 0
    assert "filed in new case AL OTH 78/2021" in capsys.readouterr().out
    assert main([*store, "edit", "AL OTH 78/2021", "--set", "date=2021-03-12", "--by", "Ana"]) == 0
    assert 'date: "2012-03-12" -> "2021-03-12"' in capsys.readouterr().out
    main([*store, "show", "AL OTH 78/2021", "--json"])
    assert len(json.loads(capsys.readouterr().out)["questions"]) == 7  # 3 and 4 read as one
    assert main([*store, "question", "AL OTH 78/2021", "--by", "Ana", "split", "3", "--before",
                 "Please explain what measures"]) == 0
    assert "Q4 [4.]" in capsys.readouterr().out
    assert main([*store, "reanalyse", "AL OTH 78/2021"]) == 0
    assert "1 case(s)" in capsys.readouterr().out
    main([*store, "show", "AL OTH 78/2021", "--json"])
    shown = json.loads(capsys.readouterr().out)
    assert (shown["reference"], shown["date"], shown["reply_due"]) == ("AL OTH 78/2021", "2021-03-12", "2021-05-11")
    assert len(shown["questions"]) == 8 and shown["questions"][3].startswith("Please explain what measures")
    assert {"reference", "date"} <= set(shown["corrected"]) and shown["corrected"]["date"]["by"] == "Ana"
    assert "questions" in next(d for d in shown["documents"] if d["kind"] == "letter")["corrected"]
    main([*store, "show", "AL OTH 78/2021"])
    assert "[corrected by Ana on" in capsys.readouterr().out
    brief = tmp_path / "brief.docx"
    assert main([*store, "export", "AL OTH 78/2021", "--docx", str(brief)]) == 0
    import docx

    written = docx.Document(str(brief))
    cells = [cell.text for table in written.tables for row in table.rows for cell in row.cells]
    assert "12 March 2021" in cells and "11 May 2021" in cells


@pytest.mark.parametrize("argv, said", [
    (["--set", "colour=red"], "colour: not a field that can be corrected"),
    (["--set", "date=12/03/2021"], "date: '12/03/2021' is not a date"),
    (["--set", "reference=UA CHN 12/2023"], "reference: UA CHN 12/2023 is already used by another case"),
    (["--json", "--set", "mandates=5"], "mandates: a list is needed"),
    (["--json", "--set", "mandates=[oops"], "mandates: not JSON"),
    (["--set", "date"], "date: write it as FIELD=VALUE"),
])
def test_edit_refuses_bad_input_with_the_field_and_the_reason_and_changes_nothing(tmp_path, capsys, argv, said):
    store = ["--store", str(tmp_path / "bad.rdstore")]
    main([*store, "import", str(LETTERS / "AL_OTH_78_2021.pdf"), str(DATA / "letters" / "UA_CHN_12_2023.docx")])
    capsys.readouterr()
    main([*store, "show", "AL OTH 78/2021", "--json"])
    before = capsys.readouterr().out
    assert main([*store, "edit", "AL OTH 78/2021", *argv]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"reviewdesk: {said}") and err.count("\n") == 1
    main([*store, "show", "AL OTH 78/2021", "--json"])
    assert capsys.readouterr().out == before


def test_lists_go_in_as_json_and_documents_change_kind_and_case(tmp_path, capsys):
    store = ["--store", str(tmp_path / "docs.rdstore")]
    main([*store, "import", str(LETTERS / "AL_OTH_78_2021.pdf"), str(DATA / "letters" / "UA_CHN_12_2023.docx")])
    capsys.readouterr()
    assert main([*store, "edit", "AL OTH 78/2021", "--json", "--set", 'mandates=["One", "Two"]',
                 "--set", "similar_letters_to_others=true"]) == 0
    capsys.readouterr()
    main([*store, "show", "AL OTH 78/2021", "--json"])
    shown = json.loads(capsys.readouterr().out)
    assert shown["mandates"] == ["One", "Two"] and shown["similar_letters_to_others"] is True
    annex = next(d["id"] for d in shown["documents"] if d["kind"] == "annex")
    letter = next(d["id"] for d in shown["documents"] if d["kind"] == "letter")
    assert main([*store, "edit", "AL OTH 78/2021", "--revert", "mandates"]) == 0
    assert main([*store, "document", str(letter), "--kind", "reply"]) == 0
    assert "is now a reply" in capsys.readouterr().out
    assert main([*store, "document", str(annex), "--move", "UA CHN 12/2023"]) == 0
    capsys.readouterr()
    main([*store, "show", "UA CHN 12/2023", "--json"])
    assert annex in [d["id"] for d in json.loads(capsys.readouterr().out)["documents"]]
    assert main([*store, "document", str(letter), "--unfile"]) == 0
    capsys.readouterr()
    main([*store, "unpaired"])
    assert "AL_OTH_78_2021.pdf" in capsys.readouterr().out  # a reply now, waiting without a case
    assert main([*store, "orphans", "UA CHN 12/2023"]) == 0
    assert "No orphaned annotations." in capsys.readouterr().out
    assert main([*store, "reanalyse", "--all"]) == 0
    assert main([*store, "reanalyse"]) == 2
