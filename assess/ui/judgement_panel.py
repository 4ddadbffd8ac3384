"""The judgement on the screen: a key finding to write (on the overview and each pillar's page) and an item's
target with where it comes from (on the item page)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from assess.scoring import ItemState
from assess.ui import formats
from assess.ui.workspace import Workspace
from framework import pick

translate = QCoreApplication.translate
PAUSE_MS = 1200  # a finding is saved after this pause in typing, and when the field loses focus


class _FindingText(QPlainTextEdit):
    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class FindingEditor(QWidget):
    """The key finding of one scope (``""`` overall, else a pillar): shown, edited, saved after a pause."""

    edited = Signal(str, str, str)  # scope, old text, new text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope: str | None = None
        self.stored = ""
        self.title = QLabel()
        self.title.setObjectName("findingTitle")
        self.text = _FindingText()
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(110)
        self.text.setMinimumHeight(44)  # two lines: the overview must still fit a small window
        self.text.setPlaceholderText(self.tr("What the team concludes, in its own words"))
        self.title.setBuddy(self.text)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.save)
        self.text.textChanged.connect(self._typed)
        self.text.left.connect(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.text)

    def show_finding(self, scope: str | None, title: str, text: str, read_only: bool) -> None:
        """Show the finding of ``scope`` (None: hide the editor)."""
        self.timer.stop()
        self.setVisible(scope is not None)
        self.scope, self.stored = scope, text
        self.title.setText(title)
        self.text.setAccessibleName(title)
        self.text.blockSignals(True)
        self.text.setPlainText(text)
        self.text.blockSignals(False)
        self.text.setReadOnly(read_only)

    def _typed(self) -> None:
        self.timer.start()

    def save(self) -> None:
        self.timer.stop()
        now = self.text.toPlainText().strip()
        if self.scope is None or self.text.isReadOnly() or now == self.stored:
            return
        old, self.stored = self.stored, now
        self.edited.emit(self.scope, old, now)


class TargetBox(QWidget):
    """An item's target in words, its state with the severity of a gap, and a button to set its own target."""

    setTarget = Signal(str)  # the item's code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = ""
        self.label = QLabel()
        self.label.setObjectName("targetNote")
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Set &target…"))
        self.button.clicked.connect(lambda: self.setTarget.emit(self.code))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)  # the note above the button: a wrapped label beside a button overlaps what follows
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)

    def show_state(self, state: ItemState | None, read_only: bool) -> None:
        self.setVisible(state is not None)
        if state is None:
            return
        self.code = state.code
        target = formats.number(state.target)
        if not state.target_from:
            note = self.tr("Target {target} (the assessment's).").format(target=target)
        elif state.target_from == state.code:
            note = self.tr("Target {target}, set for this item: {reason}").format(
                target=target, reason=state.target_reason
            )
        else:
            note = self.tr("Target {target}, set for {code}: {reason}").format(
                target=target, code=state.target_from, reason=state.target_reason
            )
        self.label.setText(f"{note} {state_text(state) if state.severity is None else self.gap_text(state)}")
        self.button.setEnabled(not read_only)

    def gap_text(self, state: ItemState) -> str:
        """A gap's size and severity in words: "Gap of 2 levels: major." (a critical gap's size in Qt's plural
        forms, %n: it is 3 levels or more)."""
        if state.severity == "minor":  # always 1 level
            return self.tr("Gap of 1 level: minor.")
        if state.severity == "major":  # always 2
            return self.tr("Gap of 2 levels: major.")
        return self.tr("Gap of %n levels: critical.", "", state.gap)


def state_text(state: ItemState) -> str:
    """The state in words of an item that is no gap."""
    return {
        "not_scored": translate("Judgement", "Not yet scored."),
        "partly_scored": translate("Judgement", "Partly scored: not judged yet."),
        "meets_target": translate("Judgement", "Meets its target."),
        "not_applicable": translate("Judgement", "Not applicable."),
    }.get(str(state.status), "")


class ItemJudgement(QWidget):
    """What the item page shows of the judgement: an item's target and state, or a pillar's key finding.

    ``finding_of`` (set by the window) reads the key finding of a scope; the signals ask the window to write.
    """

    setTarget = Signal(str)
    findingEdited = Signal(str, str, str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.finding_of: Callable[[str], str] = lambda _scope: ""
        self.target = TargetBox()
        self.target.setTarget.connect(self.setTarget)
        self.finding = FindingEditor()
        self.finding.edited.connect(self.findingEdited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.target)
        layout.addWidget(self.finding)
        workspace.responseChanged.connect(self._changed)
        self.code: str | None = None

    def show_item(self, code: str | None) -> None:
        self.finding.save()
        self.code = code
        ws = self.workspace
        read_only = ws.read_only
        self.target.show_state(ws.state(code) if code else None, read_only)
        item = ws.item(code) if code else None
        pillar = item is not None and item.parent is None and any(s.pillar == item.code for s in ws.states.values())
        if pillar and item is not None:
            title = self.tr("Key finding on {pillar}").format(pillar=pick(item.title, ws.lang) or item.code)
            self.finding.show_finding(item.code, title, self.finding_of(item.code), read_only)
        else:
            self.finding.show_finding(None, "", "", True)

    def _changed(self, code: str) -> None:
        if code == self.code:
            self.target.show_state(self.workspace.state(code), self.workspace.read_only)
