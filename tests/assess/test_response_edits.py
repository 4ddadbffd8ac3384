"""Saving an edit of a response: what it leaves behind, whoever calls it, and what a save costs.

An edit is made in the caller's session (``responses.update``: the command line, merges) or in a
session of its own (``responses.save``: what the window does), in a session that may already hold
the response as an object. These tests check that each leaves the same rows, audit entries and
returned view; that a session which holds the objects sees them as saved; that a save made by
someone else between the read and the write is refused, not overwritten; that a score edit stays at
four statements; and that an edit which fails part way leaves nothing.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from assess import approval, assessments, audit, evidence, responses
from assess.errors import InvalidInput, NotFound, ReadOnly, StaleEdit
from db import DatabaseLocked, Store, open_store
from db import store as store_module
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


def changes(store: Store, assessment_id: int, code: str) -> list[tuple[Any, ...]]:
    """The audit entries of one item, oldest first, without their time."""
    with store.session() as session:
        history = audit.history(session, assessment_id, code)
    return [(c.user, c.entity, c.field, c.old, c.new, c.origin) for c in reversed(history)]


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """The SQL of every statement run on the store's database while the block runs."""
    seen: list[str] = []

    def run(_connection: Any, _cursor: Any, sql: str, *_: Any) -> None:
        seen.append(sql)

    event.listen(store.engine, "before_cursor_execute", run)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", run)


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


