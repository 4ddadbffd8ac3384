"""How the window looks to everyone who has to read it: colours with enough contrast, and a focus one can see.

- :func:`readable` takes the system's palette and, wherever a text colour falls below the WCAG AA contrast of
  4.5:1 on the backgrounds it is drawn on (Fusion's grey secondary text, #777 on #efefef, is 3.9:1), moves
  it just far enough from its background; every other colour stays the system's.
- :func:`high_contrast` is presentation mode's palette: black on white, every pair at least 7:1.
- :class:`FocusStyle` draws the keyboard focus as a two-pixel frame in the highlight colour (on check boxes,
  buttons and the current row of a list alike), and a list that does not have the focus shows its selection
  pale, so that one can tell at a glance which list the arrow keys move in.
- :func:`cjk_font` makes Chinese readable where the system has no font for it (a Linux machine without
  fonts-wqy or Noto CJK): the window then uses the WenQuanYi Micro Hei font that ships with the reports.
- :data:`WARNING` is the one colour of text that warns (not saved, sensitive, a mismatch): dark red, at least
  7:1 on the light backgrounds of both palettes, and never the only cue (the words say it too).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

from assess.paths import package_file

AA = 4.5  # WCAG 2 AA, normal text
WARNING = QColor("#a4262c")

Role = QPalette.ColorRole
TEXT_ON = {
    Role.WindowText: (Role.Window, Role.Button),
    Role.Text: (Role.Base, Role.AlternateBase),
    Role.PlaceholderText: (Role.Window, Role.Base, Role.AlternateBase),
    Role.ButtonText: (Role.Button,),
    Role.HighlightedText: (Role.Highlight,),
    Role.Link: (Role.Base, Role.Window),
    Role.LinkVisited: (Role.Base, Role.Window),
    Role.ToolTipText: (Role.ToolTipBase,),
}
"""Each text colour of the palette and the backgrounds it is drawn on."""

# Black on white, with dark "muted" text and a strong selection: the look that carries best across a room
# on a washed-out projector. Every pair of text and background colours here has a contrast of at least 7:1.
HIGH_CONTRAST = {
    Role.Window: "#ffffff",
    Role.WindowText: "#000000",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#edf1f6",
    Role.Text: "#000000",
    Role.PlaceholderText: "#333333",
    Role.Button: "#f0f0f0",
    Role.ButtonText: "#000000",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#003a8c",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#0033aa",
    Role.LinkVisited: "#5b1a8f",
    Role.ToolTipBase: "#fff7c2",
    Role.ToolTipText: "#000000",
    Role.Light: "#ffffff",
    Role.Midlight: "#cfcfcf",
    Role.Mid: "#767676",
    Role.Dark: "#3c3c3c",
    Role.Shadow: "#000000",
}
DISABLED_TEXT = "#4d4d4d"


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def legible(text: QColor, backgrounds: list[QColor], ratio: float = AA) -> QColor:
    """``text``, darkened (on light backgrounds) or lightened (on dark ones) just enough to reach ``ratio`` on
    every one of ``backgrounds``."""
    if all(contrast(text, b) >= ratio for b in backgrounds):
        return text
    dark_ground = sum(luminance(b) for b in backgrounds) / len(backgrounds) < 0.5
    hue, saturation, lightness, alpha = text.hslHueF(), text.hslSaturationF(), text.lightnessF(), text.alphaF()
    for step in range(1, 101):
        value = lightness + step / 100 if dark_ground else lightness - step / 100
        candidate = QColor.fromHslF(max(hue, 0.0), saturation, min(max(value, 0.0), 1.0), alpha).toRgb()
        if all(contrast(candidate, b) >= ratio for b in backgrounds):
            return candidate
    return QColor("#ffffff" if dark_ground else "#000000")


def readable(base: QPalette) -> QPalette:
    """``base`` with every text colour at AA contrast on its backgrounds (active and inactive), and a pale
    selection in lists without the focus."""
    palette = QPalette(base)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        # white on Fusion's mid blue is 3.7:1: there the selection darkens rather than the text
        selected = palette.color(group, Role.HighlightedText)
        palette.setColor(group, Role.Highlight, legible(palette.color(group, Role.Highlight), [selected]))
        for text, grounds in TEXT_ON.items():
            colour = palette.color(group, text)
            palette.setColor(group, text, legible(colour, [palette.color(group, g) for g in grounds]))
    _pale_inactive_selection(palette)
    return palette


def high_contrast(base: QPalette) -> QPalette:
    """``base`` with the high-contrast colours of presentation mode."""
    palette = QPalette(base)
    for role, colour in HIGH_CONTRAST.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    _pale_inactive_selection(palette)
    return palette


def _pale_inactive_selection(palette: QPalette) -> None:
    """The selection of a list without the focus: the highlight mixed with the background, with the normal text
    on it (still AA), so that the list with the focus is the one with the strong selection."""
    active, base = palette.color(QPalette.ColorGroup.Active, Role.Highlight), palette.color(Role.Base)
    pale = QColor(
        round(active.red() * 0.25 + base.red() * 0.75),
        round(active.green() * 0.25 + base.green() * 0.75),
        round(active.blue() * 0.25 + base.blue() * 0.75),
    )
    palette.setColor(QPalette.ColorGroup.Inactive, Role.Highlight, pale)
    text = palette.color(QPalette.ColorGroup.Active, Role.Text)
    palette.setColor(QPalette.ColorGroup.Inactive, Role.HighlightedText, legible(text, [pale]))


class FocusStyle(QProxyStyle):
    """The platform's style, with a keyboard focus frame that can be seen on any widget."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            painter.save()
            pen = QPen(option.palette.color(QPalette.ColorGroup.Active, Role.Highlight), 2)
            painter.setPen(pen)
            rect: QRect = option.rect.adjusted(1, 1, -1, -1)
            painter.drawRect(rect)
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)


def shipped_cjk_font() -> Path | None:
    """The Chinese font shipped with the reports (from a checkout, a wheel or the bundle alike)."""
    try:
        found = package_file("exports.reports", "fonts/wqy-microhei.ttc")
    except ImportError:
        return None
    return found if found.is_file() else None


def cjk_font() -> bool:
    """Whether Chinese can be drawn: by a font of the system, else by the shipped one, added for this run."""
    chinese = QFontDatabase.WritingSystem.SimplifiedChinese
    if chinese in QFontDatabase.writingSystems():
        return True
    shipped = shipped_cjk_font()
    return shipped is not None and QFontDatabase.addApplicationFont(str(shipped)) >= 0


def install(app: QApplication) -> None:
    """The visible focus, readable colours and a font for Chinese, once per application."""
    cjk_font()
    if not isinstance(app.style(), FocusStyle):
        base = QStyleFactory.create(app.style().name())
        if base is not None:
            app.setStyle(FocusStyle(base))
    app.setPalette(readable(app.palette()))
