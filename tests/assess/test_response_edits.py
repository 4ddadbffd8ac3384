"""Saving an edit of a response: what the ways of writing it leave behind, and what a save costs.

An edit is written through the driver with statements compiled once (assess.response_rows) when it
can be (a score, a note, a date), in a session (``responses.update``) or on a pooled connection of its
own (``responses.save``, what the window does), and through the ORM objects when it changes the
institutions or the session already holds the response. These tests check that all of them leave the
same rows, audit entries and returned view; that a session which holds the objects still sees them as
saved; that a save made by someone else between the read and the write is refused, not overwritten;
that a score edit stays at four statements; and that driver errors come out as the same messages.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from assess import assessments, audit, evidence, response_rows, responses
from assess.errors import InvalidInput, NotFound, ReadOnly, StaleEdit
from db import DatabaseLocked, DatabaseUnavailable, Store, open_store
from db.models import Assessment, Response

CODE = "PROS-1"
OTHER = "PROS-2"
THIRD = "PROS-3"


@pytest.fixture
def aid(store: Store) -> int:
    with store.session() as session:
        return assessments.create(session, country="Freedonia", title="Baseline").id


def edit(store: Store, assessment_id: int, code: str, **fields: Any) -> responses.ResponseView:
    with store.session() as session:
        return responses.update(session, assessment_id, code, **fields)


def read(store: Store, assessment_id: int, code: str) -> responses.ResponseView:
    with store.session() as session:
        return responses.get(session, assessment_id, code)


def edit_holding_objects(store: Store, assessment_id: int, code: str, **fields: Any) -> responses.ResponseView:
    """The same edit in a session that already holds the response and the assessment as objects (held here: a
    session keeps its objects only as long as someone else does), which makes it go through the ORM objects."""
    with store.session() as session:
        assessment = assessments.get(session, assessment_id)
        response = responses.find(session, assessment, code)
        saved = responses.update(session, assessment_id, code, **fields)
        assert response.version == saved.version  # the held object was the one written
        return saved


@pytest.fixture
def ways(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How many edits each way of writing made."""
    counts = {"objects": 0, "rows": 0}
    by_objects, by_rows = responses._update_objects, responses._edit

    def counted_objects(*args: Any, **kwargs: Any) -> Any:
        counts["objects"] += 1
        return by_objects(*args, **kwargs)

    def counted_rows(*args: Any, **kwargs: Any) -> Any:
        written = by_rows(*args, **kwargs)
        counts["rows"] += written is not None
        return written

    monkeypatch.setattr(responses, "_update_objects", counted_objects)
    monkeypatch.setattr(responses, "_edit", counted_rows)
    return counts


def changes(store: Store, assessment_id: int, code: str) -> list[tuple[Any, ...]]:
    """The audit entries of one item, oldest first, without their time."""
    with store.session() as session:
        history = audit.history(session, assessment_id, code)
    return [(c.user, c.entity, c.field, c.old, c.new, c.origin) for c in reversed(history)]


