"""A team's own indicators: checking what the team says of one, adding it to an assessment, changing it, removing it.

Every change is checked whole (the framework's dimensions and items, a code of its own, a target that fits the unit,
figures already recorded that still fit), recorded in the audit log (entity ``own indicator``) and stamped with the
store's clock.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assess import assessments, audit, edits, frameworks, limits
from assess.errors import InvalidInput, NotFound
from assess.indicators import OWN_LANGUAGE, of, own_indicator
from assess.messages import UserText
from assess.numbers import as_text, number
from assess.users import current_user
from db import clock
from db.models import Assessment, IndicatorPeriod, IndicatorValue, OwnIndicator
from framework import Framework, pick
from framework.model import Direction, Disaggregation, Indicator, Unit

CODE = re.compile(r"[A-Z0-9][A-Za-z0-9._-]{0,59}")
NAME = UserText("indicator's name")
DEFINITION = UserText("indicator's definition")


def as_indicator(framework: Framework, definition: Definition) -> Indicator:
    """A checked definition as the indicator it makes."""
    return own_indicator(framework, OwnIndicator(**definition.stored()))


@dataclass(frozen=True)
class Definition:
    """What a team says of an own indicator, checked: see :func:`add_own`."""

    code: str
    name: str
    unit: Unit
    measures: tuple[str, ...]
    definition: str = ""
    disaggregations: tuple[tuple[str, tuple[str, ...] | None], ...] = ()
    """Each dimension by its id, with the categories that apply (None: all of them)."""
    target: Decimal | None = None
    direction: Direction | None = None

    def stored(self) -> dict[str, Any]:
        """The columns of :class:`db.models.OwnIndicator` that hold it."""
        return {
            "code": self.code,
            "name": self.name,
            "definition": self.definition,
            "unit": self.unit.value,
            "disaggregations": [
                {"dimension": d} if c is None else {"dimension": d, "categories": list(c)}
                for d, c in self.disaggregations
            ],
            "measures": list(self.measures),
            "target": as_text(self.target) if self.target is not None else None,
            "direction": self.direction.value if self.direction is not None else None,
        }


def definition_of(indicator: Indicator, framework: Framework) -> Definition:
    """An own indicator's definition, to change some of its fields: a dimension with all of the framework's
    categories is named without them, as it was given."""
    dimensions = []
    for dimension in indicator.disaggregations:
        chosen = tuple(c.id for c in dimension.categories)
        declared = framework.disaggregations.get(dimension.id)
        every = declared is not None and chosen == tuple(c.id for c in declared.categories)
        dimensions.append((dimension.id, None if every else chosen))
    return Definition(
        code=indicator.code,
        name=pick(indicator.name, OWN_LANGUAGE),
        unit=indicator.unit,
        measures=indicator.measures,
        definition=pick(indicator.definition, OWN_LANGUAGE),
        disaggregations=tuple(dimensions),
        target=indicator.target,
        direction=indicator.direction,
    )


def check(
    framework: Framework,
    *,
    code: str,
    name: str,
    unit: str | Unit,
    measures: Iterable[str],
    definition: str = "",
    disaggregations: Iterable[tuple[str, Sequence[str] | None]] = (),
    target: object = None,
    direction: str | Direction | None = None,
) -> Definition:
    """The definition of an own indicator, each field checked against the framework; a clear error otherwise."""
    code = (code or "").strip()
    if not CODE.fullmatch(code):
        raise InvalidInput(
            "{code} cannot be an indicator code: use 1 to 60 letters, digits, '.', '_' or '-', starting with a "
            "capital letter or a digit, for example OWN-1.",
            code=repr(code),
        )
    clean = edits.clean_text(name, NAME, limits.INDICATOR_NAME, one_line=True)
    if not clean:
        raise InvalidInput("The indicator {code} needs a name.", code=code)
    text = edits.clean_text(definition, DEFINITION, limits.INDICATOR_DEFINITION)
    try:
        chosen_unit = Unit(str(unit).strip().lower())
    except ValueError:
        raise InvalidInput(
            "Unknown unit {unit}; use one of {units}.", unit=repr(unit), units=", ".join(u.value for u in Unit)
        ) from None
    items = tuple(dict.fromkeys(m.strip() for m in measures if m.strip()))
    if not items:
        raise InvalidInput(
            "Name at least one item the indicator {code} informs (for example PROT-2); it is shown with that item "
            "and grouped under its pillar.",
            code=code,
        )
    for item in items:
        if not framework.has(item):
            raise InvalidInput("{item} is not an item of this assessment's framework.", item=repr(item))
    dimensions = tuple(_dimension(framework, code, d, c) for d, c in disaggregations)
    if len({d for d, _ in dimensions}) != len(dimensions):
        raise InvalidInput("Name each dimension of {code} once.", code=code)
    goal = None
    if target is not None and str(target).strip():
        goal = number(target)
        problem = chosen_unit.problem_with(goal)
        if problem is not None:
            raise InvalidInput("The target of {code} is refused; {problem}.", code=code, problem=problem)
    way = None
    if direction is not None and str(direction).strip():
        try:
            way = Direction(str(direction).strip().lower())
        except ValueError:
            raise InvalidInput(
                "Unknown direction {direction}; use one of {choices}.",
                direction=repr(direction),
                choices=", ".join(d.value for d in Direction),
            ) from None
    return Definition(code, clean, chosen_unit, items, text, dimensions, goal, way)


def _dimension(
    framework: Framework, code: str, dimension_id: str, categories: Sequence[str] | None
) -> tuple[str, tuple[str, ...] | None]:
    dimension: Disaggregation | None = framework.disaggregations.get(dimension_id.strip())
    if dimension is None:
        known = ", ".join(framework.disaggregations) or UserText("none")
        raise InvalidInput(
            "{dimension} is not a dimension of this framework (dimensions: {known}).",
            dimension=repr(dimension_id),
            known=known,
        )
    if categories is None:
        return dimension.id, None
    chosen = tuple(dict.fromkeys(c.strip() for c in categories if c.strip()))
    for category in chosen:
        if dimension.category(category) is None:
            raise InvalidInput(
                "{category} is not a category of {dimension} (categories: {known}).",
                category=repr(category),
                dimension=dimension.id,
                known=", ".join(c.id for c in dimension.categories),
            )
    if not chosen:
        raise InvalidInput("Give {code} at least one category of {dimension}.", code=code, dimension=dimension.id)
    order = [c.id for c in dimension.categories]
    return dimension.id, tuple(sorted(chosen, key=order.index))


def add_own(
    session: Session, assessment_id: int | str, definition: Definition, *, user: str | None = None, origin: str = ""
) -> Indicator:
    """Add the own indicator ``definition`` (from :func:`check`) to the assessment."""
    user = user or current_user(session)
    assessment = assessments.editable(session, assessment_id)
    known = of(session, assessment)
    code = definition.code
    if known.has(code) or known.framework.has(code):
        raise InvalidInput(
            "The code {code} is already used in this assessment (by an item or an indicator); choose another.",
            code=code,
        )
    check_fits(known.framework, definition)
    now = clock.now(session)
    position = (
        session.scalar(select(func.max(OwnIndicator.position)).where(OwnIndicator.assessment_id == assessment.id)) or 0
    ) + 1
    row = OwnIndicator(
        assessment_id=assessment.id, position=position, updated_by=user, updated_at=now, **definition.stored()
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        user=user,
        assessment_id=assessment.id,
        item_code=code,
        entity="own indicator",
        field="added",
        old=None,
        new=json.dumps(definition.stored(), ensure_ascii=False),
        origin=origin,
        at=now,
    )
    assessment.updated_at = now
    return own_indicator(known.framework, row)


def check_fits(framework: Framework, definition: Definition) -> None:
    """Refuse a definition that :func:`check` did not make against this framework (a caller's shortcut)."""
    check(
        framework,
        code=definition.code,
        name=definition.name,
        unit=definition.unit,
        measures=definition.measures,
        definition=definition.definition,
        disaggregations=definition.disaggregations,
        target=definition.target,
        direction=definition.direction,
    )


def _own_row(session: Session, assessment: Assessment, code: str) -> OwnIndicator:
    row = session.scalar(
        select(OwnIndicator).where(OwnIndicator.assessment_id == assessment.id, OwnIndicator.code == code)
    )
    if row is None:
        framework = frameworks.loaded(assessment.framework)
        if framework.has_indicator(code):
            raise InvalidInput(
                "{code} is an indicator of the framework; only the team's own indicators can be changed.", code=code
            )
        raise NotFound(
            "There is no own indicator {code} in assessment {number}.", code=repr(code), number=assessment.id
        )
    return row


def _recorded(session: Session, assessment_id: int, code: str) -> list[tuple[str, str, str, str]]:
    """(period, dimension, category, value) of every figure of the indicator ``code``."""
    rows = session.execute(
        select(IndicatorPeriod.period, IndicatorValue.dimension, IndicatorValue.category, IndicatorValue.value)
        .join(IndicatorValue, IndicatorValue.period_id == IndicatorPeriod.id)
        .where(IndicatorPeriod.assessment_id == assessment_id, IndicatorPeriod.indicator_code == code)
    )
    return [(p, d, c, v) for p, d, c, v in rows]


def edit_own(
    session: Session, assessment_id: int | str, definition: Definition, *, user: str | None = None
) -> Indicator:
    """Change the own indicator ``definition.code`` to ``definition``; figures already recorded must still fit it
    (its unit, its dimensions and categories), else the change is refused, saying which figure is in the way."""
    user = user or current_user(session)
    assessment = assessments.editable(session, assessment_id)
    row = _own_row(session, assessment, definition.code)
    framework = frameworks.loaded(assessment.framework)
    check_fits(framework, definition)
    new = as_indicator(framework, definition)
    for period, dimension, category, value in _recorded(session, assessment.id, definition.code):
        problem = new.unit.problem_with(Decimal(value))
        if problem is not None:
            raise InvalidInput(
                "The figure {value} of {code} for {period} {problem} in the unit {unit}; change or remove it first.",
                value=value,
                code=definition.code,
                period=period,
                problem=problem,
                unit=new.unit.value,
            )
        if dimension and (
            new.disaggregation(dimension) is None or new.disaggregation(dimension).category(category) is None  # type: ignore[union-attr]
        ):
            raise InvalidInput(
                "{code} has a figure for {period} by {dimension} = {category}; remove it before leaving that category "
                "out.",
                code=definition.code,
                period=period,
                dimension=dimension,
                category=category,
            )
    now = clock.now(session)
    for name, value in definition.stored().items():
        before = getattr(row, name)
        if before != value:
            audit.record(
                session,
                user=user,
                assessment_id=assessment.id,
                item_code=definition.code,
                entity="own indicator",
                field=name,
                old=before,
                new=value,
                at=now,
            )
            setattr(row, name, value)
    row.updated_by, row.updated_at = user, now
    assessment.updated_at = now
    session.flush()
    return new


def remove_own(session: Session, assessment_id: int | str, code: str, *, user: str | None = None) -> Indicator:
    """Remove an own indicator that holds no figures (its figures are removed first, one by one, with the audit)."""
    user = user or current_user(session)
    assessment = assessments.editable(session, assessment_id)
    row = _own_row(session, assessment, code)
    recorded = session.scalar(
        select(func.count())
        .select_from(IndicatorPeriod)
        .where(IndicatorPeriod.assessment_id == assessment.id, IndicatorPeriod.indicator_code == code)
    )
    if recorded:
        raise InvalidInput(
            "{code} holds figures for {count} periods; remove them before removing the indicator.",
            code=code,
            count=recorded,
        )
    gone = own_indicator(frameworks.loaded(assessment.framework), row)
    now = clock.now(session)
    audit.record(
        session,
        user=user,
        assessment_id=assessment.id,
        item_code=code,
        entity="own indicator",
        field="removed",
        old=json.dumps(definition_of(gone, frameworks.loaded(assessment.framework)).stored(), ensure_ascii=False),
        new=None,
        at=now,
    )
    session.delete(row)
    assessment.updated_at = now
    session.flush()
    return gone
