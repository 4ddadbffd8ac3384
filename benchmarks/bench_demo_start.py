"""`assess demo` from spawn to its first painted window, against a bare PySide6 window with a tree view.

    .venv/bin/python benchmarks/bench_demo_start.py [--runs 7] [--cold-runs 2]

Both are whole processes timed from spawn to the end of the first paint (benchmarks/_first_paint.py),
with QT_QPA_PLATFORM=offscreen and a warm file cache. The demo template cache is warm for the
measured runs (built by an untimed first run); "cold" runs, each in a fresh data directory that
must build the template first, are reported separately as information. Target: at most 1.5x.

The same runs give a second figure (issue 20): spawn to the first paint of the window with the demo's
items in its tree (the usable window, after the starting window), against the same bare windows.
Target: at most 3x.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import Result, arguments, child_env, finish, fmt_time, scratch, spawn_to_paint, usable_result


def main() -> int:
    args = arguments(
        __doc__.splitlines()[0],
        default_runs=7,
        more=lambda p: p.add_argument("--cold-runs", type=int, default=2, help="cold runs, information only"),
    )
    cold_runs = args.cold_runs
    with scratch("demo") as folder:
        (folder / "tmp").mkdir()
        env = child_env(folder / "data", folder / "tmp")
        cold = []
        for n in range(cold_runs):
            cold_env = child_env(folder / f"cold{n}", folder / "tmp")
            cold.append(spawn_to_paint(["demo"], cold_env)[0])
        spawn_to_paint(["bare"], env)  # untimed warm-up of both; builds the demo template in this data dir
        _, report = spawn_to_paint(["demo"], env)
        bare, demo, content = [], [], []
        for _ in range(args.runs):
            bare.append(spawn_to_paint(["bare"], env)[0])
            seconds, report = spawn_to_paint(["demo"], env)
            demo.append(seconds)
            content.append(report.get("content_s"))
        leftovers = [p.name for p in (folder / "tmp").iterdir()]
    result = Result(
        key="demo_start",
        figure="`assess demo` start to first painted window (demo template cache warm)",
        baseline_label="bare PySide6 window with a tree view, spawn to first paint",
        target="at most 1.5x",
        target_ratio=1.5,
        baseline_runs=bare,
        measured_runs=demo,
        extra={
            "cold (template built first), information only": ", ".join(fmt_time(v) for v in cold)
            + (f" (median {fmt_time(statistics.median(cold))})" if cold else ""),
            "window": report.get("title"),
        },
        notes=["throwaway demo copies left in TMPDIR: " + (", ".join(leftovers) or "none")],
    )
    result.extra["cold_median_s"] = statistics.median(cold) if cold else None
    usable = usable_result(
        "demo_usable",
        "`assess demo` start to the first paint of the item tree holding rows (usable window)",
        bare,
        content,
    )
    usable.extra["items in the tree"] = report.get("items")
    return finish([result, usable], args)


if __name__ == "__main__":
    raise SystemExit(main())
