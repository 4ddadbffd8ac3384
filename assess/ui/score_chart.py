"""The overview's chart: for each pillar, the mean score in law and institutions and in practice, as bars
against the scale and the target.

It is drawn with QPainter (no QtCharts: Assess depends on PySide6-Essentials only), laid out left to right
and mirrored as a whole in a right-to-left language: the pillar names on the right, the bars growing to the
left, each legend swatch beside its own label.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from assess.scoring import Summary
from assess.ui import formats, icons

TITLE_LINES = 2  # a long pillar name ("Recommendations of the Working Group…") wraps rather than being cut


class ScoreChart(QWidget):
    """Horizontal bars: for each pillar, the mean score in law and institutions and in practice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pillars: list[Summary] = []
        self.low, self.high, self.target = 0, 4, 4
        self.setAccessibleName(self.tr("Scores per pillar"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, pillars: list[Summary], low: int, high: int, target: int) -> None:
        self.pillars, self.low, self.high, self.target = pillars, low, high, target
        lines = [
            formats.labelled(p.title, formats.pair(formats.decimal(p.law_mean), formats.decimal(p.practice_mean)))
            for p in pillars
        ]
        self.setAccessibleDescription(formats.series(lines))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() * (TITLE_LINES + 2)

    def _legend(self, width: int) -> list[tuple[QColor, str, float, int]]:
        """Each entry of the legend with where it starts (from the leading edge) and on which line: a line of
        its own for each when they do not fit side by side."""
        metrics = self.fontMetrics()
        line = metrics.height()
        entries, x, row = [], 0.0, 0
        for color, name in ((icons.LAW, self.tr("In law and institutions")), (icons.PRACTICE, self.tr("In practice"))):
            needed = line + metrics.horizontalAdvance(name)
            if x > 0 and x + needed > width:
                x, row = 0.0, row + 1
            entries.append((QColor(color), name, x, row))
            x += needed + line * 1.5
        return entries

    def _top(self, width: int) -> int:
        """Where the bars begin: below the legend."""
        rows = max(row for *_, row in self._legend(width)) + 1
        return int(self.fontMetrics().height() * (1.3 * rows + 0.7))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = max(len(self.pillars), 1)
        return self._top(width) + self._row_height() * rows + self.fontMetrics().height() * 3

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(600))

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.heightForWidth(self.width() or 600))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.minimumHeight() != self.heightForWidth(self.width()):
            self.setMinimumHeight(self.heightForWidth(self.width()))  # a legend wrapped at this width

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        faint = palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        mirrored = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        width = self.width()
        # Positions are worked out left to right, then mirrored as a whole for a right-to-left language.
        start = (
            Qt.AlignmentFlag.AlignRight if mirrored else Qt.AlignmentFlag.AlignLeft
        ) | Qt.AlignmentFlag.AlignAbsolute
        middle = Qt.AlignmentFlag.AlignVCenter

        def box(x: float, y: float, w: float, h: float) -> QRectF:
            return QRectF(width - x - w, y, w, h) if mirrored else QRectF(x, y, w, h)

        widest = max((metrics.horizontalAdvance(p.title) for p in self.pillars), default=100)
        label_width = min(widest + line, int(width * 0.4))
        left, right = label_width, width - metrics.horizontalAdvance(formats.decimal(4.0)) - line * 1.5
        top = self._top(width)
        span = max(self.high - self.low, 1)

        def x(value: float) -> float:
            return left + (right - left) * (value - self.low) / span

        # the legend: each swatch just before its own label, in reading order, above the bars when it fits there
        legend = self._legend(width)
        shift = left if max(row for *_, row in legend) == 0 and legend[-1][2] + left < width * 0.6 else 0
        for color, name, lx, row in legend:
            swatch, y = line * 0.8, row * line * 1.3
            painter.fillRect(box(shift + lx, y + line * 0.25, swatch, swatch), color)
            painter.setPen(text)
            advance = metrics.horizontalAdvance(name)
            painter.drawText(box(shift + lx + line, y, advance + 4, line * 1.3), start | middle, name)
        # the grid, the scale and the target
        bottom = top + self._row_height() * len(self.pillars)
        for value in range(self.low, self.high + 1):
            painter.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
            at = box(x(value), 0, 0, 0).x()
            painter.drawLine(int(at), top - 4, int(at), bottom)
            painter.setPen(faint)
            painter.drawText(
                QRectF(at - 20, bottom + 2, 40, line), Qt.AlignmentFlag.AlignHCenter, formats.number(value)
            )
        target = box(x(self.target), 0, 0, 0).x()
        painter.setPen(QPen(QColor(icons.COLORS["gap"]), 2, Qt.PenStyle.DashLine))
        painter.drawLine(int(target), top - 8, int(target), bottom)
        painter.setPen(faint)
        painter.drawText(
            QRectF(target - 80, bottom + line + 2, 160, line), Qt.AlignmentFlag.AlignHCenter, self.tr("target")
        )
        # a row per pillar: its name (wrapped), how complete it is, and its two bars
        bar = line * 0.9
        wrap = Qt.TextFlag.TextWordWrap
        for row, pillar in enumerate(self.pillars):
            y = top + row * self._row_height() + line * 0.25
            painter.setPen(text)
            name_box = box(0, y, label_width - line * 0.5, line * TITLE_LINES)
            painter.drawText(name_box, int(start | Qt.AlignmentFlag.AlignBottom) | int(wrap), pillar.title)
            painter.setPen(faint)
            done = self.tr("{complete} of %Ln complete", "", pillar.assessable).format(
                complete=formats.number(pillar.complete)
            )
            room = label_width - line * 0.5
            done = metrics.elidedText(done, Qt.TextElideMode.ElideRight, int(room))
            painter.drawText(box(0, y + line * TITLE_LINES, room, line), start | middle, done)
            bars_top = y + line * TITLE_LINES - bar + line * 0.5
            for offset, mean, color in ((0.0, pillar.law_mean, icons.LAW), (bar, pillar.practice_mean, icons.PRACTICE)):
                if mean is None:
                    painter.setPen(faint)
                    painter.drawText(box(left + 4, bars_top + offset, 240, bar), start | middle, self.tr("not scored"))
                    continue
                length = max(x(mean) - left, 2)
                painter.fillRect(box(left, bars_top + offset + 1, length, bar - 2), color)
                painter.setPen(text)
                figure = formats.decimal(mean)
                painter.drawText(box(left + length + 4, bars_top + offset, line * 3, bar), start | middle, figure)
