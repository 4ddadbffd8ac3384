"""The figures of the open assessment's indicators as the window sees them, and every change to them, undoable.

Reading is lazy: the indicators (the framework's and the team's own) when first asked for, each item's small trends
from one query of totals (cached per indicator), and the whole reading over time (:mod:`assess.monitoring`) only
when the monitoring tab shows it. Every change is a write in the window's ordered queue (:mod:`assess.ui.writes`):
figures (one cell, or a pasted block across periods) and own indicators added, changed or removed. Each one saved
enters the undo history (:class:`assess.ui.undo.History`), and Undo writes the figures as they were, refused when
someone else changed them since.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QObject, Signal
from sqlalchemy.orm import Session

from assess import assessments, figures, indicators, monitoring, own_indicators
from assess.errors import StaleEdit
from assess.figures import Change, Figures
from assess.indicators import Indicators
from assess.messages import UserText
from assess.monitoring import Monitoring
from assess.own_indicators import Definition
from assess.periods import Period
from assess.ui.undo import History, Step, Undoable
from assess.ui.workspace import Workspace, check_can_edit
from assess.ui.writes import Write
from framework.model import Indicator

translate = QCoreApplication.translate
Totals = tuple[tuple[Period, Decimal], ...]


class FigureEdits(QObject):
    changed = Signal(str)  # the figures of one indicator changed (its code)
    indicatorsChanged = Signal()  # an own indicator was added, changed or removed

    def __init__(self, workspace: Workspace, history: History, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.history = workspace, history
        self._indicators: Indicators | None = None
        self._monitoring: Monitoring | None = None
        self._totals: dict[str, Totals] = {}
        workspace.assessmentOpened.connect(self._forget)

    def _forget(self) -> None:
        self._indicators, self._monitoring, self._totals = None, None, {}

    # --- reading --------------------------------------------------------------------------------------------

    def indicators(self) -> Indicators | None:
        """The open assessment's indicators (None when none is open or they cannot be read)."""
        ws = self.workspace
        if ws.assessment is None:
            return None
        if self._indicators is None:
            aid = ws.assessment.id

            def read(session: Session) -> Indicators:
                return indicators.of_assessment(session, aid)

            self._indicators = ws.shown(read, None)
        return self._indicators

    def for_item(self, code: str) -> list[tuple[Indicator, Totals]]:
        """The indicators that inform the item ``code``, each with its totals period by period."""
        known = self.indicators()
        ws = self.workspace
        if known is None or ws.assessment is None:
            return []
        linked = known.for_item(code)
        missing = [i.code for i in linked if i.code not in self._totals]
        if missing:
            aid = ws.assessment.id

            def read(session: Session) -> dict[str, Totals]:
                return figures.totals(session, aid, missing)

            nothing: dict[str, Totals] = {}
            self._totals.update(ws.shown(read, nothing))
        return [(i, self._totals.get(i.code, ())) for i in linked]

    def monitoring(self) -> Monitoring | None:
        """Every indicator with its figures (read when first asked for after a change)."""
        ws = self.workspace
        if ws.assessment is None:
            return None
        if self._monitoring is None:
            aid = ws.assessment.id

            def read(session: Session) -> Monitoring:
                return monitoring.read(session, assessments.get(session, aid))

            self._monitoring = ws.shown(read, None)
            if self._monitoring is not None:
                self._indicators = self._monitoring.indicators
        return self._monitoring

    def held(self, code: str, period: Period) -> Figures:
        """The figures of ``code`` for ``period`` as the window holds them (empty when none are recorded)."""
        read = self.monitoring()
        found = read.get(code).at(period) if read is not None and read.indicators.has(code) else None
        return found or Figures(code, period)

    # --- figures --------------------------------------------------------------------------------------------

    def record(self, changes: list[Change], text: str) -> None:
        """Save ``changes`` (one write, one step of Undo); ``text`` names it in Edit > Undo."""
        ws = self.workspace
        if ws.assessment is None or not changes:
            return
        work = self._work(changes)
        ws.writes.submit(lambda: Write(work, lambda done: self._recorded(*done, text), ws.report_failure))

    def _work(self, changes: list[Change]) -> Callable[[], tuple[list[Figures], list[Figures]]]:
        """What makes ``changes``: the figures of each change's period before and after it."""
        ws = self.workspace
        assert ws.assessment is not None
        store, aid = ws.store, ws.assessment.id

        def work() -> tuple[list[Figures], list[Figures]]:
            check_can_edit(store)
            with store.session() as session:
                before = [figures.get(session, aid, c.indicator, c.period) for c in changes]
                return before, figures.record_all(session, aid, changes)

        return work

    def _recorded(self, before: list[Figures], after: list[Figures], text: str) -> None:
        self.history.push(FigureEdit(self, before, after, text))
        self.took(after)
        self.workspace.say(translate("FigureEdits", "Saved: {what}").format(what=text))

    def took(self, stored: Iterable[Figures]) -> None:
        """Figures as just stored: into the reading held (no need to read it all again), and the widgets told."""
        stored = list(stored)
        codes = {f.indicator for f in stored}
        if self._monitoring is not None:
            self._monitoring = _patched(self._monitoring, stored)
        for code in codes:
            self._totals.pop(code, None)
        for code in sorted(codes):
            self.changed.emit(code)

    def restore_work(self, wanted: list[Figures], now: list[Figures]) -> Callable[[], list[Figures]]:
        """What writes ``wanted`` back over ``now`` (Undo and Redo): refused when the figures stored are no longer
        ``now`` (someone else changed them since)."""
        ws = self.workspace
        assert ws.assessment is not None
        store, aid = ws.store, ws.assessment.id
        changes = [_back_to(w, n) for w, n in zip(wanted, now, strict=True)]

        def work() -> list[Figures]:
            check_can_edit(store)
            with store.session() as session:
                for expected in now:
                    current = figures.get(session, aid, expected.indicator, expected.period)
                    if _content(current) != _content(expected):
                        raise StaleEdit(
                            "The figures of {code} for {period} were changed by {user} since, so they were not put "
                            "back. Look at them and change them by hand.",
                            code=expected.indicator,
                            period=expected.period.key,
                            user=current.updated_by or UserText("someone else"),
                        )
                return figures.record_all(session, aid, changes)

        return work

    # --- own indicators -------------------------------------------------------------------------------------

    def add_indicator(self, definition: Definition) -> None:
        self._indicator_write(
            None, definition, translate("FigureEdits", "Add indicator {code}").format(code=definition.code)
        )

    def edit_indicator(self, definition: Definition) -> None:
        known = self.indicators()
        if known is None:
            return
        old = own_indicators.definition_of(known.get(definition.code), known.framework)
        self._indicator_write(
            old, definition, translate("FigureEdits", "Change indicator {code}").format(code=definition.code)
        )

    def remove_indicator(self, code: str) -> None:
        known = self.indicators()
        if known is None:
            return
        old = own_indicators.definition_of(known.get(code), known.framework)
        self._indicator_write(old, None, translate("FigureEdits", "Remove indicator {code}").format(code=code))

    def _indicator_write(self, old: Definition | None, new: Definition | None, text: str) -> None:
        ws = self.workspace
        work = self.indicator_work(old, new)
        ws.writes.submit(lambda: Write(work, lambda _: self._indicator_saved(old, new, text), ws.report_failure))

    def indicator_work(self, old: Definition | None, new: Definition | None) -> Callable[[], None]:
        """What makes the own indicator ``old`` into ``new`` (None: there is none)."""
        ws = self.workspace
        assert ws.assessment is not None
        store, aid = ws.store, ws.assessment.id

        def work() -> None:
            check_can_edit(store)
            with store.session() as session:
                if new is None:
                    assert old is not None
                    own_indicators.remove_own(session, aid, old.code)
                elif old is None:
                    own_indicators.add_own(session, aid, new)
                else:
                    own_indicators.edit_own(session, aid, new)

        return work

    def _indicator_saved(self, old: Definition | None, new: Definition | None, text: str) -> None:
        self.history.push(IndicatorEdit(self, old, new, text))
        self.indicators_changed()
        self.workspace.say(translate("FigureEdits", "Saved: {what}").format(what=text))

    def indicators_changed(self) -> None:
        self._forget()
        self.indicatorsChanged.emit()


