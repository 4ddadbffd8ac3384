"""The checklist framework as plain, immutable Python objects, after loading and checking."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

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
    crosswalk: tuple[tuple[str, str, Localized], ...]
    raw: Mapping[str, object]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {item.code: item for item in self.items})

    def item(self, code: str) -> Item:
        return self._by_code[code]  # type: ignore[attr-defined,no-any-return]

    def has(self, code: str) -> bool:
        return code in self._by_code  # type: ignore[attr-defined]

    def roots(self) -> Iterator[Item]:
        return (item for item in self.items if item.parent is None)

    def assessable(self) -> Iterator[Item]:
        return (item for item in self.items if item.assessable)

    def links(self, code: str) -> list[tuple[str, Localized]]:
        """Items linked to ``code`` through the cross-walk, with the note on each link."""
        found: list[tuple[str, Localized]] = []
        for a, b, note in self.crosswalk:
            if a == code:
                found.append((b, note))
            elif b == code:
                found.append((a, note))
        return found

    def root_of(self, code: str) -> Item:
        item = self.item(code)
        while item.parent is not None:
            item = self.item(item.parent)
        return item
