"""The item tree of a checked framework document: items in document order, with the checks the schema cannot say.

Codes unique in the file, kinds, addressees and source documents declared, dimensions declared, tags naming
items. Run after the schema check; raises :class:`FrameworkError` naming the item and its place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from framework.errors import FrameworkError
from framework.model import Item, Localized, Source, TextField


def localized(value: object) -> Localized:
    return dict(value) if isinstance(value, dict) else {}


def source_of(node: Mapping[str, Any]) -> Source:
    return Source(**{k: str(v) for k, v in node.items()})


@dataclass(frozen=True)
class Declared:
    """What items may refer to: the kinds, addressees, source documents and scoring dimensions of the file."""

    kinds: Mapping[str, Mapping[str, Any]]
    addressees: Mapping[str, Mapping[str, Any]]
    documents: Mapping[str, str]
    dimensions: Mapping[str, Localized]


def build_items(doc: Mapping[str, Any], declared: Declared, name: str) -> tuple[list[Item], dict[str, str]]:
    """The items in document order, and where each code is in the file (``items[0].children[2]``)."""
    items: list[Item] = []
    seen: dict[str, str] = {}

    def visit(node: dict[str, Any], parent: str | None, depth: int, place: str) -> str:
        code = node["code"]
        if code in seen:
            raise FrameworkError(
                name,
                "{where}",
                "item code {code} is used twice (first at {first})",
                where=place,
                code=code,
                first=seen[code],
            )
        seen[code] = place
        index = len(items)
        items.append(_item(node, parent, depth, place, declared, name))
        children = [
            visit(child, code, depth + 1, f"{place}.children[{i}]") for i, child in enumerate(node.get("children", []))
        ]
        if children:
            items[index] = replace(items[index], children=tuple(children))
        return str(code)

    for i, node in enumerate(doc["items"]):
        visit(node, None, 0, f"items[{i}]")
    for item in items:
        for tag in item.tags:
            if tag not in seen:
                raise FrameworkError(
                    name,
                    "{where}.tags (item {code})",
                    "tag {tag} names no item",
                    where=seen[item.code],
                    code=item.code,
                    tag=tag,
                )
    return items, seen


def _item(node: dict[str, Any], parent: str | None, depth: int, place: str, declared: Declared, name: str) -> Item:
    code = node["code"]
    kind = node["kind"]
    if kind not in declared.kinds:
        raise FrameworkError(
            name,
            "{where}.kind (item {code})",
            "unknown kind {kind}; declare it under kinds",
            where=place,
            code=code,
            kind=repr(kind),
        )
    addressee = node.get("addressee")
    if addressee is not None and addressee not in declared.addressees:
        raise FrameworkError(
            name,
            "{where}.addressee (item {code})",
            "unknown addressee {addressee}; declare it under addressees",
            where=place,
            code=code,
            addressee=repr(addressee),
        )
    if node["source"]["document"] not in declared.documents:
        raise FrameworkError(
            name,
            "{where}.source (item {code})",
            "unknown source document {document}",
            where=place,
            code=code,
            document=repr(node["source"]["document"]),
        )
    if "assessable" in node:
        assessable = bool(node["assessable"])
    elif addressee is not None:
        assessable = bool(declared.addressees[addressee]["assessable"])
    else:
        assessable = bool(declared.kinds[kind].get("assessable", False))
    dimensions = tuple(node.get("dimensions", [d for d in ("law", "practice") if d in declared.dimensions]))
    for dimension in dimensions:
        if dimension not in declared.dimensions:
            raise FrameworkError(
                name,
                "{where}.dimensions (item {code})",
                "dimension {dimension} is not declared under dimensions",
                where=place,
                code=code,
                dimension=repr(dimension),
            )
    editorial = frozenset(TextField(field) for field in node.get("editorial", ()))
    for field in editorial:
        if field not in node:
            raise FrameworkError(
                name,
                "{where}.editorial (item {code})",
                "marks the {field} as editorial, but the item has no {field}",
                where=place,
                code=code,
                field=repr(str(field)),
            )
    return Item(
        code=code,
        kind=kind,
        title=localized(node.get("title")),
        text=localized(node.get("text")),
        source=source_of(node["source"]),
        assessable=assessable,
        addressee=addressee,
        tags=tuple(node.get("tags", ())),
        dimensions=dimensions,
        parent=parent,
        depth=depth,
        editorial=editorial,
    )
