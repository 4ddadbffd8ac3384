"""The checklist framework as plain, immutable Python objects, after loading and checking.

Besides the tree of items a framework may define operational indicators: figures a team records per
period (``Indicator``), broken down by disaggregation dimensions (``Disaggregation``) into categories
(``Category``). Whether a text is quoted from a source document or written by the framework's authors
is part of the data: ``Provenance`` for indicators, dimensions and categories, ``Item.editorial`` for an
item's title or text.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from assess.messages import UserText

Localized = Mapping[str, str]


def pick(text: Localized | None, lang: str, fallback: str = "en") -> str:
    """Text in ``lang``, else in ``fallback``, else in any language there is."""
    if not text:
        return ""
    if lang in text:
        return text[lang]
    base = lang.split("-")[0]
    if base in text:
        return text[base]
    if fallback in text:
        return text[fallback]
    return next(iter(text.values()))


@dataclass(frozen=True)
class Level:
    value: int
    label: Localized
    description: Localized


@dataclass(frozen=True)
class Scale:
    minimum: int
    maximum: int
    default_target: int
    levels: tuple[Level, ...]

    def level(self, value: int) -> Level | None:
        for level in self.levels:
            if level.value == value:
                return level
        return None


@dataclass(frozen=True)
class Source:
    document: str
    annex: str = ""
    section: str = ""
    number: str = ""
    page: str = ""

    def cite(self, documents: Mapping[str, str]) -> str:
        """A human citation such as 'Background paper ..., Annex III, section IV.B.a, measure 1'."""
        parts = [documents.get(self.document, self.document)]
        if self.annex:
            parts.append(f"Annex {self.annex}")
        if self.section:
            parts.append(f"section {self.section}")
        if self.number:
            parts.append(self.number)
        if self.page:
            parts.append(f"p. {self.page}")
        return ", ".join(parts)


class TextField(StrEnum):
    """The two texts of an item; either may be marked editorial (written for the checklist, not quoted)."""

    TITLE = "title"
    TEXT = "text"


@dataclass(frozen=True)
class Item:
    code: str
    kind: str
    title: Localized
    text: Localized
    source: Source
    assessable: bool
    addressee: str | None
    tags: tuple[str, ...]
    dimensions: tuple[str, ...]
    parent: str | None
    depth: int
    children: tuple[str, ...] = field(default=())
    editorial: frozenset[TextField] = field(default=frozenset())
    """Which of the item's texts the framework's authors wrote (a heading the source does not have, say);
    the others are quoted from ``source``, in the framework's default language."""


class LinkReason(StrEnum):
    """Why two items of the cross-walk are linked."""

    SAME_REQUEST = "same-request"
    """Both texts ask for the same thing, in whole or in part."""
    MEANS = "means"
    """What one text asks is a way of carrying out what the other asks."""
    PREREQUISITE = "prerequisite"
    """What one text asks is a condition for what the other asks."""


@dataclass(frozen=True)
class Link:
    """A cross-walk link between two items; it works both ways."""

    a: str
    b: str
    note: Localized
    reason: LinkReason | None = None
    citation: Source | None = None
    """Where a source ties the two together (a footnote citing the one beside the other), if one does."""

    def other(self, code: str) -> str:
        return self.b if code == self.a else self.a


class Provenance(StrEnum):
    """Where the wording of an indicator, a dimension or a category comes from."""

    SOURCE = "source"
    """Quoted from a source document (its ``source`` says where), verbatim in the default language."""
    SUGGESTION = "suggestion"
    """Written by the framework's authors, not text of any source; ``Framework.suggestion_note`` says whose."""
    TEAM = "team"
    """An indicator a team added to its own assessment (never in a framework file: the format has no such value)."""


class Unit(StrEnum):
    """What an indicator's figures count or measure. A yes/no figure is recorded as 1 (yes) or 0 (no)."""

    COUNT = "count"
    PERCENTAGE = "percentage"
    CURRENCY = "currency"
    DAYS = "days"
    YES_NO = "yes-no"

    def problem_with(self, value: Decimal) -> UserText | None:
        """Why ``value`` cannot be a figure (or a target) in this unit, or None if it can."""
        if not value.is_finite():
            return UserText("must be a number")
        if value < 0:
            return UserText("must not be negative")
        if self is Unit.COUNT and value != value.to_integral_value():
            return UserText("a count must be a whole number")
        if self is Unit.PERCENTAGE and value > 100:
            return UserText("a percentage must lie between 0 and 100")
        if self is Unit.YES_NO and value not in (0, 1):
            return UserText("a yes/no figure must be 1 (yes) or 0 (no)")
        return None


