"""One table model for the plain lists (the administrator's, the municipalities): frozen rows in, text
per column out.

Each list is a tuple of `Column`s over its read model; headers are functions so they are translated
when shown (after the translator is installed), not when the module is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
MUTED = "#8a8a8a"


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]
    text: Callable[[Any], str]
    tooltip: Callable[[Any], str | None] = lambda _row: None


class RowsModel(QAbstractTableModel):
    """Read-only rows; `set_rows` replaces them after a (re)load."""

    def __init__(
        self,
        columns: Sequence[Column],
        parent: Any = None,
        muted: Callable[[Any], bool] = lambda _row: False,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._muted = muted  # rows shown greyed out, e.g. people who left
        self._rows: tuple[Any, ...] = ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[Any, ...]:
        return self._rows

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  Qt override
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # Qt override
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column, row = self._columns[index.column()], self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and self._muted(row):
            return QBrush(QColor(MUTED))
        return None

    def headerData(  # Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header()
        return None
