"""Tesseract's language packs are found where the user or the system put them; a missing one is named."""

from __future__ import annotations

from pathlib import Path

from reviewdesk.documents.pdf import OcrOptions, read_pdf
from reviewdesk.documents.tessdata import find_tessdata
from tests.conftest import LETTERS


def test_the_packs_are_found_in_the_usual_place_without_tessdata_prefix(monkeypatch):
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    found = find_tessdata()
    assert {"eng", "fra", "spa"} <= found.languages, "the test command installs these packs"
    assert not found.from_env and (found.folder / "eng.traineddata").is_file()


def test_tessdata_prefix_wins_and_an_empty_one_is_named_in_the_warning(tmp_path, monkeypatch):
    empty = tmp_path / "tessdata"
    empty.mkdir()
    monkeypatch.setenv("TESSDATA_PREFIX", str(empty))
    assert find_tessdata().languages == frozenset()
    source = read_pdf((LETTERS / "AL_OTH_78_2021_scanned.pdf").read_bytes(), "scan.pdf", OcrOptions("eng+fra"))
    assert not source.has_text_layer
    [warning] = [w for w in source.warnings if "not installed" in w]
    assert "OCR language 'eng+fra' is not installed" in warning
    assert f"installed: none in {empty} (from TESSDATA_PREFIX)" in warning
    assert "tesseract-ocr-eng tesseract-ocr-fra" in warning and "eng.traineddata, fra.traineddata" in warning


def test_a_pack_copied_into_tessdata_prefix_is_used(tmp_path, monkeypatch):
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    system = find_tessdata().folder
    own = tmp_path / "tessdata"
    own.mkdir()
    (own / "spa.traineddata").symlink_to(Path(system) / "spa.traineddata")
    monkeypatch.setenv("TESSDATA_PREFIX", str(own))
    assert find_tessdata().languages == {"spa"}
