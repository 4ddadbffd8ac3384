"""The built bundle's start-up, measured as the source install's is: spawn to the first paint of a usable window.

    .venv/bin/python benchmarks/bench_bundle_start.py [--runs 7]      (after ./run bundle)

For ``assess demo`` and for opening the 2,000-item assessment (benchmarks/_common.py, large_database), each
run spawns, in turn: the bare PySide6 window with a tree view (the baseline, benchmarks/_first_paint.py),
the source install (``_first_paint.py demo`` / ``open DB``) and the bundle's own executable
(``dist/assess/assess demo`` / ``--db DB``). All three report their first paints the same way
(``ASSESS_REPORT_FIRST_PAINT``, assess/ui/first_paint.py): the starting window, and the window with the
items in it (the usable window). Offscreen, warm file cache, the demo template built by an untimed run.
The figure is the bundle's usable window against the bare window; issue 20 asks for at most 3x. Not part
of run_all.py: it needs the bundle built.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    ROOT,
    Result,
    arguments,
    child_env,
    finish,
    fmt_time,
    fresh_copy,
    isolate,
    large_database,
    scratch,
    spawn_to_paint,
    spawn_to_report,
)

sys.path.insert(0, str(ROOT / "packaging"))
import bundle_plan

COMMAND = bundle_plan.command_path(ROOT / "dist", bundle_plan.system())


def measure(name: str, source_mode: list[str], bundle_args: list[str], env: dict[str, str], runs: int) -> Result:
    bundle_env = {**env, "ASSESS_REPORT_FIRST_PAINT": "1"}
    spawn_to_paint(["bare"], env)  # untimed warm-ups; the demo's builds its template in this data directory
    spawn_to_paint(source_mode, env)
    spawn_to_report([str(COMMAND), *bundle_args], bundle_env)
    bare: list[float] = []
    seen: dict[str, list[float]] = {"source start": [], "source usable": [], "bundle start": [], "bundle usable": []}
    items = None
    for _ in range(runs):
        bare.append(spawn_to_paint(["bare"], env)[0])
        for side, argv, side_env in (
            ("source", None, env),
            ("bundle", [str(COMMAND), *bundle_args], bundle_env),
        ):
            first, report = spawn_to_paint(source_mode, side_env) if argv is None else spawn_to_report(argv, side_env)
            if report.get("content_s") is None:
                raise SystemExit(f"{side}: the items were never shown: {report}")
            seen[f"{side} start"].append(first)
            seen[f"{side} usable"].append(report["content_s"])
            items = report.get("items")
    base = statistics.median(bare)
    result = Result(
        key=f"bundle_{name}",
        figure=f"bundle: {' '.join(['assess', *bundle_args[:1]])} spawn to the first paint of the usable window",
        baseline_label="bare PySide6 window with a tree view (source Python), spawn to first paint",
        target="at most 3x (issue 20)",
        target_ratio=3.0,
        baseline_runs=bare,
        measured_runs=seen["bundle usable"],
        extra={"items in the tree": items},
    )
    for label, values in seen.items():
        median = statistics.median(values)
        result.extra[label] = f"median {fmt_time(median)} ({median / base:.2f}x the bare window)"
    return result


def main() -> int:
    args = arguments(__doc__.splitlines()[0], default_runs=7)
    if not COMMAND.exists():
        raise SystemExit(f"no bundle at {COMMAND}: build it with ./run bundle")
    isolate("bundle-build")
    source_db, _ = large_database()
    results = []
    with scratch("bundle-start") as folder:
        (folder / "tmp").mkdir()
        env = child_env(folder / "data", folder / "tmp")
        results.append(measure("demo_start", ["demo"], ["demo"], env, args.runs))
        db = fresh_copy(source_db, folder, "large.sqlite")
        results.append(measure("open_large", ["open", str(db)], ["--db", str(db)], env, args.runs))
    return finish(results, args)


if __name__ == "__main__":
    raise SystemExit(main())
