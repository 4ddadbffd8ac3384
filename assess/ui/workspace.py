"""The open database and the assessment being worked on, as the window sees them.

It keeps the state of every item in memory (read once when an assessment is opened and updated
item by item after each saved edit) and tells the widgets through signals what changed. Nothing it
does waits for the database on the GUI thread: reads go through its :class:`~assess.ui.reads.Reads`
(the views' reads handed back when they come, the reads a command needs awaited while the window goes on
answering), and every change goes through its :class:`~assess.ui.writes.WriteQueue` as a
:class:`~assess.ui.writes.Write` whose work it prepares (:meth:`Workspace.response_work`,
:meth:`Workspace.assessment_work`). Its :class:`~assess.ui.server_state.ServerState` knows whether the
database answers. What the user should read comes out as signals too: a line for the status bar
(``said``) and a problem to show (``failed``).

When the server refuses a change this user could make when the assessment was opened (their rights were
taken away meanwhile, or the assessment was restricted to named editors), the window becomes read-only
for that assessment at once, saying why (:meth:`Workspace.lose_rights`), rather than refusing every edit
that follows one by one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

import framework as fw
from assess import assessments, audit, evidence, frameworks, responses, scoring, server
from assess.assessments import AssessmentInfo
from assess.errors import ReadOnly, StaleEdit
from assess.evidence import EvidenceView
from assess.responses import ResponseView
from assess.scoring import ItemState
from assess.ui import errors
from assess.ui.reads import Reads
from assess.ui.server_state import ServerState
from assess.ui.writes import WriteQueue
from db import Store, StoreError

SCORE_FIELDS = ("law", "practice", "not_applicable", "na_justification")
T = TypeVar("T")


def check_can_edit(store: Store) -> None:
    """Refuse a change to a database the user may only read (the controls are off already)."""
    if not store.can_edit:
        raise ReadOnly(store.read_only_reason or "")


class Workspace(QObject):
    assessmentOpened = Signal()  # another assessment (or none) is open: reload everything
    assessmentChanged = Signal()  # renamed, marked final or reopened
    responseChanged = Signal(str)  # one item's response changed; the cache already holds it
    evidenceChanged = Signal(str)  # one item's evidence changed
    institutionsChanged = Signal()
    said = Signal(str)  # a line for the status bar
    failed = Signal(object)  # a problem the user must read (an exception, already in the user's terms)
    revealItem = Signal(str)  # Undo or Redo changed this item: show it

    def __init__(self, lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store: Store | None = None
        self.lang = lang
        self.assessment: AssessmentInfo | None = None
        self.framework: fw.Framework | None = None
        self.states: dict[str, ItemState] = {}
        self.institutions: list[str] = []
        self._refused: str | None = None  # why the server refused this user's changes to the open assessment
        self._opening = 0  # counts the assessments asked for: an older one arriving late is not shown
        self.server = ServerState(self)
        self.writes = WriteQueue(self, server=self.server, translate=self.for_user)
        self.reads = Reads(self.server, self.for_user, self)

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
        self.server.reset()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A committed session; driver errors come out as messages about the user's database."""
        try:
            with self.store.session() as session:
                yield session
        except Exception as exc:
            mapped = self.for_user(exc)
            if mapped is exc:
                raise
            raise mapped from None

    def for_user(self, exc: BaseException) -> BaseException:
        """``exc`` in the user's terms: a driver error becomes a message about the open database."""
        return errors.for_user(exc, self._store.label if self._store else "")

    def report_failure(self, exc: BaseException) -> None:
        """Tell the user why something was refused (or that something went wrong, logged)."""
        self.failed.emit(self.for_user(exc))

    def say(self, text: str) -> None:
        self.said.emit(text)

    # --- assessments ----------------------------------------------------------------------------------------

    @property
    def assessment_id(self) -> int | None:
        return self.assessment.id if self.assessment else None

    @property
    def can_edit(self) -> bool:
        """Whether this user may change the open assessment (a viewer on a server may only read, and the server
        may have refused this user's changes since it was opened)."""
        return (self._store is None or self._store.can_edit) and self._refused is None

    @property
    def read_only_reason(self) -> str | None:
        """Why the open database may only be read, in one line in the window's language; None when the user may edit."""
        if self.can_edit:
            return None
        reason = self.store.read_only_reason
        return errors.localized(reason) if reason is not None else self._refused or ""

    def lose_rights(self, refusal: BaseException) -> None:
        """The server refused a change (``refusal``, in the user's terms): the open assessment is read-only from
        now on, saying why, until another one is opened."""
        if self._refused is None:
            self._refused = errors.text_of(refusal)
            self.assessmentChanged.emit()

    def check_rights(self, regained: Callable[[], None]) -> None:
        """After a refusal (:meth:`lose_rights`): ask the server, in the background, whether this user may change
        the open assessment again; if so, it is editable again and ``regained`` is called."""
        if self._refused is None or self.assessment is None:
            return
        store, aid = self.store, self.assessment.id

        def read() -> bool:
            with store.session() as session:
                return server.may_change(session, aid)

        def deliver(may: bool) -> None:
            if may and self._refused is not None and self.assessment_id == aid:
                self._refused = None
                self.assessmentChanged.emit()
                regained()

        self.reads.show("rights", read, deliver, lambda _exc: None)  # still refused or unreachable: stays read-only

    @property
    def read_only(self) -> bool:
        """Nothing may be changed: no assessment is open, it is final, or the database may only be read."""
        return self.assessment is None or self.assessment.status == "final" or not self.can_edit

    def read(self, read: Callable[[Session], T]) -> T:
        """``read`` in a session of the open database, run off the GUI thread while the window goes on answering."""
        store = self.store

        def work() -> T:
            with store.session() as session:
                return read(session)

        return self.reads.wait_for(work)

    def list_assessments(self) -> list[AssessmentInfo]:
        return self.read(assessments.list_all)

    def list_frameworks(self) -> list[frameworks.FrameworkInfo]:
        """The frameworks a new assessment may be made on (not those that arrived in packages)."""
        return self.read(lambda session: frameworks.list_frameworks(session, received=False))

    def open(self, assessment_id: int) -> None:
        """Read the assessment and the state of all its items; raises if it cannot be read. Asked for another
        assessment while this one is read, only the later one is shown."""
        self._opening += 1
        asked, lang = self._opening, self.lang

        def read(session: Session) -> tuple[AssessmentInfo, fw.Framework, list[ItemState], list[str], object]:
            record = assessments.get(session, assessment_id)
            info = assessments.info(record)
            framework = frameworks.loaded(record.framework)
            states = scoring.item_states(session, info.id, lang)
            refused = server.editing_refused(session, info.id)
            return info, framework, states, assessments.institutions(session, info.id), refused

        info, framework, states, names, refused = self.read(read)
        if asked != self._opening:
            return
        if self.assessment is not None and self.assessment.id != assessment_id:
            self.close_assessment()
        self.assessment, self.framework = info, framework
        self.states = {s.code: s for s in states}
        self.institutions = names
        self._refused = errors.localized(refused) if refused is not None else None
        self.reads.forget()
        self.assessmentOpened.emit()

    def close_assessment(self) -> None:
        """Forget the assessment; drop file content that only Undo still needed."""
        if self._store is not None and self.assessment is not None and not self.server.failing:
            with contextlib.suppress(Exception):  # pruning is housekeeping; a busy database can do it next time
                self.read(evidence.prune)
        self.assessment, self.framework, self.states, self.institutions = None, None, {}, []
        self._refused = None
        self.reads.forget()
        self.assessmentOpened.emit()

    def close(self) -> None:
        """Close the assessment and the database (the caller has let the writes finish)."""
        if self._store is None:
            return
        self.close_assessment()
        self._store.close()
        self._store = None

    def set_assessment(self, info: AssessmentInfo) -> None:
        """The open assessment as stored after a rename or a change of status."""
        self.assessment = info
        self.assessmentChanged.emit()

    def assessment_work(self, values: dict[str, str]) -> Callable[[], AssessmentInfo]:
        """What renames the open assessment (``values`` holds its names); its status changes through
        :mod:`assess.ui.approval_commands`."""
        assert self.assessment is not None
        store, aid = self.store, self.assessment.id

        def work() -> AssessmentInfo:
            check_can_edit(store)
            with store.session() as session:
                return assessments.rename(session, aid, **values)

        return work

    # --- responses ------------------------------------------------------------------------------------------

    def state(self, code: str) -> ItemState | None:
        return self.states.get(code)

    def item(self, code: str) -> fw.Item | None:
        return self.framework.item(code) if self.framework and self.framework.has(code) else None

    def values(self, code: str, fields: dict[str, Any]) -> dict[str, Any]:
        """The stored values of the fields an edit touches (a score edit may touch all four score fields)."""
        r = self.states[code].response
        names = set(fields)
        if names & set(SCORE_FIELDS):
            names |= set(SCORE_FIELDS)
        return {name: list(r.institutions) if name == "institutions" else getattr(r, name) for name in names}

    def response_work(self, code: str, fields: dict[str, Any]) -> Callable[[], ResponseView]:
        """What saves ``fields`` of one response on the version the window holds now (prepared when the
        write's turn comes, so after the writes before it): :meth:`took` shows what it stored."""
        assert self.assessment is not None
        store, aid, version = self.store, self.assessment.id, self.states[code].response.version
        values = dict(fields)

        def work() -> ResponseView:
            check_can_edit(store)
            return responses.save(store, aid, code, expected_version=version, **values)

        return work

    def took(self, view: ResponseView) -> None:
        """A response as just stored: into the cache, and the widgets told."""
        code = view.item_code
        self.states[code] = replace(self.states[code], response=view)
        known = {n.casefold() for n in self.institutions}
        added = [n for n in view.institutions if n.casefold() not in known]
        if added:
            self.institutions = sorted([*self.institutions, *added], key=str.casefold)
            self.institutionsChanged.emit()
        self.responseChanged.emit(code)

    def refused(self, code: str, exc: BaseException) -> BaseException:
        """A write of ``code`` failed: after a stale edit the cache takes what is stored now; the error in the
        user's terms is returned for the caller to report."""
        mapped = self.for_user(exc)
        if isinstance(mapped, StaleEdit) and code in self.states:
            if mapped.current is not None:
                self.took(mapped.current)
            else:
                self.reload_item(code)
        return mapped

    def reload_item(self, code: str) -> None:
        """Read ``code`` again in the background and show what is stored."""
        assert self.assessment is not None
        store, aid = self.store, self.assessment.id

        def read() -> ResponseView:
            with store.session() as session:
                return responses.get(session, aid, code)

        def took(view: ResponseView) -> None:
            if self.assessment is not None and self.assessment.id == aid and code in self.states:
                self.took(view)

        self.reads.show(f"item {code}", read, took, self._read_failed)

    # --- evidence -------------------------------------------------------------------------------------------

    def show_evidence(self, code: str, deliver: Callable[[list[EvidenceView]], None]) -> None:
        """Read the evidence of ``code`` in the background and hand it to ``deliver`` (not when it cannot be read:
        the window says why)."""
        assessment = self.assessment
        if assessment is None or code not in self.states:
            deliver([])
            return
        store = self.store

        def read() -> list[EvidenceView]:
            with store.session() as session:
                return evidence.for_item(session, assessment.id, code)

        self.reads.show("evidence", read, deliver, self._read_failed)

    def count_evidence(self, code: str, delta: int) -> None:
        """One piece of evidence more (or fewer) on ``code``: the tree, the tab and the list follow."""
        state = self.states[code]
        count = max(state.response.evidence_count + delta, 0)
        self.states[code] = replace(state, response=replace(state.response, evidence_count=count))
        self.evidenceChanged.emit(code)
        self.responseChanged.emit(code)

    # --- reading --------------------------------------------------------------------------------------------

    def show_history(self, code: str, deliver: Callable[[list[audit.Change]], None]) -> None:
        """Read the changes of ``code`` in the background, newest first, and hand them to ``deliver``."""
        assessment = self.assessment
        if assessment is None:
            deliver([])
            return
        store = self.store

        def read() -> list[audit.Change]:
            with store.session() as session:
                return audit.history(session, assessment.id, code)

        self.reads.show("history", read, deliver, self._read_failed)

    def show_overview(self, deliver: Callable[[tuple[scoring.Overview, list[ItemState]]], None]) -> None:
        """Read the overview and the gaps in the background and hand them to ``deliver``."""
        assessment = self.assessment
        if assessment is None:
            return
        store, lang = self.store, self.lang

        def read() -> tuple[scoring.Overview, list[ItemState]]:
            with store.session() as session:
                return scoring.overview(session, assessment.id, lang), scoring.gaps(session, assessment.id, lang=lang)

        self.reads.show("overview", read, deliver, self._read_failed)

    def shown(self, read: Callable[[Session], T], nothing: T) -> T:
        """A read for a view that needs its result at once (the monitoring views, which keep what they read): run
        off the GUI thread as :meth:`read` is, while the window goes on answering; when it fails, ``nothing``, and
        the problem is said as for the other views' reads, not in a message box at every move."""
        try:
            return self.read(read)
        except Exception as exc:  # already in the user's terms (Reads.wait_for)
            self._read_failed(exc)
            return nothing

    def _read_failed(self, mapped: BaseException) -> None:
        """A read for the screen, which follows the user from item to item, failed: a database problem (a lost
        server, rights taken away) is said at the top of the window (ServerState) and in the status bar, not in a
        message box at every move; anything else is reported."""
        if isinstance(mapped, StoreError):
            self.say(errors.text_of(mapped))
        else:
            self.failed.emit(mapped)
