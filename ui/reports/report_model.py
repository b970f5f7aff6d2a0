"""The report's rows in a table: a row per group and the totals, which stay last however it is sorted.

Numbers sort as numbers (`SORT_ROLE` holds the value; an unknown summary figure sorts below 0), labels
as text; the texts are those of the PDF (utilisation "22,2 %", an unknown figure "–").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from app.domain.report import FIGURE_NAMES, Report, ReportRow
from ui.reports.pdf import figure_text
from ui.reports.texts import figure_headers, group_name, total_label
from ui.rows_model import FrozenRowsModel

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TOTAL_KEY = ""  # the totals row's key; no group has an empty key


class FiguresModel(FrozenRowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None

    def set_report(self, report: Report) -> None:
        self.report = report
        self.set_rows([*report.rows, ReportRow(TOTAL_KEY, total_label(), report.totals)])

    def column_count(self) -> int:
        return 1 + len(FIGURE_NAMES)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # Qt override
        row: ReportRow | None = self.row_for(index)
        if row is None:
            return None
        column = index.column()
        name = FIGURE_NAMES[column - 1] if column else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return figure_text(row.figures, name) if column else row.label
        if role == SORT_ROLE:
            if not column:
                return row.label
            value = row.figures.as_dict()[name]
            return -1.0 if value is None else float(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.key == TOTAL_KEY:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(  # Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.column_count():
            return None
        if section == 0:
            by = self.report.by if self.report is not None else None
            return group_name(by) if by is not None and role == Qt.ItemDataRole.DisplayRole else None
        short, long = figure_headers()[FIGURE_NAMES[section - 1]]
        if role == Qt.ItemDataRole.DisplayRole:
            return short
        if role == Qt.ItemDataRole.ToolTipRole:
            return long
        return None


class TotalsLastProxy(QSortFilterProxyModel):
    """Sorts by `SORT_ROLE`, the totals row last in either order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def lessThan(self, left: Index, right: Index) -> bool:  # Qt override
        model = self.sourceModel()
        assert isinstance(model, FiguresModel)
        left_total = model.row_at(left.row()).key == TOTAL_KEY
        right_total = model.row_at(right.row()).key == TOTAL_KEY
        if left_total or right_total:  # last when ascending, and so also when Qt reverses for descending
            return (
                right_total and not left_total
                if self.sortOrder() == Qt.SortOrder.AscendingOrder
                else (left_total and not right_total)
            )
        return bool(super().lessThan(left, right))
