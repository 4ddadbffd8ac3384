"""From a file or its bytes to a parsed JSON document: the file's kind and size, its encoding, its syntax.

Every problem becomes a :class:`FrameworkError` naming the file (and the line and column, for JSON that
does not parse); what the document says is checked afterwards (``framework.loader.load_document``).
"""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

from assess.messages import UserText
from framework import limits
from framework.errors import FrameworkError


def read_file(path: str | Path) -> bytes:
    """The bytes of the framework file ``path``, refused when it is no ordinary file or too large."""
    name = str(path)
    try:
        info = Path(path).stat()
        if stat.S_ISDIR(info.st_mode):  # checked first: on Windows, opening a folder says "permission denied"
            raise FrameworkError(name, "", "this is a folder, not a framework file")
        if not stat.S_ISREG(info.st_mode):
            raise FrameworkError(name, "", "this is not an ordinary file; choose a framework .json file")
        if info.st_size > limits.MAX_FILE_BYTES:
            raise FrameworkError(name, "", _too_large(info.st_size))
        with open(path, "rb") as stream:
            return stream.read(limits.MAX_FILE_BYTES + 1)  # the file may have grown since stat()
    except FileNotFoundError:
        raise FrameworkError(name, "", "no such file; check the path") from None
    except IsADirectoryError:
        raise FrameworkError(name, "", "this is a folder, not a framework file") from None
    except PermissionError:
        raise FrameworkError(name, "", "the file cannot be read (permission denied)") from None
    except OSError as exc:
        raise FrameworkError(name, "", "the file cannot be read ({reason})", reason=exc.strerror or exc) from None
    except ValueError:  # for example a NUL character in the path
        raise FrameworkError(name, "", "this is not a valid file name") from None


def parse(data: bytes, name: str) -> object:
    """The JSON value in ``data``: UTF-8 (a byte-order mark is accepted), not empty, not too large or deep, with
    no more values than a framework may hold."""
    if len(data) > limits.MAX_FILE_BYTES:
        raise FrameworkError(name, "", _too_large(len(data)))
    if count_values(data) > limits.MAX_JSON_VALUES:
        raise FrameworkError(
            name,
            "",
            "the file holds more than {limit} JSON values, more than a framework may",
            limit=f"{limits.MAX_JSON_VALUES:,}",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FrameworkError(
            name, "byte {position}", "the file is not UTF-8 text; save it as UTF-8 JSON", position=exc.start
        ) from None
    if not text.strip():
        raise FrameworkError(name, "", "the file is empty; a framework file is a JSON object")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FrameworkError(
            name,
            "line {line}, column {column}",
            "not valid JSON: {reason}",
            line=exc.lineno,
            column=exc.colno,
            reason=exc.msg,
        ) from None
    except RecursionError:
        raise FrameworkError(
            name,
            "{where}",
            "the JSON is nested too deeply (items may be nested at most {limit} levels)",
            where=_line_column(text, _too_deep(text)),
            limit=limits.MAX_DEPTH,
        ) from None
    except ValueError:  # a number longer than Python's integer-string limit (4300 digits)
        found = re.search(r"[0-9]{1000,}", text)
        where = _line_column(text, found.start()) if found else ""
        raise FrameworkError(
            name, "{where}", "not valid JSON for a framework: a number has far too many digits", where=where
        ) from None


_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')


def count_values(data: bytes) -> int:
    """At least as many as the values (objects, arrays, strings, numbers, literals) a JSON text holds, counted
    without parsing it: a value is the first of the text or of its container, or follows a comma. Strings are
    blanked first (their commas are text), at the speed of a regular expression on bytes."""
    bare = _JSON_STRING.sub(b'""', data)
    return bare.count(b",") + bare.count(b"[") + bare.count(b"{") + 1


def _too_large(size: int) -> UserText:
    return UserText(
        "the file is {size}; a framework file may be at most {limit}",
        size=_size(size),
        limit=_size(limits.MAX_FILE_BYTES),
    )


def _size(size: int) -> UserText:
    if size >= 1024 * 1024:
        return UserText("{size} MB", size=f"{size / (1024 * 1024):.1f}")
    if size >= 1024:
        return UserText("{size} KB", size=f"{size / 1024:.1f}")
    return UserText("{size} bytes", size=size)


_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _too_deep(text: str) -> int | None:
    """Where in ``text`` arrays and objects first nest more than MAX_JSON_DEPTH deep, found without recursion."""
    depth = 0
    for token in _JSON_TOKENS.finditer(text):
        if token.group() in ("[", "{"):
            depth += 1
            if depth > limits.MAX_JSON_DEPTH:
                return token.start()
        elif token.group() in ("]", "}"):
            depth -= 1
    return None


def _line_column(text: str, position: int | None) -> UserText | str:
    if position is None:
        return ""
    line = text.count("\n", 0, position) + 1
    return UserText("line {line}, column {column}", line=line, column=position - text.rfind(chr(10), 0, position))
