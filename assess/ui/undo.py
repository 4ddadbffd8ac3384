"""Undo and Redo: each edit as a QUndoCommand whose undo is the service call that puts the old values back.

An edit is saved before its command is pushed (so a refused edit never enters the stack);
the first ``redo()``, which QUndoStack calls on push, therefore does nothing. A command
whose undo or redo is refused (the assessment was marked final meanwhile, someone else
changed the item) reports why and drops out of the stack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from assess.evidence import EvidenceView

if TYPE_CHECKING:
    from assess.ui.workspace import Workspace

TEXT_FIELDS = frozenset({"rationale", "next_action", "technical_assistance", "na_justification"})
TEXT_EDIT_ID = 1001


@dataclass
class EvidenceRef:
    """One piece of evidence across removals and restores (each restore gives it a new id)."""

    id: int
    view: EvidenceView | None


class _Command(QUndoCommand):
    def __init__(self, workspace: Workspace, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # already done when it was pushed
            self._pushed = True
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.undo_it)

    def _run(self, step: Any) -> None:
        try:
            step()
        except Exception as exc:
            self.setObsolete(True)
            self.workspace.fail(exc)

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class ResponseEdit(_Command):
    """Fields of one response, from ``old`` to ``new``; consecutive edits of one text field merge."""

    def __init__(self, workspace: Workspace, code: str, old: dict[str, Any], new: dict[str, Any], text: str) -> None:
        super().__init__(workspace, text)
        self.code, self.old, self.new = code, old, new

    def _set(self, values: dict[str, Any]) -> None:
        self.workspace.apply(self.code, values)
        self.workspace.revealItem.emit(self.code)

    def do(self) -> None:
        self._set(self.new)

    def undo_it(self) -> None:
        self._set(self.old)

    def _text_field(self) -> str | None:
        names = set(self.new)
        return next(iter(names)) if len(names) == 1 and names <= TEXT_FIELDS else None

    def id(self) -> int:
        return TEXT_EDIT_ID if self._text_field() else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ResponseEdit) or other.code != self.code:
            return False
        if self._text_field() is None or other._text_field() != self._text_field():
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


class AssessmentEdit(_Command):
    """A rename or a change of status of the open assessment."""

    def __init__(self, workspace: Workspace, old: dict[str, str], new: dict[str, str], text: str) -> None:
        super().__init__(workspace, text)
        self.old, self.new = old, new

    def do(self) -> None:
        self.workspace.apply_assessment(**self.new)

    def undo_it(self) -> None:
        self.workspace.apply_assessment(**self.old)


class EvidenceAdded(_Command):
    def __init__(self, workspace: Workspace, ref: EvidenceRef, text: str) -> None:
        super().__init__(workspace, text)
        self.ref = ref

    def do(self) -> None:
        view = self.workspace.reattach(self.ref)
        self.workspace.revealItem.emit(view.item_code)

    def undo_it(self) -> None:
        gone = self.workspace.detach(self.ref)
        self.workspace.revealItem.emit(gone.item_code)


class EvidenceRemoved(EvidenceAdded):
    def do(self) -> None:
        super().undo_it()

    def undo_it(self) -> None:
        super().do()
