"""Several people editing one database at the same moment: no edit is lost silently, nothing crashes.

Each writer opens its own store (threads in this process, or separate processes: two copies of the
app) and, for a few seconds, does what the window does: read an item, think, save it with the
version it read. The rationale holds a counter that every save increments, so an edit made on a
stale copy and saved anyway would show as a final count below the number of saves acknowledged.
Most edits go to one contested item, the rest to an item of the writer's own. Every refusal must
be a StaleEdit or DatabaseLocked with a message saying what happened.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import random
import sqlite3
import threading
import time
import traceback
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text

from assess import assessments, responses
from assess.cli import main as cli
from assess.errors import StaleEdit
from db import DatabaseLocked, Store, open_store, timeouts
from db import store as store_module
from db.models import AuditEntry

SHARED = "PROS-1"
OWN = ("PROT-1", "PREV-1", "NAT-1", "INT-1")
SECONDS = 2.0


@dataclass
class Tally:
    """What one writer saw: saves acknowledged per item, refusals (kind, message), anything else (a crash)."""

    saved: Counter[str] = field(default_factory=Counter)
    refused: list[tuple[str, str]] = field(default_factory=list)
    crashed: list[str] = field(default_factory=list)


def writer(target: str, assessment_id: int, own: str, seconds: float, seed: int, start: Any) -> Tally:
    """Read-modify-write with the version read, until the time is up. Runs in a thread or a process.

    ``start`` is a barrier shared by all writers, so that they all edit during the same seconds.
    """
    tally = Tally()
    rng = random.Random(seed)
    store = open_store(target)
    try:
        start.wait(timeout=120)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            code = SHARED if rng.random() < 0.7 else own
            try:
                with store.session() as session:
                    seen = responses.get(session, assessment_id, code)
                time.sleep(rng.random() * 0.004)  # the person types
                with store.session() as session:
                    responses.update(
                        session,
                        assessment_id,
                        code,
                        rationale=str(int(seen.rationale or "0") + 1),
                        expected_version=seen.version,
                    )
                tally.saved[code] += 1
            except (StaleEdit, DatabaseLocked) as refusal:
                tally.refused.append((type(refusal).__name__, str(refusal)))
            except Exception:
                tally.crashed.append(traceback.format_exc())
    finally:
        store.close()
    return tally


def new_assessment(store: Store) -> int:
    with store.session() as session:
        return assessments.create(session, country="Concurrentia", title="Baseline").id


def check(store: Store, assessment_id: int, tallies: list[Tally]) -> None:
    crashes = [crash for tally in tallies for crash in tally.crashed]
    assert not crashes, crashes[0]
    saved = sum((tally.saved for tally in tallies), Counter())
    refused = [refusal for tally in tallies for refusal in tally.refused]
    for kind, message in refused:
        if kind == "StaleEdit":
            assert "so your edit was not saved" in message and "It now reads:" in message, message
        else:
            assert "Try again" in message, message
    assert saved[SHARED] > 0 and any(kind == "StaleEdit" for kind, _ in refused), "the writers never collided"
    with store.session() as session:
        for code in (SHARED, *OWN):
            final = responses.get(session, assessment_id, code)
            # Every acknowledged save is in the count: none was overwritten by an edit made on a stale copy.
            assert int(final.rationale or "0") == saved[code], (code, final.rationale, saved[code])
            assert final.version == 1 + saved[code]
            logged = session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.item_code == code, AuditEntry.field == "rationale")
            )
            assert logged == saved[code], "every save, and only saves, are in the audit log"


def test_writers_in_threads_lose_no_edit(store: Store, db_target: str | Path) -> None:
    assessment_id = new_assessment(store)
    start = threading.Barrier(len(OWN))
    with ThreadPoolExecutor(len(OWN)) as pool:
        futures = [
            pool.submit(writer, str(db_target), assessment_id, own, SECONDS, seed, start)
            for seed, own in enumerate(OWN)
        ]
        tallies = [future.result(timeout=SECONDS + 120) for future in futures]
    check(store, assessment_id, tallies)


def copy_of_the_app(results: Any, *args: Any) -> None:
    results.put(writer(*args))


def test_two_copies_of_the_app_lose_no_edit(store: Store, db_target: str | Path) -> None:
    """Separate processes, as when people run the app on one file on one computer, or on one server."""
    assessment_id = new_assessment(store)
    copies = OWN[:3]
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(len(copies)), context.Queue()
    processes = [
        context.Process(
            target=copy_of_the_app, args=(results, str(db_target), assessment_id, own, SECONDS, 10 + seed, start)
        )
        for seed, own in enumerate(copies)
    ]
    for process in processes:
        process.start()
    try:
        tallies = [results.get(timeout=SECONDS + 120) for _ in processes]
    finally:
        for process in processes:
            process.join(timeout=30)
    assert [process.exitcode for process in processes] == [0] * len(copies)
    check(store, assessment_id, tallies)


# -- a database held by someone else for longer than we wait -----------------------------------------------


@pytest.fixture
def impatient(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wait a fifth of a second for a lock instead of ten (SQLite's file) or five (a server's row)."""
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(timeouts, "SERVER", dataclasses.replace(timeouts.SERVER, lock=0.2))


