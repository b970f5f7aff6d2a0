"""A painted week: Monday first, the ISO week number in the corner, a 24-hour time axis (08-17 unless
entries need more), one coloured box per entry.

Geometry is computed once per new week or resize (`week_layout`); `paintEvent` only draws cached
rectangles, so switching weeks costs one layout and one paint. Keyboard: arrows move between entries,
PageUp/PageDown ask for the previous/next week, Enter opens the focused entry, the menu key (or a right
click) asks for the entry's context menu. A movable entry can be dragged to another day and time; the
owner is asked to confirm the drop. The focused entry's full sentence is the widget's accessible name,
announced to screen readers when it changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from ui.calendar.colours import StateColours, state_colours
from ui.calendar.dates import clock, long_date, week_label
from ui.calendar.entries import MINIMUM_WIDTH, CalendarEntry, EntryState
from ui.calendar.entry_targets import EntryTargets
from ui.calendar.week_drag import Drag, Grid, drop_rect, drop_start
from ui.calendar.week_layout import Placed, hour_range, neighbour, place_week
from ui.calendar.week_paint import paint_drop, paint_entry, paint_grid

GUTTER = 64  # the time axis
HEADER = 46  # weekday, date and a holiday's name
DAYS = 5  # Monday-Friday; weekend columns appear only when an entry falls on them
GAP = 2


class WeekView(QWidget):
    """Shows one week of `CalendarEntry`s; the owner loads the data and calls `set_week`."""

    entry_activated = Signal(str)  # key: Enter, or a click (a double-click if asked) on an entry
    current_changed = Signal(str)  # key of the focused entry, "" when none
    week_requested = Signal(int)  # -1 / +1 from PageUp / PageDown
    menu_requested = Signal(str, QPoint)  # key and global position: a right click or the menu key
    move_dropped = Signal(str, object)  # key and the new local start (a naive datetime): dragged

    def __init__(self, parent: QWidget | None = None, activate_on_double_click: bool = False) -> None:
        super().__init__(parent)
        # A click that opens a dialog suits reading (the advisor); booking wants a double-click.
        self._double_click = activate_on_double_click
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(MINIMUM_WIDTH, 360)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # we fill every pixel ourselves
        self._today = date.today()
        self._monday = self._today - timedelta(days=self._today.weekday())
        self._entries: Sequence[CalendarEntry] = ()
        self._day_notes: Mapping[date, str] = {}
        self._placed: list[Placed] = []
        self._rects: dict[int, QRectF] = {}  # entry index -> rectangle, for painting and hit tests
        self._order: list[int] = []  # entry indexes in reading order (day, time, lane)
        self._current = -1
        self._hours = (8, 17)
        self._days = DAYS
        self._colours: dict[EntryState, StateColours] = state_colours(self.palette())
        self._drag: Drag | None = None
        self.targets = EntryTargets(self)  # every entry as its own accessible object
        self._update_accessible()

    # --- data ----------------------------------------------------------------------------------------

    def set_week(
        self,
        monday: date,
        entries: Sequence[CalendarEntry],
        day_notes: Mapping[date, str] | None = None,
    ) -> None:
        """Show `entries` of the week starting `monday`; the focused entry stays if its key is still there."""
        kept = self.current_key()
        self._monday = monday - timedelta(days=monday.weekday())
        self._entries = tuple(entries)
        self._day_notes = dict(day_notes or {})
        self._placed = place_week(self._monday, self._entries)
        self._order = [p.index for p in sorted(self._placed, key=lambda p: (p.day, p.top, p.lane))]
        self._hours = hour_range([self._entries[i] for i in self._order])
        self._days = 7 if any(p.day >= DAYS for p in self._placed) else DAYS
        keys = {self._entries[i].key: i for i in self._order}
        if kept in keys:
            self._current = keys[kept]
        elif self.hasFocus() and self._order:
            self._current = self._order[0]  # keyboard users land on the new week's first entry
        else:
            self._current = -1
        self._relayout()
        self.update()
        self._update_accessible()
        if self.current_key() != kept:
            self.current_changed.emit(self.current_key())

    def set_today(self, day: date) -> None:
        """The day marked as today (the app's clock, not the machine's)."""
        self._today = day
        self.update()

    def monday(self) -> date:
        return self._monday

    def entries(self) -> Sequence[CalendarEntry]:
        return self._entries

    def current_key(self) -> str:
        return self._entries[self._current].key if self._current >= 0 else ""

    def current_entry(self) -> CalendarEntry | None:
        return self._entries[self._current] if self._current >= 0 else None

    def set_current(self, key: str) -> None:
        index = next((i for i in self._order if self._entries[i].key == key), -1)
        self._move_to(index)

    def entry_rect(self, key: str) -> QRectF | None:
        """Where an entry is painted (for tests and tool tips)."""
        index = next((i for i in self._order if self._entries[i].key == key), -1)
        return self._rects.get(index)

    # --- geometry ------------------------------------------------------------------------------------

    def _column_width(self) -> float:
        return (self.width() - GUTTER) / self._days

    def _hour_height(self) -> float:
        first, last = self._hours
        return (self.height() - HEADER) / max(last - first, 1)

    def _grid(self) -> Grid:
        first, last = self._hours
        column, hour = self._column_width(), self._hour_height()
        return Grid(self._monday, self._days, first, last, GUTTER, HEADER, column, hour)

    def _relayout(self) -> None:
        column, hour = self._column_width(), self._hour_height()
        first = self._hours[0]
        self._rects = {}
        for p in self._placed:
            if p.day >= self._days:
                continue
            lane_width = (column - 2 * GAP) / p.lanes
            left = GUTTER + p.day * column + GAP + p.lane * lane_width
            top = HEADER + (p.top - first) * hour
            height = max((p.bottom - p.top) * hour, 18.0)
            self._rects[p.index] = QRectF(left, top + 1, lane_width - GAP, height - 2)
        placed = [i for i in self._order if i in self._rects]
        self.targets.place([(self._rects[i], self._entries[i].accessible_name) for i in placed])

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        self._relayout()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: light/dark palette switched
        if event.type() == QEvent.Type.PaletteChange:
            self._colours = state_colours(self.palette())
            self.update()
        super().changeEvent(event)

    # --- painting ------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        grid = self._grid()
        width, height = self.width(), self.height()
        paint_grid(painter, grid, width, height, self.font(), palette, self._today, self._day_notes)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.9, 7.0))
        bold = QFont(small)
        bold.setBold(True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index, rect in self._rects.items():
            if rect.intersects(QRectF(event.rect())):
                entry = self._entries[index]
                focus = self._focus_pen() if index == self._current else None
                paint_entry(painter, entry, rect, self._colours[entry.state], bold, small, focus)
        drag = self._drag
        if drag is not None and drag.target is not None:  # where the dragged entry would land
            entry = self._entries[drag.index]
            length = entry.end - entry.start
            rect = drop_rect(grid, drag.target, length, self._column_width() - 2 * GAP)
            label = f"→ {clock(drag.target)}-{clock(drag.target + length)}"
            paint_drop(painter, rect, palette, bold, label)
        painter.end()

    def _focus_pen(self) -> QPen:
        """Solid while the view has the keyboard focus, dashed when it does not."""
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        pen.setStyle(Qt.PenStyle.SolidLine if self.hasFocus() else Qt.PenStyle.DashLine)
        return pen

    # --- keyboard and mouse --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        key = event.key()
        menu_key = key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._end_drag()
        elif menu_key:
            at = self.mapToGlobal(QPoint(GUTTER, HEADER))
            self.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(), at))
        elif key == Qt.Key.Key_PageUp:
            self.week_requested.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.week_requested.emit(1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._current >= 0:
                self.entry_activated.emit(self.current_key())
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            vertical = key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            step = -1 if key in (Qt.Key.Key_Up, Qt.Key.Key_Left) else 1
            self._move_to(neighbour(self._placed, self._order, self._current, vertical, step))
        elif key == Qt.Key.Key_Home and self._order:
            self._move_to(self._order[0])
        elif key == Qt.Key.Key_End and self._order:
            self._move_to(self._order[-1])
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _move_to(self, index: int) -> None:
        if index == self._current:
            return
        self._current = index
        self.update()
        self._update_accessible()
        self.current_changed.emit(self.current_key())

    def _header_note_at(self, point: QPointF) -> str:
        """'torsdag 24. december 2026: Lukkedag: Juleaftensdag' over a day's heading; '' elsewhere."""
        if point.y() >= HEADER or point.x() < GUTTER:
            return ""
        day = self._monday + timedelta(days=int((point.x() - GUTTER) // self._column_width()))
        note = self._day_notes.get(day)
        return f"{long_date(day)}: {note}" if note else ""

    def _index_at(self, point: QPointF) -> int:
        return next((i for i, r in self._rects.items() if r.contains(point)), -1)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        index = self._index_at(event.position())
        if index >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self._move_to(index)
            if self._entries[index].movable:
                grabbed = event.position() - self._rects[index].topLeft()
                self._drag = Drag(self.current_key(), index, grabbed, event.position())
            if not self._double_click:
                self.entry_activated.emit(self.current_key())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        if self._drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._drag_to(event.position())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        drag = self._drag
        if drag is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag_to(event.position())  # the drop is where the button is let go
            self._end_drag()
            entry = self._entries[drag.index]
            if drag.started and drag.target is not None and drag.target != entry.start.replace(tzinfo=None):
                self.move_dropped.emit(drag.key, drag.target)
        super().mouseReleaseEvent(event)

    def _drag_to(self, point: QPointF) -> None:
        drag = self._drag
        assert drag is not None
        if drag.started or (point - drag.origin).manhattanLength() >= QApplication.startDragDistance():
            drag.started = True
            entry = self._entries[drag.index]
            drag.target = drop_start(self._grid(), point - drag.grabbed, entry.end - entry.start)
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.update()

    def _end_drag(self) -> None:
        self._drag = None
        self.unsetCursor()
        self.update()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # Qt override
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            self._move_to(self._index_at(QPointF(event.pos())))
            where = event.globalPos()
        else:  # the menu key or Shift+F10: the focused entry's menu, at the entry
            rect = self._rects.get(self._current)
            where = self.mapToGlobal(rect.center().toPoint() if rect else QPoint(GUTTER, HEADER))
        if self._current >= 0:
            self.menu_requested.emit(self.current_key(), where)
            event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # Qt override
        index = self._index_at(event.position())
        if self._double_click and index >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self._move_to(index)
            self.entry_activated.emit(self.current_key())
        super().mouseDoubleClickEvent(event)

    def event(self, event: QEvent) -> bool:  # Qt override: the tool tip is the accessible sentence
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._index_at(QPointF(event.pos()))
            note = self._header_note_at(QPointF(event.pos()))
            if index >= 0:
                QToolTip.showText(event.globalPos(), self._entries[index].accessible_name, self)
            elif note:  # a holiday's name, cut short in a narrow column
                QToolTip.showText(event.globalPos(), note, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def focusInEvent(self, event: object) -> None:  # Qt override
        if self._current < 0 and self._order:
            self._move_to(self._order[0])
        self.update()
        super().focusInEvent(event)  # type: ignore[arg-type]

    def focusOutEvent(self, event: object) -> None:  # Qt override
        self.update()
        super().focusOutEvent(event)  # type: ignore[arg-type]

    # --- accessibility -------------------------------------------------------------------------------

    def _update_accessible(self) -> None:
        entry = self.current_entry()
        sunday = self._monday + timedelta(days=6)
        week = self.tr("%1, %2 to %3").replace("%1", week_label(self._monday))
        week = week.replace("%2", long_date(self._monday)).replace("%3", long_date(sunday))
        self.setAccessibleName(entry.accessible_name if entry else week)
        self.setAccessibleDescription(
            self.tr("%1. %2 entries. Arrow keys move between entries, Page Up and Page Down change week.")
            .replace("%1", week)
            .replace("%2", str(len(self._order)))
        )
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
