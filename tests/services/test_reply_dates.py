"""A stored reply carries its own date (a note verbale dates itself at the end), not a date from its text."""

from __future__ import annotations

import json

import pytest

from reviewdesk.db.models import Document
from reviewdesk.domain.vocabulary import REPLY_KINDS
from reviewdesk.services.importer import import_paths

from ..conftest import DATA

REPLIES = DATA / "replies"
EXPECTED = sorted(p for p in REPLIES.glob("REPLY_*.expected.json") if json.loads(p.read_text())["date"])


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_the_stored_date_of_every_corpus_reply_is_its_own(store, expected):
    want = json.loads(expected.read_text(encoding="utf-8"))["date"]
    text_copy = expected.with_name(expected.name.replace(".expected.json", ".txt"))
    assert text_copy.exists(), text_copy
    import_paths(store, [text_copy])
    with store.session() as session:
        (reply,) = [d for d in session.query(Document).all() if d.kind in REPLY_KINDS]
        assert reply.date.isoformat() == want
