"""A :class:`Framework` from a document that passed its schema: the scale, the declarations, the cross-walk.

The item tree is built by :mod:`framework.tree`, indicators and their dimensions by :mod:`framework.monitoring`;
this module puts the whole together and checks what spans the parts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from framework.errors import FrameworkError
from framework.model import Framework, Level, Link, LinkReason, Scale
from framework.monitoring import build_disaggregations, build_indicators
from framework.tree import Declared, build_items, localized, source_of

DEFAULT_DIMENSIONS = {"law": {"en": "In law and institutions"}, "practice": {"en": "In practice"}}


def build(doc: dict[str, Any], name: str) -> Framework:
    scale = _scale(doc["scale"], name)
    for section in ("source_documents", "kinds", "addressees", "dimensions"):
        declared: set[str] = set()
        for i, entry in enumerate(doc.get(section, [])):
            if entry["id"] in declared:
                raise FrameworkError(
                    name,
                    "{section}[{index}].id",
                    "{id} is declared twice",
                    section=section,
                    index=i,
                    id=repr(entry["id"]),
                )
            declared.add(entry["id"])
    kinds = {kind["id"]: kind for kind in doc["kinds"]}
    addressees = {a["id"]: a for a in doc.get("addressees", [])}
    documents = {d["id"]: d["title"] for d in doc["source_documents"]}
    dimensions = {d["id"]: localized(d["label"]) for d in doc.get("dimensions", [])} or DEFAULT_DIMENSIONS
    items, places = build_items(doc, Declared(kinds, addressees, documents, dimensions), name)
    if not any(item.assessable for item in items):
        raise FrameworkError(name, "items", "no item is assessable, so there is nothing to score")
    disaggregations = build_disaggregations(doc, documents, name)
    return Framework(
        id=doc["id"],
        version=doc["version"],
        format_version=int(doc["format_version"]),
        title=localized(doc["title"]),
        description=localized(doc.get("description")),
        default_language=doc["default_language"],
        documents=documents,
        scale=scale,
        dimensions=dimensions,
        kinds={k: localized(v["label"]) for k, v in kinds.items()},
        addressees={k: localized(v["label"]) for k, v in addressees.items()},
        items=tuple(items),
        crosswalk=_crosswalk(doc, places, documents, name),
        raw=doc,
        document_notes={d["id"]: localized(d["note"]) for d in doc["source_documents"] if "note" in d},
        disaggregations=disaggregations,
        indicators=build_indicators(doc, disaggregations, places, documents, name),
        suggestion_note=localized(doc.get("suggestion_note")),
    )


def _scale(scale_doc: Mapping[str, Any], name: str) -> Scale:
    levels = tuple(
        Level(int(level["value"]), label=localized(level["label"]), description=localized(level.get("description")))
        for level in scale_doc["levels"]
    )
    # int(): the schema accepts 1.0 as an integer
    scale = Scale(int(scale_doc["min"]), int(scale_doc["max"]), int(scale_doc["default_target"]), levels)
    if scale.minimum >= scale.maximum:
        raise FrameworkError(name, "scale", "min must be below max")
    if not scale.minimum <= scale.default_target <= scale.maximum:
        raise FrameworkError(name, "scale.default_target", "the default target must lie on the scale")
    values = sorted(level.value for level in levels)
    if values != list(range(scale.minimum, scale.maximum + 1)):
        raise FrameworkError(
            name,
            "scale.levels",
            "every value from {low} to {high} needs exactly one level",
            low=scale.minimum,
            high=scale.maximum,
        )
    return scale


def _crosswalk(
    doc: Mapping[str, Any], places: Mapping[str, str], documents: Mapping[str, str], name: str
) -> tuple[Link, ...]:
    links: list[Link] = []
    for i, link in enumerate(doc.get("crosswalk", [])):
        for end in ("a", "b"):
            if link[end] not in places:
                raise FrameworkError(
                    name, "crosswalk[{index}].{end}", "{code} names no item", index=i, end=end, code=link[end]
                )
        if link["a"] == link["b"]:
            raise FrameworkError(name, "crosswalk[{index}]", "an item cannot be linked to itself", index=i)
        citation = link.get("citation")
        if citation is not None and citation["document"] not in documents:
            raise FrameworkError(
                name,
                "crosswalk[{index}].citation",
                "unknown source document {document}",
                index=i,
                document=repr(citation["document"]),
            )
        links.append(
            Link(
                a=link["a"],
                b=link["b"],
                note=localized(link.get("note")),
                reason=LinkReason(link["reason"]) if "reason" in link else None,
                citation=source_of(citation) if citation is not None else None,
            )
        )
    return tuple(links)
