"""Driver for the start-up benchmarks: start a window, note the moment its first paint is done, then quit.

    python benchmarks/_first_paint.py bare          a bare PySide6 window with a tree view (the baseline)
    python benchmarks/_first_paint.py demo          exactly ``assess demo`` (assess.cli.main.main(["demo"]))
    python benchmarks/_first_paint.py open DB       exactly ``assess --db DB`` (opens its last or newest draft)

An application-wide event filter sees the first paint event of any widget of a main window (for
``assess``: the starting window, assess/ui/launch.py, which the full window replaces once loaded); a
zero-delay timer then fires once that paint pass (the whole window, painted synchronously by Qt's
repaint manager) is done and the event loop is idle again. That moment ("painted") and the same
for the first paint with the assessment's items in the window ("content_painted"; the same moment
unless the window is ever shown before its content is loaded) are printed as JSON ``time.time()``
values; the parent subtracts the time at which it spawned this process. The window is then closed
the ordinary way (so ``assess demo`` deletes its throwaway copy) and the app quits.

Only the standard library is imported before the mode's own imports, so the baseline pays for
nothing but Python, PySide6 and its window.
"""

from __future__ import annotations

import json
import sys
import time


def _watch(app, ready, on_done) -> object:  # type: ignore[no-untyped-def]
    """Watch paints of the main window: note the end of the first one, and of the first with content shown."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow, QWidget

    class Watcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.window: QMainWindow | None = None
            self.first: float | None = None  # first paint pass done
            self.content: float | None = None  # first paint pass done with the content (``ready``) shown
            self.seen_first = self.seen_content = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
                return False
            window = watched.window()
            if not isinstance(window, QMainWindow):
                return False
            if not self.seen_first:
                self.seen_first, self.window = True, window
                QTimer.singleShot(0, self.first_done)
                QTimer.singleShot(60_000, self.finish)  # content never shown: give up after a minute
            if not self.seen_content and ready(window):
                self.seen_content, self.window = True, window
                QTimer.singleShot(0, self.content_done)
            return False

        def first_done(self) -> None:
            self.first = time.time()

        def content_done(self) -> None:
            self.content = time.time()
            self.finish()

        def finish(self) -> None:
            if self.window is not None:
                on_done(self.first, self.content, self.window)
                self.window = None

    watcher = Watcher()
    app.installEventFilter(watcher)
    return watcher


def _report(first: float, content: float | None, window, **extra: object) -> None:  # type: ignore[no-untyped-def]
    report = {"painted": first, "content_painted": content, "title": window.windowTitle(), **extra}
    print(json.dumps(report), flush=True)


def bare() -> int:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    model = QStandardItemModel()
    for n in range(3):
        model.appendRow(QStandardItem(f"Item {n}"))
    tree = QTreeView()
    tree.setModel(model)
    window.setCentralWidget(tree)
    # the size Assess opens at on this screen (assess/ui/launch.py, first_size): 1360 x 860, less on a small one
    window.resize(QSize(1360, 860).boundedTo(app.primaryScreen().availableGeometry().size() * 0.95))

    def painted(first: float, content: float | None, shown) -> None:  # type: ignore[no-untyped-def]
        _report(first, content, shown)
        app.quit()

    watcher = _watch(app, lambda window: True, painted)
    window.show()
    code = app.exec()
    del watcher
    return code


def assess_app(argv: list[str]) -> int:
    import assess.ui.launch as app_module
    from assess.cli.main import main

    original = app_module.application

    def application(*args, **kwargs):  # type: ignore[no-untyped-def]
        app = original(*args, **kwargs)
        if not hasattr(app, "_bench_watcher"):

            def ready(window) -> bool:  # type: ignore[no-untyped-def]
                workspace = getattr(window, "workspace", None)
                return workspace is not None and bool(workspace.states)

            def painted(first: float, content: float | None, shown) -> None:  # type: ignore[no-untyped-def]
                workspace = getattr(shown, "workspace", None)
                states = len(workspace.states) if workspace is not None else 0
                _report(first, content, shown, items=states)
                shown.close()
                app.quit()

            app._bench_watcher = _watch(app, ready, painted)
        return app

    app_module.application = application
    return main(argv)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "bare":
        raise SystemExit(bare())
    if mode == "demo":
        raise SystemExit(assess_app(["demo"]))
    if mode == "open":
        raise SystemExit(assess_app(["--db", sys.argv[2]]))
    raise SystemExit(f"unknown mode {mode!r}")
