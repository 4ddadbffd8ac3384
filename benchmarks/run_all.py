"""Run every benchmark of issues 8 and 20, one after the other, and rewrite docs/benchmarks.md with the results.

    .venv/bin/python benchmarks/run_all.py [--only KEY ...] [--no-doc]

Each benchmark runs alone in its own process (nothing else of ours runs meanwhile) and measures its
baseline in the same run. The results are appended to benchmarks/results.jsonl (the history the
"before and after" table is made from) and the document is rewritten from them, with the machine
description and benchmarks/analysis.md (the profiles of what missed, written by hand) included.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DOC = ROOT / "docs" / "benchmarks.md"
HISTORY = BENCH / "results.jsonl"
ANALYSIS = BENCH / "analysis.md"

SCRIPTS = [
    ("demo_start", "bench_demo_start.py"),
    ("open_large", "bench_open_large.py"),
    ("next_item", "bench_next_item.py"),
    ("save_edit", "bench_save_edit.py"),
    ("pdf_report", "bench_pdf_report.py"),
    ("attach_1gb", "bench_attach_1gb.py"),
    ("package_500mb", "bench_package_500mb.py"),
]
# the built bundle's start-up: run with --bundle (after ./run bundle), not by default
BUNDLE = ("bundle_start", "bench_bundle_start.py")
# figures a script gives besides (or instead of) its own key, with the script's key: shown after it
SECOND_FIGURES = {
    "demo_usable": "demo_start",
    "open_large_usable": "open_large",
    "next_item_shortcut": "next_item",
    "bundle_demo_start": "bundle_start",
    "bundle_open_large": "bundle_start",
}


def script_key(key: str) -> str:
    """The key of the script that measures figure ``key``."""
    return SECOND_FIGURES.get(key, key)


def place(key: str) -> float:
    """Where figure ``key`` goes in the tables: its script's place, a second figure just after it."""
    return [k for k, _ in [*SCRIPTS, BUNDLE]].index(script_key(key)) + (key in SECOND_FIGURES) * 0.5


def cpu_seconds() -> tuple[float, float]:
    """CPU time used so far by the whole machine (/proc/stat) and by our finished subprocesses."""
    import resource

    fields = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields
    machine = (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")
    ours = resource.getrusage(resource.RUSAGE_CHILDREN)
    return machine, ours.ru_utime + ours.ru_stime


def wait_for_quiet(limit: float, threshold: float = 0.25) -> float:
    """Wait (at most ``limit`` seconds) until other processes use less than ``threshold`` cores; the load seen."""
    deadline = time.monotonic() + limit
    while True:
        before, _ = cpu_seconds()
        time.sleep(2)
        after, _ = cpu_seconds()
        load = (after - before) / 2
        if load < threshold or time.monotonic() >= deadline:
            return load


def run(script: str) -> tuple[list[dict[str, Any]], float, str]:
    """Run one benchmark; its results, its wall time and what it printed.

    Each result gets ``other_load``: the CPU time other processes of the machine used meanwhile, in cores
    (a benchmark is only trustworthy when this is near 0; others' test runs on the same machine show here).
    """
    with tempfile.TemporaryDirectory(prefix="assess-bench-run-") as folder:
        out = Path(folder) / "result.json"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached as on a user's machine (see _common.bytecode_env)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "assess-bench-cache" / "pycache")
        started = time.perf_counter()
        machine_before, ours_before = cpu_seconds()
        done = subprocess.run(
            [sys.executable, str(BENCH / script), "--json", str(out)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - started
        machine_after, ours_after = cpu_seconds()
        other_load = max(0.0, (machine_after - machine_before) - (ours_after - ours_before)) / seconds
        printed = "\n".join(line for line in done.stdout.splitlines() if line.strip())
        if done.returncode != 0 or not out.exists():
            error = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
            return [], seconds, f"{printed}\nFAILED: {error}\n{done.stderr[-3000:]}"
        results = json.loads(out.read_text("utf-8"))
        for result in results:
            result["other_load"] = other_load
        return results, seconds, f"{printed}\n    other processes used {other_load:.2f} cores meanwhile"


# --- the machine --------------------------------------------------------------------------------------------------


def _first(path: str, key: str) -> str:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(key):
                return line.split(":", 1)[1].strip() if ":" in line else line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return "unknown"


def _tool_version(argv: list[str], marker: str = "") -> str:
    """The line of ``argv``'s output that names its version (the first line holding ``marker``)."""
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=10)
    except OSError:
        return "not installed"
    text = (done.stdout or done.stderr).strip().splitlines()
    line = next((line.strip() for line in text if marker in line and line.strip()), "unknown")
    return line.split(", by ")[0].split(" by Debian")[0].rstrip(".,")


def machine() -> dict[str, str]:
    import sqlite3

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    probe = (
        "import PySide6, PySide6.QtCore as c, reportlab, sqlalchemy;"
        "print(PySide6.__version__, c.qVersion(), reportlab.Version, sqlalchemy.__version__)"
    )
    versions = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env).stdout.split()
    versions += ["?"] * (4 - len(versions))
    memory_kb = int(_first("/proc/meminfo", "MemTotal").split()[0]) if Path("/proc/meminfo").exists() else 0
    return {
        "CPU": _first("/proc/cpuinfo", "model name"),
        "cores": f"{os.cpu_count()} logical ({len(os.sched_getaffinity(0))} usable by this process)",
        "RAM": f"{memory_kb / 2**20:.1f} GiB",
        "OS": f"{_first('/etc/os-release', 'PRETTY_NAME')}, kernel {platform.release()}",
        "Python": platform.python_version(),
        "PySide6 / Qt": f"{versions[0]} / {versions[1]} (QT_QPA_PLATFORM=offscreen)",
        "SQLite": sqlite3.sqlite_version,
        "SQLAlchemy": versions[3],
        "ReportLab": versions[2],
        "zip / unzip / sha256sum": " · ".join(
            _tool_version(argv, marker)
            for argv, marker in (
                (["zip", "-v"], "This is Zip"),
                (["unzip", "-v"], "UnZip"),
                (["sha256sum", "--version"], ""),
            )
        ),
    }


def commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, text=True
        )
        return head.stdout.strip() + (" + uncommitted changes" if dirty.stdout.strip() else "")
    except OSError:
        return "unknown"


