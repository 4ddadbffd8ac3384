"""Saves on a shared server do not wait for each other, and a save stuck half-way holds up nobody for long.

A save cut off by the network in the middle stays "idle in transaction" on the server, holding what it
locked. Here such a save is made for real: an editor's session that has written its edit and never
commits. Other items of the same assessment save at once; the same item waits the lock timeout and is
refused naming who holds it; the server ends the stuck session after ``idle_in_transaction_session_timeout``
and the next try saves. The other sessions belong to other editors, with logins of their own.
"""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from assess import approval, assessments, responses
from db import DatabaseLocked, DatabaseUnavailable, open_store
from db.timeouts import Timeouts
from tests.assess.shared_server import Shared

pytestmark = pytest.mark.slow


def test_a_save_stuck_half_way_holds_up_only_its_own_item_and_not_for_long(
    shared: Shared, short_timeouts: Timeouts
) -> None:
    second = f"{shared.editor}_2"
    shared.server.create_role(second)
    try:
        assert shared.setup("--editor", shared.editor, "--editor", second)[0] == 0
        owner = open_store(shared.url())
        try:
            with owner.session() as session:
                aid = assessments.create(session, country="Meridia", title="Baseline").id
        finally:
            owner.close()
        stuck_store, other = open_store(shared.url(shared.editor)), open_store(shared.url(second))
        try:
            stuck = stuck_store.sessions()
            responses.update(stuck, aid, "PROS-1", rationale="typed by the editor whose network went")
            # ... and the network goes before the commit: the session stays open, idle in transaction.

            started = time.monotonic()
            assert responses.save(other, aid, "PROS-2", law=2).law == 2, "another item saves at once"
            assert responses.save(other, aid, "PROT-1", rationale="also at once").rationale == "also at once"
            assert time.monotonic() - started < short_timeouts.lock, "no save waited for the stuck one"

            started = time.monotonic()
            with pytest.raises(DatabaseLocked) as refused:
                responses.save(other, aid, "PROS-1", rationale="the same item")
            assert time.monotonic() - started < short_timeouts.lock + 1
            message = str(refused.value)
            assert f"{shared.editor} is in the middle of changing the same rows" in message, message
            assert f"the server ends their change within {short_timeouts.idle_in_transaction:g} seconds" in message

            time.sleep(short_timeouts.idle_in_transaction + 0.5)  # the server ends the stuck session
            assert responses.save(other, aid, "PROS-1", rationale="the same item").rationale == "the same item"
            with pytest.raises(DatabaseUnavailable):
                stuck.commit()  # the stuck save was never saved: nothing half-done of it remains
            stuck.close()
            with other.session() as session:
                assert responses.get(session, aid, "PROS-1").updated_by == second
                users = session.execute(text("SELECT DISTINCT \"user\" FROM audit_log WHERE item_code = 'PROS-1'"))
                assert {u for (u,) in users} == {second}
        finally:
            stuck_store.close()
            other.close()
    finally:
        shared.server.drop_role(second)


def test_marking_final_waits_for_a_save_in_flight_which_then_is_the_last(shared: Shared) -> None:
    """The shared lock of a save keeps the assessment from being marked final under it: an edit is never saved
    into an assessment already final."""
    store = open_store(shared.url())
    try:
        with store.session() as session:
            aid = assessments.create(session, country="Meridia", title="Baseline").id
        saving = store.sessions()
        responses.update(saving, aid, "PROS-1", law=2)
        marking = store.engine.connect()
        try:
            marking.execute(text("SET lock_timeout = '300ms'"))
            with pytest.raises(DatabaseLocked, match="is in the middle of changing the same rows"):
                marking.execute(text("UPDATE assessments SET status = 'final' WHERE id = :a"), {"a": aid})
        finally:
            marking.close()
        saving.commit()
        saving.close()
        with store.session() as session:
            approval.mark_final(session, aid, approval.Approval(approved_by="Secretariat"), force=True)
        with store.session() as session:
            assert responses.get(session, aid, "PROS-1").law == 2
    finally:
        store.close()