@contextmanager
def statements(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The SQL of every statement an edit runs, through a session or the driver."""
    seen: list[str] = []
    run, begin = response_rows.Rows.run, response_rows.Rows.begin_immediate

    def counted_run(self: response_rows.Rows, statement: Any, values: Any) -> Any:
        seen.append(statement.sql)
        return run(self, statement, values)

    def counted_begin(self: response_rows.Rows) -> None:
        seen.append("BEGIN IMMEDIATE")
        begin(self)

    with monkeypatch.context() as patch:
        patch.setattr(response_rows.Rows, "run", counted_run)
        patch.setattr(response_rows.Rows, "begin_immediate", counted_begin)
        yield seen


def comparable(view: responses.ResponseView) -> tuple[Any, ...]:
    """A view without what differs between two items edited alike: the code and the time."""
    return (
        view.law,
        view.practice,
        view.not_applicable,
        view.na_justification,
        view.rationale,
        view.institutions,
        view.priority,
        view.target_date,
        view.next_action,
        view.technical_assistance,
        view.updated_by,
        view.version,
        view.evidence_count,
    )


SEQUENCE: list[dict[str, Any]] = [
    {"law": 3, "practice": "2", "rationale": "  In the penal code since 2019 "},
    {"law": 3, "practice": 2},  # nothing changes
    {"priority": "HIGH", "target_date": "2027-06-30", "next_action": "Ask the ministry", "user": "secretariat"},
    {"not_applicable": True, "na_justification": "No such court here", "origin": "workshop"},
    {"law": 1},  # a score makes the item applicable again
    {"practice": None, "target_date": "", "priority": None, "technical_assistance": "Training"},
]


def test_every_way_of_writing_leaves_the_same_rows_audit_and_view(store: Store, aid: int, ways: dict[str, int]) -> None:
    for step in SEQUENCE:
        core = edit(store, aid, CODE, **step)
        assert ways == {"objects": 0, "rows": 1}, step
        orm = edit_holding_objects(store, aid, OTHER, **step)
        assert ways == {"objects": 1, "rows": 1}, step
        own = responses.save(store, aid, THIRD, **step)
        assert ways == {"objects": 1, "rows": 2}, step
        ways.update(objects=0, rows=0)
        assert comparable(core) == comparable(orm) == comparable(own), step
        assert comparable(read(store, aid, CODE)) == comparable(core)
        assert comparable(read(store, aid, OTHER)) == comparable(orm)
        assert read(store, aid, THIRD) == own
    assert changes(store, aid, CODE) == changes(store, aid, OTHER) == changes(store, aid, THIRD)
    assert [(c[0], c[2], c[3], c[4], c[5]) for c in changes(store, aid, CODE)] == [
        ("tester", "law_score", None, "3", ""),
        ("tester", "practice_score", None, "2", ""),
        ("tester", "rationale", "", "In the penal code since 2019", ""),
        ("secretariat", "next_action", "", "Ask the ministry", ""),
        ("secretariat", "priority", None, "high", ""),
        ("secretariat", "target_date", None, "2027-06-30", ""),
        ("tester", "law_score", "3", None, "workshop"),
        ("tester", "practice_score", "2", None, "workshop"),
        ("tester", "not_applicable", "no", "yes", "workshop"),
        ("tester", "na_justification", "", "No such court here", "workshop"),
        ("tester", "law_score", None, "1", ""),
        ("tester", "not_applicable", "yes", "no", ""),
        ("tester", "na_justification", "No such court here", "", ""),
        ("tester", "technical_assistance", "", "Training", ""),
        ("tester", "priority", "high", None, ""),
        ("tester", "target_date", "2027-06-30", None, ""),
    ]
    final = read(store, aid, CODE)
    assert (final.law, final.practice, final.not_applicable, final.updated_by) == (1, None, False, "tester")


def test_the_saved_view_shows_the_institutions_in_order_and_the_evidence(store: Store, aid: int) -> None:
    edit(store, aid, CODE, institutions=["Ministry of Justice", "Labour Inspectorate", "Anti-Trafficking Unit"])
    with store.session() as session:
        evidence.add_link(session, aid, CODE, "https://example.org/penal-code")
        evidence.add_link(session, aid, CODE, "https://example.org/decree")

    saved = edit(store, aid, CODE, law=2)

    assert saved.institutions == ("Ministry of Justice", "Labour Inspectorate", "Anti-Trafficking Unit")
    assert saved.evidence_count == 2
    assert saved == read(store, aid, CODE)


def test_a_session_holding_the_objects_sees_the_edit_and_can_go_on(store: Store, aid: int) -> None:
    with store.session() as session:
        assessment = assessments.get(session, aid)
        response = responses.find(session, assessment, CODE)
        saved = responses.update(session, aid, CODE, law=3)
        assert (response.law_score, response.version) == (3, saved.version)
        assert assessment.updated_at == saved.updated_at
        # What importing a package does next: keep who changed it there, and when.
        response.updated_by = "t.mensah"
        session.flush()
    assert read(store, aid, CODE).updated_by == "t.mensah"


def test_a_session_holding_only_the_assessment_keeps_its_time_current(store: Store, aid: int) -> None:
    with store.session() as session:
        assessment = assessments.get(session, aid)
        first = responses.update(session, aid, CODE, law=3)
        second = responses.update(session, aid, OTHER, practice=1)
        assert assessments.info(assessment).updated_at == second.updated_at
        assert first.updated_at is not None and second.updated_at is not None
        assert second.updated_at >= first.updated_at
    with store.session() as session:
        stored = session.get(Assessment, aid)
        assert stored is not None and stored.updated_at == second.updated_at


@contextmanager
def someone_saves_first(monkeypatch: pytest.MonkeyPatch, action: Any) -> Iterator[list[bool]]:
    """Run ``action`` once, after an edit has read the response and before it writes."""
    done: list[bool] = []
    write = response_rows.Rows.save

    def interrupted(self: response_rows.Rows, **values: Any) -> bool:
        if not done:
            done.append(True)
            action()
        return write(self, **values)

    with monkeypatch.context() as patch:
        patch.setattr(response_rows.Rows, "save", interrupted)
        yield done


def test_a_save_made_between_the_read_and_the_write_is_refused_not_overwritten(
    store: Store, aid: int, db_target: str | Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = read(store, aid, CODE)
    other = open_store(db_target)
    try:
        with (
            someone_saves_first(
                monkeypatch, lambda: edit(other, aid, CODE, rationale="Theirs", user="focal-point-justice")
            ) as done,
            pytest.raises(StaleEdit, match="changed by focal-point-justice since you opened it") as refused,
        ):
            edit(store, aid, CODE, law=4, rationale="Mine", expected_version=opened.version)
    finally:
        other.close()

    assert done
    assert refused.value.current is not None and refused.value.current.rationale == "Theirs"
    now = read(store, aid, CODE)
    assert (now.law, now.rationale, now.updated_by, now.version) == (None, "Theirs", "focal-point-justice", 2)
    assert [c[:3] for c in changes(store, aid, CODE)] == [("focal-point-justice", "response", "rationale")]


def test_the_window_s_save_cannot_be_overtaken(
    store: Store, aid: int, db_target: str | Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On SQLite the save holds the write lock from before its read, so nobody can write in between; on a
    server a save made in between is refused as above."""
    opened = read(store, aid, CODE)
    if store.is_sqlite:
        attempts: list[str] = []

        def try_to_write() -> None:
            other = sqlite3.connect(db_target, timeout=0, isolation_level=None)
            try:
                other.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                attempts.append(str(exc))
            finally:
                other.close()

        with someone_saves_first(monkeypatch, try_to_write):
            saved = responses.save(store, aid, CODE, law=4, expected_version=opened.version)
        assert attempts == ["database is locked"]
        assert (saved.law, saved.version) == (4, opened.version + 1)
        return
    other = open_store(db_target)
    try:
        with (
            someone_saves_first(
                monkeypatch, lambda: responses.save(other, aid, CODE, rationale="Theirs", user="focal-point-justice")
            ),
            pytest.raises(StaleEdit, match="changed by focal-point-justice since you opened it") as refused,
        ):
            responses.save(store, aid, CODE, law=4, rationale="Mine", expected_version=opened.version)
    finally:
        other.close()
    assert refused.value.current is not None and refused.value.current.rationale == "Theirs"
    now = read(store, aid, CODE)
    assert (now.law, now.rationale, now.version) == (None, "Theirs", 2)
    assert [c[:3] for c in changes(store, aid, CODE)] == [("focal-point-justice", "response", "rationale")]


def test_an_outdated_copy_is_refused_by_the_window_s_save(store: Store, aid: int) -> None:
    opened = read(store, aid, CODE)
    responses.save(store, aid, CODE, rationale="Theirs", user="focal-point-justice")
    with pytest.raises(StaleEdit, match="changed by focal-point-justice") as refused:
        responses.save(store, aid, CODE, law=1, expected_version=opened.version)
    assert refused.value.current == read(store, aid, CODE)
    assert read(store, aid, CODE).law is None


def test_a_score_edit_takes_four_statements_and_an_unchanged_one_only_the_read(
    store: Store, aid: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = read(store, aid, CODE)
    with statements(monkeypatch) as seen:
        saved = edit(store, aid, CODE, law=2, expected_version=opened.version)
    assert len(seen) == 4, seen
    with statements(monkeypatch) as seen:
        edit(store, aid, CODE, law=2, expected_version=saved.version)
    assert len(seen) == 1, seen
    with statements(monkeypatch) as seen:
        saved = responses.save(store, aid, CODE, law=3, expected_version=saved.version)
    assert len(seen) == (5 if store.is_sqlite else 4), seen  # on SQLite, BEGIN IMMEDIATE first
    with store.session() as session:
        versions = session.scalars(select(Response.version).where(Response.item_code == CODE)).all()
    assert versions == [saved.version]


def test_the_window_s_save_falls_back_to_the_session_for_what_it_does_not_write(store: Store, aid: int) -> None:
    saved = responses.save(store, aid, CODE, institutions=["Ministry of Justice"], law=2)
    assert (saved.institutions, saved.law) == (("Ministry of Justice",), 2)
    with pytest.raises(NotFound, match="no item PROS-99"):
        responses.save(store, aid, "PROS-99", law=1)
    with store.session() as session:
        assessments.set_status(session, aid, "final")
    with pytest.raises(ReadOnly):
        responses.save(store, aid, CODE, law=3)
    with pytest.raises(TypeError, match="unexpected fields"):
        responses.save(store, aid, CODE, score=3)
    assert read(store, aid, CODE).law == 2


def test_a_busy_database_is_a_message_and_the_edit_is_not_half_saved(
    store: Store, aid: int, db_target: str | Path
) -> None:
    if not store.is_sqlite:
        pytest.skip("SQLite's file lock")
    opened = read(store, aid, CODE)
    with store.driver_connection() as kept:  # the connection the next save is written on
        kept.driver_connection.execute("PRAGMA busy_timeout=50")
    holder = sqlite3.connect(db_target, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLocked, match="is busy: another program is writing to it"):
            responses.save(store, aid, CODE, law=3, expected_version=opened.version)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert read(store, aid, CODE) == opened
    saved = responses.save(store, aid, CODE, law=3, expected_version=opened.version)
    assert (saved.law, saved.version) == (3, opened.version + 1)


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (sqlite3.OperationalError("disk I/O error"), DatabaseUnavailable),
        (sqlite3.IntegrityError("CHECK constraint failed"), IntegrityError),
        (ValueError("a bug of ours"), ValueError),
    ],
)
def test_driver_errors_in_a_save_come_out_as_a_session_s_would(
    store: Store, aid: int, monkeypatch: pytest.MonkeyPatch, raised: Exception, expected: type[Exception]
) -> None:
    """An error of the environment is a message about the database; any other driver error is what SQLAlchemy
    raises in a session (so the window's own mapping applies); an error of ours stays itself. Nothing is saved."""
    if not store.is_sqlite:
        pytest.skip("SQLite's driver errors")
    opened = read(store, aid, CODE)
    write = response_rows.Rows.save

    def failing(self: response_rows.Rows, **values: Any) -> bool:
        write(self, **values)

        class Failing:
            def execute(self, *_args: Any) -> None:
                raise raised

        self.cursor = Failing()
        self.run(self.compiled.touch, {"assessment_key": aid, "updated_at": values["values"]["updated_at"]})
        return True

    monkeypatch.setattr(response_rows.Rows, "save", failing)
    with pytest.raises(expected):
        responses.save(store, aid, CODE, law=3, expected_version=opened.version)
    monkeypatch.undo()
    assert read(store, aid, CODE) == opened
    assert changes(store, aid, CODE) == []


