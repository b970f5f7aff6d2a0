"""The absence dialog's table: every session the absence hits and what happens to it.

A booked session needs the advisor's decision (deputy or cancel); an open time in the period is
cancelled, which the last column says, so nothing disappears silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.domain.time import ZONE
from app.services.absences import AffectedSession, Handling
from ui.calendar.dates import when
from ui.words import municipality_name

Index = QModelIndex | QPersistentModelIndex
WHEN, MUNICIPALITY, BOOKER, DEPUTY, DECISION = range(5)


class AffectedModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)  # owned by its view's widget, so Qt deletes it after the view
        self._sessions: Sequence[AffectedSession] = ()
        self._names: Mapping[str, str] = {}
        self._decisions: dict[int, Handling] = {}

    def set_sessions(self, sessions: Sequence[AffectedSession], names: Mapping[str, str]) -> None:
        """New sessions; decisions already taken for slots still in the list are kept."""
        self.beginResetModel()
        self._sessions = tuple(sessions)
        self._names = dict(names)
        booked = {s.slot.id for s in self._sessions if s.slot.has_bookings}
        self._decisions = {k: v for k, v in self._decisions.items() if k in booked}
        self.endResetModel()

    def sessions(self) -> Sequence[AffectedSession]:
        return self._sessions

    def decisions(self) -> dict[int, Handling]:
        return dict(self._decisions)

    def undecided(self) -> int:
        return sum(1 for s in self._sessions if s.slot.has_bookings and s.slot.id not in self._decisions)

    def decide(self, rows: Iterable[int], handling: Handling) -> int:
        """Record the decision for booked rows; returns how many could not go to a deputy."""
        refused = 0
        for row in rows:
            session = self._sessions[row]
            if not session.slot.has_bookings:
                continue
            if handling is Handling.DEPUTY and not session.deputy_email:
                refused += 1
                continue
            self._decisions[session.slot.id] = handling
            self.dataChanged.emit(self.index(row, DECISION), self.index(row, DECISION))
        return refused

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  # Qt override
        return 0 if parent.isValid() else len(self._sessions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  # Qt override
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Time"),
                self.tr("Municipality"),
                self.tr("Booked by"),
                self.tr("Deputy"),
                self.tr("What happens"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # Qt override
        if not index.isValid() or not 0 <= index.row() < len(self._sessions):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        session = self._sessions[index.row()]
        slot = session.slot
        column = index.column()
        if column == WHEN:
            return when(slot.starts_at.astimezone(ZONE), slot.ends_at.astimezone(ZONE))
        if column == MUNICIPALITY:
            return municipality_name(self._names.get(slot.municipality_code, slot.municipality_code))
        if column == BOOKER:
            names = [b.person_name for b in session.bookings]
            if not names:
                return self.tr("open time")
            if len(names) > 2 and role == Qt.ItemDataRole.DisplayRole:  # a teaching session
                return self.tr("%1 and %2 more").replace("%1", names[0]).replace("%2", str(len(names) - 1))
            return ", ".join(names)
        if column == DEPUTY:
            return session.deputy_email or self.tr("no deputy")
        if not slot.has_bookings:
            return self.tr("The open time is cancelled")
        decision = self._decisions.get(slot.id)
        if decision is Handling.DEPUTY:
            return self.tr("Goes to the deputy")
        if decision is Handling.CANCEL:
            return self.tr("Cancelled, the booker is told why")
        return self.tr("Choose: deputy or cancel")
