"""Two people changed one item: what each wrote, side by side, and what the user keeps; nothing is thrown away.

A save is refused as a :class:`~assess.errors.StaleEdit` when someone else saved the item after the window
read it. The window then has three versions of each field the user changed: as it was read (base), as the
user wrote it (mine) and as the other person saved it (theirs). For each field (the two scores and N/A go
together, as one part):

- the other person did not change it: mine is saved on top of theirs, without asking;
- both wrote the same: nothing to do;
- otherwise it is a conflict, and the user chooses in a dialog (:mod:`assess.ui.conflict_dialog`): keep mine,
  take theirs, or, for a text, merge the two by hand.

What is chosen is saved as a new edit, which Undo takes back to theirs; a part where theirs is taken goes into
the undo history as a step from mine to theirs, so that Edit > Undo brings the user's own text back. An Undo or
Redo refused the same way is settled the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from assess.errors import StaleEdit
from assess.ui import dialogs
from assess.ui.undo import History, ResponseEdit
from assess.ui.workspace import SCORE_FIELDS, Workspace

SCORES = "scores"
TEXTS = frozenset({"rationale", "next_action", "technical_assistance", "na_justification"})

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Part:
    """One field changed both here and by someone else (``key`` "scores" for the scores and N/A together)."""

    key: str
    mine: dict[str, Any]
    theirs: dict[str, Any]

    @property
    def text(self) -> bool:
        """A text, which the user may merge by hand."""
        return self.key in TEXTS


@dataclass(frozen=True)
class Conflict:
    code: str
    by: str  # who saved the other version
    at: dt.datetime | None  # when (UTC, as stored)
    parts: tuple[Part, ...]


Choice = dict[str, dict[str, Any] | None]
"""For each part's key: the values to save (mine, or a text merged by hand), or None to take theirs."""


def parts_of(fields: dict[str, Any]) -> dict[str, list[str]]:
    """The fields of an edit grouped into parts: the score fields together, every other field alone."""
    grouped: dict[str, list[str]] = {}
    for name in fields:
        grouped.setdefault(SCORES if name in SCORE_FIELDS else name, []).append(name)
    if SCORES in grouped:
        grouped[SCORES] = list(SCORE_FIELDS)
    return grouped


def same(a: Any, b: Any) -> bool:
    """Whether two values of a field say the same (texts are stored trimmed, lists as tuples)."""
    if isinstance(a, str) and isinstance(b, str):
        return a.strip() == b.strip()
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return list(a) == list(b)
    return bool(a == b)


class Conflicts(QObject):
    """Settles the conflicts of one window: asks the user, then saves what they keep with ``save``."""

    def __init__(
        self,
        workspace: Workspace,
        history: History,
        save: Callable[[str, dict[str, Any]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.history, self.save = workspace, history, save
        self.window: QWidget | None = None  # the dialog's parent, once the window stands

    def settle(self, code: str, base: dict[str, Any], mine: dict[str, Any], stale: StaleEdit) -> str:
        """``mine`` was refused because someone else saved ``code`` first; ``base`` is what the window held when it
        was made. The window takes what is stored now, then what the user keeps is saved. Returns what to say
        where the edit was made when some of it was set aside for theirs ("" when none was)."""
        ws = self.workspace
        ws.refused(code, stale)
        if code not in ws.states:
            return ""
        theirs_now = ws.values(code, mine)
        base = {**theirs_now, **base}
        automatic: dict[str, Any] = {}
        parts: list[Part] = []
        for key, names in parts_of(mine).items():
            wanted = {n: mine.get(n, base[n]) for n in names}
            theirs = {n: theirs_now[n] for n in names}
            if all(same(wanted[n], theirs[n]) for n in names):
                continue
            if all(same(base[n], theirs[n]) for n in names):  # they did not touch it: mine goes on top of theirs
                automatic.update({n: mine[n] for n in names if n in mine})
                continue
            parts.append(Part(key, wanted, theirs))
        current = stale.current
        by = current.updated_by if current is not None and current.updated_by else ""
        at = current.updated_at if current is not None else None
        chosen: Choice = {}
        said = ""
        if parts:
            answer = dialogs.resolve_conflict(self.window, Conflict(code, by, at, tuple(parts)))
            chosen = answer if answer is not None else dict.fromkeys(part.key for part in parts)
            lost = [part for part in parts if chosen.get(part.key) is None]
            if lost:
                said = self._keep_in_undo(code, lost, by)
        to_save = dict(automatic)
        for values in chosen.values():
            if values is not None:
                to_save.update(values)
        if to_save:
            self.save(code, to_save)
        return said

    def _keep_in_undo(self, code: str, parts: list[Part], by: str) -> str:
        """Theirs was taken for ``parts``: a step from mine to theirs goes into the undo history, so that Edit >
        Undo brings mine back."""
        mine = {n: v for part in parts for n, v in part.mine.items()}
        theirs = {n: v for part in parts for n, v in part.theirs.items()}
        what = translate("Conflicts", "taking {user}'s version of {code}").format(
            user=by or translate("Conflicts", "the other"), code=code
        )
        self.history.push(Settled(self.workspace, code, mine, theirs, what))
        said = translate("Conflicts", "kept {user}'s version of {code}; yours is one Undo away (Edit > Undo).").format(
            user=by or translate("Conflicts", "the other"), code=code
        )
        self.workspace.say(said)
        return said


class Settled(ResponseEdit):
    """Theirs taken over mine: Undo writes mine back. It never merges with the edits next to it, which would lose
    mine from the history."""

    def id(self) -> int:
        return -1
