"""A store location is a value: parsed once, accepted by open_store in any form."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from reviewdesk.db import Store, StoreLocation, open_store


def test_parse_resolves_paths_and_keeps_locations(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    location = StoreLocation.parse("cases.rdstore")
    assert location.path == tmp_path / "cases.rdstore"
    assert StoreLocation.parse(location) is location
    assert StoreLocation.parse(tmp_path / "sub" / ".." / "cases.rdstore") == location
    assert StoreLocation.parse(Path("cases.rdstore")) == location
    monkeypatch.setenv("HOME", str(tmp_path))
    assert StoreLocation.parse("~/cases.rdstore") == location


def test_no_value_is_the_default_store(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("REVIEWDESK_STORE", "~/env.rdstore")
    assert StoreLocation.parse(None).path == tmp_path / "env.rdstore"
    assert StoreLocation.parse("") == StoreLocation.parse(None)


def test_a_location_is_a_frozen_value_that_describes_itself(tmp_path):
    location = StoreLocation.parse(tmp_path / "Team cases.rdstore")
    assert location.describe() == "Team cases.rdstore"
    assert str(location) == str(tmp_path / "Team cases.rdstore")
    assert {location, StoreLocation.parse(str(location.path))} == {location}
    with pytest.raises(dataclasses.FrozenInstanceError):
        location.path = tmp_path  # type: ignore[misc]


@pytest.mark.parametrize("form", [StoreLocation.parse, str, Path], ids=["location", "str", "path"])
def test_open_store_accepts_every_form(tmp_path, form):
    path = tmp_path / "cases.rdstore"
    with open_store(form(path)) as store:
        assert isinstance(store, Store)
        assert store.location == StoreLocation.parse(path)
        assert store.path == path


def test_open_store_without_a_location_opens_the_default(tmp_path):
    with open_store() as store:  # conftest points REVIEWDESK_STORE into tmp_path
        assert store.path == tmp_path / "default.rdstore"
        assert store.location == StoreLocation.parse(None)
