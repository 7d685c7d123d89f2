"""Migrations are frozen and portable, and build exactly what the original ones built."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from reviewdesk.db import open_store
from reviewdesk.db.migrate import MIGRATIONS

from .store_snapshot import build_at, content, legacy_snapshots, rebuild, revisions

LEGACY = legacy_snapshots()
VERSIONS = sorted((MIGRATIONS / "versions").glob("[0-9]*.py"))


def _assert_same(actual: dict, expected: dict) -> None:
    assert actual["schema"] == expected["schema"]
    assert sorted(actual["rows"]) == sorted(expected["rows"])
    for table, rows in expected["rows"].items():
        assert actual["rows"][table] == rows, table  # one table at a time: a readable diff


@pytest.fixture(scope="module")
def head_content(tmp_path_factory) -> dict:
    path = tmp_path_factory.mktemp("head") / "fresh.rdstore"
    open_store(path).close()
    return content(path)


def test_the_snapshot_covers_every_revision_up_to_the_latest_it_knows():
    assert list(LEGACY) == revisions()[: len(LEGACY)]


@pytest.mark.parametrize("revision", list(LEGACY))
def test_each_revision_builds_what_the_original_migrations_built(tmp_path, revision):
    """Schema and rows equal, ids compared by natural key (the database assigns them now)."""
    built = build_at(tmp_path / "now.rdstore", revision)
    original = rebuild(LEGACY[revision], tmp_path / "original.rdstore")
    _assert_same(content(built), content(original))


@pytest.mark.parametrize("revision", revisions()[:-1])
def test_a_store_at_each_earlier_revision_opens_upgraded_to_head(tmp_path, revision, head_content):
    path = build_at(tmp_path / "old.rdstore", revision)
    with open_store(path) as store:
        assert store.backup_path is not None and store.backup_path.exists()
    _assert_same(content(path), head_content)


@pytest.mark.parametrize("revision", list(LEGACY)[:-1])
def test_a_store_written_by_the_original_migrations_upgrades_to_head(tmp_path, revision, head_content):
    """Stores in use were built by the old files (fixed ids such as UNGP terms at 1000+)."""
    path = rebuild(LEGACY[revision], tmp_path / "old.rdstore")
    open_store(path).close()
    _assert_same(content(path), head_content)


def _imported_modules(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names.append(node.module or "")
    return names


def test_no_migration_imports_reviewdesk():
    """Migrations freeze their data: a live constant would change what an old revision builds."""
    assert len(VERSIONS) == len(revisions())
    offenders = {path.name: mods for path in VERSIONS
                 if (mods := [m for m in _imported_modules(path) if m.split(".")[0] == "reviewdesk"])}
    assert offenders == {}
