"""The report's message catalogues, one module per language, and how each language writes dates and numbers.

A language module defines ``LABELS`` (key to message, see :mod:`exports.reports.labels.en`), ``MONTHS`` and,
where they differ from English, ``TERMS`` (the built-in framework's scale and dimensions in that
language, keyed by their English wording), ``SHORT_DATE``, ``LONG_DATE``, ``GROUP``, ``DECIMAL``,
``PERCENT``, ``SENTENCE_GAP`` and ``RIGHT_TO_LEFT``. Which plural form a number takes is CLDR's rule for the
language (Babel's :attr:`babel.Locale.plural_form`): a message counted by a number is written once per form the
language has (``_zero``, ``_one``, ``_two``, ``_few``, ``_many``, ``_other``; English ``_one`` and ``_other``). A language code the reports do not
know (or a variant such as ``fr-CA`` or ``zh_CN``) uses its base language, else English.
"""

from __future__ import annotations

import datetime as dt
import importlib
import locale
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType

from assess.vocabulary import LANGUAGES

CODES = tuple(LANGUAGES)


def plural_rule(code: str) -> Callable[[int], str]:
    """CLDR's plural rule for the language ``code``: the form (``one``, ``few``, ``other`` ...) a count takes."""
    from babel import Locale

    return Locale.parse(code).plural_form


def plural_forms(code: str) -> frozenset[str]:
    """Every plural form the language ``code`` has (``other`` always among them)."""
    from babel import Locale

    return frozenset(Locale.parse(code).plural_form.tags) | {"other"}


def _english_plural(count: int) -> str:
    return plural_rule("en")(count)


@dataclass(frozen=True)
class Language:
    code: str
    labels: Mapping[str, str]
    months: tuple[str, ...]
    terms: Mapping[str, str] = field(default_factory=dict)
    short_date: str = "{year}-{month:02d}-{day:02d}"
    long_pattern: str = "{year}-{month_number:02d}-{day_number:02d}"
    group: str = ","
    decimal: str = "."
    percent: str = "{value}%"
    plural: Callable[[int], str] = _english_plural
    sentence_gap: str = " "
    rtl: bool = False
    lower_in_prose: bool = True
    colon: str = ": "
    day_names: Mapping[int, str] = field(default_factory=dict)

    def long_date(self, day: dt.date) -> str:
        return self.long_pattern.format(
            day=self.day_names.get(day.day, str(day.day)),
            day_number=day.day,
            month=self.months[day.month - 1],
            month_number=day.month,
            year=day.year,
        )


def normalise(code: str | None) -> str:
    """``fr_FR``, ``fr-CA``, ``zh_CN`` or ``ZH`` as a catalogue's code; English for anything unknown."""
    base = (code or "en").replace("-", "_").split("_")[0].lower()
    return base if base in CODES else "en"


def system_code() -> str:
    """The language of the system's locale when the reports know it, else English.

    As POSIX programs read it: ``LC_ALL``, else ``LC_MESSAGES``, else ``LANG`` (``fr_FR.UTF-8``); on
    Windows, where those are usually unset, the user's interface language.
    """
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return normalise(value.split(".")[0].split("@")[0])
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        identifier = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        return normalise(locale.windows_locale.get(identifier))
    return "en"


def _module(code: str) -> ModuleType:
    return importlib.import_module(f"exports.reports.labels.{code}")


@cache
def language(code: str | None) -> Language:
    base = normalise(code)
    module = _module(base)
    optional = {
        name.lower(): getattr(module, name)
        for name in (
            "TERMS",
            "SHORT_DATE",
            "GROUP",
            "DECIMAL",
            "PERCENT",
            "SENTENCE_GAP",
            "DAY_NAMES",
            "COLON",
        )
        if hasattr(module, name)
    }
    if "day_names" in optional:
        optional["day_names"] = dict(optional["day_names"])
    if hasattr(module, "LONG_DATE"):
        optional["long_pattern"] = module.LONG_DATE
    if hasattr(module, "RIGHT_TO_LEFT"):
        optional["rtl"] = module.RIGHT_TO_LEFT
    if hasattr(module, "LOWER_IN_PROSE"):
        optional["lower_in_prose"] = module.LOWER_IN_PROSE
    optional["plural"] = plural_rule(base)
    return Language(code=base, labels=module.LABELS, months=tuple(module.MONTHS), **optional)


__all__ = ["CODES", "Language", "language", "normalise", "plural_forms", "plural_rule"]
