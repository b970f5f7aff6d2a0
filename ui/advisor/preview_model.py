"""The series editor's preview: every occurrence a new series gets, skipped dates with their reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.services.advisor_view import PreviewOccurrence
from ui.calendar.dates import long_date, time_range
from ui.rows_model import FrozenRowsModel

Index = QModelIndex | QPersistentModelIndex
DATE, TIME, NOTE = range(3)


class PreviewModel(FrozenRowsModel):
    """Created with its view's widget as parent, so Qt deletes it after the view."""

    def column_count(self) -> int:
        return 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Time"), self.tr("Note"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # Qt override
        row: PreviewOccurrence | None = self.row_for(index)
        if row is None:
            return None
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
