"""The status report as a PDF to send as it is: A4, in Danish, drawn with Qt's own PDF writer.

Page by page: who and what (the region, BUA, the title, the period, the grouping, the day it was
made), a short text of what is counted, the figures in two tables (sessions and outcomes;
cancellations, case summaries and teaching), a bar chart per row of the report and the trend per
month (ui/reports/charts.py, as the window paints them), and "Side 1 af 3" at the foot of every page.
The tables run onto further pages with their header repeated. The page count is known before the
first page is drawn: everything is laid out once without a painter, then drawn. Only counts and
group labels are written, as the report holds nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from app.domain.report import Figures, GroupBy, Report
from app.domain.report_table import percent_text
from ui.reports.charts import bars_of, paint_bars, paint_trend, points_of, print_colours
from ui.reports.texts import (
    REGION,
    figure_headers,
    group_name,
    long_day,
    no_summaries_note,
    period_text,
    total_label,
    what_is_counted,
)

SOFT_HYPHEN = "\u00ad"  # where a long Danish header word may break
RESOLUTION = 300  # dots per inch: sharp lines, small files (the text is text)
MARGIN_MM = 18
FOOTER_MM = 10
BLACK, GREY, RULE = QColor("#1a1a1a"), QColor("#5c5c5c"), QColor("#9a9a9a")
HEADER_FILL, STRIPE = QColor("#e3eaf3"), QColor("#f4f6f9")
OUTCOMES = ("offered", "booked", "held", "no_show", "unused", "outcome_missing", "utilisation")
OTHERS = (
    "cancelled_by_bua",
    "cancelled_by_municipality",
    "summaries_on_time",
    "summaries_late",
    "summaries_missing",
    "teaching_participants",
    "waitlist_demand",
    "gp_guests",
)


def title_text() -> str:
    return QCoreApplication.translate("Report", "Status report: BUA's advice to the municipalities")


def figure_text(figures: Figures, name: str) -> str:
    value = figures.as_dict()[name]
    if value is None:
        return "–"
    return percent_text(value) + " %" if name == "utilisation" else str(value)


class _Canvas:
    """A cursor down A4 pages in device units; without a painter it only measures and counts pages."""

    def __init__(self, writer: QPdfWriter, painter: QPainter | None, pages: int, footer: str) -> None:
        self.writer, self.painter, self.pages, self.footer = writer, painter, pages, footer
        self.mm = writer.resolution() / 25.4
        self.left = MARGIN_MM * self.mm
        self.right = writer.width() - MARGIN_MM * self.mm
        self.top = MARGIN_MM * self.mm
        self.bottom = writer.height() - (MARGIN_MM + FOOTER_MM) * self.mm
        self.y = self.top
        self.page = 1
        self.base = QFont(QGuiApplication.font())

    @property
    def width(self) -> float:
        return self.right - self.left

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.base)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.writer)

    def gap(self, mm: float) -> None:
        self.y += mm * self.mm

    def ensure(self, height: float) -> None:
        if self.y + height > self.bottom and self.y > self.top:
            self.new_page()

    def new_page(self) -> None:
        self._foot()
        if self.painter is not None:
            self.writer.newPage()
        self.page += 1
        self.y = self.top

    def finish(self) -> None:
        self._foot()

    def _foot(self) -> None:
        if self.painter is None:
            return
        p = self.painter
        y = self.bottom + FOOTER_MM * self.mm * 0.5
        p.setPen(QPen(RULE, 0))
        p.drawLine(QPointF(self.left, y), QPointF(self.right, y))
        p.setFont(self.font(8))
        p.setPen(GREY)
        line = QRectF(self.left, y + self.mm, self.width, FOOTER_MM * self.mm * 0.5)
        p.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.footer)
        page = (
            QCoreApplication.translate("Report", "Page %1 of %2")
            .replace("%1", str(self.page))
            .replace("%2", str(self.pages))
        )
        p.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, page)

    def text(
        self, text: str, points: float, bold: bool = False, colour: QColor = BLACK, after: float = 1.5
    ) -> None:
        font = self.font(points, bold)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        height = self.metrics(font).boundingRect(QRectF(0, 0, self.width, 1e6), flags, text).height()
        self.ensure(height)
        if self.painter is not None:
            self.painter.setFont(font)
            self.painter.setPen(colour)
            self.painter.drawText(QRectF(self.left, self.y, self.width, height), flags, text)
        self.y += height + after * self.mm

    def table(
        self, title: str, header: Sequence[str], rows: Sequence[Sequence[str]], total: Sequence[str]
    ) -> None:
        """The first column for the labels, the others right-aligned numbers, each as wide as the
        longest word of its header; a table that fits on a page of its own does not start low."""
        font, bold = self.font(8), self.font(7.5, bold=True)
        pad = 1.2 * self.mm
        wrap = Qt.TextFlag.TextWordWrap
        words = self.metrics(bold)
        numbers = [
            max(
                max(words.horizontalAdvance(w) for w in text.replace(SOFT_HYPHEN, " ").split()),
                words.horizontalAdvance("100,0 %"),
            )
            + 2 * pad
            for text in header[1:]
        ]
        spare = self.width - sum(numbers)
        first = max(spare, 0.18 * self.width)
        if first > spare:  # narrow headers a little rather than overrun the margin
            numbers = [w * (self.width - first) / sum(numbers) for w in numbers]
        widths = [first, *numbers]
        head_height = 2 * pad + max(
            words.boundingRect(QRectF(0, 0, w - 2 * pad, 1e6), wrap, text).height()
            for w, text in zip(widths, header, strict=True)
        )
        row_height = self.metrics(font).height() + 2 * pad
        title_height = self.metrics(self.font(11, bold=True)).height() + 1.5 * self.mm
        whole = title_height + head_height + (len(rows) + 1) * row_height
        if self.y + whole > self.bottom and whole <= self.bottom - self.top:
            self.new_page()
        self.ensure(title_height + head_height + 3 * row_height)
        self.text(title, 11, bold=True)
        self._row(header, widths, head_height, bold, pad, HEADER_FILL, heading=True)
        for i, cells in enumerate(rows):
            if self.y + row_height > self.bottom:
                self.new_page()
                self._row(header, widths, head_height, bold, pad, HEADER_FILL, heading=True)
            self._row(cells, widths, row_height, font, pad, STRIPE if i % 2 else None)
        self.ensure(row_height)
        if self.painter is not None:
            self.painter.setPen(QPen(BLACK, 0.25 * self.mm))
            self.painter.drawLine(QPointF(self.left, self.y), QPointF(self.right, self.y))
        self._row(total, widths, row_height, self.font(8, bold=True), pad, None)
        self.gap(4)

    def _row(
        self,
        cells: Sequence[str],
        widths: Sequence[float],
        height: float,
        font: QFont,
        pad: float,
        fill: QColor | None,
        heading: bool = False,
    ) -> None:
        p = self.painter
        if p is not None:
            if fill is not None:
                p.fillRect(QRectF(self.left, self.y, self.width, height), fill)
            p.setFont(font)
            p.setPen(BLACK)
            x = self.left
            for column, (width, text) in enumerate(zip(widths, cells, strict=True)):
                side = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
                align = side | (Qt.AlignmentFlag.AlignBottom if heading else Qt.AlignmentFlag.AlignVCenter)
                rect = QRectF(x + pad, self.y + pad, width - 2 * pad, height - 2 * pad)
                p.drawText(rect, align | Qt.TextFlag.TextWordWrap, text)
                x += width
        self.y += height

    def chart(self, height_mm: float, paint: Callable[[QPainter, QRectF], None]) -> None:
        height = height_mm * self.mm
        self.ensure(height)
        if self.painter is not None:
            self.painter.setFont(self.font(8))
            paint(self.painter, QRectF(self.left, self.y, self.width, height))
        self.y += height + 4 * self.mm


def _compose(c: _Canvas, report: Report, trend: Report, today: date) -> None:
    c.text(
        REGION + " · " + QCoreApplication.translate("Report", "Child and Adolescent Psychiatry (BUA)"),
        9,
        colour=GREY,
        after=2,
    )
    c.text(title_text(), 17, bold=True, after=2)
    c.text(
        QCoreApplication.translate("Report", "Period: %1").replace(
            "%1", period_text(report.first_day, report.last_day)
        ),
        11,
        after=1,
    )
    by = (
        QCoreApplication.translate("Report", "By %1 · made on %2")
        .replace("%1", group_name(report.by).lower())
        .replace("%2", long_day(today))
    )
    c.text(by, 9, colour=GREY, after=5)
    c.text(QCoreApplication.translate("Report", "What is counted"), 11, bold=True)
    c.text(what_is_counted(), 9, after=5)

    headers = figure_headers()
    for heading, names in (
        (QCoreApplication.translate("Report", "Sessions and outcomes"), OUTCOMES),
        (QCoreApplication.translate("Report", "Cancellations, case summaries and teaching"), OTHERS),
    ):
        c.table(
            heading,
            [group_name(report.by), *(headers[n][1] for n in names)],
            [[r.label, *(figure_text(r.figures, n) for n in names)] for r in report.rows],
            [total_label(), *(figure_text(report.totals, n) for n in names)],
        )
    if report.totals.summaries_on_time is None:
        c.text(no_summaries_note(), 8, colour=GREY, after=4)

    colours = print_colours()
    bars = bars_of(report)
    by_row = QCoreApplication.translate("Report", "Offered and held per %1").replace(
        "%1", group_name(report.by).lower()
    )
    c.chart(
        min(max(len(bars) * 4.4 + 12, 50), 200),
        lambda p, rect: paint_bars(p, rect, bars, colours, by_row),
    )
    points = points_of(trend)
    c.chart(
        85,
        lambda p, rect: paint_trend(
            p,
            rect,
            points,
            colours,
            QCoreApplication.translate("Report", "Offered, booked and held per month"),
        ),
    )
    if report.by is GroupBy.MONTH:
        return  # the tables above are the months already
    per_month = ("offered", "booked", "held", "utilisation")
    c.table(
        QCoreApplication.translate("Report", "Per month"),
        [group_name(trend.by), *(headers[n][1] for n in per_month)],
        [[r.label, *(figure_text(r.figures, n) for n in per_month)] for r in trend.rows],
        [total_label(), *(figure_text(trend.totals, n) for n in per_month)],
    )


def write_pdf(path: Path, report: Report, trend: Report, today: date) -> int:
    """Write the report (and `trend`, the same period by month) to `path`; returns the page count.
    Raises OSError when the file cannot be written."""
    cannot = QCoreApplication.translate("Report", "Could not write %1.").replace("%1", str(path))
    try:  # asked first, so Qt prints no warning of its own on the way
        path.open("wb").close()
    except OSError as error:
        raise OSError(cannot) from error
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    writer.setResolution(RESOLUTION)
    writer.setTitle(f"{title_text()}, {period_text(report.first_day, report.last_day)}")
    writer.setCreator("BUA Booking")
    footer = f"{REGION} · {title_text()} · {period_text(report.first_day, report.last_day)}"
    measuring = _Canvas(writer, None, 0, footer)
    _compose(measuring, report, trend, today)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(cannot)
    try:
        canvas = _Canvas(writer, painter, measuring.page, footer)
        _compose(canvas, report, trend, today)
        canvas.finish()
    finally:
        painter.end()
    return measuring.page
