"""Paragraphs holding Arabic: shaped, wrapped at the real width, then reordered line by line.

ReportLab (without its optional rlbidi) neither joins Arabic letters nor lays them out right to
left. What prints correctly is: shape the logical text with ``arabic-reshaper`` (presentation
forms, still in logical order, so widths are the printed ones), break it into lines at the width
the paragraph gets, and only then reorder each line with ``python-bidi``. Reordering a whole
paragraph before wrapping would print its lines in reverse order.

:class:`BidiParagraph` does this when it is laid out, so it works in a frame and in a table
cell alike; a paragraph whose first strong character is right-to-left is right-aligned.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import arabic_reshaper
from bidi import get_display
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from exports.reports import fonts

_ARABIC = re.compile("[\u0600-\u08ff\ufb50-\ufefc]")
_DOCUMENT_RTL: ContextVar[bool] = ContextVar("right_to_left", default=False)


@contextmanager
def right_to_left(on: bool = True) -> Iterator[None]:
    """Lay out what is built inside as a right-to-left document (a report in Arabic)."""
    token = _DOCUMENT_RTL.set(on)
    try:
        yield
    finally:
        _DOCUMENT_RTL.reset(token)


def document_rtl() -> bool:
    """Whether the document being built runs right to left (see :func:`right_to_left`)."""
    return _DOCUMENT_RTL.get()


def has_arabic(text: str) -> bool:
    return _ARABIC.search(text) is not None


def is_rtl(text: str) -> bool:
    """True when the first strong character of ``text`` runs right to left."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


_MIRRORS = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))
_LEVEL = re.compile(r"Level\(\s*(\d+),\s*\)")


def _levels(text: str, rtl: bool) -> list[int] | None:
    """The embedding level of each character, as ``python-bidi`` resolves them; None if it cannot tell."""
    info = get_display(text, base_dir="R" if rtl else "L", debug=True)
    start = info.find("\n    levels: [\n")
    end = info.find("\n    ],\n", start + 1)
    if start < 0 or end < 0:
        return None
    per_byte = [int(level) for level in _LEVEL.findall(info[start:end])]
    levels: list[int] = []
    offset = 0
    for char in text:
        if offset >= len(per_byte):
            return None
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return levels


def display(text: str, rtl: bool) -> str:
    """One line of logical text in display order, brackets mirrored where they run right to left.

    ``python-bidi`` resolves the levels correctly (paired brackets included) but does not mirror
    glyphs (rule L4), so "(text)" in Arabic would print as ")text(". The levels it resolves are read
    back here, the line reordered with them (rules L1 and L2) and the right-to-left brackets mirrored.
    """
    levels = _levels(text, rtl) if text else None
    if levels is None:
        return str(get_display(text, base_dir="R" if rtl else "L"))
    base = 1 if rtl else 0
    index = len(text) - 1
    while index >= 0 and unicodedata.bidirectional(text[index]) in ("WS", "S", "B"):
        levels[index] = base  # rule L1: trailing whitespace takes the paragraph's level
        index -= 1
    order = list(range(len(text)))
    odd = [level for level in levels if level % 2]
    if odd:
        for level in range(max(levels), min(odd) - 1, -1):
            position = 0
            while position < len(order):
                if levels[order[position]] < level:
                    position += 1
                    continue
                end = position
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[position:end] = reversed(order[position:end])
                position = end
    return "".join(_MIRRORS.get(text[i], text[i]) if levels[i] % 2 else text[i] for i in order)


def visual_lines(text: str, width: float, size: float, base: str, rtl: bool | None = None) -> list[str]:
    """``text`` shaped, wrapped to ``width`` points and put in display order, one string a line.

    The paragraph runs right to left when ``rtl``, or (None) when its first strong character does.
    """
    rtl = is_rtl(text) if rtl is None else rtl
    shaped = arabic_reshaper.reshape(text)
    space = fonts.width(" ", size, base)
    lines: list[str] = []
    for hard in shaped.split("\n"):
        current: list[str] = []
        used = 0.0
        for word in hard.split():
            size_of = fonts.width(word, size, base)
            while size_of > width and len(word) > 1:
                cut = _fit(word, width, size, base)
                if current:
                    lines.append(" ".join(current))
                    current, used = [], 0.0
                lines.append(word[:cut])
                word = word[cut:]
                size_of = fonts.width(word, size, base)
            if current and used + space + size_of > width:
                lines.append(" ".join(current))
                current, used = [], 0.0
            used += (space if current else 0.0) + size_of
            current.append(word)
        lines.append(" ".join(current))
    return [display(line, rtl) for line in lines]


