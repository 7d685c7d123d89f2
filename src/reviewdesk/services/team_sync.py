"""Check-out and check-in: a set of cases of the team store in a laptop's file store, merged back.

``checkout`` makes a new local store holding the cases (documents copied as
data, annotations with their UUIDs and lineages) and records in ``sync_meta``
the origin (its URL without password) and the references. ``checkin`` merges
local → server in ONE server transaction, reads the server's merged state
inside that same transaction, commits, and only then merges it into the local
store: so a server that goes away before its commit leaves both stores as they
were (``ServerGone`` says so).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from reviewdesk.db import Store, StoreLocation, open_store
from reviewdesk.db.models import StoredFile, SyncMeta
from reviewdesk.domain.errors import SubjectError
from reviewdesk.services.sync_changeset import Changeset, build_changeset, changeset_in
from reviewdesk.services.sync_merge import MergeReport, merge, merge_in


class CheckoutError(SubjectError):
    """A check-out or check-in that cannot be done; nothing was changed."""


class ServerGone(CheckoutError):
    """The team store went away during a check-in; both stores are as they were."""


def _shown_url(url: str) -> str:
    return make_url(url).set(password=None).render_as_string(hide_password=False)


def checkout(server: Store, references: Iterable[str], path: str | os.PathLike[str],
             passphrase: str | None = None) -> Store:
    """A new local store at ``path`` (encrypted with ``passphrase`` if given) with the cases ``references``.

    Returns the open local store; the caller closes it. ``path`` must not exist.
    """
    path, references = Path(path), list(references)
    if path.exists():
        raise CheckoutError(path, "already exists: check out into a new file")
    changeset = build_changeset(server, references)
    local = open_store(StoreLocation.parse(path).with_passphrase(passphrase))
    try:
        merge(local, changeset, source=server.location.describe())
        with local.session() as session:
            session.merge(SyncMeta(key="origin", value=_shown_url(str(server.location))))
            session.merge(SyncMeta(key="references", value=json.dumps(changeset.references)))
    except BaseException:
        local.close()
        path.unlink(missing_ok=True)
        raise
    return local


def checked_out(local: Store) -> tuple[str, list[str]]:
    """The origin URL (no password) and references a local store was checked out with."""
    with local.session() as session:
        meta = {m.key: m.value for m in session.scalars(select(SyncMeta))}
    if "origin" not in meta:
        raise CheckoutError(local.location, "was not checked out from a team store")
    return meta["origin"], json.loads(meta["references"])


def checkin(local: Store, server: Store,
            before_commit: Callable[[Session], None] | None = None) -> tuple[MergeReport, MergeReport]:
    """Merge ``local`` into ``server`` then the server's result back; returns (to server, to local) reports.

    ``before_commit`` is called with the server session after its writes, before its commit (tests cut the
    connection there). A failure of the server leaves both stores unchanged (``ServerGone``).
    """
    _origin, references = checked_out(local)
    mine = build_changeset(local, references)
    local_documents = {tuple(d["key"]) for d in mine.data["documents"]}
    try:
        with server.session() as session:
            to_server = merge_in(session, mine.data, local.location.describe(), server.location, blob=mine.blob)
            theirs = changeset_in(session, references, server.location)
            # Originals the laptop lacks are read now: after the commit the server may be gone.
            blobs = {d["key"][0]: session.scalar(select(StoredFile.data).where(StoredFile.sha256 == d["key"][0]))
                     for d in theirs["documents"] if tuple(d["key"]) not in local_documents}
            if before_commit is not None:
                before_commit(session)
    except DBAPIError as exc:
        if exc.connection_invalidated or "terminat" in str(exc) or "closed" in str(exc) or "connection" in str(exc):
            raise ServerGone(server.location.describe(), "the team store went away during the check-in; neither "
                                                         "it nor the local store was changed: check in again") from exc
        raise
    to_local = merge(local, Changeset(theirs, blobs.get), source=server.location.describe())
    return to_server, to_local
