"""The exchange package format, version 1: names, limits, the JSON Schema and the errors a bad package gets.

A package is a ZIP file (optionally inside the encrypted envelope of :mod:`exports.exchange.crypto`)
holding ``manifest.json``, ``responses.json``, ``framework.json`` and one ``evidence/<sha256>``
member per evidence file. docs/package-format.md describes it for people; the schema in
``exports/exchange/schema/package-1.schema.json`` (published as ``docs/schema/package-1.schema.json``)
describes it for programs.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import Any

import jsonschema

from assess.errors import AssessError
from assess.limits import unstorable, visible
from assess.messages import UserText
from assess.paths import package_file
from framework.limits import MAX_JSON_VALUES
from framework.reading import count_values
from framework.schemas import first_problems

FORMAT = "assess-package"
RESPONSES_FORMAT = "assess-package-responses"
FORMAT_VERSION = 1

MANIFEST = "manifest.json"
RESPONSES = "responses.json"
FRAMEWORK = "framework.json"
EVIDENCE_PREFIX = "evidence/"

MAX_MANIFEST_BYTES = 32 * 1024 * 1024
MAX_RESPONSES_BYTES = 256 * 1024 * 1024
MAX_FRAMEWORK_BYTES = 50 * 1024 * 1024
MAX_MEMBERS = 20_000
"""The most members a package may hold: every evidence file is one. Checked in the ZIP's last record, before
the list of its members is read (:data:`MAX_DIRECTORY_BYTES`), and again on that list."""
MAX_DIRECTORY_BYTES = MAX_MEMBERS * 200
"""The most the ZIP's list of members may take (an evidence member's entry takes about 150 bytes)."""
MAX_TOTAL_BYTES = 64 * 1024 * 1024 * 1024
"""The most all members may hold together once decompressed (each evidence file is also capped by the setting)."""
MAX_RATIO = 200
"""The most a member, or a package as a whole, may expand when decompressed past a floor (deflate's limit is
~1,030): JSON members past :data:`JSON_RATIO_FLOOR`, evidence members past :data:`RATIO_FLOOR`, the package past
:data:`PACKAGE_RATIO_FLOOR`."""
JSON_RATIO_FLOOR = 1024 * 1024
RATIO_FLOOR = 32 * 1024 * 1024
"""Evidence members smaller than this once decompressed may expand more: a repetitive evidence file can."""
PACKAGE_RATIO_FLOOR = 128 * 1024 * 1024
READ_BLOCK = 256 * 1024
MAX_WORKBOOK_BYTES = MAX_RESPONSES_BYTES
"""The most a contribution workbook (.xlsx) may be, as a file, as one member and in all once decompressed: it
holds responses, as ``responses.json`` does, and no evidence files."""
JSON_MEMBERS = (MANIFEST, RESPONSES, FRAMEWORK)


class BadPackage(AssessError):
    """A file that is not a usable package; nothing was written."""


class WrongPassword(BadPackage):
    pass


class PasswordNeeded(BadPackage):
    pass


class NewerPackage(BadPackage):
    pass


@cache
def schema() -> dict[str, Any]:
    text = package_file("exports.exchange", "schema/package-1.schema.json").read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


@cache
def _validator(definition: str) -> jsonschema.Draft202012Validator:
    root = schema()
    return jsonschema.Draft202012Validator({"$ref": f"#/$defs/{definition}", "$defs": root["$defs"]})


def validate(document: object, definition: str, member: str) -> None:
    """Check ``document`` against one definition of the schema ("manifest" or "responses"), stopping after the
    first few problems (:func:`framework.schemas.first_problems`)."""
    found = first_problems(_validator(definition), document)
    if found is None:
        return
    first, more = found
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first.absolute_path).lstrip(".")
    problem = _short(first)
    if where and more:
        raise BadPackage(
            "{member}, at {where}: {problem} (and {count} more problems)",
            member=member,
            where=where,
            problem=problem,
            count=more,
        )
    if where:
        raise BadPackage("{member}, at {where}: {problem}", member=member, where=where, problem=problem)
    if more:
        raise BadPackage("{member}: {problem} (and {count} more problems)", member=member, problem=problem, count=more)
    raise BadPackage("{member}: {problem}", member=member, problem=problem)


def parse_json(data: bytes, label: str, member: str) -> Any:
    """A JSON member of a package, parsed once it is known to hold no more values than a JSON document from
    outside may (:data:`framework.limits.MAX_JSON_VALUES`), and checked to hold only text that can be stored."""
    if count_values(data) > MAX_JSON_VALUES:
        raise BadPackage(
            "{label}: {member} holds more than {limit} JSON values, more than any package does. Nothing was imported.",
            label=label,
            member=member,
            limit=f"{MAX_JSON_VALUES:,}",
        )
    try:
        document = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise BadPackage(
            "{label}: {name} is not valid JSON ({error}). Nothing was imported.",
            label=label,
            name=member,
            error=str(exc)[:200],
        ) from None
    _check_texts(document, label, member)
    return document


def _check_texts(document: object, label: str, member: str) -> None:
    """Refuse a text no database can store (a NUL, a lone surrogate from a broken escape), wherever it is."""
    stack = [document]
    while stack:
        node = stack.pop()
        values = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in values:
            for text in (key, value):
                if isinstance(text, str) and unstorable(text) is not None:
                    raise BadPackage(
                        "{label}: {member} holds a text with a character no text may hold (a NUL or a broken "
                        "character: {text}). Nothing was imported.",
                        label=label,
                        member=member,
                        text=repr(visible(text[:60])),
                    )
            if isinstance(value, dict | list):
                stack.append(value)


def _short(error: jsonschema.ValidationError) -> UserText | str:
    """What is wrong, in words the window translates; jsonschema's own message (English) where there are none."""
    if error.validator == "additionalProperties" or error.validator == "unevaluatedProperties":
        return UserText("holds fields this format does not have")
    if error.validator == "required":
        text = str(error.message)
        if text.endswith(" is a required property"):
            return UserText("{field} is missing", field=text.removesuffix(" is a required property"))
        return text.replace("is a required property", "is missing")
    if error.validator in ("oneOf", "anyOf"):
        return UserText("is not a valid value here")
    text = str(error.message)
    return text if len(text) <= 200 else text[:199] + "…"


def check_version(document: object, member: str, expected_format: str) -> None:
    """Recognise the format and refuse a newer version clearly, before the schema says anything."""
    if not isinstance(document, dict) or document.get("format") != expected_format:
        raise BadPackage(
            "{member} is not part of an Assess package (it does not say format {format}).",
            member=member,
            format=repr(expected_format),
        )
    version = document.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise NewerPackage(
            "This package was written by a newer release of Assess (package format {version}; this release reads "
            "format {supported}). Install the newer release to import it; nothing was changed.",
            version=version,
            supported=FORMAT_VERSION,
        )


def timestamp(value: dt.datetime) -> str:
    """A naive UTC datetime as written in a package: ISO 8601 with a Z."""
    return value.replace(tzinfo=None).isoformat() + "Z"


def parse_timestamp(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text.removesuffix("Z"))
    except ValueError:
        raise BadPackage("{value} is not a valid time.", value=repr(text)) from None


def evidence_member(sha256: str) -> str:
    return f"{EVIDENCE_PREFIX}{sha256}"
