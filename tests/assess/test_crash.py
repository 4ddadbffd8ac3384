"""A power cut loses nothing acknowledged: kill a process mid-edit and mid-import, many times, then check.

A worker process (crash_worker.py) makes numbered edits and imports a package now and then,
printing "ack N" after each commit. It is killed with SIGKILL at a random moment, over and
over, each new worker carrying on in the same database. Afterwards the database must pass
``PRAGMA integrity_check``, hold every acknowledged edit, and hold every import whole or not at all.

The command line is killed the moment it answers: each ``assess`` command (score, new, import,
evidence add, mark) is killed with SIGKILL as soon as the first byte of its output arrives, and what
it said it did must be in the database: a command may only speak once its work is committed.
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assess import assessments, evidence, responses
from db import open_store
from exports.exchange.write import export_package

ROUNDS = 25
BUDGET_SECONDS = 40
WORKER = Path(__file__).with_name("crash_worker.py")


def prepare(folder: Path) -> tuple[Path, Path, int, int]:
    """A database with assessment 1, and a package of it holding a file (imports of it are ~1 MB transactions)."""
    database = folder / "assess.sqlite"
    store = open_store(database)
    try:
        with store.session() as session:
            created = assessments.create(session, country="Testland", title="Crash test")
            for code in ("PROS-1", "PROT-2", "WG-11.b"):
                responses.update(session, created.id, code, law=2, practice=1, rationale=f"start {code}")
        attachment = folder / "statistics.bin"
        attachment.write_bytes(random.Random(1).randbytes(1024 * 1024))
        evidence.attach_file(store, created.id, "PROT-2", attachment)
        package = export_package(store, created.id, folder / "contribution.assess").path
        with store.session() as session:
            count = len(assessments.get(session, created.id).responses)
    finally:
        store.close()
    return database, package, count, 1


def run_round(database: Path, package: Path, first: int, rng: random.Random) -> list[str]:
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), str(database), str(first), str(package)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert worker.stdout is not None
        ready = worker.stdout.readline()
        assert ready.strip() == "ready", worker.stderr.read() if worker.stderr else ready
        time.sleep(rng.uniform(0.0, 0.6))  # an import takes ~0.2 s, an edit ~0.01 s
        worker.send_signal(signal.SIGKILL)
        out, err = worker.communicate(timeout=30)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
    assert worker.returncode == -signal.SIGKILL, err
    return [line for line in out.splitlines() if line.startswith("ack ")]


@pytest.mark.slow
def test_killing_the_process_at_random_moments_loses_nothing_acknowledged(tmp_path: Path) -> None:
    database, package, item_count, files = prepare(tmp_path)
    rng = random.Random(int(os.environ.get("ASSESS_CRASH_SEED", "20260")))
    acked_edits: list[int] = []
    acked_imports: list[int] = []
    started = time.monotonic()
    rounds = 0
    while rounds < ROUNDS and time.monotonic() - started < BUDGET_SECONDS:
        for line in run_round(database, package, rounds * 100_000 + rng.randrange(1, 6), rng):
            _, kind, number = line.split()
            (acked_imports if kind == "import" else acked_edits).append(int(number))
        rounds += 1
    assert rounds >= 10, f"only {rounds} rounds in {BUDGET_SECONDS} s"
    assert acked_edits and acked_imports, "the worker should have committed both kinds of work"

    connection = sqlite3.connect(database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        logged = {
            int(value.removeprefix("edit "))
            for (value,) in connection.execute(
                "SELECT new_value FROM audit_log WHERE assessment_id = 1 AND field = 'rationale' "
                "AND new_value LIKE 'edit %'"
            )
        }
        missing = sorted(set(acked_edits) - logged)
        assert not missing, f"{len(missing)} acknowledged edits are missing, e.g. {missing[:5]}"
        for code, rationale in connection.execute("SELECT item_code, rationale FROM responses WHERE assessment_id = 1"):
            last = connection.execute(
                "SELECT new_value FROM audit_log WHERE assessment_id = 1 AND item_code = ? AND field = 'rationale' "
                "ORDER BY id DESC LIMIT 1",
                (code,),
            ).fetchone()
            assert last is None or last[0] == rationale, code
        imported = connection.execute("SELECT id FROM assessments WHERE id > 1").fetchall()
        assert len(imported) >= len(acked_imports)
        for (assessment_id,) in imported:  # every import is whole: all its responses, its evidence, its record
            scored = connection.execute(
                "SELECT count(*) FROM responses WHERE assessment_id = ? AND law_score IS NOT NULL", (assessment_id,)
            ).fetchone()[0]
            total = connection.execute(
                "SELECT count(*) FROM responses WHERE assessment_id = ?", (assessment_id,)
            ).fetchone()[0]
            attached = connection.execute(
                "SELECT count(*) FROM evidence JOIN responses ON responses.id = evidence.response_id "
                "WHERE responses.assessment_id = ?",
                (assessment_id,),
            ).fetchone()[0]
            record = connection.execute(
                "SELECT count(*) FROM audit_log WHERE assessment_id = ? AND entity = 'package'", (assessment_id,)
            ).fetchone()[0]
            assert (scored, total, attached, record) == (3, item_count, files, 1), assessment_id
        assert connection.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
    finally:
        connection.close()
    store = open_store(database)  # and the application opens it as usual
    store.close()


CLI_ROUNDS = 40
CLI_BUDGET_SECONDS = 60


def answered_then_killed(database: Path, words: list[str]) -> str | None:
    """Run ``assess --db DATABASE WORDS`` and kill it the moment the first byte of its output arrives; that byte (the
    start of its answer), or None when it ended without a word on stdout."""
    command = subprocess.Popen(
        [sys.executable, "-m", "assess", "--db", str(database), *words],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONIOENCODING": "utf-8"},
    )
    try:
        assert command.stdout is not None
        first = os.read(command.stdout.fileno(), 1)
        command.send_signal(signal.SIGKILL)
        command.wait(timeout=30)
        rest = command.stdout.read()
    finally:
        if command.poll() is None:
            command.kill()
            command.wait()
        if command.stdout is not None:
            command.stdout.close()
    return (first + rest).decode("utf-8", "replace") if first else None


@pytest.mark.slow
def test_killing_the_command_line_as_it_answers_loses_nothing_it_acknowledged(tmp_path: Path) -> None:
    database, package, _, _ = prepare(tmp_path)
    store = open_store(database)
    try:
        with store.session() as session:
            marked = assessments.create(session, country="Crashland", title="Marked final and draft").id
    finally:
        store.close()
    rng = random.Random(int(os.environ.get("ASSESS_CRASH_SEED", "20261")))
    said: dict[str, list[str]] = {"score": [], "new": [], "import": [], "citation": [], "mark": []}
    started = time.monotonic()
    rounds = 0
    while rounds < CLI_ROUNDS and time.monotonic() - started < CLI_BUDGET_SECONDS:
        kind = rng.choice(list(said))
        note = f"cli {rounds}"
        words = {
            "score": ["score", "1", rng.choice(["PROS-1", "PROT-2", "WG-11.b"]), "--note", note],
            "new": ["new", "--country", "Crashland", "--title", note],
            "import": ["import", str(package)],
            "citation": ["evidence", "add", "1", "PROS-1", note, "--citation"],
            "mark": ["mark", str(marked), rng.choice(["final", "draft"])],
        }[kind]
        answer = answered_then_killed(database, words)
        if answer is not None:
            said[kind].append(note if kind in ("score", "new", "citation") else answer)
        rounds += 1
    assert rounds >= 10, f"only {rounds} rounds in {CLI_BUDGET_SECONDS} s"
    assert sum(map(len, said.values())) >= rounds // 2, "most commands should have answered before they were killed"

    connection = sqlite3.connect(database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        notes = {v for (v,) in connection.execute("SELECT new_value FROM audit_log WHERE field = 'rationale'")}
        assert not [n for n in said["score"] if n not in notes], "a score the command line acknowledged is missing"
        titles = {t for (t,) in connection.execute("SELECT title FROM assessments")}
        assert not [n for n in said["new"] if n not in titles], "an assessment the command line created is missing"
        citations = {c for (c,) in connection.execute("SELECT citation FROM evidence")}
        assert not [n for n in said["citation"] if n not in citations], "acknowledged evidence is missing"
        held = {i for (i,) in connection.execute("SELECT id FROM assessments")}
        for answer in said["import"]:
            number = int(re.search(r"as assessment (\d+)", answer).group(1))  # type: ignore[union-attr]
            assert number in held, f"an acknowledged import is missing: {answer}"
        if said["mark"]:  # every mark that was committed answered: the last answer is the status now
            (status,) = connection.execute("SELECT status FROM assessments WHERE id = ?", (marked,)).fetchone()
            assert said["mark"][-1].startswith(f"Assessment {marked} is now {status}"), said["mark"][-1]
    finally:
        connection.close()
