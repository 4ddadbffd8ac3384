"""Frameworks held in a database: the built-in one, imported files, newer versions beside older ones.

A framework version, once imported, is never changed; assessments keep the version (and the
item texts) they were made on, whatever is imported later.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import func, select

import framework
from assess import assessments, frameworks, responses, scoring
from assess.errors import AssessError, InvalidInput, NotFound
from db import Store
from db.models import Assessment, FrameworkRecord, ItemRecord, Response

T = TypeVar("T")

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "section-v-example.json"
BUILTIN = framework.load_builtin()
NEW_PROS_1 = "Develop national legal frameworks in line with the Protocol (revised wording)."


def call(store: Store, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    with store.session() as session:
        return fn(session, *args, **kwargs)


def count(store: Store, model: type[Any]) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def write(tmp_path: Path, document: dict[str, Any], name: str) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return path


def newer_builtin() -> dict[str, Any]:
    """The built-in framework as a later edition: PROS-1 reworded, PROS-5 dropped, PROS-6 added."""
    document: dict[str, Any] = copy.deepcopy(dict(BUILTIN.raw))
    document["version"] = "2025.1"
    pros = document["items"][0]
    assert pros["code"] == "PROS"
    measures = pros["children"]
    assert measures[0]["code"] == "PROS-1"
    measures[0]["text"] = {"en": NEW_PROS_1}
    assert measures[4]["code"] == "PROS-5"
    new_measure = copy.deepcopy(measures[4])
    new_measure.pop("tags", None)
    new_measure["code"] = "PROS-6"
    new_measure["text"] = {"en": "Collect and publish prosecution statistics every year."}
    measures[4] = new_measure
    document["crosswalk"] = [link for link in document.get("crosswalk", []) if "PROS-5" not in (link["a"], link["b"])]
    return document


def items_of(store: Store, assessment_id: int) -> list[str]:
    with store.session() as session:
        return list(
            session.scalars(
                select(Response.item_code).where(Response.assessment_id == assessment_id).order_by(Response.position)
            )
        )


def text_of(store: Store, assessment_id: int, code: str) -> str:
    states = call(store, scoring.item_states, assessment_id)
    return next(s.text for s in states if s.code == code)


def test_ensure_builtin_is_idempotent(store: Store) -> None:
    first = call(store, frameworks.ensure_builtin)
    second = call(store, frameworks.ensure_builtin)

    assert first.id == second.id
    assert (first.key, first.version) == (BUILTIN.id, BUILTIN.version)
    assert count(store, FrameworkRecord) == 1
    assert count(store, ItemRecord) == len(BUILTIN.items)
    with store.session() as session:
        assessable = session.scalars(
            select(ItemRecord.code).where(ItemRecord.assessable.is_(True)).order_by(ItemRecord.position)
        ).all()
        assert list(assessable) == [item.code for item in BUILTIN.assessable()]
        assert len(assessable) == 61
        pillar = session.scalars(select(ItemRecord).where(ItemRecord.code == "WG-11.a")).one()
        assert (pillar.root_code, pillar.parent_code) == ("WG", "WG-11")


def test_importing_a_framework_file_adds_it(store: Store) -> None:
    record, new = call(store, frameworks.import_file, EXAMPLE)
    again, new_again = call(store, frameworks.import_file, EXAMPLE)

    assert new and not new_again
    assert again.id == record.id
    assert (record.key, record.version, record.title) == (
        "example-regional-framework",
        "2025.1",
        "Example regional framework",
    )
    example = framework.load_file(EXAMPLE)

    created = call(
        store,
        assessments.create,
        country="Freedonia",
        title="Regional review",
        framework_key="example-regional-framework",
    )

    assert (created.framework_key, created.framework_version) == ("example-regional-framework", "2025.1")
    assert (created.scale_min, created.scale_max, created.target) == (0, 3, 2)
    assert items_of(store, created.id) == [item.code for item in example.assessable()]
    assert call(store, responses.update, created.id, "PROS.R1.O1.F1", law=3).law == 3
    with pytest.raises(InvalidInput, match="0 to 3"):
        call(store, responses.update, created.id, "PROS.R1.O1.F1", law=4)
    with pytest.raises(NotFound, match=r"no item PROS-1 in example-regional-framework 2025\.1"):
        call(store, responses.update, created.id, "PROS-1", law=1)
    # An item scored only in law is complete once its law score is there.
    states = {s.code: s for s in call(store, scoring.item_states, created.id)}
    assert states["PROS.R1.O1.F1"].dimensions == ("law",)
    assert states["PROS.R1.O1.F1"].complete
    assert states["PROS.R1.O1.F1"].status == "meets_target"  # 3 is above the target of 2: no gap
    assert call(store, scoring.overview, created.id).overall.complete == 1


def test_a_newer_version_is_kept_beside_the_older_one(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    old = call(store, assessments.create, country="Freedonia", title="Baseline")
    call(store, responses.update, old.id, "PROS-1", law=2, practice=1)
    call(store, responses.update, old.id, "PROS-5", law=3)
    old_text = text_of(store, old.id, "PROS-1")
    with store.session() as session:
        before = session.scalars(select(FrameworkRecord).where(FrameworkRecord.version == BUILTIN.version)).one()
        old_document, old_digest = copy.deepcopy(before.document), before.sha256

    # A later release ships the later edition.
    later = framework.load_document(newer_builtin(), "ffa-2025.json")
    monkeypatch.setattr(framework, "load_builtin", lambda: later)
    record = call(store, frameworks.ensure_builtin)

    assert (record.key, record.version) == (BUILTIN.id, "2025.1")
    assert count(store, FrameworkRecord) == 2
    # The assessment made on the older version keeps it, with its texts and items.
    kept = call(store, assessments.get, old.id)
    assert kept.framework_id != record.id
    info = call(store, assessments.list_all)[0]
    assert (info.framework_key, info.framework_version) == (BUILTIN.id, BUILTIN.version)
    assert text_of(store, old.id, "PROS-1") == old_text != NEW_PROS_1
    assert items_of(store, old.id) == [item.code for item in BUILTIN.assessable()]
    assert call(store, responses.get, old.id, "PROS-5").law == 3
    with store.session() as session:
        after = session.scalars(select(FrameworkRecord).where(FrameworkRecord.version == BUILTIN.version)).one()
        assert (after.document, after.sha256) == (old_document, old_digest)
    # A new round from it stays on its version unless another is asked for.
    same = call(store, assessments.create, country="Freedonia", title="Round 2", previous_id=old.id)
    assert same.framework_version == BUILTIN.version
    assert text_of(store, same.id, "PROS-1") == old_text

    # A new assessment takes the version this release ships; the older one can still be chosen.
    fresh = call(store, assessments.create, country="Freedonia", title="New baseline")
    assert fresh.framework_version == "2025.1"
    assert text_of(store, fresh.id, "PROS-1") == NEW_PROS_1
    assert "PROS-6" in items_of(store, fresh.id)
    assert "PROS-5" not in items_of(store, fresh.id)
    pinned = call(
        store, assessments.create, country="Freedonia", title="Old edition", framework_version=BUILTIN.version
    )
    assert pinned.framework_version == BUILTIN.version

    # A new round moved onto the newer edition carries the items both editions share.
    moved = call(
        store,
        assessments.create,
        country="Freedonia",
        title="Round 2 (2025 edition)",
        previous_id=old.id,
        framework_key=BUILTIN.id,
    )
    assert moved.framework_version == "2025.1"
    assert (call(store, responses.get, moved.id, "PROS-1").law, call(store, responses.get, moved.id, "PROS-6").law) == (
        2,
        None,
    )
    with pytest.raises(NotFound, match="no item PROS-5"):
        call(store, responses.get, moved.id, "PROS-5")
    # The old assessment is untouched by all this.
    assert call(store, responses.get, old.id, "PROS-1").law == 2


def test_the_same_version_with_different_content_is_refused(store: Store, tmp_path: Path) -> None:
    call(store, frameworks.import_file, EXAMPLE)
    changed: dict[str, Any] = json.loads(EXAMPLE.read_text("utf-8"))
    changed["title"] = {"en": "Tampered title"}
    path = write(tmp_path, changed, "tampered.json")

    with pytest.raises(
        AssessError, match=r"example-regional-framework version 2025\.1 is already in this database"
    ) as refused:
        call(store, frameworks.import_file, path)

    assert "new version number" in str(refused.value)
    assert count(store, FrameworkRecord) == 1
    with store.session() as session:
        record = session.scalars(
            select(FrameworkRecord).where(FrameworkRecord.key == "example-regional-framework")
        ).one()
        assert record.document == json.loads(EXAMPLE.read_text("utf-8"))


@pytest.mark.parametrize("version", [BUILTIN.version, "2099.1"])
def test_a_framework_file_cannot_take_the_builtin_id(store: Store, tmp_path: Path, version: str) -> None:
    changed: dict[str, Any] = copy.deepcopy(dict(BUILTIN.raw))
    changed["version"] = version
    changed["items"][0]["children"][0]["text"] = {"en": "Tampered wording"}
    path = write(tmp_path, changed, "tampered.json")

    with pytest.raises(AssessError, match=rf"{BUILTIN.id} is the id of the built-in framework"):
        call(store, frameworks.import_file, path)

    assert count(store, FrameworkRecord) == 0  # nothing at all was stored
    # the shipped file itself is welcome
    record, _ = call(store, frameworks.import_file, ROOT / "framework" / "data" / f"{BUILTIN.id}.json")
    assert (record.version, record.received) == (BUILTIN.version, False)


def test_a_broken_framework_file_adds_nothing(store: Store, tmp_path: Path) -> None:
    broken = json.loads(EXAMPLE.read_text("utf-8"))
    broken["scale"]["default_target"] = 9
    with pytest.raises(framework.FrameworkError, match="default target"):
        call(store, frameworks.import_file, write(tmp_path, broken, "broken.json"))
    assert count(store, FrameworkRecord) == 0


def test_list_frameworks_counts_the_assessments_on_each(store: Store) -> None:
    call(store, frameworks.import_file, EXAMPLE)
    for title in ("Baseline", "Round 2"):
        call(store, assessments.create, country="Freedonia", title=title)
    call(store, assessments.create, country="Freedonia", title="Regional", framework_key="example-regional-framework")

    listed = {(f.key, f.version): f for f in call(store, frameworks.list_frameworks)}

    builtin = listed[(BUILTIN.id, BUILTIN.version)]
    assert (builtin.assessments, builtin.assessable, builtin.items, builtin.builtin) == (
        2,
        61,
        len(BUILTIN.items),
        True,
    )
    example = listed[("example-regional-framework", "2025.1")]
    assert (example.assessments, example.builtin) == (1, False)
    assert example.assessable == sum(1 for _ in framework.load_file(EXAMPLE).assessable())
    assert count(store, Assessment) == 3


def test_list_frameworks_on_an_empty_database_offers_the_builtin_one(store: Store) -> None:
    listed = call(store, frameworks.list_frameworks)
    assert [(f.key, f.version, f.assessments) for f in listed] == [(BUILTIN.id, BUILTIN.version, 0)]
