"""A field's value in a workbook cell, both ways, by the kind of the field: what the writer puts in a cell, the
drop-down list and format the cell gets, and what the reader makes of whatever a spreadsheet program saved there.

Each :class:`~assess.fields.Kind` has one :class:`Rule`, so a field added to :data:`assess.fields.FIELDS` gets its
column, its validation and its parsing from its kind. The reader is lenient where a spreadsheet program may have
changed the form but not the meaning (a score saved as 3.0 or "3", a date typed as text in ISO form, a choice in
another letter case) and strict elsewhere: a value it cannot read is a :class:`CellProblem`, never a guess. A formula
is never calculated: in a text cell its text is kept as typed; anywhere else it is a problem.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from assess.fields import Field, Kind
from assess.messages import UserText
from assess.vocabulary import Priority
from exports.exchange.workbook_words import Words

Scale = tuple[int, int]
DIGITS = re.compile(r"^[0-9]{1,6}$")
ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
NAME_SEPARATORS = re.compile(r"[;\n]")


class CellProblem(Exception):
    """What is wrong with one cell's value."""

    def __init__(self, problem: UserText) -> None:
        super().__init__(str(problem))
        self.problem = problem


def as_text(raw: object) -> str:
    """Whatever a cell holds as the text a user reads in it."""
    if raw is None:
        return ""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat() if raw.time() == dt.time() else raw.isoformat(sep=" ")
    if isinstance(raw, dt.date | dt.time):
        return raw.isoformat()
    return str(raw)


def blank(raw: object) -> bool:
    """An empty cell, or one holding only spaces."""
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _score(raw: object, words: Words, scale: Scale) -> int | None:
    if blank(raw):
        return None
    value: int | None = None
    if isinstance(raw, int) and not isinstance(raw, bool):
        value = raw
    elif isinstance(raw, float) and raw.is_integer():
        value = int(raw)
    elif isinstance(raw, str) and DIGITS.match(raw.strip()):
        value = int(raw.strip())
    if value is None:
        raise CellProblem(
            UserText(
                "{value} is not a score: choose a level from {low} to {high} from the list",
                value=repr(as_text(raw)),
                low=scale[0],
                high=scale[1],
            )
        )
    if not scale[0] <= value <= scale[1]:
        raise CellProblem(
            UserText(
                "{value} is off the scale ({low} to {high}): choose a level from the list",
                value=value,
                low=scale[0],
                high=scale[1],
            )
        )
    return value


def _flag(raw: object, words: Words, scale: Scale) -> bool:
    if blank(raw) or raw is False:
        return False
    if raw is True or (isinstance(raw, str) and raw.strip().casefold() in (words.na.casefold(), "n/a")):
        return True
    raise CellProblem(
        UserText(
            "{value} is not a choice here: choose {choice} from the list or leave the cell empty",
            value=repr(as_text(raw)),
            choice=repr(words.na),
        )
    )


def _text(raw: object, words: Words, scale: Scale) -> str:
    return as_text(raw)


def _names(raw: object, words: Words, scale: Scale) -> tuple[str, ...]:
    return tuple(name.strip() for name in NAME_SEPARATORS.split(as_text(raw)) if name.strip())


def _priority(raw: object, words: Words, scale: Scale) -> Priority | None:
    if blank(raw):
        return None
    typed = as_text(raw).strip().casefold()
    for priority in Priority:
        if typed in (words.priority(priority).casefold(), priority.value):
            return priority
    raise CellProblem(
        UserText(
            "{value} is not a priority: choose {choices} from the list",
            value=repr(as_text(raw)),
            choices=", ".join(words.priorities()),
        )
    )


def _date(raw: object, words: Words, scale: Scale) -> dt.date | None:
    if blank(raw):
        return None
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, str) and ISO_DATE.match(raw.strip()):
        try:
            return dt.date.fromisoformat(raw.strip())
        except ValueError:
            pass
    raise CellProblem(
        UserText(
            "{value} is not a date: type a date such as {example}",
            value=repr(as_text(raw)),
            example=words("date_example"),
        )
    )


@dataclass(frozen=True)
class Rule:
    """How the fields of one kind are written to cells and read from them."""

    shown: Callable[[object, Words], object]
    """A field's value as its cell holds it (None: an empty cell)."""
    parsed: Callable[[object, Words, Scale], object]
    """A cell's value as the field's (raises :class:`CellProblem`)."""
    prompt: str
    """The key of the words the cell shows when selected (and, with ``error_``, when a wrong value is typed)."""
    choices: Callable[[Words, Scale], list[str]] | None = None
    """The drop-down list of the cell, if it has one."""
    date: bool = False
    """The cell holds a date (a date format and a date validation)."""
    width: float = 14
    text: bool = False
    """The cell holds free text: a formula typed there is kept as its text."""


RULES: dict[Kind, Rule] = {
    Kind.SCORE: Rule(
        shown=lambda value, words: value,
        parsed=_score,
        prompt="score",
        choices=lambda words, scale: [str(n) for n in range(scale[0], scale[1] + 1)],
        width=13,
    ),
    Kind.FLAG: Rule(
        shown=lambda value, words: words.na if value else None,
        parsed=_flag,
        prompt="flag",
        choices=lambda words, scale: [words.na],
        width=12,
    ),
    Kind.TEXT: Rule(shown=lambda value, words: value or None, parsed=_text, prompt="", width=40, text=True),
    Kind.NAMES: Rule(
        shown=lambda value, words: "; ".join(value) if isinstance(value, tuple) and value else None,
        parsed=_names,
        prompt="names",
        width=32,
        text=True,
    ),
    Kind.PRIORITY: Rule(
        shown=lambda value, words: words.priority(value) if isinstance(value, Priority) else None,
        parsed=_priority,
        prompt="priority",
        choices=lambda words, scale: words.priorities(),
        width=12,
    ),
    Kind.DATE: Rule(shown=lambda value, words: value, parsed=_date, prompt="date", date=True, width=13),
}


def rule(field: Field) -> Rule:
    return RULES[field.kind]


def read(field: Field, raw: object, formula: bool, words: Words, scale: Scale) -> object:
    """The value of ``field`` from a cell holding ``raw`` (``formula``: the cell holds a formula, ``raw`` its text)."""
    chosen = rule(field)
    if formula and not chosen.text:
        raise CellProblem(
            UserText(
                "it holds a formula ({formula}), and formulas are never calculated on import: type the value itself",
                formula=as_text(raw)[:80],
            )
        )
    return chosen.parsed(raw, words, scale)
