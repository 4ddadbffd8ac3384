"""A database holding a schema object Assess did not create (a trigger, a view, a table, an index) is refused,
whether it is opened with --db, backed up or restored, and it is left as it was."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

import pytest

from assess import assessments, backup, responses
from assess.cli.main import main
from db import NotADatabase, open_store
from db.schema_objects import unexpected

FOREIGN = {
    "trigger": "CREATE TRIGGER forget AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log; END",
    "view": "CREATE VIEW everything AS SELECT * FROM responses",
    "table": "CREATE TABLE notes (text TEXT)",
    "index": "CREATE INDEX ix_mine ON responses (rationale)",
}


def assessed(path: Path) -> Path:
    store = open_store(path)
    try:
        with store.session() as session:
            created = assessments.create(session, country="Testland", title="Schema")
            responses.update(session, created.id, "PROS-1", law=2, rationale="recorded")
    finally:
        store.close()
    return path


def add(path: Path, statement: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute(statement)
        connection.commit()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("kind", list(FOREIGN))
def test_a_database_with_an_object_assess_did_not_create_is_not_opened(tmp_path: Path, capsys, kind: str) -> None:
    path = assessed(tmp_path / "assess.sqlite")
    add(path, FOREIGN[kind])
    before = digest(path)
    for command in (["list"], ["score", "1", "PROS-1", "--law", "3"]):
        assert main(["--db", str(path), *command]) == 1
        err = capsys.readouterr().err
        assert f"holds {'an' if kind == 'index' else 'a'} {kind} named" in err and "did not create" in err, err
    with pytest.raises(NotADatabase, match="did not create"):
        open_store(path)
    assert digest(path) == before
    assert not path.with_name(path.name + "-wal").exists()


def test_a_backup_with_a_trigger_is_not_restored(tmp_path: Path, capsys) -> None:
    database = assessed(tmp_path / "assess.sqlite")
    kept = backup.make_backup(database, tmp_path / "kept.sqlite").path
    add(kept, FOREIGN["trigger"])
    before = digest(database)
    assert main(["--db", str(database), "restore", str(kept)]) == 1
    assert "holds a trigger named 'forget' that Assess did not create" in capsys.readouterr().err
    assert digest(database) == before
    assert not list(tmp_path.glob("*before-restore*"))


def test_assess_own_schema_holds_nothing_unexpected(tmp_path: Path) -> None:
    path = assessed(tmp_path / "assess.sqlite")
    with contextlib.closing(sqlite3.connect(path)) as connection:
        rows = connection.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    assert rows and unexpected(rows) is None
    assert unexpected([("index", "ix_responses_assessment_id", "audit_log")]) == ("index", "ix_responses_assessment_id")
