"""Evidence added by hand (a link, a legal citation) or removed in the window, each undoable.

Files come in through the attacher (:mod:`assess.ui.evidence_io`), which hands each stored file to
:meth:`EvidenceEdits.added`. Every change is a write in the window's queue (:mod:`assess.ui.writes`).
Removed evidence keeps its stored content (``prune_content=False``) until the assessment is closed, so
that Undo can restore it; an :class:`EvidenceRef` follows one piece of evidence across the new ids
each restore gives it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject

from assess import evidence
from assess.evidence import EvidenceView
from assess.ui.dialogs import FileDetails, LinkOrCitation
from assess.ui.undo import History, Step, Undoable
from assess.ui.workspace import Workspace, check_can_edit
from assess.ui.writes import Write


@dataclass
class EvidenceRef:
    """One piece of evidence across removals and restores (each restore gives it a new id)."""

    id: int
    view: EvidenceView | None


class EvidenceEdits(QObject):
    def __init__(self, workspace: Workspace, history: History, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.history = workspace, history
        self._refs: dict[int, EvidenceRef] = {}
        workspace.assessmentOpened.connect(self._refs.clear)

    def added(self, view: EvidenceView) -> None:
        """Evidence was stored (a file attached in the background, a link or a citation): undoable, and shown."""
        ref = self._refs[view.id] = EvidenceRef(view.id, view)
        self.history.push(
            EvidenceAdded(
                self, ref, QCoreApplication.translate("Workspace", "Add evidence {name}").format(name=view.label)
            )
        )
        self.workspace.count_evidence(view.item_code, +1)
        self.workspace.say(
            QCoreApplication.translate("Workspace", "Saved: {name} added to {code}").format(
                name=view.label, code=view.item_code
            )
        )

    def add(self, code: str, answer: LinkOrCitation) -> None:
        """Add a link or a legal citation to ``code``."""
        ws = self.workspace
        if ws.assessment is None:
            return
        store, aid = ws.store, ws.assessment.id
        add = evidence.add_link if answer.kind == "link" else evidence.add_citation

        def work() -> EvidenceView:
            check_can_edit(store)
            with store.session() as session:
                return add(
                    session,
                    aid,
                    code,
                    answer.target,
                    name=answer.name,
                    description=answer.description,
                    sensitive=answer.sensitive,
                )

        ws.writes.submit(lambda: Write(work, self.added, ws.report_failure))

    def describe(self, view: EvidenceView, details: FileDetails) -> None:
        """Change the description and sensitivity of evidence already added (undoable)."""
        ref = self._refs.get(view.id) or EvidenceRef(view.id, view)
        self._refs[view.id] = ref
        ws = self.workspace
        old = FileDetails(view.description, view.sensitive)
        if old == details:
            return
        ws.writes.submit(
            lambda: Write(self.describe_work(ref, details), partial(self._described, ref, old), ws.report_failure)
        )

    def describe_work(self, ref: EvidenceRef, details: FileDetails) -> Callable[[], EvidenceView]:
        store, evidence_id = self.workspace.store, ref.id

        def work() -> EvidenceView:
            check_can_edit(store)
            with store.session() as session:
                return evidence.describe(
                    session, evidence_id, description=details.description, sensitive=details.sensitive
                )

        return work

    def described(self, ref: EvidenceRef, view: EvidenceView) -> None:
        ref.view = view
        self.workspace.evidenceChanged.emit(view.item_code)
        self.workspace.revealItem.emit(view.item_code)

    def _described(self, ref: EvidenceRef, old: FileDetails, view: EvidenceView) -> None:
        self.described(ref, view)
        new = FileDetails(view.description, view.sensitive)
        text = QCoreApplication.translate("Workspace", "details of {name}").format(name=view.label)
        self.history.push(EvidenceDescribed(self, ref, old, new, text))
        self.workspace.say(QCoreApplication.translate("Workspace", "Saved: {what}").format(what=text))

    def remove(self, evidence_id: int) -> None:
        ref = self._refs.get(evidence_id) or EvidenceRef(evidence_id, None)
        self._refs[evidence_id] = ref
        ws = self.workspace
        ws.writes.submit(lambda: Write(self.detach_work(ref), partial(self._removed, ref), ws.report_failure))

    def _removed(self, ref: EvidenceRef, gone: EvidenceView) -> None:
        self.detached(ref, gone)
        self.history.push(
            EvidenceRemoved(
                self, ref, QCoreApplication.translate("Workspace", "Remove evidence {name}").format(name=gone.label)
            )
        )
        self.workspace.say(
            QCoreApplication.translate("Workspace", "Saved: {name} removed from {code}").format(
                name=gone.label, code=gone.item_code
            )
        )

    # --- the writes Undo and Redo make too ------------------------------------------------------------------

    def detach_work(self, ref: EvidenceRef) -> Callable[[], EvidenceView]:
        """What removes the evidence, keeping its content for Undo."""
        store, evidence_id = self.workspace.store, ref.id

        def work() -> EvidenceView:
            check_can_edit(store)
            with store.session() as session:
                return evidence.remove(session, evidence_id, prune_content=False)

        return work

    def detached(self, ref: EvidenceRef, gone: EvidenceView) -> None:
        self._refs.pop(ref.id, None)
        ref.view = gone
        self.workspace.count_evidence(gone.item_code, -1)

    def reattach_work(self, ref: EvidenceRef) -> Callable[[], EvidenceView]:
        """What puts removed evidence back."""
        assert self.workspace.assessment is not None and ref.view is not None
        store, aid, view = self.workspace.store, self.workspace.assessment.id, ref.view

        def work() -> EvidenceView:
            check_can_edit(store)
            with store.session() as session:
                return evidence.restore(session, aid, view)

        return work

    def reattached(self, ref: EvidenceRef, view: EvidenceView) -> None:
        ref.id, ref.view = view.id, view
        self._refs[view.id] = ref
        self.workspace.count_evidence(view.item_code, +1)


class EvidenceAdded(Undoable):
    def __init__(self, edits: EvidenceEdits, ref: EvidenceRef, text: str) -> None:
        super().__init__(text)
        self.edits, self.ref = edits, ref

    def work(self, step: Step) -> Callable[[], EvidenceView]:
        return self.edits.detach_work(self.ref) if step is Step.UNDO else self.edits.reattach_work(self.ref)

    def apply(self, step: Step, result: EvidenceView) -> None:
        if step is Step.UNDO:
            self.edits.detached(self.ref, result)
        else:
            self.edits.reattached(self.ref, result)
        self.edits.workspace.revealItem.emit(result.item_code)

    def refused(self, exc: BaseException) -> BaseException:
        return self.edits.workspace.for_user(exc)


class EvidenceRemoved(EvidenceAdded):
    def work(self, step: Step) -> Callable[[], EvidenceView]:
        return super().work(Step.REDO if step is Step.UNDO else Step.UNDO)

    def apply(self, step: Step, result: EvidenceView) -> None:
        super().apply(Step.REDO if step is Step.UNDO else Step.UNDO, result)


class EvidenceDescribed(Undoable):
    """The description and sensitivity of evidence, from ``old`` to ``new``."""

    def __init__(self, edits: EvidenceEdits, ref: EvidenceRef, old: FileDetails, new: FileDetails, text: str) -> None:
        super().__init__(text)
        self.edits, self.ref, self.old, self.new = edits, ref, old, new

    def work(self, step: Step) -> Callable[[], EvidenceView]:
        return self.edits.describe_work(self.ref, self.old if step is Step.UNDO else self.new)

    def apply(self, step: Step, result: EvidenceView) -> None:
        self.edits.described(self.ref, result)

    def refused(self, exc: BaseException) -> BaseException:
        return self.edits.workspace.for_user(exc)
