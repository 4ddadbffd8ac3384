"""Save one edit (SQLite, in process) against an empty SQLite transaction that writes one row.

    .venv/bin/python benchmarks/bench_save_edit.py [--runs 7]

Figure: what the window does for one score edit (assess.ui.workspace.Workspace.apply), without Qt:
``responses.save(store, id, code, law=..., expected_version=...)`` on an open store (db.open_store) of
a copy of the 2,000-item synthetic assessment; each edit changes the score of the next item, so every
one writes the response and its audit row. The save runs in a session of its own, the one path every
edit takes (the command line and merges run the same in theirs).
Baseline: Python's sqlite3 on a file in the same folder with the store's settings (WAL, synchronous=FULL:
every commit syncs the log, so that a saved edit survives a power cut; foreign keys on), one connection
kept open, one committed INSERT of one row. Each run times a batch of edits and of baseline transactions,
alternated, and takes the median per operation; the figure's median is the median of the runs. Target:
at most 3x (issue 15; issue 8 asked 5x). For information, the same pair with synchronous=NORMAL on both sides (no sync at commit),
which shows what our own code costs beside SQLite's: the store used NORMAL until 25 November 2026.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import Result, arguments, finish, fmt_time, fresh_copy, isolate, large_database

BATCH = 100
WARM_UP = 1200  # baseline transactions; a quarter as many edits


def main() -> int:
    args = arguments(__doc__.splitlines()[0], default_runs=7)
    folder = isolate("save")
    source, assessment_id = large_database()
    db = fresh_copy(source, folder, "large.sqlite")

    from sqlalchemy import event

    from assess import responses, scoring
    from db import open_store

    store = open_store(db)
    with store.session() as session:
        states = scoring.item_states(session, assessment_id)
    codes = [s.code for s in states if not s.response.not_applicable]
    versions = {s.code: s.response.version for s in states}
    laws = {s.code: s.response.law for s in states}

    def baseline_connection(name: str, synchronous: str) -> sqlite3.Connection:
        connection = sqlite3.connect(folder / name, isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute(f"PRAGMA synchronous={synchronous}")
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, value TEXT NOT NULL)")
        return connection

    raw = baseline_connection("baseline.sqlite", "FULL")
    unsynced = baseline_connection("baseline-normal.sqlite", "NORMAL")

    def baseline_once(n: int, connection: sqlite3.Connection = raw) -> float:
        started = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute("INSERT INTO rows (value) VALUES (?)", (f"row {n}",))
        connection.execute("COMMIT")
        return time.perf_counter() - started

    def fresh_connection_once(n: int) -> float:
        started = time.perf_counter()
        connection = sqlite3.connect(folder / "baseline.sqlite", isolation_level=None)
        connection.execute("PRAGMA busy_timeout=10000")
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("BEGIN")
        connection.execute("INSERT INTO rows (value) VALUES (?)", (f"fresh {n}",))
        connection.execute("COMMIT")
        connection.close()
        return time.perf_counter() - started

    position = 0

    def edit_once() -> float:
        nonlocal position
        code = codes[position % len(codes)]
        position += 1
        law = 0 if laws[code] != 0 else 1
        started = time.perf_counter()
        view = responses.save(store, assessment_id, code, law=law, expected_version=versions[code])
        seconds = time.perf_counter() - started
        versions[code], laws[code] = view.version, view.law
        return seconds

    # Warm-up, past each log's first checkpoint (1,000 pages: about 1,000 baseline rows, 200 edits), so that both
    # logs are rewritten from their start, as they are from then on: a sync of a file that grows costs more than
    # one of a file overwritten in place, which would otherwise make the comparison one of file sizes.
    for n in range(WARM_UP):
        baseline_once(n)
        if n % 4 == 0:
            edit_once()
    baseline_runs, edit_runs, fresh = [], [], []
    for run in range(args.runs):
        baseline_runs.append(statistics.median(baseline_once(run * BATCH + n) for n in range(BATCH)))
        edit_runs.append(statistics.median(edit_once() for _ in range(BATCH)))
        fresh.append(statistics.median(fresh_connection_once(run * BATCH + n) for n in range(BATCH)))
    # Information: both sides without a sync at commit. The store's connections are opened again, each set so
    # after the store's own settings.
    store.engine.dispose()
    event.listen(store.engine, "connect", lambda connection, _record: connection.execute("PRAGMA synchronous=NORMAL"))
    for n in range(WARM_UP):
        baseline_once(n, unsynced)
    unsynced_baseline, unsynced_edit = [], []
    for run in range(3):
        unsynced_baseline.append(statistics.median(baseline_once(run * BATCH + n, unsynced) for n in range(BATCH)))
        unsynced_edit.append(statistics.median(edit_once() for _ in range(BATCH)))
    raw.close()
    unsynced.close()
    store.close()
    unsynced_ratio = statistics.median(unsynced_edit) / statistics.median(unsynced_baseline)
    result = Result(
        key="save_edit",
        figure="save one edit (SQLite, in process): one score of one item, with its audit row",
        baseline_label="empty SQLite transaction writing one row (sqlite3, open connection, WAL, synchronous=FULL)",
        target="at most 3x (issue 15)",
        target_ratio=3.0,
        baseline_runs=baseline_runs,
        measured_runs=edit_runs,
        extra={
            "edits per run": BATCH,
            "the same transaction on a new connection each time (information)": fmt_time(statistics.median(fresh)),
            "both without a sync at commit, synchronous=NORMAL (information)": (
                f"edit {fmt_time(statistics.median(unsynced_edit))}, baseline "
                f"{fmt_time(statistics.median(unsynced_baseline))}: {unsynced_ratio:.2f}x"
            ),
        },
    )
    result.extra["fresh_connection_s"] = statistics.median(fresh)
    return finish(result, args)


if __name__ == "__main__":
    raise SystemExit(main())
