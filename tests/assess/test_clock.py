"""The services stamp what they write with the store's clock: real UTC time, or the clock it was given."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

import framework as fw
from assess import approval, assessments, audit, evidence, responses, targets
from db import Store
from db.models import FrameworkRecord, utcnow

MOMENT = dt.datetime(2030, 5, 6, 7, 8, 9)


def test_every_change_is_stamped_with_the_store_clock(store: Store, tmp_path: Path) -> None:
    code, other = [item.code for item in fw.load_builtin().assessable()][:2]
    attached = tmp_path / "circular.txt"
    attached.write_text("A circular.", "utf-8")
    with store.clock_set_to(lambda: MOMENT):
        with store.session() as session:
            made = assessments.create(session, country="Meridia", title="Baseline", user="ana")
        responses.save(store, made.id, code, law=2, user="ana")  # the window's way: one transaction of its own
        with store.session() as session:
            responses.update(session, made.id, other, practice=1, institutions=["Labour Inspectorate"], user="ana")
            evidence.add_link(session, made.id, code, "https://example.org/law", user="ana")
            evidence.add_citation(session, made.id, code, "Penal Code, art. 188", user="ana")
        evidence.attach_file(store, made.id, code, attached, user="ana")
        with store.session() as session:
            assessments.rename(session, made.id, title="Baseline 2030", user="ana")
            targets.set_target(session, made.id, 2, user="ana")
            approval.mark_final(session, made.id, approval.Approval("Ana"), force=True, user="ana")
    with store.session() as session:
        record = session.scalars(select(FrameworkRecord)).one()
        assert record.imported_at == MOMENT
        info = assessments.info(assessments.get(session, made.id))
        assert (info.created_at, info.updated_at) == (MOMENT, MOMENT)
        assert {responses.get(session, made.id, c).updated_at for c in (code, other)} == {MOMENT}
        assert {e.added_at for e in evidence.list_for(session, made.id)} == {MOMENT}
        changes = audit.history(session, made.id)
        assert len(changes) >= 9 and {c.at for c in changes} == {MOMENT}
    # Outside the block the store keeps real time again.
    with store.session() as session:
        approval.reopen(session, made.id, "A late change", user="ana")
        latest = audit.history(session, made.id)[0]
    assert latest.field == "status" and abs(latest.at - utcnow()) < dt.timedelta(minutes=5)
