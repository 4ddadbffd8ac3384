"""Shared helpers of the benchmarks: temporary data, timing, medians, results, and the synthetic assessment.

Every benchmark measures its baseline in the same run as its figure, and reports both medians and
their ratio against the target of issue 8. Nothing here touches a user's real data: every script
points ``ASSESS_DATA_DIR`` (and ``TMPDIR`` for the subprocesses it starts) at a temporary folder.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
PYTHON = sys.executable
FRAME_S = 1 / 60  # one frame at 60 Hz (16.7 ms)

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


# --- environment ------------------------------------------------------------------------------------------------


_made: list[Path] = []


def isolate(prefix: str) -> Path:
    """A temporary folder for this process's data; ASSESS_DATA_DIR and ASSESS_USER point at it from now on."""
    import atexit

    folder = Path(tempfile.mkdtemp(prefix=f"assess-bench-{prefix}-"))
    _made.append(folder)
    atexit.register(shutil.rmtree, folder, True)
    os.environ["ASSESS_DATA_DIR"] = str(folder / "data")
    os.environ.setdefault("ASSESS_USER", "bench")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return folder


def child_env(data_dir: Path, tmp: Path | None = None, **extra: str) -> dict[str, str]:
    """The environment of a measured subprocess: its own data directory, offscreen Qt, no user site."""
    env = dict(os.environ)
    env["ASSESS_DATA_DIR"] = str(data_dir)
    env["ASSESS_USER"] = "bench"
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    env.update(bytecode_env())
    env.pop("PYTHONSTARTUP", None)
    if tmp is not None:
        env["TMPDIR"] = str(tmp)
    env.update(extra)
    return env


def bytecode_env() -> dict[str, str]:
    """Compiled bytecode cached as on a user's machine, but kept out of the source tree.

    This environment sets PYTHONDONTWRITEBYTECODE, which makes every start compile Assess's own modules
    from source; an installed Assess has its .pyc files. The benchmarks keep them in the temporary
    directory instead (PYTHONPYCACHEPREFIX), filled by the untimed warm-up runs.
    """
    return {"PYTHONPYCACHEPREFIX": str(cache_root() / "pycache"), "PYTHONDONTWRITEBYTECODE": ""}


