"""Fixed words of an assessment that the command line offers as choices.

Kept in a module of their own so that reading the command line does not load the database layer.
"""

from __future__ import annotations

PRIORITIES = ("high", "medium", "low")
"""The priority of an item's action."""

ASSESSMENT_STATUSES = ("draft", "final")
"""Where an assessment stands: still being filled in, or marked final (read-only)."""

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
