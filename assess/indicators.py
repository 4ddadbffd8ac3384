"""The operational indicators of an assessment: its framework's and those its team added (its own, changed through
:mod:`assess.own_indicators`), read once per assessment.

An own indicator has the fields of a framework's (:class:`framework.Indicator`); its provenance is
:attr:`~framework.Provenance.TEAM`, and its texts are in whatever language the team wrote them (:data:`OWN_LANGUAGE`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from assess import assessments, frameworks
from assess.errors import NotFound
from assess.messages import UserText
from db.models import Assessment, OwnIndicator
from framework import Framework, Item
from framework.model import Direction, Indicator, Provenance, Unit

OWN_LANGUAGE = "und"
"""The language key of an own indicator's texts: whatever language the team wrote them in (BCP 47 "undetermined");
:func:`framework.pick` falls back to it in every language."""


@dataclass(frozen=True)
class Indicators:
    """The indicators of one assessment, its framework's first (in file order), then its own (in the order added)."""

    framework: Framework
    own: tuple[Indicator, ...] = ()
    _codes: dict[str, Indicator] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._codes.update({i.code: i for i in self.all})

    @cached_property
    def all(self) -> tuple[Indicator, ...]:
        return (*self.framework.indicators, *self.own)

    def has(self, code: str) -> bool:
        return code in self._codes

    def get(self, code: str) -> Indicator:
        """The indicator ``code``; a clear error naming the codes there are when it is not one."""
        found = self._codes.get(code)
        if found is None:
            known = ", ".join(i.code for i in self.all[:6]) + (" ..." if len(self.all) > 6 else "")
            raise NotFound(
                "There is no indicator {code} in this assessment (indicators: {known}). See them with: "
                "assess data show ASSESSMENT",
                code=repr(code),
                known=known or UserText("none"),
            )
        return found

    def for_item(self, code: str) -> tuple[Indicator, ...]:
        """The indicators whose figures inform the item ``code``."""
        return tuple(i for i in self.all if code in i.measures)

    def pillar_of(self, indicator: Indicator) -> Item:
        return self.framework.pillar_of(indicator)

    def is_own(self, code: str) -> bool:
        return any(i.code == code for i in self.own)


def own_indicator(framework: Framework, row: OwnIndicator) -> Indicator:
    """A stored own indicator as the framework's indicators are held (dimensions the framework no longer has left
    out: an assessment stays on its framework version, so that does not happen with stored data)."""
    applying = []
    for use in row.disaggregations:
        dimension = framework.disaggregations.get(use["dimension"])
        if dimension is None:
            continue
        chosen = use.get("categories")
        if chosen is not None:
            dimension = replace(dimension, categories=tuple(c for c in dimension.categories if c.id in chosen))
        applying.append(dimension)
    return Indicator(
        code=row.code,
        name={OWN_LANGUAGE: row.name},
        definition={OWN_LANGUAGE: row.definition} if row.definition else {},
        unit=Unit(row.unit),
        disaggregations=tuple(applying),
        measures=tuple(row.measures),
        provenance=Provenance.TEAM,
        target=Decimal(row.target) if row.target is not None else None,
        direction=Direction(row.direction) if row.direction else None,
    )


def own_rows(session: Session, assessment_id: int) -> list[OwnIndicator]:
    return list(
        session.scalars(
            select(OwnIndicator)
            .where(OwnIndicator.assessment_id == assessment_id)
            .order_by(OwnIndicator.position, OwnIndicator.id)
        )
    )


def of(session: Session, assessment: Assessment) -> Indicators:
    """The indicators of ``assessment`` (one query for its own)."""
    framework = frameworks.loaded(assessment.framework)
    return Indicators(framework, tuple(own_indicator(framework, row) for row in own_rows(session, assessment.id)))


def of_assessment(session: Session, assessment_id: int | str) -> Indicators:
    return of(session, assessments.get(session, assessment_id))
