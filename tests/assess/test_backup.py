"""Backups while the database is in use, and restoring one; a file that is not a usable backup changes nothing."""

# ruff: noqa: F811  (pytest fixtures imported from tests.exports.exchange.package_fixtures are parameters here)

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from assess import assessments, backup, responses
from assess.cli.main import main
from assess.errors import InvalidInput
from db import NewerDatabase, NotADatabase, Store, open_store
from db.errors import DatabaseCorrupt
from tests.exports.exchange.package_fixtures import (  # noqa: F401  (the fixtures are used by name)
    REVIEW,
    demo_template,
    file_digest,
    fingerprint,
    secretariat,
)


def db_path(store: Store) -> Path:
    assert store.path is not None
    return store.path


def test_a_backup_is_a_consistent_checked_single_file(secretariat: Store, tmp_path: Path) -> None:
    out = tmp_path / "copy.sqlite"
    made = backup.make_backup(db_path(secretariat), out)
    assert made.path == out and made.assessments == 2
    assert not out.with_name(out.name + "-wal").exists() and not out.with_name(out.name + ".part").exists()
    assert fingerprint(out) == fingerprint(db_path(secretariat))
    with sqlite3.connect(out) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_backup_taken_during_an_open_transaction_holds_only_committed_work(
    secretariat: Store, tmp_path: Path
) -> None:
    with secretariat.session() as session:
        responses.update(session, REVIEW, "PROS-2", rationale="Committed")
        session.commit()
        responses.update(session, REVIEW, "PROS-3", rationale="Not yet committed")
        session.flush()
        backup.make_backup(db_path(secretariat), tmp_path / "during.sqlite")
    restored = open_store(tmp_path / "during.sqlite")
    try:
        with restored.session() as session:
            assert responses.get(session, REVIEW, "PROS-2").rationale == "Committed"
            assert responses.get(session, REVIEW, "PROS-3").rationale != "Not yet committed"
    finally:
        restored.close()


def test_a_backup_while_another_thread_keeps_editing(secretariat: Store, tmp_path: Path) -> None:
    stop = threading.Event()
    done: list[int] = []

    def edit() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            with secretariat.session() as session:
                responses.update(session, REVIEW, "PREV-1", rationale=f"edit {n}")
            done.append(n)

    worker = threading.Thread(target=edit)
    worker.start()
    try:
        while len(done) < 5:
            stop.wait(0.01)
        copies = [backup.make_backup(db_path(secretariat), tmp_path / f"copy-{i}.sqlite") for i in range(3)]
    finally:
        stop.set()
        worker.join()
    for made in copies:
        assert backup.inspect(made.path).assessments == 2


def test_a_backup_does_not_overwrite_a_file(secretariat: Store, tmp_path: Path) -> None:
    out = tmp_path / "taken.sqlite"
    out.write_text("keep")
    with pytest.raises(InvalidInput, match="already exists"):
        backup.make_backup(db_path(secretariat), out)
    assert out.read_text() == "keep"


def test_restore_puts_the_backup_back_and_keeps_the_current_database(secretariat: Store, tmp_path: Path) -> None:
    saved = backup.make_backup(db_path(secretariat), tmp_path / "monday.sqlite").path
    with secretariat.session() as session:
        responses.update(session, REVIEW, "PROS-2", rationale="Tuesday's edit")
        assessments.create(session, country="Testland", title="Extra")
    tuesday = fingerprint(db_path(secretariat))
    result = backup.restore(db_path(secretariat), saved)
    assert result.previous is not None and fingerprint(result.previous) == tuesday
    assert fingerprint(db_path(secretariat)) == fingerprint(saved)
    with secretariat.session() as session:
        assert responses.get(session, REVIEW, "PROS-2").rationale != "Tuesday's edit"
        assert len(assessments.list_all(session)) == 2


def _not_assess(path: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    return path


def _newer(source: Path, path: Path) -> Path:
    backup.make_backup(source, path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    return path


def _damaged(source: Path, path: Path) -> Path:
    backup.make_backup(source, path)
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, len(data) - 4096, 4096 * 5):
        data[offset + 10 : offset + 60] = b"\xff" * 50
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("kind", "error", "message"),
    [
        ("text", NotADatabase, r"is not an Assess database \(it is not an SQLite file\)"),
        ("other sqlite", NotADatabase, "is an SQLite database, but not an Assess database"),
        ("newer", NewerDatabase, "written by a newer release of Assess"),
        ("damaged", DatabaseCorrupt, r"damaged|cannot be read as a database"),
    ],
)
def test_restore_refuses_a_file_that_is_not_a_usable_backup(
    secretariat: Store, tmp_path: Path, kind: str, error: type[Exception], message: str
) -> None:
    source = db_path(secretariat)
    candidate = tmp_path / "candidate.sqlite"
    if kind == "text":
        candidate.write_text("not a database at all")
    elif kind == "other sqlite":
        _not_assess(candidate)
    elif kind == "newer":
        _newer(source, candidate)
    else:
        _damaged(source, candidate)
    before, untouched = fingerprint(source), file_digest(candidate)
    with pytest.raises(error, match=message):
        backup.restore(source, candidate)
    assert fingerprint(source) == before
    assert file_digest(candidate) == untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["candidate.sqlite", "secretariat.sqlite"] + (
        ["secretariat.sqlite-shm", "secretariat.sqlite-wal"] if (tmp_path / "secretariat.sqlite-wal").exists() else []
    )


