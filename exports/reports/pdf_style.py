"""The look of the PDF report: colours, paragraph styles, table styles and small layout helpers.

Styles are made once per process and shared by every report; text that a user typed goes
through :func:`text`, which picks fonts per script and lays Arabic out right to left.

A report in a right-to-left language is laid out inside :func:`right_to_left`: every paragraph is
right-aligned and every table mirrored (its first column on the right), as an Arabic reader expects.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, LongTable, NextPageTemplate, PageBreak, Paragraph, Table, TableStyle
from reportlab.platypus.paraparser import ParaFrag

from exports.reports import fonts, pdf_draw, rtl

INK = colors.HexColor("#1d2733")
NAVY = colors.HexColor("#17375e")
MUTED = colors.HexColor("#5b6675")
RULE = colors.HexColor("#c9d1db")
ZEBRA = colors.HexColor("#f3f6f9")
LAW = colors.HexColor("#2f6eb5")
PRACTICE = colors.HexColor("#e08a2e")
TARGET = colors.HexColor("#8a96a3")
GOOD = colors.HexColor("#2e7d4f")
BAD = colors.HexColor("#b83a2e")
PRIORITY_COLOURS = {"high": BAD, "medium": colors.HexColor("#c77c0e"), "low": colors.HexColor("#4b7d9c")}
SEVERITY_SHADES = {
    "minor": colors.HexColor("#fbf1d5"),
    "major": colors.HexColor("#f8d9b5"),
    "critical": colors.HexColor("#f1b9b2"),
}
"""The shade behind a gap by its severity, always beside the word (minor, major, critical): never colour alone."""
MET_SHADE = colors.HexColor("#dcefe2")

LEAD_SIZE = 7  # a run-in label, in bold small capitals
right_to_left = rtl.right_to_left
rtl_layout = rtl.document_rtl


@cache
def styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5, textColor=INK, spaceAfter=4)
    made = {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, spaceAfter=2),
        "small-alert": ParagraphStyle("small-alert", parent=body, fontSize=8, leading=10, textColor=BAD, spaceAfter=2),
        "source": ParagraphStyle("source", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED, spaceAfter=1),
        "muted": ParagraphStyle("muted", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED, spaceAfter=2),
        "header": ParagraphStyle("header", parent=body, fontSize=7.5, leading=9, textColor=MUTED, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9.2, spaceAfter=0),
        "cell-muted": ParagraphStyle("cell-muted", parent=body, fontSize=7, leading=8.6, textColor=MUTED, spaceAfter=0),
        "hash": ParagraphStyle("hash", parent=body, fontSize=7, leading=8.6, textColor=NAVY, spaceAfter=0),
        "cellhead": ParagraphStyle(
            "cellhead", parent=body, fontName=fonts.BOLD, fontSize=7.5, leading=9.2, textColor=colors.white
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=17,
            leading=21,
            textColor=NAVY,
            spaceBefore=0,
            spaceAfter=10,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=12,
            leading=15,
            textColor=NAVY,
            spaceBefore=10,
            spaceAfter=5,
        ),
        "h3": ParagraphStyle(
            "h3", parent=body, fontName=fonts.BOLD, fontSize=10, leading=13, textColor=NAVY, spaceBefore=6, spaceAfter=3
        ),
        "item": ParagraphStyle(
            "item",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=12,
            spaceAfter=4,
            backColor=ZEBRA,
            borderPadding=(3, 4, 2, 4),
        ),
        "label": ParagraphStyle(
            "label",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=7,
            leading=9,
            textColor=MUTED,
            spaceBefore=3,
            spaceAfter=0,
        ),
        "quote": ParagraphStyle("quote", parent=body, leftIndent=8, textColor=INK, fontSize=9, leading=12),
        "cover-title": ParagraphStyle(
            "cover-title", parent=body, fontName=fonts.BOLD, fontSize=26, leading=32, textColor=NAVY, spaceAfter=12
        ),
        "cover-sub": ParagraphStyle("cover-sub", parent=body, fontSize=14, leading=19, textColor=INK, spaceAfter=6),
        "figure": ParagraphStyle(
            "figure", parent=body, fontName=fonts.BOLD, fontSize=22, leading=26, textColor=NAVY, alignment=TA_CENTER
        ),
        "figure-label": ParagraphStyle(
            "figure-label", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED, alignment=TA_CENTER
        ),
        "toc0": ParagraphStyle("toc0", parent=body, fontName=fonts.BOLD, fontSize=10, leading=15, alignment=TA_LEFT),
        "toc1": ParagraphStyle("toc1", parent=body, fontSize=9, leading=12.5, leftIndent=14),
    }
    for name in ("body", "small", "small-alert"):  # with a run-in label (see lead)
        base = made[name]
        made[f"{name}-lead"] = ParagraphStyle(
            f"{name}-lead",
            parent=base,
            bulletFontName=fonts.BOLD,
            bulletFontSize=LEAD_SIZE,
            bulletColor=MUTED,
            bulletIndent=base.leftIndent,
        )
    return made


def style(name: str) -> ParagraphStyle:
    return styles()[name]


def text(value: str, name: str = "body") -> Paragraph:
    """A paragraph of plain text (anything a user typed, any translated label), in the named style."""
    return _plain(value, styles()[name])


def _plain(value: str, look: ParagraphStyle) -> Paragraph:
    """Plain ``value`` in ``look``: handed to ReportLab as one ready-made run when it all prints in the style's
    own font on one line, as most text does; through :func:`exports.reports.rtl.paragraph` (markup for other scripts'
    fonts, Arabic laid out right to left, Chinese wrapped between characters) otherwise.

    A report has tens of thousands of paragraphs, and parsing each one's markup cost more than wrapping it; the
    parser also cuts a text at each ``&``, ``<`` or ``>`` into several runs, which sends it down ReportLab's
    slow general path. One run is what the parser would make of the text, less those cuts.
    """
    font = look.fontName
    if "\n" in value or not value.strip() or fonts.runs(value, font) != [(font, value)]:
        return rtl.paragraph(value, look, right=rtl_layout())
    style = rtl.variant(look, right=rtl_layout())
    run = ParaFrag(
        text=value,
        fontName=font,
        fontSize=style.fontSize,
        textColor=style.textColor,
        rise=0,
        greek=0,
        link=[],
        us_lines=[],
        bold=0,
        italic=0,
    )
    return Paragraph(value, style, frags=[run])


def markup(value: str, name: str = "body") -> Paragraph:
    """A paragraph of trusted markup written by this package (no user text in it unescaped, no Arabic)."""
    return Paragraph(value, rtl.variant(styles()[name], right=rtl_layout(), cjk=rtl.has_cjk(value)))


def lead(label: str, value: str, name: str = "small") -> list[Paragraph]:
    """``value`` with ``label`` run in before it in small bold capitals: "RATIONALE  The team found...".

    The label is drawn as the paragraph's bullet, so the paragraph stays a single style run, which
    ReportLab wraps and draws several times faster than one with inline ``<b>`` (see
    :func:`exports.reports.pdf_chapters.item_block`). Where the value is laid out right to left (a right-to-left
    report, or a value in Arabic) the label is a small paragraph of its own above the value instead.
    """
    caption = label.upper()
    if rtl_layout() or rtl.has_arabic(value) or rtl.has_arabic(caption):
        return [text(caption, "label"), text(value, name)]
    made = text(value, f"{name}-lead")
    pieces = fonts.runs(caption, fonts.BOLD)
    if len(pieces) == 1 and pieces[0][0] == fonts.BOLD:
        made.bulletText = caption
    else:  # letters the bold face lacks (Chinese) print in their own font
        made.bulletText = [
            ParaFrag(text=piece, fontName=font, fontSize=LEAD_SIZE, textColor=MUTED, rise=0) for font, piece in pieces
        ]
    return [made]


def safe(value: str, base: str = fonts.REGULAR) -> str:
    """User text as markup to embed in a larger paragraph (no Arabic reordering: use :func:`text` for that)."""
    return fonts.markup(value, base)


def cell(value: str, name: str = "cell") -> Paragraph | str:
    """A table cell: a plain string when it is short ASCII that fits, else a wrapping paragraph."""
    if value.isascii() and len(value) <= 12:
        return value
    return _plain(value, styles()[name])


def score(value: int | None) -> str:
    return "–" if value is None else str(value)


def mean(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    numeric: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
    zebra: bool = True,
) -> Table:
    """A data table in the house style: dark header row repeated on each page, light zebra rows."""
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("LEADING", (0, 0), (-1, -1), 9.2),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), NAVY),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
        ]
    if zebra and len(rows) > 2:
        commands.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, ZEBRA]))
    for column in numeric:
        commands.append(("ALIGN", (column, 0), (column, -1), "CENTER"))
    commands.extend(extra)
    kind = LongTable if len(rows) > 30 else Table
    body, sizes = [list(row) for row in rows], fit(rows[0], widths) if header and rows else list(widths)
    if rtl_layout():
        body, sizes, commands = mirror(body, sizes, commands)
    result = kind(body, colWidths=sizes, repeatRows=1 if header else 0, hAlign="RIGHT" if rtl_layout() else "LEFT")
    result.setStyle(TableStyle(commands))
    return result


def mirror(
    rows: list[list[Any]], widths: list[float], commands: Sequence[tuple[Any, ...]]
) -> tuple[list[list[Any]], list[float], list[tuple[Any, ...]]]:
    """A table turned right to left: columns in reverse order, each style command on its mirrored columns,
    and text aligned right unless a command centres it."""
    count = len(widths)

    def flip(column: int) -> int:
        return count - 1 - (column if column >= 0 else count + column)

    turned: list[tuple[Any, ...]] = [("ALIGN", (0, 0), (-1, -1), "RIGHT")]
    for command in commands:
        name, (c0, r0), (c1, r1), *rest = command
        a, b = sorted((flip(c0), flip(c1)))
        turned.append((name, (a, r0), (b, r1), *rest))
    return [row[::-1] for row in rows], widths[::-1], turned


def head(labels: Sequence[str]) -> list[Paragraph | str]:
    """A header row: short Latin labels as strings, others as wrapping paragraphs in the right fonts."""
    cells: list[Paragraph | str] = []
    for label in labels:
        if label.isascii() and " " not in label:
            cells.append(label)
            continue
        made = _plain(label, styles()["cellhead"])
        made.label = label
        cells.append(made)
    return cells


def fit(header: Sequence[Any], widths: Sequence[float]) -> list[float]:
    """``widths`` widened where a header word would not fit (a longer word in another language), the room
    taken from the widest column (the one that holds the item's text)."""
    sizes = list(widths)
    padding = 10.0  # the cell's padding (3.5 each side) and the paragraph's own slack
    for index, cell_ in enumerate(header):
        label = cell_ if isinstance(cell_, str) else getattr(cell_, "label", "")
        words = label.split() if not rtl.has_cjk(label) or len(label) <= 6 else list(label.replace(" ", ""))
        need = max((pdf_draw.width(word, 7.5, fonts.BOLD) for word in words), default=0.0) + padding
        if sizes[index] < need:
            sizes[index] = need
    spare = sum(sizes) - sum(widths)
    if spare > 0:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        sizes[widest] = max(sizes[widest] - spare, widths[widest] * 0.5)
    return sizes


def heading(title: str, level: int = 0, *, toc: bool = True, keep: bool = True) -> Paragraph:
    """A chapter (level 0) or section (level 1) heading, listed in the contents and the PDF outline."""
    result = text(title, ("h1", "h2", "h3")[level])
    if toc:
        result.toc_entry = (level, title)
    result.keepWithNext = keep
    return result


def section(title: str, room: float = 110) -> list[Any]:
    """A section heading over a table: it starts a new page unless ``room`` points are left below it.

    Keeping the heading with the next flowable instead would pull a long table whole onto the
    next page and leave the rest of this one empty.
    """
    return [CondPageBreak(room), heading(title, 1, keep=False)]


ROOM_FOR_A_CHAPTER = 320.0
"""A chapter that follows one in the same orientation starts on the same page when this much room (points) is left
below, rather than leaving the page nearly empty."""


def new_page(template: str = "portrait", *, unless_room: float | None = None) -> list[Any]:
    """Start the next part on a fresh page laid out with ``template`` (portrait or landscape); with ``unless_room``,
    only when less than that room is left on this page (the part before it is in the same orientation)."""
    if unless_room is not None:  # the page template stays what it is: no NextPageTemplate to keep
        return [CondPageBreak(unless_room)]
    return [NextPageTemplate(template), PageBreak()]
