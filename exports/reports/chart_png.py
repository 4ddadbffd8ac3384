"""The report's two charts as PNG pictures, drawn with Pillow, for the editable document (DOCX).

The PDF draws its charts as vector graphics (:mod:`exports.reports.pdf_charts`), but ReportLab cannot turn
them into pictures without rlPyCairo, so the same two charts are drawn here again, from the same
data, in the same colours and the same embedded fonts:

- per-pillar mean scores, law and institutions beside practice, against the target (dashed);
- law against practice: how many items sit at each pair of scores.

Geometry is written in points, as in the PDF, and drawn at :data:`SCALE` pixels per point, so a
picture shown :data:`WIDTH_CM` wide prints at about 250 dpi. Each label is cut into runs by the
font that has each letter (Noto Sans, Noto Sans Arabic, WenQuanYi Micro Hei); Arabic is shaped and
put in display order by :mod:`exports.reports.rtl` first, so Pillow's basic layout (no second bidi pass)
draws it as it is.
"""

from __future__ import annotations

import io
import math
from functools import cache

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors

from exports.reports import fonts, pdf_draw, wording
from exports.reports.model import ReportData
from exports.reports.pdf_charts import score_pairs, short_title
from exports.reports.pdf_style import INK, LAW, MUTED, NAVY, PRACTICE, RULE, TARGET

WIDTH_PX = 1600
PILLAR_HEIGHT_PX = 700
WIDTH_CM = 16.0
SCALE = WIDTH_PX / (WIDTH_CM / 2.54 * 72)  # pixels per point when shown WIDTH_CM wide
WIDTH_PT = WIDTH_PX / SCALE

RGB = tuple[int, int, int]
WHITE: RGB = (255, 255, 255)


def rgb(colour: colors.Color) -> RGB:
    return (round(colour.red * 255), round(colour.green * 255), round(colour.blue * 255))


@cache
def _font(name: str, size_px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(fonts.files()[name]), size_px, index=0, layout_engine=ImageFont.Layout.BASIC)


class Canvas:
    """A picture addressed in points from the bottom left, as a ReportLab drawing is."""

    def __init__(self, width: float, height: float, height_px: int | None = None) -> None:
        self.height = height
        self.image = Image.new("RGB", (WIDTH_PX, height_px or math.ceil(height * SCALE)), WHITE)
        self.draw = ImageDraw.Draw(self.image)

    def point(self, x: float, y: float) -> tuple[float, float]:
        return x * SCALE, (self.height - y) * SCALE

    def rect(self, x: float, y: float, w: float, h: float, fill: RGB, outline: RGB | None = None) -> None:
        left, top = self.point(x, y + h)
        right, bottom = self.point(x + w, y)
        width = max(1, round(0.4 * SCALE)) if outline else 0
        self.draw.rectangle((left, top, right, bottom), fill=fill, outline=outline, width=width)

    def line(self, x0: float, y0: float, x1: float, y1: float, colour: RGB, width: float) -> None:
        self.draw.line((*self.point(x0, y0), *self.point(x1, y1)), fill=colour, width=max(1, round(width * SCALE)))

    def dashed(
        self, x0: float, y0: float, x1: float, y1: float, colour: RGB, width: float, dash: tuple[float, float]
    ) -> None:
        length = math.hypot(x1 - x0, y1 - y0)
        if not length:
            return
        dx, dy = (x1 - x0) / length, (y1 - y0) / length
        at = 0.0
        while at < length:
            end = min(at + dash[0], length)
            self.line(x0 + dx * at, y0 + dy * at, x0 + dx * end, y0 + dy * end, colour, width)
            at = end + dash[1]

    @staticmethod
    def width(text: str, size: float, base: str = fonts.REGULAR) -> float:
        """Printed width of ``text`` in points."""
        px = max(1, round(size * SCALE))
        return sum(_font(font, px).getlength(piece) for font, piece in pdf_draw.runs(text, base)) / SCALE

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        colour: RGB,
        anchor: str = "start",
        base: str = fonts.REGULAR,
        room: float | None = None,
    ) -> None:
        """``text`` on the baseline ``y``; made smaller when it is wider than ``room`` points."""
        if room is not None and self.width(text, size, base) > room > 0:
            size = max(size * room / self.width(text, size, base), size * 0.6)
        px = max(1, round(size * SCALE))
        pieces = pdf_draw.runs(text, base)
        total = sum(_font(font, px).getlength(piece) for font, piece in pieces)
        left, baseline = self.point(x, y)
        left -= total if anchor == "end" else total / 2 if anchor == "middle" else 0
        for font, piece in pieces:
            face = _font(font, px)
            self.draw.text((left, baseline), piece, font=face, fill=colour, anchor="ls")
            left += face.getlength(piece)

    def png(self) -> bytes:
        out = io.BytesIO()
        self.image.save(out, format="PNG", dpi=(round(SCALE * 72), round(SCALE * 72)))
        return out.getvalue()


