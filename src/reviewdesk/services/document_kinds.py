"""Correcting what a document is: letter, annex, reply or follow-up.

The parser's guess can be wrong (a letter citing an earlier communication read
as a reply, an annex printed as a file of its own). The reviewer's kind is
recorded as a correction of the document (provenance field ``kind``), so
re-analysis keeps it; the document's file is then read again, so that its
fields fit the new kind (a letter's mandates and questions, a reply's cited
reference). One ``Edit`` undoes both.
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewdesk.db import Store
from reviewdesk.db.models import Document
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.vocabulary import CHOSEN_KINDS, DocumentKind
from reviewdesk.services.corrections import note_correction
from reviewdesk.services.edits import NOTHING, Changes, Edit, NoInverse, compound
from reviewdesk.services.reanalysis import reanalyse
from reviewdesk.services.rows import Recorder, RowsUndo


class KindError(ReviewDeskError, ValueError):
    pass


@dataclass(frozen=True, kw_only=True)
class KindUndo(RowsUndo):
    """Undoes a kind correction: the document's kind and its provenance as they were."""

    document_id: int


def set_document_kind(store: Store, document_id: int, kind: DocumentKind | str, author: str = "") -> Edit:
    """Make the document a letter, annex, reply or follow-up; ``value`` is the ``ReanalysisReport`` of its file."""
    try:
        chosen = DocumentKind(kind)
    except ValueError:
        chosen = None
    if chosen not in CHOSEN_KINDS:
        raise KindError(f"{kind!r} is not a kind a document can be given; choose from: {', '.join(CHOSEN_KINDS)}")
    with store.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise KindError(f"no document {document_id}")
        if document.kind == chosen:
            return Edit(NOTHING, NoInverse(), None)
        recorder = Recorder(session)
        recorder.before(Document, [document.id], columns=["kind"])
        previous, document.kind = document.kind, chosen
        note_correction(session, recorder, field="kind", value=str(chosen), previous=previous, author=author,
                        document_id=document.id)
        session.flush()
        # Both lists change: a letter without a case needs a reference, a reply without one waits to be paired.
        changes = Changes(cases=frozenset({document.case_id} - {None}), documents=frozenset({document.id}),
                          case_list=True, tags=True, links=True, assessment=True)
        kind_edit = Edit(changes, KindUndo(rows=recorder.images, changes=changes, document_id=document.id))
    reread = reanalyse(store, document_ids=[document_id])
    return compound([kind_edit, reread], reread.value)
