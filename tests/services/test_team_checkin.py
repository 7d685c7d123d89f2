"""Check-out from a real team store (PostgreSQL), offline work, check-in; a server lost mid-check-in changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from reviewdesk.db import open_store
from reviewdesk.db.models import Document, Tag
from reviewdesk.domain.vocabulary import DocumentKind
from reviewdesk.services.importer import import_paths
from reviewdesk.services.tags import add_tag
from reviewdesk.services.team_sync import ServerGone, checked_out, checkin, checkout
from reviewdesk.services.terms import list_terms

from ..conftest import LETTERS
from ..engines import URL, postgres_database

REF = "AL OTH 78/2021"


def _letter(store):
    with store.session() as session:
        return session.scalar(select(Document).where(Document.kind == DocumentKind.LETTER))


def _notes(store):
    with store.session() as session:
        return sorted(session.scalars(select(Tag.note)))


@pytest.fixture
def server():
    with postgres_database() as url, open_store(url) as store:
        import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf"])
        add_tag(store, _letter(store).id, 10, 20, list_terms(store)[0].id, "before")
        yield store


def test_checkout_work_offline_and_check_in(server, tmp_path):
    laptop = checkout(server, [REF], tmp_path / "laptop.rdstore")
    try:
        origin, refs = checked_out(laptop)
        assert refs == [REF] and make_url(origin).password is None and make_url(origin).database
        assert _notes(laptop) == ["before"] and _letter(laptop).text == _letter(server).text
        add_tag(laptop, _letter(laptop).id, 30, 40, list_terms(laptop)[0].id, "offline")
        add_tag(server, _letter(server).id, 50, 60, list_terms(server)[0].id, "online")
        to_server, to_local = checkin(laptop, server)
        assert to_server.added == 1 and to_local.added == 1
        assert _notes(laptop) == _notes(server) == ["before", "offline", "online"]
    finally:
        laptop.close()


def test_a_server_that_goes_away_mid_check_in_leaves_both_stores_unchanged(server, tmp_path):
    laptop = checkout(server, [REF], tmp_path / "laptop.rdstore")
    admin = create_engine(URL, isolation_level="AUTOCOMMIT")
    try:
        add_tag(laptop, _letter(laptop).id, 30, 40, list_terms(laptop)[0].id, "offline")

        def cut(session):
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
            with admin.connect() as connection:
                connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})

        with pytest.raises(ServerGone, match="neither it nor the local store was changed"):
            checkin(laptop, server, before_commit=cut)
        assert _notes(server) == ["before"] and _notes(laptop) == ["before", "offline"]
        checkin(laptop, server)  # the next check-in goes through
        assert _notes(server) == ["before", "offline"]
    finally:
        laptop.close()
        admin.dispose()
