"""Moving evidence files in and out of the database in the background.

Attaching streams each file into the database on a worker thread while a window-modal
progress dialog shows how far it got and offers Cancel; the window keeps painting and
answering throughout. Opening a file writes a checked copy to the data directory first,
also in the background, then hands it to the system's viewer.
"""

from __future__ import annotations

import re
import shutil
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from assess import evidence
from assess.errors import AssessError, Cancelled
from assess.evidence import EvidenceView
from assess.paths import data_dir
from assess.ui import dialogs, tasks
from assess.ui.edits import ResponseEdits
from assess.ui.evidence_edits import EvidenceEdits
from assess.ui.workspace import Workspace

SHOW_AT_ONCE_BYTES = 8 * 1024 * 1024


def opened_dir() -> Path:
    return data_dir() / "opened-evidence"


def clear_opened() -> None:
    """Remove copies handed to viewers in earlier sessions (best effort: a viewer may still hold one)."""
    shutil.rmtree(opened_dir(), ignore_errors=True)


class Attacher(QObject):
    """Attaches a batch of files to an item, one after the other."""

    progressed = Signal(int)  # per mille of the current file
    finished = Signal()

    def __init__(self, workspace: Workspace, edits: ResponseEdits, evidence: EvidenceEdits, window: QWidget) -> None:
        super().__init__(window)
        self.workspace, self.edits, self.evidence = workspace, edits, evidence
        self.window = window
        self._queue: list[Path] = []
        self._total = 0
        self._control: tasks.TaskControl | None = None
        self._dialog: QProgressDialog | None = None
        self._closed = False
        self._code = ""
        self._details = dialogs.FileDetails("", False)
        self._attached = 0  # files attached in this batch

    @property
    def busy(self) -> bool:
        return self._control is not None

    def attach(self, code: str, paths: list[str], details: dialogs.FileDetails) -> None:
        """Check the files at once (a clear message for each that cannot go in), then stream in the others."""
        if self.busy or self.workspace.assessment is None:
            return
        self.edits.save_all()  # nothing may wait to be written while the file streams in
        good: list[Path] = []
        total = 0
        for path in paths:
            try:
                file, size = evidence.check_file(path)
            except AssessError as exc:
                self.workspace.report_failure(exc)
                continue
            good.append(file)
            total += size
        if not good:
            return
        self._code, self._details = code, details
        self._queue, self._total = good, len(good)
        self._dialog = QProgressDialog(self.window)
        self._dialog.setWindowTitle(QCoreApplication.translate("EvidenceFiles", "Attaching evidence"))
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setRange(0, 1000)
        # Large files: the dialog (window-modal) at once, so that no edit waits on the database meanwhile.
        self._dialog.setMinimumDuration(0 if total > SHOW_AT_ONCE_BYTES else 300)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        self._dialog.canceled.connect(self.cancel)
        self._next()

    def _next(self) -> None:
        if not self._queue or self._closed:
            self._finish()
            return
        path = self._queue.pop(0)
        number = self._total - len(self._queue)
        if self._dialog is not None:
            self._dialog.setLabelText(
                QCoreApplication.translate("EvidenceFiles", "Attaching {name} ({number} of {total}) to {code}…").format(
                    name=path.name, number=number, total=self._total, code=self._code
                )
            )
            self._dialog.setValue(0)
        store, aid, code, details = self.workspace.store, self.workspace.assessment_id, self._code, self._details
        assert aid is not None

        def work(control: tasks.TaskControl) -> EvidenceView:
            return evidence.attach_file(
                store,
                aid,
                code,
                path,
                description=details.description,
                sensitive=details.sensitive,
                progress=control.progress,
                cancelled=control.cancelled,
            )

        self._control = tasks.run_task(work, self._done, self._failed, self._progress)

    def _progress(self, done: int, total: int) -> None:
        value = min(1000, done * 1000 // total) if total else 1000
        # Emit first: a modal QProgressDialog's setValue() processes events, which can deliver the
        # later progress and the end of the task before it returns.
        self.progressed.emit(value)
        if self._dialog is not None:
            self._dialog.setValue(value)

    def _done(self, view: EvidenceView) -> None:
        self._control = None
        if self._closed:
            return
        self._attached += 1
        self.evidence.added(view)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self._control = None
        if self._closed:
            return
        if isinstance(exc, Cancelled):
            self._queue.clear()
            self.workspace.say(
                QCoreApplication.translate("EvidenceFiles", "Cancelled: the file being attached was not added.")
            )
        else:
            self.workspace.report_failure(exc)
        self._next()

    def cancel(self) -> None:
        self._queue.clear()
        if self._control is not None:
            self._control.cancel()

    def _finish(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        if self._attached and not self._closed:
            # the files went into SQLite's log without being copied into the database file (see
            # evidence.attach_file): copy them now, in the background, not in the next edit
            store = self.workspace.store
            tasks.run_task(lambda _control: store.checkpoint(), _ignore, self.workspace.report_failure)
        self._attached = 0
        self.finished.emit()

    def shutdown(self) -> None:
        """The window is closing: stop, wait for the worker to roll back, forget the callbacks."""
        self.cancel()
        tasks.wait()
        self._closed = True
        self._control = None
        self._finish()


def open_evidence(workspace: Workspace, view: EvidenceView, parent: QWidget | None = None) -> None:
    """Open a link in the browser, or a checked copy of a file in the system's viewer (saying so when none can).
    Only a web or e-mail link is handed on (a database from before the rule, or another program's, may hold
    others): anything else could open a file or a share, or run a script, and the user is told so."""
    if view.kind == "link":
        try:
            url = evidence.check_link(view.url)
        except AssessError as exc:
            workspace.report_failure(exc)
            return
        if not dialogs.open_external(url):
            _no_viewer(workspace, parent, url, None)
        return
    if view.kind != "file":
        return
    safe = re.sub(r"[\\/:*?\"<>|\x00-\x1f]", "_", Path(view.name).name) or "evidence"
    target = opened_dir() / uuid.uuid4().hex[:8] / safe
    store = workspace.store

    def work(_control: tasks.TaskControl) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        return evidence.save_copy(store, view.id, target)

    def opened(path: Path) -> None:
        if dialogs.open_external(path):
            workspace.say(
                QCoreApplication.translate("EvidenceFiles", "Handed {name} to the system's viewer.").format(
                    name=view.name
                )
            )
        else:
            _no_viewer(workspace, parent, view.name, path)

    workspace.say(QCoreApplication.translate("EvidenceFiles", "Opening {name}…").format(name=view.name))
    tasks.run_task(work, opened, workspace.report_failure)


def _no_viewer(workspace: Workspace, parent: QWidget | None, name: str, copy: Path | None) -> None:
    """Nothing on this computer opens ``name``: say so (and where the checked copy is), never leave "Opening…"."""
    translate = QCoreApplication.translate
    workspace.say(translate("EvidenceFiles", "No program on this computer opened {name}.").format(name=name))
    text = (
        translate(
            "EvidenceFiles",
            "No program on this computer could open {name}. A checked copy is at {path}: open it from there, or "
            "install a program for this kind of file.",
        ).format(name=name, path=copy)
        if copy is not None
        else translate("EvidenceFiles", "No program on this computer could open the link {name}.").format(name=name)
    )
    dialogs.error(parent, translate("EvidenceFiles", "Cannot open the evidence"), text)


def _ignore(_result: object) -> None:
    pass
