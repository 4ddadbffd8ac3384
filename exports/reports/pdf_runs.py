"""Short lines of mixed type, laid out without ReportLab's markup parser: an item's title bar and its scores.

ReportLab wraps and draws a paragraph with inline ``<b>`` or ``<font>`` on its general path, several times
slower than a paragraph of one style; an item's title (its code, then its state in a small coloured capital)
and its line of scores (bold labels, a red gap) are such paragraphs, one of each for every item. They are
also short and simple: a handful of styled runs, left or right aligned, never justified. :class:`Runs` lays
them out itself: it measures each word once, fills the lines greedily, breaks only at ordinary spaces (a
no-break space holds a label to its separator), cuts a word that cannot fit (Chinese has no spaces), and
draws the whole paragraph as one PDF text object.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from exports.reports import fonts, rtl

Run = tuple[str, str, float, Any]
"""A piece of text and its look: (text, font, size, colour)."""

_Word = tuple[tuple[Run, ...], float]
"""A word (what lies between two ordinary spaces) as its runs in one font each, and its width."""


def _words(runs: Sequence[Run]) -> list[_Word]:
    """The words of ``runs``, each run cut further where a letter needs another font (Arabic, Chinese)."""
    pieces: list[list[Run]] = [[]]
    for text, font, size, colour in runs:
        for face, chunk in fonts.runs(text, font):
            for index, part in enumerate(chunk.split(" ")):
                if index:
                    pieces.append([])
                if part:
                    pieces[-1].append((part, face, size, colour))
    return [(tuple(word), _width(word)) for word in pieces if word]


def _width(word: Sequence[Run]) -> float:
    return float(sum(stringWidth(text, font, size) for text, font, size, _ in word))


def _space(word: _Word) -> float:
    """The space after ``word``: drawn in the look of its last run."""
    _, font, size, _ = word[0][-1]
    return float(stringWidth(" ", font, size))


def _cut(word: _Word, room: float) -> tuple[_Word, _Word]:
    """``word`` cut after the most letters that fit in ``room`` points (at least one)."""
    head: list[Run] = []
    used = 0.0
    runs = list(word[0])
    while runs:
        text, font, size, colour = runs[0]
        taken = 0
        while taken < len(text):
            step = stringWidth(text[taken], font, size)
            if used + step > room and (head or taken):
                break
            used += step
            taken += 1
        if taken:
            head.append((text[:taken], font, size, colour))
        if taken < len(text):
            runs[0] = (text[taken:], font, size, colour)
            break
        runs.pop(0)
    return (tuple(head), _width(head)), (tuple(runs), _width(runs))


def lay_out(words: Sequence[_Word], width: float) -> list[tuple[list[_Word], float]]:
    """``words`` in lines of at most ``width`` points: (the line's words, its width)."""
    lines: list[tuple[list[_Word], float]] = []
    line: list[_Word] = []
    used = 0.0
    pending = list(words)
    while pending:
        word = pending.pop(0)
        gap = _space(line[-1]) if line else 0.0
        if used + gap + word[1] <= width + 1e-6:
            line.append(word)
            used += gap + word[1]
            continue
        room = width - used - gap
        text = "".join(run[0] for run in word[0])
        if not line or (rtl.has_cjk(text) and room > 0 and len(text) > 1):
            head, rest = _cut(word, room if line else width)
            if head[0] and (not line or head[1] <= room + 1e-6):
                line.append(head)
                used += gap + head[1]
                if rest[0]:
                    pending.insert(0, rest)
                    lines.append((line, used))
                    line, used = [], 0.0
                continue
        lines.append((line, used))
        line, used = [], 0.0
        pending.insert(0, word)
    if line:
        lines.append((line, used))
    return lines


class Runs(Flowable):  # type: ignore[misc]
    """A paragraph of styled runs in ``style``'s leading, alignment, indents, spacing and background."""

    def __init__(self, runs: Sequence[Run], style: ParagraphStyle) -> None:
        super().__init__()
        self.style = style
        self._runs = runs
        self._laid_for: float | None = None
        self._lines: list[tuple[list[_Word], float]] = []

    @classmethod
    def _from_lines(cls, lines: list[tuple[list[_Word], float]], style: ParagraphStyle, width: float) -> Runs:
        made = cls([run for words, _ in lines for word, _ in words for run in (*word, (" ", *word[-1][1:]))], style)
        made._lines = lines
        made._laid_for = width
        return made

    @property
    def text(self) -> str:
        """The text of the runs."""
        return "".join(run[0] for run in self._runs)

    @property
    def lines(self) -> list[str]:
        """The text of each line, as last laid out by :meth:`wrap`."""
        return [" ".join("".join(run[0] for run in word) for word, _ in line) for line, _ in self._lines]

    def _lay_out(self, width: float) -> None:
        """Words are measured and placed only when the paragraph is laid out (a report holds thousands of these
        from the start of its layout, so they stay a few tuples each until then)."""
        if self._laid_for != width:
            style = self.style
            self._lines = lay_out(_words(self._runs), max(width - style.leftIndent - style.rightIndent, 1.0))
            self._laid_for = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._lay_out(availWidth)
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Between two lines, leaving at least two on this page (as a ReportLab paragraph does)."""
        self._lay_out(availWidth)
        fit = int((availHeight + 1e-8) // self.style.leading)
        if fit >= len(self._lines):
            return [self]
        if fit <= 1:
            return []
        return [
            self._from_lines(self._lines[:fit], self.style, availWidth),
            self._from_lines(self._lines[fit:], self.style, availWidth),
        ]

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        if style.backColor is not None:
            top, right, bottom, left = _padding(style.borderPadding)
            canvas.saveState()
            canvas.setFillColor(style.backColor)
            canvas.rect(
                style.leftIndent - left,
                -bottom,
                self.width - style.leftIndent - style.rightIndent + left + right,
                self.height + top + bottom,
                stroke=0,
                fill=1,
            )
            canvas.restoreState()
        if not self._lines:
            return
        text = canvas.beginText()
        first = max(run[2] for word in self._lines[0][0] for run in word[0])
        face: tuple[str, float] | None = None
        ink: Any = None
        for number, (line, used) in enumerate(self._lines):
            if style.alignment == TA_RIGHT:
                x = self.width - style.rightIndent - used
            elif style.alignment == TA_CENTER:
                x = style.leftIndent + (self.width - style.leftIndent - style.rightIndent - used) / 2
            else:
                x = style.leftIndent
            text.setTextOrigin(x, self.height - first - number * style.leading)
            for piece, font, size, colour in _segments(line):
                if face != (font, size):
                    text.setFont(font, size)
                    face = (font, size)
                if ink != colour:
                    text.setFillColor(colour)
                    ink = colour
                text.textOut(piece)
        canvas.drawText(text)


def _segments(line: list[_Word]) -> list[Run]:
    """A line's runs with the spaces between its words, neighbours of the same look joined (one string each)."""
    joined: list[Run] = []
    last = len(line) - 1
    for index, (runs, _) in enumerate(line):
        for number, (piece, font, size, colour) in enumerate(runs):
            if number == len(runs) - 1 and index < last:
                piece += " "  # the space after a word, in the look of its last run (as measured)
            if joined and joined[-1][1:] == (font, size, colour):
                joined[-1] = (joined[-1][0] + piece, font, size, colour)
            else:
                joined.append((piece, font, size, colour))
    return joined


def _padding(value: Any) -> tuple[float, float, float, float]:
    """A border padding as (top, right, bottom, left), from one number or a CSS-like sequence."""
    if isinstance(value, (int, float)):
        return (value, value, value, value)
    values = list(value)
    if len(values) == 2:
        values *= 2
    elif len(values) == 3:
        values.append(values[1])
    return values[0], values[1], values[2], values[3]
