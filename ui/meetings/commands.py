"""Undo commands of the minutes editor: each is a pair of plain actions on the editor's models.

Every structural change (rows added, removed, moved, reordered) and every field change goes
through a command on the editor's ``QUndoStack``; commands that change the same field one after
another while the clerk types merge, so one undo takes back a burst of typing rather than one
keystroke; a pause, a paste or a cut starts a new step, so an undo never takes back more than
the clerk remembers doing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

MERGE_FIELD = 1
MERGE_WINDOW_S = 2.0  # keystrokes closer than this are one step


class Step(QUndoCommand):
    """Do and undo as two callables; ``focus`` first brings the edited part into view."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any],
                 focus: Callable[[], Any] | None = None) -> None:
        super().__init__(text)
        self._do, self._undo, self._focus = do, undo, focus

    def redo(self) -> None:
        if self._focus is not None:
            self._focus()
        self._do()

    def undo(self) -> None:
        if self._focus is not None:
            self._focus()
        self._undo()


class SetValue(QUndoCommand):
    """A field's value from ``old`` to ``new``; successive edits of one field merge."""

    def __init__(self, text: str, key: Any, apply: Callable[[Any], Any], old: Any, new: Any,
                 focus: Callable[[], Any] | None = None) -> None:
        super().__init__(text)
        self.key, self._apply, self.old, self.new, self._focus = key, apply, old, new, focus
        self.at = time.monotonic()
        self.typed = _keystroke(old, new)

    def id(self) -> int:
        return MERGE_FIELD

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValue) or other.key != self.key:
            return False
        if other.at - self.at > MERGE_WINDOW_S or not (self.typed and other.typed):
            return False
        self.new, self.at = other.new, other.at
        return True

    def redo(self) -> None:
        if self._focus is not None:
            self._focus()
        self._apply(self.new)

    def undo(self) -> None:
        if self._focus is not None:
            self._focus()
        self._apply(self.old)


def _keystroke(old: Any, new: Any) -> bool:
    """A change as typing makes it: one character more or less; any choice counts as one."""
    if isinstance(old, str | None) and isinstance(new, str | None):
        return abs(len(old or "") - len(new or "")) <= 1
    return True