# --- the document -------------------------------------------------------------------------------------------------


def fmt_time(seconds: float) -> str:
    if seconds < 0.001:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s"


def cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def results_table(results: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| figure | baseline | baseline median | measured median | ratio | target | verdict |",
        "|---|---|---:|---:|---:|---|---|",
    ]
    for r in results:
        if r.get("error"):
            lines.append(f"| {cell(r['key'])} | | | | | | ERROR: {cell(r['error'])} |")
            continue
        ratio = f"{r['ratio']:.2f}x"
        memory = ""
        if r.get("memory_limit_mb") is not None:
            memory = f"; peak RSS growth {max(r['memory_growth_mb']):.0f} MB"
        verdict = f"**{r['verdict']}**" if r["verdict"] == "MISS" else r["verdict"]
        lines.append(
            f"| {cell(r['figure'])} | {cell(r['baseline_label'])} | {fmt_time(r['baseline'])} | "
            f"{fmt_time(r['measured'])} | {ratio}{memory} | {cell(r['target'])} | {verdict} |"
        )
    return lines


def details(results: list[dict[str, Any]]) -> list[str]:
    lines: list[str] = []
    for r in results:
        if r.get("error"):
            continue
        load = r.get("other_load")
        busy = f"; other processes used {load:.2f} of the cores meanwhile" if load is not None else ""
        lines.append(
            f"- **{r['key']}** ({len(r['measured_runs'])} measured runs, {len(r['baseline_runs'])} baseline{busy}):"
        )
        for name, value in r.get("extra", {}).items():
            if name.endswith("_s"):
                continue
            lines.append(f"  - {name}: {value}")
        if r.get("memory_growth_mb"):
            shown = ", ".join(f"{m:.1f}" for m in r["memory_growth_mb"])
            limit = r["memory_limit_mb"]
            lines.append(f"  - peak RSS growth per run, as judged against the {limit:.0f} MB limit: {shown} MB")
        for note in r.get("notes", []):
            lines.append(f"  - {note}")
    return lines


def history_table(history: list[dict[str, Any]]) -> list[str]:
    keys = [key for key, _ in SCRIPTS]
    keys += [key for key in SECOND_FIGURES if any(key in h["ratios"] for h in history)]
    keys = sorted(set(keys), key=place)
    lines = ["| date | code | " + " | ".join(keys) + " |", "|---|---|" + "---:|" * len(keys)]
    for h in history[-15:]:
        row = []
        for key in keys:
            value = h["ratios"].get(key)
            row.append("" if value is None else f"{value[0]:.2f}x {'✓' if value[1] == 'PASS' else '✗'}")
        partial = " (partial)" if h.get("only") else ""
        lines.append(f"| {h['date']}{partial} | {cell(h['commit'])} | " + " | ".join(row) + " |")
    return lines


