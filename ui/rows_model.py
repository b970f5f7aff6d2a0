"""Table models over frozen read-model rows.

`FrozenRowsModel` holds the rows, replaced whole after each (re)load; its subclasses say what the cells
show. `RowsModel` does that for the plain lists (the administrator's, the municipalities): a tuple of
`Column`s over the read model, with headers as functions so they are translated when shown (after the
translator is installed), not when the module is imported. A column may give each cell a link (a
mailto: address): such cells look like links, and ui/links.py opens them when clicked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication

Index = QModelIndex | QPersistentModelIndex
MUTED = "#8a8a8a"
LINK_ROLE = Qt.ItemDataRole.UserRole + 40  # the URL a cell links to, or None


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]
    text: Callable[[Any], str]
    tooltip: Callable[[Any], str | None] = lambda _row: None
    link: Callable[[Any], str | None] = lambda _row: None  # e.g. mailto_url(the person's address)


class FrozenRowsModel(QAbstractTableModel):
    """Read-only rows; `set_rows` replaces them after a (re)load. Subclasses give `column_count`,
    `data` and `headerData`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[Any, ...]:
        return self._rows

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_for(self, index: Index) -> Any:
        """The row behind a cell, or None for an invalid or stale index."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def column_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  Qt override
        return 0 if parent.isValid() else self.column_count()


class RowsModel(FrozenRowsModel):
    """The cells are the `Column`s' texts and tooltips; `muted` rows are greyed out."""

    def __init__(
        self,
        columns: Sequence[Column],
        parent: Any = None,
        muted: Callable[[Any], bool] = lambda _row: False,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._muted = muted  # rows shown greyed out, e.g. people who left

    def column_count(self) -> int:
        return len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # Qt override
        row = self.row_for(index)
        if row is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row)
        if role == LINK_ROLE:
            return column.link(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._muted(row):
                return QBrush(QColor(MUTED))
            return QGuiApplication.palette().link() if column.link(row) else None
        if role == Qt.ItemDataRole.FontRole and column.link(row):
            font = QFont()
            font.setUnderline(True)
            return font
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
