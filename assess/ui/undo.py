"""Undo and Redo: every saved edit as a command, and the :class:`History` that writes it back or again.

An edit enters the history once it is saved, so a refused edit never does. Undo and Redo are writes
like any other (:mod:`assess.ui.writes`): the history moves only once the write is stored, which is
why the commands' own ``undo()`` and ``redo()`` (which QUndoStack calls as it moves) do nothing. A
command whose write is refused for good (the assessment was marked final meanwhile) leaves the history
and the user reads why; one that failed because the database could not be written stays, to be tried
again. One refused because someone else changed the item meanwhile leaves the history too, but what it
was writing is not lost: it is settled with the user like any edit in conflict (``conflicted``,
:mod:`assess.ui.conflicts`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from enum import Enum
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from assess.assessments import AssessmentInfo
from assess.errors import StaleEdit
from assess.responses import ResponseView
from assess.ui.workspace import Workspace
from assess.ui.writes import Write
from db import StoreError

TEXT_FIELDS = frozenset({"rationale", "next_action", "technical_assistance", "na_justification"})
TEXT_EDIT_ID = 1001


class Step(Enum):
    UNDO = "undo"
    REDO = "redo"


class Undoable(QUndoCommand):
    """A saved edit and how to write it back (:attr:`Step.UNDO`) or again (:attr:`Step.REDO`)."""

    def redo(self) -> None:  # the History has written it by the time QUndoStack calls this
        pass

    def undo(self) -> None:
        pass

    def work(self, step: Step) -> Callable[[], Any]:
        """What to write, prepared when the write's turn comes (run on a worker thread)."""
        raise NotImplementedError

    def apply(self, step: Step, result: Any) -> None:
        """The window takes what was stored."""
        raise NotImplementedError

    def refused(self, exc: BaseException) -> BaseException:
        """The write failed: ``exc`` in the user's terms (the window catching up with what is stored)."""
        raise NotImplementedError


class ResponseEdit(Undoable):
    """Fields of one response, from ``old`` to ``new``. What is typed in one text field, saved after each pause,
    is one step until the user leaves the field (:meth:`History.seal`)."""

    def __init__(self, workspace: Workspace, code: str, old: dict[str, Any], new: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.code, self.old, self.new = code, old, new
        self.sealed = False

    def work(self, step: Step) -> Callable[[], ResponseView]:
        return self.workspace.response_work(self.code, self.old if step is Step.UNDO else self.new)

    def apply(self, step: Step, result: ResponseView) -> None:
        self.workspace.took(result)
        self.workspace.revealItem.emit(self.code)

    def refused(self, exc: BaseException) -> BaseException:
        return self.workspace.refused(self.code, exc)

    def _text_field(self) -> str | None:
        names = set(self.new)
        return next(iter(names)) if len(names) == 1 and names <= TEXT_FIELDS else None

    def id(self) -> int:
        return TEXT_EDIT_ID if self._text_field() else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if self.sealed or not isinstance(other, ResponseEdit) or other.code != self.code:
            return False
        if self._text_field() is None or other._text_field() != self._text_field():
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


class AssessmentEdit(Undoable):
    """A rename or a change of status of the open assessment."""

    def __init__(self, workspace: Workspace, old: dict[str, str], new: dict[str, str], text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.old, self.new = old, new

    def work(self, step: Step) -> Callable[[], AssessmentInfo]:
        return self.workspace.assessment_work(self.old if step is Step.UNDO else self.new)

    def apply(self, step: Step, result: AssessmentInfo) -> None:
        self.workspace.set_assessment(result)

    def refused(self, exc: BaseException) -> BaseException:
        return self.workspace.for_user(exc)


class History(QObject):
    """The undo history of the open assessment (cleared when another one opens)."""

    changed = Signal()  # whether Undo or Redo can be done, or what they would do, changed
    conflicted = Signal(str, object, object, object)  # an item, what was stored, what Undo/Redo wrote, the StaleEdit

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.stack = QUndoStack(self)
        for signal in (self.stack.canUndoChanged, self.stack.canRedoChanged, self.stack.indexChanged):
            signal.connect(self.changed)
        self._steps: deque[Step] = deque()  # Undo and Redo asked for while one is being written
        self._moving = False
        workspace.assessmentOpened.connect(self.clear)

    def push(self, command: Undoable) -> None:
        self.stack.push(command)

    def seal(self) -> None:
        """The last edit takes no more typing: what is typed next is undone on its own."""
        index = self.stack.index()
        command = self.stack.command(index - 1) if index > 0 else None
        if isinstance(command, ResponseEdit):
            command.sealed = True

    def clear(self) -> None:
        self._steps.clear()
        self.stack.clear()

    def undo(self) -> None:
        self._steps.append(Step.UNDO)
        self._move()

    def redo(self) -> None:
        self._steps.append(Step.REDO)
        self._move()

    def _move(self) -> None:
        if not self._moving and self._steps:
            self._moving = True
            self.workspace.writes.submit(partial(self._write, self._steps.popleft()))

    def _write(self, step: Step) -> Write[Any] | None:
        index = self.stack.index()
        at = index - 1 if step is Step.UNDO else index
        command = self.stack.command(at) if 0 <= at < self.stack.count() else None
        if not isinstance(command, Undoable):
            self._moving = False
            self._steps.clear()
            return None
        return Write(command.work(step), partial(self._done, command, step), partial(self._failed, command, step))

    def _shift(self, step: Step) -> None:
        if step is Step.UNDO:
            self.stack.undo()
        else:
            self.stack.redo()

    def _done(self, command: Undoable, step: Step, result: object) -> None:
        what = command.text()
        command.apply(step, result)
        self._shift(step)
        self.workspace.say(
            QCoreApplication.translate("History", "Undone: {what}").format(what=what)
            if step is Step.UNDO
            else QCoreApplication.translate("History", "Redone: {what}").format(what=what)
        )
        self._moving = False
        self._move()

    def _failed(self, command: Undoable, step: Step, exc: BaseException) -> None:
        mapped = self.workspace.for_user(exc)
        if isinstance(mapped, StaleEdit) and isinstance(command, ResponseEdit):
            command.setObsolete(True)
            self._shift(step)
            self._moving = False
            self._steps.clear()
            wrote, stored = (command.old, command.new) if step is Step.UNDO else (command.new, command.old)
            self.conflicted.emit(command.code, stored, wrote, mapped)
            return
        mapped = command.refused(exc)
        if not isinstance(mapped, StoreError):  # refused for good: it leaves the history
            command.setObsolete(True)
            self._shift(step)
        self._moving = False
        self._steps.clear()
        self.workspace.failed.emit(mapped)
