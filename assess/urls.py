"""Database URLs as they may be shown or written anywhere: without a password.

A ``--db`` URL may carry a password, after the user name (``postgresql://ann:secret@host/db``) or as a
parameter (``?password=secret``). Whatever shows a URL (the starting window, a message, the log, the list
of recent databases) shows :func:`shown_url` of it. This works on the text alone, with nothing to import,
so that the starting window can use it before the data layer is loaded, and on text that is not even a
valid URL.
"""

from __future__ import annotations

import re

HIDDEN = "***"

# scheme://user:password@ : the password is whatever stands between the first ":" after the "//" and the last
# "@" before the host (a password may itself hold "@" or ":" when it was not escaped).
_IN_USER_PART = re.compile(r"^(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^:/?#@]*):(?P<secret>[^/?#]*)@(?P<host>[^@/?#]*)")
_IN_QUERY = re.compile(r"(?P<key>[?&;]password=)(?P<secret>[^&;#]*)", re.IGNORECASE)
_IN_KEYWORDS = re.compile(r"(?P<key>\bpassword\s*=\s*)(?P<secret>'(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)


def shown_url(text: str) -> str:
    """``text`` with any password it holds replaced by ``***``; anything else unchanged."""
    if "://" in text:
        text = _IN_USER_PART.sub(lambda m: f"{m['head']}:{HIDDEN}@{m['host']}", text, count=1)
        return _IN_QUERY.sub(lambda m: f"{m['key']}{HIDDEN}", text)
    return _IN_KEYWORDS.sub(lambda m: f"{m['key']}{HIDDEN}", text)  # libpq's "host=... password=..." form


def has_password(text: str) -> bool:
    return shown_url(text) != text
