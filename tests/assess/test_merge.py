"""Merging a contribution: the secretariat sends a part out, the focal point fills it in, the secretariat merges."""

# ruff: noqa: F811  (pytest fixtures imported from tests.exports.exchange.package_fixtures are parameters here)

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assess import assessments, audit, evidence, merge, responses
from assess.cli.main import main
from assess.errors import Cancelled, InvalidInput, ReadOnly, StaleEdit
from db import Store
from db.models import Blob
from exports.exchange.read import open_package
from exports.exchange.write import export_package
from tests.exports.exchange.package_fixtures import (  # noqa: F401  (the fixtures are used by name)
    BASELINE,
    MOL,
    REVIEW,
    demo_template,
    fingerprint,
    focal,
    responses_of,
    secretariat,
)

ORIGIN = f"contribution from {MOL}"


@dataclasses.dataclass
class Round:
    """One exchange: the part sent to the Labour Inspectorate, imported at the ministry as ``theirs_id``."""

    secretariat: Store
    focal: Store
    folder: Path
    theirs_id: int
    codes: list[str]
    sent: int = 0

    def here(self, change: Callable[[Session], object]) -> None:
        with self.secretariat.session() as session:
            change(session)

    def there(self, change: Callable[[Session], object]) -> None:
        with self.focal.session() as session:
            change(session)

    def returned(self) -> Path:
        self.sent += 1
        return export_package(self.focal, self.theirs_id, self.folder / f"back-{self.sent}.assess").path

    def plan(self, path: Path | None = None) -> merge.MergePlan:
        with open_package(path or self.returned()) as package, self.secretariat.session() as session:
            return merge.plan_merge(session, REVIEW, package.contribution)

    def merge(self, path: Path | None = None, **options: object) -> merge.MergeResult:
        with open_package(path or self.returned()) as package, self.secretariat.session() as session:
            plan = merge.plan_merge(session, REVIEW, package.contribution)
            return merge.apply_merge(session, plan, package.contribution, **options)  # type: ignore[arg-type]

    def mine(self, code: str) -> responses.ResponseView:
        with self.secretariat.session() as session:
            return responses.get(session, REVIEW, code)


@pytest.fixture
def exchange(secretariat: Store, focal: Store, tmp_path: Path) -> Iterator[Round]:
    sent = export_package(secretariat, REVIEW, tmp_path / "labour.assess", responsible=MOL).path
    with open_package(sent) as package, focal.session() as session:
        created = merge.import_new(session, package.contribution, user="t.mensah")
    codes = [item["code"] for item in responses_of(sent)["items"]]
    yield Round(secretariat, focal, tmp_path, created.id, codes)


def test_a_package_sent_back_unchanged_brings_nothing(exchange: Round) -> None:
    assert exchange.plan().empty


def test_a_change_made_only_in_the_contribution_is_taken_and_logged_with_its_institution(exchange: Round) -> None:
    code = exchange.codes[0]
    exchange.there(lambda s: responses.update(s, exchange.theirs_id, code, practice=4, rationale="Checked in 2026"))
    plan = exchange.plan()
    assert [(f.code, f.field) for f in plan.taken] == [(code, "practice"), (code, "rationale")]
    assert not plan.conflicts
    result = exchange.merge(user="m.okafor")
    assert result.fields_taken == 2 and result.items_changed == (code,)
    mine = exchange.mine(code)
    assert (mine.practice, mine.rationale) == (4, "Checked in 2026")
    with exchange.secretariat.session() as session:
        changes = [c for c in audit.history(session, REVIEW, code) if c.origin]
    assert {(c.field, c.new, c.origin, c.user) for c in changes} == {
        ("practice_score", "4", ORIGIN, "m.okafor"),
        ("rationale", "Checked in 2026", ORIGIN, "m.okafor"),
    }


def test_a_change_made_only_here_is_kept(exchange: Round) -> None:
    code = exchange.codes[1]
    exchange.here(lambda s: responses.update(s, REVIEW, code, next_action="Secretariat to follow up"))
    plan = exchange.plan()
    assert [(f.code, f.field) for f in plan.kept] == [(code, "next_action")]
    assert not plan.taken and not plan.conflicts
    exchange.merge()
    assert exchange.mine(code).next_action == "Secretariat to follow up"


