"""Edits of responses made in the window: shown at once, saved in order off the GUI thread, each bound to
the item it was made for.

Choices (a score, N/A, a priority, the institutions, whether there is a target date) are saved the
moment they are made; text (the rationale, the N/A justification, the next action, the technical
assistance, a typed date) after a pause in typing and whenever the user leaves the field or the item.
Every edit carries its assessment and item from the moment it is typed, so nothing can ever move it to
another item. One that fails because the database cannot be written (it is locked, the disk is full,
the server does not answer, or something unforeseen went wrong) is kept with its item, shown there, and
saved as soon as the database can be written again: tried every few seconds, whenever the user moves to
another item, and before anything that needs everything saved (closing, opening another assessment). One
the server refuses because the user's rights were taken away is kept too, and the window turns read-only
for the assessment, saying why (:meth:`Workspace.lose_rights`), until the server says the rights are back
(asked at every try): then it is saved. One refused because a colleague saved the
item meanwhile is settled with the user, both versions side by side (:mod:`assess.ui.conflicts`); one
refused for good (bad input, a final assessment) is dropped with a message, and the window shows what is
stored. Each group of the item page shows its own save state (:meth:`ResponseEdits.state`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum, auto
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from assess.errors import StaleEdit
from assess.responses import ResponseView
from assess.ui import dialogs, errors, timers
from assess.ui.conflicts import Conflicts
from assess.ui.undo import History, ResponseEdit
from assess.ui.workspace import SCORE_FIELDS, Workspace
from assess.ui.writes import Write
from db import PermissionDenied, StoreError

TYPING_PAUSE_MS = 700
RETRY_MS = 5_000

translate = QCoreApplication.translate


class Group(Enum):
    """The groups of the item page, each with its own save state."""

    SCORES = "scores"
    NOTES = "notes"


def groups_of(fields: dict[str, Any]) -> set[Group]:
    return {Group.SCORES if name in SCORE_FIELDS else Group.NOTES for name in fields}


class Status(Enum):
    SAVING = auto()
    SAVED = auto()
    KEPT = auto()  # not saved yet: the database could not be written; kept with its item and tried again
    REFUSED = auto()  # not saved, and it will not be: the window shows what is stored


@dataclass(frozen=True)
class SaveState:
    status: Status
    at: dt.datetime | None = None  # when it was saved (local time)
    reason: str = ""  # why it is kept or was refused, in the user's language


class _Stage(Enum):
    QUEUED = auto()
    SAVING = auto()
    KEPT = auto()


@dataclass(eq=False)
class _Edit:
    assessment_id: int
    code: str
    fields: dict[str, Any]
    stage: _Stage = _Stage.QUEUED
    reason: str = ""


class ResponseEdits(QObject):
    """The edits of responses not saved yet, and how the last saves of each item went."""

    stateChanged = Signal(str)  # the save state of an item's groups changed
    typingHandedOver = Signal(str)  # what was typed for this item is on its way to the database

    def __init__(self, workspace: Workspace, history: History, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.history = workspace, history
        self._unsaved: list[_Edit] = []  # in the order they were made
        self._typing_code: str | None = None
        self._typed: dict[str, Any] = {}
        self._outcomes: dict[tuple[int, str, Group], SaveState] = {}
        self._paused = False  # a save failed for a reason that may pass: the others wait for the next try
        self._failing = False  # the user was told; no message box for every later try
        self._pause = timers.debounce(self, TYPING_PAUSE_MS, self.flush_typing)
        self._retry = timers.debounce(self, RETRY_MS, self.retry)
        self.conflicts = Conflicts(workspace, history, self._add, self)
        history.conflicted.connect(self.conflicts.settle)
        workspace.assessmentOpened.connect(self._opened)

    # --- what the user does ---------------------------------------------------------------------------------

    def typed(self, code: str, fields: dict[str, Any]) -> None:
        """Text being typed for ``code``: saved after a pause in typing, or when the user leaves the field."""
        if self._typing_code not in (None, code):
            self.flush_typing()
        new = bool(fields.keys() - self._typed.keys())
        self._typing_code = code
        self._typed.update(fields)
        self._pause.start()
        if new:
            self.stateChanged.emit(code)

    def forget_typing(self, code: str, names: set[str]) -> None:
        """Drop typing of ``names`` not saved yet (a choice made afterwards overrides it)."""
        if self._typing_code == code:
            for name in names:
                self._typed.pop(name, None)

    def make(self, code: str, fields: dict[str, Any]) -> None:
        """A choice: saved at once, after what was typed before it."""
        self.flush_typing()
        self._add(code, fields)

    def flush_typing(self) -> None:
        self._pause.stop()
        code, fields = self._typing_code, self._typed
        self._typing_code, self._typed = None, {}
        if code is None or not fields:
            return
        self.typingHandedOver.emit(code)
        if code in self.workspace.states and self._expected(code, fields) == fields:
            self.stateChanged.emit(code)  # typed back to what is stored (or soon will be): nothing to save
            return
        self._add(code, fields)

    def end_typing(self) -> None:
        """The user left a text field: what was typed is saved, and the next typing is an undo step of its own."""
        self.flush_typing()
        self.workspace.writes.submit(self._seal)

    def _seal(self) -> None:
        self.history.seal()

    def _expected(self, code: str, fields: dict[str, Any]) -> dict[str, Any]:
        """The values of ``fields`` that ``code`` holds once the edits of it still waiting are saved."""
        values = self.workspace.values(code, fields)
        for edit in self._unsaved:
            if edit.code == code and edit.assessment_id == self.workspace.assessment_id:
                values.update(edit.fields)
        return {name: values.get(name) for name in fields}

    def flush(self) -> None:
        """Save now what is typed, and try again what is kept (the user leaves a field or an item)."""
        self.retry()
        self.flush_typing()

    def save_all(self) -> bool:
        """Save everything now and wait for it (the window keeps painting meanwhile); True when nothing is
        left unsaved."""
        self.flush()
        self.workspace.writes.wait()
        return not self._unsaved

    def discard(self) -> None:
        """Forget every edit not saved (the user chose to lose them)."""
        self._pause.stop()
        self._retry.stop()
        codes = {e.code for e in self._unsaved} | ({self._typing_code} if self._typing_code else set())
        self._unsaved, self._typing_code, self._typed = [], None, {}
        self._paused = self._failing = False
        for code in codes:
            self.stateChanged.emit(code)

    def retry(self) -> None:
        """Try again every edit kept after a failure, in the order they were made. While the server refuses this
        user's changes they stay kept, and the server is asked whether the rights are back; once they are, the
        kept edits are saved."""
        self._retry.stop()
        if not self.workspace.can_edit:
            if self.kept():
                self._retry.start()  # asked again later, unless the answer comes first and saves them
                self.workspace.check_rights(self.retry)
            return
        kept = [e for e in self._unsaved if e.stage is _Stage.KEPT]
        self._paused = False
        for edit in kept:
            edit.stage = _Stage.QUEUED
            self.workspace.writes.submit(self._next)
        for code in dict.fromkeys(e.code for e in kept):
            self.stateChanged.emit(code)

    # --- what the window shows ------------------------------------------------------------------------------

    @property
    def pending(self) -> bool:
        """Whether anything typed or chosen is not saved yet."""
        return bool(self._unsaved or self._typed)

    def unsaved(self, code: str) -> dict[str, Any]:
        """The values of ``code`` the user has typed or chosen and that are not saved yet, newest last."""
        aid = self.workspace.assessment_id
        values: dict[str, Any] = {}
        for edit in self._unsaved:
            if edit.code == code and edit.assessment_id == aid:
                values.update(edit.fields)
        if self._typing_code == code:
            values.update(self._typed)
        return values

    def kept(self) -> list[str]:
        """The items whose edits wait for the database to be writable again."""
        return list(dict.fromkeys(e.code for e in self._unsaved if e.stage is _Stage.KEPT))

    def waiting(self) -> list[str]:
        """The items with an edit not saved yet, for whatever reason (kept, or still being written)."""
        return list(dict.fromkeys(e.code for e in self._unsaved))

    def why_kept(self) -> str:
        """Why the edits kept could not be saved (the last reason given), in the user's language."""
        return next((e.reason for e in reversed(self._unsaved) if e.reason), "")

    def state(self, code: str, group: Group) -> SaveState | None:
        """How the last edit of ``group`` of ``code`` went (None: no edit of it in this session)."""
        aid = self.workspace.assessment_id
        mine = [e for e in self._unsaved if e.code == code and e.assessment_id == aid and group in groups_of(e.fields)]
        kept = next((e for e in mine if e.stage is _Stage.KEPT), None)
        if kept is not None:
            return SaveState(Status.KEPT, reason=kept.reason)
        if mine or (self._typing_code == code and group in groups_of(self._typed)):
            return SaveState(Status.SAVING)
        return self._outcomes.get((aid or 0, code, group))

    @staticmethod
    def describe(code: str, fields: dict[str, Any]) -> str:
        """What an edit changed, as the status bar and the Edit menu say it: "rationale of INT-4"."""
        names = {
            "law": translate("ItemEditor", "scores"),
            "practice": translate("ItemEditor", "scores"),
            "not_applicable": translate("ItemEditor", "N/A"),
            "na_justification": translate("ItemEditor", "N/A"),
            "rationale": translate("ItemEditor", "rationale"),
            "institutions": translate("ItemEditor", "responsible institutions"),
            "priority": translate("ItemEditor", "priority"),
            "target_date": translate("ItemEditor", "target date"),
            "next_action": translate("ItemEditor", "next action"),
            "technical_assistance": translate("ItemEditor", "technical assistance"),
        }
        what = ", ".join(dict.fromkeys(names[f] for f in fields))
        return translate("ItemEditor", "{what} of {code}").format(what=what, code=code)

    # --- saving ---------------------------------------------------------------------------------------------

    def _add(self, code: str, fields: dict[str, Any]) -> None:
        aid = self.workspace.assessment_id
        if aid is None or code not in self.workspace.states:
            return
        self._unsaved.append(_Edit(aid, code, dict(fields)))
        self.stateChanged.emit(code)
        self.workspace.writes.submit(self._next)

    def _next(self) -> Write[ResponseView] | None:
        """The oldest edit waiting, when its turn comes (one turn is queued for each edit that waits)."""
        edit = next((e for e in self._unsaved if e.stage is _Stage.QUEUED), None)
        if edit is None:
            return None
        if edit.assessment_id != self.workspace.assessment_id or edit.code not in self.workspace.states:
            self._unsaved.remove(edit)  # left behind with its assessment, which the user chose to lose
            return None
        if self._paused or not self.workspace.can_edit:
            edit.stage = _Stage.KEPT
            edit.reason = self.workspace.read_only_reason or next((e.reason for e in self._unsaved if e.reason), "")
            self.stateChanged.emit(edit.code)
            return None
        edit.stage = _Stage.SAVING
        work = self.workspace.response_work(edit.code, edit.fields)
        return Write(work, partial(self._saved, edit), partial(self._failed, edit))

    def _saved(self, edit: _Edit, view: ResponseView) -> None:
        if edit not in self._unsaved:  # given up while it was being written (closing after a long wait)
            return
        self._unsaved.remove(edit)
        self._failing = False
        ws = self.workspace
        old = ws.values(edit.code, edit.fields)
        ws.took(view)
        new = ws.values(edit.code, edit.fields)
        what = self.describe(edit.code, edit.fields)
        if new != old:
            self.history.push(ResponseEdit(ws, edit.code, old, new, what))
        self._record(edit, SaveState(Status.SAVED, at=dt.datetime.now()))
        ws.say(QCoreApplication.translate("Workspace", "Saved: {what}").format(what=what))
        if self.kept():  # saving works again: the edits kept meanwhile go now
            self.retry()

    def _failed(self, edit: _Edit, exc: BaseException) -> None:
        if edit not in self._unsaved:
            return
        ws = self.workspace
        mapped = ws.for_user(exc)
        what = self.describe(edit.code, edit.fields)
        if isinstance(mapped, StaleEdit):
            self._settle(edit, mapped)
            return
        if isinstance(mapped, PermissionDenied):
            ws.lose_rights(mapped)  # read-only from now on, saying why: the edits stay kept until the rights are back
        if isinstance(mapped, StoreError) or not isinstance(mapped, errors.USER_ERRORS):
            edit.stage, edit.reason = _Stage.KEPT, errors.text_of(mapped)
            self._paused = True
            self._retry.start()
            self.stateChanged.emit(edit.code)
            ws.say(
                QCoreApplication.translate(
                    "Workspace",
                    "Not saved yet: {what}. The edit stays with {code} and is saved as soon as the database can "
                    "be written.",
                ).format(what=what, code=edit.code)
            )
            if not self._failing:
                self._failing = True
                ws.failed.emit(mapped)
            return
        # Refused for good (bad input, a final assessment).
        self._unsaved.remove(edit)
        ws.responseChanged.emit(edit.code)  # the widgets show what is stored
        reason = errors.text_of(mapped) if isinstance(mapped, errors.USER_ERRORS) else ""
        self._record(edit, SaveState(Status.REFUSED, reason=reason))
        ws.say(QCoreApplication.translate("Workspace", "Not saved: {what}").format(what=what))
        ws.failed.emit(mapped)

    def _settle(self, edit: _Edit, stale: StaleEdit) -> None:
        """Someone else saved the item first: every edit of it still waiting, and what is being typed in it, was
        made on the outdated copy too. They are settled together with the user (assess.ui.conflicts)."""
        code = edit.code
        mine: dict[str, Any] = {}
        for waiting in [e for e in self._unsaved if e.code == code and e.assessment_id == edit.assessment_id]:
            mine.update(waiting.fields)
            self._unsaved.remove(waiting)
        if self._typing_code == code:
            mine.update(self._typed)
            self._pause.stop()
            self._typing_code, self._typed = None, {}
        for group in groups_of(mine):
            self._outcomes.pop((edit.assessment_id, code, group), None)
        self.stateChanged.emit(code)
        set_aside = self.conflicts.settle(code, self.workspace.values(code, mine), mine, stale)
        if set_aside:
            self._record(_Edit(edit.assessment_id, code, mine), SaveState(Status.REFUSED, reason=set_aside))

    def _record(self, edit: _Edit, state: SaveState) -> None:
        for group in groups_of(edit.fields):
            self._outcomes[(edit.assessment_id, edit.code, group)] = state
        self.stateChanged.emit(edit.code)

    def _opened(self) -> None:
        """Another assessment (or the same one read again): edits of any other are gone with it."""
        aid = self.workspace.assessment_id
        self._unsaved = [e for e in self._unsaved if e.assessment_id == aid]
        self._outcomes = {key: state for key, state in self._outcomes.items() if key[0] == aid}
        if not self._unsaved:
            self._retry.stop()
            self._paused = self._failing = False


def saved_or_given_up(parent: QWidget, edits: ResponseEdits, *, closing: bool = False) -> bool:
    """Everything saved before the window leaves the assessment (closing, opening another one); when an edit
    cannot be saved, the user decides whether to go on and lose it. True to go on."""
    if edits.save_all():
        return True
    reason = edits.why_kept()
    go_on = (
        translate("MainWindow", "Close and lose them") if closing else translate("MainWindow", "Go on and lose them")
    )
    if dialogs.confirm(
        parent,
        translate("MainWindow", "Edits not saved"),
        translate(
            "MainWindow",
            "Your edits of {items} could not be saved yet. {reason}\n\nGo on and lose them, or cancel and keep "
            "them until the database can be written?",
        ).format(items=", ".join(edits.waiting()), reason=reason),
        go_on,
    ):
        edits.discard()
        return True
    return False