def test_every_caller_s_edit_leaves_the_same_rows_audit_and_view(store: Store, aid: int) -> None:
    for step in SEQUENCE:
        core = edit(store, aid, CODE, **step)
        orm = edit_holding_objects(store, aid, OTHER, **step)
        own = responses.save(store, aid, THIRD, **step)
        assert comparable(core) == comparable(orm) == comparable(own), step
        assert comparable(read(store, aid, CODE)) == comparable(core)
        assert comparable(read(store, aid, OTHER)) == comparable(orm)
        assert read(store, aid, THIRD) == own
    assert changes(store, aid, CODE) == changes(store, aid, OTHER) == changes(store, aid, THIRD)
    assert [(c[0], c[2], c[3], c[4], c[5]) for c in changes(store, aid, CODE)] == [
        ("tester", "law_score", None, "3", ""),
        ("tester", "practice_score", None, "2", ""),
        ("tester", "rationale", "", "In the penal code since 2019", ""),
        ("secretariat", "priority", None, "high", ""),
        ("secretariat", "target_date", None, "2027-06-30", ""),
        ("secretariat", "next_action", "", "Ask the ministry", ""),
        ("tester", "law_score", "3", None, "workshop"),
        ("tester", "practice_score", "2", None, "workshop"),
        ("tester", "not_applicable", "no", "yes", "workshop"),
        ("tester", "na_justification", "", "No such court here", "workshop"),
        ("tester", "law_score", None, "1", ""),
        ("tester", "not_applicable", "yes", "no", ""),
        ("tester", "na_justification", "No such court here", "", ""),
        ("tester", "priority", "high", None, ""),
        ("tester", "target_date", "2027-06-30", None, ""),
        ("tester", "technical_assistance", "", "Training", ""),
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
        assert (response.law, response.version) == (3, saved.version)
        assert assessments.info(assessment).updated_at == saved.updated_at  # its last change is the edit's
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
        assert stored is not None and assessments.info(stored).updated_at == second.updated_at
        assert assessments.list_all(session)[0].updated_at == second.updated_at


@contextmanager
def someone_saves_first(store: Store, action: Any) -> Iterator[list[bool]]:
    """Run ``action`` once, after an edit on ``store`` has read the response and before it writes."""
    done: list[bool] = []

    def before_the_first_write(_connection: Any, _cursor: Any, sql: str, *_: Any) -> None:
        if not done and sql.lstrip().upper().startswith("UPDATE"):
            done.append(True)
            action()

    event.listen(store.engine, "before_cursor_execute", before_the_first_write)
    try:
        yield done
    finally:
        event.remove(store.engine, "before_cursor_execute", before_the_first_write)


def test_a_save_made_between_the_read_and_the_write_is_refused_not_overwritten(
    store: Store, aid: int, db_target: str | Path
) -> None:
    opened = read(store, aid, CODE)
    other = open_store(db_target)
    try:
        with (
            someone_saves_first(
                store, lambda: edit(other, aid, CODE, rationale="Theirs", user="focal-point-justice")
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


def test_the_window_s_save_cannot_be_overtaken(store: Store, aid: int, db_target: str | Path) -> None:
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

        with someone_saves_first(store, try_to_write):
            saved = responses.save(store, aid, CODE, law=4, expected_version=opened.version)
        assert attempts == ["database is locked"]
        assert (saved.law, saved.version) == (4, opened.version + 1)
        return
    other = open_store(db_target)
    try:
        with (
            someone_saves_first(
                store, lambda: responses.save(other, aid, CODE, rationale="Theirs", user="focal-point-justice")
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


def test_a_score_edit_takes_three_statements_and_an_unchanged_one_only_the_read(store: Store, aid: int) -> None:
    """Read, write the response, log the field: the assessment's row is not written (it is only locked for share)."""
    opened = read(store, aid, CODE)
    with statements(store) as seen:
        saved = edit(store, aid, CODE, law=2, expected_version=opened.version)
    assert len(seen) == 3, seen
    assert not any(s.startswith("UPDATE assessments") for s in seen)
    with statements(store) as seen:
        edit(store, aid, CODE, law=2, expected_version=saved.version)
    assert len(seen) == 1, seen
    with statements(store) as seen:
        saved = responses.save(store, aid, CODE, law=3, expected_version=saved.version)
    assert len(seen) == (4 if store.is_sqlite else 3), seen  # on SQLite, BEGIN IMMEDIATE first
    with store.session() as session:
        versions = session.scalars(select(Response.version).where(Response.item_code == CODE)).all()
    assert versions == [saved.version]


def test_the_window_s_save_refuses_what_an_edit_in_a_session_refuses(store: Store, aid: int) -> None:
    saved = responses.save(store, aid, CODE, institutions=["Ministry of Justice"], law=2)
    assert (saved.institutions, saved.law) == (("Ministry of Justice",), 2)
    with pytest.raises(NotFound, match="no item PROS-99"):
        responses.save(store, aid, "PROS-99", law=1)
    with store.session() as session:
        approval.mark_final(session, aid, approval.Approval("Jane Doe"), force=True)
    with pytest.raises(ReadOnly):
        responses.save(store, aid, CODE, law=3)
    with pytest.raises(TypeError, match="unexpected fields"):
        responses.save(store, aid, CODE, score=3)
    assert read(store, aid, CODE).law == 2


def test_a_busy_database_is_a_message_and_the_edit_is_not_half_saved(
    aid: int, db_target: str | Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 50)
    store = open_store(db_target)
    try:
        if not store.is_sqlite:
            pytest.skip("SQLite's file lock")
        opened = read(store, aid, CODE)
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
    finally:
        store.close()


def test_an_edit_that_fails_part_way_leaves_nothing_in_the_session(store: Store, aid: int) -> None:
    """The assessment's time and the audit rows are written before the response: should the last write fail, the
    session's transaction is rolled back, as after a failed flush, so that a caller who commits saves none of it."""
    before = read(store, aid, CODE)
    with store.session() as session:
        stamp = session.get(Assessment, aid)
        assert stamp is not None
        time_before = stamp.updated_at

    def failing(_connection: Any, _cursor: Any, sql: str, *_: Any) -> None:
        if sql.lstrip().upper().startswith("UPDATE RESPONSES"):
            raise RuntimeError("the disk went away")

    event.listen(store.engine, "before_cursor_execute", failing)
    try:
        with store.session() as session:  # the caller carries on and commits
            try:
                responses.update(session, aid, CODE, law=3, rationale="Mine")
            except RuntimeError as exc:
                assert "disk went away" in str(exc)
            else:
                pytest.fail("the edit was saved although its last write failed")
    finally:
        event.remove(store.engine, "before_cursor_execute", failing)
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
