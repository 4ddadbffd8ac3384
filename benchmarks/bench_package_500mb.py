"""Export then import an exchange package holding 500 MiB of evidence, against zip then unzip of the same files.

    .venv/bin/python benchmarks/bench_package_500mb.py [--runs 3] [--total-mb 500]

Evidence: 20 files of 25 MiB in a temporary folder (deleted afterwards): 14 of os.urandom bytes
(incompressible, like PDFs, photos and office files) and 6 of generated prose-like text (deflate
gets about 3:1 from it, like text documents), attached to items of one assessment on the built-in
framework in a source database (untimed setup).

Figure, each half in a fresh subprocess with its store already open:
- export: ``exports.exchange.write.export_package(store, 1, FILE)`` from the source database;
- import: ``exports.exchange.read.open_package(FILE)`` (every check, SHA-256 of every member), then
  ``assess.merge.import_new`` in one committed session, into a fresh empty database (the receiving
  side holds none of the files yet).
The figure is export + import; peak RSS growth (getrusage ru_maxrss minus VmRSS before the
operation) is measured in each subprocess. Baseline: ``zip -q -r`` (Info-ZIP, default level 6) of the
folder, then ``unzip -q`` of that archive into a new folder, wall time of both processes. Runs
alternate. Target: at most 2x the time; memory bounded, taken here as peak growth under 64 MB in
each half (far below the 500 MiB handled).
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
    write_text_file,
)

LIMIT_MB = 64
FILES = 20
TEXT_FILES = 6


def child_export(db: str, out: str) -> None:
    from db import open_store
    from exports.exchange.write import export_package

    store = open_store(db)
    before = rss_now_kb()
    started = time.perf_counter()
    result = export_package(store, 1, out)
    seconds = time.perf_counter() - started
    peak = peak_rss_kb()
    store.close()
    print(
        json.dumps(
            {"seconds": seconds, "rss_before_kb": before, "peak_kb": peak, "files": result.files, "size": result.size}
        )
    )


def child_import(db: str, package_file: str) -> None:
    from assess import merge
    from db import open_store
    from exports.exchange.read import open_package

    store = open_store(db)
    before = rss_now_kb()
    started = time.perf_counter()
    with open_package(package_file) as package, store.session() as session:
        created = merge.import_new(session, package.contribution)
    seconds = time.perf_counter() - started
    peak = peak_rss_kb()
    store.close()
    print(json.dumps({"seconds": seconds, "rss_before_kb": before, "peak_kb": peak, "id": created.id}))


def setup(source: str, empty: str, files: str) -> None:
    """The source database with every file in ``files`` attached, and an empty migrated database."""
    from assess import assessments, evidence
    from db import open_store

    open_store(empty).close()
    store = open_store(source)
    with store.session() as session:
        info = assessments.create(session, country="Testland", title="Package", period="2026")
    codes = ["PROS-1.i", "PROS-2", "PROT-1", "PROT-2", "PREV-1", "NAT-1", "INT-1", "WG-1"]
    for n, file in enumerate(sorted(Path(files).iterdir())):
        evidence.attach_file(store, info.id, codes[n % len(codes)], file, description=f"File {n}")
    store.close()
    print("{}")


def main() -> int:
    args = arguments(
        __doc__.splitlines()[0],
        default_runs=3,
        more=lambda p: p.add_argument("--total-mb", type=int, default=500, help="evidence in MiB (default 500)"),
    )
    each = args.total_mb * 1024 * 1024 // FILES
    total = each * FILES
    with scratch("package") as folder:
        check_free_space(folder, 8 * total + 2**30)
        env = child_env(folder / "data", folder)
        files = folder / "files"
        files.mkdir()
        started = time.perf_counter()
        for n in range(FILES):
            if n % 3 == 1 and n < 3 * TEXT_FILES:
                write_text_file(files / f"document-{n:02d}.txt", each, seed=n)
            else:
                write_random_file(files / f"scan-{n:02d}.pdf", each)
        texts = len(list(files.glob("*.txt")))
        generated = time.perf_counter() - started
        source, empty = folder / "source.sqlite", folder / "empty.sqlite"
        run_json([PYTHON, __file__, "--setup", str(source), str(empty), str(files)], env, timeout=1800)
        zipped, unzipped, exports, imports, growth_export, growth_import = [], [], [], [], [], []
        wall_of(["zip", "-q", "-r", str(folder / "warm.zip"), "files"], cwd=folder)  # untimed warm-up
        (folder / "warm.zip").unlink()
        package_size = zip_size = 0
        for _ in range(args.runs):
            archive, out = folder / "baseline.zip", folder / "unzipped"
            zipped.append(wall_of(["zip", "-q", "-r", str(archive), "files"], cwd=folder))
            unzipped.append(wall_of(["unzip", "-q", str(archive), "-d", str(out)]))
            zip_size = archive.stat().st_size
            archive.unlink()
            shutil.rmtree(out)
            package = folder / "package.assess"
            report = run_json([PYTHON, __file__, "--export", str(source), str(package)], env, timeout=1800)
            if report["files"] != FILES:
                raise SystemExit(f"the package holds {report['files']} files, expected {FILES}")
            package_size = report["size"]
            exports.append(report["seconds"])
            growth_export.append(max(0, report["peak_kb"] - report["rss_before_kb"]) / 1024)
            target = folder / "received.sqlite"
            shutil.copyfile(empty, target)
            report = run_json([PYTHON, __file__, "--import", str(target), str(package)], env, timeout=1800)
            imports.append(report["seconds"])
            growth_import.append(max(0, report["peak_kb"] - report["rss_before_kb"]) / 1024)
            received_size = target.stat().st_size
            package.unlink()
            for leftover in folder.glob("received.sqlite*"):
                leftover.unlink()
    baseline = [z + u for z, u in zip(zipped, unzipped, strict=True)]
    figure = [e + i for e, i in zip(exports, imports, strict=True)]

    def med(values: list[float]) -> str:
        return fmt_time(sorted(values)[len(values) // 2])

    result = Result(
        key="package_500mb",
        figure=f"export then import a package holding {total / 2**20:,.0f} MiB of evidence (time; peak RSS growth)",
        baseline_label="`zip -q -r` then `unzip -q` of the same files",
        target=f"at most 2x time, memory bounded (peak growth under {LIMIT_MB} MB per half)",
        target_ratio=2.0,
        baseline_runs=baseline,
        measured_runs=figure,
        memory_limit_mb=LIMIT_MB,
        memory_growth_mb=[max(e, i) for e, i in zip(growth_export, growth_import, strict=True)],
        extra={
            "evidence": f"{FILES} files of {each / 2**20:.0f} MiB: {FILES - texts} random, {texts} prose-like text "
            f"(generated in {fmt_time(generated)})",
            "export / import (medians)": f"{med(exports)} / {med(imports)}",
            "zip / unzip (medians)": f"{med(zipped)} / {med(unzipped)}",
            "peak RSS growth export / import": ", ".join(
                f"{e:.1f} / {i:.1f} MB" for e, i in zip(growth_export, growth_import, strict=True)
            ),
            "package / zip archive size": f"{package_size / 2**20:,.0f} / {zip_size / 2**20:,.0f} MiB",
            "receiving database after import": f"{received_size / 2**20:,.0f} MiB",
        },
    )
    return finish(result, args)


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "--export":
        child_export(sys.argv[2], sys.argv[3])
    elif mode == "--import":
        child_import(sys.argv[2], sys.argv[3])
    elif mode == "--setup":
        setup(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        raise SystemExit(main())
