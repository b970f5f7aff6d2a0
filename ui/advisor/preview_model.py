"""The series editor's preview: every occurrence a new series gets, skipped dates with their reason."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.services.advisor_view import PreviewOccurrence
from ui.calendar.dates import long_date, time_range

Index = QModelIndex | QPersistentModelIndex
DATE, TIME, NOTE = range(3)


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)  # owned by its view's widget, so Qt deletes it after the view
        self._rows: Sequence[PreviewOccurrence] = ()

    def set_rows(self, rows: Sequence[PreviewOccurrence]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def occurrences(self) -> Sequence[PreviewOccurrence]:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  # Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  # Qt override
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Time"), self.tr("Note"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # Qt override
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == DATE:
                return long_date(row.day)
            if index.column() == TIME:
                return time_range(row.starts_at, row.ends_at)
            return self._note(row)
        if role == Qt.ItemDataRole.FontRole and row.skip_reason is not None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _note(self, row: PreviewOccurrence) -> str:
        if row.skip_reason is not None:
            return self.tr("Skipped: %1").replace("%1", row.skip_reason)
        if row.beyond_horizon:
            return self.tr("Created when the planning horizon reaches the date")
        return ""
