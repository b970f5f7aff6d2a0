"""The report's two charts, painted with QPainter: one way for the window and the PDF.

`paint_bars` draws, per row of the report, the times offered as a light bar with the held ones over it
(so utilisation is seen at a glance); `paint_trend` draws offered, booked and held per month as lines.
Both take a painter, a rectangle in the painter's units and colours, so the window paints them on
screen and ui/reports/pdf.py on an A4 page. Sizes come from the painter's font, so text is as large
on paper as on screen. QPainter rather than QtCharts: QtCharts is in PySide6-Addons, a second
package of some hundred MB, for two plain charts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen

from app.domain.report import Report


@dataclass(frozen=True)
class ChartColours:
    text: QColor
    grid: QColor
    offered: QColor
    booked: QColor
    held: QColor


def print_colours() -> ChartColours:
    """On white paper, and readable when printed in grey: the three series differ in lightness."""
    return ChartColours(
        QColor("#1a1a1a"), QColor("#c8c8c8"), QColor("#b9cde3"), QColor("#4f86c6"), QColor("#0b3c6e")
    )


def screen_colours(palette: QPalette) -> ChartColours:
    text = palette.color(QPalette.ColorRole.Text)
    if palette.color(QPalette.ColorRole.Base).lightness() < 128:  # dark look
        return ChartColours(text, QColor("#555555"), QColor("#3c5a7a"), QColor("#6fa3dc"), QColor("#cfe3ff"))
    return ChartColours(text, QColor("#d0d0d0"), QColor("#b9cde3"), QColor("#4f86c6"), QColor("#0b3c6e"))


@dataclass(frozen=True)
class Bar:
    label: str
    offered: int
    held: int


@dataclass(frozen=True)
class Point:
    label: str  # "mar 2027"
    offered: int
    booked: int
    held: int


def bars_of(report: Report) -> list[Bar]:
    return [Bar(r.label, r.figures.offered, r.figures.held) for r in report.rows]


def points_of(trend: Report) -> list[Point]:
    return [
        Point(r.label[:3] + " " + r.key[:4], r.figures.offered, r.figures.booked, r.figures.held)
        for r in trend.rows
    ]


def nice_step(top: int, ticks: int = 5) -> int:
    """A round step (1, 2, 5, 10, 20, 50, ...) giving at most `ticks` grid lines up to `top`."""
    step, factors, i = 1, (2, 2.5, 2), 0
    while top / step > ticks:
        step = round(step * factors[i % 3])
        i += 1
    return step


def _legend(
    painter: QPainter, rect: QRectF, items: Sequence[tuple[str, QColor]], colours: ChartColours
) -> float:
    """The series' names in a row at the top right; returns the height it took."""
    metrics = QFontMetricsF(painter.font(), painter.device())
    box = metrics.height() * 0.7
    x = rect.right()
    for text, colour in reversed(items):
        width = metrics.horizontalAdvance(text)
        x -= width
        painter.setPen(colours.text)
        painter.drawText(QPointF(x, rect.top() + metrics.ascent()), text)
        x -= box + metrics.height() * 0.3
        painter.fillRect(QRectF(x, rect.top() + (metrics.height() - box) / 2, box, box), colour)
        x -= metrics.height()
    return metrics.height() * 1.5


def _title(painter: QPainter, rect: QRectF, title: str, colours: ChartColours) -> None:
    metrics = QFontMetricsF(painter.font(), painter.device())
    font = painter.font()
    bold = painter.font()
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(colours.text)
    painter.drawText(QPointF(rect.left(), rect.top() + metrics.ascent()), title)
    painter.setFont(font)