def write_doc(results: list[dict[str, Any]], info: dict[str, str], when: str, code: str, total: float) -> None:
    history = (
        [json.loads(line) for line in HISTORY.read_text("utf-8").splitlines() if line.strip()]
        if HISTORY.exists()
        else []
    )
    analysis = ANALYSIS.read_text("utf-8").strip() if ANALYSIS.exists() else ""
    passed = sum(1 for r in results if r.get("verdict") == "PASS")
    busy = [r["key"] for r in results if (r.get("other_load") or 0) > 0.25]
    warning = (
        [
            f"**Caution:** other processes were busy during {', '.join(busy)} (more than a quarter of a core; see",
            "Details). Those figures are less trustworthy; rerun them on a quiet machine.",
            "",
        ]
        if busy
        else []
    )
    lines = [
        "# Benchmarks",
        "",
        "<!-- Written by benchmarks/run_all.py: edit benchmarks/analysis.md or the scripts, not this file. -->",
        "",
        "The performance figures of issues 8 and 20, each against a baseline measured in the same run, on an",
        "ordinary machine (below). Users run Assess on old government laptops and trainers start it in front",
        "of a room: these are the budgets it must keep. Timing is measured here, against baselines, and not",
        "asserted in the test suite.",
        "",
        "**How to run:** `.venv/bin/python benchmarks/run_all.py` (all, about 5 minutes, rewrites this file);",
        "one figure: `.venv/bin/python benchmarks/bench_X.py` (prints baseline, figure, ratio, target, PASS/MISS);",
        "`--bundle` adds the built bundle's start-up (after `./run bundle`).",
        "",
        f"Last run: {when}, code {code}, {total / 60:.1f} minutes; {passed} of {len(results)} figures within target.",
        "",
        *warning,
        "## Results",
        "",
        *results_table(results),
        "",
        "Medians of the runs; the ratio is measured median / baseline median. The memory targets use the",
        "largest growth of any run.",
        "",
        "### Details",
        "",
        *details(results),
        "",
        "## How it is measured",
        "",
        "- Windows run with `QT_QPA_PLATFORM=offscreen` (Qt paints into memory; no display is needed). A real",
        "  X server (xcb under Xvfb, or a desktop) adds window-system round trips and compositing to both the",
        "  figure and the baseline, so absolute start-up times there are higher and the ratios somewhat lower.",
        "- Start-up figures (`assess demo`, opening the large assessment) are whole processes timed from spawn",
        "  to the end of the first paint of the main window: `benchmarks/_first_paint.py` (assess/ui/first_paint.py) installs an event filter",
        "  that sees the first paint event of the window and a zero-delay timer that fires once that paint pass",
        "  is done; the parent subtracts its spawn time. The baseline is the same driver showing a bare",
        "  `QMainWindow` with a `QTreeView` (only PySide6 imported). Warm file cache (the machine is not",
        "  rebooted and caches are not dropped); `assess demo` with its template cache warm; cold (template",
        "  built first, each in a new data directory) is reported as information.",
        "- The usable window (issue 20): the same runs, timed to the end of the first paint of the window whose",
        "  item tree holds the assessment's rows (after the starting window), against the same bare windows.",
        "  The bundle's figures (`benchmarks/bench_bundle_start.py`, not part of this script: it needs",
        "  `./run bundle` first) are measured the same way and listed below when they were run.",
        "- The synthetic assessment (2,000 sub-measures, 2,100 assessable items, 85% scored with notes,",
        "  5,000 evidence records of which 1,000 files) is generated by `benchmarks/_common.py` through the",
        "  services and cached in the temporary directory (`assess-bench-cache`); every benchmark works on a copy.",
        "- Moving to the next item, saving an edit and the PDF are timed in process (`time.perf_counter`);",
        "  moving to the next item includes running the event loop until the window is repainted (checked).",
        "  Its baseline (issue 20), in the same process and interleaved in batches of ten: a bare `QTreeView` of",
        "  2,100 rows in a window of the same size moving its current index down with the same key press and",
        "  event-loop runs, checked to repaint.",
        "- Memory: peak RSS growth = `getrusage(RUSAGE_SELF).ru_maxrss` after the operation minus `VmRSS`",
        "  before it, in a fresh subprocess per measurement (store already open, so imports and opening do not",
        "  count). That is what the laptop's RAM sees: Python objects, SQLite's page cache and buffers alike.",
        "- Large inputs (1 GiB file; 500 MiB of evidence) are generated in the temporary directory from",
        "  `os.urandom` (incompressible, like PDFs and photos) and, for the package, 6 of the 20 files from",
        "  generated prose-like text (compressible about 3:1), then deleted. Every subprocess gets its own",
        "  `ASSESS_DATA_DIR` and `TMPDIR` in a temporary folder: nothing touches a user's data.",
        "- Bytecode: this machine's environment sets `PYTHONDONTWRITEBYTECODE`, which would make every start",
        "  compile Assess's own modules; an installed Assess has its `.pyc` files. The benchmarks keep compiled",
        "  bytecode under the temporary directory (`PYTHONPYCACHEPREFIX`), filled by the untimed warm-up runs.",
        "  Delete `assess-bench-cache` in the temporary directory to rebuild the synthetic assessment and the",
        "  bytecode.",
        "- Other load: each benchmark waits (up to 30 s) for the machine to be quiet, and the CPU time other",
        "  processes used while it ran is reported in Details; a caution is printed above when it passed a",
        "  quarter of a core.",
        "- Profiles: cProfile, `python -X importtime`, and pyinstrument 5.1.3 (installed into `.venv` with pip for",
        "  this; not a dependency of Assess).",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        *(f"| {name} | {cell(value)} |" for name, value in info.items()),
        "",
        "## Before and after",
        "",
        "Ratio to baseline per run (✓ within target, ✗ missed); newest last. Rerun after a change to add a row.",
        "",
        *history_table(history),
        "",
    ]
    if analysis:
        lines += [analysis, ""]
    DOC.write_text("\n".join(lines), "utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", metavar="KEY", help=f"only these: {', '.join(k for k, _ in SCRIPTS)}")
    parser.add_argument(
        "--bundle", action="store_true", help="also the built bundle's start-up (bundle_start; needs ./run bundle)"
    )
    parser.add_argument("--no-doc", action="store_true", help="print only; leave docs/benchmarks.md and the history")
    parser.add_argument(
        "--quiet-wait",
        type=float,
        default=30,
        metavar="S",
        help="before each benchmark, wait up to S seconds for other processes to go quiet (default 30)",
    )
    parser.add_argument(
        "--doc-only", action="store_true", help="measure nothing: rewrite docs/benchmarks.md from the last results"
    )
    args = parser.parse_args()
    if args.doc_only:
        path = BENCH / "last_results.json"
        if not path.exists():
            raise SystemExit("no results yet: run benchmarks/run_all.py first")
        history = [json.loads(line) for line in HISTORY.read_text("utf-8").splitlines() if line.strip()]
        last = history[-1] if history else {"date": "unknown", "commit": "unknown"}
        when = last["date"] + (f" (only {', '.join(last['only'])})" if last.get("only") else "")
        write_doc(json.loads(path.read_text("utf-8")), machine(), when, last["commit"], last.get("total", 0))
        print(f"wrote {DOC.relative_to(ROOT)}")
        return 0
    scripts = [*SCRIPTS, BUNDLE] if args.bundle or (args.only and BUNDLE[0] in args.only) else SCRIPTS
    chosen = [(k, s) for k, s in scripts if not args.only or k in args.only]
    started = time.perf_counter()
    when = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    results: list[dict[str, Any]] = []
    for key, script in chosen:
        load = wait_for_quiet(args.quiet_wait) if args.quiet_wait > 0 else 0.0
        print(f"--- {script} (other processes: {load:.2f} cores)", flush=True)
        found, seconds, printed = run(script)
        print(printed, flush=True)
        print(f"    ({seconds:.0f} s)", flush=True)
        results += found or [{"key": key, "error": printed.splitlines()[-1] if printed else "failed"}]
    total = time.perf_counter() - started
    print()
    for line in results_table(results):
        print(line)
    if args.no_doc:
        return 0
    code = commit()
    entry = {
        "date": when,
        "commit": code,
        "total": total,
        "only": args.only or [],
        "ratios": {r["key"]: [r["ratio"], r["verdict"]] for r in results if not r.get("error")},
        "medians": {r["key"]: [r["baseline"], r["measured"]] for r in results if not r.get("error")},
    }
    with HISTORY.open("a", encoding="utf-8") as out:
        out.write(json.dumps(entry) + "\n")
    if args.only:
        print("\n(--only: the table shows these results with the last full run's other figures)")
        previous = _last_full(results)
        write_doc(previous, machine(), f"{when} (only {', '.join(args.only)})", code, total)
    else:
        (BENCH / "last_results.json").write_text(json.dumps(results, indent=1, default=str), "utf-8")
        write_doc(results, machine(), when, code, total)
    print(f"\nwrote {DOC.relative_to(ROOT)} ({total / 60:.1f} minutes)")
    return 0


def _last_full(fresh: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The last full run's results with the ones just measured put in their place."""
    path = BENCH / "last_results.json"
    previous = json.loads(path.read_text("utf-8")) if path.exists() else []
    keys = {r["key"] for r in fresh}
    merged = [r for r in previous if script_key(r["key"]) not in {script_key(k) for k in keys}]
    merged += fresh
    merged.sort(key=lambda r: place(r["key"]))
    (BENCH / "last_results.json").write_text(json.dumps(merged, indent=1, default=str), "utf-8")
    return merged


if __name__ == "__main__":
    raise SystemExit(main())
