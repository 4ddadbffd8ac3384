"""The Meridia demo: two linked rounds, realistic content and evidence, deterministic, cached as a template."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import framework as fw
from assess import assessments, audit, demo, evidence, responses, scoring
from assess.demo import build, content
from assess.errors import InvalidInput
from db import Store, open_store

CONTENT = content.load()
INSTITUTIONS = {institution.name for institution in CONTENT.institutions}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, int]]:
    """One demo database for the read-only checks of this module."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ASSESS_DATA_DIR", str(tmp_path_factory.mktemp("demo-data")))
        store = open_store(tmp_path_factory.mktemp("demo") / "demo.sqlite")
        try:
            review = demo.build_demo(store)
            yield store, review
        finally:
            store.close()


def rounds(store: Store) -> tuple[assessments.AssessmentInfo, assessments.AssessmentInfo]:
    with store.session() as session:
        baseline, review = assessments.list_all(session)
    return baseline, review


def states(store: Store, assessment_id: int) -> dict[str, scoring.ItemState]:
    with store.session() as session:
        return {s.code: s for s in scoring.item_states(session, assessment_id)}


def dump(store: Store) -> list[Any]:
    """Everything a user sees of the demo, in a comparable form."""
    result: list[Any] = []
    with store.session() as session:
        for info in assessments.list_all(session):
            result.append(dataclasses.astuple(info))
            result.extend(dataclasses.astuple(s.response) for s in scoring.item_states(session, info.id))
            result.extend(dataclasses.astuple(e) for e in evidence.list_for(session, info.id))
            result.extend(dataclasses.astuple(c) for c in reversed(audit.history(session, info.id, limit=100_000)))
    return result


def test_two_rounds_linked(built: tuple[Store, int]) -> None:
    store, review_id = built
    baseline, review = rounds(store)
    assert review.id == review_id
    assert review.previous_id == baseline.id
    assert (baseline.country, baseline.title, baseline.period, baseline.status) == (
        CONTENT.country,
        "Baseline 2024",
        "2024",
        "final",
    )
    assert (review.country, review.title, review.period, review.status) == (
        CONTENT.country,
        "Review 2026",
        "2026",
        "draft",
    )
    assert baseline.created_at.year == 2024 and baseline.updated_at.year == 2024
    assert review.created_at.year == 2026


def test_every_pillar_has_scores_and_law_is_ahead_of_practice(built: tuple[Store, int]) -> None:
    store, review_id = built
    framework = fw.load_builtin()
    pillars = {framework.root_of(item.code).code for item in framework.assessable()}
    with store.session() as session:
        for assessment_id in (review_id - 1, review_id):
            overview = scoring.overview(session, assessment_id)
            scored = {p.code for p in overview.pillars if p.law_count and p.practice_count}
            assert scored == pillars
            overall = overview.overall
            assert overall.law_mean is not None and overall.practice_mean is not None
            assert overall.law_mean > overall.practice_mean
    review = states(store, review_id)
    if "PROS-1.i" in review:
        assert (review["PROS-1.i"].response.law, review["PROS-1.i"].response.practice) == (4, 2)
    if "PROT-2" in review:
        assert (review["PROT-2"].response.law, review["PROT-2"].response.practice) == (3, 1)


def test_not_applicable_and_unscored_items(built: tuple[Store, int]) -> None:
    store, review_id = built
    baseline = states(store, review_id - 1)
    review = states(store, review_id)
    assert all(s.complete for s in baseline.values()), "the final baseline is fully scored"
    not_applicable = [s for s in review.values() if s.response.not_applicable]
    assert 2 <= len(not_applicable) <= 3
    assert all(len(s.response.na_justification) > 40 for s in not_applicable)
    if "WG-2" in review:
        assert "party" in review["WG-2"].response.na_justification
    unscored = [s for s in review.values() if s.status == "not_scored"]
    assert 1 <= len(unscored) <= 6
    assert all(s.response.rationale for s in unscored), "work in progress says why"


def test_review_shows_progress_regressions_and_new_gaps(built: tuple[Store, int]) -> None:
    store, review_id = built
    baseline = states(store, review_id - 1)
    review = states(store, review_id)

    def total(state: scoring.ItemState) -> int | None:
        r = state.response
        return None if r.law is None or r.practice is None else r.law + r.practice

    better = worse = new_gaps = 0
    for code, after in review.items():
        before = baseline[code]
        old, new = total(before), total(after)
        if old is not None and new is not None:
            better += new > old
            worse += new < old
        new_gaps += before.status != "gap" and after.status == "gap"
    assert better >= 15
    assert 1 <= worse < better
    assert new_gaps >= 1


def test_content_reads_like_a_ministry_wrote_it(built: tuple[Store, int]) -> None:
    store, review_id = built
    scored = [s for s in states(store, review_id).values() if s.status != "not_applicable"]
    for state in scored:
        r = state.response
        assert 30 < len(r.rationale) < 500, state.code
        assert r.institutions and set(r.institutions) <= INSTITUTIONS, state.code
        assert r.priority in responses.PRIORITIES, state.code
        assert r.target_date is not None and 2026 <= r.target_date.year <= 2028, state.code
        assert r.next_action, state.code
    assert sum(1 for s in scored if s.response.technical_assistance) >= 5
    assert {s.response.priority for s in scored} == set(responses.PRIORITIES)
    with store.session() as session:
        assert set(assessments.institutions(session, review_id)) <= INSTITUTIONS


