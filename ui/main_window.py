"""The first window: the region's municipalities, their clusters and contact persons.

The window is cheap to build and is shown before anything touches the database. `reload()` hands
the loader to the background worker; until it answers, the window says "Åbner databasen …". A
failure shows the service's one-line message in the window, with a retry button, and the app keeps
running. The loader is passed in, so the window never knows how the store is opened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.reference import MunicipalityOverview
from ui.errors import user_message
from ui.municipality_model import MunicipalityTableModel
from ui.worker import Worker

TITLE = "BUA Booking"
HEADING = "Kommuner i Region Midtjylland"
OPENING = "Åbner databasen …"
RETRY = "Prøv igen"
GEOMETRY_KEY = "main_window/geometry"
NAME_COLUMN = 1
ERROR_STYLE = "color: #b3261e;"
DEFAULT_SIZE = QSize(1040, 550)  # room for all 19 rows
CELL_PADDING = 16  # pixels added to each fitted column, so text does not touch the grid


@dataclass(frozen=True)
class FirstWindowData:
    """What the first window shows, read on the worker thread."""

    store_description: str  # e.g. "lokal fil /home/…/bua-booking.db", from Store.describe()
    municipalities: Sequence[MunicipalityOverview]


def count_line(municipalities: Sequence[MunicipalityOverview]) -> str:
    clusters = {o.municipality.cluster for o in municipalities}
    noun = "klynge" if len(clusters) == 1 else "klynger"
    return f"{len(municipalities)} kommuner i {len(clusters)} {noun}"


class MainWindow(QMainWindow):
    """Shows the municipalities once `load` has run on the worker thread."""

    loaded = Signal()  # the municipalities are on screen
    load_failed = Signal(str)  # the one-line message now shown in the window

    def __init__(
        self,
        load: Callable[[], FirstWindowData],
        worker: Worker | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self._load = load
        self._worker = worker or Worker(self)
        self._settings = settings or QSettings("BUA", "BUA Booking")
        self.setWindowTitle(TITLE)

        heading = QLabel(HEADING)
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
        self.retry_button = QPushButton(RETRY)
        self.retry_button.clicked.connect(self.reload)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_icon)
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.retry_button)

        self.model = MunicipalityTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortLocaleAware(True)
        self.table = self._build_table(self.proxy)
        self.count_label = QLabel()

        layout = QVBoxLayout()
        layout.addWidget(heading)
        layout.addLayout(status_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)

        self._fit_columns()  # to the headers, until rows arrive
        self._show_status(OPENING)
        geometry = self._settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(DEFAULT_SIZE)

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
        return table

    def reload(self) -> None:
        """Run the loader on the worker; the result (or the failure) arrives on the GUI thread."""
        self._show_status(OPENING)
        self._worker.submit(self._load, self._show_data, self._show_failure)

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        for column in range(self.proxy.columnCount() - 1):  # the last one stretches
            self.table.setColumnWidth(column, self.table.columnWidth(column) + CELL_PADDING)

    def _show_status(self, text: str, failed: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if failed else "")
        self.status_icon.setVisible(failed)
        self.retry_button.setVisible(failed)

    def _show_data(self, data: FirstWindowData) -> None:
        self.model.set_rows(data.municipalities)
        self._fit_columns()
        self._show_status(f"Database: {data.store_description}")
        self.count_label.setText(count_line(data.municipalities))
        self.loaded.emit()

    def _show_failure(self, error: Exception) -> None:
        message = user_message(error)
        self._show_status(message, failed=True)
        self.load_failed.emit(message)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
