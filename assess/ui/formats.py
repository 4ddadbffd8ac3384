"""Dates, times and numbers as the window shows them: in the format of the chosen language's locale.

:func:`assess.ui.app.install_translations` makes that locale Qt's default, so every function
here (and every Qt widget that formats by itself, such as a date field or a progress bar) follows
the language the user chose. Short dates always show the year in full (the United States' short
format would otherwise print "1/22/26").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def locale() -> QLocale:
    return QLocale()


def date_format() -> str:
    """The locale's short date format, with a four-digit year (for date fields)."""
    pattern = locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def date(value: dt.date) -> str:
    return locale().toString(QDate(value.year, value.month, value.day), date_format())


def date_time(moment: dt.datetime) -> str:
    """A moment stored in UTC (naive or aware) as the local date and time, without seconds."""
    local = (moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)).astimezone()
    here = locale()
    day = here.toString(QDate(local.year, local.month, local.day), date_format())
    return f"{day} {here.toString(QTime(local.hour, local.minute), 'HH:mm')}"


def local_date(moment: dt.datetime) -> str:
    """The local date of a moment stored in UTC."""
    return date_time(moment).split(" ")[0]


def clock() -> str:
    """The time now, to the second, in the locale's digits (the status bar's "Saved" lines)."""
    return locale().toString(QTime.currentTime(), "HH:mm:ss")


def number(value: int) -> str:
    """A whole number with the locale's digits and digit grouping."""
    return locale().toString(int(value))


def decimal(value: float | None, places: int = 1) -> str:
    """A mean score and the like; a dash when there is none."""
    if value is None:
        return "–"
    return locale().toString(float(value), "f", places)


def size(count: int) -> str:
    """A file size in bytes, KB, MB or GB (binary multiples), with the locale's digits."""
    units = (
        QCoreApplication.translate("formats", "{size} bytes"),
        QCoreApplication.translate("formats", "{size} KB"),
        QCoreApplication.translate("formats", "{size} MB"),
        QCoreApplication.translate("formats", "{size} GB"),
    )
    value = float(count)
    for power, unit in enumerate(units):
        if value < 1024 or power == len(units) - 1:
            return unit.format(size=number(int(value)) if power == 0 else decimal(value, 1))
        value /= 1024
    return number(count)


def pair(law: str, practice: str) -> str:
    """The two dimensions side by side, law first: "3 / 1" (read from the right in Arabic)."""
    return f"{law} / {practice}"


FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """``text`` kept whole inside a right-to-left window's line (a Unicode first-strong isolate): an item code or
    an English text in an Arabic line keeps its own order, and the punctuation around it stays where it is
    written (":WG-5 States parties" otherwise). Left to right, where nothing needs it, the text as it is."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    if text and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"{FSI}{text}{PDI}"
    return text


def labelled(label: str, text: str) -> str:
    """ "label: text", punctuated as the language does (French "label : text", Chinese "label：text")."""
    return QCoreApplication.translate("formats", "{label}: {text}").format(label=label, text=text)


def listed(parts: Iterable[str]) -> str:
    """Parts of a list in a line: "a, b" (Arabic "a، b", Chinese "a、b")."""
    return QCoreApplication.translate("formats", ", ").join(parts)


def series(parts: Iterable[str]) -> str:
    """Statements in a line, each with its own commas: "a; b" (Arabic "a؛ b", Chinese "a；b")."""
    return QCoreApplication.translate("formats", "; ").join(parts)


def path(text: str) -> str:
    """A file path or URL kept left to right inside a right-to-left window ("/tmp/a.sqlite", not "tmp/a.sqlite/")."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"\u200e{text}\u200e"
    return text
