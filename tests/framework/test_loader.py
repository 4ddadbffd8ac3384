"""Loading framework files: the published example, and broken or hostile files.

Every bad file must give a FrameworkError that names the file, the place in it and what is wrong,
never any other exception.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import framework
from framework import (
    Direction,
    FrameworkError,
    LinkReason,
    Provenance,
    Source,
    TextField,
    Unit,
    limits,
    reading,
    schemas,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "section-v-example.json"
PACKAGED_SCHEMAS = {v: ROOT / "framework" / "schema" / f"framework-{v}.schema.json" for v in schemas.FORMAT_VERSIONS}
PUBLISHED_SCHEMAS = {v: ROOT / "docs" / "schema" / f"framework-{v}.schema.json" for v in schemas.FORMAT_VERSIONS}


def example() -> dict[str, Any]:
    """A fresh, mutable copy of the example framework."""
    result: dict[str, Any] = json.loads(EXAMPLE.read_text("utf-8"))
    return result


def write(tmp_path: Path, content: dict[str, Any] | list[Any] | bytes, name: str = "framework.json") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else json.dumps(content, ensure_ascii=False).encode())
    return path


def load_error(path: Path | str) -> FrameworkError:
    """Load ``path``, expecting a FrameworkError (any other exception fails the test)."""
    with pytest.raises(FrameworkError) as info:
        framework.load_file(path)
    error = info.value
    assert str(path) in str(error), "the message names the file"
    assert len(str(error)) < 400, f"the message is short enough to read: {str(error)[:200]}..."
    return error


# ---------------------------------------------------------------------------------------------
# The example comes through


@pytest.fixture(scope="module")
def loaded() -> framework.Framework:
    return framework.load_file(EXAMPLE)


def test_example_header(loaded: framework.Framework) -> None:
    assert loaded.id == "example-regional-framework"
    assert loaded.version == "2025.1"
    assert loaded.format_version == 2
    assert loaded.default_language == "en"
    assert framework.pick(loaded.title, "en") == "Example regional framework"
    assert framework.pick(loaded.title, "fr") == "Cadre régional d'exemple"
    assert set(loaded.documents) == {"erf-2025", "erf-toolkit"}


def test_example_scale(loaded: framework.Framework) -> None:
    scale = loaded.scale
    assert (scale.minimum, scale.maximum, scale.default_target) == (0, 3, 2)
    assert [level.value for level in scale.levels] == [0, 1, 2, 3]
    emerging = scale.level(1)
    assert emerging is not None
    assert framework.pick(emerging.label, "fr") == "Émergent"
    assert framework.pick(emerging.label, "en") == "Emerging"
    assert scale.level(4) is None


def test_example_dimensions_and_kinds(loaded: framework.Framework) -> None:
    assert list(loaded.dimensions) == ["law", "practice"]
    assert framework.pick(loaded.dimensions["practice"], "fr") == "Dans la pratique"
    assert {
        "protocol_requirement",
        "specific_objective",
        "framework_indicator",
        "implementation_measure",
        "operational_indicator",
        "resource",
    } <= set(loaded.kinds)
    assert framework.pick(loaded.kinds["framework_indicator"], "fr") == "Indicateur-cadre"


def test_example_tree_follows_section_v(loaded: framework.Framework) -> None:
    assert [item.code for item in loaded.roots()] == ["PROS", "PROT", "GP.HR", "GP.CHILD"]
    chain = ["PROS", "PROS.R1", "PROS.R1.O1", "PROS.R1.O1.F1", "PROS.R1.O1.F1.M1", "PROS.R1.O1.F1.M1.I1"]
    kinds = ["pillar", "protocol_requirement", "specific_objective", "framework_indicator"]
    kinds += ["implementation_measure", "operational_indicator"]
    for depth, (code, kind) in enumerate(zip(chain, kinds, strict=True)):
        item = loaded.item(code)
        assert item.kind == kind
        assert item.depth == depth
        assert item.parent == (chain[depth - 1] if depth else None)
        if depth + 1 < len(chain):
            assert chain[depth + 1] in item.children
    measure = loaded.item("PROS.R1.O1.F1.M1")
    assert measure.children == ("PROS.R1.O1.F1.M1.I1",)
    # Section V: resources assist "in the implementation of the specific objectives", so they sit under one.
    assert loaded.item("PROS.R1.O1").children == ("PROS.R1.O1.F1", "PROS.R1.O1.S1")
    assert loaded.item("PROS.R1.O1.S1").kind == "resource"
    assert loaded.root_of("PROT.R1.O1.F1.M1.I2").code == "PROT"
    codes = [item.code for item in loaded.items]
    assert codes.index("PROS.R1.O1.S1") < codes.index("PROS.R1.O2"), "items keep document order"


@pytest.mark.parametrize(
    ("code", "assessable"),
    [
        pytest.param("PROS.R1.O1.F1", True, id="framework-indicator-by-kind"),
        pytest.param("PROS.R1.O1.F1.M1.I1", True, id="operational-indicator-by-kind"),
        pytest.param("PROS.R1.O1.F1.M1", False, id="implementation-measure-by-kind"),
        pytest.param("PROS.R1", False, id="protocol-requirement-by-kind"),
        pytest.param("PROS.R1.O1.S1", False, id="resource-by-kind"),
        pytest.param("PROS.R1.O2.F1.M1", True, id="addressee-states-beats-kind"),
        pytest.param("PROT.R1.O1.F1.M1.I2", False, id="addressee-secretariat-beats-kind"),
        pytest.param("PROT.R1.O1.F2", False, id="item-explicit-beats-kind"),
    ],
)
def test_example_assessability(loaded: framework.Framework, code: str, assessable: bool) -> None:
    assert loaded.item(code).assessable is assessable


def test_example_assessable_items(loaded: framework.Framework) -> None:
    assert [item.code for item in loaded.assessable()] == [
        "PROS.R1.O1.F1",
        "PROS.R1.O1.F1.M1.I1",
        "PROS.R1.O2.F1",
        "PROS.R1.O2.F1.M1",
        "PROS.R1.O2.F1.M1.I1",
        "PROT.R1.O1.F1",
        "PROT.R1.O1.F1.M1.I1",
    ]


def test_example_dimensions_per_item(loaded: framework.Framework) -> None:
    for item in loaded.items:
        if item.kind == "framework_indicator" and item.assessable:
            assert item.dimensions == ("law",), item.code
        elif item.kind == "operational_indicator":
            assert item.dimensions == ("practice",), item.code
    assert loaded.item("PROS.R1.O2.F1.M1").dimensions == ("law", "practice"), "no dimensions: both"


def test_example_languages(loaded: framework.Framework) -> None:
    item = loaded.item("PROT.R1.O1.F1")
    assert framework.pick(item.text, "fr").startswith("Un mécanisme national d'orientation")
    assert framework.pick(item.text, "en").startswith("A national referral mechanism")
    assert framework.pick(item.text, "fr-CA") == framework.pick(item.text, "fr")
    resource = loaded.item("PROS.R1.O1.S1")
    assert set(resource.title) == {"en"}
    assert framework.pick(resource.title, "fr") == "Regional model legislation on trafficking in persons"
    assert framework.pick(resource.text, "fr") == ""


def test_example_sources_tags_crosswalk(loaded: framework.Framework) -> None:
    indicator = loaded.item("PROS.R1.O1.F1")
    assert indicator.source.cite(loaded.documents) == (
        "Example regional framework for action against trafficking in persons, section V.a, indicator 1.1.1, p. 12"
    )
    assert loaded.item("PROT.R1.O1.F1").tags == ("GP.HR", "GP.CHILD")
    assert all(loaded.has(tag) for item in loaded.items for tag in item.tags)
    links = loaded.links("PROT.R1.O1.F1")
    assert [code for code, _ in links] == ["PROS.R1.O2.F1"]
    assert framework.pick(links[0][1], "fr").startswith("Les victimes ne peuvent")
    assert [code for code, _ in loaded.links("PROS.R1.O2.F1.M1.I1")] == ["PROT.R1.O1.F1.M1.I1"]


def test_example_provenance_editorial_and_link_reasons(loaded: framework.Framework) -> None:
    assert loaded.item("PROS.R1").editorial == {TextField.TITLE}
    assert all(not item.editorial for item in loaded.items if item.code != "PROS.R1")
    assert [link.reason for link in loaded.crosswalk] == [LinkReason.PREREQUISITE, LinkReason.SAME_REQUEST]
    first = loaded.crosswalk_of("PROT.R1.O1.F1")[0]
    assert first.citation == Source("erf-2025", section="V.a", number="note 4")
    assert loaded.crosswalk[1].citation is None
    assert framework.pick(loaded.document_notes["erf-2025"], "fr").startswith("Un document fictif")
    assert "erf-toolkit" not in loaded.document_notes
    assert framework.pick(loaded.suggestion_note, "en").startswith("Written for this example")


def test_example_disaggregations(loaded: framework.Framework) -> None:
    assert list(loaded.disaggregations) == ["sex", "age", "referred-by"]
    sex = loaded.disaggregations["sex"]
    assert sex.provenance is Provenance.SOURCE
    assert sex.source == Source("erf-2025", section="V.a", number="operational indicator 1.1.1(a)(i)")
    assert framework.pick(sex.group, "fr") == "les victimes"
    assert [c.id for c in sex.categories] == ["female", "male", "unknown"]
    assert all(c.provenance is Provenance.SUGGESTION and c.source is None for c in sex.categories)
    male = sex.category("male")
    assert male is not None and framework.pick(male.label, "fr") == "Masculin"
    assert sex.category("other") is None
    assert loaded.disaggregations["referred-by"].group == {}


def test_example_indicators(loaded: framework.Framework) -> None:
    assert [i.code for i in loaded.indicators] == [
        "PROS.CONVICTIONS",
        "PROS.VICTIMS-PROSECUTED",
        "PROT.REFERRED",
        "PROT.REFERRED-SHARE",
        "PROS.GUIDELINES",
    ]
    convictions = loaded.indicator("PROS.CONVICTIONS")
    assert (convictions.unit, convictions.direction, convictions.target) == (Unit.COUNT, Direction.HIGHER, None)
    assert convictions.disaggregations == () and convictions.provenance is Provenance.SOURCE
    prosecuted = loaded.indicator("PROS.VICTIMS-PROSECUTED")
    assert [d.id for d in prosecuted.disaggregations] == ["sex", "age"]
    age = prosecuted.disaggregation("age")
    assert age is not None and [c.id for c in age.categories] == ["12-17", "18-plus", "unknown"]
    assert loaded.disaggregations["age"].categories[0].id == "0-11", "the declared dimension keeps all its categories"
    assert prosecuted.disaggregation("referred-by") is None
    assert (prosecuted.target, prosecuted.direction) == (Decimal(0), Direction.LOWER)
    share = loaded.indicator("PROT.REFERRED-SHARE")
    assert (share.unit, share.target, share.provenance, share.source) == (
        Unit.PERCENTAGE,
        Decimal(90),
        Provenance.SUGGESTION,
        None,
    )
    assert loaded.indicator("PROS.GUIDELINES").unit is Unit.YES_NO
    assert [i.code for i in loaded.indicators_for("PROS.R1.O2.F1.M1")] == [
        "PROS.VICTIMS-PROSECUTED",
        "PROT.REFERRED",
        "PROS.GUIDELINES",
    ]
    assert loaded.indicators_for("PROS.R1") == ()
    assert loaded.pillar_of(loaded.indicator("PROT.REFERRED")).code == "PROT"
    assert loaded.has_indicator("PROT.REFERRED") and not loaded.has_indicator("PROT.R1")


def test_a_format_1_file_still_loads(tmp_path: Path) -> None:
    """Files of format 1 keep loading: the example without what format 2 adds is one."""
    doc = format_1(example())
    loaded = framework.load_file(write(tmp_path, doc))
    assert loaded.format_version == 1
    assert (loaded.indicators, loaded.disaggregations, loaded.suggestion_note, loaded.document_notes) == (
        (),
        {},
        {},
        {},
    )
    assert all(link.reason is None and link.citation is None for link in loaded.crosswalk)
    assert len(loaded.items) == len(framework.load_file(EXAMPLE).items)


def test_a_stored_format_2_document_loads_without_the_schema_walk(loaded: framework.Framework) -> None:
    again = framework.load_document(copy.deepcopy(dict(loaded.raw)), "stored", validate=False)
    assert again.indicators == loaded.indicators and again.crosswalk == loaded.crosswalk


@pytest.mark.parametrize(
    ("unit", "value", "problem"),
    [
        (Unit.COUNT, Decimal("2.5"), "a count must be a whole number"),
        (Unit.COUNT, Decimal(-1), "must not be negative"),
        (Unit.PERCENTAGE, Decimal("100.5"), "a percentage must lie between 0 and 100"),
        (Unit.YES_NO, Decimal(2), "a yes/no figure must be 1 (yes) or 0 (no)"),
        (Unit.DAYS, Decimal("NaN"), "must be a number"),
        (Unit.CURRENCY, Decimal("Infinity"), "must be a number"),
    ],
)
def test_a_figure_that_does_not_fit_its_unit(unit: Unit, value: Decimal, problem: str) -> None:
    assert str(unit.problem_with(value)) == problem


@pytest.mark.parametrize(
    ("unit", "value"),
    [
        (Unit.COUNT, Decimal(12)),
        (Unit.PERCENTAGE, Decimal("37.5")),
        (Unit.YES_NO, Decimal(0)),
        (Unit.DAYS, Decimal("3.5")),
    ],
)
def test_a_figure_that_fits_its_unit(unit: Unit, value: Decimal) -> None:
    assert unit.problem_with(value) is None


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda d: d["indicators"][3].update(target="ninety"), id="target-not-a-number"),
        pytest.param(lambda d: d["indicators"][0].update(unit="kg"), id="unknown-unit"),
        pytest.param(lambda d: d["crosswalk"][0].update(reason=7), id="reason-not-text"),
        pytest.param(lambda d: d["disaggregations"][0].pop("categories"), id="dimension-without-categories"),
    ],
)
def test_a_stored_document_that_is_not_what_was_stored_gets_the_full_check(damage: Mutation) -> None:
    document = example()
    damage(document)
    with pytest.raises(FrameworkError):
        framework.load_document(document, "stored", validate=False)


def test_load_bytes_matches_load_file(loaded: framework.Framework) -> None:
    again = framework.load_bytes(EXAMPLE.read_bytes(), "example")
    assert [item.code for item in again.items] == [item.code for item in loaded.items]


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = write(tmp_path, b"\xef\xbb\xbf" + EXAMPLE.read_bytes())
    assert framework.load_file(path).id == "example-regional-framework"


def test_integral_floats_become_integers(tmp_path: Path) -> None:
    """JSON Schema counts 1.0 as an integer; the loader must not pass floats on (range() would fail)."""
    doc = example()
    doc["format_version"] = 2.0
    doc["scale"].update({"min": 0.0, "max": 3.0, "default_target": 2.0})
    for level in doc["scale"]["levels"]:
        level["value"] = float(level["value"])
    loaded = framework.load_file(write(tmp_path, doc))
    assert loaded.format_version == 2
    assert type(loaded.format_version) is int
    assert [type(value) for value in (loaded.scale.minimum, loaded.scale.maximum, loaded.scale.default_target)] == [
        int
    ] * 3
    assert all(type(level.value) is int for level in loaded.scale.levels)


# ---------------------------------------------------------------------------------------------
# The published schema


@pytest.mark.parametrize("version", schemas.FORMAT_VERSIONS)
def test_published_schema_is_the_packaged_one(version: int) -> None:
    published, packaged = PUBLISHED_SCHEMAS[version], PACKAGED_SCHEMAS[version]
    assert published.read_bytes() == packaged.read_bytes(), (
        f"docs/schema/{published.name} must be an identical copy of framework/schema/{packaged.name}"
    )
    assert schemas.schema(version) == json.loads(published.read_text("utf-8"))
    assert sorted(p.name for p in published.parent.glob("framework-*")) == sorted(
        p.name for p in PACKAGED_SCHEMAS.values()
    )


def test_documentation_states_the_loader_limits() -> None:
    text = (ROOT / "docs" / "framework-format.md").read_text("utf-8")
    for version in schemas.FORMAT_VERSIONS:
        assert f"framework/schema/framework-{version}.schema.json" in text
    assert f"| File size | {limits.MAX_FILE_BYTES // (1024 * 1024)} MB |" in text
    assert f"| Nesting of items | {limits.MAX_DEPTH} levels" in text
    assert f"| Number of items in total | {limits.MAX_ITEMS:,} |" in text
    assert f"anywhere in the file | {limits.MAX_JSON_DEPTH} levels |" in text
    assert f"counted before it is parsed | {limits.MAX_JSON_VALUES:,} |" in text


def test_format_2_is_format_1_with_its_additions() -> None:
    """Everything format 1 says, format 2 says the same; what format 2 adds is what the loader names as such."""
    one, two = schemas.schema(1), copy.deepcopy(schemas.schema(2))
    for key in ("$id", "title", "description"):
        two[key] = one[key]
    properties = two["properties"]
    properties["format_version"] = one["properties"]["format_version"]
    for key in schemas.TOP_LEVEL_ADDITIONS:
        del properties[key]
    for key in schemas.DOCUMENT_ADDITIONS:
        del properties["source_documents"]["items"]["properties"][key]
    for key in schemas.LINK_ADDITIONS:
        del properties["crosswalk"]["items"]["properties"][key]
    for key in schemas.ITEM_ADDITIONS:
        del two["$defs"]["item"]["properties"][key]
    for key in ("provenance", "category", "disaggregation", "indicator"):
        del two["$defs"][key]
    assert two == one


def test_example_is_valid_against_published_schema() -> None:
    import jsonschema

    schema = json.loads(PUBLISHED_SCHEMAS[2].read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(example())) == []


# ---------------------------------------------------------------------------------------------
# Broken documents: each a change to the example, the expected location and words of the problem

Mutation = Callable[[dict[str, Any]], object]


def _item(doc: dict[str, Any], *path: int) -> dict[str, Any]:
    """The item at ``items[path[0]].children[path[1]]...``."""
    node: dict[str, Any] = doc["items"][path[0]]
    for index in path[1:]:
        node = node["children"][index]
    return node


def _no_assessable(doc: dict[str, Any]) -> None:
    for kind in doc["kinds"]:
        kind["assessable"] = False
    for addressee in doc["addressees"]:
        addressee["assessable"] = False


def _only_law_dimension(doc: dict[str, Any]) -> None:
    doc["dimensions"] = doc["dimensions"][:1]


def format_1(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` without what format 2 adds, as format 1."""
    doc["format_version"] = 1
    for key in schemas.TOP_LEVEL_ADDITIONS:
        doc.pop(key, None)
    for entry in doc["source_documents"]:
        entry.pop("note", None)
    for link in doc["crosswalk"]:
        link.pop("reason", None)
        link.pop("citation", None)
    stack = list(doc["items"])
    while stack:
        node = stack.pop()
        node.pop("editorial", None)
        stack.extend(node.get("children", []))
    return doc


