"""Fixed words of an assessment that the command line offers as choices.

Kept in a module of their own so that reading the command line does not load the database layer.
"""

from __future__ import annotations

PRIORITIES = ("high", "medium", "low")
"""The priority of an item's action."""

ASSESSMENT_STATUSES = ("draft", "final")
"""Where an assessment stands: still being filled in, or marked final (read-only)."""
