"""Recording indicator figures and a team's own indicators, and reading what they say over time.

Each test does what a user does (one service call per session) and checks what they would see and what the
database holds afterwards, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

import pytest
from sqlalchemy import func, select

from assess import approval, assessments, audit, figures, indicators, monitoring, numbers, own_indicators, periods
from assess.errors import InvalidInput, NotFound, ReadOnly, StaleEdit
from assess.figures import TOTAL, Change
from db import Store
from db.models import IndicatorPeriod, IndicatorValue, OwnIndicator
from framework.model import Direction, Provenance, Unit

T = TypeVar("T")


def call(store: Store, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    with store.session() as session:
        return fn(session, *args, **kwargs)


@pytest.fixture
def aid(store: Store) -> int:
    return call(store, assessments.create, country="Testland", title="Baseline").id


def set_figures(store: Store, aid: int, code: str, period: str, **kwargs: Any) -> figures.Figures:
    return call(store, figures.record, aid, Change(code, period, **kwargs))


# -- periods ------------------------------------------------------------------------------------------------------


def test_a_period_is_a_year_or_a_range_of_days() -> None:
    assert periods.parse("2024") == periods.Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert periods.parse(2024).key == "2024"
    half = periods.parse(" 2024-01-01 / 2024-06-30 ")
    assert half.key == "2024-01-01/2024-06-30" and not half.is_year
    assert periods.parse("2024-01-01/2024-12-31").key == "2024"  # the whole year is the year
    assert sorted([periods.parse("2025"), half, periods.parse("2024")]) == [
        half,
        periods.parse("2024"),
        periods.parse("2025"),
    ]
    for bad, why in (
        ("24", "not a period"),
        ("2024-02-30/2024-03-01", "does not exist"),
        ("2024-06-30/2024-01-01", "ends before it starts"),
        ("1850", "outside the years"),
        ("last year", "not a period"),
    ):
        with pytest.raises(InvalidInput, match=why):
            periods.parse(bad)


def test_numbers_are_exact_and_refused_clearly() -> None:
    assert numbers.number("1 250.50") == Decimal("1250.50")
    assert numbers.as_text(Decimal("1250.50")) == "1250.5"
    assert numbers.as_text(Decimal("100")) == "100"
    for bad in ("1,250", "12a", "1e5", "", "nan"):
        with pytest.raises(InvalidInput, match="not a number"):
            numbers.number(bad)
    with pytest.raises(InvalidInput, match="too many digits"):
        numbers.number("1.234")


# -- recording figures --------------------------------------------------------------------------------------------


def test_a_total_and_breakdowns_are_stored_with_source_and_note(store: Store, aid: int) -> None:
    shown = set_figures(
        store,
        aid,
        "OI-PROT-1",
        "2024",
        values={TOTAL: "52", ("sex", "female"): 40, ("sex", "male"): "12", ("age", "12-17"): 9},
        source="National Referral Mechanism register",
        note="NGO identifications included from March",
    )
    assert shown.total == 52 and shown.by("sex") == {"female": 40, "male": 12}
    assert shown.version == 1 and shown.updated_by == "tester"
    again = call(store, figures.get, aid, "OI-PROT-1", "2024")
    assert again == shown
    assert again.source == "National Referral Mechanism register"
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(IndicatorValue)) == 4
        changes = audit.history(session, aid, "OI-PROT-1")
    assert {c.field for c in changes} == {
        "2024: total",
        "2024: sex=female",
        "2024: sex=male",
        "2024: age=12-17",
        "2024: source",
        "2024: quality note",
    }
    assert all(c.entity == "figure" and c.user == "tester" for c in changes)


def test_a_figure_is_changed_and_cleared_and_an_empty_period_leaves_nothing(store: Store, aid: int) -> None:
    set_figures(store, aid, "OI-PREV-1", "2023", values={TOTAL: 3})
    changed = set_figures(store, aid, "OI-PREV-1", "2023", values={TOTAL: 4})
    assert changed.total == 4 and changed.version == 2
    cleared = set_figures(store, aid, "OI-PREV-1", "2023", values={TOTAL: None})
    assert cleared.empty and cleared.version == 0
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(IndicatorPeriod)) == 0
        last = audit.history(session, aid, "OI-PREV-1")[0]
    assert (last.field, last.old, last.new) == ("2023: total", "4", None)


def test_breakdowns_that_do_not_add_up_are_kept_and_flagged(store: Store, aid: int) -> None:
    shown = set_figures(store, aid, "OI-PROT-2", "2024", values={TOTAL: 30, ("sex", "female"): 20, ("sex", "male"): 8})
    assert shown.by("sex") == {"female": 20, "male": 8}
    with store.session() as session:
        read = monitoring.read(session, assessments.get(session, aid))
    (flag,) = read.get("OI-PROT-2").mismatches
    assert (flag.dimension, flag.sum, flag.total) == ("sex", 28, 30)
    assert str(flag.text) == "OI-PROT-2 2024: the breakdown by sex adds up to 28, not to the total 30."
    set_figures(store, aid, "OI-PROT-2", "2024", values={("sex", "unknown"): 2})
    with store.session() as session:
        assert monitoring.read(session, assessments.get(session, aid)).get("OI-PROT-2").mismatches == ()


def test_averages_and_shares_are_not_expected_to_add_up(store: Store, aid: int) -> None:
    set_figures(store, aid, "OI-NAT-4", "2024", values={TOTAL: "62.5"})
    with store.session() as session:
        assert monitoring.read(session, assessments.get(session, aid)).mismatches == ()


@pytest.mark.parametrize(
    ("code", "cell", "value", "message"),
    [
        ("OI-PREV-1", ("sex", "female"), 3, "OI-PREV-1 has no breakdowns, only a total"),
        ("OI-PROT-4", ("means", "force"), 3, "OI-PROT-4 is not broken down by 'means'; its dimensions are age, sex"),
        ("OI-PROS-1", ("age", "0-11"), 3, "'0-11' is not a category of age for OI-PROS-1; its categories are 12-17"),
        ("OI-PROS-1", TOTAL, "2.5", "OI-PROS-1 2024, total: 2.5 is refused; a count must be a whole number"),
        ("OI-NAT-4", TOTAL, 120, "a percentage must lie between 0 and 100"),
        ("OI-NAT-1", TOTAL, 2, "a yes/no figure must be 1 \\(yes\\) or 0 \\(no\\)"),
        ("OI-PROT-6", TOTAL, -5, "must not be negative"),
        ("OI-NOPE", TOTAL, 1, "There is no indicator 'OI-NOPE'"),
    ],
)
def test_a_figure_that_does_not_fit_is_refused_and_nothing_is_written(
    store: Store, aid: int, code: str, cell: tuple[str, str], value: object, message: str
) -> None:
    with pytest.raises((InvalidInput, NotFound), match=message):
        set_figures(store, aid, code, "2024", values={TOTAL: 1, cell: value} if cell != TOTAL else {cell: value})
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(IndicatorPeriod)) == 0


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"source": "x" * 2001}, r"The source is too long \(2,001 characters; at most 2,000\)"),
        ({"note": "a\x00b"}, "The quality note holds a NUL character"),
        ({"source": "Register\udcff"}, "The source holds a character that is not valid text"),
    ],
)
def test_a_source_or_note_no_database_can_store_is_refused(
    store: Store, aid: int, fields: dict[str, str], message: str
) -> None:
    set_figures(store, aid, "OI-PROT-1", "2023", values={TOTAL: 1}, source="x" * 2000)  # at the limit: kept
    with pytest.raises(InvalidInput, match=message):
        set_figures(store, aid, "OI-PROT-1", "2024", values={TOTAL: 1}, **fields)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(IndicatorPeriod)) == 1


def test_an_import_of_many_changes_is_all_or_nothing(store: Store, aid: int) -> None:
    with pytest.raises(InvalidInput, match="must be a whole number"):
        call(
            store,
            figures.record_all,
            aid,
            [Change("OI-PROS-1", "2023", {TOTAL: 10}), Change("OI-PROS-2", "2023", {TOTAL: "1.5"})],
        )
    with store.session() as session:
        assert figures.of_assessment(session, aid) == {}


def test_an_edit_made_on_an_outdated_copy_is_refused(store: Store, aid: int) -> None:
    first = set_figures(store, aid, "OI-PREV-2", "2024", values={TOTAL: 10})
    set_figures(store, aid, "OI-PREV-2", "2024", values={TOTAL: 11}, expected_version=first.version)
    with pytest.raises(StaleEdit, match="changed by tester since you opened them"):
        set_figures(store, aid, "OI-PREV-2", "2024", values={TOTAL: 12}, expected_version=first.version)
    assert call(store, figures.get, aid, "OI-PREV-2", "2024").total == 11


def test_a_final_assessment_refuses_figures(store: Store, aid: int) -> None:
    call(store, approval.mark_final, aid, approval.Approval("Jane Doe"), force=True)
    with pytest.raises(ReadOnly, match="final and read-only"):
        set_figures(store, aid, "OI-PREV-2", "2024", values={TOTAL: 10})


def test_figures_use_the_stores_clock(store: Store, aid: int) -> None:
    moment = dt.datetime(2025, 3, 4, 10, 30)
    with store.clock_set_to(lambda: moment):
        shown = set_figures(store, aid, "OI-PREV-2", "2024", values={TOTAL: 10})
    assert shown.updated_at == moment
    with store.session() as session:
        assert audit.history(session, aid, "OI-PREV-2")[0].at == moment
        assert assessments.get(session, aid).updated_at == moment


# -- own indicators -----------------------------------------------------------------------------------------------


def own(store: Store, aid: int, **fields: Any) -> Any:
    with store.session() as session:
        framework = indicators.of_assessment(session, aid).framework
        fields = {"code": "OWN-1", "name": "Hotline calls", "unit": "count", "measures": ["PREV-1"], **fields}
        return own_indicators.add_own(session, aid, own_indicators.check(framework, **fields))


def test_a_team_adds_its_own_indicator_and_records_its_figures(store: Store, aid: int) -> None:
    added = own(
        store,
        aid,
        definition="Calls to the national hotline that concerned trafficking.",
        disaggregations=[("sex", None), ("age", ["12-17", "18-24"])],
        target="500",
        direction="higher",
    )
    assert added.provenance is Provenance.TEAM and added.unit is Unit.COUNT
    assert [d.id for d in added.disaggregations] == ["sex", "age"]
    assert [c.id for c in added.disaggregations[1].categories] == ["12-17", "18-24"]
    assert (added.target, added.direction) == (Decimal(500), Direction.HIGHER)
    set_figures(store, aid, "OWN-1", "2024", values={TOTAL: 320, ("age", "12-17"): 40})
    with pytest.raises(InvalidInput, match="'25-49' is not a category of age for OWN-1"):
        set_figures(store, aid, "OWN-1", "2024", values={("age", "25-49"): 4})
    with store.session() as session:
        read = monitoring.read(session, assessments.get(session, aid))
        assert read.get("OWN-1").latest == (periods.parse("2024"), 320)
        assert [s.code for s in read.for_item("PREV-1")] == ["OI-PREV-1", "OWN-1"]
        assert audit.history(session, aid, "OWN-1")[-1].field == "added"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"code": "own 1"}, "cannot be an indicator code"),
        ({"code": "PROS-1"}, "already used in this assessment"),
        ({"code": "OI-PROT-1"}, "already used in this assessment"),
        ({"name": "  "}, "needs a name"),
        ({"name": "x" * 301}, r"indicator's name is too long \(301 characters; at most 300\)"),
        ({"name": "Calls\udcff"}, "indicator's name holds a character that is not valid text"),
        ({"definition": "a\x00b"}, "indicator's definition holds a NUL character"),
        ({"unit": "kilograms"}, "Unknown unit 'kilograms'"),
        ({"measures": []}, "at least one item"),
        ({"measures": ["PROS-99"]}, "'PROS-99' is not an item"),
        ({"disaggregations": [("colour", None)]}, "'colour' is not a dimension of this framework"),
        ({"disaggregations": [("sex", ["other"])]}, "'other' is not a category of sex"),
        ({"target": "12.5"}, "The target of OWN-1 is refused; a count must be a whole number"),
        ({"direction": "up"}, "Unknown direction 'up'; use one of higher, lower"),
    ],
)
def test_an_own_indicator_that_does_not_fit_is_refused(
    store: Store, aid: int, fields: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        own(store, aid, **fields)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(OwnIndicator)) == 0


def test_an_own_indicator_is_changed_only_where_its_figures_still_fit(store: Store, aid: int) -> None:
    own(store, aid, disaggregations=[("sex", None)])
    set_figures(store, aid, "OWN-1", "2024", values={TOTAL: 30, ("sex", "female"): 12})

    def edit(**changes: Any) -> Any:
        with store.session() as session:
            known = indicators.of_assessment(session, aid)
            current = own_indicators.definition_of(known.get("OWN-1"), known.framework)
            fields = {
                "code": current.code,
                "name": current.name,
                "unit": current.unit,
                "measures": current.measures,
                "disaggregations": current.disaggregations,
                **changes,
            }
            return own_indicators.edit_own(session, aid, own_indicators.check(known.framework, **fields))

    assert edit(name="Hotline calls on trafficking").name == {"und": "Hotline calls on trafficking"}
    with pytest.raises(InvalidInput, match="has a figure for 2024 by sex = female"):
        edit(disaggregations=[])
    with pytest.raises(InvalidInput, match="in the unit yes-no"):
        edit(unit="yes-no")
    with pytest.raises(InvalidInput, match="holds figures for 1 periods"):
        call(store, own_indicators.remove_own, aid, "OWN-1")
    set_figures(store, aid, "OWN-1", "2024", values={TOTAL: None, ("sex", "female"): None})
    call(store, own_indicators.remove_own, aid, "OWN-1")
    with pytest.raises(InvalidInput, match="only the team's own indicators can be changed"):
        call(store, own_indicators.remove_own, aid, "OI-PROT-1")


def test_a_new_round_carries_the_own_indicators_and_every_figure(store: Store, aid: int) -> None:
    own(store, aid)
    set_figures(store, aid, "OWN-1", "2023", values={TOTAL: 20}, source="Hotline log")
    set_figures(store, aid, "OI-PROT-1", "2023", values={TOTAL: 52, ("sex", "female"): 40})
    later = call(store, assessments.create, country="Testland", title="Review", previous_id=aid).id
    with store.session() as session:
        carried = figures.of_assessment(session, later)
        assert carried["OWN-1"][0].source == "Hotline log"
        assert carried["OI-PROT-1"][0].by("sex") == {"female": 40}
        assert indicators.of_assessment(session, later).get("OWN-1").name == {"und": "Hotline calls"}
    set_figures(store, later, "OI-PROT-1", "2023", values={TOTAL: 53})
    assert call(store, figures.get, aid, "OI-PROT-1", "2023").total == 52  # the earlier round is not touched


# -- reading over time --------------------------------------------------------------------------------------------


def test_trends_latest_figures_targets_changes_and_data_gaps(store: Store, aid: int) -> None:
    for year, victims, prosecuted in ((2021, 40, 2), (2022, 44, 1), (2023, 52, 0)):
        set_figures(store, aid, "OI-PROT-1", str(year), values={TOTAL: victims})
        set_figures(store, aid, "OI-PROS-5", str(year), values={TOTAL: prosecuted})
    set_figures(store, aid, "OI-PREV-1", "2022", values={TOTAL: 3})
    set_figures(store, aid, "OI-PREV-1", "2023", values={TOTAL: 1})
    set_figures(store, aid, "OI-NAT-2", "2022", values={TOTAL: 4})
    with store.session() as session:
        read = monitoring.read(session, assessments.get(session, aid))
    victims = read.get("OI-PROT-1")
    assert [p.key for p, _ in victims.totals] == ["2021", "2022", "2023"]
    assert victims.change == 8 and victims.relative_change == pytest.approx(8 / 44) and victims.improved is True
    prosecuted = read.get("OI-PROS-5")
    assert prosecuted.target_met is True and prosecuted.improved is True  # target 0, lower is better
    assert read.latest_period == periods.parse("2023")
    gaps = [s.code for s in read.gaps]
    assert "OI-NAT-2" in gaps and "OI-PROT-1" not in gaps and len(gaps) == len(read.series) - 3
    # those with a direction first: -100% (lower is better), +18% (higher is better), then -67% (no direction)
    assert [s.code for s in read.largest_changes(3)] == ["OI-PROS-5", "OI-PROT-1", "OI-PREV-1"]
    assert list(read.by_pillar())[:2] == ["PROS", "PROT"]
