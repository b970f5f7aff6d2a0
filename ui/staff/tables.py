"""The table view every staff list uses (whole rows, no editing, fixed row heights) and the cells and
spoken sentence of a time that both staff tables share."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.services.staff_view import FreeTime, MyBooking
from ui.calendar.dates import danish_date_and_time, danish_time_span, local, numeric_date, week_number
from ui.elided import tip_cut_text
from ui.words import municipality_name, session_type_name

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


TIME_COLUMNS = 6  # how many columns time_cell fills


def time_cell(row: FreeTime | MyBooking, column: int) -> str:
    """The first six columns of both staff tables: date, week, time, type, advisor, municipality."""
    cells = (
        lambda: numeric_date(local(row.starts_at).date()),
        lambda: str(week_number(row.starts_at)),
        lambda: danish_time_span(row.starts_at, row.ends_at),
        lambda: session_type_name(row.session_type),
        lambda: row.advisor_name,
        lambda: row.municipality_name,
    )
    return cells[column]()


def slot_accessible_name(starts_at: datetime, ends_at: datetime | None, state: str, municipality: str) -> str:
    """'tirsdag 14. oktober 2025 kl. 13.00-13.45, ledig, Randers Kommune' for screen readers."""
    return ", ".join((danish_date_and_time(starts_at, ends_at), state, municipality_name(municipality)))
