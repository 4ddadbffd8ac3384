"""How the command line writes what it prints: what a command says, JSON, scores, means, shortened texts, counts."""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass

from assess.errors import AssessError
from assess.limits import visible


@dataclass(frozen=True)
class Said:
    """What a command has to say once it is done: its output, and notes for stderr (``assess: note: ...``).

    A command returns it (or just its output, a str) and :func:`assess.cli.commands.run_command` prints it
    after the command's transaction has committed: nothing that looks like "saved" can be printed before.
    """

    output: str
    notes: tuple[str, ...] = ()


class Refused(AssessError):
    """A refusal with more to show than its one line: ``details`` go to stdout before the line on stderr."""

    details: str = ""


def as_json(data: object) -> str:
    # json.dumps writes the C0 controls as \u escapes, not the C1 ones, the bidirectional overrides or lone
    # surrogates: those are escaped the same way, inside their strings, so that the output stays valid JSON.
    return visible(json.dumps(data, ensure_ascii=False, indent=2), json=True)


def database_argument(text: str) -> str:
    """``--db``: an empty value is a mistake (a variable that was not set), never the default database."""
    if not text.strip():
        raise argparse.ArgumentTypeError("give a database file or URL (it is empty)")
    return text


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
