"""The editable fields of a response, declared once: their names, kinds, labels and names outside the code.

A response is the answer for one assessable item. Its editable fields are listed in :data:`FIELDS`,
in the order in which they are shown, compared and recorded. Each field has one name in the code
(``law``, ``technical_assistance``): the attribute of the database model and of
:class:`ResponseView`, the keyword of an edit (:class:`Edit`), the key in the JSON of the command
line and of exchange packages, the CSV column. Where a format written by earlier releases already
uses another name, the field says so once: ``stored`` is the column and the audit log's field
(``law_score``), ``option`` the option of ``assess score`` (``--note``).

What is written out again for the type checker (:class:`Edit`, :class:`ResponseView`, the model's
columns, the merge's fields) and what other formats list (the package schema, the CSV columns)
is checked against :data:`FIELDS` by the tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TypedDict

from assess import limits
from assess.messages import UserText
from assess.vocabulary import Priority


class Kind(Enum):
    """What a field holds, which says how it is checked, stored and written as JSON."""

    SCORE = "score"  # a whole number on the assessment's scale, or none
    FLAG = "flag"  # yes or no
    TEXT = "text"  # free text; "" when empty
    NAMES = "names"  # the names of responsible institutions, in their order
    PRIORITY = "priority"  # a Priority, or none
    DATE = "date"  # a date, or none


@dataclass(frozen=True, eq=False)  # each field is one object: compared and hashed as itself
class Field:
    name: str
    kind: Kind
    label: UserText
    """What messages call the field (a merge's list of conflicts)."""
    option: str
    """Its option on ``assess score``."""
    stored_as: str = ""
    """Its name in databases, where that is not ``name``."""
    dimension: UserText | None = None
    """For a score: the dimension it scores, as a message about a bad score names it."""
    limit: int = 0
    """For a text, or each of a list of names: how many characters it may hold (:mod:`assess.limits`)."""

    @property
    def stored(self) -> str:
        """Its name in the database: the column of ``responses`` (but for the institutions, which have a table of
        their own) and the ``field`` of its entries in the audit log."""
        return self.stored_as or self.name


LAW = Field(
    "law",
    Kind.SCORE,
    UserText("score in law and institutions"),
    "--law",
    stored_as="law_score",
    dimension=UserText("law and institutions"),
)
PRACTICE = Field(
    "practice",
    Kind.SCORE,
    UserText("score in practice"),
    "--practice",
    stored_as="practice_score",
    dimension=UserText("practice"),
)
# A merge compares N/A together with the scores, never alone, and names them so.
NOT_APPLICABLE = Field("not_applicable", Kind.FLAG, UserText("scores or N/A"), "--applicable")
NA_JUSTIFICATION = Field("na_justification", Kind.TEXT, UserText("N/A justification"), "--na", limit=limits.NOTE)
RATIONALE = Field("rationale", Kind.TEXT, UserText("rationale"), "--note", limit=limits.NOTE)
INSTITUTIONS = Field(
    "institutions", Kind.NAMES, UserText("responsible institutions"), "--responsible", limit=limits.INSTITUTION
)
PRIORITY = Field("priority", Kind.PRIORITY, UserText("priority"), "--priority")
TARGET_DATE = Field("target_date", Kind.DATE, UserText("target date"), "--due")
NEXT_ACTION = Field("next_action", Kind.TEXT, UserText("next action"), "--next", limit=limits.NOTE)
TECHNICAL_ASSISTANCE = Field(
    "technical_assistance", Kind.TEXT, UserText("technical assistance needed"), "--ta", limit=limits.NOTE
)

FIELDS: tuple[Field, ...] = (
    LAW,
    PRACTICE,
    NOT_APPLICABLE,
    NA_JUSTIFICATION,
    RATIONALE,
    INSTITUTIONS,
    PRIORITY,
    TARGET_DATE,
    NEXT_ACTION,
    TECHNICAL_ASSISTANCE,
)
BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}
SCORES: tuple[Field, ...] = tuple(f for f in FIELDS if f.kind is Kind.SCORE)
COLUMNS: tuple[Field, ...] = tuple(f for f in FIELDS if f.kind is not Kind.NAMES)
"""The fields held in columns of the ``responses`` table."""
SCORE_LIMIT = 100
"""The highest score a database accepts (a framework's scale lies within 0 to this)."""


class Edit(TypedDict, total=False):
    """The fields an edit sets; a field left out stays as it is. Texts are accepted where the value is parsed:
    a score as digits, a priority in any letter case, a date as YYYY-MM-DD (empty: none)."""

    law: int | str | None
    practice: int | str | None
    not_applicable: bool
    na_justification: str
    rationale: str
    institutions: Sequence[str]
    priority: Priority | str | None
    target_date: dt.date | str | None
    next_action: str
    technical_assistance: str


@dataclass(frozen=True)
class ResponseView:
    """A response as plain data, for the window, the command line and the reports."""

    item_code: str
    law: int | None
    practice: int | None
    not_applicable: bool
    na_justification: str
    rationale: str
    institutions: tuple[str, ...]
    priority: Priority | None
    target_date: dt.date | None
    next_action: str
    technical_assistance: str
    updated_by: str
    updated_at: dt.datetime | None
    version: int
    evidence_count: int = 0

    @property
    def scored(self) -> bool:
        return self.not_applicable or self.law is not None or self.practice is not None


def to_json(field: Field, value: object) -> object:
    """A field's value as JSON holds it: a date as YYYY-MM-DD, names as a list."""
    if field.kind is Kind.DATE:
        return value.isoformat() if isinstance(value, dt.date) else None
    if field.kind is Kind.NAMES:
        return list(value) if isinstance(value, Sequence) else []
    if field.kind is Kind.PRIORITY:
        return None if value is None else str(value)
    return value


def from_json(field: Field, value: object) -> object:
    """A field's value from JSON that its schema has checked; ValueError for a date that is no date."""
    if field.kind is Kind.DATE:
        return dt.date.fromisoformat(str(value)) if value else None
    if field.kind is Kind.NAMES:
        return tuple(str(name) for name in value) if isinstance(value, list) else ()
    if field.kind is Kind.PRIORITY:
        return Priority(str(value)) if value else None
    if field.kind is Kind.FLAG:
        return bool(value)
    return value


def json_of(values: object) -> dict[str, object]:
    """Every field of ``values`` (a :class:`ResponseView` or anything with the fields as attributes) as JSON."""
    return {f.name: to_json(f, getattr(values, f.name)) for f in FIELDS}
