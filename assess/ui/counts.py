"""Counts in words, each in the plural form its language gives it: "1 item", "5 items"; in Russian "21 пункт",
"22 пункта", "25 пунктов". Qt picks the form (``%Ln`` with numerus translations, English included), so no
message needs the "Items: 5" way round it. A count said in several places is said here once.

The messages are ``tr()`` calls of a QObject (:class:`Counts`): Qt's lupdate recognises a count only there.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject


class Counts(QObject):
    def items(self, count: int) -> str:
        return self.tr("%Ln item(s)", "", count)

    def evidence(self, count: int) -> str:
        return self.tr("%Ln piece(s) of evidence", "", count)

    def files(self, count: int) -> str:
        return self.tr("%Ln file(s)", "", count)

    def assessments(self, count: int) -> str:
        return self.tr("%Ln assessment(s)", "", count)

    def later_changes_kept(self, count: int) -> str:
        """Changes made here after a part was sent, which a merge leaves as they are."""
        return self.tr("%Ln later change(s) of yours kept", "", count)


@cache
def _counts() -> Counts:
    return Counts()


def items(count: int) -> str:
    return _counts().items(count)


def evidence(count: int) -> str:
    return _counts().evidence(count)


def files(count: int) -> str:
    return _counts().files(count)


def assessments(count: int) -> str:
    return _counts().assessments(count)


def later_changes_kept(count: int) -> str:
    return _counts().later_changes_kept(count)
