"""The JSON Schema of each format version, and its complaints turned into short messages.

Format 1 is the checklist alone. Format 2 is format 1 plus operational indicators and their disaggregation
dimensions, provenance and editorial marks, reasons and citations on cross-walk links, and notes on source
documents (docs/framework-format.md). Both are read; a file is checked against the schema of the version it
names, so a format 1 file never gains a field it cannot have had.
"""

from __future__ import annotations

import itertools
import json
import reprlib
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from assess.messages import UserText
from assess.paths import package_file
from framework import limits
from framework.errors import FrameworkError, either, where

if TYPE_CHECKING:
    import jsonschema

FORMAT_VERSIONS = (1, 2)
LATEST = FORMAT_VERSIONS[-1]

# The fields format 2 adds, by where they are allowed; in a format 1 file each is a hint to raise the version.
TOP_LEVEL_ADDITIONS = ("disaggregations", "indicators", "suggestion_note")
DOCUMENT_ADDITIONS = ("note",)
ITEM_ADDITIONS = ("editorial",)
LINK_ADDITIONS = ("reason", "citation")


@cache
def schema(version: int = LATEST) -> dict[str, Any]:
    """The JSON Schema of format ``version`` as shipped in framework/schema/."""
    text = package_file("framework", f"schema/framework-{version}.schema.json").read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


def format_version(document: Mapping[str, Any], name: str) -> int:
    """The format version the document names, refused unless this release reads it."""
    version = document.get("format_version")
    if not isinstance(version, int | float) or isinstance(version, bool):
        version = None
    if version is not None and version > LATEST:
        raise FrameworkError(
            name,
            "format_version",
            "written for format version {version}; this release reads version {supported}. Update Assess to load it",
            version=version,
            supported=LATEST,
        )
    if version is None or version not in FORMAT_VERSIONS:
        raise FrameworkError(
            name,
            "format_version",
            "must be {versions}, a format version this release reads",
            versions=either([str(v) for v in FORMAT_VERSIONS]),
        )
    return int(version)


def check_no_later_fields(document: Mapping[str, Any], name: str) -> None:
    """In a format 1 file, a field of format 2 gets a message saying so rather than "unexpected"."""
    for path, field in _later_fields(document):
        raise FrameworkError(
            name,
            "{where}",
            "{field} belongs to format version 2; set format_version to 2 to use it",
            where=where(path, document),
            field=repr(field),
        )


def _later_fields(document: Mapping[str, Any]) -> Iterator[tuple[list[object], str]]:
    for key in TOP_LEVEL_ADDITIONS:
        if key in document:
            yield [key], key
    for section, additions in (("source_documents", DOCUMENT_ADDITIONS), ("crosswalk", LINK_ADDITIONS)):
        for i, entry in enumerate(_list(document.get(section))):
            for key in additions:
                if isinstance(entry, dict) and key in entry:
                    yield [section, i, key], key
    stack: list[tuple[object, list[object]]] = [
        (node, ["items", i]) for i, node in enumerate(_list(document.get("items")))
    ]
    while stack:
        node, path = stack.pop()
        if not isinstance(node, dict):
            continue
        for key in ITEM_ADDITIONS:
            if key in node:
                yield [*path, key], key
        stack.extend((child, [*path, "children", i]) for i, child in enumerate(_list(node.get("children"))))


def validate(document: Mapping[str, Any], version: int, name: str) -> None:
    """Check ``document`` against the schema of its format version; the first problem, with a count of others."""
    import jsonschema  # takes a while to import: only when a file is checked

    found = first_problems(jsonschema.Draft202012Validator(schema(version)), document)
    if found is None:
        return
    first, more = found
    place, problem = where(first.absolute_path, document), _message(first)
    if more:
        raise FrameworkError(
            name, "{where}", "{problem} (and {count} more problems)", where=place, problem=problem, count=more
        )
    raise FrameworkError(name, "{where}", "{problem}", where=place, problem=problem)


def first_problems(
    validator: jsonschema.protocols.Validator, document: object
) -> tuple[jsonschema.ValidationError, str] | None:
    """The problem to show of ``document`` against ``validator`` (the first by place among the first
    :data:`~framework.limits.MAX_SCHEMA_PROBLEMS` found), and how many more there are ("" for none, "99+" past
    the ones looked at); None when it is valid. The check stops there, whatever the document holds."""
    errors = sorted(
        itertools.islice(validator.iter_errors(document), limits.MAX_SCHEMA_PROBLEMS + 1),
        key=lambda e: [(isinstance(p, str), str(p) if isinstance(p, str) else p) for p in e.absolute_path],
    )
    if not errors:
        return None
    more = len(errors) - 1
    if more >= limits.MAX_SCHEMA_PROBLEMS:
        return errors[0], f"{more - 1}+"
    return errors[0], str(more) if more else ""


_short = reprlib.Repr()
_short.maxstring = _short.maxother = 60
_short.maxlist = _short.maxdict = 3
_short.maxlevel = 1


def _message(error: jsonschema.ValidationError) -> UserText | str:
    """The schema's complaint, without quoting a whole long value back at the user.

    In words the window translates where there are some; otherwise jsonschema's own message (English).
    """
    validator, limit, instance = error.validator, error.validator_value, error.instance
    message = str(error.message)
    if "propertyNames" in error.absolute_schema_path:
        return UserText('{value} is not a language code such as "en", "fr" or "pt-BR"', value=_short.repr(instance))
    if validator == "required" and message.endswith(_REQUIRED):
        return UserText("{name} is required but missing", name=_clip(message.removesuffix(_REQUIRED)))
    if validator == "additionalProperties":
        return UserText("{problem}; remove it or check its spelling", problem=_clip(message))
    if validator == "maxLength":
        return UserText(
            "the text is {length} characters long; at most {limit} are allowed", length=len(instance), limit=limit
        )
    if validator == "minLength":
        return UserText("must not be empty")
    if validator in ("maxItems", "maxProperties"):
        return UserText("has {count} entries; at most {limit} are allowed", count=len(instance), limit=limit)
    if validator in ("minItems", "minProperties"):
        return UserText("has {count} entries; at least {limit} are needed", count=len(instance), limit=limit)
    if validator == "anyOf" and all(isinstance(s, dict) and set(s) == {"required"} for s in limit):
        names = [name for s in limit for name in s["required"]]
        return UserText("needs at least one of {names}", names=either(names))
    full = repr(instance)
    if message.startswith(full):
        message = _short.repr(instance) + message[len(full) :]
    return _clip(message)


_REQUIRED = " is a required property"  # how jsonschema's message for a missing property ends


def _clip(text: str) -> str:
    return text if len(text) <= 300 else text[:300] + "…"


def _list(value: object) -> Sequence[object]:
    return value if isinstance(value, list) else ()
