"""A team store on PostgreSQL: a URL is a location, the same migrations build it, originals are kept in it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from reviewdesk.cli import main
from reviewdesk.db import StoreError, StoreLocation, open_store
from reviewdesk.db.models import StoredFile
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS, REPLIES
from ..engines import postgres_database


@pytest.mark.parametrize("typed", [
    "postgresql://reviewer:s3cret@db.example:5433/cases",
    "postgresql+psycopg://reviewer:s3cret@db.example:5433/cases",
    "postgres://reviewer:s3cret@db.example:5433/cases",
])
def test_a_postgresql_url_is_a_location_whose_password_is_never_shown(typed):
    location = StoreLocation.parse(typed)
    assert location.is_server and location.path is None and not location.is_encrypted()
    assert location.url == "postgresql+psycopg://reviewer:s3cret@db.example:5433/cases"
    assert str(location) == "postgresql+psycopg://reviewer@db.example:5433/cases"  # settings keep no password
    assert "s3cret" not in repr(location) and "s3cret" not in location.describe()
    assert location.describe() == "cases on db.example"
    assert location == StoreLocation.parse("postgresql://reviewer:other@db.example:5433/cases")  # whoever connects
    assert location != StoreLocation.parse("postgresql://reviewer@db.example:5433/other")
    assert StoreLocation.parse("postgresql://me@/cases?host=/run/pg").describe() == "cases on /run/pg"


def test_a_missing_driver_is_a_clear_one_line_error():
    # psycopg is installed here: a meta-path hook makes this process see it missing, as without the team extra.
    code = ("import sys\n"
            "class Missing:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name.split('.')[0] == 'psycopg': raise ImportError(name)\n"
            "sys.meta_path.insert(0, Missing())\n"
            "from reviewdesk.cli import main\n"
            "sys.exit(main(['--store', 'postgresql://reviewer@/cases?host=/nowhere', 'cases']))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "reviewdesk: postgresql+psycopg://reviewer@/cases?host=%2Fnowhere: a PostgreSQL store needs the psycopg driver, "
        "which is not installed: install ReviewDesk with its team extra: pip install 'reviewdesk[team]'"]


def test_a_server_that_is_not_there_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match=r"cannot connect to the server \(.*\)") as caught:
        open_store(f"postgresql://reviewer@/cases?host={tmp_path}")
    assert str(caught.value).startswith("postgresql+psycopg://reviewer@/cases?host=")


def test_a_new_database_is_built_by_the_migrations_and_keeps_the_original_bytes():
    with postgres_database(migrated=False) as url:
        with open_store(url) as store:
            assert store.path is None and store.location.is_server
            summary = import_paths(store, [LETTERS / "AL_OTH_78_2021.txt", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
            assert not summary.failed
            with store.session() as session:
                documents = session.scalar(text("SELECT count(*) FROM document"))
                kept = dict(session.execute(select(StoredFile.filename, StoredFile.data)).all())
            columns = {c["name"]: c["type"] for c in inspect(store.engine).get_columns("stored_file")}
        assert type(columns["data"]).__name__ == "BYTEA"
        assert kept == {name: path.read_bytes() for name, path in (
            ("AL_OTH_78_2021.txt", LETTERS / "AL_OTH_78_2021.txt"),
            ("REPLY_AL_OTH_78_2021_test.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"))}
        with open_store(url) as store:  # opened again: current, nothing to do, the documents still there
            with store.session() as session:
                assert session.scalar(text("SELECT count(*) FROM document")) == documents >= 2


def test_another_programs_database_is_refused_untouched():
    with postgres_database(migrated=False) as url:
        with open_store(url) as store:  # a connection for creating a foreign table only
            engine = store.engine
            with engine.begin() as connection:
                connection.exec_driver_sql("DROP TABLE alembic_version")
                connection.exec_driver_sql("CREATE TABLE payroll (id integer)")
        with pytest.raises(StoreError, match="not a ReviewDesk store: the database has tables but no schema revision"):
            open_store(url)


def test_a_database_from_a_newer_version_is_refused():
    with postgres_database() as url:
        with open_store(url) as store, store.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
        with pytest.raises(StoreError, match=r"newer ReviewDesk \(schema revision 9999"):
            open_store(url)


def test_the_cli_imports_and_searches_a_team_store(capsys):
    with postgres_database() as url:
        assert main(["--store", url, "import", str(LETTERS / "AL_OTH_78_2021.txt")]) == 0
        assert main(["--store", url, "search", "forced labour"]) == 0
        out = capsys.readouterr().out
        assert "AL OTH 78/2021" in out and "[forced] [labour]" in out.lower()


def test_a_team_store_cannot_be_copied_to_a_file(tmp_path: Path):
    from reviewdesk.db.engine import copy_store

    with postgres_database() as url, open_store(url) as store:
        with pytest.raises(StoreError, match="pg_dump"):
            copy_store(store, tmp_path / "copy.rdstore")
