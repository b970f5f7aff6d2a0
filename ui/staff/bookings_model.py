"""The person's own bookings ("Mine bookinger") as a Qt table over frozen `MyBooking` rows:
upcoming first in time order, then the past quarter, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from app.domain.booking import BookingState
from app.domain.summary import DeadlineState
from app.services.staff_view import MyBooking
from ui import words
from ui.rows_model import FrozenRowsModel
from ui.staff.tables import TIME_COLUMNS, slot_accessible_name, time_cell
from ui.words import booking_state_name

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole  # the frozen MyBooking of the row
LATE_COLOUR = "#b3261e"  # the page's error red, readable on light rows (6.6:1 on white)
LATE_ON_DARK = "#ff8a80"  # and its light twin on dark rows
STATE, SUMMARY, GP = range(TIME_COLUMNS, TIME_COLUMNS + 3)  # after the shared time columns


class MyBookingsModel(FrozenRowsModel):
    def row_of(self, booking_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.booking_id == booking_id), None)

    def column_count(self) -> int:
        return GP + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # Qt override
        row: MyBooking | None = self.row_for(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = booking_state_name(row.state)
            return slot_accessible_name(row.starts_at, row.ends_at, state, row.municipality_name)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == GP and row.gp:
            return row.gp.email
        late = row.summary is not None and row.summary.state is DeadlineState.LATE
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == SUMMARY and late and row.upcoming:
            dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
            return QColor(LATE_ON_DARK if dark else LATE_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and not is_actionable(row):
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(  # Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = (
            self.tr("Date"),
            self.tr("Week"),
            self.tr("Time"),
            self.tr("Type"),
            self.tr("Advisor"),
            self.tr("Municipality"),
            self.tr("Status"),
            self.tr("Case summary"),
            self.tr("GP guest"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def _text(self, row: MyBooking, column: int) -> str:
        if column < TIME_COLUMNS:
            return time_cell(row, column)
        if column == STATE:
            return booking_state_name(row.state).capitalize()
        if column == SUMMARY:
            return words.summary_status(row.summary) if row.summary and row.upcoming else ""
        return row.gp.name if row.gp else ""


def is_actionable(row: MyBooking) -> bool:
    """Still ahead and standing (booked or on the waitlist): the rows the buttons act on."""
    return row.upcoming and row.state in (BookingState.BOOKED, BookingState.WAITLISTED)
