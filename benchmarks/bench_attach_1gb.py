"""Attach a 1 GiB evidence file against ``sha256sum`` of the same file; time and peak memory growth.

    .venv/bin/python benchmarks/bench_attach_1gb.py [--runs 3] [--size-mb 1024]

The file (1 GiB of os.urandom bytes, incompressible like a scanned PDF or a video) is written to a
temporary folder and deleted afterwards; an untimed ``sha256sum`` first puts it in the page cache,
so both sides read it from memory. Figure: ``assess.evidence.attach_file(store, id, item, file, progress=..., cancelled=...)``
as the window calls it (1 MiB chunks, one transaction, the default 1,024 MB size limit) into a fresh copy of a small database (one assessment on the
built-in framework), in a fresh subprocess per run: the store is opened first, then RSS is read
(/proc/self/status VmRSS), the attach is timed, and the peak RSS (getrusage ru_maxrss) minus the
RSS before is the peak memory growth. Baseline: the wall time of the ``sha256sum FILE`` process.
Runs alternate. Target: at most 2x the time, peak memory growth under 64 MB.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    PYTHON,
    Result,
    arguments,
    check_free_space,
    child_env,
    finish,
    fmt_time,
    peak_rss_kb,
    rss_now_kb,
    run_json,
    scratch,
    wall_of,
    write_random_file,
)

LIMIT_MB = 64


def child(db: str, file: str) -> None:
    """In a fresh process: attach ``file`` to the first item of assessment 1 in ``db``; print time and memory."""
    from assess import evidence
    from db import open_store

    store = open_store(db)
    before = rss_now_kb()
    started = time.perf_counter()
    # as the window calls it (assess/ui/evidence_io.py): the default size limit, a progress and a cancel callback
    view = evidence.attach_file(store, 1, "PROS-1.i", file, progress=lambda done, total: None, cancelled=lambda: False)
    seconds = time.perf_counter() - started
    peak = peak_rss_kb()
    store.close()
    print(json.dumps({"seconds": seconds, "rss_before_kb": before, "peak_kb": peak, "size": view.size}))


def make_template(path: Path) -> None:
    from assess import assessments
    from db import open_store

    store = open_store(path)
    with store.session() as session:
        assessments.create(session, country="Testland", title="Attach", period="2026")
    store.close()


def main() -> int:
    args = arguments(
        __doc__.splitlines()[0],
        default_runs=3,
        more=lambda p: p.add_argument("--size-mb", type=int, default=1024, help="file size in MiB (default 1024)"),
    )
    size = args.size_mb * 1024 * 1024
    with scratch("attach") as folder:
        check_free_space(folder, 4 * size + 2**30)
        env = child_env(folder / "data", folder)
        file = folder / "evidence.bin"
        started = time.perf_counter()
        write_random_file(file, size)
        generated = time.perf_counter() - started
        template = folder / "template.sqlite"
        run_json([PYTHON, __file__, "--make-template", str(template)], env)
        wall_of(["sha256sum", str(file)])  # untimed: the file is now in the page cache
        hashes, attaches, growth = [], [], []
        for run in range(args.runs):
            hashes.append(wall_of(["sha256sum", str(file)]))
            db = folder / f"run{run}.sqlite"
            shutil.copyfile(template, db)
            report = run_json([PYTHON, __file__, "--child", str(db), str(file)], env, timeout=1800)
            if report["size"] != size:
                raise SystemExit(f"attached {report['size']} bytes, expected {size}")
            attaches.append(report["seconds"])
            growth.append(max(0, report["peak_kb"] - report["rss_before_kb"]) / 1024)
            stored = db.stat().st_size
            for leftover in folder.glob(f"run{run}.sqlite*"):
                leftover.unlink()
    result = Result(
        key="attach_1gb",
        figure=f"attach a {args.size_mb / 1024:g} GiB evidence file (time; peak RSS growth)",
        baseline_label="`sha256sum` of the same file (warm page cache)",
        target=f"at most 2x time, peak memory growth under {LIMIT_MB} MB",
        target_ratio=2.0,
        baseline_runs=hashes,
        measured_runs=attaches,
        memory_limit_mb=LIMIT_MB,
        memory_growth_mb=growth,
        extra={
            "file": f"{size:,} bytes of os.urandom (generated in {fmt_time(generated)})",
            "database after one attach": f"{stored / 2**20:,.0f} MiB",
            "throughput (attach / sha256sum)": f"{size / 2**20 / min(attaches):,.0f} / "
            f"{size / 2**20 / min(hashes):,.0f} MiB/s (best runs)",
        },
    )
    return finish(result, args)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
    elif len(sys.argv) > 1 and sys.argv[1] == "--make-template":
        make_template(Path(sys.argv[2]))
        print("{}")
    else:
        raise SystemExit(main())
