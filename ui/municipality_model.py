"""A Qt table model over the region's municipalities with their cluster and contact persons.

The rows are frozen `MunicipalityOverview` read models; the model never touches the database.
Headers are English source strings, translated when shown (after the app installed its language).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.domain.model import ContactAssignment
from app.services.reference import MunicipalityOverview

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate  # lupdate reads the literal context and text of each call
NOT_ASSIGNED = "–"


def _person(assignment: ContactAssignment | None) -> str:
    return assignment.person_name if assignment else NOT_ASSIGNED


def _email(assignment: ContactAssignment | None) -> str | None:
    return assignment.person_email if assignment else None


@dataclass(frozen=True)
class Column:
    text: Callable[[MunicipalityOverview], str]
    tooltip: Callable[[MunicipalityOverview], str | None] = lambda _overview: None


COLUMNS = (
    Column(lambda o: o.municipality.code),
    Column(lambda o: o.municipality.name, lambda o: o.municipality.hospital_unit),
    Column(lambda o: o.municipality.cluster),
    Column(lambda o: _person(o.advisor), lambda o: _email(o.advisor)),
    Column(lambda o: _person(o.deputy), lambda o: _email(o.deputy)),
    Column(lambda o: _person(o.municipal_contact), lambda o: _email(o.municipal_contact)),
)


def headers() -> tuple[str, ...]:
    """The column headers in the installed language, in COLUMNS' order."""
    return (
        translate("MunicipalityTableModel", "Code"),
        translate("MunicipalityTableModel", "Municipality"),
        translate("MunicipalityTableModel", "Cluster"),
        translate("MunicipalityTableModel", "Fixed BUA contact person"),
        translate("MunicipalityTableModel", "Deputy"),
        translate("MunicipalityTableModel", "The municipality's contact person"),
    )


class MunicipalityTableModel(QAbstractTableModel):
    """One row per municipality; replace the rows with `set_rows` after a (re)load."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[MunicipalityOverview, ...] = ()

    def set_rows(self, rows: Sequence[MunicipalityOverview]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> MunicipalityOverview:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # Qt override
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column, overview = COLUMNS[index.column()], self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(overview)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(overview)
        return None

    def headerData(  # Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return headers()[section]
        return None
