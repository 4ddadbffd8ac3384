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
from typing import Any

import arabic_reshaper
from bidi import get_display
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from exports import fonts

_ARABIC = re.compile("[\u0600-\u08ff\ufb50-\ufefc]")


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
    return [get_display(line, base_dir="R" if rtl else "L") for line in lines]


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
        **kwargs: Any,
    ) -> None:
        self._plain = text if frags is None else None
        self._ltr = ltr
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
            lines = visual_lines(self._plain, max(inner, 10.0), style.fontSize, base, False if self._ltr else None)
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
    if style.alignment == TA_RIGHT:
        return style
    found = _aligned.get(style.name)
    if found is None:
        found = ParagraphStyle(style.name + "-rtl", parent=style, alignment=TA_RIGHT)
        _aligned[style.name] = found
    return found


def paragraph(text: str, style: ParagraphStyle, *, ltr: bool = False) -> Paragraph:
    """The right paragraph for plain ``text``: bidi-aware when it holds Arabic, else plain markup.

    ``ltr`` lays the text out left to right even when it starts in Arabic (a running header).
    """
    if has_arabic(text):
        return BidiParagraph(text, style, ltr=ltr)
    if "\n" in text:
        return Paragraph("<br/>".join(fonts.markup(line, style.fontName) for line in text.split("\n")), style)
    return Paragraph(fonts.markup(text, style.fontName), style)


__all__ = ["TA_LEFT", "BidiParagraph", "has_arabic", "is_rtl", "paragraph", "visual_lines"]
