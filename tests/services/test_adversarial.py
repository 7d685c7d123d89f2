"""Small files that once kept `import` busy for minutes (issue #13) import and finish; the time box keeps a
document too complex to analyse as plain text; Cancel stops inside one file. Timings: benchmarks/bench_adversarial.py."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from reviewdesk.db.models import Document, StoredFile
from reviewdesk.documents.budget import TOO_COMPLEX
from reviewdesk.services import importer
from reviewdesk.services.dto import ImportStatus
from reviewdesk.services.importer import import_paths

from ..adversarial import adversarial_texts
from ..conftest import LETTERS


def test_every_adversarial_text_imports_and_finishes(store, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "ANALYSIS_SECONDS", 3.0)  # past it: kept as text, with the warning
    paths = []
    for name, data in adversarial_texts().items():
        paths.append(tmp_path / name)
        paths[-1].write_bytes(data)
    summary = import_paths(store, paths, ocr_language=None)
    assert [r.status for r in summary.results] == [ImportStatus.IMPORTED] * len(paths)
    for result in summary.results:
        too_complex = f"{result.path.rsplit('/', 1)[-1]}: {TOO_COMPLEX}" in result.warnings
        assert too_complex or result.kind == "letter", result
    with store.session() as session:
        lengths = session.scalars(select(func.length(Document.text)).order_by(Document.id)).all()
    assert len(lengths) == len(paths) and min(lengths) > 500_000  # the text is kept whole


def test_past_the_time_box_a_letter_is_kept_as_text_with_a_warning(store, monkeypatch):
    monkeypatch.setattr(importer, "ANALYSIS_SECONDS", 0.0)
    (result,) = import_paths(store, [LETTERS / "AL_OTH_78_2021.docx"], ocr_language=None).results
    assert result.status is ImportStatus.IMPORTED and result.kind == "unknown" and result.unfiled
    assert result.warnings == ("AL_OTH_78_2021.docx: too complex to analyse; kept as text",)
    with store.session() as session:
        text = session.scalar(select(Document.text))
    assert "Dear Mr" in text and "forced labour" in text


@pytest.mark.parametrize("name", ["million-lines.txt", "AL_OTH_78_2021.pdf"])
def test_cancel_stops_inside_one_file(store, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(adversarial_texts()[name] if name.endswith(".txt") else (LETTERS / name).read_bytes())
    asked = []

    def cancelled() -> bool:  # the user presses Cancel once the file is being read
        asked.append(1)
        return len(asked) > 3

    summary = import_paths(store, [path, LETTERS / "AL_OTH_78_2021.docx"], cancelled=cancelled, ocr_language=None)
    assert [(r.status, r.reason) for r in summary.results] == [(ImportStatus.CANCELLED, "import cancelled")] * 2
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(StoredFile)) == 0