def pillar_chart(data: ReportData) -> bytes:
    """Grouped bars: mean score per chapter in law and in practice, the target as a dashed line (PNG)."""
    w = wording.of(data)
    width, height = WIDTH_PT, PILLAR_HEIGHT_PX / SCALE
    canvas = Canvas(width, height, PILLAR_HEIGHT_PX)
    left, bottom = 34.0, 52.0
    plot_w, plot_h = width - 44, height - 80
    chapters = tuple(reversed(data.chapters)) if w.rtl else data.chapters  # read from the right in Arabic
    low, high = data.info.scale_min, data.info.scale_max
    span = high - low or 1

    def y_of(value: float) -> float:
        return bottom + plot_h * (min(max(value, low), high) - low) / span

    for value in range(low, high + 1):
        y = y_of(value)
        if value != low:
            canvas.line(left, y, left + plot_w, y, rgb(RULE), 0.3)
        canvas.text(left - 5, y - 2.5, w.number(value), 7, rgb(INK), "end")
    canvas.line(left, bottom, left, bottom + plot_h, rgb(MUTED), 0.6)
    canvas.line(left, bottom, left + plot_w, bottom, rgb(MUTED), 0.6)
    step = plot_w / max(len(chapters), 1)
    bar = min((step - 10 - 1.5) / 2, 40.0)
    for index, part in enumerate(chapters):
        centre = left + step * (index + 0.5)
        means = (
            (LAW, part.summary.law_mean, centre - 0.75 - bar),
            (PRACTICE, part.summary.practice_mean, centre + 0.75),
        )
        for colour, mean, x in means:
            if mean is None:
                continue
            top = y_of(mean)
            canvas.rect(x, bottom, bar, top - bottom, rgb(colour))
            canvas.text(x + bar / 2, top + 3, w.decimal(mean), 6, rgb(INK), "middle")
        for line, words in enumerate(short_title(part.short_title).split("\n")):
            canvas.text(centre, bottom - 12 - line * 8, words, 6.5, rgb(INK), "middle", room=step - 3)
    target = y_of(data.info.target)
    canvas.dashed(left, target, left + plot_w, target, rgb(TARGET), 0.8, (3, 2))
    legend = [(LAW, w.law(data)), (PRACTICE, w.practice(data))]
    target_label = w("chart_target", target=w.number(data.info.target))
    legend_width = sum(13 + canvas.width(label, 7.5) + 18 for _, label in legend) + 18 + canvas.width(target_label, 7.5)
    x = left + plot_w - legend_width if w.rtl else left
    top = height - 12
    for colour, label in legend:
        canvas.rect(x, top, 9, 7, rgb(colour))
        canvas.text(x + 13, top + 0.5, label, 7.5, rgb(INK))
        x += 13 + canvas.width(label, 7.5) + 18
    canvas.dashed(x, top + 3.5, x + 14, top + 3.5, rgb(TARGET), 0.8, (3, 2))
    canvas.text(x + 18, top + 0.5, target_label, 7.5, rgb(INK))
    return canvas.png()


