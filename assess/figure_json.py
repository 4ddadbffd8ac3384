"""The JSON shapes of indicators and their figures: ``assess data show --json`` and the JSON report's
``monitoring`` (documented in docs/cli-json.md).

A figure is a JSON number: an integer when it is whole, else a number with at most two decimals (figures have at
most 15 significant digits, which a double holds exactly).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from assess.figures import Figures, Mismatch
from assess.monitoring import Monitoring, Series
from framework import Framework, pick
from framework.model import Indicator


def figure(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def indicator_json(framework: Framework, indicator: Indicator, lang: str) -> dict[str, Any]:
    return {
        "code": indicator.code,
        "name": pick(indicator.name, lang),
        "definition": pick(indicator.definition, lang),
        "unit": indicator.unit.value,
        "provenance": indicator.provenance.value,
        "measures": list(indicator.measures),
        "pillar": framework.pillar_of(indicator).code,
        "target": figure(indicator.target),
        "direction": indicator.direction.value if indicator.direction is not None else None,
        "disaggregations": [
            {
                "dimension": d.id,
                "label": pick(d.label, lang),
                "categories": [{"id": c.id, "label": pick(c.label, lang)} for c in d.categories],
            }
            for d in indicator.disaggregations
        ],
    }


def mismatch_json(m: Mismatch) -> dict[str, Any]:
    return {"dimension": m.dimension, "sum": figure(m.sum), "total": figure(m.total)}


def figures_json(f: Figures, found: tuple[Mismatch, ...]) -> dict[str, Any]:
    breakdowns: dict[str, dict[str, int | float | None]] = {}
    for (dimension, category), value in f.values.items():
        if dimension:
            breakdowns.setdefault(dimension, {})[category] = figure(value)
    return {
        "period": f.period.key,
        "start": f.period.start.isoformat(),
        "end": f.period.end.isoformat(),
        "total": figure(f.total),
        "breakdowns": breakdowns,
        "source": f.source,
        "note": f.note,
        "updated_by": f.updated_by,
        "updated_at": f.updated_at.isoformat() if f.updated_at else None,
        "version": f.version,
        "mismatches": [mismatch_json(m) for m in found if m.period == f.period],
    }


def series_json(framework: Framework, s: Series, lang: str) -> dict[str, Any]:
    latest = s.latest
    return {
        **indicator_json(framework, s.indicator, lang),
        "figures": [figures_json(f, s.mismatches) for f in s.figures],
        "latest": None if latest is None else {"period": latest[0].key, "total": figure(latest[1])},
        "change": figure(s.change),
        "relative_change": None if s.relative_change is None else round(s.relative_change, 4),
        "improved": s.improved,
        "target_met": s.target_met,
    }


def monitoring_json(m: Monitoring, lang: str, code: str | None = None) -> dict[str, Any]:
    framework = m.indicators.framework
    shown = [s for s in m.series if code is None or s.code == code]
    return {
        "suggestion_note": pick(framework.suggestion_note, lang),
        "periods": [p.key for p in m.periods],
        "latest_period": m.latest_period.key if m.latest_period is not None else None,
        "data_gaps": [s.code for s in m.gaps if code is None or s.code == code],
        "indicators": [series_json(framework, s, lang) for s in shown],
    }
