"""Roles on a team store are the server's: a reader cannot write a verdict, a reviewer cannot import, an editor can.

The users connect as themselves (the test server trusts its Unix socket);
PostgreSQL refuses what their role does not allow, and the CLI says so in one line.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from reviewdesk.cli import main
from reviewdesk.db import StoreError, open_store
from reviewdesk.db.errors import NotAllowed
from reviewdesk.domain.assessment import Verdict
from reviewdesk.services.assessment import set_verdict
from reviewdesk.services.cases import case_detail

from ..conftest import DATA, LETTERS
from ..engines import postgres_database

REFERENCE = "AL OTH 78/2021"


@pytest.fixture
def team(capsys):
    """A team store holding one letter, its roles set up, and three people: (url, {role: user url})."""
    with postgres_database() as url:
        database = make_url(url).database
        people = {role: f"{role[:3]}_{database}"[:63] for role in ("reader", "reviewer", "editor")}
        try:
            assert main(["--store", url, "import", str(LETTERS / "AL_OTH_78_2021.txt")]) == 0
            assert main(["--store", url, "team", "init"]) == 0
            for role, user in people.items():
                assert main(["--store", url, "team", "grant", user, role]) == 0
            capsys.readouterr()
            yield url, {role: make_url(url).set(username=user).render_as_string(hide_password=False)
                        for role, user in people.items()}, people
        finally:
            _drop_roles(url, [*people.values(), *(f"{database}_{r}" for r in ("reader", "reviewer", "editor"))])


def _drop_roles(url: str, names: list[str]) -> None:
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            for name in names:
                connection.exec_driver_sql(f'DROP OWNED BY "{name}"') if connection.exec_driver_sql(
                    "SELECT 1 FROM pg_roles WHERE rolname = %(n)s", {"n": name}).first() else None
            connection.exec_driver_sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE datname = current_database() AND pid <> pg_backend_pid()")
    finally:
        admin.dispose()
    # DROP ROLE once the database holding their grants is gone: the caller's postgres_database drops it after.
    _pending_roles.extend(names)


_pending_roles: list[str] = []


@pytest.fixture(autouse=True)
def _roles_dropped_after_their_database():
    yield
    from ..engines import server

    if _pending_roles:
        with server().admin.connect() as connection:
            for name in _pending_roles:
                connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
        _pending_roles.clear()


def test_a_reader_cannot_write_a_verdict_the_server_refuses_it_in_one_line(team, capsys):
    _url, as_role, _people = team
    assert main(["--store", as_role["reader"], "search", "forced labour"]) == 0  # reading is allowed
    assert "AL OTH 78/2021" in capsys.readouterr().out
    assert main(["--store", as_role["reader"], "verdict", REFERENCE, "1", "answered"]) == 1
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and error[0].startswith("reviewdesk: ")
    assert "permission denied for table verdict: your role on this team store does not allow this change" in error[0]
    with open_store(as_role["reader"]) as store, pytest.raises(NotAllowed):  # the service alike, not only the CLI
        question = case_detail(store, REFERENCE).letter().questions[0]
        set_verdict(store, question.id, Verdict.ANSWERED)


def test_a_reviewer_assesses_but_cannot_import_and_an_editor_imports(team, capsys):
    _url, as_role, _people = team
    assert main(["--store", as_role["reviewer"], "verdict", REFERENCE, "1", "answered"]) == 0
    assert main(["--store", as_role["reviewer"], "import", str(DATA / "letters" / "UA_CHN_12_2023.txt")]) != 0
    said = capsys.readouterr()
    assert "permission denied for table stored_file" in said.out + said.err
    assert main(["--store", as_role["editor"], "import", str(DATA / "letters" / "UA_CHN_12_2023.txt")]) == 0
    capsys.readouterr()
    assert main(["--store", as_role["editor"], "history", REFERENCE, "--json"]) == 0
    (verdict,) = [e for e in json.loads(capsys.readouterr().out) if e["kind"] == "verdict"]
    assert verdict["what"] == "question 1: answered"


def test_team_users_lists_each_person_with_one_role(team, capsys):
    url, _as_role, people = team
    assert main(["--store", url, "team", "grant", people["reader"], "editor"]) == 0  # a new role replaces the old
    capsys.readouterr()
    assert main(["--store", url, "team", "users", "--json"]) == 0
    assert {m["user"]: m["role"] for m in json.loads(capsys.readouterr().out)} == {
        people["reader"]: "editor", people["reviewer"]: "reviewer", people["editor"]: "editor"}


def test_roles_are_a_team_stores_only(tmp_path, capsys):
    assert main(["--store", str(tmp_path / "mine.rdstore"), "team", "init"]) == 1
    assert "roles belong to a team store" in capsys.readouterr().err
    with pytest.raises(StoreError):
        from reviewdesk.db import roles

        with open_store(tmp_path / "mine.rdstore") as store:
            roles.members(store)