def _indicator(doc: dict[str, Any], code: str) -> dict[str, Any]:
    found: dict[str, Any] = next(i for i in doc["indicators"] if i["code"] == code)
    return found


def _without_suggestion_note(doc: dict[str, Any]) -> None:
    del doc["suggestion_note"]


BROKEN: list[Any] = [
    pytest.param(
        lambda d: d.update(format="assess-checklist"), "format", "not an Assess framework file", id="wrong-format"
    ),
    pytest.param(lambda d: d.pop("format"), "format", "not an Assess framework file", id="format-missing"),
    pytest.param(
        lambda d: d.update(format_version=3),
        "format_version",
        "format version 3; this release reads version 2",
        id="newer-format-version",
    ),
    pytest.param(
        lambda d: d.update(format_version=3.0), "format_version", "update assess", id="newer-format-version-as-float"
    ),
    pytest.param(lambda d: d.update(format_version=0), "format_version", "must be 1 or 2", id="older-format-version"),
    pytest.param(lambda d: d.update(format_version="1"), "format_version", "must be 1 or 2", id="format-version-text"),
    pytest.param(lambda d: d.update(format_version=1.5), "format_version", "must be 1 or 2", id="format-version-1.5"),
    pytest.param(lambda d: d.pop("scale"), "top level", "'scale' is required but missing", id="missing-scale"),
    pytest.param(lambda d: d.pop("id"), "top level", "'id' is required but missing", id="missing-id"),
    pytest.param(
        lambda d: _item(d, 0, 0).pop("source"),
        "items[0].children[0] (item PROS.R1)",
        "'source' is required but missing",
        id="missing-item-source",
    ),
    pytest.param(
        lambda d: (_item(d, 0, 0).pop("title"), _item(d, 0, 0).pop("text")),
        "items[0].children[0] (item PROS.R1)",
        "needs at least one of title or text",
        id="item-without-title-or-text",
    ),
    pytest.param(lambda d: d.update(colour="red"), "top level", "'colour' was unexpected", id="unknown-field"),
    pytest.param(
        lambda d: _item(d, 1).update(titel={"en": "Protection"}),
        "items[1] (item PROT)",
        "('titel' was unexpected); remove it or check its spelling",
        id="unknown-item-field",
    ),
    pytest.param(
        lambda d: _item(d, 0).update(assessable="yes"),
        "items[0].assessable (item PROS)",
        "'yes' is not of type 'boolean'",
        id="wrong-type-boolean",
    ),
    pytest.param(
        lambda d: d["scale"].update(max="3"), "scale.max", "'3' is not of type 'integer'", id="wrong-type-integer"
    ),
    pytest.param(lambda d: d.update(items={}), "items", "is not of type 'array'", id="wrong-type-items"),
    pytest.param(lambda d: d.update(items=[]), "items", "at least 1 are needed", id="no-items"),
    pytest.param(
        lambda d: _item(d, 0, 0, 0).update(code="pros.r1.o1"),
        "items[0].children[0].children[0].code",
        "does not match",
        id="bad-item-code",
    ),
    pytest.param(
        lambda d: _item(d, 1).update(code="PROS"),
        "items[1]",
        "item code PROS is used twice (first at items[0])",
        id="duplicate-item-code",
    ),
    pytest.param(
        lambda d: _item(d, 0, 0, 0, 0).update(code="PROS.R1"),
        "items[0].children[0].children[0].children[0]",
        "item code PROS.R1 is used twice",
        id="duplicate-code-parent-and-descendant",
    ),
    pytest.param(
        lambda d: _item(d, 0).update(kind="chapter"),
        "items[0].kind (item PROS)",
        "unknown kind 'chapter'; declare it under kinds",
        id="unknown-kind",
    ),
    pytest.param(
        lambda d: _item(d, 0, 0, 1, 0, 0).update(addressee="conference"),
        "items[0].children[0].children[1].children[0].children[0].addressee (item PROS.R1.O2.F1.M1)",
        "unknown addressee 'conference'",
        id="unknown-addressee",
    ),
    pytest.param(
        lambda d: _item(d, 1).update(source={"document": "erf-2024"}),
        "items[1].source (item PROT)",
        "unknown source document 'erf-2024'",
        id="unknown-source-document",
    ),
    pytest.param(
        lambda d: _item(d, 0, 0, 0, 0).update(tags=["GP.HR", "GP.GENDER"]),
        "(item PROS.R1.O1.F1)",
        "tag GP.GENDER names no item",
        id="tag-naming-no-item",
    ),
    pytest.param(
        lambda d: d["crosswalk"][1].update(b="PROT.R9"),
        "crosswalk[1].b",
        "PROT.R9 names no item",
        id="crosswalk-naming-no-item",
    ),
    pytest.param(
        lambda d: d["crosswalk"][0].update(b=d["crosswalk"][0]["a"]),
        "crosswalk[0]",
        "an item cannot be linked to itself",
        id="crosswalk-self-link",
    ),
    pytest.param(lambda d: d["scale"].update(min=3), "scale", "min must be below max", id="scale-min-equals-max"),
    pytest.param(lambda d: d["scale"].update(min=3, max=1), "scale", "min must be below max", id="scale-min-above-max"),
    pytest.param(
        lambda d: d["scale"]["levels"].pop(2),
        "scale.levels",
        "every value from 0 to 3 needs exactly one level",
        id="levels-with-a-gap",
    ),
    pytest.param(
        lambda d: d["scale"]["levels"][3].update(value=2),
        "scale.levels",
        "every value from 0 to 3 needs exactly one level",
        id="levels-with-a-duplicate",
    ),
    pytest.param(
        lambda d: d["scale"].update(default_target=5),
        "scale.default_target",
        "the default target must lie on the scale",
        id="default-target-off-scale",
    ),
    pytest.param(_no_assessable, "items", "no item is assessable", id="no-assessable-item"),
    pytest.param(
        lambda d: d["kinds"].append({"id": "resource", "label": {"en": "Tool"}}),
        "kinds[8].id",
        "'resource' is declared twice",
        id="kind-declared-twice",
    ),
    pytest.param(
        lambda d: d["source_documents"].append(dict(d["source_documents"][0])),
        "source_documents[2].id",
        "'erf-2025' is declared twice",
        id="source-document-declared-twice",
    ),
    pytest.param(
        _only_law_dimension,
        "items[0].children[0].children[0].children[0].children[0].children[0].dimensions (item PROS.R1.O1.F1.M1.I1)",
        "dimension 'practice' is not declared",
        id="item-dimension-not-declared",
    ),
    pytest.param(
        lambda d: _item(d, 0).update(dimensions=["law", "policy"]),
        "items[0].dimensions[1] (item PROS)",
        "'policy' is not one of",
        id="unknown-dimension",
    ),
    pytest.param(
        lambda d: _item(d, 0).update(title={"EN": "Prosecution"}),
        "items[0].title (item PROS)",
        "'EN' is not a language code",
        id="bad-language-code",
    ),
    pytest.param(
        lambda d: d.update(title={"english": "Example"}),
        "title",
        "'english' is not a language code",
        id="bad-language-code-in-title",
    ),
    pytest.param(lambda d: d.update(title={}), "title", "at least 1 are needed", id="empty-localized-text"),
    pytest.param(
        lambda d: _item(d, 1).update(text={"en": "x" * 20_001}),
        "items[1].text.en (item PROT)",
        "the text is 20001 characters long; at most 20000 are allowed",
        id="text-of-20001-characters",
    ),
    pytest.param(
        lambda d: _item(d, 1).update(text={"en": 12}),
        "items[1].text.en (item PROT)",
        "12 is not of type 'string'",
        id="text-not-a-string",
    ),
    pytest.param(
        lambda d: d.update(items=[dict(_item(d, 0), code=f"P{i}", children=[]) for i in range(201)]),
        "items",
        "has 201 entries; at most 200 are allowed",
        id="too-many-top-level-items",
    ),
    pytest.param(
        lambda d: _item(d, 0).update(tags=["GP.HR", "GP.HR"]),
        "items[0].tags (item PROS)",
        "has non-unique elements",
        id="tag-twice",
    ),
    pytest.param(
        lambda d: _item(d, 0).update(tags=[{"x": "y" * 5000, "z": list(range(1000))}]),
        "items[0].tags[0] (item PROS)",
        "is not of type 'string'",
        id="wrong-type-nested-value-message-is-short",
    ),
    # --- format 2: indicators, dimensions, provenance, editorial marks, link reasons
    pytest.param(
        lambda d: _indicator(d, "PROT.REFERRED")["measures"].append("PROT.R9"),
        "indicators[2].measures[2] (indicator PROT.REFERRED)",
        "PROT.R9 names no item",
        id="indicator-informing-no-item",
    ),
    pytest.param(
        lambda d: _indicator(d, "PROT.REFERRED")["disaggregations"].append({"dimension": "colour"}),
        "indicators[2].disaggregations[3].dimension (indicator PROT.REFERRED)",
        "unknown disaggregation dimension 'colour'",
        id="unknown-dimension-of-an-indicator",
    ),
    pytest.param(
        lambda d: _indicator(d, "PROS.VICTIMS-PROSECUTED")["disaggregations"][1]["categories"].append("0-5"),
        "indicators[1].disaggregations[1].categories[3] (indicator PROS.VICTIMS-PROSECUTED)",
        "'0-5' is not a category of 'age'",
        id="unknown-category-of-an-indicator",
    ),
    pytest.param(
        lambda d: _indicator(d, "PROT.REFERRED")["disaggregations"].append(
            {"dimension": "sex", "categories": ["male"]}
        ),
        "indicators[2].disaggregations[3] (indicator PROT.REFERRED)",
        "dimension 'sex' is listed twice",
        id="dimension-listed-twice",
    ),
    pytest.param(
        lambda d: _indicator(d, "PROT.REFERRED").update(code="PROS.CONVICTIONS"),
        "indicators[2].code (indicator PROS.CONVICTIONS)",
        "the code PROS.CONVICTIONS is already used at indicators[0]",
        id="indicator-code-used-twice",
    ),
    pytest.param(
        lambda d: _indicator(d, "PROT.REFERRED").update(code="PROT.R1"),
        "indicators[2].code (indicator PROT.R1)",
        "the code PROT.R1 is already used at items[1].children[0]",
        id="indicator-code-of-an-item",
    ),
    pytest.param(
        lambda d: d["disaggregations"].append(dict(d["disaggregations"][0])),
        "disaggregations[3].id",
        "'sex' is declared twice",
        id="dimension-declared-twice",
    ),
    pytest.param(
        lambda d: d["disaggregations"][0]["categories"][1].update(id="female"),
        "disaggregations[0].categories[1].id",
        "'female' is declared twice",
        id="category-declared-twice",
    ),
    pytest.param(
        lambda d: d["disaggregations"][1].pop("source"),
        "disaggregations[1].provenance",
        'the provenance is "source" but no source is given',
        id="quoted-without-a-source",
    ),
    pytest.param(
        lambda d: _indicator(d, "PROS.GUIDELINES").update(source={"document": "erf-2025"}),
        "indicators[4].source (indicator PROS.GUIDELINES)",
        "a suggestion is not quoted from a source",
        id="suggestion-with-a-source",
    ),
    pytest.param(
        _without_suggestion_note,
        "disaggregations[0].categories[0].provenance",
        'need "suggestion_note", saying whose suggestions they are',
        id="suggestions-without-saying-whose",
    ),
    pytest.param(
        lambda d: _indicator(d, "PROS.CONVICTIONS")["source"].update(document="erf-2024"),
        "indicators[0].source (indicator PROS.CONVICTIONS)",
        "unknown source document 'erf-2024'",
        id="indicator-source-unknown",
    ),
    pytest.param(
        lambda d: _indicator(d, "PROS.CONVICTIONS").update(unit="kg"),
        "indicators[0].unit (indicator PROS.CONVICTIONS)",
        "'kg' is not one of",
        id="unknown-unit",
    ),
    pytest.param(
        lambda d: _indicator(d, "PROS.VICTIMS-PROSECUTED").update(target=2.5),
        "indicators[1].target (indicator PROS.VICTIMS-PROSECUTED)",
        "a count must be a whole number",
        id="count-target-not-whole",
    ),
    pytest.param(
        lambda d: _indicator(d, "PROT.REFERRED-SHARE").update(target=120),
        "indicators[3].target (indicator PROT.REFERRED-SHARE)",
        "a percentage must lie between 0 and 100",
        id="percentage-target-over-100",
    ),
    pytest.param(
        lambda d: _indicator(d, "PROS.GUIDELINES").update(target=2),
        "indicators[4].target (indicator PROS.GUIDELINES)",
        "a yes/no figure must be 1 (yes) or 0 (no)",
        id="yes-no-target-2",
    ),
    pytest.param(
        lambda d: _indicator(d, "PROS.GUIDELINES").update(target=-1),
        "indicators[4].target (indicator PROS.GUIDELINES)",
        "less than the minimum of 0",
        id="negative-target",
    ),
    pytest.param(
        lambda d: _indicator(d, "PROS.GUIDELINES").pop("definition"),
        "indicators[4] (indicator PROS.GUIDELINES)",
        "'definition' is required but missing",
        id="indicator-without-definition",
    ),
    pytest.param(
        lambda d: _indicator(d, "PROS.GUIDELINES").update(measures=[]),
        "indicators[4].measures (indicator PROS.GUIDELINES)",
        "at least 1 are needed",
        id="indicator-informing-nothing",
    ),
    pytest.param(
        lambda d: _item(d, 0, 0).update(editorial=["text", "title"]) or _item(d, 0, 0).pop("text"),
        "items[0].children[0].editorial (item PROS.R1)",
        "marks the 'text' as editorial, but the item has no 'text'",
        id="editorial-text-that-is-not-there",
    ),
    pytest.param(
        lambda d: _item(d, 0, 0).update(editorial=["heading"]),
        "items[0].children[0].editorial[0] (item PROS.R1)",
        "'heading' is not one of",
        id="editorial-mark-unknown",
    ),
    pytest.param(
        lambda d: d["crosswalk"][0].update(reason="similar"),
        "crosswalk[0].reason",
        "'similar' is not one of",
        id="link-reason-unknown",
    ),
    pytest.param(
        lambda d: d["crosswalk"][0]["citation"].update(document="erf-2024"),
        "crosswalk[0].citation",
        "unknown source document 'erf-2024'",
        id="link-citation-unknown-document",
    ),
    pytest.param(
        lambda d: format_1(d).update(indicators=[]),
        "indicators",
        "'indicators' belongs to format version 2; set format_version to 2 to use it",
        id="indicators-in-a-format-1-file",
    ),
    pytest.param(
        lambda d: format_1(d) and _item(d, 0, 0).update(editorial=["title"]),
        "items[0].children[0].editorial (item PROS.R1)",
        "'editorial' belongs to format version 2",
        id="editorial-in-a-format-1-file",
    ),
    pytest.param(
        lambda d: format_1(d)["crosswalk"][1].update(reason="means"),
        "crosswalk[1].reason",
        "'reason' belongs to format version 2",
        id="link-reason-in-a-format-1-file",
    ),
]


