"""How long each text may be, and what no text may hold: one set of limits for everything Assess stores and exchanges.

The services refuse a longer text with a message naming the field and the limit, the window's fields
stop at the limit where the text is typed, the database columns are declared with them, and the
exchange package's schema (exports/exchange/schema/package-1.schema.json) states the same numbers (a
test checks): a package Assess writes is always one it reads back. docs/package-format.md and the
README list them.
"""

from __future__ import annotations

import re

NOTE = 100_000
"""A note of a response: the rationale, the N/A justification, the next action, the technical assistance."""
PERSON = 200
"""The name of a person recorded with a change (a login or database user name)."""
INSTITUTION = 300
LINK = 10_000
DESCRIPTION = 5_000
CITATION = 5_000
EVIDENCE_NAME = 500
"""The name of an evidence file, or the title of a link or citation."""
COUNTRY = 200
TITLE = 500
PERIOD = 200
ORIGIN = 300
"""Where a change recorded in the audit log came from (a package, a contribution): cut to this length."""
LARGEST_ID = 2**63 - 1
"""The largest number a database gives as an id (of an assessment, a piece of evidence)."""

LINK_SCHEMES = ("http", "https", "mailto")
"""What a link may be: a web address or an e-mail address. Nothing that opens a file, a share or a script."""


def unstorable(text: str) -> str | None:
    """The first character of ``text`` that no text may hold, or None: a NUL (cut off by C programs, the
    PostgreSQL driver refuses it) or a lone surrogate (not Unicode: a byte that was not UTF-8 on a command
    line or in a file name, or a broken escape in JSON; no database or file can store it)."""
    if "\x00" in text:
        return "\x00"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return text[exc.start]
    return None


def storable_name(name: str) -> str:
    """A file's name as text that can be stored: a name that is not UTF-8 (``Aussage_M\\xfcller.txt`` from an old
    Windows share, which Python holds with escapes no text can store) is read in Windows' Western code page."""
    if unstorable(name) is None:
        return name
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte
        return name.encode("utf-8", "replace").decode("utf-8").replace("\x00", "\ufffd")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace").replace("\x00", "\ufffd")


def visible(text: str, *, json: bool = False) -> str:
    """``text`` with its control characters written as escapes (``\\x1b``, ``\\u202e``), so that printing data
    from a package or a colleague cannot move the cursor, retitle or clear a terminal, or turn a line around
    (the bidirectional overrides). Line breaks and tabs stay as they are. With ``json``, every escape is a
    JSON one (``\\u001b``), for characters inside the strings of a JSON text."""
    return _HIDDEN.sub(_escape_json if json else _escape, text)


# C0 and C1 controls but the line break and the tab, the bidirectional embeddings, overrides and isolates, the line
# and paragraph separators, and lone surrogates (which a UTF-8 terminal cannot be sent).
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _escape_json(found: re.Match[str]) -> str:
    return f"\\u{ord(found.group()):04x}"