def test_evidence_files_links_and_citations(built: tuple[Store, int]) -> None:
    store, review_id = built
    contents = CONTENT.documents
    with store.session() as session:
        baseline = evidence.list_for(session, review_id - 1)
        review = evidence.list_for(session, review_id)
    files = [e for e in review if e.kind == "file"]
    assert len({e.name for e in files}) >= 5
    for item in files:
        content = contents[item.name]
        assert item.sha256 == hashlib.sha256(content).hexdigest()
        assert item.size == len(content)
        assert b"".join(evidence.read_chunks(store, item.sha256)) == content
        content.decode("utf-8")
    assert any(e.sensitive for e in files)
    links = [e for e in review if e.kind == "link"]
    assert links and all(e.url.startswith("https://example.org/") for e in links)
    citations = [e for e in review if e.kind == "citation"]
    assert any("Penal Code of Meridia, art. 188" in e.citation for e in citations)
    assert len(citations) >= 5
    statistics = contents["trafficking-statistics-2019-2025.csv"].decode("utf-8").splitlines()
    assert statistics[0].startswith("year,") and [row[:4] for row in statistics[1:]] == [
        str(year) for year in range(2019, 2026)
    ]
    # The baseline's evidence is carried into the review, and the review adds its own.
    assert baseline
    key = lambda e: (e.item_code, e.kind, e.sha256, e.url, e.citation, e.added_at)  # noqa: E731
    assert {key(e) for e in baseline} < {key(e) for e in review}
    assert all(e.added_at.year == 2024 for e in baseline)


def test_audit_log_names_several_people_on_fixed_dates(built: tuple[Store, int]) -> None:
    store, review_id = built
    with store.session() as session:
        for assessment_id, year in ((review_id - 1, 2024), (review_id, 2026)):
            changes = audit.history(session, assessment_id, limit=100_000)
            users = {c.user for c in changes}
            assert len(users) >= 5
            assert "tester" not in users, "every change names a fictional user"
            assert {c.at.year for c in changes} == {year}
            times = [c.at for c in reversed(changes)]
            assert times == sorted(times)
            assert all(c.at.weekday() < 5 and dt.time(8, 0) <= c.at.time() <= dt.time(18, 0) for c in changes)


def test_build_is_deterministic(built: tuple[Store, int], tmp_path: Path) -> None:
    store, _ = built
    again = open_store(tmp_path / "again.sqlite")
    try:
        demo.build_demo(again)
        assert dump(again) == dump(store)
    finally:
        again.close()


def test_build_refuses_a_database_with_assessments(store: Store) -> None:
    with store.session() as session:
        assessments.create(session, country="Somewhere", title="Mine", user="someone")
    with pytest.raises(InvalidInput, match="empty"):
        demo.build_demo(store)


def first_code(store: Store, assessment_id: int) -> str:
    return next(iter(states(store, assessment_id)))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_template_is_cached_and_copies_leave_it_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("ASSESS_DATA_DIR", str(data))
    first = demo.demo_database(tmp_path / "workshop" / "first.sqlite")
    template = demo.template_path()
    assert template.is_file() and template.parent == data / "cache"
    assert first != template and first.is_file()
    before = (template.stat().st_mtime_ns, sha(template))

    def no_rebuild(store: Store) -> int:
        raise AssertionError("the cached template should have been used")

    monkeypatch.setattr(build, "build_demo", no_rebuild)
    second = demo.demo_database(tmp_path / "second.sqlite")
    copy = open_store(second)
    try:
        baseline, review = rounds(copy)
        assert review.previous_id == baseline.id
        with copy.session() as session:
            responses.update(
                session, review.id, first_code(copy, review.id), rationale="Edited in the workshop.", user="trainer"
            )
    finally:
        copy.close()
    assert (template.stat().st_mtime_ns, sha(template)) == before
    leftovers = {p.name for p in tmp_path.iterdir()} - {
        "data",
        "workshop",
        "second.sqlite",
        "second.sqlite-wal",
        "second.sqlite-shm",
    }
    assert not leftovers, "the copy is at the current schema: opening it made no upgrade backup"
    assert sorted(p.name for p in template.parent.iterdir()) == [template.name]

    with pytest.raises(InvalidInput, match="already exists"):
        demo.demo_database(second)

    throwaway = demo.open_demo_copy()
    try:
        assert throwaway.parent.name.startswith("assess-demo-")
        assert Path(tempfile.gettempdir()) in throwaway.parents
        assert sha(throwaway) == sha(first)
    finally:
        shutil.rmtree(throwaway.parent)


def test_damaged_template_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSESS_DATA_DIR", str(tmp_path / "data"))
    template = demo.template_path()
    template.parent.mkdir(parents=True)
    template.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    copy = demo.demo_database(tmp_path / "demo.sqlite")
    assert template.stat().st_size > 100_000
    opened = open_store(copy)
    try:
        assert rounds(opened)[1].status == "draft"
    finally:
        opened.close()


def test_demo_without_a_writable_cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("the data directory is a file, so no cache folder can be made there", "utf-8")
    monkeypatch.setenv("ASSESS_DATA_DIR", str(blocker))
    copy = demo.demo_database(tmp_path / "demo.sqlite")
    opened = open_store(copy)
    try:
        baseline, review = rounds(opened)
        assert review.previous_id == baseline.id
    finally:
        opened.close()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")], "no partial file is left behind"
