"""The region's municipalities, their clusters and contact persons, in a window of its own.

Opened from the main window's Vis menu for every role. `reload()` hands the loader to the background
worker; until it answers, the window says so. A failure shows the service's one-line message in the
window, with a retry button, and the app keeps running. The shell reloads it when contact persons or
people change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.reference import MunicipalityOverview
from ui.elided import tip_cut_text
from ui.errors import user_message
from ui.links import LinkCells
from ui.municipality_model import municipality_model
from ui.worker import Worker

NAME_COLUMN = 1
ERROR_STYLE = "color: #b3261e;"
DEFAULT_SIZE = QSize(1040, 550)  # room for all 19 rows
CELL_PADDING = 16  # pixels added to each fitted column, so text does not touch the grid


@dataclass(frozen=True)
class MunicipalitiesData:
    """What the window shows, read on the worker thread."""

    municipalities: Sequence[MunicipalityOverview]


def load_municipalities(ctx: Any) -> MunicipalitiesData:
    """Runs on the worker."""
    from app.services.reference import municipality_overview

    return MunicipalitiesData(tuple(municipality_overview(ctx)))


class MunicipalitiesView(QWidget):
    """Shows the municipalities once `load` has run on the worker thread."""

    loaded = Signal()  # the municipalities are on screen
    load_failed = Signal(str)  # the one-line message now shown in the window

    def __init__(
        self, load: Callable[[], MunicipalitiesData], worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._load = load
        self._worker = worker
        self.setWindowTitle(self.tr("Municipalities and contact persons"))

        heading = QLabel(self.tr("Municipalities in Region Midtjylland"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)

        self.status_icon = QLabel()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.status_icon.setPixmap(icon.pixmap(16, 16))
        self.status_label = QLabel()
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # messages may contain "<"
        self.status_label.setWordWrap(True)  # a long server message must not widen the window
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self.reload)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_icon)
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.retry_button)

        self.model = municipality_model(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortLocaleAware(True)
        self.table = self._build_table(self.proxy)
        LinkCells(self.table)  # the contact persons' names write to them
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)  # the count and, for staff, the note on whose contacts show

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(status_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._fit_columns()  # to the headers, until rows arrive
        self._show_status(self.opening_text())
        self.resize(DEFAULT_SIZE)

    def opening_text(self) -> str:
        return self.tr("Opening the database …")

    def count_line(self, municipalities: Sequence[MunicipalityOverview]) -> str:
        clusters = len({o.municipality.cluster for o in municipalities})
        line = self.tr("%1 municipalities in %n cluster(s)", "", clusters).replace(
            "%1", str(len(municipalities))
        )
        if not all(o.contacts_shown for o in municipalities):
            line += " · " + self.tr("Contact persons are shown for your own municipality only.")
        return line

    def _build_table(self, model: QSortFilterProxyModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSortingEnabled(True)
        table.sortByColumn(NAME_COLUMN, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        columns = table.horizontalHeader()
        columns.setStretchLastSection(True)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        tip_cut_text(table)  # on a narrow window a name cut short shows in full on hover
        return table

    def reload(self) -> None:
        """Run the loader on the worker; the result (or the failure) arrives on the GUI thread."""
        self._show_status(self.opening_text())
        self._worker.submit(self._load, self._show_data, self._show_failure)

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        for column in range(self.proxy.columnCount() - 1):  # the last one stretches
            self.table.setColumnWidth(column, self.table.columnWidth(column) + CELL_PADDING)

    def _show_status(self, text: str, failed: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        self.status_label.setStyleSheet(ERROR_STYLE if failed else "")
        self.status_icon.setVisible(failed)
        self.retry_button.setVisible(failed)

    def _show_data(self, data: MunicipalitiesData) -> None:
        self.model.set_rows(data.municipalities)
        self._fit_columns()
        self._show_status("")  # where the data lives is Hjælp › Om's business, not this list's
        self.count_label.setText(self.count_line(data.municipalities))
        self.loaded.emit()

    def _show_failure(self, error: Exception) -> None:
        message = user_message(error)
        self._show_status(message, failed=True)
        self.load_failed.emit(message)
