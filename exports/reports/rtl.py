"""Paragraphs holding Arabic: shaped, wrapped at the real width, then placed line by line.

ReportLab (without its optional rlbidi) neither joins Arabic letters nor lays them out right to
left. What prints correctly is: shape the logical text with ``arabic-reshaper`` (presentation
forms, still in logical order, so widths are the printed ones), break it into lines at the width
the paragraph gets, and only then resolve each line's directions with ``python-bidi``. Reordering a
whole paragraph before wrapping would print its lines in reverse order.

What a reader copies out of the PDF must read as typed. Each line is drawn as its directional runs
(:func:`placed`): every run where it belongs on the line, its glyphs from the left, but the runs in the
order the text is read; PDF readers (pdftotext, pypdf, Acrobat) turn right-to-left runs round
themselves, and the Arabic font maps its joined letter forms back to the base letters
(:class:`exports.reports.fonts.BaseLetterFont`). This is how LibreOffice writes its PDFs too.

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
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

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


def _visual_order(text: str, rtl: bool) -> tuple[list[int], list[int]]:
    """The logical index of each character of a line in display order, and each character's embedding level.

    ``python-bidi`` resolves the levels correctly (paired brackets included); they are read back here and the
    line reordered with them (rules L1 and L2). If they cannot be read, the whole line takes the paragraph's
    direction.
    """
    base = 1 if rtl else 0
    levels = (_levels(text, rtl) if text else None) or [base] * len(text)
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
    return order, levels


def display(text: str, rtl: bool) -> str:
    """One line of logical text in display order, brackets mirrored where they run right to left.

    ``python-bidi`` does not mirror glyphs (rule L4), so "(text)" in Arabic would print as ")text(".
    """
    order, levels = _visual_order(text, rtl)
    return "".join(_MIRRORS.get(text[i], text[i]) if levels[i] % 2 else text[i] for i in order)


Piece = tuple[float, str, str]
"""A piece of a line to draw: (distance from the line's left edge in points, font, text in display order)."""


def placed(line: str, size: float, base: str, rtl: bool) -> tuple[list[Piece], float]:
    """One shaped line of logical text as the pieces to draw, in the order the text is read, and its width.

    A piece is a run of one direction and one font, its characters in display order (brackets mirrored);
    its place is where it falls on the displayed line.
    """
    if not rtl and not has_arabic(line):
        plain: list[Piece] = []
        x = 0.0
        for font, text in fonts.runs(line, base):
            plain.append((x, font, text))
            x += stringWidth(text, font, size)
        return plain, x
    order, levels = _visual_order(line, rtl)
    shown = "".join(_MIRRORS.get(line[i], line[i]) if levels[i] % 2 else line[i] for i in order)
    font_at: list[str] = []
    for font, piece in fonts.runs(shown, base):
        font_at += [font] * len(piece)
    runs: list[tuple[int, str, list[str]]] = []  # (first logical index, font, characters)
    previous = -2
    for position, index in enumerate(order):
        odd = levels[index] % 2 == 1
        step = -1 if odd else 1
        font = font_at[position]
        if runs and runs[-1][1] == font and index == previous + step and levels[previous] % 2 == odd:
            runs[-1] = (min(runs[-1][0], index), font, runs[-1][2])
            runs[-1][2].append(shown[position])
        else:
            runs.append((index, font, [shown[position]]))
        previous = index
    pieces: list[tuple[int, Piece]] = []
    x = 0.0
    for first, font, chars in runs:
        text = "".join(chars)
        pieces.append((first, (x, font, text)))
        x += stringWidth(text, font, size)
    return [piece for _, piece in sorted(pieces, key=lambda found: found[0])], x


def shaped_lines(text: str, width: float, size: float, base: str) -> list[str]:
    """``text`` shaped and wrapped to ``width`` points, one string a line, each still in logical order."""
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
    return lines


def visual_lines(text: str, width: float, size: float, base: str, rtl: bool | None = None) -> list[str]:
    """``text`` shaped, wrapped to ``width`` points and put in display order, one string a line.

    The paragraph runs right to left when ``rtl``, or (None) when its first strong character does.
    """
    rtl = is_rtl(text) if rtl is None else rtl
    return [display(line, rtl) for line in shaped_lines(text, width, size, base)]


def _fit(word: str, width: float, size: float, base: str) -> int:
    cut = len(word) - 1
    while cut > 1 and fonts.width(word[:cut], size, base) > width:
        cut -= 1
    return cut


class BidiParagraph(Flowable):  # type: ignore[misc]
    """A paragraph of plain text with Arabic in it; laid out anew for each width it is given.

    It keeps the style's font, size, leading, colour, indents, spacing and alignment; it has no inline markup.
    """

    def __init__(
        self, text: str, style: ParagraphStyle, *, ltr: bool = False, rtl: bool | None = None, lines: Any = None
    ) -> None:
        super().__init__()
        self.text = text
        self.direction = False if ltr else is_rtl(text) if rtl is None else rtl
        if not ltr and is_rtl(text):
            style = _right_aligned(style)
        self.style = style
        self._laid_for: float | None = None
        self._fixed = lines is not None
        self._lines: list[str] = list(lines or ())

    @property
    def lines(self) -> list[str]:
        """The paragraph's lines as last laid out, each shaped and in logical order."""
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style = self.style
        if not self._fixed and self._laid_for != availWidth:
            inner = availWidth - style.leftIndent - style.rightIndent - 1.0
            self._lines = shaped_lines(self.text, max(inner, 10.0), style.fontSize, style.fontName)
            self._laid_for = availWidth
        self.width = availWidth
        self.height = len(self._lines) * style.leading
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Cut between two of the laid-out lines."""
        self.wrap(availWidth, availHeight)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit >= len(self._lines):
            return [self]
        if fit < 1:
            return []
        return [
            BidiParagraph(self.text, self.style, rtl=self.direction, lines=self._lines[:fit]),
            BidiParagraph(self.text, self.style, rtl=self.direction, lines=self._lines[fit:]),
        ]

    def getActualLineWidths0(self) -> list[float]:
        style = self.style
        return [placed(line, style.fontSize, style.fontName, self.direction)[1] for line in self._lines]

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        room = self.width - style.leftIndent - style.rightIndent
        # one text object for the paragraph: readers that copy text join the pieces of a line as one line
        drawn = canvas.beginText()
        for number, line in enumerate(self._lines):
            pieces, used = placed(line, style.fontSize, style.fontName, self.direction)
            if style.alignment == TA_RIGHT:
                x = style.leftIndent + room - used
            elif style.alignment == TA_CENTER:
                x = style.leftIndent + (room - used) / 2
            else:
                x = style.leftIndent
            y = self.height - style.fontSize - number * style.leading
            for offset, font, text in pieces:
                drawn.setTextOrigin(x + offset, y)
                drawn.setFont(font, style.fontSize)
                drawn.textOut(text)
        canvas.drawText(drawn)
        canvas.restoreState()


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


def paragraph(text: str, style: ParagraphStyle, *, ltr: bool = False, right: bool = False) -> Flowable:
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


def shaped(text: str, rtl: bool | None = None) -> tuple[str, bool]:
    """One line of ``text`` shaped (still in logical order), and whether it runs right to left: ``rtl``, else in a
    right-to-left document a line with Arabic, else a line whose first strong character is right-to-left."""
    if not has_arabic(text):
        return text, bool(rtl)
    return arabic_reshaper.reshape(text), (True if document_rtl() else is_rtl(text)) if rtl is None else rtl


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
    "placed",
    "shaped",
    "shaped_lines",
    "variant",
    "visual",
    "visual_lines",
]
