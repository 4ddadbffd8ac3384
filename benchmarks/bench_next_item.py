"""Move to the next item in the 2,000-item assessment: key press to repainted window, against a bare tree view.

    .venv/bin/python benchmarks/bench_next_item.py [--runs 200]

In process, offscreen: the window is opened on a copy of the synthetic assessment the way ``assess``
opens it (assess.ui.app.start), 780 x 700 like tests/ui/test_performance.py, the item tree has the
focus. One move is: QTest.keyClick(tree, Key_Down), which selects the next row and shows its item
(scores, notes, evidence list, history), then the event loop is run until it is idle, which paints
the changed widgets; the same with Ctrl+PgDown (Go > Next item). Every timed move is checked to have
repainted the window. 20 untimed moves warm up first.

Baseline, in the same process and interleaved with the figure (batches of 10 moves in turn, so that other
load on the machine falls on both alike): a bare QMainWindow of the same size holding a QTreeView of
2,100 rows (QStandardItemModel, only PySide6), whose current index moves down one row with the same
QTest.keyClick and the same event-loop runs, checked to repaint. Target (issue 20): median below 10 ms
and below 3x the baseline's median.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    Result,
    arguments,
    finish,
    fmt_time,
    fresh_copy,
    hard_exit,
    isolate,
    large_database,
)


def main() -> int:
    args = arguments(__doc__.splitlines()[0], default_runs=200)
    folder = isolate("next")
    source, _ = large_database()
    db = fresh_copy(source, folder, "large.sqlite")

    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView

    from assess.ui.app import application, start

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    app = application()
    paints = Paints()
    app.installEventFilter(paints)
    window = start(str(db), walkthrough=False)  # the first-run tour would take the focus
    window.resize(780, 700)
    if not QTest.qWaitForWindowExposed(window, 5000):
        raise SystemExit("the window was never exposed")
    window.activateWindow()  # shortcuts (Ctrl+PgDown) and focus need the active window
    if not QTest.qWaitForWindowActive(window, 5000):
        raise SystemExit("the window never became active")
    if len(window.workspace.states) != 2100:
        raise SystemExit(f"opened {len(window.workspace.states)} items, expected 2,100")
    tree = window.navigator.tree
    window.navigator.select("P1-1")
    app.processEvents()
    tree.setFocus()
    app.processEvents()
    if QApplication.focusWidget() is not tree:
        raise SystemExit(f"the tree does not have the focus ({QApplication.focusWidget()})")

    def settle() -> None:
        app.processEvents()
        app.processEvents()

    bare_window = QMainWindow()
    bare_model = QStandardItemModel()
    for n in range(2100):
        bare_model.appendRow(QStandardItem(f"Item {n}: a sub-measure of the framework"))
    bare_tree = QTreeView()
    bare_tree.setModel(bare_model)
    bare_window.setCentralWidget(bare_tree)
    bare_window.resize(780, 700)
    bare_window.show()
    if not QTest.qWaitForWindowExposed(bare_window, 5000):
        raise SystemExit("the bare window was never exposed")
    bare_tree.setCurrentIndex(bare_model.index(0, 0))

    def bare_move() -> tuple[float, int]:
        # the key goes to the tree directly (QTest sends it there): the Assess window keeps the focus throughout
        if bare_tree.currentIndex().row() >= 2099:
            bare_tree.setCurrentIndex(bare_model.index(0, 0))
            settle()
        before, row = Paints.count, bare_tree.currentIndex().row()
        started = time.perf_counter()
        QTest.keyClick(bare_tree, Qt.Key.Key_Down)
        settle()
        seconds = time.perf_counter() - started
        if bare_tree.currentIndex().row() != row + 1:
            raise SystemExit("the bare tree did not move: the baseline is wrong")
        return seconds, Paints.count - before

    def focus_assess() -> None:
        if QApplication.focusWidget() is not tree:
            raise SystemExit(f"the tree does not have the focus ({QApplication.focusWidget()})")

    bare: list[float] = []

    def baseline_batch(count: int = 10) -> None:
        nonlocal unpainted
        for _ in range(count):
            seconds, painted = bare_move()
            bare.append(seconds)
            unpainted += painted == 0
        focus_assess()

    def move() -> tuple[float, int]:
        before, code = Paints.count, window.navigator.current_code()
        started = time.perf_counter()
        QTest.keyClick(tree, Qt.Key.Key_Down)
        settle()
        seconds = time.perf_counter() - started
        if window.navigator.current_code() == code or window.item_page.code != window.navigator.current_code():
            raise SystemExit(f"the arrow key did not move from {code}: the measurement is wrong")
        return seconds, Paints.count - before

    unpainted = 0
    window.activateWindow()  # the bare window was shown after it
    if not QTest.qWaitForWindowActive(window, 5000):
        raise SystemExit("the window never became active again")
    tree.setFocus()
    settle()
    for _ in range(20):
        bare_move()
    focus_assess()
    for _ in range(20):
        move()
    moves: list[float] = []
    first = window.navigator.current_code()
    for n in range(args.runs):
        if n % 10 == 0:
            baseline_batch()
        seconds, painted = move()
        moves.append(seconds)
        unpainted += painted == 0
    last = window.navigator.current_code()

    def shortcut() -> tuple[float, int]:
        before, code = Paints.count, window.navigator.current_code()
        started = time.perf_counter()
        QTest.keyClick(tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        settle()
        seconds = time.perf_counter() - started
        if window.navigator.current_code() == code or window.item_page.code != window.navigator.current_code():
            raise SystemExit(f"Ctrl+PgDown did not move from {code}: the measurement is wrong")
        return seconds, Paints.count - before

    for _ in range(10):
        shortcut()
    steps, first_step = [], window.navigator.current_code()
    for n in range(max(50, args.runs // 2)):
        if n % 10 == 0:
            baseline_batch()
        seconds, painted = shortcut()
        steps.append(seconds)
        unpainted += painted == 0
    last_step = window.navigator.current_code()
    window.close()
    bare_window.close()
    QApplication.processEvents()
    if unpainted:
        raise SystemExit(f"{unpainted} moves repainted nothing: the measurement is wrong")
    if first_step == last_step:
        raise SystemExit("Ctrl+PgDown did not move: the measurement is wrong")

    def spread(values: list[float]) -> str:
        ordered = sorted(values)
        return f"{fmt_time(ordered[int(len(ordered) * 0.9)])} / {fmt_time(ordered[-1])}"

    common = dict(
        baseline_label="bare QTreeView of 2,100 rows moving its current index down, repainted (same process)",
        target="median below 10 ms and below 3x",
        target_ratio=3.0,
        limit_s=0.010,
        baseline_runs=bare,
    )
    arrow = Result(
        key="next_item",
        figure="move to the next item, arrow key in the tree (key press to repainted window)",
        measured_runs=moves,
        extra={
            "moves": f"{len(moves)} (from {first} to {last})",
            "p90 / max": spread(moves),
            "baseline p90 / max": spread(bare),
        },
        **common,  # type: ignore[arg-type]
    )
    menu = Result(
        key="next_item_shortcut",
        figure="move to the next item, Ctrl+PgDown (Navigate > Next item)",
        measured_runs=steps,
        extra={"moves": f"{len(steps)} (from {first_step} to {last_step})", "p90 / max": spread(steps)},
        **common,  # type: ignore[arg-type]
    )
    return finish([arrow, menu], args)


if __name__ == "__main__":
    hard_exit(main())