@pytest.mark.parametrize(("mutate", "location", "problem"), BROKEN)
def test_broken_document(tmp_path: Path, mutate: Mutation, location: str, problem: str) -> None:
    doc = example()
    mutate(doc)
    path = write(tmp_path, doc)
    error = load_error(path)
    assert location in error.location, f"location {error.location!r} should contain {location!r}"
    assert problem.lower() in error.problem.lower(), f"problem {error.problem!r} should say {problem!r}"
    assert str(error) == f"{path}, at {error.location}: {error.problem}"


def test_items_nested_too_deep_for_the_loader(tmp_path: Path) -> None:
    """Parseable, but more levels than MAX_DEPTH: the iterative check stops it before the schema walk."""
    doc = example()
    node = _item(doc, 1)
    for level in range(limits.MAX_DEPTH + 5):
        child = {"code": f"D{level}", "kind": "resource", "title": {"en": "deep"}, "source": {"document": "erf-2025"}}
        node["children"] = [child]
        node = child
    error = load_error(write(tmp_path, doc))
    assert error.location.startswith("items[1].children[0].children[0]")
    assert f"nested more than {limits.MAX_DEPTH} levels deep" in error.problem


def test_items_nested_10000_deep_as_json_text(tmp_path: Path) -> None:
    """Too deep for Python's JSON parser: a RecursionError there must become a FrameworkError."""
    text = json.dumps(example(), ensure_ascii=False)
    head, tail = text.split('"items": [', 1)
    deep = (
        '{"code": "D", "kind": "resource", "title": {"en": "deep"}, "source": {"document": "erf-2025"}, "children": ['
    )
    nested = head + '"items": [' + deep * 10_000 + "]}" * 10_000 + ", " + tail
    error = load_error(write(tmp_path, nested.encode()))
    assert error.location.startswith("line 1, column "), error.location
    assert "nested too deeply" in error.problem


