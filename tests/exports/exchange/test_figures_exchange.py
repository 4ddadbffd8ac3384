"""Indicator figures in exchange packages: what a package holds, importing it, and the three-way merge per figure.

The secretariat is the demo (seven years of figures and an own indicator); a focal point imports the part sent to
it, changes figures and sends it back.
"""

# ruff: noqa: F811  (pytest fixtures imported from tests.exports.exchange.package_fixtures are parameters here)

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest

from assess import figures, indicators, merge, own_indicators
from assess.errors import InvalidInput, StaleEdit
from assess.figures import TOTAL, Change
from assess.merge import FigureMerge
from db import Store
from exports.exchange.read import open_package
from exports.exchange.spec import BadPackage, schema
from exports.exchange.write import export_package
from tests.exports.exchange.package_fixtures import (  # noqa: F401  (the fixtures are used by name)
    REVIEW,
    demo_template,
    focal,
    relist,
    responses_of,
    rewrite,
    secretariat,
)


def record(store: Store, assessment: int, code: str, period: str, **values: object) -> None:
    cells = {TOTAL if key == "total" else tuple(key.split("__")): value for key, value in values.items()}
    with store.session() as session:
        figures.record(session, assessment, Change(code, period, cells))  # type: ignore[arg-type]


def held(store: Store, assessment: int, code: str, period: str) -> figures.Figures:
    with store.session() as session:
        return figures.get(session, assessment, code, period)


def test_a_whole_package_holds_every_figure_and_own_indicator(secretariat: Store, tmp_path: Path) -> None:
    path = export_package(secretariat, REVIEW, tmp_path / "all.assess").path
    document = responses_of(path)
    jsonschema.validate(document, {"$ref": "#/$defs/responses", "$defs": schema()["$defs"]})
    with secretariat.session() as session:
        stored = figures.of_assessment(session, REVIEW)
    assert len(document["figures"]) == sum(len(periods) for periods in stored.values())
    (own,) = document["indicators"]
    assert (own["code"], own["unit"], own["target"], own["disaggregations"]) == (
        "OWN-HOTLINE", "count", 600, [{"dimension": "sex"}],
    )  # fmt: skip
    victims = next(f for f in document["figures"] if f["indicator"] == "OI-PROT-1" and f["period"] == "2025")
    assert victims["figures"]["total"] == 74 and victims["figures"]["breakdowns"]["sex"] == {"female": 41, "male": 33}
    assert victims["base"]["version"] == 1 and victims["updated_by"] == "m.okafor"


def test_a_part_holds_the_indicators_that_inform_its_items(secretariat: Store, tmp_path: Path) -> None:
    path = export_package(secretariat, REVIEW, tmp_path / "prev.assess", pillars=("PREV",)).path
    document = responses_of(path)
    codes = {f["indicator"] for f in document["figures"]}
    assert codes == {"OI-PREV-1", "OI-PREV-2", "OI-PREV-3", "OWN-HOTLINE"}  # OWN-HOTLINE informs PREV-1
    assert [i["code"] for i in document["indicators"]] == ["OWN-HOTLINE"]
    scrubbed = responses_of(export_package(secretariat, REVIEW, tmp_path / "s.assess", scrub=True).path)
    assert all("updated_by" not in f for f in scrubbed["figures"])


def send_and_receive(secretariat: Store, focal: Store, tmp_path: Path) -> int:
    """The PROT part goes to the focal point, who imports it as a new assessment: its id there."""
    sent = export_package(secretariat, REVIEW, tmp_path / "prot.assess", pillars=("PROT",)).path
    with open_package(sent) as package, focal.session() as session:
        return merge.import_new(session, package.contribution).id


def test_the_focal_points_copy_holds_the_figures_and_their_history(
    secretariat: Store, focal: Store, tmp_path: Path
) -> None:
    mine = send_and_receive(secretariat, focal, tmp_path)
    copy = held(focal, mine, "OI-PROT-1", "2019")
    assert copy.total == 31 and copy.updated_by == "m.okafor" and copy.note.startswith("Age missing")
    with focal.session() as session:
        assert "OI-PREV-1" not in figures.of_assessment(session, mine)


