"""The period a figure covers: a calendar year (``2024``) by default, or a range of dates.

A period is written ``2024`` for a whole calendar year and ``2024-01-01/2024-06-30`` (ISO 8601, first and
last day included) for any other range; that text is its key wherever it is stored or exchanged, and it is
what a user types. Periods sort by their first day, then their last.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assess.errors import InvalidInput
from assess.messages import UserText

EARLIEST, LATEST = 1900, 2200
"""The years a period may fall in: a typing slip (20024) is refused rather than stored."""
KEY_LENGTH = 21
"""The longest key: ``YYYY-MM-DD/YYYY-MM-DD``."""
_YEAR = re.compile(r"\d{4}")
_RANGE = re.compile(r"(\d{4}-\d{2}-\d{2})\s*/\s*(\d{4}-\d{2}-\d{2})")
HOW = UserText("write a year (2024) or a range of dates, first and last day (2024-01-01/2024-06-30)")


@dataclass(frozen=True, order=True)
class Period:
    """The days from ``start`` to ``end``, both included."""

    start: dt.date
    end: dt.date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @property
    def is_year(self) -> bool:
        return self.start.month == 1 and self.start.day == 1 and self.end == dt.date(self.start.year, 12, 31)

    @property
    def key(self) -> str:
        """How the period is written and stored: ``2024`` or ``2024-01-01/2024-06-30``."""
        if self.is_year:
            return str(self.start.year)
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def __str__(self) -> str:
        return self.key


def parse(text: object) -> Period:
    """The period ``text`` names (a year, or ``FIRST/LAST``); a clear error for anything else."""
    if isinstance(text, Period):
        return text
    if isinstance(text, int) and not isinstance(text, bool):
        text = str(text)
    if not isinstance(text, str):
        raise InvalidInput("{value} is not a period; {how}.", value=repr(text), how=HOW)
    clean = text.strip()
    if _YEAR.fullmatch(clean):
        period = Period.year(int(clean))
    else:
        found = _RANGE.fullmatch(clean)
        if found is None:
            raise InvalidInput("{value} is not a period; {how}.", value=repr(text), how=HOW)
        try:
            start, end = dt.date.fromisoformat(found[1]), dt.date.fromisoformat(found[2])
        except ValueError:
            raise InvalidInput("{value} names a day that does not exist; {how}.", value=repr(text), how=HOW) from None
        if end < start:
            raise InvalidInput(
                "The period {value} ends before it starts; give the first day, then the last.", value=repr(text)
            )
        period = Period(start, end)
    if not (period.start.year >= EARLIEST and period.end.year <= LATEST):
        raise InvalidInput(
            "The period {value} lies outside the years {earliest} to {latest}; check the year.",
            value=repr(text),
            earliest=EARLIEST,
            latest=LATEST,
        )
    return period
