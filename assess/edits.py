"""An edit of a response, checked whole before anything is written: the values to store, or why not.

Scores must be whole numbers on the assessment's scale; N/A needs a justification and leaves no
scores; a score given to an item marked N/A makes it applicable again; texts are trimmed; a
priority is one of :class:`~assess.vocabulary.Priority` in any letter case; a target date is a
date (an empty text clears it); institution names are trimmed, each named once. No text may be longer
than its limit or hold a character no text may hold (:mod:`assess.limits`); :func:`clean_text` checks
the texts of the other services too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from assess import limits
from assess.errors import InvalidInput
from assess.fields import BY_NAME, FIELDS, INSTITUTIONS, NA_JUSTIFICATION, NOT_APPLICABLE, SCORES, Field, Kind
from assess.messages import UserText
from assess.vocabulary import Priority


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            "{text} is not a date; write it as YYYY-MM-DD, for example 2027-06-30.", text=repr(text)
        ) from None


def clean_text(value: object, what: UserText, limit: int, *, one_line: bool = False) -> str:
    """``value`` as stored: trimmed (on one line, spaces run together, with ``one_line``), at most ``limit``
    characters and storable; :class:`InvalidInput` naming ``what`` otherwise."""
    text = str(value or "")
    text = " ".join(text.split()) if one_line else text.strip()
    bad = limits.unstorable(text)
    if bad == "\x00":
        raise InvalidInput("The {what} holds a NUL character (\\x00), which no text may hold; remove it.", what=what)
    if bad is not None:
        raise InvalidInput(
            "The {what} holds a character that is not valid text ({char}), for example a byte that is not UTF-8 "
            "from a command line or a file name; retype it.",
            what=what,
            char=limits.visible(bad),
        )
    if len(text) > limit:
        raise InvalidInput(
            "The {what} is too long ({length} characters; at most {limit}).",
            what=what,
            length=f"{len(text):,}",
            limit=f"{limit:,}",
        )
    return text


def check_names(edit: Mapping[str, object]) -> None:
    """Refuse a keyword that names no field (a caller's mistake, not the user's)."""
    unknown = edit.keys() - BY_NAME.keys()
    if unknown:
        raise TypeError(f"an edit got unexpected fields {sorted(unknown)}")


def checked(
    code: str, edit: Mapping[str, object], low: int, high: int, na_now: bool, reason_now: str
) -> dict[Field, object]:
    """The values ``edit`` asks to store, by field in :data:`~assess.fields.FIELDS` order, each checked.

    ``low`` and ``high`` bound the assessment's scale; ``na_now`` and ``reason_now`` are the response's
    N/A flag and justification before the edit. Raises :class:`InvalidInput` saying what is wrong.
    """
    wanted: dict[Field, object] = {}
    for field in FIELDS:
        if field.name in edit and field not in (NOT_APPLICABLE, NA_JUSTIFICATION):
            wanted[field] = _value(field, edit[field.name], low, high)
    scores_given = any(wanted.get(score) is not None for score in SCORES)
    flag_given = NOT_APPLICABLE.name in edit
    flag = edit.get(NOT_APPLICABLE.name)
    if flag_given and not isinstance(flag, bool):
        raise InvalidInput("not_applicable must be true or false.")
    na = bool(flag) if flag_given else na_now
    justification = (
        clean_text(edit[NA_JUSTIFICATION.name], NA_JUSTIFICATION.label, NA_JUSTIFICATION.limit)
        if NA_JUSTIFICATION.name in edit
        else reason_now
    )
    if not flag_given and scores_given and na_now:
        na, justification = False, ""
    if na:
        if scores_given:
            raise InvalidInput(
                "{code} cannot be both N/A and scored; give either scores or N/A with a reason.", code=code
            )
        if not justification:
            raise InvalidInput("Marking {code} N/A needs a justification: say why the item does not apply.", code=code)
        wanted.update(dict.fromkeys(SCORES))
    wanted[NOT_APPLICABLE] = na
    wanted[NA_JUSTIFICATION] = justification if na else ""
    return {field: wanted[field] for field in FIELDS if field in wanted}


def _value(field: Field, value: object, low: int, high: int) -> object:
    if field.kind is Kind.SCORE:
        assert field.dimension is not None
        return _score(value, field.dimension, low, high)
    if field.kind is Kind.TEXT:
        return clean_text(value, field.label, field.limit)
    if field.kind is Kind.PRIORITY:
        return _priority(value)
    if field.kind is Kind.DATE:
        return _target_date(value)
    assert field is INSTITUTIONS
    return _names(value)


def _score(value: object, what: UserText, low: int, high: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise InvalidInput(
                "The {what} score {value} is not a whole number from {low} to {high}.",
                what=what,
                value=repr(value),
                low=low,
                high=high,
            ) from None
    if not low <= value <= high:
        raise InvalidInput(
            "The {what} score {value} is off the scale; use {low} to {high}.",
            what=what,
            value=value,
            low=low,
            high=high,
        )
    return value


def _priority(value: object) -> Priority | None:
    text = str(value if value is not None else "").strip().lower()
    if not text:
        return None
    try:
        return Priority(text)
    except ValueError:
        raise InvalidInput("Unknown priority {priority}; use high, medium or low.", priority=repr(value)) from None


def _target_date(value: object) -> dt.date | None:
    """A target date as stored: a date, or None for none (an empty or blank text clears it)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        return parse_date(value)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise InvalidInput("{text} is not a date; write it as YYYY-MM-DD, for example 2027-06-30.", text=repr(value))


INSTITUTION_NAME = UserText("institution name")


def _names(value: object) -> tuple[str, ...]:
    """Institution names, each trimmed and named once (whatever its letter case), in the order given."""
    if isinstance(value, str) or not hasattr(value, "__iter__"):
        raise TypeError("institutions must be a list of names")
    wanted: list[str] = []
    for name in value:
        clean = clean_text(name, INSTITUTION_NAME, INSTITUTIONS.limit, one_line=True)
        if clean and clean.casefold() not in {w.casefold() for w in wanted}:
            wanted.append(clean)
    return tuple(wanted)
