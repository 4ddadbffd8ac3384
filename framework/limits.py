"""How large and how deep a framework file may be, checked without recursion before anything else.

A damaged or hostile file is refused quickly with a message instead of exhausting memory or ending in a
RecursionError in the schema check. The values are documented in docs/framework-format.md (a test checks).
Read them as ``limits.MAX_FILE_BYTES`` at the time of use, so that a test can lower one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from assess.limits import unstorable
from framework.errors import FrameworkError, where

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 12
MAX_ITEMS = 100_000
MAX_JSON_DEPTH = 2 * MAX_DEPTH + 16  # arrays and objects inside each other; a valid file needs 2 * MAX_DEPTH + 6
MAX_JSON_VALUES = 1_000_000
"""The most values (objects, arrays, strings, numbers) one JSON document from outside may hold: a framework file,
and each JSON member of an exchange package. Counted on the bytes before they are parsed, it bounds the memory
parsing can take (an empty object costs Python about 64 bytes, written in 3)."""
MAX_SCHEMA_PROBLEMS = 100
"""How many problems of a JSON Schema check are looked at (the first is shown, the others counted): a hostile
document can have a problem per value, and collecting them all took gigabytes."""


def check_shape(document: Mapping[str, Any], name: str) -> None:
    """Depth and number of items."""
    stack: list[tuple[object, int, str]] = [
        (item, 1, f"items[{i}]") for i, item in enumerate(_list(document.get("items")))
    ]
    count = 0
    while stack:
        item, depth, place = stack.pop()
        count += 1
        if count > MAX_ITEMS:
            raise FrameworkError(name, "items", "more than {limit} items", limit=MAX_ITEMS)
        if depth > MAX_DEPTH:
            raise FrameworkError(
                name, "{where}", "items are nested more than {limit} levels deep", where=place, limit=MAX_DEPTH
            )
        if isinstance(item, dict):
            for i, child in enumerate(_list(item.get("children"))):
                stack.append((child, depth + 1, f"{place}.children[{i}]"))


def check_values(document: Mapping[str, Any], name: str) -> None:
    """Nesting of any value, and text that cannot be stored.

    The schema check and its messages recurse into values, so a deeply nested list (in ``tags``, say) would
    otherwise end in a RecursionError. A lone UTF-16 surrogate ("\\ud800") parses but cannot be saved as UTF-8, and
    a NUL ("\\u0000") parses but no text may hold it (:func:`assess.limits.unstorable`).
    """
    stack: list[tuple[object, int, tuple[Any, ...]]] = [(document, 1, ())]
    while stack:
        node, depth, path = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise FrameworkError(
                name,
                "{where}",
                "values are nested more than {limit} levels deep",
                where=where(_unwind(path), document),
                limit=MAX_JSON_DEPTH,
            )
        entries: Any = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in entries:
            for text in (key, value):
                if isinstance(text, str) and unstorable(text) == "\x00":
                    raise FrameworkError(
                        name,
                        "{where}",
                        "the text contains a NUL character (\\u0000), which no text may hold; remove it",
                        where=where(_unwind((path, key)), document),
                    )
                if isinstance(text, str) and unstorable(text) is not None:
                    raise FrameworkError(
                        name,
                        "{where}",
                        "the text contains an invalid character (a lone \\ud800-\\udfff escape); fix or remove it",
                        where=where(_unwind((path, key)), document),
                    )
            if isinstance(value, dict | list):
                stack.append((value, depth + 1, (path, key)))


def _unwind(path: tuple[Any, ...]) -> list[object]:
    """The steps of a path kept as nested pairs ``(((), "items"), 0)``, so that paths are only built on error."""
    steps: list[object] = []
    while path:
        path, step = path
        steps.append(step)
    return steps[::-1]


def _list(value: object) -> Sequence[object]:
    return value if isinstance(value, list) else ()
