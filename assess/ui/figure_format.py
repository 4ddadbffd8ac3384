"""Figures and periods as the window writes and reads them, in the chosen language's digits and writing."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from assess.numbers import number
from assess.periods import Period
from assess.ui import formats
from framework.model import Unit


def figure_text(value: Decimal | None, unit: Unit | None = None) -> str:
    """A figure in the window language's digits; yes or no for a yes/no figure; a dash for none."""
    if value is None:
        return "–"
    if unit is Unit.YES_NO:
        return QCoreApplication.translate("charts", "yes") if value == 1 else QCoreApplication.translate("charts", "no")
    if value == value.to_integral_value():
        return formats.number(int(value))
    return formats.decimal(float(value), max(-value.normalize().as_tuple().exponent, 0))  # type: ignore[operator]


def period_text(period: Period) -> str:
    """A period as the window writes it: the year, or its first and last day."""
    return period.key if period.is_year else f"{formats.date(period.start)}–{formats.date(period.end)}"


def read_figure(text: str) -> Decimal | None:
    """A figure typed or pasted in the window language's writing; None for an empty cell."""
    here = formats.locale()
    clean = "".join(text.replace(here.groupSeparator(), "").split())
    if here.decimalPoint() != ".":
        clean = clean.replace(here.decimalPoint(), ".")
    return number(clean) if clean else None
