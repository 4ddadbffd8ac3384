"""The own indicators and figures of a package's ``responses.json``, each checked against the package's framework.

Every own indicator must be a valid definition on the framework (a code of its own, known dimensions and items); every
figure must belong to an indicator of the framework or of the package, name each indicator and period once, and fit
the indicator (its dimensions, categories and unit), now and in its base. A package written before indicators
existed has neither, and reads as having none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import framework as fw
from assess import figures as recorded
from assess import own_indicators
from assess.errors import AssessError
from assess.merge import IncomingFigures, PeriodFigures
from assess.merge.figures import definition_from_json
from assess.own_indicators import Definition
from assess.periods import Period, parse
from exports.exchange.spec import RESPONSES, BadPackage, parse_timestamp
from framework.model import Indicator

if TYPE_CHECKING:
    from exports.exchange.read import Package


def figures_of(
    package: Package, document: dict[str, Any], framework: fw.Framework
) -> tuple[tuple[Definition, ...], tuple[IncomingFigures, ...]]:
    label = package.path.name
    definitions: list[Definition] = []
    known: dict[str, Indicator] = {i.code: i for i in framework.indicators}
    for entry in document.get("indicators", []):
        code = entry["code"]
        if code in known or framework.has(code):
            raise BadPackage(
                "{label}: {member} defines the indicator {code} twice, or over an item or indicator of its framework. "
                "Nothing was imported.",
                label=label,
                member=RESPONSES,
                code=code,
            )
        try:
            definition = definition_from_json(entry, framework)
        except AssessError as exc:
            raise BadPackage(
                "{label}: the indicator {code}: {problem} Nothing was imported.",
                label=label,
                code=code,
                problem=exc.text,
            ) from None
        definitions.append(definition)
        known[code] = own_indicators.as_indicator(framework, definition)
    found: list[IncomingFigures] = []
    seen: set[tuple[str, str]] = set()
    for entry in document.get("figures", []):
        code = entry["indicator"]
        indicator = known.get(code)
        if indicator is None:
            raise BadPackage(
                "{label}: {member} has figures of {code}, which is no indicator of its framework or of the package. "
                "Nothing was imported.",
                label=label,
                member=RESPONSES,
                code=code,
            )
        try:
            period = parse(entry["period"])
            now = _checked(indicator, period, PeriodFigures.from_json(entry["figures"]))
            base = entry["base"]
            first = _checked(indicator, period, PeriodFigures.from_json(base)) if base is not None else None
        except AssessError as exc:
            raise BadPackage(
                "{label}: the figures of {code}: {problem} Nothing was imported.",
                label=label,
                code=code,
                problem=exc.text,
            ) from None
        if (code, period.key) in seen:
            raise BadPackage(
                "{label}: {member} gives the figures of {code} for {period} twice. Nothing was imported.",
                label=label,
                member=RESPONSES,
                code=code,
                period=period.key,
            )
        seen.add((code, period.key))
        stamp = entry.get("updated_at")
        found.append(
            IncomingFigures(
                indicator=code,
                period=period.key,
                now=now,
                base=first,
                base_version=base["version"] if base is not None else None,
                updated_by=entry.get("updated_by", ""),
                updated_at=parse_timestamp(stamp) if stamp else None,
            )
        )
    return tuple(definitions), tuple(found)


def _checked(indicator: Indicator, period: Period, figures: PeriodFigures) -> PeriodFigures:
    """``figures`` if every one fits ``indicator``; the service's refusal otherwise."""
    for cell, value in figures.values.items():
        recorded.check_value(indicator, period, recorded.check_cell(indicator, cell), value)
    return figures
