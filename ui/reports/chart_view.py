"""The window's charts: the report's bars beside the trend per month, painted as in the PDF."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.report import GroupBy
from ui.reports.charts import Bar, Point, paint_bars, paint_trend, screen_colours
from ui.reports.texts import group_name

MARGIN = 8


class ChartView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: Sequence[Bar] = ()
        self.points: Sequence[Point] = ()
        self.by = GroupBy.MUNICIPALITY
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("Report", "Charts"))

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(800, 260)

    def minimumSizeHint(self) -> QSize:  # Qt override
        return QSize(300, 160)

    def set_data(self, by: GroupBy, bars: Sequence[Bar], points: Sequence[Point]) -> None:
        self.by, self.bars, self.points = by, tuple(bars), tuple(points)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        painter.setFont(self.font())
        colours = screen_colours(self.palette())
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        half = (area.width() - 3 * MARGIN) / 2
        by_row = QCoreApplication.translate("Report", "Offered and held per %1").replace(
            "%1", group_name(self.by).lower()
        )
        paint_bars(painter, QRectF(area.left(), area.top(), half, area.height()), self.bars, colours, by_row)
        trend = QCoreApplication.translate("Report", "Offered, booked and held per month")
        paint_trend(
            painter, QRectF(area.right() - half, area.top(), half, area.height()), self.points, colours, trend
        )
        painter.end()
