"""The words of a contribution workbook in its language: sheet names, column headings, the drop-down choices, the
prompts of each answer cell and the instructions sheet.

One module per language (``en``, ``fr``, ``es``, ``ru``, ``ar``, ``zh``) defines ``WORDS`` (key to text, with
``{name}`` marking a value filled in; :mod:`exports.exchange.workbook_words.en` is the source every other language
translates) and, for Arabic, ``RIGHT_TO_LEFT``. A field of a response is headed ``field_<name>``; a field a
language lacks (a field added later) is headed by its English label. The reader parses the choices (N/A, the
priorities) in the workbook's own language, so a workbook is read with the words it was written with.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from assess.fields import Field
from assess.vocabulary import Priority

CODES = ("en", "fr", "es", "ru", "ar", "zh")


def normalise(code: str | None) -> str:
    """``fr_FR``, ``fr-CA``, ``zh_CN`` or ``ZH`` as one of :data:`CODES`; English for anything else."""
    base = (code or "en").replace("-", "_").split("_")[0].lower()
    return base if base in CODES else "en"


@dataclass(frozen=True)
class Words:
    """The texts of one language; calling it gives a text with its values filled in."""

    code: str
    texts: Mapping[str, str]
    english: Mapping[str, str]
    rtl: bool = False

    def __call__(self, key: str, /, **values: object) -> str:
        text = self.texts.get(key) or self.english[key]
        return text.format(**values) if values else text

    def field(self, field: Field) -> str:
        """A field's column heading."""
        key = f"field_{field.name}"
        if key in self.texts or key in self.english:
            return self(key)
        label = str(field.label)
        return label[:1].upper() + label[1:]

    @property
    def na(self) -> str:
        """The choice that marks an item not applicable."""
        return self("na")

    def priority(self, priority: Priority) -> str:
        return self(f"priority_{priority.value}")

    def priorities(self) -> list[str]:
        return [self.priority(p) for p in Priority]


@cache
def words(code: str | None) -> Words:
    language = normalise(code)
    module = importlib.import_module(f"exports.exchange.workbook_words.{language}")
    english = importlib.import_module("exports.exchange.workbook_words.en")
    return Words(language, module.WORDS, english.WORDS, getattr(module, "RIGHT_TO_LEFT", False))


__all__ = ["CODES", "Words", "normalise", "words"]
