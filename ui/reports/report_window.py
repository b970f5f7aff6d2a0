"""The reports window ("Rapporter"): the status report for a period, grouped, as a sortable table and
two charts, the implementation overview in its own tab, and "Gem som PDF …" / "Gem som CSV …".

For administrators, BUA advisors and a municipality's contact; the service decides what each may count
(an advisor the sessions they serve, a contact their own municipality only, and anyone else is told
why not). Reads run on the worker through `UiSession.run`, never on the GUI thread, with a busy bar
while they do; a change of dates or grouping reads again after a short pause, and an answer that is
no longer wanted is dropped. The PDF and the CSV are made from what is on screen, so they say what the
window says; the CSV is byte for byte the command line's. Only counts are shown or written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Role
from app.domain.report import FIGURE_NAMES, GroupBy, Report
from app.domain.report_table import overview_csv, report_csv
from ui.calendar.dates import DATE_FIELD, numeric_date, pydate, qdate
from ui.i18n import speaking
from ui.reports.chart_view import ChartView
from ui.reports.charts import bars_of, points_of
from ui.reports.pdf import write_pdf
from ui.reports.periods import Preset, preset_period
from ui.reports.report_model import FiguresModel, TotalsLastProxy
from ui.reports.texts import group_name, no_summaries_note
from ui.rows_model import Column, RowsModel
from ui.session import BOOKINGS, CONTACTS, SERIES, SLOTS, SUMMARIES, UiSession

# (parent, caption, suggested file name, filter) -> the chosen path, or None when cancelled
FileChooser = Callable[[QWidget, str, str, str], str | None]
DEFAULT_SIZE = QSize(1280, 700)  # fits 1366x720 less the taskbar
RELOAD_PAUSE_MS = 400
ERROR_STYLE = "color: #b3261e;"
SHOWN_TOPICS = frozenset({BOOKINGS, SLOTS, SERIES, CONTACTS, SUMMARIES})


def save_file_dialog(parent: QWidget, caption: str, suggested: str, filter_text: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filter_text)
    return path or None


@dataclass(frozen=True)
class ReportData:
    """What the window shows, read on the worker in one go."""

    report: Report
    trend: Report  # the same period by month
    overview: Any  # app.services.reports.Overview


def load_report(ctx: Any, first: date, last: date, by: GroupBy) -> ReportData:
    """Runs on the worker."""
    from app.services.reports import figures_report, implementation_overview

    report = figures_report(ctx, first, last, by)
    trend = report if by is GroupBy.MONTH else figures_report(ctx, first, last, GroupBy.MONTH)
    return ReportData(report, trend, implementation_overview(ctx, first, last))


def _day(day: date | None) -> str:
    return numeric_date(day) if day else "–"


def overview_model(parent: Any) -> RowsModel:
    translate = QCoreApplication.translate
    return RowsModel(
        (
            Column(lambda: translate("Report", "Municipality"), lambda r: r.label),
            Column(lambda: translate("Report", "Cluster"), lambda r: r.cluster),
            Column(lambda: translate("Report", "BUA contact since"), lambda r: _day(r.bua_contact_since)),
            Column(lambda: translate("Report", "BUA deputy since"), lambda r: _day(r.bua_deputy_since)),
            Column(
                lambda: translate("Report", "Municipality's contact since"),
                lambda r: _day(r.municipal_contact_since),
            ),
            Column(
                lambda: translate("Report", "Series running"),
                lambda r: translate("Report", "yes") if r.series_running else translate("Report", "no"),
            ),
            Column(lambda: translate("Report", "First held"), lambda r: _day(r.first_held)),
            Column(lambda: translate("Report", "Last held"), lambda r: _day(r.last_held)),
        ),
        parent,
    )


class ReportWindow(QWidget):
    loaded = Signal()  # the figures for the chosen period and grouping are on screen
    saved = Signal(str)  # the path a PDF or CSV was written to

    def __init__(
        self, session: UiSession, parent: QWidget | None = None, choose_file: FileChooser | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self._choose_file = choose_file or save_file_dialog
        self._wanted = 0  # the number of the read whose answer is wanted
        self.data: ReportData | None = None
        self.setWindowTitle(self.tr("Reports"))

        self.preset = QComboBox()
        for preset, text in (
            (Preset.LAST_HALF_YEAR, self.tr("Last half-year")),
            (Preset.LAST_YEAR, self.tr("Last year")),
            (Preset.THIS_YEAR, self.tr("This year")),
            (Preset.CHOSEN, self.tr("Chosen period")),
        ):
            self.preset.addItem(text, preset.value)
        self.preset.setAccessibleName(self.tr("Period"))
        self.from_edit, self.to_edit = self._date_edit(self.tr("From")), self._date_edit(self.tr("To"))
        self.group = QComboBox()
        for by in GroupBy:
            self.group.addItem(group_name(by), by.value)
        self.group.setAccessibleName(self.tr("Grouping"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # busy: how long a read takes is not known
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(120)
        self.busy.setAccessibleName(self.tr("Reading the figures …"))
        self.busy.hide()
        self.pdf_button = QPushButton(self.tr("Save as PDF …"))
        self.csv_button = QPushButton(self.tr("Save as CSV …"))

        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("&Period:"), self.preset),
            (self.tr("F&rom:"), self.from_edit),
            (self.tr("&To:"), self.to_edit),
            (self.tr("&Grouping:"), self.group),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.busy)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.csv_button)

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = FiguresModel(self)
        self.proxy = TotalsLastProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._table(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the report's own order until asked
        self.charts = ChartView()
        figures = QSplitter(Qt.Orientation.Vertical)
        figures.addWidget(self.table)
        figures.addWidget(self.charts)
        figures.setStretchFactor(0, 3)
        figures.setStretchFactor(1, 2)
        self.overview = overview_model(self)
        self.overview_table = self._table(self.overview)
        self.tabs = QTabWidget()
        self.tabs.addTab(figures, self.tr("Figures"))
        self.tabs.addTab(self.overview_table, self.tr("Status overview"))

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(RELOAD_PAUSE_MS)
        self._pause.timeout.connect(self.reload)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.from_edit.dateChanged.connect(self._dates_typed)
        self.to_edit.dateChanged.connect(self._dates_typed)
        self.group.currentIndexChanged.connect(lambda _i: self.reload())
        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button.clicked.connect(self.save_csv)
        session.notifier.changed.connect(self._changed)
        self._set_period(Preset.LAST_HALF_YEAR)
        self.resize(DEFAULT_SIZE)
        self.reload()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat(DATE_FIELD)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        return edit

    def _table(self, model: Any) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 6)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # The period and the grouping

    @property
    def today(self) -> date:
        return self.session.context.clock.today()

    @property
    def period(self) -> tuple[date, date]:
        return pydate(self.from_edit.date()), pydate(self.to_edit.date())

    @property
    def by(self) -> GroupBy:
        return GroupBy(self.group.currentData())

    def _set_period(self, preset: Preset) -> None:
        first, last = preset_period(preset, self.today)
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(preset.value))
        self.preset.blockSignals(False)

    def _preset_chosen(self, _index: int) -> None:
        preset = Preset(self.preset.currentData())
        if preset is not Preset.CHOSEN:
            self._set_period(preset)
            self.reload()

    def _dates_typed(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(Preset.CHOSEN.value))
        self.preset.blockSignals(False)
        self._wanted += 1  # an answer on its way is for the dates before
        self._busy(True)
        self._pause.start()  # typing a date changes it digit by digit: read once it rests

    def _changed(self, topics: frozenset[str]) -> None:
        if topics & SHOWN_TOPICS and self.isVisible():
            self.reload()

    # Reading

    def reload(self) -> None:
        self._pause.stop()
        first, last = self.period
        by = self.by
        self._wanted += 1
        number = self._wanted
        self._busy(True)
        self.session.run(
            lambda ctx: load_report(ctx, first, last, by),
            lambda data: self._show(number, data),
            lambda message: self._failed(number, message),
            owner=self,
        )

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.pdf_button.setEnabled(not busy and self.data is not None)
        self.csv_button.setEnabled(not busy and self.data is not None)

    def _show(self, number: int, data: ReportData) -> None:
        if number != self._wanted:
            return  # the period or grouping changed meanwhile; its own read follows
        self.data = data
        self.model.set_report(data.report)
        self.overview.set_rows(data.overview.rows)
        self.charts.set_data(data.report.by, bars_of(data.report), points_of(data.trend))
        hidden = data.report.totals.summaries_on_time is None  # the reader sees no summaries: no columns
        for name in ("summaries_on_time", "summaries_late", "summaries_missing"):
            self.table.setColumnHidden(1 + FIGURE_NAMES.index(name), hidden)
        self.table.resizeColumnsToContents()
        self.overview_table.resizeColumnsToContents()
        notes = []
        if self.session.role is Role.MUNICIPAL_STAFF:
            notes.append(self.tr("You see your own municipality only."))
        if data.report.totals.summaries_on_time is None:
            notes.append(no_summaries_note())
        self._note(" ".join(notes))
        self._busy(False)
        self.loaded.emit()

    def _failed(self, number: int, message: str) -> None:
        if number != self._wanted:
            return
        self.data = None
        self.model.set_rows(())
        self.overview.set_rows(())
        self.charts.set_data(self.by, (), ())
        self._note(message, failed=True)
        self._busy(False)

    def _note(self, text: str, failed: bool = False) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(ERROR_STYLE if failed else "")
        self.note.setVisible(bool(text))

    # Saving

    def _suggested(self, suffix: str) -> str:
        first, last = self.period
        stem = self.tr("status-report") if self.tabs.currentIndex() == 0 else self.tr("status-overview")
        return f"{stem}-{first.isoformat()}-{last.isoformat()}.{suffix}"

    def save_pdf(self) -> None:
        data = self.data
        if data is None:
            return
        chosen = self._choose_file(
            self, self.tr("Save as PDF"), self._suggested("pdf"), self.tr("PDF (*.pdf)")
        )
        if not chosen:
            return
        self._busy(True)
        QCoreApplication.processEvents()  # the busy bar shows before the pages are drawn
        try:
            with speaking("da"):  # a document for Psykiatriforum: Danish, whatever the window speaks
                write_pdf(Path(chosen), data.report, data.trend, self.today)
        except OSError as error:
            self._note(str(error), failed=True)
        else:
            self._note(self.tr("Saved in %1.").replace("%1", chosen))
            self.saved.emit(chosen)
        finally:
            self._busy(False)

    def save_csv(self) -> None:
        data = self.data
        if data is None:
            return
        chosen = self._choose_file(
            self, self.tr("Save as CSV"), self._suggested("csv"), self.tr("CSV (*.csv)")
        )
        if not chosen:
            return
        content = (
            report_csv(data.report) if self.tabs.currentIndex() == 0 else overview_csv(data.overview.rows)
        )
        try:
            Path(chosen).write_bytes(content)
        except OSError as error:
            self._note(
                self.tr("Could not save %1: %2").replace("%1", chosen).replace("%2", error.strerror or ""),
                failed=True,
            )
        else:
            self._note(self.tr("Saved in %1.").replace("%1", chosen))
            self.saved.emit(chosen)
