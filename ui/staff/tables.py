"""The table view every staff list uses: whole rows, no editing, fixed row heights."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.elided import tip_cut_text

ROW_PADDING = 8
CELL_PADDING = 16  # pixels added to each fitted column, so text does not touch the grid


def time_table(model: QAbstractItemModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + ROW_PADDING)
    columns = table.horizontalHeader()
    columns.setStretchLastSection(True)
    columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    tip_cut_text(table)  # a long name cut short shows in full on hover
    return table


def fit_columns(table: QTableView) -> None:
    """Fit every column but the stretching last one to its contents, with room to breathe."""
    table.resizeColumnsToContents()
    model = table.model()
    for column in range(model.columnCount() - 1):
        table.setColumnWidth(column, table.columnWidth(column) + CELL_PADDING)