def test_deep_nesting_outside_items(tmp_path: Path) -> None:
    """Deep lists in tags would make the schema check itself recurse too far."""
    doc = example()
    deep: list[Any] = []
    for _ in range(600):
        deep = [deep]
    _item(doc, 0)["tags"] = [deep, deep]
    error = load_error(write(tmp_path, doc))
    assert error.location.startswith("items[0].tags[")
    assert error.location.endswith("(item PROS)")
    assert "nested more than" in error.problem


def test_200000_items(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_JSON_VALUES", 10 * limits.MAX_JSON_VALUES)  # the item count is checked here
    doc = example()
    template = {"code": "X", "kind": "operational_indicator", "text": {"en": "x"}, "source": {"document": "erf-2025"}}
    doc["items"] = [dict(template, code=f"X{i}") for i in range(200_000)]
    error = load_error(write(tmp_path, doc))
    assert error.location == "items"
    assert f"more than {limits.MAX_ITEMS} items" in error.problem


def test_more_json_values_than_a_framework_may_hold_are_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = example()
    doc["items"][0]["tags"] = [[] for _ in range(limits.MAX_JSON_VALUES)]  # tiny to write, large once parsed
    parsed: list[object] = []
    monkeypatch.setattr(json, "loads", lambda *args, **kwargs: parsed.append(args) or {})
    error = load_error(write(tmp_path, doc))
    assert f"more than {limits.MAX_JSON_VALUES:,} JSON values" in error.problem
    assert parsed == []


def test_counting_json_values_counts_each_at_least_once() -> None:
    for text in ["[]", "{}", '"a,b,[c]"', '[1, 2, {"a": [3, "x,y"], "b": {}}]', '{"a": "\\"", "b": ","}']:
        data = text.encode()
        values = _values(json.loads(text))
        assert values <= reading.count_values(data) <= values + text.count("[") + text.count("{"), text


def _values(node: object) -> int:
    if isinstance(node, dict):
        return 1 + sum(_values(v) for v in node.values())
    if isinstance(node, list):
        return 1 + sum(_values(v) for v in node)
    return 1


# ---------------------------------------------------------------------------------------------
# Broken files: the bytes or the file itself


def _truncated() -> bytes:
    text = EXAMPLE.read_bytes()
    return text[: len(text) // 2]


BROKEN_BYTES: list[Any] = [
    pytest.param(b"", "", "the file is empty", id="empty-file"),
    pytest.param(b" \n\t\n", "", "the file is empty", id="only-whitespace"),
    pytest.param(
        '{"format": "assess-framework", "title": {"fr": "Cadre régional"}}'.encode("latin-1"),
        "byte 55",
        "not UTF-8",
        id="latin-1-not-utf8",
    ),
    pytest.param('{"format": "assess-framework"}'.encode("utf-16"), "byte 0", "not UTF-8", id="utf-16-not-utf8"),
    pytest.param(_truncated(), "line ", "not valid JSON", id="truncated-json"),
    pytest.param(b'{"format": "assess-framework",}', "line 1, column 31", "not valid JSON", id="trailing-comma"),
    pytest.param(b"{'format': 'assess-framework'}", "line 1, column 2", "not valid JSON", id="single-quotes"),
    pytest.param(b"[]", "top level", "expected a JSON object", id="json-list"),
    pytest.param(b'"assess-framework"', "top level", "expected a JSON object", id="json-string"),
    pytest.param(b"null", "top level", "expected a JSON object", id="json-null"),
    pytest.param(
        b'{"format": "assess-framework", "format_version": ' + b"9" * 5000 + b"}",
        "line 1, column 50",
        "a number has far too many digits",
        id="number-with-5000-digits",
    ),
]


@pytest.mark.parametrize(("content", "location", "problem"), BROKEN_BYTES)
def test_broken_bytes(tmp_path: Path, content: bytes, location: str, problem: str) -> None:
    path = write(tmp_path, content)
    error = load_error(path)
    if location:
        assert error.location.startswith(location), f"location {error.location!r} should start with {location!r}"
    else:
        assert error.location == "", "a problem with the whole file names just the file"
    assert problem.lower() in error.problem.lower(), f"problem {error.problem!r} should say {problem!r}"


def test_lone_surrogate_is_refused(tmp_path: Path) -> None:
    """A lone surrogate escape ("\\ud800") is valid JSON but cannot be stored or printed as UTF-8."""
    text = json.dumps(example(), ensure_ascii=False).replace('"Protection", "fr"', '"Protection\\ud800", "fr"', 1)
    error = load_error(write(tmp_path, text.encode()))
    assert error.location == "items[1].title.en (item PROT)"
    assert "invalid character" in error.problem


def test_missing_file(tmp_path: Path) -> None:
    error = load_error(tmp_path / "nowhere.json")
    assert error.location == ""
    assert "no such file" in error.problem


def test_folder(tmp_path: Path) -> None:
    error = load_error(tmp_path)
    assert error.location == ""
    assert "folder" in error.problem


def test_nul_in_file_name(tmp_path: Path) -> None:
    error = load_error(str(tmp_path / "bad\0name.json"))
    assert "not a valid file name" in error.problem


def test_file_larger_than_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 2048)
    path = write(tmp_path, EXAMPLE.read_bytes())
    error = load_error(path)
    assert error.location == ""
    assert f"the file is {path.stat().st_size / 1024:.1f} KB; a framework file may be at most 2.0 KB" == error.problem


def test_bytes_larger_than_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)
    with pytest.raises(FrameworkError) as info:
        framework.load_bytes(b" " * 101, "upload.json")
    assert str(info.value) == "upload.json: the file is 101 bytes; a framework file may be at most 100 bytes"