class Direction(StrEnum):
    """Which way an indicator should move."""

    HIGHER = "higher"
    """Higher is better."""
    LOWER = "lower"
    """Lower is better."""


@dataclass(frozen=True)
class Category:
    """One category of a disaggregation dimension, such as an age band."""

    id: str
    label: Localized
    provenance: Provenance
    source: Source | None = None


@dataclass(frozen=True)
class Disaggregation:
    """A dimension figures are broken down by (age, sex, form of exploitation...), with its categories."""

    id: str
    label: Localized
    provenance: Provenance
    categories: tuple[Category, ...]
    group: Localized = field(default_factory=dict)
    """What the dimension describes (the victim, the act of trafficking, the service), if the file says."""
    source: Source | None = None

    def category(self, category_id: str) -> Category | None:
        for category in self.categories:
            if category.id == category_id:
                return category
        return None


@dataclass(frozen=True)
class Indicator:
    """An operational indicator: a figure recorded per period, with breakdowns, informing some items.

    ``disaggregations`` are the dimensions that apply to this indicator, each with the categories that
    apply (all of the dimension's, unless the indicator names fewer).
    """

    code: str
    name: Localized
    definition: Localized
    unit: Unit
    disaggregations: tuple[Disaggregation, ...]
    measures: tuple[str, ...]
    """Codes of the items whose implementation the figure informs, the first being the main one."""
    provenance: Provenance
    source: Source | None = None
    target: Decimal | None = None
    direction: Direction | None = None

    def disaggregation(self, dimension_id: str) -> Disaggregation | None:
        for dimension in self.disaggregations:
            if dimension.id == dimension_id:
                return dimension
        return None


@dataclass(frozen=True)
class Framework:
    """A loaded framework. ``items`` keeps document order (depth first)."""

    id: str
    version: str
    format_version: int
    title: Localized
    description: Localized
    default_language: str
    documents: Mapping[str, str]
    scale: Scale
    dimensions: Mapping[str, Localized]
    kinds: Mapping[str, Localized]
    addressees: Mapping[str, Localized]
    items: tuple[Item, ...]
    crosswalk: tuple[Link, ...]
    raw: Mapping[str, object]
    document_notes: Mapping[str, Localized] = field(default_factory=dict)
    """What a reader should know about a source document (for example that it is a draft), by document id."""
    disaggregations: Mapping[str, Disaggregation] = field(default_factory=dict)
    """The disaggregation dimensions declared, by id, in file order."""
    indicators: tuple[Indicator, ...] = ()
    suggestion_note: Localized = field(default_factory=dict)
    """Whose suggestions the entries of provenance ``suggestion`` are, and that they are not source text."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {item.code: item for item in self.items})
        object.__setattr__(self, "_indicators", {indicator.code: indicator for indicator in self.indicators})

    def item(self, code: str) -> Item:
        return self._by_code[code]  # type: ignore[attr-defined,no-any-return]

    def has(self, code: str) -> bool:
        return code in self._by_code  # type: ignore[attr-defined]

    def roots(self) -> Iterator[Item]:
        return (item for item in self.items if item.parent is None)

    def assessable(self) -> Iterator[Item]:
        return (item for item in self.items if item.assessable)

    def crosswalk_of(self, code: str) -> tuple[Link, ...]:
        """The cross-walk links that have ``code`` at either end, in file order."""
        return tuple(link for link in self.crosswalk if code in (link.a, link.b))

    def links(self, code: str) -> list[tuple[str, Localized]]:
        """Items linked to ``code`` through the cross-walk, with the note on each link."""
        return [(link.other(code), link.note) for link in self.crosswalk_of(code)]

    def root_of(self, code: str) -> Item:
        item = self.item(code)
        while item.parent is not None:
            item = self.item(item.parent)
        return item

    def indicator(self, code: str) -> Indicator:
        return self._indicators[code]  # type: ignore[attr-defined,no-any-return]

    def has_indicator(self, code: str) -> bool:
        return code in self._indicators  # type: ignore[attr-defined]

    def indicators_for(self, code: str) -> tuple[Indicator, ...]:
        """The indicators that inform the item ``code``, in file order."""
        return tuple(indicator for indicator in self.indicators if code in indicator.measures)

    def pillar_of(self, indicator: Indicator) -> Item:
        """The top-level item an indicator is grouped under: the root of the first item it informs."""
        return self.root_of(indicator.measures[0])
