"""Undoable edits: each command calls a service with ids and old/new values.

Every edit is committed to the store when it is done (and again when undone
or redone), so nothing waits for a Save and nothing is lost if the app dies.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from reviewdesk.db import Store
from reviewdesk.services.suggest import set_status
from reviewdesk.services.tags import TagDTO, add_tag, delete_tag, restore_tag, set_note


class AddTagCommand(QUndoCommand):
    def __init__(self, store: Store, document_id: int, start: int, end: int, term_id: int, term_label: str,
                 author: str, changed: Callable[[], None]) -> None:
        super().__init__(f"Tag “{term_label}”")
        self.store, self.changed = store, changed
        self.args = (document_id, start, end, term_id)
        self.author = author
        self.tag: TagDTO | None = None

    def redo(self) -> None:
        if self.tag is None:
            self.tag = add_tag(self.store, *self.args, author=self.author)
        else:
            restore_tag(self.store, self.tag)
        self.changed()

    def undo(self) -> None:
        self.tag = delete_tag(self.store, self.tag.id)
        self.changed()


class DeleteTagCommand(QUndoCommand):
    def __init__(self, store: Store, tag: TagDTO, changed: Callable[[], None]) -> None:
        super().__init__(f"Delete tag “{tag.term_label}”")
        self.store, self.tag, self.changed = store, tag, changed

    def redo(self) -> None:
        self.tag = delete_tag(self.store, self.tag.id)
        self.changed()

    def undo(self) -> None:
        restore_tag(self.store, self.tag)
        self.changed()


class EditNoteCommand(QUndoCommand):
    def __init__(self, store: Store, tag: TagDTO, note: str, changed: Callable[[], None]) -> None:
        super().__init__("Edit tag note")
        self.store, self.tag_id, self.changed = store, tag.id, changed
        self.old, self.new = tag.note, note

    def redo(self) -> None:
        set_note(self.store, self.tag_id, self.new)
        self.changed()

    def undo(self) -> None:
        set_note(self.store, self.tag_id, self.old)
        self.changed()


class ReviewProposalsCommand(QUndoCommand):
    """Accept or reject proposed tags; undo makes them proposals again."""

    def __init__(self, store: Store, tags: list[TagDTO], accept: bool, changed: Callable[[], None]) -> None:
        super().__init__(f"{'Accept' if accept else 'Reject'} {len(tags)} proposed tag(s)")
        self.store, self.tags, self.accept, self.changed = store, tags, accept, changed

    def redo(self) -> None:
        set_status(self.store, [t.id for t in self.tags], self.accept)
        self.changed()

    def undo(self) -> None:
        if self.accept:
            set_status(self.store, [t.id for t in self.tags], None)
        else:
            for tag in self.tags:
                restore_tag(self.store, tag)
        self.changed()
