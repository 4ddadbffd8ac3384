"""The fixed words of an assessment: where it stands, the priority of an action, the kinds of evidence; and
the six languages Assess speaks.

Each is a :class:`~enum.StrEnum` whose values are what the database, the files and the command
line hold ("final", "high", "link"), so a member compares equal to its text. Kept in a module of
their own, with nothing below them, so that reading the command line does not load the database
layer and the database models can state their CHECK constraints from the same words.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class AssessmentStatus(StrEnum):
    """Where an assessment stands: still being filled in, or marked final (read-only until reopened)."""

    DRAFT = "draft"
    FINAL = "final"


class Priority(StrEnum):
    """The priority of an item's action, highest first."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Severity(StrEnum):
    """How far an item falls short of its target: minor (1 level), major (2) or critical (3 or more)."""

    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    @classmethod
    def of(cls, gap: int) -> Severity | None:
        """The severity of a gap of ``gap`` levels; None when there is no gap."""
        if gap <= 0:
            return None
        return cls.MINOR if gap == 1 else cls.MAJOR if gap == 2 else cls.CRITICAL


class EvidenceKind(StrEnum):
    """What a piece of evidence is: a stored file, a link to a web page, or the text of a legal citation."""

    FILE = "file"
    LINK = "link"
    CITATION = "citation"


def sql_list(words: Iterable[StrEnum]) -> str:
    """The words as an SQL list for a CHECK constraint: ``'high', 'medium', 'low'``."""
    return ", ".join(f"'{word.value}'" for word in words)


LANGUAGES = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "ru": "Russian",
    "ar": "Arabic",
    "zh": "Chinese",
}
"""The six official languages of the United Nations, in which Assess writes its window, reports and the
checklist's translated texts: ISO 639-1 code and English name, in the order the UN lists them."""


def language_code(text: str | None) -> str | None:
    """``fr``, ``fr_FR``, ``FR-ca`` or ``zh_CN`` as one of :data:`LANGUAGES` ("fr", "zh"); None for any other."""
    base = (text or "").strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    return base if base in LANGUAGES else None
