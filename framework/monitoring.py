"""Operational indicators and their disaggregation dimensions, built from a checked format 2 document.

The checks the schema cannot say: ids and codes used once, an indicator naming only declared dimensions,
categories and items, a target that fits the unit, provenance and source agreeing (a quoted text names its
source, a suggestion names none), and a file with suggestions saying whose they are (``suggestion_note``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any

from framework.errors import FrameworkError, where
from framework.model import Category, Direction, Disaggregation, Indicator, Provenance, Source, Unit
from framework.tree import localized, source_of


def build_disaggregations(doc: Mapping[str, Any], documents: Mapping[str, str], name: str) -> dict[str, Disaggregation]:
    """The declared dimensions by id, in file order, each with its categories."""
    found: dict[str, Disaggregation] = {}
    for index, entry in enumerate(doc.get("disaggregations", [])):
        path: list[object] = ["disaggregations", index]
        if entry["id"] in found:
            raise FrameworkError(
                name, "disaggregations[{index}].id", "{id} is declared twice", index=index, id=repr(entry["id"])
            )
        categories: list[Category] = []
        for i, category in enumerate(entry["categories"]):
            if any(c.id == category["id"] for c in categories):
                raise FrameworkError(
                    name,
                    "disaggregations[{index}].categories[{category}].id",
                    "{id} is declared twice",
                    index=index,
                    category=i,
                    id=repr(category["id"]),
                )
            provenance, source = _provenance(category, [*path, "categories", i], doc, documents, name)
            categories.append(Category(category["id"], localized(category["label"]), provenance, source))
        provenance, source = _provenance(entry, path, doc, documents, name)
        found[entry["id"]] = Disaggregation(
            id=entry["id"],
            label=localized(entry["label"]),
            provenance=provenance,
            categories=tuple(categories),
            group=localized(entry.get("group")),
            source=source,
        )
    return found


def build_indicators(
    doc: Mapping[str, Any],
    dimensions: Mapping[str, Disaggregation],
    item_places: Mapping[str, str],
    documents: Mapping[str, str],
    name: str,
) -> tuple[Indicator, ...]:
    """The indicators in file order; ``item_places`` gives where each item code is, for clashing codes."""
    indicators: list[Indicator] = []
    places: dict[str, str] = {}
    for index, entry in enumerate(doc.get("indicators", [])):
        path: list[object] = ["indicators", index]
        code = entry["code"]
        first = places.get(code) or item_places.get(code)
        if first is not None:
            raise FrameworkError(
                name,
                "{where}",
                "the code {code} is already used at {first}; give each indicator a code of its own",
                where=where([*path, "code"], doc),
                code=code,
                first=first,
            )
        places[code] = f"indicators[{index}]"
        for i, measure in enumerate(entry["measures"]):
            if measure not in item_places:
                raise FrameworkError(
                    name, "{where}", "{code} names no item", where=where([*path, "measures", i], doc), code=measure
                )
        unit = Unit(entry["unit"])
        target = _decimal(entry.get("target"))
        if target is not None and (problem := unit.problem_with(target)) is not None:
            raise FrameworkError(name, "{where}", problem, where=where([*path, "target"], doc))
        provenance, source = _provenance(entry, path, doc, documents, name)
        indicators.append(
            Indicator(
                code=code,
                name=localized(entry["name"]),
                definition=localized(entry["definition"]),
                unit=unit,
                disaggregations=_applying(entry, path, dimensions, doc, name),
                measures=tuple(entry["measures"]),
                provenance=provenance,
                source=source,
                target=target,
                direction=Direction(entry["direction"]) if "direction" in entry else None,
            )
        )
    return tuple(indicators)


def _applying(
    entry: Mapping[str, Any], path: list[object], dimensions: Mapping[str, Disaggregation], doc: Any, name: str
) -> tuple[Disaggregation, ...]:
    """The dimensions an indicator is broken down by, each with the categories that apply to it."""
    applying: list[Disaggregation] = []
    for i, use in enumerate(entry.get("disaggregations", [])):
        place = [*path, "disaggregations", i]
        dimension = dimensions.get(use["dimension"])
        if dimension is None:
            raise FrameworkError(
                name,
                "{where}",
                'unknown disaggregation dimension {dimension}; declare it under "disaggregations"',
                where=where([*place, "dimension"], doc),
                dimension=repr(use["dimension"]),
            )
        if any(d.id == dimension.id for d in applying):
            raise FrameworkError(
                name,
                "{where}",
                "dimension {dimension} is listed twice",
                where=where(place, doc),
                dimension=repr(dimension.id),
            )
        if "categories" in use:
            chosen: list[Category] = []
            for c, category_id in enumerate(use["categories"]):
                category = dimension.category(category_id)
                if category is None:
                    raise FrameworkError(
                        name,
                        "{where}",
                        "{category} is not a category of {dimension}",
                        where=where([*place, "categories", c], doc),
                        category=repr(category_id),
                        dimension=repr(dimension.id),
                    )
                chosen.append(category)
            dimension = replace(dimension, categories=tuple(chosen))
        applying.append(dimension)
    return tuple(applying)


def _provenance(
    entry: Mapping[str, Any], path: list[object], doc: Any, documents: Mapping[str, str], name: str
) -> tuple[Provenance, Source | None]:
    provenance = Provenance(entry["provenance"])
    given = entry.get("source")
    if provenance is Provenance.SOURCE and given is None:
        raise FrameworkError(
            name,
            "{where}",
            'the provenance is "source" but no source is given; add "source" or make the provenance "suggestion"',
            where=where([*path, "provenance"], doc),
        )
    if provenance is Provenance.SUGGESTION and given is not None:
        raise FrameworkError(
            name,
            "{where}",
            'a suggestion is not quoted from a source; remove "source" or make the provenance "source"',
            where=where([*path, "source"], doc),
        )
    if given is not None and given["document"] not in documents:
        raise FrameworkError(
            name,
            "{where}",
            "unknown source document {document}",
            where=where([*path, "source"], doc),
            document=repr(given["document"]),
        )
    if provenance is Provenance.SUGGESTION and "suggestion_note" not in doc:
        raise FrameworkError(
            name,
            "{where}",
            'entries of provenance "suggestion" need "suggestion_note", saying whose suggestions they are',
            where=where([*path, "provenance"], doc),
        )
    return provenance, source_of(given) if given is not None else None


def _decimal(value: object) -> Decimal | None:
    """A JSON number as an exact decimal (100, not 100.0)."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return Decimal(int(value))
    return Decimal(str(value))
