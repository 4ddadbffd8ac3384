"""An item's evidence: files, links and legal citations, with size, short hash and a sensitive marker.

Files come in through a dialog or by dragging them onto the item (see :mod:`assess.ui.item_page`);
links and citations through a small form. Opening and removing act on the selected row.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assess.evidence import EvidenceView
from assess.ui import dialogs, file_places, formats, look
from assess.ui.evidence_dialogs import copy_hash
from assess.ui.evidence_edits import EvidenceEdits
from assess.ui.evidence_io import Attacher, open_evidence
from assess.ui.flow_layout import FlowLayout
from assess.ui.workspace import Workspace

DESCRIPTION, SHA, SENSITIVE, ADDED = 1, 4, 5, 6


class EvidencePanel(QWidget):
    def __init__(
        self, workspace: Workspace, evidence: EvidenceEdits, attacher: Attacher, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace, self.evidence, self.attacher = workspace, evidence, attacher
        self.code: str | None = None
        self.rows: list[EvidenceView] = []
        self._shown_code: str | None = None  # the item whose evidence the list shows
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Evidence"))
        self.table.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Description"),
                self.tr("Kind"),
                self.tr("Size"),
                self.tr("SHA-256"),
                self.tr("Sensitive"),
                self.tr("Added"),
            ]
        )
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in range(2, 7):  # short columns: as wide as their header or their widest entry, whatever the font
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemActivated.connect(lambda *_: self.open_selected())
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.add_files = self._button(self.tr("Add &files…"), self.tr("Add evidence files"), self.choose_files)
        self.add_link = self._button(self.tr("Add &link…"), self.tr("Add a link"), lambda: self.ask("link"))
        self.add_citation = self._button(
            self.tr("Add &citation…"), self.tr("Add a legal citation"), lambda: self.ask("citation")
        )
        self.open = self._button(self.tr("&Open"), self.tr("Open the selected evidence"), self.open_selected)
        self.details = self._button(
            self.tr("De&tails…"), self.tr("Details of the selected evidence"), self.edit_selected
        )
        self.remove = self._button(self.tr("&Remove…"), self.tr("Remove the selected evidence"), self.remove_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.buttons = buttons = FlowLayout()  # wraps onto a second row in a narrow pane, large type, long languages
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_files, self.add_link, self.add_citation, self.open, self.details, self.remove):
            buttons.addWidget(button)
        self._fit_height()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        workspace.evidenceChanged.connect(lambda code: self.refresh() if code == self.code else None)
        workspace.assessmentChanged.connect(self.update_buttons)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def show_item(self, code: str | None) -> None:
        self.code = code if code and self.workspace.state(code) else None
        self.refresh()

    def refresh(self) -> None:
        """Read the item's evidence again (in the background: the list fills when it comes; meanwhile the list of
        another item is not left on screen, where Remove could act on it)."""
        code = self.code
        if code != self._shown_code:
            self._fill(code, [])
        if code is not None:
            self.workspace.show_evidence(code, lambda rows: self._fill(code, rows))

    def _fill(self, code: str | None, rows: list[EvidenceView]) -> None:
        if code != self.code:  # the user moved on meanwhile; the evidence of the item shown is read next
            return
        self.rows, self._shown_code = rows, code
        self.table.clear()
        bold = QFont(self.table.font())
        bold.setBold(True)
        kinds = {"file": self.tr("File"), "link": self.tr("Link"), "citation": self.tr("Citation")}
        for view in self.rows:
            row = QTreeWidgetItem(
                [
                    view.label,
                    view.description.replace("\n", " "),
                    kinds.get(view.kind, view.kind),
                    formats.size(view.size) if view.kind == "file" else "",
                    view.short_hash if view.kind == "file" else "",
                    self.tr("Sensitive") if view.sensitive else "",
                    f"{formats.local_date(view.added_at)} · {view.added_by}",
                ]
            )
            if view.sensitive:
                row.setFont(SENSITIVE, bold)
                row.setForeground(SENSITIVE, look.WARNING)
            tip = [view.description, view.url, view.citation, f"SHA-256 {view.sha256}" if view.sha256 else ""]
            row.setToolTip(0, "\n".join(t for t in tip if t) or view.label)
            row.setToolTip(DESCRIPTION, view.description)
            if view.sha256:
                row.setToolTip(SHA, view.sha256)
            row.setToolTip(
                ADDED,
                self.tr("Added on {when} by {who}").format(when=formats.date_time(view.added_at), who=view.added_by),
            )
            self.table.addTopLevelItem(row)
        self._fit_name()
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self.update_buttons()

    def _fit_height(self) -> None:
        """Room for the header and two rows at any type size: the item's splitter never squeezes the list to a
        sliver (seen in presentation mode on a 1280 x 720 projector)."""
        row = self.table.fontMetrics().lineSpacing() + 8
        self.table.setMinimumHeight(row * 3 + 2 * self.table.frameWidth())

    def _fit_name(self) -> None:
        """The name column as wide as its longest name, up to a third of the table."""
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), max(self.table.width() // 3, 160)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """As tall as the list and the rows the buttons take at this width: the splitter above never gives the
        panel less (the buttons would be drawn over the list)."""
        super().resizeEvent(event)
        layout = self.layout()
        around = layout.contentsMargins().top() + layout.contentsMargins().bottom() + 6 if layout is not None else 24
        needed = self.table.minimumHeight() + self.buttons.heightForWidth(max(self.width() - 18, 1)) + around
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_name()
            self._fit_height()
        super().changeEvent(event)

    def selected(self) -> EvidenceView | None:
        row = self.table.currentItem()
        if row is None:
            return None
        index = self.table.indexOfTopLevelItem(row)
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def update_buttons(self) -> None:
        writable = self.code is not None and not self.workspace.read_only
        for button in (self.add_files, self.add_link, self.add_citation):
            button.setEnabled(writable)
        chosen = self.selected()
        self.open.setEnabled(chosen is not None and chosen.kind in ("file", "link"))
        self.details.setEnabled(chosen is not None)
        self.remove.setEnabled(writable and chosen is not None)

    # --- actions --------------------------------------------------------------------------------------------

    def attach(self, paths: list[str]) -> None:
        if not paths or self.code is None or self.workspace.read_only:
            return
        details = dialogs.file_details(self, [Path(p).name for p in paths])
        if details is not None:
            self.attacher.attach(self.code, paths, details)

    def choose_files(self) -> None:
        """Add files…: the dialog starts in the folder files were last attached from, else the user's documents."""
        if self.code is not None and not self.workspace.read_only:
            paths = dialogs.evidence_files(self, file_places.last_folder("evidence"))
            if paths:
                file_places.remember_folder("evidence", Path(paths[0]))
            self.attach(paths)

    def ask(self, kind: str) -> None:
        if self.code is None or self.workspace.read_only:
            return
        answer = dialogs.link_or_citation(self, kind)
        if answer is not None:
            self.evidence.add(self.code, answer)

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            open_evidence(self.workspace, chosen, self)

    def edit_selected(self) -> None:
        """Details…: the evidence in full, its description and sensitivity changed if the user may."""
        chosen = self.selected()
        if chosen is None:
            return
        details = dialogs.evidence_details(self, chosen)
        if details is not None and not self.workspace.read_only:
            self.evidence.describe(chosen, details)

    def copy_selected_hash(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.sha256:
            copy_hash(chosen)
            self.workspace.say(self.tr("Copied the SHA-256 of {name}").format(name=chosen.label))

    def _context_menu(self, at: QPoint) -> None:
        row = self.table.itemAt(at)
        if row is None:
            return
        self.table.setCurrentItem(row)
        chosen = self.selected()
        menu = QMenu(self)
        for action, enabled in (
            (menu.addAction(self.tr("&Open"), self.open_selected), self.open.isEnabled()),
            (menu.addAction(self.tr("De&tails…"), self.edit_selected), True),
            (
                menu.addAction(self.tr("&Copy SHA-256"), self.copy_selected_hash),
                chosen is not None and bool(chosen.sha256),
            ),
            (menu.addAction(self.tr("&Remove…"), self.remove_selected), self.remove.isEnabled()),
        ):
            action.setEnabled(enabled)
        menu.exec(self.table.viewport().mapToGlobal(at))
        menu.deleteLater()

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or self.workspace.read_only:
            return
        title = QCoreApplication.translate("EvidencePanel", "Remove evidence")
        text = self.tr("Remove {name} from {code}? You can undo this with Edit > Undo.").format(
            name=chosen.label, code=chosen.item_code
        )
        if dialogs.confirm(self, title, text, self.tr("Remove")):
            self.evidence.remove(chosen.id)
