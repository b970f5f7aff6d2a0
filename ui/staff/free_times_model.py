"""The free times a municipal employee can book, as a Qt table over frozen `FreeTime` rows.

Every cell carries the row's full accessible name ("tirsdag 14. oktober 2025 kl. 13.00-13.45, ledig,
Randers Kommune"), so a screen reader says the whole time whichever column has focus. A time the
person cannot book now says why in its last column.

Given groups (`set_groups`), each group starts with a heading row ("Sparring og supervision med Ulla
Bak"); heading rows are not enabled, so the keyboard and the mouse pass over them.
`FreeTimesFilter` narrows the list to one week or one kind of session, and keeps a heading while
any of its times is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from app.domain.recurrence import SessionType
from app.services.staff_view import FreeTime, FreeTimeGroup, GroupKind
from ui import words
from ui.calendar.dates import local
from ui.calendar.entries import EntryState, free_places, state_name
from ui.rows_model import FrozenRowsModel
from ui.staff.tables import TIME_COLUMNS, slot_accessible_name, time_cell

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole  # the frozen FreeTime of the row
HEADING_ROLE = Qt.ItemDataRole.UserRole + 1  # the FreeTimeGroup a heading row starts
PLACES = TIME_COLUMNS  # after the shared time columns


class FreeTimesModel(FrozenRowsModel):
    """One row per bookable time, in time order; replace the rows with `set_rows` (or, headed by
    group, `set_groups`) after a reload."""

    def set_groups(self, groups: Sequence[FreeTimeGroup]) -> None:
        self.set_rows([row for group in groups for row in (group, *group.times)])

    def row_of(self, slot_id: int) -> int | None:
        return next(
            (i for i, r in enumerate(self._rows) if isinstance(r, FreeTime) and r.slot_id == slot_id), None
        )

    def flags(self, index: Index) -> Qt.ItemFlag:  # Qt override
        if isinstance(self.row_for(index), FreeTimeGroup):
            return Qt.ItemFlag.NoItemFlags  # a heading: never current, never selected
        return super().flags(index)

    def column_count(self) -> int:
        return PLACES + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # Qt override
        row: FreeTime | FreeTimeGroup | None = self.row_for(index)
        if row is None:
            return None
        if isinstance(row, FreeTimeGroup):
            return self._heading_data(row, index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.accessible_name(row)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == PLACES and row.refusal:
            return words.refusal_sentence(row.refusal)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == PLACES and row.waitlist_only:
            return self.tr("Every place is taken: join the waitlist and get a place if one frees up.")
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
        )
        return headers[section] if 0 <= section < len(headers) else None

    def heading(self, group: FreeTimeGroup) -> str:
        if group.kind is GroupKind.CONTACT:
            if group.contact_name is None:
                return self.tr("Sparring and supervision for your municipality")
            return self.tr("Sparring and supervision with %1, your fixed contact person").replace(
                "%1", group.contact_name
            )
        return self.tr("Teaching open to all municipalities") if group.open_to_all else self.tr("Teaching")

    def _heading_data(self, group: FreeTimeGroup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return self.heading(group)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                self.tr("%1: %2 times")
                .replace("%1", self.heading(group))
                .replace("%2", str(len(group.times)))
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:  # not the greyed text of a disabled cell
            return QGuiApplication.palette().brush(QPalette.ColorRole.WindowText)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QGuiApplication.palette().brush(QPalette.ColorRole.Window)
        if role == HEADING_ROLE:
            return group
        return None

    def accessible_name(self, row: FreeTime) -> str:
        state = self.tr("full, waitlist open") if row.waitlist_only else self.tr("free")
        if row.refusal is not None:
            state = self.tr("cannot be booked: %1").replace("%1", words.refusal_text(row.refusal))
        return slot_accessible_name(row.starts_at, row.ends_at, state, row.municipality_name)

    def _text(self, row: FreeTime, column: int) -> str:
        if column < TIME_COLUMNS:
            return time_cell(row, column)
        if row.refusal is not None:
            return self.tr("Cannot be booked: %1").replace("%1", words.refusal_text(row.refusal))
        if row.waitlist_only:
            return state_name(EntryState.FULL).capitalize()
        if row.session_type.is_one_to_one:
            return state_name(EntryState.OPEN).capitalize()
        return free_places(row.places_left, row.capacity)


class FreeTimesFilter(QSortFilterProxyModel):
    """Shows one ISO week and/or one kind of session; None shows all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._week: tuple[int, int] | None = None
        self._type: SessionType | None = None
        self._excluded_slot: int | None = None

    def set_week(self, week: tuple[int, int] | None) -> None:
        self.beginFilterChange()
        self._week = week
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_session_type(self, session_type: SessionType | None) -> None:
        self.beginFilterChange()
        self._type = session_type
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def exclude_slot(self, slot_id: int | None) -> None:
        """Leave out one time (the booking's own, when choosing where to move it)."""
        self.beginFilterChange()
        self._excluded_slot = slot_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # Qt override
        index = self.sourceModel().index(source_row, 0, source_parent)
        group = index.data(HEADING_ROLE)
        if isinstance(group, FreeTimeGroup):
            return any(self._accepts(time) for time in group.times)
        row = index.data(ROW_ROLE)
        return isinstance(row, FreeTime) and self._accepts(row)

    def _accepts(self, row: FreeTime) -> bool:
        iso = local(row.starts_at).isocalendar()
        return (
            (self._week is None or (iso.year, iso.week) == self._week)
            and (self._type is None or row.session_type is self._type)
            and row.slot_id != self._excluded_slot
        )
