"""The summary form's screening rows: instrument, scale, raw score against its range, informant and
month, checked when added (ranges not verified are marked); the rows are a ScreeningModel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.instruments import OTHER, instruments, range_text
from app.domain.summary import ScreeningRow, screening_problem
from ui import words
from ui.summary.screening_model import ScreeningModel

ERROR_STYLE = "color: #b3261e;"


class ScreeningBox(QGroupBox):
    changed = Signal()  # a row was added or removed

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Screening results (raw scores)"))
        self._today = today  # the store's clock: a screening cannot be from a later month
        self.instrument = QComboBox()
        for instrument in instruments().values():
            label = instrument.name
            if not instrument.ranges_verified and instrument.id != OTHER:
                label += self.tr(" (ranges not verified)")
            self.instrument.addItem(label, instrument.id)
        self.scale = QComboBox()
        self.score = QDoubleSpinBox()
        self.score.setRange(0, 1000)
        self.score.setDecimals(1)
        self.range = QLabel()
        self.informant = QComboBox()
        self.informant.setEditable(True)
        self.month = QDateEdit(QDate.currentDate())
        self.month.setDisplayFormat("MM.yyyy")
        self.add_screening = QPushButton(self.tr("Add"))
        self.remove_screening = QPushButton(self.tr("Remove selected"))
        self.screening_error = QLabel()
        self.screening_error.setStyleSheet(ERROR_STYLE)
        self.screening_error.setWordWrap(True)
        self.screenings = ScreeningModel(self)
        self.table = QTableView()
        self.table.setModel(self.screenings)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(self.screenings.columnCount()):
            wide = column in (0, 1)  # instrument and scale names are long; the rest are short
            mode = QHeaderView.ResizeMode.Stretch if wide else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(140)
        for combo in (self.instrument, self.scale, self.informant):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16 if combo is self.instrument else 10)

        # Two rows, so the form fits a laptop's width: what was measured, then who answered when.
        measured, answered = QHBoxLayout(), QHBoxLayout()
        for row, widget, stretch in (
            (measured, self.instrument, 3),
            (measured, self.scale, 3),
            (measured, self.score, 1),
            (measured, self.range, 1),
            (answered, self.informant, 2),
            (answered, self.month, 1),
            (answered, self.add_screening, 0),
        ):
            row.addWidget(widget, stretch)
        answered.addStretch(2)
        layout = QVBoxLayout(self)
        layout.addLayout(measured)
        layout.addLayout(answered)
        layout.addWidget(self.screening_error)
        layout.addWidget(self.table)
        layout.addWidget(self.remove_screening, 0, Qt.AlignmentFlag.AlignRight)

        self.instrument.currentIndexChanged.connect(self._instrument_chosen)
        self.scale.currentIndexChanged.connect(self._scale_chosen)
        self.add_screening.clicked.connect(self._add_screening)
        self.remove_screening.clicked.connect(self._remove_screening)
        self._instrument_chosen()

    @property
    def rows(self) -> tuple[ScreeningRow, ...]:
        return self.screenings.rows

    def set_rows(self, rows: tuple[ScreeningRow, ...]) -> None:
        self.screenings.set_rows(rows)

    def set_editable(self, editable: bool) -> None:
        self.add_screening.setEnabled(editable)
        self.remove_screening.setEnabled(editable)

    def _instrument_chosen(self) -> None:
        instrument = instruments()[self.instrument.currentData()]
        self.scale.clear()
        self.scale.setEditable(instrument.id == OTHER)
        line = self.scale.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Instrument and scale"))
        if instrument.id != OTHER:
            for scale in instrument.scales:
                self.scale.addItem(scale.label, scale.key)
        self.informant.clear()
        self.informant.addItems(list(instrument.informants))
        self._scale_chosen()

    def _scale_chosen(self) -> None:
        instrument = instruments()[self.instrument.currentData()]
        scale = instrument.scales[0] if instrument.id == OTHER else instrument.scale(self.scale.currentData())
        self.range.setText(range_text(instrument, scale) if scale else "")

    def _add_screening(self) -> None:
        instrument = self.instrument.currentData()
        scale = self.scale.currentText() if instrument == OTHER else self.scale.currentData()
        month = self.month.date()
        row = ScreeningRow(
            instrument,
            scale or "",
            self.score.value(),
            self.informant.currentText(),
            month.month(),
            month.year(),
        )
        problem = screening_problem(row, self._today())
        self.screening_error.setText(words.screening_problem_text(problem) if problem else "")
        if problem is None:
            self.screenings.append(row)
            self.changed.emit()

    def _remove_screening(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            self.screenings.remove(selected[0].row())
            self.changed.emit()
