"""Driver errors classified by their code (SQLite's result code, PostgreSQL's SQLSTATE), whatever their words.

SQLite errors are provoked for real on files; PostgreSQL's are the driver's own exception classes, which
carry their SQLSTATE. A message in another language, or reworded by a later driver, is classified the same.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseUnavailable,
    PermissionDenied,
    StoreError,
    classify,
    explain,
    sqlite_code,
)

psycopg_errors = pytest.importorskip("psycopg.errors")

LABEL = "assess.sqlite"


def raised(action: object) -> BaseException:
    try:
        action()  # type: ignore[operator]
    except Exception as exc:
        return exc
    raise AssertionError("nothing was raised")


def test_a_busy_file_is_locked_whatever_its_extended_code(tmp_path: Path) -> None:
    path = tmp_path / "busy.sqlite"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    waiting = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        error = raised(lambda: waiting.execute("BEGIN IMMEDIATE"))
    finally:
        waiting.close()
        holder.execute("ROLLBACK")
        holder.close()
    assert sqlite_code(error) == sqlite3.SQLITE_BUSY
    assert isinstance(classify(error, LABEL), DatabaseLocked)


def test_a_file_that_is_no_database_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"These are my notes, not a database. " * 200)
    connection = sqlite3.connect(path)
    try:
        error = raised(lambda: connection.execute("SELECT * FROM sqlite_master").fetchall())
    finally:
        connection.close()
    found = classify(error, LABEL)
    assert isinstance(found, DatabaseCorrupt) and "Restore it from a backup" in str(found)


def test_a_file_that_cannot_be_opened_or_written_says_so(tmp_path: Path) -> None:
    error = raised(lambda: sqlite3.connect(f"file:{tmp_path / 'missing' / 'x.sqlite'}?mode=ro", uri=True))
    assert isinstance(classify(error, LABEL), DatabaseUnavailable)
    path = tmp_path / "ro.sqlite"
    sqlite3.connect(path).close()
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        error = raised(lambda: reader.execute("CREATE TABLE t (x)"))
    finally:
        reader.close()
    found = classify(error, LABEL)
    assert isinstance(found, DatabaseUnavailable) and "read-only" in str(found)


def test_our_own_mistakes_are_bugs_not_messages() -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (x CHECK (x > 0))")
    try:
        for action in (
            lambda: connection.execute("SELECT * FROM nowhere"),
            lambda: connection.execute("INSERT INTO t VALUES (0)"),
        ):
            assert classify(raised(action), LABEL) is None
    finally:
        connection.close()
    assert classify(ValueError("a bug of ours"), LABEL) is None
    assert type(explain(sqlite3.OperationalError("no such table: x"), LABEL)) is StoreError


@pytest.mark.parametrize(
    ("state", "words", "expected", "says"),
    [
        ("42501", "permission denied for table responses", PermissionDenied, "assess server setup"),
        ("25006", "cannot execute UPDATE in a read-only transaction", PermissionDenied, "the server refused"),
        ("40001", "could not serialize access", DatabaseLocked, "someone else was saving"),
        ("40P01", "deadlock detected", DatabaseLocked, "someone else was saving"),
        ("55P03", "canceling statement due to lock timeout", DatabaseLocked, "someone else was saving"),
        ("53100", "could not extend file", DatabaseUnavailable, "disk of the server"),
        ("53300", "sorry, too many clients already", DatabaseUnavailable, "too many connections"),
        ("57014", "canceling statement due to user request", DatabaseUnavailable, "cancelled this request"),
        ("57P01", "terminating connection due to administrator command", DatabaseUnavailable, "Lost the connection"),
        ("08006", "server closed the connection", DatabaseUnavailable, "Lost the connection"),
    ],
)
def test_server_errors_are_classified_by_sqlstate_not_by_words(
    state: str, words: str, expected: type[StoreError], says: str
) -> None:
    for text in (words, "Fehler: etwas ist schiefgegangen"):  # the server's language does not matter
        error = psycopg_errors.lookup(state)(text)
        found = classify(error, "server")
        assert type(found) is expected and says in str(found), (state, text)


def test_a_server_error_that_is_ours_stays_a_bug() -> None:
    assert classify(psycopg_errors.lookup("42P01")('relation "nowhere" does not exist'), "server") is None
    assert classify(psycopg_errors.lookup("23505")("duplicate key value"), "server") is None


def test_a_failure_to_connect_has_no_code_and_says_what_the_server_said() -> None:
    refused = psycopg_errors.OperationalError(
        'connection failed: connection to server at "127.0.0.1", port 5432 failed: FATAL:  permission denied for '
        'database "assess"'
    )
    found = classify(refused, "server")
    assert isinstance(found, PermissionDenied) and 'permission denied for database "assess"' in str(found)
    unreachable = psycopg_errors.OperationalError("connection failed: Connection refused")
    found = classify(unreachable, "server")
    assert isinstance(found, DatabaseUnavailable) and str(found).startswith("Cannot connect to server")
    assert "Lost the connection" in str(classify(unreachable, "server", disconnect=True))
