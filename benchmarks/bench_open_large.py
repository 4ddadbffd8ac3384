"""Open an assessment of 2,000 items with 5,000 evidence records, spawn to first paint, against the bare window.

    .venv/bin/python benchmarks/bench_open_large.py [--runs 5]

The synthetic assessment (benchmarks/_common.py: 5 pillars x 20 measures x 20 sub-measures, 2,100
assessable items, 85% scored with notes, 5,000 evidence records of which 1,000 files) is built once
and cached in the temporary directory. The figure is exactly ``assess --db COPY`` (it opens the
newest draft, the synthetic one) from spawn to the end of the window's first paint; the baseline is
the bare PySide6 window with a tree view (benchmarks/_first_paint.py), both offscreen with a warm
file cache. Target: at most 2x.

The same runs give a second figure (issue 20): spawn to the first paint of the window with the 2,100 items
in its tree (the usable window, after the starting window), against the same bare windows. Target: at most 3x.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    Result,
    arguments,
    child_env,
    finish,
    fresh_copy,
    isolate,
    large_database,
    scratch,
    spawn_to_paint,
    usable_result,
)


def main() -> int:
    args = arguments(__doc__.splitlines()[0], default_runs=5)
    isolate("open-build")
    source, _ = large_database()
    with scratch("open") as folder:
        (folder / "tmp").mkdir()
        db = fresh_copy(source, folder, "large.sqlite")
        env = child_env(folder / "data", folder / "tmp")
        spawn_to_paint(["bare"], env)  # untimed warm-up of both
        _, report = spawn_to_paint(["open", str(db)], env)
        if report.get("items") != 2100:
            raise SystemExit(f"the window opened {report.get('items')} items, expected 2,100: {report}")
        bare, opened, content = [], [], []
        for _ in range(args.runs):
            bare.append(spawn_to_paint(["bare"], env)[0])
            seconds, report = spawn_to_paint(["open", str(db)], env)
            opened.append(seconds)
            content.append(report.get("content_s"))
    result = Result(
        key="open_large",
        figure="open an assessment of 2,000 items and 5,000 evidence records, spawn to first paint",
        baseline_label="bare PySide6 window with a tree view, spawn to first paint",
        target="at most 2x",
        target_ratio=2.0,
        baseline_runs=bare,
        measured_runs=opened,
        extra={"window": report.get("title"), "items in the tree": report.get("items")},
    )
    usable = usable_result(
        "open_large_usable",
        "open the 2,000-item assessment, spawn to the first paint of the item tree holding rows (usable window)",
        bare,
        content,
    )
    usable.extra["items in the tree"] = report.get("items")
    return finish([result, usable], args)


if __name__ == "__main__":
    raise SystemExit(main())
