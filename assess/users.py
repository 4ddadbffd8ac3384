"""Who is making a change: the operating-system user on a laptop."""

from __future__ import annotations

import getpass
import os


def current_user() -> str:
    override = os.environ.get("ASSESS_USER")
    if override:
        return override
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