def test_restore_over_a_damaged_database(secretariat: Store, tmp_path: Path) -> None:
    source = db_path(secretariat)
    saved = backup.make_backup(source, tmp_path / "good.sqlite").path
    secretariat.close()
    source.write_bytes(b"garbage" * 1000)
    for suffix in ("-wal", "-shm"):
        source.with_name(source.name + suffix).unlink(missing_ok=True)
    result = backup.restore(source, saved)
    assert result.previous is not None and result.previous.read_bytes() == b"garbage" * 1000
    assert fingerprint(source) == fingerprint(saved)


def test_backup_and_restore_from_the_command_line(secretariat: Store, tmp_path: Path, capsys) -> None:
    db = str(db_path(secretariat))
    out = tmp_path / "backup.sqlite"
    assert main(["--db", db, "backup", "--out", str(out)]) == 0
    assert f"to {out} (2 assessments" in capsys.readouterr().out
    assert main(["--db", db, "score", str(REVIEW), "PROS-2", "--note", "after the backup"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "restore", str(out)]) == 0
    said = capsys.readouterr().out
    assert "Restored" in said and "kept at" in said and ".before-restore-" in said
    with secretariat.session() as session:
        assert responses.get(session, REVIEW, "PROS-2").rationale != "after the backup"
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert main(["--db", db, "restore", str(text)]) == 1
    assert "is not an Assess database" in capsys.readouterr().err


def test_backup_refuses_a_server_database(capsys) -> None:
    assert main(["--db", "postgresql+psycopg://u@localhost/assess", "backup", "--out", "x.sqlite"]) == 1
    assert "pg_dump" in capsys.readouterr().err


HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
connection.execute("SELECT count(*) FROM responses").fetchone()
if sys.argv[2] == "write-lock":
    connection.execute("BEGIN IMMEDIATE")
print("ready", flush=True)
sys.stdin.readline()
if sys.argv[2] == "write-lock":
    connection.execute("ROLLBACK")
else:
    connection.execute("UPDATE responses SET rationale = 'after the restore' WHERE assessment_id = 2 AND item_code = 'PROS-2'")
print("done", flush=True)
"""


def _holder(database: Path, how: str) -> subprocess.Popen[str]:
    """Another program with the database open: reading it, or holding its write lock (``how``), until told."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database), how], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    return process


def _finish(process: subprocess.Popen[str]) -> None:
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write("go\n")
    process.stdin.flush()
    try:
        assert process.stdout.readline().strip() == "done"
        assert process.wait(timeout=30) == 0
    finally:
        process.stdin.close()
        process.stdout.close()


def rationale(database: Path, code: str) -> str:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        row = connection.execute(
            "SELECT rationale FROM responses WHERE assessment_id = ? AND item_code = ?", (REVIEW, code)
        ).fetchone()
    return str(row[0])


@pytest.mark.parametrize("page_size", [4096, 8192])
def test_restoring_while_another_program_has_the_database_open_keeps_what_it_saves_after(
    secretariat: Store, tmp_path: Path, capsys, page_size: int
) -> None:
    database = db_path(secretariat)
    with secretariat.session() as session:
        responses.update(session, REVIEW, "PROS-3", rationale="in the backup")
    kept = backup.make_backup(database, tmp_path / "kept.sqlite").path
    with contextlib.closing(sqlite3.connect(kept)) as connection:  # a backup made by another build of SQLite
        connection.execute(f"PRAGMA page_size={page_size}")
        connection.execute("VACUUM")
    with secretariat.session() as session:
        responses.update(session, REVIEW, "PROS-3", rationale="after the backup")
    secretariat.close()
    other = _holder(database, "read")
    try:
        assert main(["--db", str(database), "restore", str(kept)]) == 0, capsys.readouterr().err
    finally:
        _finish(other)  # it saves once the restore is done, into the database it has open
    assert rationale(database, "PROS-3") == "in the backup"
    assert rationale(database, "PROS-2") == "after the restore", "an edit saved after the restore was lost"


def test_restoring_while_another_program_writes_gives_up_in_time(
    secretariat: Store, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = db_path(secretariat)
    kept = backup.make_backup(database, tmp_path / "kept.sqlite").path
    secretariat.close()
    monkeypatch.setattr(backup, "IN_USE_WAIT_S", 1.0)
    other = _holder(database, "write-lock")
    codes: list[int] = []
    try:
        before = fingerprint(database)
        restoring = threading.Thread(target=lambda: codes.append(main(["--db", str(database), "restore", str(kept)])))
        restoring.start()
        restoring.join(timeout=60)
        assert not restoring.is_alive(), "the restore waits for ever"
    finally:
        _finish(other)
    assert codes == [1]
    assert f"is in use by another program (process {other.pid})" in capsys.readouterr().err
    assert fingerprint(database) == before
