"""Driver for the start-up benchmarks: start a window, note the moment its first paint is done, then quit.

    python benchmarks/_first_paint.py bare          a bare PySide6 window with a tree view (the baseline)
    python benchmarks/_first_paint.py demo          exactly ``assess demo`` (assess.cli.main.main(["demo"]))
    python benchmarks/_first_paint.py open DB       exactly ``assess --db DB`` (opens its last or newest draft)

Both sides are watched the same way, by assess/ui/first_paint.py: the app's own report of its first paints
(``ASSESS_REPORT_FIRST_PAINT=1``, which a bundled ``assess`` honours too), and for the baseline the same
watcher on the bare window. The report line is JSON with ``time.time()`` values; the parent subtracts the
time at which it spawned this process. The window is then closed the ordinary way (so ``assess demo``
deletes its throwaway copy) and the app quits.

Only the standard library, PySide6 and that small module are imported before the mode's own imports, so
the baseline pays for nothing but Python, PySide6 and its window.
"""

from __future__ import annotations

import os
import sys


def bare() -> int:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView

    from assess.ui import first_paint

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

    def painted(first: float | None, content: float | None, shown: QMainWindow) -> None:
        first_paint.report(first, content, shown)
        app.quit()

    watcher = first_paint.watch(app, lambda window: True, painted)
    window.show()
    code = app.exec()
    del watcher
    return code


def assess_app(argv: list[str]) -> int:
    from assess.cli.main import main
    from assess.ui import first_paint

    os.environ[first_paint.VARIABLE] = "1"
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
