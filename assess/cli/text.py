"""How the command line writes what it prints: JSON, scores, means, shortened texts, counts."""

from __future__ import annotations

import json


def as_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def fmt(value: int | None) -> str:
    return "-" if value is None else str(value)


def mean(value: float | None) -> str:
    return "  - " if value is None else f"{value:.2f}"


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def counted(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def split_name(name: str | None) -> tuple[str | None, str | None]:
    """A framework named ``id`` or ``id@version``."""
    if not name:
        return None, None
    key, _, version = name.partition("@")
    return key, version or None