def paint_bars(
    painter: QPainter, rect: QRectF, bars: Sequence[Bar], colours: ChartColours, title: str
) -> None:
    """Offered (light) with held (dark) over it, one row per bar, the numbers at the bar's end."""
    painter.save()
    metrics = QFontMetricsF(painter.font(), painter.device())
    _title(painter, rect, title, colours)
    top = rect.top() + _legend(
        painter,
        rect,
        [
            (QCoreApplication.translate("Report", "Offered"), colours.offered),
            (QCoreApplication.translate("Report", "Held"), colours.held),
        ],
        colours,
    )
    if not bars:
        painter.restore()
        return
    label_width = min(max(metrics.horizontalAdvance(b.label) for b in bars), rect.width() * 0.3)
    number_width = metrics.horizontalAdvance("0000 / 0000")
    left = rect.left() + label_width + metrics.height() * 0.5
    width = max(rect.right() - number_width - left, 1.0)
    row = (rect.bottom() - top) / len(bars)
    thickness = min(row * 0.7, metrics.height() * 1.2)
    most = max((b.offered for b in bars), default=0) or 1
    every = max(1, math.ceil(0.8 * metrics.height() / row))  # rows much thinner than a line of text
    for i, bar in enumerate(bars):
        y = top + i * row
        middle = y + row / 2
        offered = width * bar.offered / most
        held = width * bar.held / most
        painter.fillRect(QRectF(left, middle - thickness / 2, offered, thickness), colours.offered)
        painter.fillRect(QRectF(left, middle - thickness / 2, held, thickness), colours.held)
        if i % every:
            continue
        painter.setPen(colours.text)
        label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        line = middle - metrics.height() / 2  # a whole line of text, however thin the row
        painter.drawText(QRectF(rect.left(), line, label_width, metrics.height()), align, label)
        painter.drawText(
            QRectF(left + offered + metrics.height() * 0.3, line, number_width, metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            f"{bar.held} / {bar.offered}",
        )
    painter.setPen(QPen(colours.grid, 0))
    painter.drawLine(QPointF(left, top), QPointF(left, rect.bottom()))
    painter.restore()


def paint_trend(
    painter: QPainter, rect: QRectF, points: Sequence[Point], colours: ChartColours, title: str
) -> None:
    """Offered, booked and held per month as lines with a dot per month, a grid at round numbers."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = QFontMetricsF(painter.font(), painter.device())
    _title(painter, rect, title, colours)
    series = [
        (QCoreApplication.translate("Report", "Offered"), colours.offered, [p.offered for p in points]),
        (QCoreApplication.translate("Report", "Booked"), colours.booked, [p.booked for p in points]),
        (QCoreApplication.translate("Report", "Held"), colours.held, [p.held for p in points]),
    ]
    top = rect.top() + _legend(painter, rect, [(name, colour) for name, colour, _ in series], colours)
    top += metrics.height() * 0.5
    most = max((p.offered for p in points), default=0)
    step = nice_step(max(most, 1))
    ceiling = max(step * -(-max(most, 1) // step), step)
    axis_width = metrics.horizontalAdvance(str(ceiling)) + metrics.height() * 0.4
    plot = QRectF(
        rect.left() + axis_width, top, rect.width() - axis_width, rect.bottom() - top - metrics.height() * 1.4
    )
    for value in range(0, ceiling + 1, step):
        y = plot.bottom() - plot.height() * value / ceiling
        painter.setPen(QPen(colours.grid, 0))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(colours.text)
        painter.drawText(
            QRectF(
                rect.left(), y - metrics.height() / 2, axis_width - metrics.height() * 0.3, metrics.height()
            ),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(value),
        )
    if not points:
        painter.restore()
        return
    slot = plot.width() / len(points)
    every = max(1, int(-(-metrics.horizontalAdvance("mmm 0000 ") // slot)))  # labels that fit
    for i, point in enumerate(points):
        if i % every:
            continue
        painter.setPen(colours.text)
        painter.drawText(
            QRectF(
                plot.left() + i * slot - slot * every / 2 + slot / 2,
                plot.bottom(),
                slot * every,
                metrics.height() * 1.4,
            ),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            point.label,
        )
    dot = metrics.height() * 0.18
    for _name, colour, values in series:
        at = [
            QPointF(plot.left() + (i + 0.5) * slot, plot.bottom() - plot.height() * v / ceiling)
            for i, v in enumerate(values)
        ]
        painter.setPen(QPen(colour, metrics.height() * 0.15))
        painter.drawPolyline(at)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        for p in at:
            painter.drawEllipse(p, dot, dot)
    painter.restore()
