"""What the window does with the judgement of the open assessment: targets, key findings, methodology, approval.

Every change is a write in the window's queue. A change of targets or of a key finding is undoable (Edit > Undo
writes the old value back); approving as final and going back to draft are formal acts recorded in the status
history, so they are not undone but reversed by the other one, with a reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from assess import approval, findings, methodology, scoring, targets
from assess.assessments import AssessmentInfo
from assess.ui import dialogs
from assess.ui.edits import ResponseEdits, saved_or_given_up
from assess.ui.judgement_dialogs import (
    ApprovalDialog,
    ItemTargetDialog,
    MethodologyDialog,
    ReopenDialog,
    TargetChange,
    TargetsDialog,
)
from assess.ui.undo import History, Step, Undoable
from assess.ui.workspace import Workspace, check_can_edit
from assess.ui.writes import Write

translate = QCoreApplication.translate
Targets = dict[str, tuple[int | None, str]]
"""Targets by code (``""``: the assessment's own), as (level, reason); level None: no override."""
Judged = tuple[AssessmentInfo, tuple[scoring.ItemState, ...]]
"""The assessment and its items' states after a change of targets."""


class JudgementCommands(QObject):
    findingChanged = Signal(str)  # the key finding of this scope ("" overall) was stored

    def __init__(self, window: QWidget, workspace: Workspace, edits: ResponseEdits, history: History) -> None:
        super().__init__(window)
        self.window, self.workspace, self.edits, self.history = window, workspace, edits, history

    # --- reading ------------------------------------------------------------------------------------------------

    def finding(self, scope: str) -> str:
        ws = self.workspace
        if ws.assessment is None:
            return ""
        with ws.session() as session:
            found = findings.of_assessment(session, ws.assessment.id)
        return found[scope].text if scope in found else ""

    def _targets(self) -> targets.Targets:
        assert self.workspace.assessment is not None
        with self.workspace.session() as session:
            return targets.of_assessment(session, self.workspace.assessment.id)

    # --- targets ------------------------------------------------------------------------------------------------

    def edit_targets(self) -> None:
        """Assessment > Targets…"""
        ws = self.workspace
        info = ws.assessment
        if info is None or ws.read_only or ws.framework is None:
            return
        try:
            now = self._targets()
        except Exception as exc:
            ws.report_failure(exc)
            return
        codes = [root.code for root in ws.framework.roots() if any(s.pillar == root.code for s in ws.states.values())]
        codes += list(ws.states)
        dialog = TargetsDialog(now, codes, info.scale_min, info.scale_max, self.window)
        if not dialogs.ask(dialog):
            dialog.deleteLater()
            return
        changes = dialog.changes()
        dialog.deleteLater()
        if changes:
            old = {c.code: _current(now, c.code) for c in changes}
            new = {c.code: (c.level, c.reason) for c in changes}
            self._write_targets(old, new, translate("Judgement", "Change the targets"))

    def edit_item_target(self, code: str) -> None:
        """The item page's "Set target…": the item's own target, or none (it inherits)."""
        ws = self.workspace
        info, state = ws.assessment, ws.state(code)
        if info is None or ws.read_only or state is None:
            return
        try:
            now = self._targets()
        except Exception as exc:
            ws.report_failure(exc)
            return
        own = now.overrides.get(code)
        inherited = now.of_parent(ws.framework, code) if ws.framework is not None else now.level
        dialog = ItemTargetDialog(
            code, own.level if own else None, own.reason if own else "", inherited, info.scale_min, info.scale_max,
            self.window,
        )  # fmt: skip
        if not dialogs.ask(dialog):
            dialog.deleteLater()
            return
        answer = dialog.answer()
        dialog.deleteLater()
        new = (answer.level, answer.reason if answer.level is not None else "")
        if new != _current(now, code):
            self._write_targets(
                {code: _current(now, code)}, {code: new}, translate("Judgement", "Set the target of {code}").format(
                    code=code
                ),
            )  # fmt: skip

    def _write_targets(self, old: Targets, new: Targets, text: str) -> None:
        def prepare() -> Write[Judged] | None:
            if self.workspace.assessment is None:
                return None
            return Write(
                self.targets_work(new), partial(self._targets_done, old, new, text), self.workspace.report_failure
            )

        self.workspace.writes.submit(prepare)

    def targets_work(self, wanted: Targets) -> Callable[[], Judged]:
        ws = self.workspace
        assert ws.assessment is not None
        store, aid, lang = ws.store, ws.assessment.id, ws.lang

        def work() -> Judged:
            check_can_edit(store)
            with store.session() as session:
                for code, (level, reason) in wanted.items():
                    codes = (code,) if code else ()
                    targets.set_target(session, aid, level, codes=codes, reason=reason if level is not None else None)
                card = scoring.scorecard(session, aid, lang)
                return card.info, card.states

        return work

    def took_states(self, judged: Judged) -> None:
        """The items' states after a change of targets: those whose target moved are shown again."""
        ws = self.workspace
        info, states = judged
        for state in states:
            before = ws.states.get(state.code)
            ws.states[state.code] = state
            if before is None or (before.target, before.target_from) != (state.target, state.target_from):
                ws.responseChanged.emit(state.code)
        ws.set_assessment(info)

    def _targets_done(self, old: Targets, new: Targets, text: str, judged: Judged) -> None:
        self.took_states(judged)
        self.history.push(TargetsEdit(self, old, new, text))
        self.workspace.say(translate("Judgement", "Saved: the targets"))

    # --- key findings ---------------------------------------------------------------------------------------------

    def write_finding(self, scope: str, old: str, text: str) -> None:
        """Store the key finding of ``scope`` (from the overview or a pillar's page); undoable."""
        if self.workspace.assessment is None or self.workspace.read_only or old == text:
            return

        def prepare() -> Write[str] | None:
            if self.workspace.assessment is None:
                return None
            return Write(
                self.finding_work(scope, text), partial(self._finding_done, scope, old), self.workspace.report_failure
            )

        self.workspace.writes.submit(prepare)

    def finding_work(self, scope: str, text: str) -> Callable[[], str]:
        ws = self.workspace
        assert ws.assessment is not None
        store, aid = ws.store, ws.assessment.id

        def work() -> str:
            check_can_edit(store)
            with store.session() as session:
                found = findings.set_finding(session, aid, text, scope=scope)
            return found.text if found is not None else ""

        return work

    def _finding_done(self, scope: str, old: str, stored: str) -> None:
        self.history.push(FindingEdit(self, scope, old, stored))
        self.findingChanged.emit(scope)
        self.workspace.say(translate("Judgement", "Saved: the key finding"))

    # --- methodology ----------------------------------------------------------------------------------------------

    def edit_methodology(self) -> None:
        ws = self.workspace
        if ws.assessment is None or ws.read_only:
            return
        aid = ws.assessment.id
        try:
            with ws.session() as session:
                now = methodology.of_assessment(session, aid)
        except Exception as exc:
            ws.report_failure(exc)
            return
        dialog = MethodologyDialog(now, self.window)
        if not dialogs.ask(dialog):
            dialog.deleteLater()
            return
        answer: dict[str, Any] = dialog.answer()
        dialog.deleteLater()
        store = ws.store

        def work() -> methodology.Methodology:
            check_can_edit(store)
            with store.session() as session:
                return methodology.set_methodology(session, aid, **answer)

        ws.writes.submit(
            lambda: Write(work, lambda _m: ws.say(translate("Judgement", "Saved: the methodology")), ws.report_failure)
        )

    # --- approval ------------------------------------------------------------------------------------------------

    def approve(self) -> None:
        """Assessment > Approve as final…: the dialog, showing what is missing and asking to confirm if so."""
        ws = self.workspace
        info = ws.assessment
        if info is None or info.status == "final" or not saved_or_given_up(self.window, self.edits):
            return
        try:
            with ws.session() as session:
                found = approval.check(session, info.id)
        except Exception as exc:
            ws.report_failure(exc)
            return
        dialog = ApprovalDialog(info.label, found, dt.date.today(), self.window)
        if not dialogs.ask(dialog):
            dialog.deleteLater()
            return
        given, force = dialog.answer()
        dialog.deleteLater()
        store, aid = ws.store, info.id

        def work() -> AssessmentInfo:
            check_can_edit(store)
            with store.session() as session:
                return approval.mark_final(session, aid, given, force=force)

        self._status(work, translate("Judgement", "Saved: the assessment is approved as final"))

    def reopen(self) -> None:
        """Assessment > Back to draft…: asks why."""
        ws = self.workspace
        info = ws.assessment
        if info is None or info.status != "final":
            return
        dialog = ReopenDialog(info.label, self.window)
        if not dialogs.ask(dialog):
            dialog.deleteLater()
            return
        reason, store, aid = dialog.reason.text(), ws.store, info.id
        dialog.deleteLater()

        def work() -> AssessmentInfo:
            check_can_edit(store)
            with store.session() as session:
                return approval.reopen(session, aid, reason)

        self._status(work, translate("Judgement", "Saved: back to draft"))

    def _status(self, work: Callable[[], AssessmentInfo], said: str) -> None:
        ws = self.workspace

        def done(info: AssessmentInfo) -> None:
            ws.set_assessment(info)
            ws.say(said)

        ws.writes.submit(lambda: Write(work, done, ws.report_failure))


def _current(now: targets.Targets, code: str) -> tuple[int | None, str]:
    if not code:
        return now.level, now.reason
    found = now.overrides.get(code)
    return (found.level, found.reason) if found is not None else (None, "")


class TargetsEdit(Undoable):
    """Targets from ``old`` to ``new``."""

    def __init__(self, commands: JudgementCommands, old: Targets, new: Targets, text: str) -> None:
        super().__init__(text)
        self.commands, self.old, self.new = commands, old, new

    def work(self, step: Step) -> Callable[[], Judged]:
        return self.commands.targets_work(self.old if step is Step.UNDO else self.new)

    def apply(self, step: Step, result: Judged) -> None:
        self.commands.took_states(result)

    def refused(self, exc: BaseException) -> BaseException:
        return self.commands.workspace.for_user(exc)


class FindingEdit(Undoable):
    """The key finding of one scope, from ``old`` to ``new``."""

    def __init__(self, commands: JudgementCommands, scope: str, old: str, new: str) -> None:
        super().__init__(translate("Judgement", "Edit the key finding"))
        self.commands, self.scope, self.old, self.new = commands, scope, old, new

    def work(self, step: Step) -> Callable[[], str]:
        return self.commands.finding_work(self.scope, self.old if step is Step.UNDO else self.new)

    def apply(self, step: Step, result: str) -> None:
        self.commands.findingChanged.emit(self.scope)

    def refused(self, exc: BaseException) -> BaseException:
        return self.commands.workspace.for_user(exc)


__all__ = ["JudgementCommands", "TargetChange"]