# ---------------------------------------------------------------------------------------------
# Fuzz-ish: random damage to the example, seeded so that a failure reproduces


def _containers(node: object, path: tuple[object, ...] = ()) -> list[tuple[object, tuple[object, ...]]]:
    found: list[tuple[object, tuple[object, ...]]] = []
    stack: list[tuple[object, tuple[object, ...]]] = [(node, path)]
    while stack:
        current, where = stack.pop()
        if isinstance(current, dict | list):
            found.append((current, where))
            entries = current.items() if isinstance(current, dict) else enumerate(current)
            stack.extend((value, (*where, key)) for key, value in entries)
    return found


REPLACEMENTS: list[object] = [
    None,
    True,
    False,
    0,
    -1,
    1.5,
    1.0,
    10**30,
    float("nan"),
    "",
    "x",
    "PROS",
    "GP.HR",
    "law",
    "Z" * 20_001,
    [],
    {},
    {"en": "x"},
    [None],
    {"code": "PROS"},
]


def _mutate(doc: dict[str, Any], rng: random.Random) -> str:
    """Damage ``doc`` in place once; returns what was done, for the failure message."""
    containers = _containers(doc)
    container, where = rng.choice(containers)
    keys = list(container) if isinstance(container, dict) else list(range(len(container)))
    operation = rng.choice(["delete", "retype", "duplicate", "add-key", "wrap", "swap", "empty"])
    if not keys:
        operation = "add-key"
    key = rng.choice(keys) if keys else None
    if operation == "delete":
        del container[key]  # type: ignore[index]
    elif operation == "retype":
        container[key] = copy.deepcopy(rng.choice(REPLACEMENTS))  # type: ignore[index]
    elif operation == "duplicate":
        if isinstance(container, list):
            container.insert(key, copy.deepcopy(container[key]))  # type: ignore[arg-type]
        else:
            container[f"{key}_copy"] = copy.deepcopy(container[key])  # type: ignore[index]
    elif operation == "add-key":
        if isinstance(container, dict):
            container[rng.choice(["assessable", "children", "tags", "extra", "dimensions", "note"])] = rng.choice(
                REPLACEMENTS
            )
        else:
            container.append(copy.deepcopy(rng.choice(REPLACEMENTS)))  # type: ignore[attr-defined]
    elif operation == "wrap":
        container[key] = [container[key]]  # type: ignore[index]
    elif operation == "swap":
        other, _ = rng.choice(containers)
        if isinstance(other, dict) and other:
            container[key] = copy.deepcopy(other[rng.choice(list(other))])  # type: ignore[index]
        elif isinstance(other, list) and other:
            container[key] = copy.deepcopy(rng.choice(other))  # type: ignore[index]
    else:
        container.clear()  # type: ignore[attr-defined]
    return f"{operation} at {'/'.join(map(str, where))}/{key}"


