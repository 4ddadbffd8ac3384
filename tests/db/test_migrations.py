"""Migrations on databases that hold data, refusal of newer databases, the copy taken first.

On SQLite files and, when a server is configured (tests/conftest.py), on PostgreSQL.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.pool import NullPool

from assess import approval, assessments, evidence, findings, responses, scoring, targets
from db import NewerDatabase, NotADatabase, StoreError, migrate, open_store
from db.models import Blob, BlobChunk, Evidence, Institution, Response
from db.store import make_engine
from tests.conftest import PostgresServer


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        tables = ["assessments", "responses", "evidence", "blobs", "blob_chunks", "institutions",
                  "response_institutions", "audit_log"]  # fmt: skip
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        con.close()


def fill(db_path: Path | str, tmp_path: Path, revision: str = "0001") -> int:
    """A database at ``revision`` holding an assessment with scores, institutions and a file.

    Filled through today's services at the head revision, then taken back down to ``revision`` by the migrations'
    own downgrades: the services read every column of today's tables, so they cannot fill an older schema.
    """
    try:
        return _filled(db_path, tmp_path)
    finally:
        _downgrade(db_path, revision)


def _downgrade(target: Path | str, revision: str) -> None:
    """Take the database back to ``revision`` (foreign keys off on SQLite, as every migration runs)."""
    from alembic import command

    engine, _, _ = make_engine(target)
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
                connection.commit()
            config = migrate.config()
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
            connection.commit()
    finally:
        engine.dispose()


def _filled(db_path: Path | str, tmp_path: Path) -> int:
    store = open_store(db_path)
    try:
        with store.session() as session:
            created = assessments.create(session, country="Testland", title="Baseline", period="2025")
            responses.update(
                session,
                created.id,
                "PROS-1.i",
                law=4,
                practice=2,
                rationale="Act of 2016",
                institutions=["Ministry of Justice", "Prosecutor General"],
                priority="high",
            )
            responses.update(session, created.id, "WG-2", not_applicable=True, na_justification="Party since 2005")
        sample = tmp_path / "act.txt"
        sample.write_text("Anti-Trafficking Act\n" * 1000, "utf-8")
        evidence.attach_file(store, created.id, "PROS-1.i", sample, description="the act")
    finally:
        store.close()
    return created.id


def test_upgrade_keeps_every_row_of_a_database_holding_data(db_path: Path, tmp_path: Path) -> None:
    assessment_id = fill(db_path, tmp_path)
    before = counts(db_path)
    assert before["evidence"] == 1 and before["blob_chunks"] >= 1 and before["response_institutions"] == 2

    store = open_store(db_path)  # migrates 0001 -> head, rebuilding the parent tables on SQLite
    try:
        assert counts(db_path) == before
        with store.session() as session:
            view = responses.get(session, assessment_id, "PROS-1.i")
            assert (view.law, view.practice, view.priority) == (4, 2, "high")
            assert view.institutions == ("Ministry of Justice", "Prosecutor General")
            assert session.scalar(select(func.count()).select_from(Evidence)) == 1
            assert session.scalar(select(func.count()).select_from(BlobChunk)) == before["blob_chunks"]
            assert session.scalar(select(func.count()).select_from(Institution)) == 2
            with store.engine.connect() as connection:
                assert migrate.current(connection) == migrate.head()
                assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        store.close()


def test_upgrade_takes_a_copy_first(db_path: Path, tmp_path: Path) -> None:
    fill(db_path, tmp_path)
    before = counts(db_path)
    open_store(db_path).close()
    copies = list(db_path.parent.glob("assess.before-upgrade-0001-*.sqlite"))
    assert len(copies) == 1
    assert counts(copies[0]) == before
    con = sqlite3.connect(copies[0])
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    finally:
        con.close()


def test_the_new_constraints_hold_after_upgrade(db_path: Path, tmp_path: Path) -> None:
    fill(db_path, tmp_path)
    store = open_store(db_path)
    try:
        with pytest.raises(Exception, match="CHECK constraint failed"), store.engine.begin() as connection:
            connection.execute(text("UPDATE responses SET priority = 'urgent'"))
        with store.session() as session:
            assert session.scalar(select(func.count()).where(Response.priority == "urgent")) == 0
    finally:
        store.close()


def test_a_fresh_database_is_created_at_head_without_a_copy(db_path: Path) -> None:
    open_store(db_path).close()
    assert db_path.exists()
    assert list(db_path.parent.glob("*.before-upgrade-*")) == []
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.head()
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        con.close()


def test_a_database_from_a_newer_release_is_refused_untouched(db_path: Path) -> None:
    open_store(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabase, match="newer release of Assess"):
        open_store(db_path)
    assert db_path.read_bytes() == before
    assert list(db_path.parent.glob("*.before-upgrade-*")) == []


def test_another_programs_sqlite_database_is_refused(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(NotADatabase, match="not an Assess database"):
        open_store(db_path)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"hello, this is text", b"SQLite format 3\x00" + b"\xff" * 200, b"\x00" * 4096],
    ids=["text", "header-then-garbage", "zeros"],
)
def test_files_that_are_not_databases_are_refused(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    with pytest.raises(StoreError):
        open_store(db_path)
    assert db_path.read_bytes() == content


def test_dedup_survives_migration(db_path: Path, tmp_path: Path) -> None:
    fill(db_path, tmp_path)
    store = open_store(db_path)
    try:
        with store.session() as session:
            sha = session.scalar(select(Blob.sha256))
            assert sha is not None and len(sha) == 64
    finally:
        store.close()


# -- PostgreSQL --------------------------------------------------------------------------------------------------


def server_counts(url: str) -> dict[str, int]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}
    finally:
        engine.dispose()


TABLES = ["assessments", "responses", "evidence", "blobs", "blob_chunks", "institutions",
          "response_institutions", "audit_log"]  # fmt: skip


@pytest.fixture
def empty_server_database(postgres: PostgresServer) -> Iterator[str]:
    name = postgres.create_database(migrated=False)
    try:
        yield postgres.database_url(name)
    finally:
        postgres.drop_database(name)


def test_upgrade_on_postgresql_keeps_every_row(empty_server_database: str, tmp_path: Path) -> None:
    url = empty_server_database
    assessment_id = fill(url, tmp_path)
    before = server_counts(url)
    assert before["evidence"] == 1 and before["blob_chunks"] >= 1 and before["response_institutions"] == 2

    store = open_store(url)  # migrates 0001 -> head on the server
    try:
        assert server_counts(url) == before
        with store.session() as session:
            view = responses.get(session, assessment_id, "PROS-1.i")
            assert (view.law, view.practice, view.priority) == (4, 2, "high")
            assert view.institutions == ("Ministry of Justice", "Prosecutor General")
            assert session.scalar(select(Blob.sha256)) is not None
        with store.engine.connect() as connection:
            assert migrate.current(connection) == migrate.head()
        with pytest.raises(Exception, match="ck_responses_priority"), store.engine.begin() as connection:
            connection.execute(text("UPDATE responses SET priority = 'urgent'"))
        assert list(tmp_path.glob("*.before-upgrade-*")) == [], "a server is backed up with pg_dump, not copied"
    finally:
        store.close()


def test_a_server_database_from_a_newer_release_is_refused_untouched(empty_server_database: str) -> None:
    open_store(empty_server_database).close()
    engine = create_engine(empty_server_database, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    finally:
        engine.dispose()
    with pytest.raises(NewerDatabase, match="newer release of Assess"):
        open_store(empty_server_database)


def test_another_programs_server_database_is_refused(empty_server_database: str) -> None:
    engine = create_engine(empty_server_database, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE contacts (name text)"))
    finally:
        engine.dispose()
    with pytest.raises(NotADatabase, match="not an Assess database"):
        open_store(empty_server_database)


def test_the_releases_database_gets_targets_findings_and_an_approval_record(db_path: Path, tmp_path: Path) -> None:
    """A database of the release before 0004 (schema 0003) holding data, one assessment of it final: upgraded, every
    row is kept, the final one has a record of being final, and targets, findings and approvals can be written."""
    assessment_id = fill(db_path, tmp_path, revision="0003")
    con = sqlite3.connect(db_path)
    con.execute("UPDATE assessments SET status = 'final' WHERE id = ?", (assessment_id,))
    con.commit()
    con.close()
    before = counts(db_path)
    store = open_store(db_path)
    try:
        assert counts(db_path) == before
        with store.session() as session:
            [entry] = approval.history(session, assessment_id)
            assert entry.status == "final" and entry.approval is not None and entry.approval.approved_by == ""
            assert approval.reopen(session, assessment_id, "Targets to be set").status == "draft"
            goals = targets.set_target(session, assessment_id, 3, codes=("PROS",), reason="A first step")
            assert goals.overrides["PROS"].level == 3 and goals.level == 4
            findings.set_finding(session, assessment_id, "Practice lags behind law.")
            state = {s.code: s for s in scoring.item_states(session, assessment_id)}["PROS-1.i"]
            assert (state.target, state.gap, state.severity) == (3, 1, "minor")
        with store.engine.connect() as connection:
            assert migrate.current(connection) == migrate.head()
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert list(db_path.parent.glob("assess.before-upgrade-0003-*.sqlite"))
    finally:
        store.close()


def test_the_known_revisions_match_the_migration_scripts() -> None:
    scripts = [r.revision for r in migrate.script().walk_revisions()]
    assert tuple(reversed(scripts)) == migrate.REVISIONS
    assert migrate.script().get_current_head() == migrate.HEAD