def cache_root() -> Path:
    """Generated inputs kept between runs (the synthetic assessment): in the temporary directory, never user data."""
    folder = Path(tempfile.gettempdir()) / "assess-bench-cache"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def rss_now_kb() -> int:
    """The resident set size of this process now, in KiB (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def peak_rss_kb() -> int:
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # KiB on Linux


# --- results -----------------------------------------------------------------------------------------------------


@dataclass
class Result:
    key: str
    figure: str
    baseline_label: str
    target: str
    target_ratio: float
    baseline_runs: list[float]
    measured_runs: list[float]
    unit: str = "s"
    notes: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    memory_limit_mb: float | None = None
    memory_growth_mb: list[float] = field(default_factory=list)
    limit_s: float | None = None  # a ceiling on the measured median as well as on the ratio (issue 20: 10 ms)

    @property
    def baseline(self) -> float:
        return statistics.median(self.baseline_runs)

    @property
    def measured(self) -> float:
        return statistics.median(self.measured_runs)

    @property
    def ratio(self) -> float:
        return self.measured / self.baseline if self.baseline else float("inf")

    @property
    def memory_ok(self) -> bool:
        return self.memory_limit_mb is None or (
            bool(self.memory_growth_mb) and max(self.memory_growth_mb) < self.memory_limit_mb
        )

    @property
    def verdict(self) -> str:
        time_ok = (
            self.ratio < self.target_ratio if self.key.startswith("next_item") else self.ratio <= self.target_ratio
        )
        within_limit = self.limit_s is None or self.measured < self.limit_s
        return "PASS" if time_ok and within_limit and self.memory_ok else "MISS"

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(
            baseline=self.baseline,
            measured=self.measured,
            ratio=self.ratio,
            verdict=self.verdict,
            memory_ok=self.memory_ok,
        )
        return data

    def report(self) -> None:
        print()
        print(f"== {self.figure}")
        print(f"   baseline : {self.baseline_label}")
        print(f"              median {fmt_time(self.baseline)}   runs {shown_runs(self.baseline_runs)}")
        print(f"   figure   : median {fmt_time(self.measured)}   runs {shown_runs(self.measured_runs)}")
        print(f"   ratio    : {self.ratio:.2f}x   target: {self.target}")
        if self.memory_limit_mb is not None:
            shown = ", ".join(f"{m:.1f}" for m in self.memory_growth_mb)
            print(f"   memory   : peak RSS growth {shown} MB (limit {self.memory_limit_mb:.0f} MB)")
        for name, value in self.extra.items():
            if not name.endswith("_s"):  # machine-readable copies, for run_all.py
                print(f"   {name}: {value}")
        for note in self.notes:
            print(f"   note: {note}")
        print(f"   verdict  : {self.verdict}")


def shown_runs(values: list[float], limit: int = 9) -> str:
    if len(values) <= limit:
        return ", ".join(fmt_time(v) for v in values)
    ordered = sorted(values)
    return f"{len(values)} runs, min {fmt_time(ordered[0])}, max {fmt_time(ordered[-1])}"


def fmt_time(seconds: float) -> str:
    if seconds < 0.001:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s"


def arguments(
    description: str, default_runs: int, more: Callable[[argparse.ArgumentParser], None] | None = None
) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--runs", type=int, default=default_runs, help=f"timed runs of each side (default {default_runs})"
    )
    parser.add_argument("--json", metavar="FILE", help="also write the result as JSON (run_all.py reads it)")
    if more is not None:
        more(parser)
    return parser.parse_args()


def finish(result: Result | list[Result], args: argparse.Namespace) -> int:
    """Print the result(s); with --json, write them for run_all.py. Returns the exit status (0)."""
    results = result if isinstance(result, list) else [result]
    for one in results:
        one.report()
    if args.json:
        Path(args.json).write_text(json.dumps([r.as_json() for r in results], indent=1, default=str), "utf-8")
    sys.stdout.flush()
    sys.stderr.flush()
    return 0


def hard_exit(code: int) -> None:
    """Leave without Python's finalization (PySide6 6.12 can crash in it after a window was shown)."""
    for folder in _made:
        shutil.rmtree(folder, ignore_errors=True)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


# --- subprocesses ------------------------------------------------------------------------------------------------


def run_json(argv: list[str], env: dict[str, str], timeout: float = 600) -> dict[str, Any]:
    """Run a helper that prints one JSON object on its last stdout line; that object."""
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({done.returncode}):\n{done.stderr[-4000:]}")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"{' '.join(argv)} printed no result:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    return json.loads(lines[-1])


def wall_of(argv: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> float:
    """Wall time of a whole command (spawn to exit), checked for success."""
    started = time.perf_counter()
    subprocess.run(argv, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


@contextmanager
def scratch(prefix: str) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix=f"assess-bench-{prefix}-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def check_free_space(folder: Path, needed_bytes: int) -> None:
    free = shutil.disk_usage(folder).free
    if free < needed_bytes:
        raise SystemExit(
            f"not enough free space in {folder}: {free / 2**30:.1f} GiB free, {needed_bytes / 2**30:.1f} needed"
        )


def write_random_file(path: Path, size: int, chunk: int = 16 * 1024 * 1024) -> None:
    """``size`` bytes from os.urandom (incompressible, like a PDF or a photo)."""
    with path.open("wb") as out:
        left = size
        while left > 0:
            n = min(chunk, left)
            out.write(os.urandom(n))
            left -= n


def write_text_file(path: Path, size: int, seed: int) -> None:
    """``size`` bytes of generated prose-like text (compresses about 3:1 with deflate, like a text document)."""
    rng = random.Random(seed)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 11))) for _ in range(5000)]
    block = " ".join(rng.choices(words, k=220_000)).encode("ascii")  # about 1.5 MB, far beyond deflate's window
    with path.open("wb") as out:
        left = size
        offset = 0
        while left > 0:
            piece = block[offset : offset + min(left, 1024 * 1024)]
            if not piece:
                offset = rng.randrange(0, 4096)
                continue
            out.write(piece)
            left -= len(piece)
            offset += len(piece)