def test_an_edit_that_fails_part_way_leaves_nothing_in_the_session(
    store: Store, aid: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The assessment's time and the audit rows are written before the response: should the last write fail, the
    session's transaction is rolled back, as after a failed flush, so that a caller who commits saves none of it."""
    before = read(store, aid, CODE)
    with store.session() as session:
        stamp = session.get(Assessment, aid)
        assert stamp is not None
        time_before = stamp.updated_at
    run = response_rows.Rows.run

    def failing(self: response_rows.Rows, statement: Any, values: Any) -> Any:
        if statement.sql.lstrip().upper().startswith("UPDATE RESPONSES"):
            raise RuntimeError("the disk went away")
        return run(self, statement, values)

    monkeypatch.setattr(response_rows.Rows, "run", failing)
    with store.session() as session:  # the caller carries on and commits
        try:
            responses.update(session, aid, CODE, law=3, rationale="Mine")
        except RuntimeError as exc:
            assert "disk went away" in str(exc)
        else:
            pytest.fail("the edit was saved although its last write failed")
    monkeypatch.undo()
    assert read(store, aid, CODE) == before
    assert changes(store, aid, CODE) == []
    with store.session() as session:
        stamp = session.get(Assessment, aid)
        assert stamp is not None and stamp.updated_at == time_before


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("2027-06-30", dt.date(2027, 6, 30)),
        ("  ", None),
        ("", None),
        (None, None),
        (dt.datetime(2027, 6, 30, 15, 0), dt.date(2027, 6, 30)),
        (dt.date(2028, 1, 2), dt.date(2028, 1, 2)),
    ],
)
def test_a_target_date_is_a_date_or_none_whichever_way_it_is_saved(
    store: Store, aid: int, given: Any, stored: dt.date | None
) -> None:
    responses.save(store, aid, CODE, target_date="2026-01-01")
    assert responses.save(store, aid, CODE, target_date=given).target_date == stored
    assert edit_holding_objects(store, aid, OTHER, target_date=given).target_date == stored
    assert read(store, aid, CODE).target_date == read(store, aid, OTHER).target_date == stored


@pytest.mark.parametrize("given", [20270630, "30/06/2027", 3.5])
def test_a_target_date_that_is_no_date_is_refused_before_anything_is_written(
    store: Store, aid: int, given: Any
) -> None:
    with pytest.raises(InvalidInput, match="is not a date; write it as YYYY-MM-DD"):
        responses.save(store, aid, CODE, target_date=given, rationale="Mine")
    with pytest.raises(InvalidInput, match="is not a date"):
        edit(store, aid, CODE, target_date=given, rationale="Mine")
    assert read(store, aid, CODE).rationale == ""
    assert changes(store, aid, CODE) == []
