"""The demo's indicator figures and own indicators, read from a round's figures file and checked as they are read.

A figures file (``figures-2024.toml``) holds ``[[own_indicators]]`` (each with the fields of a framework's
indicator) and ``[[figures]]`` (one indicator for one period: its total, a breakdown per dimension as a table of
categories, the source, a quality note, who enters them). Every entry is checked against the built-in framework
and the own indicators declared so far, with the same rules the services apply; a bad one is refused with a
:class:`~assess.demo.datafile.DemoDataError` naming the file, the entry and what is wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import framework as fw
from assess import figures as recorded
from assess import own_indicators, periods
from assess.demo.datafile import Table, read
from assess.errors import AssessError
from assess.figures import TOTAL, Cell, Change
from assess.own_indicators import Definition
from framework.model import Indicator


@dataclass(frozen=True)
class OwnEntry:
    """An own indicator the demo's team adds, and who adds it."""

    definition: Definition
    user: str


@dataclass(frozen=True)
class FigureEntry:
    """One indicator's figures for one period, and who enters them."""

    change: Change
    user: str


@dataclass(frozen=True)
class RoundFigures:
    own: tuple[OwnEntry, ...] = ()
    figures: tuple[FigureEntry, ...] = ()
    known: Mapping[str, Indicator] = field(default_factory=dict)
    """Every indicator the round can record: the framework's and the own ones so far."""


def read_figures(path: Path, framework: fw.Framework, before: RoundFigures, coordinator: str) -> RoundFigures:
    """The own indicators and figures of ``path``; ``before`` is what the earlier rounds declared."""
    top = Table(path, "", read(path))
    known = dict(before.known) or {i.code: i for i in framework.indicators}
    own = []
    for number, data in enumerate(top.get("own_indicators", list, "a list of tables ([[...]])", []), 1):
        table = Table(path, f"own indicator {number}", data)
        try:
            definition = own_indicators.check(
                framework,
                code=table.text("code"),
                name=table.text("name"),
                unit=table.text("unit"),
                measures=table.get("measures", list, "a list of item codes"),
                definition=table.text("definition", ""),
                disaggregations=[(d, None) for d in table.get("disaggregations", list, "a list of dimensions", [])],
                target=table.get("target", int, "a whole number", None),
                direction=table.text("direction", "") or None,
            )
        except AssessError as exc:
            table.fail(str(exc))
        if definition.code in known or framework.has(definition.code):
            table.fail(f"the code {definition.code} is already used")
        user = table.text("user", coordinator)
        table.done()
        known[definition.code] = own_indicators.as_indicator(framework, definition)
        own.append(OwnEntry(definition, user))
    entries = []
    for number, data in enumerate(top.get("figures", list, "a list of tables ([[...]])", []), 1):
        table = Table(path, f"figures {number}", data)
        code = table.text("indicator")
        table.entry = f"figures {number} ({code})"
        indicator = known.get(code)
        if indicator is None:
            table.fail(f"there is no indicator {code} in {framework.id} {framework.version} or among the own ones")
        entries.append(FigureEntry(_change(table, indicator), table.text("user", coordinator)))
        table.done()
    top.done()
    return RoundFigures(tuple(own), tuple(entries), known)


def _change(table: Table, indicator: Indicator) -> Change:
    try:
        period = periods.parse(table.text("period"))
        values: dict[Cell, object] = {
            TOTAL: recorded.check_value(indicator, period, TOTAL, table.get("total", int, "a number"))
        }
        for dimension in indicator.disaggregations:
            given = table.get(dimension.id, dict, "a table of categories", {})
            for category, value in given.items():
                cell = recorded.check_cell(indicator, (dimension.id, category))
                values[cell] = recorded.check_value(indicator, period, cell, value)
    except AssessError as exc:
        table.fail(str(exc))
    unknown = sorted(
        k
        for k in table.data
        if k not in {"indicator", "period", "total", "source", "note", "user"} and k not in table.asked
    )
    if unknown:
        table.fail(f"{unknown[0]} is not a dimension of {indicator.code}")
    return Change(indicator.code, period, values, source=table.text("source", ""), note=table.text("note", ""))