def test_figures_changed_on_either_side_merge_and_both_sides_changed_conflict(
    secretariat: Store, focal: Store, tmp_path: Path
) -> None:
    mine = send_and_receive(secretariat, focal, tmp_path)
    record(focal, mine, "OI-PROT-4", "2025", sex__female=6)  # theirs only
    record(focal, mine, "OI-PROT-4", "2026", total=3)  # a new period there
    record(focal, mine, "OI-PROT-1", "2025", total=75)  # both, differently
    record(secretariat, REVIEW, "OI-PROT-1", "2025", total=76)
    record(secretariat, REVIEW, "OI-PROT-2", "2025", total=72)  # mine only
    back = export_package(focal, mine, tmp_path / "back.assess").path
    with open_package(back) as package, secretariat.session() as session:
        plan = merge.plan_merge(session, REVIEW, package.contribution)
        conflict = next(c for c in plan.conflicts if isinstance(c, FigureMerge))
        assert (conflict.code, conflict.period, conflict.what) == ("OI-PROT-1", "2025", TOTAL)
        assert (conflict.base, conflict.mine, conflict.theirs) == (74, 76, 75)
        assert str(conflict.label_text) == "2025: total"
        taken = {(m.code, m.period, m.what) for m in plan.taken if isinstance(m, FigureMerge)}
        assert taken == {("OI-PROT-4", "2025", ("sex", "female")), ("OI-PROT-4", "2026", TOTAL)}
        kept = {(m.code, m.period) for m in plan.kept if isinstance(m, FigureMerge)}
        assert kept == {("OI-PROT-2", "2025")}
        assert "OI-PROT-1" in plan.conflict_codes
        with pytest.raises(InvalidInput, match="were not settled"):
            merge.apply_merge(session, plan, package.contribution)
        session.rollback()
        merge.apply_merge(session, plan, package.contribution, {conflict.key: "theirs"}, take="mine")
    assert held(secretariat, REVIEW, "OI-PROT-1", "2025").total == 75
    assert held(secretariat, REVIEW, "OI-PROT-2", "2025").total == 72
    assert held(secretariat, REVIEW, "OI-PROT-4", "2025").by("sex") == {"female": 6, "male": 2}
    assert held(secretariat, REVIEW, "OI-PROT-4", "2026").total == 3


def test_a_figure_changed_here_after_the_plan_refuses_the_merge(
    secretariat: Store, focal: Store, tmp_path: Path
) -> None:
    mine = send_and_receive(secretariat, focal, tmp_path)
    record(focal, mine, "OI-PROT-4", "2025", total=8)
    back = export_package(focal, mine, tmp_path / "back.assess").path
    with open_package(back) as package:
        with secretariat.session() as session:
            plan = merge.plan_merge(session, REVIEW, package.contribution)
        record(secretariat, REVIEW, "OI-PROT-4", "2025", total=9)
        with (
            pytest.raises(StaleEdit, match="changed here after the merge was prepared"),
            secretariat.session() as session,
        ):
            merge.apply_merge(session, plan, package.contribution, take="theirs")
    assert held(secretariat, REVIEW, "OI-PROT-4", "2025").total == 9


