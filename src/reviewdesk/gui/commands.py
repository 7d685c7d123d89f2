"""The window's undoable edits: one command type over the services' ``Edit`` values.

A service edit returns its complete inverse as data; the command keeps it and
applies it on undo, keeping in turn the inverse of that (the redo). So no
command computes a before-state of its own, and undo is as complete as the
service made it (``tests/services/test_undo_property.py`` checks that).

Commands run through ``Operations``: ``redo``/``undo`` submit a job to the one
store worker and return at once. The worker runs jobs in order, so an undo
submitted before its redo has finished still runs after it and finds the
inverse the redo recorded. Compound edits are pushed inside
``QUndoStack.beginMacro``/``endMacro``: Qt makes them children of one parent command
(orange-canvas-core's way), redone in order and undone in reverse.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from reviewdesk.db import Store
from reviewdesk.gui.operations import Operations
from reviewdesk.services.edits import NOTHING, Edit, Inverse, NoInverse


class EditCommand(QUndoCommand):
    """``do(store) -> Edit`` the first time; afterwards only the recorded inverses."""

    def __init__(self, ops: Operations, text: str, do: Callable[[Store], Edit],
                 on_value: Callable[[Any], None] | None = None, parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.ops = ops
        self._do: Callable[[Store], Edit] | None = do
        self._on_value = on_value
        self._inverse: Inverse | None = None  # touched only by jobs on the worker, which run in order
        self.failed = False
        self.stack: QUndoStack | None = None

    def redo(self) -> None:
        self._submit(first=self._do is not None)

    def undo(self) -> None:
        self._submit(first=False)

    def _submit(self, first: bool) -> None:
        do = self._do
        self._do = None

        def job(store: Store) -> Edit:
            if first:
                edit = do(store)
            elif self._inverse is None:  # the first run failed: there is nothing to undo
                edit = Edit(NOTHING, NoInverse())
            else:
                edit = self._inverse.apply(store)
            self._inverse = edit.inverse
            return edit

        def done(edit: Edit) -> None:
            if first and self._on_value is not None:
                self._on_value(edit.value)

        self.ops.edit(job, done, on_error=self._failed if first else None)

    def _failed(self, error: BaseException) -> None:
        self.failed = True
        self.ops.error_handler(error)
        # Nothing happened: take the command off the stack so Undo does not offer it.
        self.setObsolete(True)
        stack = self.stack
        if stack is not None and stack.index() > 0 and stack.command(stack.index() - 1) is self:
            QTimer.singleShot(0, stack.undo)


class Undo:
    """Pushes commands onto the window's undo stack (the only place edits enter it)."""

    def __init__(self, ops: Operations, stack: QUndoStack) -> None:
        self.ops, self.stack = ops, stack

    def push(self, text: str, do: Callable[[Store], Edit], on_value: Callable[[Any], None] | None = None) -> EditCommand:
        command = EditCommand(self.ops, text, do, on_value)
        command.stack = self.stack
        self.stack.push(command)
        return command
