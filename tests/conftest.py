"""Shared fixtures: the real fixture files and a fresh store on a temporary file per test."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from reviewdesk.db import open_store  # noqa: E402,F401

from . import engines  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "fixtures"
if not SHARED.is_dir():  # CI checks the project out beside ../shared as well
    SHARED = Path(os.environ.get("REVIEWDESK_FIXTURES", "/work/shared/fixtures"))
LETTERS = SHARED / "letters"
REPLIES = SHARED / "replies"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def fixture_letter_expected() -> dict:
    return json.loads((LETTERS / "AL_OTH_78_2021.expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def engine(request) -> str:
    """The store's engine: "sqlite", or each of ``engines.ENGINES`` in a test marked ``engines``."""
    name = getattr(request, "param", "sqlite")
    if name == "postgresql":
        engines.require_postgres()
    return name


def pytest_generate_tests(metafunc):
    if "engine" in metafunc.fixturenames and metafunc.definition.get_closest_marker("engines"):
        metafunc.parametrize("engine", engines.ENGINES, indirect=True)


@pytest.fixture
def store(tmp_path, engine):
    """A new store of the test's own (on PostgreSQL too in a test marked ``engines``)."""
    with engines.store_on(engine, tmp_path) as opened:
        yield opened


@pytest.fixture(scope="session", autouse=True)
def _postgres_templates():
    yield
    engines.close_server()


@pytest.fixture(autouse=True)
def _isolated_store_env(tmp_path, monkeypatch):
    """No test may touch the user's real store."""
    monkeypatch.setenv("REVIEWDESK_STORE", str(tmp_path / "default.rdstore"))


# The corpus store of the search and facet tests (``corpus``); imported last: it reads the paths above.
from .search_corpus import _remove_template, corpus  # noqa: F401
