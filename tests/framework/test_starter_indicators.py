"""The built-in framework's operational indicators, disaggregation dimensions and what it says of its source.

The dimensions and their wording are the footnote to Annex III, section V (footnote 146 of the seed), verbatim;
their categories and the indicators are Assess's suggestions and say so, in the six languages of the window.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import framework
from framework import Framework, Provenance, Source, Unit
from tests.framework.seed import ANNEX_LINES, annexes, find, footnote

LANGUAGES = {"en", "fr", "es", "ru", "ar", "zh"}
FOOTNOTE_146 = ("III", "V", "footnote 146")
# The footnote's dimensions in its order, grouped as it groups them.
DIMENSIONS = {
    "age": "personal data",
    "sex": "personal data",
    "nationality": "personal data",
    "social-economic-background": "personal data",
    "means": "acts of trafficking",
    "forms-of-exploitation": "acts of trafficking",
    "duration-of-exploitation": "acts of trafficking",
    "service-provider": "service provision",
}
# The figures national bodies are asked for most often (the list), by the indicator that holds each.
ASKED_FOR = {
    "OI-PROT-1": "Victims identified",
    "OI-PROT-2": "Victims referred to assistance",
    "OI-PROT-3": "Victims assisted",
    "OI-PROS-1": "Persons investigated",
    "OI-PROS-2": "Persons prosecuted",
    "OI-PROS-3": "Persons convicted",
    "OI-PROT-4": "Residence permits granted to victims",
    "OI-INT-1": "Mutual legal assistance requests sent",
    "OI-INT-2": "Mutual legal assistance requests received",
    "OI-INT-3": "Extradition requests sent",
    "OI-INT-4": "Extradition requests received",
    "OI-PROS-6": "Training sessions held",
}
PILLARS = ("PROS", "PROT", "PREV", "NAT", "INT")


@pytest.fixture(scope="module")
def fw() -> Framework:
    return framework.load_builtin()


@pytest.fixture(scope="module")
def note_146() -> str:
    text = footnote(146, *ANNEX_LINES)
    assert text.startswith("The corresponding information should not only be collected but also disaggregated")
    assert text.endswith("This list is non-exhaustive.")
    return text


def test_the_dimensions_are_the_footnotes_in_its_words(fw: Framework, note_146: str) -> None:
    assert list(fw.disaggregations) == list(DIMENSIONS)
    position = 0
    for dimension in fw.disaggregations.values():
        assert dimension.provenance is Provenance.SOURCE
        assert dimension.source == Source("sg-background-paper-2009", *FOOTNOTE_146)
        wording = dimension.label["en"]
        found = find(wording, note_146, position)
        assert found is not None, f"{dimension.id}: {wording!r} is not the footnote's wording, in its order"
        position = found + len(wording)
        group = dimension.group["en"]
        assert group == DIMENSIONS[dimension.id]
        assert find(f"for {group},", note_146) is not None, group
        assert set(dimension.label) == set(dimension.group) == LANGUAGES, dimension.id


def test_categories_are_the_projects_own_and_say_so(fw: Framework) -> None:
    for dimension in fw.disaggregations.values():
        assert len(dimension.categories) >= 3, dimension.id
        assert dimension.categories[-1].id == "unknown", "a figure whose category is not recorded has a place"
        for category in dimension.categories:
            assert category.provenance is Provenance.SUGGESTION and category.source is None, category.id
            assert set(category.label) == LANGUAGES, (dimension.id, category.id)
            assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", category.id), category.id


def test_the_starter_indicators_are_suggestions_and_say_so(fw: Framework) -> None:
    assert set(fw.suggestion_note) == LANGUAGES
    assert "not text of the Framework for Action" in fw.suggestion_note["en"]
    assert len(fw.indicators) >= 20
    for indicator in fw.indicators:
        assert indicator.provenance is Provenance.SUGGESTION and indicator.source is None, indicator.code
        assert set(indicator.name) == set(indicator.definition) == LANGUAGES, indicator.code
        assert indicator.definition["en"].endswith("."), indicator.code


def test_each_pillar_has_its_figures_linked_to_the_measures_they_inform(fw: Framework) -> None:
    by_pillar: dict[str, list[str]] = {pillar: [] for pillar in PILLARS}
    for indicator in fw.indicators:
        pillar = fw.pillar_of(indicator).code
        by_pillar[pillar].append(indicator.code)
        assert re.fullmatch(rf"OI-{pillar}-\d+", indicator.code), (indicator.code, pillar)
        for code in indicator.measures:
            assert fw.item(code).assessable, (indicator.code, code)
            assert indicator in fw.indicators_for(code)
    assert all(len(codes) >= 3 for codes in by_pillar.values()), by_pillar
    for code, name in ASKED_FOR.items():
        assert fw.indicator(code).name["en"] == name


def test_every_dimension_and_unit_is_used(fw: Framework) -> None:
    used = {dimension.id for indicator in fw.indicators for dimension in indicator.disaggregations}
    assert used == set(fw.disaggregations)
    assert {indicator.unit for indicator in fw.indicators} == set(Unit)


def test_what_applies_to_offenders_is_narrower(fw: Framework) -> None:
    """Nobody under 12 is prosecuted: the offender figures leave that age band out."""
    for code in ("OI-PROS-1", "OI-PROS-2", "OI-PROS-3"):
        ages = fw.indicator(code).disaggregation("age")
        assert ages is not None
        assert [c.id for c in ages.categories] == ["12-17", "18-24", "25-49", "50-plus", "unknown"]
    victims = fw.indicator("OI-PROT-1").disaggregation("age")
    assert victims is not None and victims.categories == fw.disaggregations["age"].categories


def test_targets_and_directions(fw: Framework) -> None:
    action_plan = fw.indicator("OI-NAT-1")
    assert action_plan.unit is Unit.YES_NO and action_plan.target == 1
    assert fw.indicator("OI-PROS-5").target == 0
    for indicator in fw.indicators:
        if indicator.target is not None:
            assert indicator.unit.problem_with(indicator.target) is None, indicator.code


def test_the_description_says_what_is_quoted_and_that_annex_iii_was_a_draft(fw: Framework) -> None:
    description = fw.description["en"]
    assert "All text is quoted verbatim" not in description
    assert "draft narrative" in description and "editorial" in description
    note = fw.document_notes["sg-background-paper-2009"]
    assert set(note) == LANGUAGES
    quoted = re.search(r'"([^"]+)"', note["en"])
    assert quoted is not None and find(quoted[1], annexes()) is not None, "the note quotes Annex III verbatim"


def test_the_documentation_lists_the_starter_indicators(fw: Framework) -> None:
    text = (Path(__file__).resolve().parents[2] / "docs" / "framework-format.md").read_text("utf-8")
    documented = [line for line in text.splitlines() if line.startswith("| `OI-")]
    expected = [
        f"| `{i.code}` | {i.name['en']} | {i.unit} | {', '.join(i.measures)} | "
        f"{', '.join(d.id for d in i.disaggregations) or 'none'} |"
        for i in fw.indicators
    ]
    assert documented == expected
