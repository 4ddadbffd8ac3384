"""The window's languages: the six UN languages, which one to use, and the locale that formats in it.

The language is chosen in this order: ``--lang`` on the command line, else the one picked in
View > Language (a setting), else the system's locale when it is one of the six, else English.
Codes are ISO 639 language codes in lower case ("fr", "zh"); ``fr_FR``, ``fr-CA`` or ``zh_CN``
are read as their language. The framework's texts are looked up with the same code.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from assess.paths import package_file
from assess.ui import settings

LANGUAGES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
    "ar": "العربية",
    "zh": "中文",
}
"""Each language in its own name, in the order the UN lists its official languages (English first)."""

RIGHT_TO_LEFT = {"ar", "fa", "he", "ur"}
TRANSLATIONS = package_file("assess.ui", "translations")
FILE_SUFFIX = {"zh": "zh_CN"}  # the translation of Chinese is in simplified characters (assess_zh_CN.ts)
LOCALE_NAMES = {"zh": "zh_CN", "en": "en_GB"}  # English as the UN writes it: 30/01/2026


def normalise(code: str | None) -> str | None:
    """``fr_FR``, ``FR-ca`` or ``zh_CN`` as the language code the window uses ("fr", "zh"); None if empty."""
    if not code:
        return None
    return code.replace("-", "_").split("_")[0].strip().lower() or None


def system_locale() -> QLocale:
    return QLocale.system()


def system_language() -> str:
    """The system locale's language when it is one of the window's languages, else English."""
    system = system_locale()
    for name in system.uiLanguages() or [system.name()]:
        code = normalise(name)
        if code in LANGUAGES:
            return code
    return "en"


def chosen(requested: str | None = None) -> str:
    """The language to start in: ``requested`` (``--lang``), else the one picked in the window, else the system's."""
    for candidate in (normalise(requested), normalise(settings.language())):
        if candidate:
            return candidate
    return system_language()


def translation_file(code: str) -> str:
    """The base name of the compiled translation for ``code`` (without ``.qm``)."""
    return f"assess_{FILE_SUFFIX.get(code, code)}"


def locale_for(code: str) -> QLocale:
    """The locale that formats dates and numbers in ``code``: the system's own when it is in that language
    (so a French-Canadian system keeps its formats), else the language's usual one."""
    system = system_locale()
    if normalise(system.name()) == code:
        return system
    return QLocale(LOCALE_NAMES.get(code, code))


def right_to_left(code: str) -> bool:
    return code in RIGHT_TO_LEFT
