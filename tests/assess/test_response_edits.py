"""Saving an edit of a response: what the two ways of writing it leave behind, and what a save costs.

An edit is written with SQLAlchemy Core when it can be (a score, a note, a date) and through the
ORM objects when it changes the institutions or the session already holds the response. These
tests check that both leave the same rows, audit entries and returned view; that a session which
holds the objects still sees them as saved; that a save made by someone else between the read and
the write is refused, not overwritten; and that a score edit stays at four statements.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from assess import assessments, audit, evidence, responses
from assess.errors import StaleEdit
from db import Store, open_store
from db.models import Assessment, Response

CODE = "PROS-1"
OTHER = "PROS-2"


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
    """The same edit in a session that already holds the response and the assessment as objects."""
    with store.session() as session:
        assessment = assessments.get(session, assessment_id)
        responses.find(session, assessment, code)
        return responses.update(session, assessment_id, code, **fields)


def changes(store: Store, assessment_id: int, code: str) -> list[tuple[Any, ...]]:
    """The audit entries of one item, oldest first, without their time."""
    with store.session() as session:
        history = audit.history(session, assessment_id, code)
    return [(c.user, c.entity, c.field, c.old, c.new, c.origin) for c in reversed(history)]


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


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


def test_both_ways_of_writing_leave_the_same_rows_audit_and_view(store: Store, aid: int) -> None:
    for step in SEQUENCE:
        core = edit(store, aid, CODE, **step)
        orm = edit_holding_objects(store, aid, OTHER, **step)
        assert comparable(core) == comparable(orm), step
        assert comparable(read(store, aid, CODE)) == comparable(core)
        assert comparable(read(store, aid, OTHER)) == comparable(orm)
    assert changes(store, aid, CODE) == changes(store, aid, OTHER)
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


def test_a_save_made_between_the_read_and_the_write_is_refused_not_overwritten(
    store: Store, aid: int, db_target: str | Path
) -> None:
    opened = read(store, aid, CODE)
    other = open_store(db_target)
    interrupted = False

    def someone_else_saves(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        nonlocal interrupted
        if not interrupted and statement.lstrip().upper().startswith("UPDATE"):
            interrupted = True
            edit(other, aid, CODE, rationale="Theirs", user="focal-point-justice")

    event.listen(store.engine, "before_cursor_execute", someone_else_saves)
    try:
        with pytest.raises(StaleEdit, match="changed by focal-point-justice since you opened it") as refused:
            edit(store, aid, CODE, law=4, rationale="Mine", expected_version=opened.version)
    finally:
        event.remove(store.engine, "before_cursor_execute", someone_else_saves)
        other.close()

    assert interrupted
    assert refused.value.current is not None and refused.value.current.rationale == "Theirs"
    now = read(store, aid, CODE)
    assert (now.law, now.rationale, now.updated_by, now.version) == (None, "Theirs", "focal-point-justice", 2)
    assert [c[:3] for c in changes(store, aid, CODE)] == [("focal-point-justice", "response", "rationale")]


def test_a_score_edit_takes_four_statements_and_an_unchanged_one_only_the_read(store: Store, aid: int) -> None:
    opened = read(store, aid, CODE)
    with statements(store) as seen:
        saved = edit(store, aid, CODE, law=2, expected_version=opened.version)
    assert len(seen) == 4, seen
    with statements(store) as seen:
        edit(store, aid, CODE, law=2, expected_version=saved.version)
    assert len(seen) == 1, seen
    with store.session() as session:
        versions = session.scalars(select(Response.version).where(Response.item_code == CODE)).all()
    assert versions == [saved.version]
