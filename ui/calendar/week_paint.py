"""Painting the week view: the grid with its headings and hours, one entry's box, and the outline of
a drop. Free functions over a painter and the view's geometry, so `WeekView` keeps only its state."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QPen

from ui.calendar.colours import StateColours
from ui.calendar.dates import clock, short_date, week_label, weekday_short
from ui.calendar.entries import SYMBOLS, CalendarEntry, EntryState
from ui.calendar.week_drag import Grid

BAR = 4  # the accent bar at an entry's left edge


def paint_grid(
    painter: QPainter,
    grid: Grid,
    width: float,
    height: float,
    font: QFont,
    palette: QPalette,
    today: date,
    day_notes: Mapping[date, str],
) -> None:
    """Week number, day headings (a holiday's column shaded, with its name), hour lines and labels."""
    text = palette.color(QPalette.ColorRole.Text)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    line = palette.color(QPalette.ColorRole.Mid)
    line.setAlpha(90)
    gutter, header, column, hour = grid.left, grid.top, grid.column, grid.hour
    first, last = grid.first_hour, grid.last_hour
    fm = QFontMetrics(font)
    painter.setPen(text)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(QRectF(0, 0, gutter, header), Qt.AlignmentFlag.AlignCenter, week_label(grid.monday))
    for day_index in range(grid.days):
        day = grid.monday + timedelta(days=day_index)
        left = gutter + day_index * column
        note = day_notes.get(day)
        if note is not None:  # a holiday: the whole column is shaded
            shade = palette.color(QPalette.ColorRole.AlternateBase)
            painter.fillRect(QRectF(left, header, column, height - header), shade)
        if day == today:
            painter.fillRect(QRectF(left, 0, column, 3), palette.color(QPalette.ColorRole.Highlight))
        painter.setFont(bold if day == today else font)
        painter.setPen(text)
        painter.drawText(
            QRectF(left, 4, column, fm.height() + 2),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            f"{weekday_short(day)} {short_date(day)}",
        )
        if note is not None:
            painter.setFont(font)
            painter.setPen(muted)
            painter.drawText(
                QRectF(left + 2, 6 + fm.height(), column - 4, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                fm.elidedText(note, Qt.TextElideMode.ElideRight, int(column - 4)),
            )
    painter.setFont(font)
    for offset in range(last - first + 1):
        y = header + offset * hour
        painter.setPen(QPen(line, 1))
        painter.drawLine(QPointF(gutter, y), QPointF(width, y))
        if first + offset < last:
            painter.setPen(muted)
            painter.drawText(
                QRectF(0, y + 2, gutter - 8, fm.height()),
                Qt.AlignmentFlag.AlignRight,
                f"{first + offset:02d}",
            )
    painter.setPen(QPen(line, 1))
    for day_index in range(grid.days + 1):
        x = gutter + day_index * column
        painter.drawLine(QPointF(x, 0 if day_index == 0 else header), QPointF(x, height))
    painter.drawLine(QPointF(0, header), QPointF(width, header))


def paint_entry(
    painter: QPainter,
    entry: CalendarEntry,
    rect: QRectF,
    colours: StateColours,
    bold: QFont,
    small: QFont,
    focus_pen: QPen | None,
) -> None:
    """One entry's box: fill (hatched when skipped), accent bar, title and detail; `focus_pen` outlines
    the focused entry."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.fill)
    painter.drawRoundedRect(rect, 3, 3)
    if entry.state is EntryState.SKIPPED:
        hatch = QBrush(colours.hatch, Qt.BrushStyle.BDiagPattern)
        painter.setBrush(hatch)
        painter.drawRoundedRect(rect, 3, 3)
    painter.setBrush(colours.accent)
    painter.drawRect(QRectF(rect.left(), rect.top(), BAR, rect.height()))
    inner = rect.adjusted(BAR + 4, 2, -3, -2)
    struck = entry.state is EntryState.CANCELLED
    title = QFont(bold)
    title.setStrikeOut(struck)
    fm = QFontMetrics(title)
    painter.setPen(colours.text)
    painter.setFont(title)
    # The title wraps when the column is narrow (half a screen) rather than lose the name.
    first_line = f"{SYMBOLS[entry.state]} {clock(entry.start)} {entry.title}"
    lines = max(int(inner.height() // fm.height()), 1)
    wrap = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    used = fm.boundingRect(inner.toRect(), wrap, first_line).height()
    if used > lines * fm.height():  # even wrapped it does not fit: one line, cut with "…"
        first_line = fm.elidedText(first_line, Qt.TextElideMode.ElideRight, int(inner.width()))
        wrap, used = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, fm.height()
    painter.drawText(inner, wrap, first_line)
    if entry.detail and inner.height() >= used + fm.height():
        detail = QFont(small)
        detail.setStrikeOut(struck)
        painter.setFont(detail)
        line = inner.adjusted(0, used, 0, 0)
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            QFontMetrics(detail).elidedText(entry.detail, Qt.TextElideMode.ElideRight, int(line.width())),
        )
    if focus_pen is not None:
        painter.setPen(focus_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)


def paint_drop(painter: QPainter, rect: QRectF, palette: QPalette, font: QFont, label: str) -> None:
    """The dashed outline of where a dragged entry would land, with `label` (its new time)."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    fill = QColor(highlight)
    fill.setAlpha(40)
    painter.setBrush(fill)
    painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
    painter.drawRoundedRect(rect, 3, 3)
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(
        rect.adjusted(BAR + 4, 2, -3, -2),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        label,
    )