def _patched(read: Monitoring, stored: list[Figures]) -> Monitoring:
    """``read`` with the figures just ``stored`` in place of those it held for their periods."""
    held = {s.code: {f.period: f for f in s.figures} for s in read.series}
    for f in stored:
        periods = held.setdefault(f.indicator, {})
        if f.empty:
            periods.pop(f.period, None)
        else:
            periods[f.period] = f
    return monitoring.build(
        read.indicators,
        {
            code: tuple(sorted(found.values(), key=lambda f: (f.period.start, f.period.end)))
            for code, found in held.items()
        },
    )


def _back_to(wanted: Figures, now: Figures) -> Change:
    """The change that makes ``now`` into ``wanted``: every cell either holds, the source and the note."""
    cells = {*wanted.values, *now.values}
    return Change(
        wanted.indicator, wanted.period, {cell: wanted.values.get(cell) for cell in cells}, wanted.source, wanted.note
    )


def _content(held: Figures) -> tuple[object, ...]:
    return (dict(held.values), held.source, held.note)


class FigureEdit(Undoable):
    """Figures of one or more indicators and periods, from ``before`` to ``after``."""

    def __init__(self, edits: FigureEdits, before: list[Figures], after: list[Figures], text: str) -> None:
        super().__init__(text)
        self.edits, self.before, self.after = edits, before, after

    def work(self, step: Step) -> Callable[[], list[Figures]]:
        if step is Step.UNDO:
            return self.edits.restore_work(self.before, self.after)
        return self.edits.restore_work(self.after, self.before)

    def apply(self, step: Step, result: list[Figures]) -> None:
        if step is Step.UNDO:
            self.before = result
        else:
            self.after = result
        self.edits.took(result)

    def refused(self, exc: BaseException) -> BaseException:
        self.edits.took([*self.before, *self.after])
        return self.edits.workspace.for_user(exc)


class IndicatorEdit(Undoable):
    """An own indicator added (``old`` None), changed, or removed (``new`` None)."""

    def __init__(self, edits: FigureEdits, old: Definition | None, new: Definition | None, text: str) -> None:
        super().__init__(text)
        self.edits, self.old, self.new = edits, old, new

    def work(self, step: Step) -> Callable[[], None]:
        if step is Step.UNDO:
            return self.edits.indicator_work(self.new, self.old)
        return self.edits.indicator_work(self.old, self.new)

    def apply(self, step: Step, result: object) -> None:
        self.edits.indicators_changed()

    def refused(self, exc: BaseException) -> BaseException:
        self.edits.indicators_changed()
        return self.edits.workspace.for_user(exc)
