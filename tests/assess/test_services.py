"""The core services without a window: assessments, scoring an item, evidence, the gap reading.

Each test does what a user does (one service call per session, as the window and the command
line do) and then checks what they would see and what the database holds afterwards.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import delete, func, select, update

import framework
from assess import approval, assessments, audit, evidence, findings, methodology, progress, responses, scoring, targets
from assess.errors import Cancelled, InvalidInput, NotFound, ReadOnly, StaleEdit, TooLarge
from assess.settings import DEFAULT_MAX_EVIDENCE_MB, load_settings
from db import Store
from db.models import (
    Assessment,
    AuditEntry,
    Blob,
    BlobChunk,
    Evidence,
    Institution,
    Response,
    ResponseInstitution,
)

T = TypeVar("T")

BUILTIN = framework.load_builtin()
ITEMS = [item.code for item in BUILTIN.assessable()]
MB = 1024 * 1024


# -- helpers ---------------------------------------------------------------------------------------


def call(store: Store, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """One user action: one service call in its own session, committed on success, rolled back on error."""
    with store.session() as session:
        return fn(session, *args, **kwargs)


def new_assessment(store: Store, **kwargs: Any) -> int:
    kwargs.setdefault("country", "Freedonia")
    kwargs.setdefault("title", "Baseline")
    return call(store, assessments.create, **kwargs).id


def score(store: Store, assessment_id: int, code: str, **changes: Any) -> responses.ResponseView:
    return call(store, responses.update, assessment_id, code, **changes)


def read(store: Store, assessment_id: int, code: str) -> responses.ResponseView:
    return call(store, responses.get, assessment_id, code)


def audit_log(store: Store, assessment_id: int) -> list[tuple[Any, ...]]:
    with store.session() as session:
        rows = session.execute(
            select(
                AuditEntry.id,
                AuditEntry.user,
                AuditEntry.item_code,
                AuditEntry.entity,
                AuditEntry.field,
                AuditEntry.old_value,
                AuditEntry.new_value,
            )
            .where(AuditEntry.assessment_id == assessment_id)
            .order_by(AuditEntry.id)
        ).all()
    return [tuple(row) for row in rows]


def snapshot(store: Store, assessment_id: int) -> dict[str, Any]:
    """Everything a refused edit could have touched."""
    with store.session() as session:
        a = session.get(Assessment, assessment_id)
        assert a is not None
        response_ids = select(Response.id).where(Response.assessment_id == assessment_id)
        return {
            "assessment": (a.country, a.title, a.period, a.status, a.target_level, a.updated_at),
            "responses": [
                tuple(row)
                for row in session.execute(
                    select(
                        Response.item_code,
                        Response.law,
                        Response.practice,
                        Response.not_applicable,
                        Response.na_justification,
                        Response.rationale,
                        Response.priority,
                        Response.target_date,
                        Response.next_action,
                        Response.technical_assistance,
                        Response.updated_by,
                        Response.updated_at,
                        Response.version,
                    )
                    .where(Response.assessment_id == assessment_id)
                    .order_by(Response.position)
                ).all()
            ],
            "institutions": sorted(
                session.scalars(select(Institution.name).where(Institution.assessment_id == assessment_id)).all()
            ),
            "links": sorted(
                tuple(row)
                for row in session.execute(
                    select(
                        ResponseInstitution.response_id,
                        ResponseInstitution.institution_id,
                        ResponseInstitution.position,
                    ).where(ResponseInstitution.response_id.in_(response_ids))
                ).all()
            ),
            "evidence": [
                tuple(row)
                for row in session.execute(
                    select(Evidence.id, Evidence.response_id, Evidence.kind, Evidence.name, Evidence.blob_id)
                    .where(Evidence.response_id.in_(response_ids))
                    .order_by(Evidence.id)
                ).all()
            ],
            "blobs": [tuple(row) for row in session.execute(select(Blob.id, Blob.sha256, Blob.size)).all()],
            "chunks": session.scalar(select(func.count()).select_from(BlobChunk)),
            "audit": audit_log(store, assessment_id),
        }


def count(store: Store, model: type[Any]) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def write_file(path: Path, size: int, seed: int = 0) -> bytes:
    """A file of ``size`` bytes whose content depends on ``seed``."""
    block = hashlib.sha256(str(seed).encode()).digest() * 4096
    content = (block * (size // len(block) + 1))[:size]
    path.write_bytes(content)
    return content


@pytest.fixture
def aid(store: Store) -> int:
    """A fresh draft assessment on the built-in framework."""
    return new_assessment(store)


# -- creating an assessment ------------------------------------------------------------------------


def test_create_makes_one_empty_response_per_assessable_item(store: Store) -> None:
    created = call(store, assessments.create, country="  Freedonia ", title="Baseline   2026", period="2026")

    assert created.country == "Freedonia"
    assert created.title == "Baseline 2026"
    assert created.label == "Freedonia: Baseline 2026"  # the period is in the title already
    assert (created.scale_min, created.scale_max, created.target) == (0, 4, 4)
    assert created.status == "draft"
    assert (created.framework_key, created.framework_version) == (BUILTIN.id, BUILTIN.version)
    assert created.previous_id is None
    with store.session() as session:
        rows = session.scalars(
            select(Response).where(Response.assessment_id == created.id).order_by(Response.position)
        ).all()
        assert [r.item_code for r in rows] == ITEMS
        assert len(rows) == 61
        assert all(r.law is None and r.practice is None and not r.not_applicable and r.evidence == [] for r in rows)
        stored = session.get(Assessment, created.id)
        assert stored is not None
        assert stored.created_by == "tester"
    assert [entry[1:] for entry in audit_log(store, created.id)] == [
        ("tester", None, "assessment", "created", None, "Baseline 2026")
    ]
    assert [a.id for a in call(store, assessments.list_all)] == [created.id]


@pytest.mark.parametrize(
    ("country", "title", "message"),
    [
        ("", "Baseline", "country or entity is required"),
        ("   ", "Baseline", "country or entity is required"),
        ("Freedonia", "", "title is required"),
        ("Freedonia", " \t\n", "title is required"),
        ("F" * 201, "Baseline", "country or entity is too long"),
        ("Freedonia", "T" * 501, "title is too long"),
    ],
)
def test_create_refuses_missing_or_too_long_names(store: Store, country: str, title: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        call(store, assessments.create, country=country, title=title)
    assert count(store, Assessment) == 0
    assert count(store, Response) == 0


def test_create_accepts_names_at_the_limit(store: Store) -> None:
    created = call(store, assessments.create, country="F" * 200, title="T" * 500, period="P" * 200)
    assert (len(created.country), len(created.title), len(created.period)) == (200, 500, 200)
    with pytest.raises(InvalidInput, match="period is too long"):
        call(store, assessments.create, country="F", title="T", period="P" * 201)


def test_create_on_an_unknown_framework_says_how_to_import_it(store: Store) -> None:
    with pytest.raises(NotFound, match=r"No framework national-plan .*assess framework import FILE"):
        call(store, assessments.create, country="Freedonia", title="Baseline", framework_key="national-plan")
    with pytest.raises(NotFound, match=r"version 1999\.1"):
        call(store, assessments.create, country="Freedonia", title="Baseline", framework_version="1999.1")
    assert count(store, Assessment) == 0


def test_an_unknown_assessment_id_is_reported_clearly(store: Store) -> None:
    with pytest.raises(NotFound, match="no assessment 42"):
        read(store, 42, "PROS-1")
    with pytest.raises(InvalidInput, match="not an assessment id"):
        read(store, "abc", "PROS-1")  # type: ignore[arg-type]


# -- a new round from a previous one ---------------------------------------------------------------


def test_new_round_carries_everything_forward_and_keeps_the_link(store: Store, aid: int, tmp_path: Path) -> None:
    score(
        store,
        aid,
        "PROS-1",
        law=3,
        practice=1,
        rationale="Penal code amended 2024; few prosecutions.",
        priority="high",
        target_date="2027-06-30",
        next_action="Train prosecutors",
        technical_assistance="UNODC training of trainers",
        institutions=["Ministry of Justice", "Office of the Prosecutor General", "Anti-Trafficking Police"],
    )
    score(store, aid, "PROT-5", not_applicable=True, na_justification="No destination-country victims recorded.")
    score(store, aid, "WG-11.a", law=2, institutions=["Labour Inspectorate"])
    content = write_file(tmp_path / "penal-code.pdf", 5000)
    attached = evidence.attach_file(store, aid, "PROS-1", tmp_path / "penal-code.pdf", description="Art. 188")
    call(store, evidence.add_link, aid, "PROS-1", "https://example.org/report", name="Annual report")
    call(store, evidence.add_citation, aid, "WG-11.a", "Labour Code, art. 12")
    call(store, targets.set_target, aid, 3)
    call(store, targets.set_target, aid, 4, codes=("PROS",), reason="The offence in full")
    call(store, approval.mark_final, aid, approval.Approval("Jane Doe"), force=True)  # a signed-off baseline

    second = call(store, assessments.create, country="Freedonia", title="Round 2", previous_id=aid)

    assert second.previous_id == aid
    assert second.status == "draft"
    assert second.target == 3
    pros = read(store, second.id, "PROS-1")
    assert (pros.law, pros.practice, pros.priority) == (3, 1, "high")
    assert pros.rationale == "Penal code amended 2024; few prosecutions."
    assert pros.target_date == dt.date(2027, 6, 30)
    assert pros.next_action == "Train prosecutors"
    assert pros.technical_assistance == "UNODC training of trainers"
    assert pros.institutions == ("Ministry of Justice", "Office of the Prosecutor General", "Anti-Trafficking Police")
    prot = read(store, second.id, "PROT-5")
    assert prot.not_applicable
    assert prot.na_justification == "No destination-country victims recorded."
    assert read(store, second.id, "WG-11.a").institutions == ("Labour Inspectorate",)
    assert call(store, assessments.institutions, second.id) == call(store, assessments.institutions, aid)

    carried = call(store, evidence.list_for, second.id)
    assert [(e.item_code, e.kind, e.label) for e in carried] == [
        ("PROS-1", "file", "penal-code.pdf"),
        ("PROS-1", "link", "Annual report"),
        ("WG-11.a", "citation", "Labour Code, art. 12"),
    ]
    assert carried[0].sha256 == attached.sha256 == hashlib.sha256(content).hexdigest()
    assert carried[0].description == "Art. 188"
    # Evidence rows are copied, the file content is not.
    assert count(store, Evidence) == 6
    assert count(store, Blob) == 1
    with store.session() as session:
        blob_ids = set(session.scalars(select(Evidence.blob_id).where(Evidence.kind == "file")))
    assert len(blob_ids) == 1
    assert evidence.save_copy(store, carried[0].id, tmp_path / "copy.pdf").read_bytes() == content
    assert audit_log(store, second.id)[-1][4:] == ("created", None, f"from assessment {aid}")


def test_editing_the_new_round_never_changes_the_old_one(store: Store, aid: int, tmp_path: Path) -> None:
    score(store, aid, "PROS-1", law=2, practice=2, rationale="baseline", institutions=["Ministry of Justice"])
    write_file(tmp_path / "circular.pdf", 3000)
    evidence.attach_file(store, aid, "PROS-1", tmp_path / "circular.pdf")
    call(store, evidence.add_citation, aid, "PROS-1", "Penal Code, art. 188(2)")
    second = new_assessment(store, title="Round 2", previous_id=aid)
    before = snapshot(store, aid)

    score(store, second, "PROS-1", law=4, practice=3, rationale="improved", institutions=["Ministry of Interior"])
    score(store, second, "PROS-2", not_applicable=True, na_justification="Not relevant any more")
    for item in call(store, evidence.list_for, second):
        call(store, evidence.remove, item.id)
    call(store, assessments.rename, second, title="Round 2 (revised)")
    call(store, targets.set_target, second, 2)

    assert snapshot(store, aid) == before
    old = read(store, aid, "PROS-1")
    assert (old.law, old.practice, old.rationale, old.institutions) == (2, 2, "baseline", ("Ministry of Justice",))
    assert [e.label for e in call(store, evidence.list_for, aid)] == ["circular.pdf", "Penal Code, art. 188(2)"]
    assert call(store, assessments.institutions, aid) == ["Ministry of Justice"]
    # The file is still there for the old round, byte for byte.
    old_file = call(store, evidence.list_for, aid)[0]
    assert (
        evidence.save_copy(store, old_file.id, tmp_path / "out.pdf").read_bytes()
        == (tmp_path / "circular.pdf").read_bytes()
    )


def test_new_round_from_an_unknown_assessment_is_refused(store: Store) -> None:
    with pytest.raises(NotFound, match="no assessment 7"):
        call(store, assessments.create, country="Freedonia", title="Round 2", previous_id=7)
    assert count(store, Assessment) == 0


# -- scoring an item -------------------------------------------------------------------------------


def test_score_saves_and_logs_one_entry_per_changed_field(store: Store, aid: int) -> None:
    created = audit_log(store, aid)

    result = score(store, aid, "PROS-1", law=3, practice=1, rationale="Offence in law since 2019")

    assert (result.law, result.practice, result.rationale) == (3, 1, "Offence in law since 2019")
    assert result.updated_by == "tester"
    assert result.scored
    with store.session() as session:
        row = session.scalars(
            select(Response).where(Response.assessment_id == aid, Response.item_code == "PROS-1")
        ).one()
        assert (row.law, row.practice, row.rationale, row.updated_by) == (
            3,
            1,
            "Offence in law since 2019",
            "tester",
        )
        assert row.updated_at is not None
    entries = audit_log(store, aid)[len(created) :]
    assert [e[1:] for e in entries] == [
        ("tester", "PROS-1", "response", "law_score", None, "3"),
        ("tester", "PROS-1", "response", "practice_score", None, "1"),
        ("tester", "PROS-1", "response", "rationale", "", "Offence in law since 2019"),
    ]

    score(store, aid, "PROS-1", law=4, practice=1, rationale="Offence in law since 2019", user="secretariat")
    latest = audit_log(store, aid)[len(created) + 3 :]
    assert [e[1:] for e in latest] == [("secretariat", "PROS-1", "response", "law_score", "3", "4")]


def test_an_edit_that_changes_nothing_writes_no_audit_entry(store: Store, aid: int) -> None:
    score(store, aid, "PROS-1", law=3, practice=1, priority="high", institutions=["Ministry of Justice"])
    before = snapshot(store, aid)

    same = score(store, aid, "PROS-1", law=3, practice="1", priority="HIGH", institutions=["Ministry of Justice"])

    assert (same.law, same.practice, same.priority) == (3, 1, "high")
    assert snapshot(store, aid) == before


def test_setting_the_same_institutions_in_other_letter_case_is_not_a_change(store: Store, aid: int) -> None:
    score(store, aid, "PROS-1", institutions=["Ministry of Justice", "Labour Inspectorate"])
    before = snapshot(store, aid)

    again = score(store, aid, "PROS-1", institutions=["MINISTRY OF JUSTICE", "labour  inspectorate"])

    assert again.institutions == ("Ministry of Justice", "Labour Inspectorate")
    assert snapshot(store, aid) == before


@pytest.mark.parametrize("bad", [-1, 5, "7", "abc", True, 2.5, "", [3]])
@pytest.mark.parametrize("dimension", ["law", "practice"])
def test_scores_off_the_scale_are_refused_naming_the_scale(store: Store, aid: int, dimension: str, bad: Any) -> None:
    score(store, aid, "PROS-1", law=2, practice=2)
    before = snapshot(store, aid)

    with pytest.raises(InvalidInput, match="0 to 4") as refused:
        score(store, aid, "PROS-1", **{dimension: bad}, rationale="should not be saved")

    assert dimension.replace("law", "law and institutions") in str(refused.value)
    assert snapshot(store, aid) == before


def test_scores_given_as_text_digits_are_accepted(store: Store, aid: int) -> None:
    result = score(store, aid, "PROS-1", law="0", practice=" 4 ")
    assert (result.law, result.practice) == (0, 4)


def test_a_score_can_be_cleared(store: Store, aid: int) -> None:
    score(store, aid, "PROS-1", law=3, practice=2)
    cleared = score(store, aid, "PROS-1", practice=None)
    assert (cleared.law, cleared.practice) == (3, None)
    assert audit_log(store, aid)[-1][4:] == ("practice_score", "2", None)


def test_not_applicable_needs_a_justification(store: Store, aid: int) -> None:
    score(store, aid, "PROT-5", law=1)
    before = snapshot(store, aid)
    for justification in ({}, {"na_justification": ""}, {"na_justification": "   "}):
        with pytest.raises(InvalidInput, match="PROT-5 N/A needs a justification"):
            score(store, aid, "PROT-5", not_applicable=True, **justification)
    assert snapshot(store, aid) == before


def test_not_applicable_clears_the_scores_and_a_new_score_makes_the_item_applicable(store: Store, aid: int) -> None:
    score(store, aid, "PROT-5", law=3, practice=2)

    na = score(store, aid, "PROT-5", not_applicable=True, na_justification="  Not a destination country ")

    assert (na.not_applicable, na.na_justification, na.law, na.practice) == (
        True,
        "Not a destination country",
        None,
        None,
    )
    assert na.scored
    assert [e[4:] for e in audit_log(store, aid)[-4:]] == [
        ("law_score", "3", None),
        ("practice_score", "2", None),
        ("not_applicable", "no", "yes"),
        ("na_justification", "", "Not a destination country"),
    ]
    # A later note on the N/A item leaves it N/A.
    assert score(store, aid, "PROT-5", rationale="confirmed by the ministry").not_applicable

    back = score(store, aid, "PROT-5", practice=1)

    assert (back.not_applicable, back.na_justification, back.law, back.practice) == (False, "", None, 1)
    with store.session() as session:
        row = session.scalars(
            select(Response).where(Response.assessment_id == aid, Response.item_code == "PROT-5")
        ).one()
        assert (row.not_applicable, row.na_justification, row.practice) == (False, "", 1)


def test_marking_applicable_again_drops_the_justification(store: Store, aid: int) -> None:
    score(store, aid, "PROT-5", not_applicable=True, na_justification="reason")
    back = score(store, aid, "PROT-5", not_applicable=False)
    assert (back.not_applicable, back.na_justification) == (False, "")


def test_not_applicable_and_a_score_in_one_edit_is_refused(store: Store, aid: int) -> None:
    before = snapshot(store, aid)
    with pytest.raises(InvalidInput, match="cannot be both N/A and scored"):
        score(store, aid, "PROT-5", law=2, not_applicable=True, na_justification="reason")
    assert snapshot(store, aid) == before

    score(store, aid, "PROT-5", not_applicable=True, na_justification="reason")
    before = snapshot(store, aid)
    with pytest.raises(InvalidInput, match="cannot be both N/A and scored"):
        score(store, aid, "PROT-5", practice=1, not_applicable=True, na_justification="still N/A")
    assert snapshot(store, aid) == before


def test_an_unknown_item_code_is_not_found_with_a_hint(store: Store, aid: int) -> None:
    before = snapshot(store, aid)
    version = re.escape(framework.load_builtin().version)
    with pytest.raises(NotFound, match=rf"no item PROS-99 in unodc-ffa-2009 {version}.*look like PROS-1"):
        score(store, aid, "PROS-99", law=1)
    assert snapshot(store, aid) == before


@pytest.mark.parametrize("code", ["PROS", "WG", "WG-11", "WG-A", "GP-1", "CC-2"])
def test_a_context_item_cannot_be_scored(store: Store, aid: int, code: str) -> None:
    with pytest.raises(InvalidInput, match=f"{code} is context, not an assessable item"):
        score(store, aid, code, law=1)
    with pytest.raises(InvalidInput, match="context"):
        read(store, aid, code)


@pytest.mark.parametrize("bad", ["2027-13-01", "tomorrow", "30/06/2027", "2027-02-30"])
def test_bad_dates_are_refused_saying_how_to_write_them(store: Store, aid: int, bad: str) -> None:
    score(store, aid, "PROS-1", target_date="2027-06-30")
    before = snapshot(store, aid)
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        score(store, aid, "PROS-1", target_date=bad, law=2)
    assert snapshot(store, aid) == before


def test_target_dates_are_saved_from_text_or_dates_and_cleared(store: Store, aid: int) -> None:
    assert score(store, aid, "PROS-1", target_date=" 2027-06-30 ").target_date == dt.date(2027, 6, 30)
    assert audit_log(store, aid)[-1][4:] == ("target_date", None, "2027-06-30")
    assert score(store, aid, "PROS-1", target_date=dt.date(2028, 1, 15)).target_date == dt.date(2028, 1, 15)
    assert score(store, aid, "PROS-1", target_date="").target_date is None
    with store.session() as session:
        row = session.scalars(
            select(Response).where(Response.assessment_id == aid, Response.item_code == "PROS-1")
        ).one()
        assert row.target_date is None


def test_priorities_are_checked_and_normalised(store: Store, aid: int) -> None:
    assert score(store, aid, "PROS-1", priority=" Medium ").priority == "medium"
    before = snapshot(store, aid)
    with pytest.raises(InvalidInput, match="Unknown priority 'urgent'; use high, medium or low"):
        score(store, aid, "PROS-1", priority="urgent", law=1)
    assert snapshot(store, aid) == before
    assert score(store, aid, "PROS-1", priority="").priority is None
    assert score(store, aid, "PROS-1", priority="high").priority == "high"
    assert score(store, aid, "PROS-1", priority=None).priority is None


def test_institutions_are_deduplicated_ordered_shared_and_cleared(store: Store, aid: int) -> None:
    result = score(
        store,
        aid,
        "PROS-1",
        institutions=[
            "Ministry of Justice",
            " Labour   Inspectorate",
            "ministry of justice",
            "",
            "Anti-Trafficking Police",
        ],
    )
    assert result.institutions == ("Ministry of Justice", "Labour Inspectorate", "Anti-Trafficking Police")
    assert read(store, aid, "PROS-1").institutions == result.institutions
    assert audit_log(store, aid)[-1][4:] == (
        "institutions",
        "[]",
        json.dumps(["Ministry of Justice", "Labour Inspectorate", "Anti-Trafficking Police"]),
    )
    assert call(store, assessments.institutions, aid) == [
        "Anti-Trafficking Police",
        "Labour Inspectorate",
        "Ministry of Justice",
    ]

    # Another item naming a known institution in other letter case shares it; new names join the list.
    other = score(store, aid, "PROT-1", institutions=["LABOUR INSPECTORATE", "Ministry of Health"])
    assert other.institutions == ("Labour Inspectorate", "Ministry of Health")
    assert call(store, assessments.institutions, aid) == [
        "Anti-Trafficking Police",
        "Labour Inspectorate",
        "Ministry of Health",
        "Ministry of Justice",
    ]

    # Reordering is a change and is kept.
    reordered = score(store, aid, "PROS-1", institutions=["Anti-Trafficking Police", "Ministry of Justice"])
    assert reordered.institutions == ("Anti-Trafficking Police", "Ministry of Justice")
    assert read(store, aid, "PROS-1").institutions == ("Anti-Trafficking Police", "Ministry of Justice")

    cleared = score(store, aid, "PROS-1", institutions=[])
    assert cleared.institutions == ()
    assert read(store, aid, "PROS-1").institutions == ()
    assert read(store, aid, "PROT-1").institutions == ("Labour Inspectorate", "Ministry of Health")
    # The assessment's list still offers the names for other items.
    assert "Ministry of Justice" in call(store, assessments.institutions, aid)


def test_a_too_long_institution_name_is_refused_and_nothing_is_saved(store: Store, aid: int) -> None:
    before = snapshot(store, aid)
    with pytest.raises(InvalidInput, match="at most 300"):
        score(store, aid, "PROS-1", law=3, rationale="x", institutions=["Ministry of Justice", "M" * 301])
    assert snapshot(store, aid) == before


def test_a_stale_edit_is_refused_and_nothing_is_saved(store: Store, aid: int) -> None:
    opened = read(store, aid, "PROS-1")
    score(store, aid, "PROS-1", law=2, user="focal-point-justice", expected_version=opened.version)
    before = snapshot(store, aid)

    with pytest.raises(StaleEdit, match="changed by focal-point-justice since you opened it") as refused:
        score(store, aid, "PROS-1", law=4, practice=4, expected_version=opened.version)

    assert "not saved" in str(refused.value)
    assert snapshot(store, aid) == before
    assert read(store, aid, "PROS-1").law == 2
    # With the current version the edit goes through.
    current = read(store, aid, "PROS-1")
    assert current.version > opened.version
    assert score(store, aid, "PROS-1", law=4, expected_version=current.version).law == 4


def test_institution_changes_alone_count_as_an_edit_for_stale_checks(store: Store, aid: int) -> None:
    opened = read(store, aid, "PROS-1")
    score(store, aid, "PROS-1", institutions=["Ministry of Justice"], user="secretariat")
    with pytest.raises(StaleEdit):
        score(store, aid, "PROS-1", law=1, expected_version=opened.version)
    assert read(store, aid, "PROS-1").law is None


# -- final assessments are read-only ---------------------------------------------------------------


def test_a_final_assessment_refuses_every_edit_until_reopened(store: Store, aid: int, tmp_path: Path) -> None:
    score(store, aid, "PROS-1", law=2)
    link = call(store, evidence.add_link, aid, "PROS-1", "https://example.org/law")
    write_file(tmp_path / "law.pdf", 2000)
    call(store, approval.mark_final, aid, approval.Approval("Jane Doe"), force=True)
    before = snapshot(store, aid)

    edits: list[Callable[[], object]] = [
        lambda: score(store, aid, "PROS-1", law=4),
        lambda: score(store, aid, "PROS-2", not_applicable=True, na_justification="reason"),
        lambda: score(store, aid, "PROS-1", institutions=["Ministry of Justice"]),
        lambda: call(store, evidence.add_link, aid, "PROS-1", "https://example.org/other"),
        lambda: call(store, evidence.add_citation, aid, "PROS-1", "Penal Code, art. 1"),
        lambda: evidence.attach_file(store, aid, "PROS-1", tmp_path / "law.pdf"),
        lambda: call(store, evidence.remove, link.id),
        lambda: call(store, assessments.rename, aid, title="Changed"),
        lambda: call(store, targets.set_target, aid, 2),
        lambda: call(store, targets.set_target, aid, 2, codes=("PROS",), reason="why"),
        lambda: call(store, findings.set_finding, aid, "A finding"),
        lambda: call(store, methodology.set_methodology, aid, sources=["A source"]),
    ]
    for edit in edits:
        with pytest.raises(ReadOnly, match=rf"final and read-only.*assess mark {aid} draft"):
            edit()
    assert snapshot(store, aid) == before

    reopened = call(store, approval.reopen, aid, "Late evidence")
    assert reopened.status == "draft"
    assert score(store, aid, "PROS-1", law=4).law == 4
    assert call(store, assessments.rename, aid, title="Changed").title == "Changed"


def test_set_status_round_trip_is_logged(store: Store, aid: int) -> None:
    approved = approval.Approval("Jane Doe", "Chair", "Task force", dt.date(2026, 12, 1))
    assert call(store, approval.mark_final, aid, approved, force=True).status == "final"
    assert call(store, approval.mark_final, aid, approved, force=True).status == "final"  # no change, no entry
    with pytest.raises(InvalidInput, match="Say why"):
        call(store, approval.reopen, aid, " ")
    assert call(store, approval.reopen, aid, "Scores revised").status == "draft"
    history = call(store, approval.history, aid)
    assert [(e.status, e.reason, e.forced) for e in history] == [
        ("final", "", True),
        ("draft", "Scores revised", False),
    ]
    assert history[0].approval == approved
    entries = [e[1:] for e in audit_log(store, aid) if e[4] == "status"]
    assert entries == [
        ("tester", None, "assessment", "status", "draft", "final"),
        ("tester", None, "assessment", "status", "final", "draft"),
    ]
    with store.session() as session:
        stored = session.get(Assessment, aid)
        assert stored is not None
        assert stored.status == "draft"


def test_rename_changes_only_what_is_given_and_logs_it(store: Store, aid: int) -> None:
    renamed = call(store, assessments.rename, aid, country="Republic of Freedonia", period=" 2026-2027 ")
    assert (renamed.country, renamed.title, renamed.period) == ("Republic of Freedonia", "Baseline", "2026-2027")
    assert [e[4:] for e in audit_log(store, aid)[1:]] == [
        ("country", "Freedonia", "Republic of Freedonia"),
        ("period", "", "2026-2027"),
    ]
    before = snapshot(store, aid)
    with pytest.raises(InvalidInput, match="title is required"):
        call(store, assessments.rename, aid, title="  ", period="changed")
    with pytest.raises(InvalidInput, match="country or entity is too long"):
        call(store, assessments.rename, aid, country="C" * 201)
    assert snapshot(store, aid) == before
    with store.session() as session:
        stored = session.get(Assessment, aid)
        assert stored is not None
        assert (stored.country, stored.title, stored.period) == ("Republic of Freedonia", "Baseline", "2026-2027")


def test_history_of_an_item_is_newest_first(store: Store, aid: int) -> None:
    score(store, aid, "PROS-1", law=1)
    score(store, aid, "PROS-2", law=4)
    score(store, aid, "PROS-1", law=2, user="secretariat")
    score(store, aid, "PROS-1", law=3)
    call(store, evidence.add_citation, aid, "PROS-1", "Penal Code, art. 188")

    changes = call(store, audit.history, aid, "PROS-1")

    assert [(c.field, c.old, c.new, c.user) for c in changes] == [
        ("added", None, "citation: Penal Code, art. 188", "tester"),
        ("law_score", "2", "3", "tester"),
        ("law_score", "1", "2", "secretariat"),
        ("law_score", None, "1", "tester"),
    ]
    assert all(c.item_code == "PROS-1" for c in changes)
    assert changes[0].at >= changes[-1].at
    everything = call(store, audit.history, aid)
    assert everything[-1].field == "created"
    assert len(everything) == 6


# -- evidence --------------------------------------------------------------------------------------


def test_links_are_saved_and_bad_addresses_refused(store: Store, aid: int) -> None:
    added = call(
        store, evidence.add_link, aid, "PROS-1", " https://example.org/report.pdf ", name="Report", sensitive=True
    )
    assert (added.kind, added.url, added.label, added.sensitive, added.added_by) == (
        "link",
        "https://example.org/report.pdf",
        "Report",
        True,
        "tester",
    )
    assert audit_log(store, aid)[-1][2:] == (
        "PROS-1",
        "evidence",
        "added",
        None,
        "link: Report",
    )
    before = snapshot(store, aid)
    for bad in [
        "notaurl",
        "javascript:alert(1)",
        "",
        "   ",
        "file:///etc/passwd",
        "http://",
        "https:notaurl",
        "http:///path/only",
        "mailto:",
        "www.example.org",
        "ftp://ftp.example.org/law.pdf",
        "smb://fileserver/victims/statement.docx",
        "\\\\fileserver\\victims\\statement.docx",
        "FILE:///C:/Windows/System32/calc.exe",
        "https://example.org/\x1b]0;owned\x07",
        "https://example.org/a\nb",
        "https://exa mple.org/",
    ]:
        with pytest.raises(InvalidInput, match="not a web or e-mail address"):
            call(store, evidence.add_link, aid, "PROS-1", bad)
    assert snapshot(store, aid) == before
    assert [e.url for e in call(store, evidence.list_for, aid, "PROS-1")] == ["https://example.org/report.pdf"]
    for good in ["http://example.org", "HTTPS://example.org/a b.pdf", "mailto:focal.point@example.org"]:
        assert call(store, evidence.add_link, aid, "PROS-2", good).url == good


def test_citations_are_saved_and_empty_ones_refused(store: Store, aid: int) -> None:
    added = call(store, evidence.add_citation, aid, "PROS-1", "  Penal Code, art. 188(2) ", description="in force")
    assert (added.kind, added.citation, added.label, added.description) == (
        "citation",
        "Penal Code, art. 188(2)",
        "Penal Code, art. 188(2)",
        "in force",
    )
    before = snapshot(store, aid)
    for bad in ["", "   "]:
        with pytest.raises(InvalidInput, match="needs its text"):
            call(store, evidence.add_citation, aid, "PROS-1", bad)
    with pytest.raises(InvalidInput, match="at most 5,000"):
        call(store, evidence.add_citation, aid, "PROS-1", "x" * 5001)
    with pytest.raises(InvalidInput, match=r"description is too long \(5,001 characters; at most 5,000\)"):
        call(store, evidence.add_citation, aid, "PROS-1", "Penal Code", description="d" * 5001)
    with pytest.raises(InvalidInput, match="context"):
        call(store, evidence.add_citation, aid, "PROS", "Penal Code")
    assert snapshot(store, aid) == before


def test_attach_file_stores_the_content_under_its_sha256(store: Store, aid: int, tmp_path: Path) -> None:
    content = write_file(tmp_path / "statistics 2025.xlsx", 3 * MB + 123)

    added = evidence.attach_file(store, aid, "PROT-1", tmp_path / "statistics 2025.xlsx", sensitive=True)

    assert added.sha256 == hashlib.sha256(content).hexdigest()
    assert (added.kind, added.name, added.size, added.sensitive, added.added_by) == (
        "file",
        "statistics 2025.xlsx",
        len(content),
        True,
        "tester",
    )
    with store.session() as session:
        blob = session.scalars(select(Blob)).one()
        assert (blob.sha256, blob.size) == (added.sha256, len(content))
        chunks = session.scalars(select(BlobChunk.data).where(BlobChunk.blob_id == blob.id).order_by(BlobChunk.seq))
        assert b"".join(chunks) == content
    assert audit_log(store, aid)[-1][4:] == ("added", None, f"file: statistics 2025.xlsx (sha256 {added.sha256})")
    assert read(store, aid, "PROT-1").evidence_count == 1


def test_identical_files_are_stored_once(store: Store, aid: int, tmp_path: Path) -> None:
    content = write_file(tmp_path / "mou.pdf", 2 * MB + 7)
    (tmp_path / "mou-copy.pdf").write_bytes(content)

    first = evidence.attach_file(store, aid, "NAT-1", tmp_path / "mou.pdf")
    second = evidence.attach_file(store, aid, "NAT-2", tmp_path / "mou-copy.pdf", name="MoU (signed)")

    assert first.sha256 == second.sha256
    assert first.id != second.id
    assert [e.label for e in call(store, evidence.list_for, aid)] == ["mou.pdf", "MoU (signed)"]
    assert count(store, Evidence) == 2
    assert count(store, Blob) == 1
    assert count(store, BlobChunk) == 3
    other = write_file(tmp_path / "other.pdf", 100, seed=1)
    third = evidence.attach_file(store, aid, "NAT-2", tmp_path / "other.pdf")
    assert third.sha256 == hashlib.sha256(other).hexdigest() != first.sha256
    assert count(store, Blob) == 2


def test_save_copy_writes_the_same_bytes(store: Store, aid: int, tmp_path: Path) -> None:
    content = write_file(tmp_path / "law.pdf", 2 * MB + 1)
    added = evidence.attach_file(store, aid, "PROS-1", tmp_path / "law.pdf")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    nothing = evidence.attach_file(store, aid, "PROS-2", empty)

    saved = evidence.save_copy(store, added.id, tmp_path / "copy.pdf")
    assert saved.read_bytes() == content
    assert evidence.save_copy(store, nothing.id, tmp_path / "empty-copy.txt").read_bytes() == b""
    assert list(tmp_path.glob("*.part")) == []

    link = call(store, evidence.add_link, aid, "PROS-1", "https://example.org")
    with pytest.raises(InvalidInput, match="Only file evidence"):
        evidence.save_copy(store, link.id, tmp_path / "link.txt")
    with pytest.raises(NotFound, match="no evidence 999"):
        evidence.save_copy(store, 999, tmp_path / "missing.txt")
    with pytest.raises(InvalidInput, match="Cannot write"):
        evidence.save_copy(store, added.id, tmp_path / "no such folder" / "copy.pdf")
    assert not (tmp_path / "link.txt").exists()


def test_save_copy_refuses_to_write_damaged_content(store: Store, aid: int, tmp_path: Path) -> None:
    write_file(tmp_path / "law.pdf", 2 * MB + 1)
    added = evidence.attach_file(store, aid, "PROS-1", tmp_path / "law.pdf")
    target = tmp_path / "copy.pdf"
    target.write_bytes(b"the user's earlier file")
    with store.session() as session:
        session.execute(update(BlobChunk).where(BlobChunk.seq == 1).values(data=b"tampered"))

    with pytest.raises(InvalidInput, match="does not match its SHA-256; it was not saved"):
        evidence.save_copy(store, added.id, target)

    assert target.read_bytes() == b"the user's earlier file"
    assert not (tmp_path / "copy.pdf.part").exists()
    assert not (tmp_path / "fresh.pdf").exists()

    with store.session() as session:
        session.execute(delete(BlobChunk).where(BlobChunk.seq == 1))
    with pytest.raises(NotFound, match="missing; the database may be damaged"):
        evidence.save_copy(store, added.id, tmp_path / "fresh.pdf")
    assert not (tmp_path / "fresh.pdf").exists()
    assert not (tmp_path / "fresh.pdf.part").exists()


def test_remove_keeps_shared_content_until_the_last_reference_goes(store: Store, aid: int, tmp_path: Path) -> None:
    content = write_file(tmp_path / "mou.pdf", 4000)
    first = evidence.attach_file(store, aid, "NAT-1", tmp_path / "mou.pdf")
    second = evidence.attach_file(store, aid, "NAT-2", tmp_path / "mou.pdf")

    gone = call(store, evidence.remove, first.id)

    assert gone.label == "mou.pdf"
    assert [e.id for e in call(store, evidence.list_for, aid)] == [second.id]
    assert count(store, Blob) == 1
    assert evidence.save_copy(store, second.id, tmp_path / "copy.pdf").read_bytes() == content
    assert audit_log(store, aid)[-1][2:] == ("NAT-1", "evidence", "removed", "file: mou.pdf", None)

    call(store, evidence.remove, second.id)

    assert call(store, evidence.list_for, aid) == []
    assert count(store, Evidence) == 0
    assert count(store, Blob) == 0
    assert count(store, BlobChunk) == 0
    with pytest.raises(NotFound, match="no evidence"):
        call(store, evidence.remove, second.id)


def test_removing_carried_evidence_in_a_new_round_keeps_the_old_rounds_file(
    store: Store, aid: int, tmp_path: Path
) -> None:
    content = write_file(tmp_path / "mou.pdf", 4000)
    original = evidence.attach_file(store, aid, "NAT-1", tmp_path / "mou.pdf")
    second = new_assessment(store, previous_id=aid)
    [carried] = call(store, evidence.list_for, second)

    call(store, evidence.remove, carried.id)

    assert count(store, Blob) == 1
    assert evidence.save_copy(store, original.id, tmp_path / "copy.pdf").read_bytes() == content


def test_a_cancelled_attach_leaves_nothing_behind(store: Store, aid: int, tmp_path: Path) -> None:
    write_file(tmp_path / "big.pdf", 3 * MB)
    asked: list[int] = []

    def cancel_after_first_chunk() -> bool:
        asked.append(1)
        return len(asked) > 1

    before = snapshot(store, aid)
    with pytest.raises(Cancelled, match=r"Attaching big\.pdf was cancelled; nothing was added"):
        evidence.attach_file(store, aid, "PROS-1", tmp_path / "big.pdf", cancelled=cancel_after_first_chunk)

    assert len(asked) == 2
    assert snapshot(store, aid) == before
    assert (count(store, Blob), count(store, BlobChunk), count(store, Evidence)) == (0, 0, 0)


def test_a_file_over_the_limit_is_refused_before_anything_is_written(store: Store, aid: int, tmp_path: Path) -> None:
    write_file(tmp_path / "scan.pdf", 1001)
    before = snapshot(store, aid)

    with pytest.raises(TooLarge, match=r"scan\.pdf is 1,001 bytes; evidence files may be at most 1,000 bytes"):
        evidence.attach_file(store, aid, "PROS-1", tmp_path / "scan.pdf", limit=1000)

    assert snapshot(store, aid) == before
    assert (count(store, Blob), count(store, BlobChunk), count(store, Evidence)) == (0, 0, 0)
    assert evidence.attach_file(store, aid, "PROS-1", tmp_path / "scan.pdf", limit=1001).size == 1001


def test_a_file_that_grows_past_the_limit_while_read_is_refused(store: Store, aid: int, tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    write_file(path, 2 * MB)

    def grow(done: int, total: int) -> None:
        with path.open("ab") as handle:
            handle.write(b"x" * MB)

    before = snapshot(store, aid)
    with pytest.raises(TooLarge, match="grew past the size limit while it was being read; nothing was added"):
        evidence.attach_file(store, aid, "PROS-1", path, limit=2 * MB, progress=grow)

    assert snapshot(store, aid) == before
    assert (count(store, Blob), count(store, BlobChunk), count(store, Evidence)) == (0, 0, 0)


def test_a_missing_file_or_a_folder_cannot_be_attached(store: Store, aid: int, tmp_path: Path) -> None:
    before = snapshot(store, aid)
    with pytest.raises(InvalidInput, match="does not exist; check the path"):
        evidence.attach_file(store, aid, "PROS-1", tmp_path / "nothing-here.pdf")
    with pytest.raises(InvalidInput, match="is a folder"):
        evidence.attach_file(store, aid, "PROS-1", tmp_path)
    for empty in ("", "  "):
        with pytest.raises(InvalidInput, match="No file was given"):
            evidence.attach_file(store, aid, "PROS-1", empty)
    assert snapshot(store, aid) == before


def test_attaching_to_an_unknown_item_or_assessment_writes_nothing(store: Store, aid: int, tmp_path: Path) -> None:
    write_file(tmp_path / "law.pdf", 100)
    with pytest.raises(NotFound, match="no item PROS-99"):
        evidence.attach_file(store, aid, "PROS-99", tmp_path / "law.pdf")
    with pytest.raises(InvalidInput, match="context"):
        evidence.attach_file(store, aid, "WG-11", tmp_path / "law.pdf")
    with pytest.raises(NotFound, match="no assessment 99"):
        evidence.attach_file(store, 99, "PROS-1", tmp_path / "law.pdf")
    assert (count(store, Blob), count(store, BlobChunk), count(store, Evidence)) == (0, 0, 0)


def test_progress_counts_up_to_the_file_size(store: Store, aid: int, tmp_path: Path) -> None:
    size = 2 * MB + 500_000
    write_file(tmp_path / "big.pdf", size)
    seen: list[tuple[int, int]] = []

    evidence.attach_file(
        store, aid, "PROS-1", tmp_path / "big.pdf", progress=lambda done, total: seen.append((done, total))
    )

    done = [d for d, _ in seen]
    assert len(done) >= 2
    assert done == sorted(set(done))
    assert done[-1] == size
    assert all(total == size for _, total in seen)


def test_the_size_limit_comes_from_the_environment(
    store: Store, aid: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_file(tmp_path / "scan.pdf", MB + MB // 2)
    monkeypatch.setenv("ASSESS_MAX_EVIDENCE_MB", "1")
    assert load_settings().max_evidence_bytes == MB

    with pytest.raises(TooLarge, match=r"at most 1 MB.*max_evidence_mb in settings\.json"):
        evidence.attach_file(store, aid, "PROS-1", tmp_path / "scan.pdf")
    assert count(store, Blob) == 0

    monkeypatch.setenv("ASSESS_MAX_EVIDENCE_MB", "2")
    assert evidence.attach_file(store, aid, "PROS-1", tmp_path / "scan.pdf").size == MB + MB // 2


def test_the_size_limit_comes_from_settings_json(
    store: Store, aid: int, tmp_path: Path, isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_file(tmp_path / "scan.pdf", MB + MB // 2)
    (isolated_data_dir / "settings.json").write_text(json.dumps({"max_evidence_mb": 1}), "utf-8")
    assert load_settings().max_evidence_bytes == MB

    with pytest.raises(TooLarge):
        evidence.attach_file(store, aid, "PROS-1", tmp_path / "scan.pdf")
    assert count(store, Evidence) == 0

    # The environment wins over the file.
    monkeypatch.setenv("ASSESS_MAX_EVIDENCE_MB", "2")
    assert evidence.attach_file(store, aid, "PROS-1", tmp_path / "scan.pdf").size == MB + MB // 2


@pytest.mark.parametrize(
    "stored",
    [
        "not json",
        json.dumps([1, 2]),
        json.dumps({"max_evidence_mb": "lots"}),
        json.dumps({"max_evidence_mb": -5}),
        json.dumps({"max_evidence_mb": 0}),
    ],
)
def test_unusable_settings_fall_back_to_the_default_limit(isolated_data_dir: Path, stored: str) -> None:
    (isolated_data_dir / "settings.json").write_text(stored, "utf-8")
    assert load_settings().max_evidence_bytes == DEFAULT_MAX_EVIDENCE_MB * MB


def test_fractional_limits_are_honoured(isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (isolated_data_dir / "settings.json").write_text(json.dumps({"max_evidence_mb": 0.5}), "utf-8")
    assert load_settings().max_evidence_bytes == MB // 2
    monkeypatch.setenv("ASSESS_MAX_EVIDENCE_MB", "abc")
    assert load_settings().max_evidence_bytes == DEFAULT_MAX_EVIDENCE_MB * MB


# -- reading the gaps ------------------------------------------------------------------------------


@pytest.fixture
def scored(store: Store, aid: int) -> int:
    """An assessment with a spread of scores, priorities and notes."""
    score(store, aid, "INT-1", law=3, practice=2, priority="medium", rationale="Zanzibar treaty pending")
    score(store, aid, "PROS-1", law=4, practice=2, priority="high")
    score(store, aid, "PROS-1.i", law=3, practice=3, priority="high")
    score(store, aid, "PROS-2", not_applicable=True, na_justification="Not relevant", priority="low")
    score(store, aid, "PROS-3", law=1)
    score(store, aid, "PROT-1", law=4, practice=4, priority="high")
    score(store, aid, "PROT-2", law=2, practice=3, priority="medium", institutions=["Labour Inspectorate"])
    score(store, aid, "PROT-3", law=1, practice=3, priority="medium", institutions=["Ministry of Health"])
    score(store, aid, "PREV-1", law=0, practice=0, priority="low")
    return aid


def test_overview_per_pillar_and_overall(store: Store, scored: int) -> None:
    result = call(store, scoring.overview, scored)

    assert [p.code for p in result.pillars] == ["PROS", "PROT", "PREV", "NAT", "INT", "WG"]
    pros = result.pillars[0]
    assert (pros.assessable, pros.complete, pros.not_applicable, pros.gaps) == (10, 3, 1, 2)
    assert pros.law_mean == pytest.approx((4 + 3 + 1) / 3)
    assert pros.practice_mean == pytest.approx((2 + 3) / 2)
    assert (pros.law_count, pros.practice_count) == (3, 2)
    assert pros.completion == pytest.approx(3 / 10)
    assert pros.by_priority == {"high": 2, "medium": 0, "low": 0, "none": 0}
    assert pros.by_severity == {"minor": 1, "major": 1, "critical": 0}
    assert pros.by_state == {"not_scored": 6, "partly_scored": 1, "meets_target": 0, "gap": 2, "not_applicable": 1}
    prot = result.pillars[1]
    assert (prot.assessable, prot.complete, prot.gaps) == (7, 3, 2)
    assert prot.law_mean == pytest.approx(7 / 3)
    assert prot.practice_mean == pytest.approx(10 / 3)
    nat = result.pillars[3]
    assert (nat.assessable, nat.complete, nat.law_mean, nat.practice_mean, nat.completion) == (3, 0, None, None, 0)
    assert sum(p.assessable for p in result.pillars) == 61

    overall = result.overall
    assert (overall.code, overall.assessable, overall.complete, overall.not_applicable, overall.gaps) == (
        "ALL",
        61,
        8,
        1,
        6,
    )
    assert overall.law_mean == pytest.approx((3 + 4 + 3 + 1 + 4 + 2 + 1 + 0) / 8)
    assert overall.practice_mean == pytest.approx((2 + 2 + 3 + 4 + 3 + 3 + 0) / 7)
    assert overall.completion == pytest.approx(8 / 61)


def test_an_item_scored_in_one_dimension_is_incomplete(store: Store, scored: int) -> None:
    states = {s.code: s for s in call(store, scoring.item_states, scored)}
    assert not states["PROS-3"].complete
    assert states["PROS-2"].complete
    assert states["PROS-2"].status == "not_applicable"
    assert states["PROT-1"].status == "meets_target"
    assert states["PROS-3"].status == "partly_scored"  # law 1 is far below the target, but it is not judged yet
    assert states["PROS-3"].severity is None and states["PROS-3"].gap == 3
    assert states["NAT-1"].status == "not_scored"
    assert (states["PREV-1"].status, states["PREV-1"].severity) == ("gap", "critical")
    assert (states["PROS-1.i"].severity, states["PROT-2"].severity) == ("minor", "major")
    score(store, scored, "NAT-1", law=4)
    assert {s.code: s for s in call(store, scoring.item_states, scored)}["NAT-1"].status == "partly_scored"


def test_gaps_are_ordered_by_priority_then_size_then_framework_order(store: Store, scored: int) -> None:
    found = call(store, scoring.gaps, scored)

    assert [(g.code, g.response.priority, g.gap) for g in found] == [
        ("PROS-1", "high", 2),
        ("PROS-1.i", "high", 1),
        ("PROT-3", "medium", 3),
        ("PROT-2", "medium", 2),
        ("INT-1", "medium", 2),
        ("PREV-1", "low", 4),
    ]
    prot2 = found[3]
    assert (prot2.gap_law, prot2.gap_practice, prot2.pillar) == (2, 1, "PROT")
    assert prot2.text == framework.pick(BUILTIN.item("PROT-2").text, "en")


def test_gaps_can_be_filtered(store: Store, scored: int) -> None:
    def codes(**filters: Any) -> list[str]:
        return [g.code for g in call(store, scoring.gaps, scored, scoring.Filters(**filters))]

    assert codes(pillars=("PROT",)) == ["PROT-3", "PROT-2"]
    assert codes(pillars=("PROT", "PREV")) == ["PROT-3", "PROT-2", "PREV-1"]
    assert codes(priorities=("medium",)) == ["PROT-3", "PROT-2", "INT-1"]
    assert codes(priorities=("none",)) == []
    assert codes(priorities=("high", "low")) == ["PROS-1", "PROS-1.i", "PREV-1"]
    assert codes(institution="labour inspectorate") == ["PROT-2"]
    assert codes(institution="Ministry of Justice") == []
    assert codes(text="zanzibar") == ["INT-1"]
    assert codes(text="PROS-1") == ["PROS-1", "PROS-1.i"]
    assert codes(statuses=("not_applicable",)) == []

    def selected(**filters: Any) -> list[str]:
        return [s.code for s in call(store, scoring.select_items, scored, scoring.Filters(**filters))]

    assert selected(statuses=("not_applicable",)) == ["PROS-2"]
    assert selected(statuses=("meets_target",)) == ["PROT-1"]
    assert selected(statuses=("partly_scored",)) == ["PROS-3"]
    assert len(selected(statuses=("not_scored",))) == 61 - 9
    assert selected(statuses=("gap",), pillars=("PROS",)) == ["PROS-1", "PROS-1.i"]
    assert selected(text="not relevant") == ["PROS-2"]
    score(store, scored, "PROT-2", target_date="2026-12-31")
    score(store, scored, "PROT-3", target_date="2027-06-30")
    assert selected(due_before=dt.date(2026, 12, 31)) == ["PROT-2"]
    assert selected(due_before=dt.date(2030, 1, 1)) == ["PROT-2", "PROT-3"]


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"pillars": ("XYZ",)}, "Unknown pillar XYZ; use one of PROS, PROT, PREV, NAT, INT, WG"),
        ({"pillars": ("WG-11",)}, "Unknown pillar WG-11"),
        ({"pillars": ("PROS-1",)}, "Unknown pillar PROS-1"),
        (
            {"statuses": ("done",)},
            "Unknown status 'done'; use one of not_scored, partly_scored, meets_target, gap, not_applicable",
        ),
        ({"priorities": ("urgent",)}, "Unknown priority 'urgent'"),
    ],
)
def test_unknown_filters_are_refused(store: Store, scored: int, filters: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        call(store, scoring.gaps, scored, scoring.Filters(**filters))


def test_changing_the_target_changes_the_gaps(store: Store, scored: int) -> None:
    goals = call(store, targets.set_target, scored, 3)
    assert goals.level == 3
    assert audit_log(store, scored)[-1][4:] == ("target", "4", "3")

    found = call(store, scoring.gaps, scored)

    assert [(g.code, g.gap) for g in found] == [
        ("PROS-1", 1),
        ("PROT-3", 2),
        ("PROT-2", 1),
        ("INT-1", 1),
        ("PREV-1", 3),
    ]
    assert call(store, scoring.overview, scored).overall.gaps == 5

    before = snapshot(store, scored)
    for bad in (-1, 5):
        with pytest.raises(InvalidInput, match="target must lie on the scale, 0 to 4"):
            call(store, targets.set_target, scored, bad)
    assert snapshot(store, scored) == before

    call(store, targets.set_target, scored, 0)
    assert call(store, scoring.gaps, scored) == []


def test_the_reason_for_the_assessments_target_goes_with_its_level(store: Store, scored: int) -> None:
    assert call(store, targets.set_target, scored, 3, reason="Largely in place by 2027").reason == (
        "Largely in place by 2027"
    )
    assert call(store, targets.set_target, scored, 3).reason == "Largely in place by 2027"  # same level: kept
    assert call(store, targets.set_target, scored, 2).reason == ""  # it was said of level 3
    call(store, targets.set_target, scored, 3, reason="Back to the plan")
    reset = call(store, targets.set_target, scored, "default")
    assert (reset.level, reset.reason) == (4, "")


def test_targets_of_a_branch_and_an_item_override_the_assessments(store: Store, scored: int) -> None:
    with pytest.raises(InvalidInput, match="a reason is required"):
        call(store, targets.set_target, scored, 2, codes=("PREV",))
    call(store, targets.set_target, scored, 2, codes=("PROT",), reason="Protection grows slowly")
    call(store, targets.set_target, scored, 4, codes=("PROT-3",), reason="Health care is a right")
    states = {s.code: s for s in call(store, scoring.item_states, scored)}
    assert (states["PROT-2"].target, states["PROT-2"].target_from, states["PROT-2"].status) == (
        2,
        "PROT",
        "meets_target",
    )
    assert (states["PROT-3"].target, states["PROT-3"].target_from, states["PROT-3"].severity) == (
        4,
        "PROT-3",
        "critical",
    )
    assert states["PROT-3"].target_reason == "Health care is a right"
    assert (states["PROS-1"].target, states["PROS-1"].target_from) == (4, "")
    call(store, targets.set_target, scored, "default", codes=("PROT-3",))
    assert {s.code: s for s in call(store, scoring.item_states, scored)}["PROT-3"].target == 2
    changes = [e[1:] for e in audit_log(store, scored) if e[3] == "target"]
    assert ("tester", "PROT-3", "target", "level", "4", None) in changes
    with pytest.raises(InvalidInput, match="holds no assessable item"):
        call(store, targets.set_target, scored, 2, codes=("GP",), reason="x")


def test_a_new_round_is_read_against_its_own_targets(store: Store, scored: int) -> None:
    call(store, targets.set_target, scored, 2, codes=("PROT-2",), reason="First step")
    second = call(store, assessments.create, country="Freedonia", title="Round 2", previous_id=scored).id
    assert call(store, targets.of_assessment, second).overrides["PROT-2"].reason == "First step"
    call(store, targets.set_target, second, 4, codes=("PROT-2",), reason="Now in full")
    before = call(store, scoring.scorecard, scored)
    after = call(store, scoring.scorecard, second)
    change = {c.code: c for c in progress.compare(before, after).items}["PROT-2"]
    assert (change.before.status, change.after.status, change.after.target) == ("meets_target", "gap", 4)
    assert change.new_gap