def test_a_change_on_both_sides_is_a_conflict_and_nothing_is_merged_until_it_is_settled(exchange: Round) -> None:
    first, second = exchange.codes[:2]
    exchange.there(lambda s: responses.update(s, exchange.theirs_id, first, rationale="Theirs", priority="low"))
    exchange.there(lambda s: responses.update(s, exchange.theirs_id, second, technical_assistance="Training"))
    exchange.here(lambda s: responses.update(s, REVIEW, first, rationale="Mine"))
    plan = exchange.plan()
    assert plan.conflict_codes == [first]
    (conflict,) = plan.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == ("rationale", "Mine", "Theirs")
    assert conflict.base == exchange.mine(second).rationale or conflict.base != "Mine"
    assert {(f.code, f.field) for f in plan.taken} == {(first, "priority"), (second, "technical_assistance")}
    assert exchange.secretariat.path is not None
    before = fingerprint(exchange.secretariat.path)
    with pytest.raises(InvalidInput, match=rf"1 changes conflict and were not settled \({first}: rationale\)"):
        exchange.merge()
    assert fingerprint(exchange.secretariat.path) == before


@pytest.mark.parametrize("side", ["mine", "theirs"])
def test_take_settles_every_conflict_one_way(exchange: Round, side: str) -> None:
    first, second = exchange.codes[:2]
    for code in (first, second):
        exchange.there(lambda s, c=code: responses.update(s, exchange.theirs_id, c, next_action=f"theirs {c}"))
        exchange.here(lambda s, c=code: responses.update(s, REVIEW, c, next_action=f"mine {c}"))
    result = exchange.merge(take=side)
    assert (result.conflicts_mine, result.conflicts_theirs) == ((2, 0) if side == "mine" else (0, 2))
    assert exchange.mine(first).next_action == f"{side} {first}"
    assert exchange.mine(second).next_action == f"{side} {second}"


def test_each_conflict_can_be_settled_on_its_own(exchange: Round) -> None:
    first, second = exchange.codes[:2]
    for code in (first, second):
        exchange.there(lambda s, c=code: responses.update(s, exchange.theirs_id, c, next_action=f"theirs {c}"))
        exchange.here(lambda s, c=code: responses.update(s, REVIEW, c, next_action=f"mine {c}"))
    choices: dict[tuple[str, str], merge.Side] = {(first, "next_action"): "theirs", (second, "next_action"): "mine"}
    exchange.merge(choices=choices)
    assert exchange.mine(first).next_action == f"theirs {first}"
    assert exchange.mine(second).next_action == f"mine {second}"


def test_the_same_change_on_both_sides_is_no_conflict(exchange: Round) -> None:
    code = exchange.codes[0]
    exchange.there(lambda s: responses.update(s, exchange.theirs_id, code, priority="high", target_date="2027-01-31"))
    exchange.here(lambda s: responses.update(s, REVIEW, code, priority="high", target_date="2027-01-31"))
    assert exchange.plan().empty


def test_n_a_and_scores_move_together(exchange: Round) -> None:
    code = exchange.codes[0]
    exchange.there(
        lambda s: responses.update(s, exchange.theirs_id, code, not_applicable=True, na_justification="No such body")
    )
    exchange.here(lambda s: responses.update(s, REVIEW, code, law=1))
    plan = exchange.plan()
    (conflict,) = plan.conflicts
    assert conflict.field == "scores" and conflict.label == "scores or N/A"
    assert conflict.shown("theirs") == "N/A: No such body" and conflict.shown("mine").startswith("law 1")
    exchange.merge(take="theirs")
    mine = exchange.mine(code)
    assert mine.not_applicable and mine.law is None and mine.practice is None


