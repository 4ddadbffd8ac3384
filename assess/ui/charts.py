"""The window's charts of indicator figures, drawn with QPainter (no QtCharts): a small trend beside an item's
indicator, an indicator's trend with its target, and the breakdown of one period by one dimension.

Each chart says what it shows to a screen reader (its accessible description lists the figures). Figures are written
in the window language's digits (:mod:`assess.ui.figure_format`).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from assess.periods import Period
from assess.ui.figure_format import figure_text, period_text
from framework.model import Unit

BAR = QColor("#17375e")
LATEST = QColor("#2f6eb5")
TARGET = QColor("#8a96a3")
Totals = Sequence[tuple[Period, Decimal]]


def _describe(totals: Totals, unit: Unit | None) -> str:
    return "; ".join(f"{period_text(p)}: {figure_text(v, unit)}" for p, v in totals)


class Sparkline(QWidget):
    """The totals of an indicator as small bars, the latest one highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.totals: Totals = ()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Trend"))

    def set_totals(self, totals: Totals, unit: Unit | None = None) -> None:
        self.totals = tuple(totals)[-12:]
        self.setAccessibleDescription(_describe(self.totals, unit))
        self.setToolTip(self.accessibleDescription().replace("; ", "\n"))
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 5, line + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        faint = self.palette().color(QPalette.ColorRole.PlaceholderText)
        if not self.totals:
            painter.setPen(faint)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignVCenter, "–")
            painter.end()
            return
        most = max((float(v) for _, v in self.totals), default=1.0) or 1.0
        count = len(self.totals)
        step = self.width() / count
        height = self.height() - 2
        for index, (_, value) in enumerate(self.totals):
            place = count - 1 - index if self.isRightToLeft() else index
            bar = max(height * float(value) / most, 1.0)
            colour = LATEST if index == count - 1 else BAR
            painter.fillRect(QRectF(place * step + step * 0.15, self.height() - 1 - bar, step * 0.7, bar), colour)
        painter.setPen(QPen(faint, 1))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()


class TrendChart(QWidget):
    """An indicator's totals, period by period, as bars with their figures, and its target as a dashed line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.totals: Totals = ()
        self.target: Decimal | None = None
        self.unit: Unit | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Totals per period"))

    def set_data(self, totals: Totals, target: Decimal | None, unit: Unit | None) -> None:
        self.totals, self.target, self.unit = tuple(totals)[-10:], target, unit
        described = _describe(self.totals, unit)
        if target is not None:
            described += "; " + self.tr("target {target}").format(target=figure_text(target, unit))
        self.setAccessibleDescription(described)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, self.fontMetrics().height() * 9)

    def target_label(self) -> str:
        if self.target is None:
            return ""
        return self.tr("target {target}").format(target=figure_text(self.target, self.unit))

    def columns(self) -> tuple[float, float]:
        """Where the first period's column starts, and each column's width. The target is named at the end of the
        chart (the right, or the left right to left) in a margin no column takes, so never over a bar's figure."""
        label = self.target_label()
        margin = QFontMetrics(self.font()).horizontalAdvance(label) + 8 if label else 0
        step = (self.width() - margin) / max(len(self.totals), 1)
        return (margin if self.isRightToLeft() else 0), step

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text, faint = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.PlaceholderText)
        line = QFontMetrics(self.font()).height()
        if not self.totals:
            painter.setPen(faint)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No totals recorded yet."))
            painter.end()
            return
        top, bottom = line * 1.5, self.height() - line * 1.4
        most = max([float(v) for _, v in self.totals] + ([float(self.target)] if self.target is not None else []))
        most = most or 1.0
        label = self.target_label()
        start, step = self.columns()
        count = len(self.totals)
        for index, (period, value) in enumerate(self.totals):
            place = count - 1 - index if self.isRightToLeft() else index
            height = max((bottom - top) * float(value) / most, 1.0)
            x = start + place * step
            painter.fillRect(
                QRectF(x + step * 0.2, bottom - height, step * 0.6, height), LATEST if index == count - 1 else BAR
            )
            painter.setPen(text)
            painter.drawText(
                QRectF(x, bottom - height - line * 1.2, step, line),
                Qt.AlignmentFlag.AlignCenter,
                figure_text(value, self.unit),
            )
            painter.setPen(faint)
            painter.drawText(QRectF(x, bottom + 2, step, line), Qt.AlignmentFlag.AlignCenter, period_text(period))
        painter.setPen(QPen(faint, 1))
        painter.drawLine(0, int(bottom), self.width(), int(bottom))
        if self.target is not None:
            y = bottom - (bottom - top) * float(self.target) / most
            painter.setPen(QPen(TARGET, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(0, int(y), self.width(), int(y))
            painter.setPen(faint)
            painter.drawText(QRectF(0, y - line - 1, self.width() - 4, line), Qt.AlignmentFlag.AlignRight, label)
        painter.end()


class BreakdownChart(QWidget):
    """One period's breakdown by one dimension: a bar per category, scaled to the largest, with its figure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Decimal]] = []
        self.unit: Unit | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Breakdown"))

    def set_rows(self, rows: Sequence[tuple[str, Decimal]], unit: Unit | None) -> None:
        self.rows, self.unit = list(rows), unit
        self.setAccessibleDescription("; ".join(f"{label}: {figure_text(value, unit)}" for label, value in self.rows))
        self.updateGeometry()
        self.update()

    def _row(self) -> int:
        return int(self.fontMetrics().height() * 1.4)

    def sizeHint(self) -> QSize:
        return QSize(360, self._row() * max(len(self.rows), 1) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text, faint = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.PlaceholderText)
        row = self._row()
        if not self.rows:
            painter.setPen(faint)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No breakdown recorded for this period.")
            )
            painter.end()
            return
        metrics = QFontMetrics(self.font())
        labels = min(max(metrics.horizontalAdvance(label) for label, _ in self.rows) + 12, self.width() * 2 // 5)
        values = metrics.horizontalAdvance("0000000") + 8
        room = max(self.width() - labels - values, 10)
        most = max((float(v) for _, v in self.rows), default=1.0) or 1.0
        rtl = self.isRightToLeft()
        for index, (label, value) in enumerate(self.rows):
            y = index * row
            length = room * float(value) / most
            painter.setPen(text)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, labels - 8)
            if rtl:
                painter.drawText(
                    QRectF(self.width() - labels, y, labels - 4, row),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                    shown,
                )
                start = self.width() - labels - length
                painter.fillRect(QRectF(start, y + row * 0.2, max(length, 1.0), row * 0.6), BAR)
                painter.drawText(
                    QRectF(start - values, y, values - 4, row),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                    figure_text(value, self.unit),
                )
            else:
                painter.drawText(QRectF(0, y, labels - 4, row), Qt.AlignmentFlag.AlignVCenter, shown)
                painter.fillRect(QRectF(labels, y + row * 0.2, max(length, 1.0), row * 0.6), BAR)
                painter.drawText(
                    QRectF(labels + length + 4, y, values, row),
                    Qt.AlignmentFlag.AlignVCenter,
                    figure_text(value, self.unit),
                )
        painter.end()
