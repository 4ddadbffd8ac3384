"""Loading framework files: the entry points, and the order of the checks.

A file goes through its size and syntax (:mod:`framework.reading`), the limits checked without recursion
(:mod:`framework.limits`), its format version and JSON Schema (:mod:`framework.schemas`), then the checks a
schema cannot say while it is built (:mod:`framework.build`). Every problem is reported as a
:class:`FrameworkError` naming the file, the location inside it and what is wrong; nothing here raises
anything else for a bad file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from assess.paths import package_file
from framework import limits, reading, schemas
from framework.build import build
from framework.errors import FrameworkError
from framework.model import Framework

BUILTIN_ID = "unodc-ffa-2009"

__all__ = ["BUILTIN_ID", "FrameworkError", "builtin_path", "load_builtin", "load_bytes", "load_document", "load_file"]


def builtin_path() -> Path:
    return package_file("framework", f"data/{BUILTIN_ID}.json")


@cache
def load_builtin() -> Framework:
    """The framework shipped with Assess.

    Its file is checked against its JSON Schema by the test suite, not at every start: the schema walk is the
    slowest step of loading (a tenth of a second) and every process needs the built-in framework. The checks the
    schema cannot say still run, and a file that does not build falls back to the full check and its message.
    """
    path = builtin_path()
    return load_document(reading.parse(reading.read_file(path), str(path)), str(path), validate=False)


def load_file(path: str | Path) -> Framework:
    """Read, check and return the framework in ``path``."""
    return load_bytes(reading.read_file(path), str(path))


def load_bytes(data: bytes, name: str = "<framework>") -> Framework:
    return load_document(reading.parse(data, name), name)


def load_document(document: object, name: str = "<framework>", *, validate: bool = True) -> Framework:
    """Check a parsed JSON document and build the framework from it.

    ``validate=False`` skips the JSON Schema walk for a document that passed it when it was
    imported (a framework stored in a database); the checks the schema cannot say still run.
    """
    if not validate and isinstance(document, dict):
        try:
            return build(document, name)
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError):
            pass  # not what was stored: fall through to the full check and its clear message
    if not isinstance(document, dict):
        raise FrameworkError(name, "top level", "expected a JSON object describing a framework")
    if document.get("format") != "assess-framework":
        raise FrameworkError(name, "format", 'not an Assess framework file (expected "format": "assess-framework")')
    version = schemas.format_version(document, name)
    limits.check_shape(document, name)
    limits.check_values(document, name)
    if version == 1:
        schemas.check_no_later_fields(document, name)
    schemas.validate(document, version, name)
    return build(document, name)
