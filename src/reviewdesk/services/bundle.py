"""Review bundles: a set of cases' annotations in one zip, for teams without a server.

A bundle holds ``annotations.json`` (a changeset, with its schema version),
the originals under ``originals/<sha256>``, and ``manifest.json`` giving the
SHA-256 of every other member. It is written to a temporary file beside its
place and renamed, so a failure never leaves half a bundle. Importing checks
everything (a readable zip, the manifest, every member and its digest, the
schema) before the store is touched, then merges with the lineage rules of
``sync_merge``: a bundle never silently overwrites a newer change.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

from reviewdesk.db import Store
from reviewdesk.domain.errors import SubjectError
from reviewdesk.services.sync_changeset import (
    CHANGESET_SCHEMA,
    Changeset,
    build_changeset,
)
from reviewdesk.services.sync_merge import MergeReport, merge

BUNDLE_FORMAT = "reviewdesk-bundle"
_ANNOTATIONS = "annotations.json"
_MANIFEST = "manifest.json"


class BundleError(SubjectError):
    """A bundle that cannot be written or read; ``str()`` names the file and the reason."""


def export_bundle(store: Store, references: Iterable[str], path: str | os.PathLike[str]) -> Path:
    """Write the cases ``references`` of ``store`` to the bundle ``path`` (atomically); returns the path."""
    path = Path(path)
    changeset = build_changeset(store, references)
    members = {_ANNOTATIONS: json.dumps(changeset.data, ensure_ascii=False, sort_keys=True).encode()}
    for document in changeset.data["documents"]:
        sha = document["file"]["sha256"]
        data = changeset.blob(sha)
        if data is not None:
            members[f"originals/{sha}"] = data
    manifest = {"format": BUNDLE_FORMAT, "schema": CHANGESET_SCHEMA,
                "members": {name: hashlib.sha256(data).hexdigest() for name, data in members.items()}}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(_MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
                for name, data in members.items():
                    archive.writestr(name, data)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise BundleError(path, f"cannot be written ({exc.strerror or exc})") from exc
    return path


def read_bundle(path: str | os.PathLike[str]) -> Changeset:
    """The changeset of a bundle, every member checked against the manifest (``BundleError`` if not)."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if _MANIFEST not in names:
                raise BundleError(path, "is not a review bundle (it has no manifest.json)")
            manifest = json.loads(archive.read(_MANIFEST))
            if manifest.get("format") != BUNDLE_FORMAT:
                raise BundleError(path, "is not a review bundle (its manifest names another format)")
            if int(manifest.get("schema", 0)) > CHANGESET_SCHEMA:
                raise BundleError(path, f"was written by a newer ReviewDesk (bundle schema {manifest['schema']}, "
                                        f"this one reads up to {CHANGESET_SCHEMA}); update ReviewDesk to import it")
            members = {}
            for name, digest in manifest.get("members", {}).items():
                if name not in names:
                    raise BundleError(path, f"is incomplete: {name} is missing")
                data = archive.read(name)
                if hashlib.sha256(data).hexdigest() != digest:
                    raise BundleError(path, f"does not match its manifest: {name} was changed or damaged")
                members[name] = data
    except FileNotFoundError as exc:
        raise BundleError(path, "does not exist") from exc
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile) as exc:
        raise BundleError(path, f"is damaged or truncated (not a readable zip: {exc})") from exc
    except (ValueError, KeyError) as exc:  # JSON, digests
        raise BundleError(path, f"is damaged: {exc}") from exc
    if _ANNOTATIONS not in members:
        raise BundleError(path, f"is incomplete: {_ANNOTATIONS} is missing")
    data = json.loads(members[_ANNOTATIONS])
    if int(data.get("schema", 0)) > CHANGESET_SCHEMA:
        raise BundleError(path, f"was written by a newer ReviewDesk (annotations schema {data['schema']}); "
                                "update ReviewDesk to import it")
    return Changeset(data, lambda sha: members.get(f"originals/{sha}"))


def import_bundle(store: Store, path: str | os.PathLike[str]) -> MergeReport:
    """Merge the bundle ``path`` into ``store`` (one transaction: a bad bundle leaves the store unchanged)."""
    changeset = read_bundle(path)
    return merge(store, changeset, source=str(Path(path).name))
