"""A store of the fictional corpus for the search and facet tests: built once per run, copied per test.

Sixteen cases (the letter variants, the public fixture letter), six replies
(one late: UA CHN 12/2023) and one scanned reply read by OCR (OL SLV 8/2021).
``EXPECTED`` holds each letter's expected JSON, for counting by hand.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from pathlib import Path

import pytest

from reviewdesk.db import open_store

from .conftest import DATA, LETTERS, REPLIES
from .engines import store_on

_VARIANTS = DATA / "letters"
LETTER_FILES = sorted(p for p in _VARIANTS.glob("*.txt") if re.fullmatch(r"J?(AL|UA|OL)_[A-Z]{3}_\d+_\d{4}", p.stem))
LETTER_FILES.append(LETTERS / "AL_OTH_78_2021.txt")
REPLY_FILES = [DATA / "replies" / f"REPLY_{name}.txt" for name in (
    "AL_FRA_4_2022_note_fr", "AL_MEX_7_2021_note_es", "AL_OTH_41_2020_company", "OL_SLV_8_2021_company_es",
    "UA_CHN_12_2023_note_en")] + [REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"]
SCANNED_REPLY = DATA / "replies" / "REPLY_OL_SLV_8_2021_company_es_scanned.pdf"
EXPECTED = {path.stem: json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
            for path in LETTER_FILES}

_built: list[Path] = []


def _template() -> Path:
    if not _built:
        path = Path(tempfile.mkdtemp(prefix="reviewdesk-corpus-")) / "corpus.rdstore"
        with open_store(path) as store:
            _fill(store)
        _built.append(path)
    return _built[0]


def _fill(store) -> None:
    from reviewdesk.services.importer import import_paths

    summary = import_paths(store, [*LETTER_FILES, *REPLY_FILES, SCANNED_REPLY])
    assert not summary.failed, summary.failed


@pytest.fixture
def corpus(tmp_path, engine):
    """An open copy of the corpus store, the test's own (on PostgreSQL too in a test marked ``engines``)."""
    with store_on(engine, tmp_path, "corpus", _fill, file_template=_template, name="corpus.rdstore") as store:
        yield store


@pytest.fixture(scope="session", autouse=True)
def _remove_template():
    yield
    for path in _built:
        shutil.rmtree(path.parent, ignore_errors=True)
