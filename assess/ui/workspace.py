"""The open database and the assessment being worked on, as the window sees them.

It keeps the state of every item in memory (read once when an assessment is opened and
updated item by item after each edit), calls the services for every change, turns every
change into an undoable command, and tells the widgets through signals what changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

import framework as fw
from assess import assessments, audit, evidence, frameworks, responses, scoring
from assess.assessments import AssessmentInfo
from assess.errors import ReadOnly, StaleEdit
from assess.scoring import ItemState
from assess.ui import errors, undo
from assess.ui.workspace_evidence import EvidenceWork
from db import Store, StoreError

SCORE_FIELDS = ("law", "practice", "not_applicable", "na_justification")


class Workspace(QObject, EvidenceWork):
    assessmentOpened = Signal()  # another assessment (or none) is open: reload everything
    assessmentChanged = Signal()  # renamed, marked final or reopened
    responseChanged = Signal(str)  # one item's response changed; the cache already holds it
    evidenceChanged = Signal(str)  # one item's evidence changed
    institutionsChanged = Signal()
    saved = Signal(str)  # a line for the status bar
    revealItem = Signal(str)  # Undo or Redo changed this item: show it

    def __init__(self, lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store: Store | None = None
        self.lang = lang
        self.assessment: AssessmentInfo | None = None
        self.framework: fw.Framework | None = None
        self.states: dict[str, ItemState] = {}
        self.institutions: list[str] = []
        self.undo_stack = QUndoStack(self)
        self.report: Callable[[BaseException], None] = lambda exc: None
        self.flush_edits: Callable[[], object] = lambda: None  # saves what the user is typing (set by the window)
        self._refs: dict[int, undo.EvidenceRef] = {}
        self.last_error: BaseException | None = None

    # --- the database ---------------------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        assert self._store is not None, "no database is open"
        return self._store

    @property
    def has_store(self) -> bool:
        return self._store is not None

    def use_store(self, store: Store) -> None:
        """Work in ``store`` from now on (the previous database is closed first)."""
        self.close()
        self._store = store

    # --- sessions -------------------------------------------------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A committed session; driver errors come out as messages about the user's database."""
        with self.mapped_errors(), self.store.session() as session:
            yield session

    @contextmanager
    def mapped_errors(self) -> Iterator[None]:
        """Driver errors raised inside come out as messages about the user's database."""
        try:
            yield
        except Exception as exc:
            mapped = errors.for_user(exc, self.store.label)
            if mapped is exc:
                raise
            raise mapped from None

    def fail(self, exc: BaseException) -> None:
        """Tell the user why something was refused (or log a bug); remember it for the caller."""
        self.last_error = errors.for_user(exc, self._store.label if self._store else "")
        self.report(self.last_error)

    def _guard(self, action: Callable[[], Any]) -> Any:
        self.last_error = None
        try:
            return action()
        except Exception as exc:
            self.fail(exc)
            return None

    # --- assessments ----------------------------------------------------------------------------------------

    @property
    def assessment_id(self) -> int | None:
        return self.assessment.id if self.assessment else None

    @property
    def can_edit(self) -> bool:
        """Whether the open database lets this user change anything (a viewer on a server may only read)."""
        return self._store is None or self._store.can_edit

    @property
    def read_only_reason(self) -> str | None:
        """Why the open database may only be read, in one line in the window's language; None when the user may edit."""
        if self.can_edit:
            return None
        reason = self.store.read_only_reason
        return errors.localized(reason) if reason is not None else ""

    @property
    def read_only(self) -> bool:
        """Nothing may be changed: no assessment is open, it is final, or the database may only be read."""
        return self.assessment is None or self.assessment.status == "final" or not self.can_edit

    def check_can_edit(self) -> None:
        """Refuse a change to a database the user may only read (the controls are off already)."""
        if not self.can_edit:
            raise ReadOnly(self.read_only_reason or "")

    def list_assessments(self) -> list[AssessmentInfo]:
        with self.session() as session:
            return assessments.list_all(session)

    def list_frameworks(self) -> list[frameworks.FrameworkInfo]:
        with self.session() as session:
            return frameworks.list_frameworks(session)

    def open(self, assessment_id: int) -> None:
        """Read the assessment and the state of all its items; raises if it cannot be read."""
        if self.assessment is not None and self.assessment.id != assessment_id:
            self.close_assessment()
        with self.session() as session:
            record = assessments.get(session, assessment_id)
            info = assessments.info(record)
            framework = frameworks.loaded(record.framework)
            states = scoring.item_states(session, info.id, self.lang)
            names = assessments.institutions(session, info.id)
        self.assessment, self.framework = info, framework
        self.states = {s.code: s for s in states}
        self.institutions = names
        self._refs.clear()
        self.undo_stack.clear()
        self.assessmentOpened.emit()

    def close_assessment(self) -> None:
        """Forget the assessment; drop file content that only Undo still needed."""
        self.undo_stack.clear()
        self._refs.clear()
        if self._store is not None and self.assessment is not None:
            try:
                with self.session() as session:
                    evidence.prune(session)
            except Exception:  # pruning is housekeeping; a busy database can do it next time
                pass
        self.assessment, self.framework, self.states, self.institutions = None, None, {}, []
        self.assessmentOpened.emit()

    def close(self) -> None:
        """Close the assessment and the database."""
        if self._store is None:
            return
        self.close_assessment()
        self._store.close()
        self._store = None

    def create(self, **fields: Any) -> AssessmentInfo | None:
        def action() -> AssessmentInfo:
            self.check_can_edit()
            with self.session() as session:
                return assessments.create(session, **fields)

        info: AssessmentInfo | None = self._guard(action)
        if info is not None:
            self.open(info.id)
            self.saved.emit(QCoreApplication.translate("Workspace", "Created {label}").format(label=info.label))
        return info

    def apply_assessment(self, status: str | None = None, **names: str) -> None:
        """Rename or change the status (raises); used directly by Undo and Redo."""
        assert self.assessment is not None
        self.check_can_edit()
        with self.session() as session:
            if status is not None:
                info = assessments.set_status(session, self.assessment.id, status)
            else:
                info = assessments.rename(session, self.assessment.id, **names)
        self.assessment = info
        self.assessmentChanged.emit()

    def rename(self, country: str, title: str, period: str) -> bool:
        current = self.assessment
        assert current is not None
        old = {"country": current.country, "title": current.title, "period": current.period}
        new = {"country": country, "title": title, "period": period}
        if self._guard(lambda: self.apply_assessment(**new) or True) is None:
            return False
        self.undo_stack.push(
            undo.AssessmentEdit(self, old, new, QCoreApplication.translate("Workspace", "Rename the assessment"))
        )
        self.saved.emit(
            QCoreApplication.translate("Workspace", "Saved: the assessment is now called {label}").format(
                label=self.assessment.label
            )
        )
        return True

    def set_status(self, status: str) -> bool:
        assert self.assessment is not None
        old = self.assessment.status
        if old == status or self._guard(lambda: self.apply_assessment(status=status) or True) is None:
            return False
        text = (
            QCoreApplication.translate("Workspace", "Mark the assessment final")
            if status == "final"
            else QCoreApplication.translate("Workspace", "Reopen the assessment as a draft")
        )
        self.undo_stack.push(undo.AssessmentEdit(self, {"status": old}, {"status": status}, text))
        self.saved.emit(
            QCoreApplication.translate("Workspace", "Saved: the assessment is final")
            if status == "final"
            else QCoreApplication.translate("Workspace", "Saved: reopened as a draft")
        )
        return True

    # --- responses ------------------------------------------------------------------------------------------

    def state(self, code: str) -> ItemState | None:
        return self.states.get(code)

    def item(self, code: str) -> fw.Item | None:
        return self.framework.item(code) if self.framework and self.framework.has(code) else None

    def old_values(self, code: str, fields: dict[str, Any]) -> dict[str, Any]:
        """The current values of the fields an edit will touch (a score edit may touch all four score fields)."""
        r = self.states[code].response
        current = {
            "law": r.law,
            "practice": r.practice,
            "not_applicable": r.not_applicable,
            "na_justification": r.na_justification,
            "rationale": r.rationale,
            "institutions": list(r.institutions),
            "priority": r.priority,
            "target_date": r.target_date,
            "next_action": r.next_action,
            "technical_assistance": r.technical_assistance,
        }
        names = set(fields)
        if names & set(SCORE_FIELDS):
            names |= set(SCORE_FIELDS)
        return {name: current[name] for name in names}

    def apply(self, code: str, fields: dict[str, Any], expected: bool = True) -> None:
        """Save ``fields`` of one response through the service and update the cache (raises)."""
        assert self.assessment is not None
        self.check_can_edit()
        state = self.states[code]
        version = state.response.version if expected else None
        try:
            with self.mapped_errors():
                view = responses.save(self.store, self.assessment.id, code, expected_version=version, **fields)
        except StaleEdit:
            self.reload_item(code)
            raise
        self.states[code] = replace(state, response=view)
        if "institutions" in fields:
            known = {n.casefold() for n in self.institutions}
            added = [n for n in view.institutions if n.casefold() not in known]
            if added:
                self.institutions = sorted([*self.institutions, *added], key=str.casefold)
                self.institutionsChanged.emit()
        self.responseChanged.emit(code)

    def edit(self, code: str, fields: dict[str, Any], text: str) -> bool:
        """One edit made in the window: saved at once, undoable; False (and a message) if refused."""
        if code not in self.states:
            return False
        old = self.old_values(code, fields)
        self.last_error = None
        try:
            self.apply(code, fields)
        except Exception as exc:
            self.fail(exc)
            if not isinstance(self.last_error, StoreError):
                self.responseChanged.emit(code)  # the widgets show what is stored
            else:
                self.saved.emit(
                    QCoreApplication.translate(
                        "Workspace", "Not saved: the database could not be written. The edit is kept and tried again."
                    )
                )
            return False
        new = self.old_values(code, fields)
        if new != old:
            self.undo_stack.push(undo.ResponseEdit(self, code, old, new, text))
            self.saved.emit(QCoreApplication.translate("Workspace", "Saved: {what}").format(what=text))
        return True

    def reload_item(self, code: str) -> None:
        assert self.assessment is not None
        with self.session() as session:
            view = responses.get(session, self.assessment.id, code)
        self.states[code] = replace(self.states[code], response=view)
        self.responseChanged.emit(code)

    # --- reading --------------------------------------------------------------------------------------------

    def history(self, code: str | None) -> list[audit.Change]:
        if self.assessment is None:
            return []
        with self.session() as session:
            return audit.history(session, self.assessment.id, code)

    def overview(self) -> tuple[scoring.Overview, list[ItemState]]:
        assert self.assessment is not None
        with self.session() as session:
            return scoring.overview(session, self.assessment.id, self.lang), scoring.gaps(
                session, self.assessment.id, lang=self.lang
            )

    # --- undo -----------------------------------------------------------------------------------------------

    def undo(self) -> None:
        self.flush_edits()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush_edits()
        self.undo_stack.redo()