def test_new_evidence_is_added_and_a_file_already_held_is_not_stored_twice(exchange: Round, tmp_path: Path) -> None:
    first, second = exchange.codes[:2]
    with exchange.secretariat.session() as session:
        held = next(e for e in evidence.list_for(session, REVIEW) if e.kind == "file" and e.item_code != second)
    copy = tmp_path / held.name
    evidence.save_copy(exchange.secretariat, held.id, copy)
    fresh = tmp_path / "inspections-2026.csv"
    fresh.write_text("region,inspections\nValdora,41\n")
    evidence.attach_file(exchange.focal, exchange.theirs_id, first, fresh, description="New statistics")
    evidence.attach_file(exchange.focal, exchange.theirs_id, second, copy)
    exchange.there(lambda s: evidence.add_link(s, exchange.theirs_id, first, "https://labour.example/report"))
    plan = exchange.plan()
    assert [(e.code, e.evidence.kind, e.held) for e in plan.evidence] == [
        (first, "file", False),
        (first, "link", True),
        (second, "file", True),
    ]
    with exchange.secretariat.session() as session:
        blobs = session.scalar(select(func.count()).select_from(Blob))
    result = exchange.merge()
    assert (result.evidence_added, result.files_stored, result.files_already_held) == (3, 1, 1)
    with exchange.secretariat.session() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == blobs + 1
        added = {(e.item_code, e.name) for e in evidence.list_for(session, REVIEW)}
        logged = [c for c in audit.history(session, REVIEW) if c.entity == "evidence" and c.origin == ORIGIN]
    assert {(first, "inspections-2026.csv"), (second, held.name), (first, "")} <= added
    assert len(logged) == 3
    assert exchange.plan().empty, "merging the same contribution again adds nothing"


def test_evidence_the_item_already_has_is_not_added_again(exchange: Round) -> None:
    exchange.there(lambda s: responses.update(s, exchange.theirs_id, exchange.codes[0], rationale="x"))
    assert not exchange.plan().evidence


def test_evidence_that_does_not_match_its_hash_leaves_the_database_unchanged(exchange: Round, tmp_path: Path) -> None:
    fresh = tmp_path / "report.txt"
    fresh.write_text("the real report")
    evidence.attach_file(exchange.focal, exchange.theirs_id, exchange.codes[0], fresh)
    exchange.there(lambda s: responses.update(s, exchange.theirs_id, exchange.codes[0], rationale="With report"))
    assert exchange.secretariat.path is not None
    before = fingerprint(exchange.secretariat.path)
    with open_package(exchange.returned()) as package:
        forged = dataclasses.replace(package.contribution, read_evidence=lambda sha: iter([b"a forged report"]))
        mismatch = pytest.raises(merge.ContentMismatch, match="does not match its SHA-256")
        with mismatch, exchange.secretariat.session() as session:
            plan = merge.plan_merge(session, REVIEW, forged)
            merge.apply_merge(session, plan, forged)
    assert fingerprint(exchange.secretariat.path) == before


def test_a_cancelled_merge_changes_nothing(exchange: Round, tmp_path: Path) -> None:
    fresh = tmp_path / "big.bin"
    fresh.write_bytes(b"x" * 3_000_000)
    evidence.attach_file(exchange.focal, exchange.theirs_id, exchange.codes[0], fresh)
    exchange.there(lambda s: responses.update(s, exchange.theirs_id, exchange.codes[0], rationale="Big"))
    assert exchange.secretariat.path is not None
    before = fingerprint(exchange.secretariat.path)
    seen: list[int] = []
    with pytest.raises(Cancelled):
        exchange.merge(progress=lambda done, total: seen.append(done), cancelled=lambda: len(seen) > 2)
    assert fingerprint(exchange.secretariat.path) == before


def test_an_item_changed_here_after_the_merge_was_prepared_is_refused(exchange: Round) -> None:
    code = exchange.codes[0]
    exchange.there(lambda s: responses.update(s, exchange.theirs_id, code, rationale="Theirs"))
    with open_package(exchange.returned()) as package:
        with exchange.secretariat.session() as session:
            plan = merge.plan_merge(session, REVIEW, package.contribution)
        exchange.here(lambda s: responses.update(s, REVIEW, code, priority="low"))
        stale = pytest.raises(StaleEdit, match="Prepare the merge again")
        with stale, exchange.secretariat.session() as session:
            merge.apply_merge(session, plan, package.contribution)
    assert exchange.mine(code).rationale != "Theirs"


def test_a_package_from_another_assessment_is_refused(exchange: Round) -> None:
    with exchange.secretariat.session() as session:
        other = assessments.create(session, country="Republic of Meridia", title="Review 2026")
    refused = pytest.raises(InvalidInput, match="was made from another assessment")
    with open_package(exchange.returned()) as package, exchange.secretariat.session() as session, refused:
        merge.plan_merge(session, other.id, package.contribution)


