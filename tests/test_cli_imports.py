"""Read-only commands load only what they use: no PDF, Word, migration, chart or window library for nothing.

Each command runs in a fresh interpreter on a store already at the current
schema; what it imported is read from ``sys.modules`` at the end. (How long
that takes is printed by ``benchmarks/bench_cli.py``, never asserted.)
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from reviewdesk.cli import main

from .conftest import LETTERS

_PROBE = """
import json, runpy, sys
sys.argv = ["reviewdesk", *json.loads(sys.argv[1])]
try:
    runpy.run_module("reviewdesk", run_name="__main__")
except SystemExit as exit:
    code = exit.code
watched = {"sqlalchemy", "alembic", "pymupdf", "fitz", "docx", "lxml", "matplotlib", "snowballstemmer", "PySide6"}
print(json.dumps({"code": code, "loaded": sorted(watched & {name.split(".")[0] for name in sys.modules})}),
      file=sys.stderr)
"""

NEVER = {"alembic", "pymupdf", "fitz", "docx", "lxml", "matplotlib", "PySide6"}


def _loaded(argv: list[str]) -> set[str]:
    result = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(argv)], capture_output=True, text=True,
                            check=False)
    report = json.loads(result.stderr.strip().splitlines()[-1])
    assert report["code"] in (0, None), result.stderr
    return set(report["loaded"])


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("imports") / "read.rdstore"
    assert main(["--store", str(path), "import", str(LETTERS / "AL_OTH_78_2021.pdf")]) == 0
    return str(path)


def test_version_loads_neither_the_store_nor_any_document_library():
    assert _loaded(["--version"]) & (NEVER | {"sqlalchemy", "snowballstemmer"}) == set()


@pytest.mark.parametrize("argv", [["cases"], ["cases", "--json"], ["show", "AL OTH 78/2021"],
                                  ["show", "AL OTH 78/2021", "--json"]])
def test_listing_and_showing_load_no_document_migration_or_stemming_library(store_path, argv):
    loaded = _loaded(["--store", store_path, *argv])
    assert "sqlalchemy" in loaded  # the probe sees imports: the store was read
    assert loaded & (NEVER | {"snowballstemmer"}) == set()


def test_search_loads_the_stemmer_but_no_document_or_migration_library(store_path):
    loaded = _loaded(["--store", store_path, "search", "detained"])
    assert "snowballstemmer" in loaded
    assert loaded & NEVER == set()


def test_a_store_at_another_revision_goes_through_alembic(tmp_path):
    """Recognising a current store without Alembic must not wave through one at another revision."""
    import sqlite3
    from contextlib import closing

    from reviewdesk.db import migrate, open_store

    path = tmp_path / "old.rdstore"
    open_store(path).close()
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = 'not-a-revision'")
    with pytest.raises(Exception, match="newer ReviewDesk"):
        open_store(path)
    assert migrate._quick_head() == migrate._alembic_head()