def _fit(word: str, width: float, size: float, base: str) -> int:
    cut = len(word) - 1
    while cut > 1 and fonts.width(word[:cut], size, base) > width:
        cut -= 1
    return cut


class BidiParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph of plain text with Arabic in it; laid out anew for each width it is given."""

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: str | None = None,
        frags: Any = None,
        *,
        ltr: bool = False,
        rtl: bool | None = None,
        **kwargs: Any,
    ) -> None:
        self._plain = text if frags is None else None
        self._ltr = ltr
        self._rtl = rtl
        self._laid_for: float | None = None
        self._lines: list[str] = []
        if self._plain is not None and not ltr and is_rtl(self._plain):
            style = _right_aligned(style)
        super().__init__(text if frags is not None else "", style, bulletText, frags, **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._plain is not None and self._laid_for != availWidth:
            style = self.style
            inner = availWidth - style.leftIndent - style.rightIndent - 1.0
            base = style.fontName
            lines = visual_lines(self._plain, max(inner, 10.0), style.fontSize, base, False if self._ltr else self._rtl)
            self._lines = [fonts.markup(line, base) for line in lines]
            super().__init__("<br/>".join(self._lines), style, self.bulletText)
            self._laid_for = availWidth
        result: tuple[float, float] = super().wrap(availWidth, availHeight)
        return result

    def split(self, availWidth: float, availHeight: float) -> list[Paragraph]:
        """Cut between two of the laid-out lines (ReportLab's own split would start the rest with a blank line)."""
        if self._plain is None:
            parts: list[Paragraph] = super().split(availWidth, availHeight)
            return parts
        self.wrap(availWidth, availHeight)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit >= len(self._lines):
            return [self]
        if fit < 1:
            return []
        return [
            Paragraph("<br/>".join(self._lines[:fit]), self.style),
            Paragraph("<br/>".join(self._lines[fit:]), self.style),
        ]


_aligned: dict[str, ParagraphStyle] = {}


def _right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    if style.alignment != TA_LEFT:  # already right-aligned, or centred
        return style
    found = _aligned.get(style.name)
    if found is None:
        found = ParagraphStyle(style.name + "-rtl", parent=style, alignment=TA_RIGHT)
        _aligned[style.name] = found
    return found


_CJK = re.compile("[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


_variants: dict[tuple[str, bool, bool], ParagraphStyle] = {}


def variant(style: ParagraphStyle, *, right: bool = False, cjk: bool = False) -> ParagraphStyle:
    """``style`` right-aligned (a right-to-left document; centred styles stay centred) and/or wrapping between
    Chinese characters."""
    right = right and style.alignment == TA_LEFT
    if not right and not cjk:
        return style
    key = (style.name, right, cjk)
    found = _variants.get(key)
    if found is None:
        changes: dict[str, Any] = {}
        if right:
            changes["alignment"] = TA_RIGHT
        if cjk:
            changes["wordWrap"] = "CJK"
        found = ParagraphStyle(
            f"{style.name}{'-right' if right else ''}{'-cjk' if cjk else ''}", parent=style, **changes
        )
        _variants[key] = found
    return found


def paragraph(text: str, style: ParagraphStyle, *, ltr: bool = False, right: bool = False) -> Paragraph:
    """The right paragraph for plain ``text``: bidi-aware when it holds Arabic, else plain markup.

    ``ltr`` lays the text out left to right even when it starts in Arabic (a running header); ``right``
    right-aligns it whatever its language (every paragraph of a right-to-left report). Chinese text wraps
    between characters, as it has no spaces to wrap at.
    """
    style = variant(style, right=right and not ltr, cjk=has_cjk(text))
    if has_arabic(text):
        return BidiParagraph(text, style, ltr=ltr, rtl=True if right and not ltr else None)
    if "\n" in text:
        return Paragraph("<br/>".join(fonts.markup(line, style.fontName) for line in text.split("\n")), style)
    return Paragraph(fonts.markup(text, style.fontName), style)


def visual(text: str, rtl: bool | None = None) -> str:
    """One line of ``text`` shaped and in display order, for drawing straight onto the canvas (no wrapping)."""
    if not has_arabic(text):
        return text
    rtl = (True if document_rtl() else is_rtl(text)) if rtl is None else rtl
    return display(arabic_reshaper.reshape(text), rtl)


__all__ = [
    "TA_LEFT",
    "BidiParagraph",
    "has_arabic",
    "has_cjk",
    "is_rtl",
    "paragraph",
    "variant",
    "visual",
    "visual_lines",
]
