"""Indicator figures in a contribution: the team's own indicators and each indicator's figures per period, as they
go out in a package and come back, and their three-way merge.

A part holds the indicators that inform its items (all of them for a whole assessment), with every figure recorded
for them and, as for responses, their *base*: the figures of each period as the part was first sent out. Merging
compares, per indicator and period, each figure (the total and each category of each dimension) and the source and
quality note: changed on their side only, taken; on my side only, kept; on both sides differently, a conflict
(:class:`FigureMerge`, shown beside the responses' conflicts). Own indicators the package brings that this assessment
lacks are added; one that differs here is kept as it is here, and a figure it cannot hold refuses the merge.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from assess import figures as recorded
from assess import indicators as known_indicators
from assess import own_indicators
from assess.errors import InvalidInput, StaleEdit
from assess.figures import TOTAL, Cell, Change
from assess.indicators import Indicators
from assess.merge.model import FieldMerge, IncomingFigures, PeriodFigures
from assess.messages import UserText
from assess.own_indicators import Definition
from assess.periods import parse
from db.models import Assessment
from framework.model import Indicator

if TYPE_CHECKING:
    from assess.merge.received import Received

TEXTS = ("source", "note")
TEXT_LABELS = {"source": UserText("{period}: source"), "note": UserText("{period}: quality note")}


@dataclass(frozen=True)
class FigureMerge(FieldMerge):
    """One figure (or a period's source or note) of one indicator: as sent out, here and in the package."""

    period: str = ""
    what: Cell | str = TOTAL
    """The figure's cell, or "source" or "note"."""

    @property
    def label_text(self) -> UserText | str:
        if isinstance(self.what, str):
            return UserText(TEXT_LABELS[self.what].template, period=self.period)
        if self.what == TOTAL:
            return UserText("{period}: total", period=self.period)
        return UserText(
            "{period}: {dimension} = {category}", period=self.period, dimension=self.what[0], category=self.what[1]
        )


def in_part(indicators: Indicators, codes: Iterable[str] | None) -> tuple[Indicator, ...]:
    """The indicators a part holds: those informing one of its items (every indicator for a whole assessment)."""
    if codes is None:
        return indicators.all
    wanted = set(codes)
    return tuple(i for i in indicators.all if wanted.intersection(i.measures))


def outgoing(
    session: Session, assessment: Assessment, codes: Iterable[str] | None, received: Received | None, *, scrub: bool
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The own indicators and figures a package of the part (``codes``; None for all) holds, as JSON. Their base is
    what ``received`` (the assessment as it arrived in a package) was sent, by indicator and period, or for an
    assessment made here its figures now; a period a received package sent no figures for has an empty base when
    that package said which indicators it sent (an older one did not: the base is unknown)."""
    base = received.figure_base if received is not None else None
    base_complete = received is not None and received.indicators_sent is not None
    known = known_indicators.of(session, assessment)
    chosen = in_part(known, codes)
    held = recorded.of_assessment(session, assessment.id)
    own = [own_indicators.definition_of(i, known.framework).stored() for i in chosen if known.is_own(i.code)]
    entries = []
    for indicator in chosen:
        for figures in held.get(indicator.code, ()):
            key = (indicator.code, figures.period.key)
            first: PeriodFigures | None
            version: int | None
            if base is None:
                first, version = PeriodFigures.of(figures), figures.version
            elif key in base:
                first, version = base[key]
            elif base_complete:
                first, version = PeriodFigures(), 0  # sent without figures for this period
            else:
                first, version = None, None
            entry: dict[str, Any] = {
                "indicator": indicator.code,
                "period": figures.period.key,
                "figures": PeriodFigures.of(figures).to_json(),
                "base": None if first is None else {**first.to_json(), "version": version},
                "updated_at": figures.updated_at.isoformat() + "Z" if figures.updated_at else None,
            }
            if not scrub:
                entry["updated_by"] = figures.updated_by
            entries.append(entry)
    for definition in own:  # a target as a JSON number, as in a framework file
        if definition["target"] is not None:
            target = Decimal(definition["target"])
            definition["target"] = int(target) if target == target.to_integral_value() else float(target)
    return own, entries


def definition_from_json(data: Mapping[str, Any], framework: Any) -> Definition:
    """An own indicator from a package, checked against the framework (a clear refusal otherwise)."""
    return own_indicators.check(
        framework,
        code=data["code"],
        name=data["name"],
        unit=data["unit"],
        measures=data["measures"],
        definition=data.get("definition", ""),
        disaggregations=[(d["dimension"], d.get("categories")) for d in data.get("disaggregations", [])],
        target=data.get("target"),
        direction=data.get("direction"),
    )


@dataclass(frozen=True)
class FigurePlan:
    taken: tuple[FigureMerge, ...]
    conflicts: tuple[FigureMerge, ...]
    kept: tuple[FigureMerge, ...]
    versions: Mapping[tuple[str, str], int]
    new_indicators: tuple[Definition, ...]
    warnings: tuple[UserText, ...]
    order: tuple[str, ...]


def plan(
    session: Session,
    assessment: Assessment,
    incoming: Iterable[IncomingFigures],
    definitions: Iterable[Definition],
) -> FigurePlan:
    """What merging the package's figures would do; nothing is written."""
    known = known_indicators.of(session, assessment)
    new, warnings = [], []
    usable: dict[str, Indicator] = {i.code: i for i in known.all}
    for definition in definitions:
        existing = usable.get(definition.code)
        if existing is None:
            new.append(definition)
            usable[definition.code] = own_indicators.as_indicator(known.framework, definition)
        elif known.is_own(definition.code) and own_indicators.definition_of(existing, known.framework) != definition:
            warnings.append(
                UserText(
                    "The package's indicator {code} is defined differently here; it stays as it is here.",
                    code=definition.code,
                )
            )
    held = recorded.of_assessment(session, assessment.id)
    verdicts: dict[str, list[FigureMerge]] = {"take": [], "conflict": [], "keep": []}
    versions: dict[tuple[str, str], int] = {}
    for entry in incoming:
        indicator = usable.get(entry.indicator)
        if indicator is None:
            raise InvalidInput(
                "The package has figures of {code}, an indicator this assessment does not have; nothing was merged.",
                code=entry.indicator,
            )
        _check_fits(indicator, entry)
        here = next((f for f in held.get(entry.indicator, ()) if f.period.key == entry.period), None)
        versions[(entry.indicator, entry.period)] = here.version if here is not None else 0
        mine = PeriodFigures.of(here) if here is not None else PeriodFigures()
        cells = dict.fromkeys([*(entry.base.values if entry.base else {}), *mine.values, *entry.now.values])
        parts: list[Cell | str] = [*cells, *TEXTS]
        for what in parts:
            b = entry.base.value(what) if entry.base is not None else None
            m, t = mine.value(what), entry.now.value(what)
            if m == t:
                continue
            verdict = (
                "take"
                if entry.base is not None and m == b
                else "keep"
                if entry.base is not None and t == b
                else "conflict"
            )
            verdicts[verdict].append(
                FigureMerge(entry.indicator, f"{entry.period}|{_key(what)}", b, m, t, entry.period, what)
            )
    order = tuple(i.code for i in usable.values())
    return FigurePlan(
        tuple(verdicts["take"]),
        tuple(verdicts["conflict"]),
        tuple(verdicts["keep"]),
        versions,
        tuple(new),
        tuple(warnings),
        order,
    )


def _key(what: Cell | str) -> str:
    return what if isinstance(what, str) else f"{what[0]}={what[1]}"


def _check_fits(indicator: Indicator, entry: IncomingFigures) -> None:
    """Refuse a figure this assessment's indicator cannot hold (a category or unit it does not have)."""
    period = parse(entry.period)
    for cell, value in entry.now.values.items():
        try:
            recorded.check_value(indicator, period, recorded.check_cell(indicator, cell), value)
        except InvalidInput as exc:
            raise InvalidInput(
                "The package has a figure this assessment cannot hold ({problem}); nothing was merged. Change the "
                "indicator here first.",
                problem=exc.text,
            ) from None


def apply(
    session: Session,
    assessment_id: int,
    chosen: Iterable[FigureMerge],
    versions: Mapping[tuple[str, str], int],
    new_indicators: Iterable[Definition],
    *,
    user: str,
    origin: str,
) -> None:
    """Add the new own indicators, then set each figure (and source and note) ``chosen`` to its value in the package,
    one edit per indicator and period, each refused when it was changed here after the plan was made."""
    for definition in new_indicators:
        own_indicators.add_own(session, assessment_id, definition, user=user, origin=origin)
    changes: dict[tuple[str, str], dict[str, Any]] = {}
    for merge in chosen:
        change = changes.setdefault((merge.code, merge.period), {"values": {}})
        if isinstance(merge.what, str):
            change[merge.what] = merge.theirs or ""
        else:
            change["values"][merge.what] = merge.theirs
    edits = [
        Change(code, period, parts["values"], parts.get("source"), parts.get("note"), versions[(code, period)])
        for (code, period), parts in changes.items()
    ]
    try:
        recorded.record_all(session, assessment_id, edits, user=user, origin=origin)
    except StaleEdit:
        raise StaleEdit(
            "Figures were changed here after the merge was prepared; nothing was merged. Prepare the merge again."
        ) from None


def take_new(
    session: Session,
    assessment_id: int,
    incoming: Iterable[IncomingFigures],
    definitions: Iterable[Definition],
    *,
    user: str,
    origin: str,
) -> None:
    """Record a package's own indicators and figures in the assessment made from it (importing it as new)."""
    for definition in definitions:
        own_indicators.add_own(session, assessment_id, definition, user=user, origin=origin)
    changes = [
        Change(e.indicator, e.period, dict(e.now.values), e.now.source, e.now.note)
        for e in incoming
        if e.now.values or e.now.source or e.now.note
    ]
    recorded.record_all(session, assessment_id, changes, user=user, origin=origin)
    for entry in incoming:  # keep who last changed them there, and when, as the package says
        if entry.updated_at is not None:
            recorded.restamp(
                session, assessment_id, entry.indicator, parse(entry.period), entry.updated_by or user, entry.updated_at
            )
