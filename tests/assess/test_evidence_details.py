"""Changing what is said about evidence after it was added: its description and whether it is sensitive."""

from __future__ import annotations

import pytest

from assess import approval, assessments, audit, evidence
from assess.errors import InvalidInput, ReadOnly
from db import Store


def _citation(store: Store) -> tuple[int, int]:
    with store.session() as session:
        aid = assessments.create(session, country="Testland", title="National assessment").id
    with store.session() as session:
        added = evidence.add_citation(session, aid, "PROS-1", "Penal Code, art. 188", description="in force")
    return aid, added.id


def test_description_and_sensitivity_change_and_are_recorded(store: Store) -> None:
    aid, evidence_id = _citation(store)
    with store.session() as session:
        changed = evidence.describe(session, evidence_id, description="  amended in 2024 ", sensitive=True)
    assert (changed.description, changed.sensitive) == ("amended in 2024", True)
    with store.session() as session:
        [stored] = evidence.list_for(session, aid, "PROS-1")
        changes = audit.history(session, aid, "PROS-1")
    assert (stored.description, stored.sensitive) == ("amended in 2024", True)
    fields = {(c.field, c.old, c.new) for c in changes if c.entity == "evidence"}
    assert ("description", "Penal Code, art. 188: in force", "Penal Code, art. 188: amended in 2024") in fields
    assert ("sensitive", "Penal Code, art. 188: no", "Penal Code, art. 188: yes") in fields


def test_a_description_too_long_or_a_final_assessment_is_refused(store: Store) -> None:
    aid, evidence_id = _citation(store)
    with store.session() as session, pytest.raises(InvalidInput):
        evidence.describe(session, evidence_id, description="x" * 5001, sensitive=False)
    with store.session() as session:
        approval.mark_final(session, aid, approval.Approval("Jane Doe"), force=True)
    with store.session() as session, pytest.raises(ReadOnly):
        evidence.describe(session, evidence_id, description="later", sensitive=False)