# --- the synthetic assessment: 2,000 items, 5,000 evidence records -------------------------------------------------

LARGE_VERSION = 2  # bump when the generator below changes; the cached database is then rebuilt
INSTITUTIONS = [
    "Ministry of Justice",
    "Ministry of Interior (National Police)",
    "Prosecutor General's Office",
    "Ministry of Labour (Labour Inspectorate)",
    "Ministry of Health",
    "Ministry of Social Affairs",
    "Ministry of Foreign Affairs",
    "National Rapporteur",
]


def large_key() -> str:
    import inspect

    from benchmarks import synthetic
    from db import migrate

    digest = hashlib.sha256((inspect.getsource(synthetic) + inspect.getsource(_build_large)).encode())
    digest.update(f"{LARGE_VERSION} {migrate.head()}".encode())
    return digest.hexdigest()[:16]


def large_database() -> tuple[Path, int]:
    """The synthetic assessment (built once, then cached in the temporary directory): its path and id.

    2,000 sub-measures + 100 measures + 5 pillars, 2,100 assessable items. About 85% are scored with
    rationale, institutions, priority, target date, next action and technical assistance, 5% N/A,
    10% not scored. 5,000 evidence records: 1,000 small files (2-20 KB each, all different),
    2,000 links and 2,000 legal citations, spread over the items; one in ten is marked sensitive. The monitoring
    part: 200 operational indicators (each informing ten sub-measures) with ten years of figures, a total and 20
    categories each: 42,000 figures.
    """
    path = cache_root() / f"large-{large_key()}.sqlite"
    if path.exists():
        return path, 1
    for stale in cache_root().glob("large-*.sqlite*"):
        stale.unlink(missing_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.unlink(missing_ok=True)
    started = time.perf_counter()
    assessment_id = _build_large(partial)
    import sqlite3

    connection = sqlite3.connect(partial)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.replace(path)
    print(f"   (built the synthetic assessment in {time.perf_counter() - started:.1f} s: {path})", file=sys.stderr)
    return path, assessment_id


def _build_large(path: Path) -> int:
    import framework as fw
    from assess import assessments, evidence, frameworks, responses, scoring
    from benchmarks.synthetic import synthetic_document
    from db import open_store

    rng = random.Random(2026)
    store = open_store(path)
    try:
        with store.session() as session:
            record, _ = frameworks.import_framework(session, fw.load_document(synthetic_document(), "synthetic"))
            info = assessments.create(
                session, country="Largeland", title="Stress test", period="2026", framework_key=record.key
            )
        assert info.id == 1, info.id
        with store.session() as session:
            codes = [s.code for s in scoring.item_states(session, info.id)]
        with store.session() as session:
            for n, code in enumerate(codes):
                roll = rng.random()
                if roll < 0.10:
                    continue
                if roll < 0.15:
                    responses.update(session, info.id, code, not_applicable=True, na_justification="Not relevant here.")
                    continue
                responses.update(
                    session,
                    info.id,
                    code,
                    law=rng.randint(0, 4),
                    practice=rng.randint(0, 4),
                    rationale=f"Item {code}: the law was amended in {rng.randint(2005, 2025)}; "
                    + "implementation is uneven across regions and depends on donor funding. " * rng.randint(1, 3),
                    institutions=rng.sample(INSTITUTIONS, rng.randint(1, 3)),
                    priority=rng.choice(["high", "medium", "low", None]),
                    target_date=f"{rng.randint(2026, 2030)}-{rng.randint(1, 12):02d}-28",
                    next_action=f"Draft the regulation for {code} and consult the focal points." if n % 3 else "",
                    technical_assistance="Training of prosecutors and judges; a case management system."
                    if n % 4 == 0
                    else "",
                )
        files = cache_root() / "large-files"
        shutil.rmtree(files, ignore_errors=True)
        files.mkdir()
        evidence_codes = [codes[(n * 7) % len(codes)] for n in range(5000)]
        with store.session() as session:
            for n, code in enumerate(evidence_codes):
                if n % 5 == 0:
                    continue
                sensitive = n % 10 == 3
                if n % 2:
                    evidence.add_link(
                        session,
                        info.id,
                        code,
                        f"https://laws.example.org/largeland/{code}/{n}",
                        name=f"Official gazette entry {n}",
                        description="Published text of the amendment." if n % 3 else "",
                        sensitive=sensitive,
                    )
                else:
                    evidence.add_citation(
                        session,
                        info.id,
                        code,
                        f"Penal Code, art. {100 + n % 300}({1 + n % 4}), as amended in {2010 + n % 15}",
                        name=f"Penal Code art. {100 + n % 300}",
                        sensitive=sensitive,
                    )
        for n, code in enumerate(evidence_codes):
            if n % 5:
                continue
            file = files / f"evidence-{n:04d}.txt"
            file.write_bytes(
                f"Evidence {n} for {code}\n".encode() + os.urandom(rng.randint(1000, 10000)).hex().encode()
            )
            evidence.attach_file(store, info.id, code, file, description=f"Report {n}", sensitive=n % 10 == 5)
        shutil.rmtree(files, ignore_errors=True)
        _record_figures(store, info.id, rng)
        return info.id
    finally:
        store.close()


def _record_figures(store: Any, assessment_id: int, rng: random.Random, periods: int = 10) -> None:
    """200 indicators x 10 years x (a total and 20 regions): 42,000 figures, entered a year at a time."""
    from assess import figures, indicators
    from assess.figures import TOTAL, Change

    with store.session() as session:
        known = indicators.of_assessment(session, assessment_id)
    for year in range(2026 - periods, 2026):
        changes = []
        for indicator in known.all:
            regions = {("region", c.id): rng.randint(0, 40) for c in indicator.disaggregations[0].categories}
            changes.append(
                Change(indicator.code, str(year), {TOTAL: sum(regions.values()), **regions}, source="Registry")
            )
        with store.session() as session:
            figures.record_all(session, assessment_id, changes, indicators=known)


def fresh_copy(source: Path, folder: Path, name: str = "copy.sqlite") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(source, target)
    return target


# --- start-up: spawn to first paint -------------------------------------------------------------------------------


USABLE_TARGET = 3.0  # issue 20: the window the user works in (the item tree filled) within 3x the bare window


def usable_result(key: str, figure: str, bare: list[float], content: list[float | None]) -> Result:
    """The first paint of the window with its items in it (the usable window) against the same bare windows."""
    if any(c is None for c in content):
        raise SystemExit(f"{key}: the items were not always shown: {content}")
    return Result(
        key=key,
        figure=figure,
        baseline_label="bare PySide6 window with a tree view, spawn to first paint",
        target="at most 3x (issue 20)",
        target_ratio=USABLE_TARGET,
        baseline_runs=bare,
        measured_runs=[c for c in content if c is not None],
    )


def spawn_to_paint(mode: list[str], env: dict[str, str]) -> tuple[float, dict[str, Any]]:
    """Seconds from spawning ``_first_paint.py MODE`` to the end of its window's first paint, and its report."""
    return spawn_to_report([PYTHON, str(BENCH / "_first_paint.py"), *mode], env)


def spawn_to_report(argv: list[str], env: dict[str, str]) -> tuple[float, dict[str, Any]]:
    """Seconds from spawning ``argv`` to the end of the first paint it reports (assess/ui/first_paint.py), and the
    report, with ``content_s``: seconds to the first paint with the items shown."""
    started = time.time()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
    mode = argv[1:]
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(mode)}: exit {done.returncode}\n{done.stderr[-4000:]}")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"{' '.join(mode)}: no paint reported\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    report = json.loads(lines[-1])
    if report.get("content_painted") is not None:
        report["content_s"] = report["content_painted"] - started
    return report["painted"] - started, report
