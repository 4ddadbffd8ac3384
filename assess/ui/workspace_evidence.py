"""The workspace's evidence work: listing, adding, removing and putting back, each undoable.

A mixin of :class:`assess.ui.workspace.Workspace`, kept apart so that each module has one job.
Removed evidence keeps its stored content (``prune_content=False``) until the assessment is
closed, so that Undo can restore it; :class:`assess.ui.undo.EvidenceRef` follows one piece of
evidence across the new ids each restore gives it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from assess import evidence
from assess.evidence import EvidenceView
from assess.ui import undo

if TYPE_CHECKING:
    from assess.ui.workspace import Workspace


class EvidenceWork:
    def evidence(self: Workspace, code: str) -> list[EvidenceView]:
        if self.assessment is None or code not in self.states:
            return []
        with self.session() as session:
            return evidence.list_for(session, self.assessment.id, code)

    def _evidence_changed(self: Workspace, code: str, delta: int) -> None:
        state = self.states[code]
        count = max(state.response.evidence_count + delta, 0)
        self.states[code] = replace(state, response=replace(state.response, evidence_count=count))
        self.evidenceChanged.emit(code)
        self.responseChanged.emit(code)

    def added(self: Workspace, view: EvidenceView) -> None:
        """Evidence was attached (a file in the background): make it undoable and show it."""
        ref = undo.EvidenceRef(view.id, view)
        self._refs[view.id] = ref
        self.undo_stack.push(
            undo.EvidenceAdded(
                self, ref, QCoreApplication.translate("Workspace", "Add evidence {name}").format(name=view.label)
            )
        )
        self._evidence_changed(view.item_code, +1)
        self.saved.emit(
            QCoreApplication.translate("Workspace", "Saved: {name} added to {code}").format(
                name=view.label, code=view.item_code
            )
        )

    def add_link_or_citation(
        self, code: str, kind: str, target: str, name: str, description: str, sensitive: bool
    ) -> bool:
        assert self.assessment is not None
        add = evidence.add_link if kind == "link" else evidence.add_citation
        aid = self.assessment.id

        def action() -> EvidenceView:
            with self.session() as session:
                return add(session, aid, code, target, name=name, description=description, sensitive=sensitive)

        view: EvidenceView | None = self._guard(action)
        if view is not None:
            self.added(view)
        return view is not None

    def ref(self: Workspace, evidence_id: int) -> undo.EvidenceRef:
        ref = self._refs.get(evidence_id)
        if ref is None:
            ref = self._refs[evidence_id] = undo.EvidenceRef(evidence_id, None)
        return ref

    def detach(self: Workspace, ref: undo.EvidenceRef) -> EvidenceView:
        """Remove evidence, keeping its content for Undo (raises)."""
        with self.session() as session:
            gone = evidence.remove(session, ref.id, prune_content=False)
        self._refs.pop(ref.id, None)
        ref.view = gone
        self._evidence_changed(gone.item_code, -1)
        return gone

    def reattach(self: Workspace, ref: undo.EvidenceRef) -> EvidenceView:
        """Put removed evidence back (raises)."""
        assert self.assessment is not None and ref.view is not None
        with self.session() as session:
            view = evidence.restore(session, self.assessment.id, ref.view)
        ref.id, ref.view = view.id, view
        self._refs[view.id] = ref
        self._evidence_changed(view.item_code, +1)
        return view

    def remove_evidence(self: Workspace, evidence_id: int) -> bool:
        ref = self.ref(evidence_id)
        gone: EvidenceView | None = self._guard(lambda: self.detach(ref))
        if gone is None:
            return False
        self.undo_stack.push(
            undo.EvidenceRemoved(
                self, ref, QCoreApplication.translate("Workspace", "Remove evidence {name}").format(name=gone.label)
            )
        )
        self.saved.emit(
            QCoreApplication.translate("Workspace", "Saved: {name} removed from {code}").format(
                name=gone.label, code=gone.item_code
            )
        )
        return True