def test_own_indicators_come_with_the_package_and_a_differing_one_stays_as_it_is(
    secretariat: Store, focal: Store, tmp_path: Path
) -> None:
    path = export_package(secretariat, REVIEW, tmp_path / "all.assess").path
    with open_package(path) as package, focal.session() as session:
        copy = merge.import_new(session, package.contribution).id
    with focal.session() as session:
        known = indicators.of_assessment(session, copy)
        framework = known.framework
        own_indicators.add_own(
            session,
            copy,
            own_indicators.check(
                framework, code="OWN-SHELTER", name="Shelter places", unit="count", measures=["PROT-5"]
            ),
        )
        current = own_indicators.definition_of(known.get("OWN-HOTLINE"), framework)
        own_indicators.edit_own(session, copy, own_indicators.check(
            framework, code=current.code, name="Hotline calls", unit="count", measures=list(current.measures),
            disaggregations=list(current.disaggregations), target=current.target, direction=current.direction,
        ))  # fmt: skip
    record(focal, copy, "OWN-SHELTER", "2025", total=40)
    back = export_package(focal, copy, tmp_path / "back.assess").path
    with open_package(back) as package, secretariat.session() as session:
        plan = merge.plan_merge(session, REVIEW, package.contribution)
        assert [d.code for d in plan.new_indicators] == ["OWN-SHELTER"]
        assert any("OWN-HOTLINE is defined differently here" in str(w) for w in plan.warnings)
        merge.apply_merge(session, plan, package.contribution, take="theirs")
    with secretariat.session() as session:
        known = indicators.of_assessment(session, REVIEW)
        assert known.get("OWN-HOTLINE").name == {"und": "Calls to the national anti-trafficking hotline"}
    assert held(secretariat, REVIEW, "OWN-SHELTER", "2025").total == 40


def test_an_older_package_without_figures_still_imports(secretariat: Store, focal: Store, tmp_path: Path) -> None:
    made = export_package(secretariat, REVIEW, tmp_path / "new.assess").path

    def without_figures(files: dict[str, bytes]) -> dict[str, bytes]:
        document = json.loads(files["responses.json"])
        del document["indicators"], document["figures"]
        return relist({**files, "responses.json": json.dumps(document).encode()})

    old = rewrite(made, tmp_path / "old.assess", without_figures)
    with open_package(old) as package, focal.session() as session:
        assert package.contribution.figures == () and package.contribution.indicators == ()
        created = merge.import_new(session, package.contribution)
    with focal.session() as session:
        assert figures.of_assessment(session, created.id) == {}
    with open_package(old) as package, secretariat.session() as session:
        plan = merge.plan_merge(session, REVIEW, package.contribution)
        assert not any(isinstance(m, FigureMerge) for m in (*plan.taken, *plan.conflicts, *plan.kept))


def _changed(path: Path, tmp_path: Path, change: object) -> Path:
    def edit(files: dict[str, bytes]) -> dict[str, bytes]:
        document = json.loads(files["responses.json"])
        change(document)  # type: ignore[operator]
        return relist({**files, "responses.json": json.dumps(document).encode()})

    return rewrite(path, tmp_path / "bad.assess", edit)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["figures"][0].update(indicator="OI-NOPE"), "has figures of OI-NOPE, which is no indicator"),
        (lambda d: d["figures"][0]["figures"]["breakdowns"].update(colour={"red": 1}), "not broken down by 'colour'"),
        (lambda d: d["figures"][0]["figures"].update(total=2.5), "a count must be a whole number"),
        (lambda d: d["figures"].append(dict(d["figures"][0])), "gives the figures of OI-PROS-1 for 2019 twice"),
        (lambda d: d["indicators"][0].update(unit="kilograms"), "holds fields this format does not have|is not one of"),
        (lambda d: d["indicators"][0].update(measures=["PROS-99"]), "'PROS-99' is not an item"),
        (lambda d: d["indicators"][0].update(code="OI-PROT-1"), "defines the indicator OI-PROT-1 twice"),
    ],
)
def test_a_package_with_figures_that_make_no_sense_is_refused(
    secretariat: Store, focal: Store, tmp_path: Path, change: object, message: str
) -> None:
    made = export_package(secretariat, REVIEW, tmp_path / "ok.assess").path
    with pytest.raises(BadPackage, match=message):
        open_package(_changed(made, tmp_path, change)).close()


def test_figures_are_exact_through_a_package(secretariat: Store, focal: Store, tmp_path: Path) -> None:
    record(secretariat, REVIEW, "OI-PROT-6", "2024-01-01/2024-06-30", total="612345.75")
    path = export_package(secretariat, REVIEW, tmp_path / "all.assess").path
    with open_package(path) as package, focal.session() as session:
        copy = merge.import_new(session, package.contribution).id
    assert held(focal, copy, "OI-PROT-6", "2024-01-01/2024-06-30").total == Decimal("612345.75")