def matrix_chart(data: ReportData) -> bytes:
    """A grid of law score (across) against practice score (up); each cell shows how many items have that pair (PNG)."""
    w = wording.of(data)
    low, high = data.info.scale_min, data.info.scale_max
    steps = high - low + 1
    counts = score_pairs(data)
    most = max(counts.values(), default=1)
    width = WIDTH_PT
    size = min(30.0, (width - 220) / steps)
    height = size * steps + 48
    canvas = Canvas(width, height)
    left, bottom = 64.0, 34.0
    for law in range(low, high + 1):
        for practice in range(low, high + 1):
            count = counts.get((law, practice), 0)
            x = left + (law - low) * size
            y = bottom + (practice - low) * size
            shade = colors.linearlyInterpolatedColor(colors.HexColor("#f4f7fb"), NAVY, 0, 1, count / most)
            canvas.rect(x, y, size, size, rgb(shade) if count else WHITE, rgb(RULE))
            if count:
                ink = WHITE if count / most > 0.45 else rgb(INK)
                canvas.text(x + size / 2, y + size / 2 - 3, w.number(count), 8, ink, "middle")
    for value in range(low, high + 1):
        offset = (value - low) * size + size / 2
        canvas.text(left + offset, bottom - 10, w.number(value), 7, rgb(MUTED), "middle")
        canvas.text(left - 6, bottom + offset - 2.5, w.number(value), 7, rgb(MUTED), "end")
    canvas.dashed(left, bottom, left + size * steps, bottom + size * steps, rgb(TARGET), 0.6, (2, 2))
    canvas.text(left + size * steps / 2, bottom - 24, w.law(data), 7.5, rgb(INK), "middle")
    canvas.text(left - 22, bottom + size * steps + 8, w.practice(data), 7.5, rgb(INK), room=width - left + 20)
    note_x = left + size * steps + 16
    behind = sum(n for (law, practice), n in counts.items() if practice < law)
    ahead = sum(n for (law, practice), n in counts.items() if practice > law)
    level = sum(n for (law, practice), n in counts.items() if practice == law)
    notes = ((w("matrix_behind"), behind), (w("matrix_level"), level), (w("matrix_ahead"), ahead))
    for line, (label, value) in enumerate(notes):
        y = bottom + size * steps - 12 - line * 14
        canvas.text(note_x, y, w.number(value), 9, rgb(NAVY), base=fonts.BOLD)
        canvas.text(note_x + 22, y, label, 7.5, rgb(INK), room=width - note_x - 26)
    return canvas.png()


__all__ = ["SCALE", "WIDTH_CM", "WIDTH_PX", "matrix_chart", "pillar_chart"]


def text_png(text: str, size: float, colour: RGB, opacity: float, base: str = fonts.BOLD) -> tuple[bytes, float, float]:
    """``text`` at ``size`` points as a transparent picture in ``colour`` at ``opacity``: the PNG, and its width
    and height in points; the text's baseline is at a quarter of the height from the bottom.

    The PDF's DRAFT watermark is such a picture, so that it is seen and printed but never copied as text."""
    px = max(1, round(size * SCALE / 2))  # half the charts' resolution: about 125 dpi at the watermark's size
    pieces = pdf_draw.runs(text, base)
    total = sum(_font(font, px).getlength(piece) for font, piece in pieces)
    width, height = math.ceil(total + px * 0.2), math.ceil(px * 1.4)
    image = Image.new("RGBA", (width, height), (*colour, 0))
    draw = ImageDraw.Draw(image)
    left, baseline = px * 0.1, height * 0.75
    for font, piece in pieces:
        face = _font(font, px)
        draw.text((left, baseline), piece, font=face, fill=(*colour, round(255 * opacity)), anchor="ls")
        left += face.getlength(piece)
    out = io.BytesIO()
    image.save(out, format="PNG")
    scale = px / size
    return out.getvalue(), width / scale, height / scale