def hold_lock(store: Store, db_target: str | Path, assessment_id: int) -> object:
    """Start a transaction elsewhere that holds what an edit of PROS-1 needs; the caller must close it."""
    if store.is_sqlite:
        other = sqlite3.connect(db_target, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        return other
    connection = store.engine.connect()
    connection.execute(
        text("SELECT id FROM responses WHERE assessment_id = :a AND item_code = 'PROS-1' FOR UPDATE"),
        {"a": assessment_id},
    )
    return connection


def test_a_database_busy_for_too_long_is_a_clear_refusal(impatient: None, db_target: str | Path) -> None:
    store = open_store(db_target)
    try:
        assessment_id = new_assessment(store)
        holder = hold_lock(store, db_target, assessment_id)
        try:
            with pytest.raises(DatabaseLocked, match="Try again"), store.session() as session:
                responses.update(session, assessment_id, "PROS-1", law=3)
        finally:
            holder.close()  # type: ignore[attr-defined]
        with store.session() as session:
            assert responses.get(session, assessment_id, "PROS-1").law is None, "nothing of the refused edit"
            responses.update(session, assessment_id, "PROS-1", law=3)
        with store.session() as session:
            assert responses.get(session, assessment_id, "PROS-1").law == 3
    finally:
        store.close()


def test_the_command_line_says_busy_in_one_line(
    impatient: None, db_target: str | Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(db_target)
    try:
        assessment_id = new_assessment(store)
        holder = hold_lock(store, db_target, assessment_id)
        try:
            capsys.readouterr()
            code = cli.main(["--db", str(db_target), "score", str(assessment_id), "PROS-1", "--law", "2"])
            err = capsys.readouterr().err
        finally:
            holder.close()  # type: ignore[attr-defined]
    finally:
        store.close()
    assert code == cli.EXIT_REFUSED
    assert len(err.splitlines()) == 1 and "Try again" in err and "Traceback" not in err, err


def test_two_people_attaching_the_same_file_at_once_both_succeed(store: Store, tmp_path: Path) -> None:
    """On a server both stream at the same time; the file is stored once and both items refer to it."""
    from assess import evidence
    from db.models import Blob

    assessment_id = new_assessment(store)
    document = tmp_path / "national-action-plan.pdf"
    document.write_bytes(random.Random(7).randbytes(3 * 1024 * 1024))
    start = threading.Barrier(2)

    def attach(code: str) -> evidence.EvidenceView:
        start.wait(timeout=30)
        return evidence.attach_file(store, assessment_id, code, document)

    with ThreadPoolExecutor(2) as pool:
        added = [f.result(timeout=120) for f in [pool.submit(attach, "PROS-2"), pool.submit(attach, "PROT-2")]]
    assert added[0].sha256 == added[1].sha256
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 1
        assert [e.item_code for e in evidence.list_for(session, assessment_id)] == ["PROS-2", "PROT-2"]


def test_two_people_naming_the_same_new_institution_at_once(store: Store) -> None:
    """The second save finds the name added by the first after it looked: refused with a reason, then it works."""
    assessment_id = new_assessment(store)
    done: list[bool] = []

    def the_other_saves_first(_connection: Any, _cursor: Any, sql: str, *_: Any) -> None:
        if not done and sql.lstrip().upper().startswith("UPDATE RESPONSES"):  # the first write of the edit
            done.append(True)
            with store.session() as other:
                responses.update(other, assessment_id, "PROS-2", institutions=["Anti-Trafficking Unit"])

    event.listen(store.engine, "before_cursor_execute", the_other_saves_first)
    try:
        with (
            pytest.raises(StaleEdit, match=r"Someone else added Anti-Trafficking Unit .* not saved"),
            store.session() as first,
        ):
            responses.update(first, assessment_id, "PROS-1", law=2, institutions=["Anti-Trafficking Unit"])
    finally:
        event.remove(store.engine, "before_cursor_execute", the_other_saves_first)
    assert done
    with store.session() as session:
        assert responses.get(session, assessment_id, "PROS-1").law is None, "nothing of the refused edit"
        again = responses.update(session, assessment_id, "PROS-1", law=2, institutions=["Anti-Trafficking Unit"])
        assert again.institutions == ("Anti-Trafficking Unit",)
