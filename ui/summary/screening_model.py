"""The screening rows of a summary as a Qt table model: instrument, scale, raw score, informant, month."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.domain.instruments import OTHER, instruments, range_text
from app.domain.summary import ScreeningRow

Index = QModelIndex | QPersistentModelIndex


def headers() -> tuple[str, ...]:
    translate = QCoreApplication.translate  # literal strings, so lupdate finds them
    return (
        translate("ScreeningModel", "Instrument"),
        translate("ScreeningModel", "Scale"),
        translate("ScreeningModel", "Raw score"),
        translate("ScreeningModel", "Range"),
        translate("ScreeningModel", "Informant"),
        translate("ScreeningModel", "Month"),
    )


COLUMNS = 6


class ScreeningModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)  # owned by its view's widget, so Qt deletes it after the view
        self._rows: list[ScreeningRow] = []

    @property
    def rows(self) -> tuple[ScreeningRow, ...]:
        return tuple(self._rows)

    def set_rows(self, rows: Sequence[ScreeningRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append(self, row: ScreeningRow) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()

    def remove(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # Qt override  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # Qt override  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # Qt override
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return headers()[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:  # Qt override
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return cells(self._rows[index.row()])[index.column()]


def cells(row: ScreeningRow) -> tuple[str, ...]:
    instrument = instruments().get(row.instrument)
    scale = instrument.scales[0] if instrument and row.instrument == OTHER else None
    scale = scale or (instrument.scale(row.scale) if instrument else None)
    scale_name = row.scale if row.instrument == OTHER or scale is None else scale.label
    return (
        instrument.name if instrument else row.instrument,
        scale_name,
        "" if row.raw_score is None else f"{row.raw_score:g}",
        range_text(instrument, scale) if instrument and scale else "",
        row.informant,
        f"{row.month:02d}/{row.year}" if row.month and row.year else "",
    )
