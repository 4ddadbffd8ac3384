"""The demo's clock: a fictional team entering its assessment over working days.

The demo is built through the ordinary services with this as its store's clock (see db.clock), so
every time it holds (audit log, responses, evidence, the assessments themselves) is a plausible
moment of its round rather than the moment it was built, and the same at every build.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Hashable

SEED = 2017
"""Seeds the pauses between edits: the same calendar at every build."""

DAY_STARTS = dt.time(8, 40)
LATE_START_MINUTES = 90  # the first edit of a day comes up to this long after DAY_STARTS
DAY_ENDS = dt.time(17, 30)
PAUSE_MINUTES = (2, 55)  # between one edit and the next on the same day
NEXT_DAY_CHANCE = 0.2  # of an edit being left for the next working day


class WorkingCalendar:
    """A clock giving the time of the edit being made: each new edit a few minutes after the last, now
    and then on the next working day (Monday to Friday), within working hours.

    An edit that continues the last one (the same person on the same item: an answer and the evidence
    attached with it) keeps its time, as one sitting.
    """

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.time = dt.datetime(2000, 1, 3, DAY_STARTS.hour, DAY_STARTS.minute)
        self.last: Hashable = None

    def __call__(self) -> dt.datetime:
        return self.time

    def start(self, moment: dt.datetime, edit: Hashable) -> None:
        """Set the time to ``moment``, for ``edit``."""
        self.time = moment
        self.last = edit

    def next_edit(self, edit: Hashable) -> None:
        """Move on to ``edit`` (any value naming who edits what), unless it continues the last one."""
        if edit != self.last:
            self._pause()
        self.last = edit

    def not_before(self, moment: dt.datetime, edit: Hashable) -> None:
        """Move on to ``edit`` at ``moment``, or at once if that has passed."""
        self.time = max(self.time, moment)
        self.last = edit

    def _pause(self) -> None:
        if self.rng.random() < NEXT_DAY_CHANCE:
            self.time = self._next_day()
            return
        self.time += dt.timedelta(minutes=self.rng.randint(*PAUSE_MINUTES), seconds=self.rng.randint(0, 59))
        if self.time.time() > DAY_ENDS:
            self.time = self._next_day()

    def _next_day(self) -> dt.datetime:
        day = self.time.date() + dt.timedelta(days=1)
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        start = dt.datetime.combine(day, DAY_STARTS)
        return start + dt.timedelta(minutes=self.rng.randint(0, LATE_START_MINUTES), seconds=self.rng.randint(0, 59))
