"""A painted month: six rows of weeks (Monday first) with their ISO week numbers, each day listing its
entries as coloured lines ("09.00 Randers"), holidays named in the day's corner.

Keyboard: arrows move the selected day, PageUp/PageDown ask for the previous/next month, Enter opens
the selected day (the page shows its week). The selected day's sentence is the accessible name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.calendar.colours import StateColours, state_colours
from ui.calendar.dates import clock, long_date, month_label, week_label, weekday_short
from ui.calendar.entries import MINIMUM_WIDTH, SYMBOLS, CalendarEntry, EntryState, state_name
from ui.calendar.entry_targets import EntryTargets

WEEK_COLUMN = 60
HEADER = 26
ROWS = 6


def month_grid_start(year: int, month: int) -> date:
    """The Monday on or before the 1st: the grid's first cell."""
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday())


class MonthView(QWidget):
    day_activated = Signal(object)  # date: Enter or a double click
    day_changed = Signal(object)  # date: the selected day moved
    month_requested = Signal(int)  # -1 / +1 from PageUp / PageDown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(MINIMUM_WIDTH, 360)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._today = date.today()
        self._year, self._month = self._today.year, self._today.month
        self._selected = self._today
        self._by_day: dict[date, list[CalendarEntry]] = {}
        self._day_notes: Mapping[date, str] = {}
        self._colours: dict[EntryState, StateColours] = state_colours(self.palette())
        self.targets = EntryTargets(self)  # every day with entries as its own accessible object
        self._update_accessible()

    def set_month(
        self,
        year: int,
        month: int,
        entries: Sequence[CalendarEntry],
        day_notes: Mapping[date, str] | None = None,
    ) -> None:
        self._year, self._month = year, month
        self._by_day = {}
        for entry in sorted(entries, key=lambda e: (e.start, e.key)):
            self._by_day.setdefault(entry.start.date(), []).append(entry)
        self._day_notes = dict(day_notes or {})
        if (self._selected.year, self._selected.month) != (year, month):
            self._selected = date(year, month, 1)
        self._place_targets()
        self.update()
        self._update_accessible()

    def set_today(self, day: date) -> None:
        """The day marked as today (the app's clock, not the machine's)."""
        self._today = day
        self.update()

    def entries_on(self, day: date) -> Sequence[CalendarEntry]:
        return tuple(self._by_day.get(day, ()))

    def year_month(self) -> tuple[int, int]:
        return self._year, self._month

    def selected_day(self) -> date:
        return self._selected

    def select_day(self, day: date) -> None:
        if day == self._selected:
            return
        self._selected = day
        self.update()
        self._update_accessible()
        self.day_changed.emit(day)
        if (day.year, day.month) != (self._year, self._month):
            self.month_requested.emit(1 if day > date(self._year, self._month, 1) else -1)

    def day_rect(self, day: date) -> QRectF:
        offset = (day - month_grid_start(self._year, self._month)).days
        width = (self.width() - WEEK_COLUMN) / 7
        height = (self.height() - HEADER) / ROWS
        return QRectF(WEEK_COLUMN + (offset % 7) * width, HEADER + (offset // 7) * height, width, height)

    def _day_at(self, point: QPointF) -> date | None:
        width = (self.width() - WEEK_COLUMN) / 7
        height = (self.height() - HEADER) / ROWS
        if point.x() < WEEK_COLUMN or point.y() < HEADER:
            return None
        column, row = int((point.x() - WEEK_COLUMN) // width), int((point.y() - HEADER) // height)
        if not (0 <= column < 7 and 0 <= row < ROWS):
            return None
        return month_grid_start(self._year, self._month) + timedelta(days=row * 7 + column)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.PaletteChange:
            self._colours = state_colours(self.palette())
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        line = palette.color(QPalette.ColorRole.Mid)
        line.setAlpha(90)
        fm = QFontMetrics(self.font())
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.9, 7.0))
        sfm = QFontMetrics(small)
        bold = QFont(self.font())
        bold.setBold(True)
        start = month_grid_start(self._year, self._month)
        width = (self.width() - WEEK_COLUMN) / 7
        painter.setPen(text)
        for column in range(7):
            painter.drawText(
                QRectF(WEEK_COLUMN + column * width, 0, width, HEADER),
                Qt.AlignmentFlag.AlignCenter,
                weekday_short(start + timedelta(days=column)),
            )
        today = self._today
        for offset in range(ROWS * 7):
            day = start + timedelta(days=offset)
            cell = self.day_rect(day)
            if offset % 7 == 0:
                painter.setPen(muted)
                painter.setFont(small)
                painter.drawText(
                    QRectF(0, cell.top() + 4, WEEK_COLUMN - 4, sfm.height()),
                    Qt.AlignmentFlag.AlignRight,
                    week_label(day),
                )
            in_month = day.month == self._month
            note = self._day_notes.get(day)
            if note is not None or day.weekday() >= 5:
                painter.fillRect(cell, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(QPen(line, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell)
            painter.setFont(bold if day == today else self.font())
            painter.setPen(text if in_month else muted)
            painter.drawText(cell.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft, str(day.day))
            top = cell.top() + fm.height() + 4
            painter.setFont(small)
            if note is not None:
                painter.setPen(muted)
                painter.drawText(
                    QRectF(cell.left() + 22, cell.top() + 3, cell.width() - 26, sfm.height()),
                    Qt.AlignmentFlag.AlignRight,
                    sfm.elidedText(note, Qt.TextElideMode.ElideRight, int(cell.width() - 26)),
                )
            self._paint_day_entries(painter, self._by_day.get(day, []), cell, top, small, muted)
            if day == self._selected:
                pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
                if not self.hasFocus():
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell.adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_day_entries(
        self,
        painter: QPainter,
        entries: list[CalendarEntry],
        cell: QRectF,
        top: float,
        font: QFont,
        muted: QColor,
    ) -> None:
        fm = QFontMetrics(font)
        row = fm.height() + 1
        room = max(int((cell.bottom() - top - 2) // row), 0)
        shown = entries if len(entries) <= room else entries[: max(room - 1, 0)]
        for number, entry in enumerate(shown):
            colours = self._colours[entry.state]
            line = QRectF(cell.left() + 3, top + number * row, cell.width() - 6, row - 1)
            painter.fillRect(line, colours.fill)
            painter.fillRect(QRectF(line.left(), line.top(), 3, line.height()), colours.accent)
            painter.setPen(colours.text)
            label = f"{SYMBOLS[entry.state]} {clock(entry.start)} {entry.title}"
            struck = QFont(font)
            struck.setStrikeOut(entry.state is EntryState.CANCELLED)
            painter.setFont(struck)
            painter.drawText(
                line.adjusted(6, 0, -2, 0),
                Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(label, Qt.TextElideMode.ElideRight, int(line.width() - 8)),
            )
        hidden = len(entries) - len(shown)
        if hidden:
            painter.setFont(font)
            painter.setPen(muted)
            painter.drawText(
                QRectF(cell.left() + 6, top + len(shown) * row, cell.width() - 8, row),
                Qt.AlignmentFlag.AlignLeft,
                self.tr("+%1 more").replace("%1", str(hidden)),
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        key = event.key()
        if key in steps:
            self.select_day(self._selected + timedelta(days=steps[Qt.Key(key)]))
        elif key == Qt.Key.Key_PageUp:
            self.month_requested.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.month_requested.emit(1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.day_activated.emit(self._selected)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        day = self._day_at(event.position())
        if day is not None:
            self.select_day(day)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # Qt override
        day = self._day_at(event.position())
        if day is not None:
            self.day_activated.emit(day)

    def focusInEvent(self, event: object) -> None:  # Qt override
        self.update()
        super().focusInEvent(event)  # type: ignore[arg-type]

    def focusOutEvent(self, event: object) -> None:  # Qt override
        self.update()
        super().focusOutEvent(event)  # type: ignore[arg-type]

    def _day_sentence(self, day: date) -> str:
        entries = self._by_day.get(day, [])
        parts = [long_date(day)]
        if (note := self._day_notes.get(day)) is not None:
            parts.append(note)
        parts.append(self.tr("%1 entries").replace("%1", str(len(entries))))
        parts.extend(f"{clock(e.start)} {e.title} {state_name(e.state)}" for e in entries)
        return ", ".join(parts)

    def _place_targets(self) -> None:
        """Every day with entries as an accessible object of its own, over its cell."""
        days = sorted(d for d in self._by_day if (d.year, d.month) == (self._year, self._month))
        self.targets.place([(self.day_rect(d), self._day_sentence(d)) for d in days])

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        self._place_targets()
        super().resizeEvent(event)

    def _update_accessible(self) -> None:
        self.setAccessibleName(self._day_sentence(self._selected))
        self.setAccessibleDescription(
            self.tr(
                "%1. Arrow keys move between days, Enter opens the week, Page Up and Page Down change month."
            ).replace("%1", month_label(self._year, self._month))
        )
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
