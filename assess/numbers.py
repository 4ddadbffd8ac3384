"""Figures as exact decimals: what a user types read as a number, and a number written back the way it is stored.

A figure (or a target) has at most 15 significant digits, 13 before the decimal point and 2 after, so that it is
exact wherever it goes: stored as text, written as a JSON number (a double), shown in a report.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from assess.errors import InvalidInput
from assess.messages import UserText

INTEGER_DIGITS, DECIMALS = 13, 2
"""At most 15 significant digits: every figure is exact as a JSON number (a double) too."""
HOW_NUMBER = UserText("write digits with a point for decimals, for example 1250 or 12.5")


def number(value: object) -> Decimal:
    """A figure or a target as an exact decimal: digits with a decimal point, spaces between thousands allowed."""
    if isinstance(value, bool):
        raise InvalidInput("{value} is not a number; {how}.", value=repr(value), how=HOW_NUMBER)
    if isinstance(value, Decimal | int):
        found = Decimal(value)
    else:
        text = "".join(str(value).split()).replace("\u2212", "-")  # spaces (narrow or not) between thousands
        if "," in text or not re.fullmatch(r"-?\d+(\.\d+)?|-?\.\d+", text):
            raise InvalidInput("{value} is not a number; {how}.", value=repr(str(value)), how=HOW_NUMBER)
        try:
            found = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only what Decimal reads
            raise InvalidInput("{value} is not a number; {how}.", value=repr(str(value)), how=HOW_NUMBER) from None
    if not found.is_finite():
        raise InvalidInput("{value} is not a number; {how}.", value=repr(str(value)), how=HOW_NUMBER)
    whole = abs(found).to_integral_value(rounding="ROUND_DOWN")
    if len(str(whole)) > INTEGER_DIGITS or -found.normalize().as_tuple().exponent > DECIMALS:  # type: ignore[operator]
        raise InvalidInput(
            "{value} has too many digits: at most {digits} before the point and {decimals} after.",
            value=str(value),
            digits=INTEGER_DIGITS,
            decimals=DECIMALS,
        )
    return found


def as_text(value: Decimal) -> str:
    """How a figure is stored and written: ``12``, ``1250.5``, never with an exponent."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text
