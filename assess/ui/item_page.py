"""One item on screen: what it says, its scores and notes, and below them its evidence and history.

Files dragged from the file manager anywhere onto the page are attached to the item.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from assess.ui.edits import ResponseEdits
from assess.ui.evidence_edits import EvidenceEdits
from assess.ui.evidence_io import Attacher
from assess.ui.evidence_panel import EvidencePanel
from assess.ui.history_view import HistoryView
from assess.ui.item_editor import ItemEditor
from assess.ui.item_header import ItemHeader
from assess.ui.judgement_panel import ItemJudgement
from assess.ui.workspace import Workspace
from framework import pick


class ItemPage(QWidget):
    linkActivated = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        edits: ResponseEdits,
        evidence: EvidenceEdits,
        attacher: Attacher,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.code: str | None = None
        self.setAcceptDrops(True)
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.banner.setMargin(8)
        self.header = ItemHeader(workspace)
        self.header.linkActivated.connect(self.linkActivated)
        self.context = QLabel()
        self.context.setObjectName("contextNote")
        self.context.setWordWrap(True)
        self.context.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.editor = ItemEditor(workspace, edits)
        self.judgement = ItemJudgement(workspace)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.header)
        column.addWidget(self.context)
        column.addWidget(self.judgement)
        column.addWidget(self.editor)
        column.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(body)
        self.scroller.setAccessibleName(self.tr("The item, its scores and notes"))
        self.evidence = EvidencePanel(workspace, evidence, attacher)
        self.history = HistoryView(workspace)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.evidence, self.tr("&Evidence"))
        self.tabs.addTab(self.history, self.tr("&History"))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("itemSplitter")
        self.splitter.addWidget(self.scroller)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        workspace.assessmentChanged.connect(self._update_banner)
        workspace.assessmentOpened.connect(self._update_banner)
        workspace.responseChanged.connect(self._count_changed)
        self._update_banner()

    def show_item(self, code: str | None) -> None:
        self.code = code
        self.header.show_item(code or "")
        self.editor.show_item(code)
        self.judgement.show_item(code)
        self.evidence.show_item(code)
        self.history.show_item(code)
        state = self.workspace.state(code) if code else None
        item = self.workspace.item(code) if code else None
        note = ""
        if not code and self.workspace.states:
            note = self.tr("No item matches the filters. Clear them (or choose All items) to see every item.")
        elif item is not None and state is None:
            addressee = (
                self.workspace.framework.addressees.get(item.addressee or "") if self.workspace.framework else None
            )
            if addressee is not None and item.addressee != "states":
                note = self.tr("Addressed to {who}: shown as context, not scored as a national measure.").format(
                    who=pick(addressee, self.workspace.lang) or item.addressee
                )
            else:
                note = self.tr("Context: this part of the framework is not scored. Its items are in the tree.")
        self.context.setText(note)
        self.context.setVisible(bool(note))
        self.tabs.setVisible(state is not None)
        self._count_changed(code or "")
        self.scroller.verticalScrollBar().setValue(0)

    def _count_changed(self, code: str) -> None:
        if code != self.code:
            return
        state = self.workspace.state(code)
        count = state.response.evidence_count if state else 0
        self.tabs.setTabText(0, self.tr("&Evidence ({count})").format(count=count) if count else self.tr("&Evidence"))

    def _update_banner(self) -> None:
        final = self.workspace.assessment is not None and self.workspace.assessment.status == "final"
        self.banner.setVisible(final)
        self.banner.setText(
            self.tr(
                "This assessment is final, so it is read-only. To change it, take it back to draft: "
                "Assessment > Back to draft."
            )
        )
        self.editor.apply_read_only()
        self.evidence.update_buttons()
        self.setAcceptDrops(not final)

    # --- dropping files -------------------------------------------------------------------------------------

    def _files(self, event: QDropEvent) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        return paths if len(paths) == len(mime.urls()) else []

    def _offer(self, event: QDragMoveEvent) -> None:
        if self._files(event) and self.workspace.state(self.code or "") is not None and not self.workspace.read_only:
            event.acceptProposedAction()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._offer(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._offer(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._files(event)
        if paths:
            event.acceptProposedAction()
            self.evidence.attach(paths)
