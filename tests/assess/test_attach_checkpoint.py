"""Attaching a file commits without the checkpoint, and loses nothing by it.

On SQLite the attach's commit no longer copies the write-ahead log into the database file (that
doubled the time of a large attach); the copy happens at a later checkpoint. These tests hold
what that must not cost: the pooled connection gets its usual settings back however the attach
ends, the log is synced at the commit, a crash or a backup right after the attach keeps the file,
and the log does not stay large. The tests without ``db_path`` also run on PostgreSQL.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from assess import assessments, backup, evidence, evidence_files, responses
from assess.errors import Cancelled, TooLarge
from db import Store, open_store
from db.models import Blob, BlobChunk, Evidence
from db.store import WAL_SIZE_LIMIT

MB = 1024 * 1024
USUAL = {"wal_autocheckpoint": 1000, "synchronous": 2}  # what every connection of the store is opened with (FULL)


def write_file(path: Path, size: int, seed: int = 0) -> str:
    """A file of ``size`` bytes whose chunks all differ; returns its SHA-256."""
    digest = hashlib.sha256()
    block = hashlib.sha256(str(seed).encode()).digest() * (MB // 32)
    with path.open("wb") as out:
        for n in range(0, size, MB):
            chunk = n.to_bytes(8, "big") + block[8 : min(MB, size - n)]
            out.write(chunk)
            digest.update(chunk)
    return digest.hexdigest()


def new_assessment(store: Store) -> int:
    with store.session() as session:
        return assessments.create(session, country="Testland", title="Attach").id


class Connections:
    """Every driver connection the store's pool hands out, to look at their settings afterwards."""

    def __init__(self, store: Store) -> None:
        self.seen: list[sqlite3.Connection] = []
        self.last: sqlite3.Connection | None = None
        event.listen(store.engine, "checkout", self._checked_out)

    def _checked_out(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        self.last = dbapi_connection
        if dbapi_connection not in self.seen:
            self.seen.append(dbapi_connection)

    @staticmethod
    def settings(connection: sqlite3.Connection) -> dict[str, int]:
        return {name: connection.execute(f"PRAGMA {name}").fetchone()[0] for name in USUAL}

    def open_ones(self) -> list[sqlite3.Connection]:
        alive = []
        for connection in self.seen:
            try:
                connection.execute("SELECT 1")
            except sqlite3.ProgrammingError:  # closed: discarded by the pool
                continue
            alive.append(connection)
        return alive


def wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def test_the_commit_leaves_the_copy_into_the_database_file_for_later(db_path: Path, tmp_path: Path) -> None:
    store = open_store(db_path)
    aid = new_assessment(store)
    source = tmp_path / "hearing.bin"
    sha = write_file(source, 8 * MB)
    try:
        during: list[dict[str, int]] = []
        connections = Connections(store)

        def look(done: int, _total: int) -> None:
            if done == MB:  # inside the streaming transaction, on the attach's own connection
                assert connections.last is not None
                during.append(Connections.settings(connections.last))

        evidence.attach_file(store, aid, "PROS-1", source, progress=look)
        assert during == [{"wal_autocheckpoint": 0, "synchronous": 2}]  # no checkpoint; the log synced at the commit
        assert db_path.stat().st_size < 8 * MB < wal(db_path).stat().st_size  # the file's bytes are in the log only
        for connection in connections.open_ones():
            assert Connections.settings(connection) == USUAL
    finally:
        store.close()
    assert not wal(db_path).exists()  # closing the last connection checkpointed and removed the log
    assert db_path.stat().st_size > 8 * MB
    with sqlite3.connect(f"{db_path.as_uri()}?immutable=1", uri=True) as alone:  # the file alone, no log
        assert alone.execute("SELECT sha256 FROM blobs WHERE size > 0").fetchall() == [(sha,)]


def attach_that_fails(how: str) -> tuple[type[BaseException], Callable[..., Any]]:
    """An attach that ends, part way through the file, in the way named; returns what it raises and the call."""

    def run(store: Store, aid: int, source: Path, limit: int) -> Any:
        seen = 0

        def progress(done: int, _total: int) -> None:
            nonlocal seen
            seen = done
            if how == "grows" and done == MB:
                with source.open("ab") as out:  # the file grows while it is read, past the limit
                    out.write(b"\0" * (3 * MB))
            if how == "bug" and done == 2 * MB:
                raise RuntimeError("a bug in a progress callback")
            if how == "interrupted" and done == 2 * MB:
                raise KeyboardInterrupt

        return evidence.attach_file(
            store,
            aid,
            "PROS-1",
            source,
            progress=progress,
            cancelled=lambda: how == "cancelled" and seen >= MB,
            limit=limit,
        )

    raised = {"cancelled": Cancelled, "grows": TooLarge, "bug": RuntimeError, "interrupted": KeyboardInterrupt}[how]
    return raised, run


@pytest.mark.parametrize("how", ["cancelled", "grows", "bug", "interrupted"])
def test_a_failed_attach_gives_the_connection_back_with_its_usual_settings(
    db_path: Path, tmp_path: Path, how: str
) -> None:
    store = open_store(db_path)
    try:
        aid = new_assessment(store)
        source = tmp_path / "statement.bin"
        write_file(source, 4 * MB)
        connections = Connections(store)
        raised, run = attach_that_fails(how)
        with pytest.raises(raised):
            run(store, aid, source, 5 * MB)
        assert connections.open_ones(), "the attach's connection went back to the pool"
        for connection in connections.open_ones():
            assert Connections.settings(connection) == USUAL
        with store.session() as session:  # nothing was kept, and the store carries on
            assert session.scalar(select(func.count()).select_from(BlobChunk)) == 0
            assert session.scalar(select(func.count()).select_from(Blob)) == 0
            responses.update(session, aid, "PROS-1", rationale="carries on")
    finally:
        store.close()


def test_a_connection_whose_settings_cannot_be_put_back_is_discarded(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(db_path)
    try:
        aid = new_assessment(store)
        source = tmp_path / "report.bin"
        write_file(source, 2 * MB)
        connections = Connections(store)
        real = evidence_files._pragma

        def failing(connection: Any, statement: str) -> int | None:
            if statement == "wal_autocheckpoint=1000":
                raise sqlite3.OperationalError("disk I/O error")
            return real(connection, statement)

        monkeypatch.setattr(evidence_files, "_pragma", failing)
        added = evidence.attach_file(store, aid, "PROS-1", source)  # committed: the attach itself succeeded
        monkeypatch.undo()
        assert connections.seen and not connections.open_ones()  # the only connection used was closed
        with store.engine.connect() as connection:  # a new one, with the usual settings
            raw = connection.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection) and Connections.settings(raw) == USUAL
        with store.session() as session:
            assert session.get(Evidence, added.id) is not None
    finally:
        store.close()


def test_the_same_file_twice_and_after_a_cancel_is_stored_once_and_kept(db_target: str | Path, tmp_path: Path) -> None:
    """On both back ends: every way through the streaming transaction commits for real (checked after reopening)."""
    source = tmp_path / "minutes.bin"
    sha = write_file(source, 3 * MB + 17)
    store = open_store(db_target)
    try:
        aid = new_assessment(store)
        with pytest.raises(Cancelled):
            evidence.attach_file(store, aid, "PROS-1", source, cancelled=lambda: True)
        first = evidence.attach_file(store, aid, "PROS-1", source)
        second = evidence.attach_file(store, aid, "PROS-2", source, name="minutes (copy)")  # held already
    finally:
        store.close()
    store = open_store(db_target)
    try:
        with store.session() as session:
            assert session.scalars(select(Blob.sha256)).all() == [sha]
            assert session.scalar(select(func.count()).select_from(BlobChunk)) == 4
            assert {e.id for e in session.scalars(select(Evidence))} == {first.id, second.id}
        copy = evidence.save_copy(store, second.id, tmp_path / "out.bin")
        assert hashlib.sha256(copy.read_bytes()).hexdigest() == sha
    finally:
        store.close()


def test_a_backup_right_after_an_attach_holds_the_file(db_path: Path, tmp_path: Path) -> None:
    store = open_store(db_path)
    try:
        aid = new_assessment(store)
        source = tmp_path / "decree.bin"
        sha = write_file(source, 6 * MB)
        added = evidence.attach_file(store, aid, "PROT-2", source)
        assert wal(db_path).stat().st_size > 6 * MB  # still in the log only: the backup must read through it
        backup.make_backup(db_path, tmp_path / "backup.sqlite")
    finally:
        store.close()
    copy = open_store(tmp_path / "backup.sqlite")
    try:
        out = evidence.save_copy(copy, added.id, tmp_path / "from-backup.bin")
        assert hashlib.sha256(out.read_bytes()).hexdigest() == sha
    finally:
        copy.close()


CRASHING_ATTACH = """
import os, signal, sys
from assess import evidence
from db import open_store
store = open_store(sys.argv[1])
def progress(done, total):
    if sys.argv[3] == "during" and done == 3 * 1024 * 1024:
        os.kill(os.getpid(), signal.SIGKILL)
evidence.attach_file(store, 1, "PROS-1", sys.argv[2], progress=progress)
print("attached", flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # no close: the file is in the write-ahead log only
"""


@pytest.mark.parametrize("when", ["after", "during"])
def test_a_crash_after_or_during_an_attach_leaves_a_sound_database(db_path: Path, tmp_path: Path, when: str) -> None:
    store = open_store(db_path)
    new_assessment(store)
    store.close()
    source = tmp_path / "judgment.bin"
    sha = write_file(source, 5 * MB)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    killed = subprocess.run(
        [sys.executable, "-c", CRASHING_ATTACH, str(db_path), str(source), when],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert ("attached" in killed.stdout) == (when == "after")
    assert wal(db_path).exists()
    store = open_store(db_path)
    try:
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        with store.session() as session:
            found = evidence.list_for(session, 1)
        if when == "after":  # acknowledged, so kept
            assert [e.sha256 for e in found] == [sha]
            out = evidence.save_copy(store, found[0].id, tmp_path / "out.bin")
            assert hashlib.sha256(out.read_bytes()).hexdigest() == sha
        else:  # all or nothing
            assert found == []
            with store.session() as session:
                assert session.scalar(select(func.count()).select_from(BlobChunk)) == 0
    finally:
        store.close()


def test_the_log_shrinks_back_while_the_store_stays_open(db_path: Path, tmp_path: Path) -> None:
    store = open_store(db_path)
    try:
        aid = new_assessment(store)
        source = tmp_path / "archive.bin"
        size = WAL_SIZE_LIMIT + 16 * MB
        write_file(source, size)
        evidence.attach_file(store, aid, "PROS-1", source)
        assert wal(db_path).stat().st_size > size
        for n in range(2):  # the first ordinary commit checkpoints; the next starts the log again, cut to the limit
            with store.session() as session:
                responses.update(session, aid, "PROS-1", rationale=f"edit {n}")
        assert wal(db_path).stat().st_size <= WAL_SIZE_LIMIT
        assert db_path.stat().st_size > size
    finally:
        store.close()


def test_a_checkpoint_after_the_attach_copies_the_file_in_while_the_store_stays_open(
    db_path: Path, tmp_path: Path
) -> None:
    """What the window runs in the background once its attaching is done (Store.checkpoint)."""
    store = open_store(db_path)
    try:
        aid = new_assessment(store)
        source = tmp_path / "statement.bin"
        sha = write_file(source, 8 * MB, seed=3)
        evidence.attach_file(store, aid, "PROS-1", source)
        assert db_path.stat().st_size < 8 * MB  # in the log only
        store.checkpoint()
        assert db_path.stat().st_size > 8 * MB
        with sqlite3.connect(f"{db_path.as_uri()}?immutable=1", uri=True) as alone:  # the file alone, no log
            assert alone.execute("SELECT sha256 FROM blobs WHERE size > 0").fetchall() == [(sha,)]
        with store.session() as session:  # the store goes on as before
            responses.update(session, aid, "PROS-1", law=2)
    finally:
        store.close()


def test_a_checkpoint_on_a_server_does_nothing(store: Store) -> None:
    store.checkpoint()  # no write-ahead log of ours to copy on PostgreSQL; on SQLite, nothing to copy yet
    with store.session() as session:
        assert session.execute(select(func.count()).select_from(Evidence)).scalar_one() == 0
