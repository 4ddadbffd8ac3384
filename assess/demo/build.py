"""Building the demo: its content (assess.demo.content) entered through the ordinary services, round by
round, with the store's clock on the demo's working calendar (assess.demo.workdays).

The rounds are made as a team makes them, so the demo has the same audit log, evidence store and
links between rounds as real work, and its times are those of the calendar, not of the build.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

import framework as fw
from assess import approval, assessments, evidence, findings, frameworks, methodology, responses, targets
from assess.demo.content import Content, Proof, load
from assess.demo.judgement import Judgement
from assess.demo.workdays import WorkingCalendar
from assess.errors import InvalidInput
from db.store import Store

FILE_LIMIT = 1024 * 1024
"""Demo files are a few kilobytes; an explicit limit keeps a user's small size setting from refusing them."""


def build_demo(store: Store, content: Content | None = None) -> int:
    """Fill an empty, open store with the rounds of the demo (``content``, else the demo's data files); return
    the id of the last one (the review)."""
    content = content or load()
    calendar = WorkingCalendar()
    with contextlib.ExitStack() as stack:
        if store.is_sqlite:
            # An idle connection held open keeps SQLite from checkpointing and deleting the write-ahead log each
            # time a session closes its connection: building is then several times faster.
            stack.enter_context(store.engine.connect())
        stack.enter_context(store.clock_set_to(calendar))
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="assess-demo-files-")))
        return _build(store, content, calendar, folder)


def _build(store: Store, content: Content, calendar: WorkingCalendar, folder: Path) -> int:
    builtin = fw.load_builtin()
    coordinator = content.coordinator
    calendar.start(content.framework_imported_at, None)
    with store.session() as session:
        if assessments.count(session):
            raise InvalidInput("The demo can only be built into an empty database; this one has assessments.")
        frameworks.ensure_builtin(session)
    previous: int | None = None
    for round_ in content.rounds:
        calendar.start(round_.started_at, (None, coordinator))
        with store.session() as session:
            made = assessments.create(
                session,
                country=content.country,
                title=round_.title,
                period=round_.period,
                framework_key=builtin.id,
                framework_version=builtin.version,
                previous_id=previous,
                user=coordinator,
            )
        for code, answer in round_.answers.items():
            calendar.next_edit((code, answer.user))
            with store.session() as session:
                responses.update(session, made.id, code, user=answer.user, **answer.fields())
        for proof in round_.evidence:
            calendar.next_edit((proof.item, proof.user))
            _add(store, made.id, proof, content, folder)
        _judge(store, made.id, round_.judgement, calendar, coordinator)
        approved = round_.judgement.approval
        if round_.final_at is not None and approved is not None:
            calendar.not_before(round_.final_at, (None, coordinator))
            with store.session() as session:
                given = approval.Approval(approved.approved_by, approved.role, approved.body, approved.approved_on)
                approval.mark_final(session, made.id, given, user=coordinator)
        previous = made.id
    assert previous is not None, "content.load() refuses data without rounds"
    return previous


def _judge(store: Store, assessment_id: int, judged: Judgement, calendar: WorkingCalendar, coordinator: str) -> None:
    """The round's targets, methodology and key findings, entered by the coordinator as the window would."""
    for entry in judged.targets:
        calendar.next_edit((entry.code or None, coordinator))
        codes = (entry.code,) if entry.code else ()
        with store.session() as session:
            targets.set_target(session, assessment_id, entry.level, codes=codes, reason=entry.reason, user=coordinator)
    calendar.next_edit((None, coordinator))
    with store.session() as session:
        methodology.set_methodology(
            session,
            assessment_id,
            participants=judged.participants,
            meetings=[methodology.Meeting(day, title) for day, title in judged.meetings],
            sources=judged.sources,
            agreement=judged.agreement,
            user=coordinator,
        )
    for scope, text in judged.findings:
        calendar.next_edit((scope or None, coordinator))
        with store.session() as session:
            findings.set_finding(session, assessment_id, text, scope=scope, user=coordinator)


def _add(store: Store, assessment_id: int, proof: Proof, content: Content, folder: Path) -> None:
    """Add one piece of evidence, as the window does: a document is written to a file and attached from it."""
    if proof.kind == "file":
        path = folder / proof.target
        if not path.exists():
            path.write_bytes(content.documents[proof.target])
        evidence.attach_file(
            store,
            assessment_id,
            proof.item,
            path,
            description=proof.description,
            sensitive=proof.sensitive,
            user=proof.user,
            limit=FILE_LIMIT,
        )
        return
    add = evidence.add_link if proof.kind == "link" else evidence.add_citation
    with store.session() as session:
        add(
            session,
            assessment_id,
            proof.item,
            proof.target,
            name=proof.name,
            description=proof.description,
            sensitive=proof.sensitive,
            user=proof.user,
        )