def test_a_final_assessment_takes_no_merge(exchange: Round) -> None:
    refused = pytest.raises(ReadOnly, match="is final and read-only")
    with open_package(exchange.returned()) as package, exchange.secretariat.session() as session, refused:
        merge.plan_merge(session, BASELINE, package.contribution)


def test_without_a_base_every_difference_is_a_conflict() -> None:
    mine, theirs = merge.Fields(law=2, rationale="a"), merge.Fields(law=3)
    assert [(v, f.field) for v, f in merge.compare("X", None, mine, theirs)] == [
        ("conflict", "law"),
        ("conflict", "rationale"),
    ]
    base = merge.Fields(law=2)
    assert [(v, f.field) for v, f in merge.compare("X", base, mine, theirs)] == [
        ("take", "law"),
        ("keep", "rationale"),
    ]


def test_the_plan_shows_each_item_side_by_side(exchange: Round) -> None:
    first, second = exchange.codes[:2]
    exchange.there(lambda s: responses.update(s, exchange.theirs_id, first, rationale="Theirs", priority="low"))
    exchange.here(lambda s: responses.update(s, REVIEW, first, rationale="Mine"))
    exchange.here(lambda s: responses.update(s, REVIEW, second, next_action="Mine only"))
    items = exchange.plan().items()
    assert [i.code for i in items] == [c for c in exchange.codes if c in (first, second)]
    by_code = {i.code: i for i in items}
    assert [f.field for f in by_code[first].conflicts] == ["rationale"]
    assert [f.field for f in by_code[first].taken] == ["priority"]
    assert [f.field for f in by_code[second].kept] == ["next_action"]
    assert by_code[first].conflicts[0].shown("theirs") == "Theirs"


def test_merging_from_the_command_line(exchange: Round, capsys) -> None:
    code = exchange.codes[0]
    exchange.there(lambda s: responses.update(s, exchange.theirs_id, code, rationale="Theirs", practice=4))
    exchange.here(lambda s: responses.update(s, REVIEW, code, rationale="Mine"))
    back = exchange.returned()
    db = str(exchange.secretariat.path)
    assert main(["--db", db, "import", str(back), "--into", str(REVIEW)]) == 1
    out, err = capsys.readouterr()
    assert f"{code}" in out and "here:    Mine" in out and "theirs:  Theirs" in out
    assert f"1 item in conflict ({code}); nothing was merged" in err and "--take mine or --take theirs" in err
    assert main(["--db", db, "import", str(back), "--into", str(REVIEW), "--take", "theirs"]) == 0
    out = capsys.readouterr().out
    assert f"({ORIGIN}): 2 changes taken" in out and "conflicts settled: 1 for theirs, 0 for mine" in out
    assert exchange.mine(code).rationale == "Theirs"
    assert main(["--db", db, "import", str(back), "--into", str(REVIEW)]) == 0
    assert "brings nothing new for assessment 2" in capsys.readouterr().out


def test_a_part_travels_through_either_back_end(secretariat: Store, store: Store, tmp_path: Path) -> None:
    """The focal point's database may be a file or a server: import, edit, send back, merge."""
    sent = export_package(secretariat, REVIEW, tmp_path / "sent.assess", responsible=MOL, password="pw").path
    with open_package(sent, "pw") as package, store.session() as session:
        created = merge.import_new(session, package.contribution)
        code = package.contribution.items[0].code
    extra = tmp_path / "annex.txt"
    extra.write_text("annex")
    evidence.attach_file(store, created.id, code, extra)
    with store.session() as session:
        responses.update(session, created.id, code, rationale="From the server")
    back = export_package(store, created.id, tmp_path / "back.assess").path
    with open_package(back) as package, secretariat.session() as session:
        plan = merge.plan_merge(session, REVIEW, package.contribution)
        assert [(f.code, f.field) for f in plan.taken] == [(code, "rationale")]
        merge.apply_merge(session, plan, package.contribution)
    with secretariat.session() as session:
        assert responses.get(session, REVIEW, code).rationale == "From the server"
        assert "annex.txt" in {e.name for e in evidence.list_for(session, REVIEW, code)}