def _damage_bytes(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    position = rng.randrange(len(data))
    choice = rng.choice(["truncate", "flip", "insert", "drop"])
    if choice == "truncate":
        return data[:position], f"truncate at {position}"
    if choice == "flip":
        return data[:position] + bytes([data[position] ^ (1 << rng.randrange(8))]) + data[position + 1 :], (
            f"flip a bit at {position}"
        )
    if choice == "insert":
        junk = rng.choice([b"{", b"[", b"]", b",", b'"', b"\\", b"\xff", b"\x00", b"\\ud800", b"1e999"])
        return data[:position] + junk + data[position:], f"insert {junk!r} at {position}"
    return data[:position] + data[position + 1 :], f"drop byte {position}"


def test_random_damage_loads_or_raises_framework_error() -> None:
    rng = random.Random(1)
    original = example()
    outcomes = {"loaded": 0, "refused": 0}
    failures: list[str] = []
    for round_ in range(200):
        doc = copy.deepcopy(original)
        steps = [_mutate(doc, rng) for _ in range(rng.randint(1, 3))]
        data = json.dumps(doc, ensure_ascii=False).encode()
        if round_ % 4 == 3:
            data, step = _damage_bytes(data, rng)
            steps.append(step)
        try:
            framework.load_bytes(data, "fuzz.json")
        except FrameworkError as error:
            outcomes["refused"] += 1
            if not str(error).startswith("fuzz.json") or len(str(error)) > 400:
                failures.append(f"round {round_} ({'; '.join(steps)}): poor message {str(error)[:200]!r}")
        except Exception as error:
            failures.append(f"round {round_} ({'; '.join(steps)}): {type(error).__name__}: {error}")
        else:
            outcomes["loaded"] += 1
    assert not failures, "\n".join(failures)
    assert outcomes["refused"] > 100, outcomes
    assert outcomes["loaded"] > 0, outcomes
