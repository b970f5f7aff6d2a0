"""The BUA advisor's page: the week or month of all their municipalities' sessions, a session's
details beside it, and the series editor and absence dialog.

Every read goes through `UiSession.run`; the page reloads what it shows when the notifier announces
bookings, slots or series. A week is one read (`advisor_week`); when an answer arrives for a week the
advisor has already left, it is kept but not shown. Once the advisor pauses on a week, the weeks on
either side are read too, so "next week" is usually only a repaint; every announced change drops them.
Week and month show the same date: one day is the page's anchor, and each view shows the week or
month around it. A right click (or the menu key) on an entry opens its menu (`OccurrenceActions`).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.time import add_months
from app.services.advisor_view import (
    AdvisorPeriod,
    AdvisorSession,
    advisor_period,
    advisor_week,
    has_series,
)
from ui.advisor.absence_dialog import AbsenceDialog
from ui.advisor.calendar_entries import calendar_entries
from ui.advisor.first_series_bar import FirstSeriesBar
from ui.advisor.occurrence_menu import OccurrenceActions
from ui.advisor.page_bar import NARROW, PageBar
from ui.advisor.series_editor import SeriesEditorDialog
from ui.advisor.session_panel import ERROR_STYLE, SessionPanel
from ui.calendar.dates import date_span, long_date, month_label, pydate, qdate, week_label
from ui.calendar.month_view import ROWS, MonthView, month_grid_start
from ui.calendar.week_view import WeekView
from ui.session import BOOKINGS, SERIES, SLOTS, SUMMARIES, UiSession

SHOWN_TOPICS = frozenset({BOOKINGS, SLOTS, SERIES, SUMMARIES})
WEEK, MONTH = 0, 1
READ_AHEAD_MS = 150


class AdvisorPage(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        today = session.context.clock.today()
        self._day = today  # the date both views show: its week, or its month
        self._period: AdvisorPeriod | None = None
        self._loading: tuple[int, date] | None = None  # (view, first day) the advisor asked for last
        # Weeks already read, kept until a change is announced: "next week" is then only a repaint.
        self._weeks: dict[date, AdvisorPeriod] = {}
        self._reading: set[date] = set()
        self._generation = 0  # raised by every change, so a read that began before it is dropped
        # The neighbours are read once the advisor pauses, so quick clicks never queue behind them.
        self._read_ahead = QTimer(self)
        self._read_ahead.setSingleShot(True)
        self._read_ahead.setInterval(READ_AHEAD_MS)
        self._read_ahead.timeout.connect(lambda: self._read_neighbours(self._monday))

        self.week_view = WeekView()
        self.week_view.setObjectName("advisorWeek")
        self.month_view = MonthView()
        self.month_view.setObjectName("advisorMonth")
        self.week_view.set_today(today)
        self.month_view.set_today(today)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.week_view)
        self.stack.addWidget(self.month_view)
        self.details = SessionPanel(session)

        self.bar = PageBar()
        bar = self.bar
        # The bar's controls, by the names tests and the screenshots use
        self.previous_button = bar.previous_button
        self.today_button = bar.today_button
        self.next_button = bar.next_button
        self.go_to_button = bar.go_to_button
        self.period_label = bar.period_label
        self.week_button = bar.week_button
        self.month_button = bar.month_button
        self.new_series_button = bar.new_series_button
        self.absence_button = bar.absence_button
        bar.views.idClicked.connect(self.show_view)
        bar.go_to_button.clicked.connect(self.ask_date)
        bar.new_series_button.clicked.connect(lambda: self.open_series_editor())
        bar.absence_button.clicked.connect(self.open_absence_dialog)
        bar.previous_button.clicked.connect(lambda: self.step(-1))
        bar.next_button.clicked.connect(lambda: self.step(1))
        bar.today_button.clicked.connect(self.go_today)
        bar.details_button.toggled.connect(self.details.setVisible)
        self._narrow: bool | None = None  # decided by the first resize
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Message"))
        self.status.hide()
        self._status_is_error = False

        self.first_series = FirstSeriesBar()
        self.first_series.button.clicked.connect(lambda: self.open_series_editor())

        body = QHBoxLayout()
        body.addWidget(self.stack, 1)
        body.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.first_series)
        layout.addLayout(body, 1)

        self.week_view.week_requested.connect(self.step)
        self.week_view.entry_activated.connect(self._open_entry)
        self.occurrences = OccurrenceActions(session, self, self.tell, self.open_series_editor)
        self.week_view.menu_requested.connect(self._show_menu)
        self.week_view.move_dropped.connect(self._confirm_drop)
        self.month_view.month_requested.connect(self.step)
        self.month_view.day_activated.connect(self._open_day)
        self.month_view.day_changed.connect(self._day_chosen)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.step(-1))
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.step(1))
        QShortcut(QKeySequence("Ctrl+G"), self, self.ask_date)
        session.notifier.changed.connect(self._on_changed)
        self._update_label()
        self.reload()
        self._check_first_series()

    # --- narrow screens ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        width = event.size().width()
        self.bar.fit(width)
        narrow = width < NARROW
        if narrow != self._narrow:  # the panel folds away beside Outlook, and comes back when wide
            self._narrow = narrow
            self.bar.details_button.setChecked(not narrow)
        super().resizeEvent(event)

    # --- navigation ----------------------------------------------------------------------------------

    def current_view(self) -> int:
        return self.stack.currentIndex()

    def show_view(self, view: int) -> None:
        self.stack.setCurrentIndex(view)
        (self.week_button if view == WEEK else self.month_button).setChecked(True)
        (self.week_view if view == WEEK else self.month_view).setFocus()
        self._update_label()
        self.reload()

    @property
    def _monday(self) -> date:
        return self._day - timedelta(days=self._day.weekday())

    @property
    def _month(self) -> tuple[int, int]:
        return self._day.year, self._day.month

    def shown_day(self) -> date:
        return self._day

    def step(self, delta: int) -> None:
        """Previous/next week or month, by the view shown."""
        if self.current_view() == WEEK:
            self.go_to(self._day + timedelta(weeks=delta))
        else:
            self.go_to(add_months(self._day, delta))

    def go_today(self) -> None:
        self.go_to(self._session.context.clock.today())

    def go_to(self, day: date) -> None:
        self._day = day
        self._update_label()
        self.reload()

    def ask_date(self) -> QDialog:
        """'Gå til dato': a calendar to pick the day to show."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Go to date"))
        calendar = QCalendarWidget()
        calendar.setGridVisible(True)
        calendar.setSelectedDate(qdate(self._day))
        calendar.activated.connect(dialog.accept)  # Enter or a double click on a day
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(calendar)
        layout.addWidget(buttons)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.go_to(pydate(calendar.selectedDate())))
        dialog.open()
        calendar.setFocus()
        return dialog

    def show_week_of(self, day: date) -> None:
        self._day = day
        self.show_view(WEEK)

    def _day_chosen(self, day: object) -> None:
        """A day chosen in the month is the date the week shows next (a day outside the month is
        followed by the month's own change)."""
        if isinstance(day, date) and (day.year, day.month) == self._month:
            self._day = day

    def _open_day(self, day: object) -> None:
        if isinstance(day, date):
            self.show_week_of(day)

    def _update_label(self) -> None:
        if self.current_view() == WEEK:
            sunday = self._monday + timedelta(days=6)
            text = f"{week_label(self._monday).capitalize()} · {date_span(self._monday, sunday)}"
            spoken = self.tr("%1 · %2 to %3").replace("%1", week_label(self._monday).capitalize())
            spoken = spoken.replace("%2", long_date(self._monday)).replace("%3", long_date(sunday))
        else:
            text = spoken = month_label(*self._month).capitalize()
        self.period_label.setText(text)
        self.period_label.setAccessibleDescription(spoken)

    # --- loading -------------------------------------------------------------------------------------

    def forget_read_weeks(self) -> None:
        """Drop the weeks read so far (for the bench: every step then reads from the store)."""
        self._weeks.clear()

    def reload(self) -> None:
        me = self._session.me.id
        if self.current_view() == WEEK:
            monday = self._monday
            self._loading = (WEEK, monday)
            cached = self._weeks.get(monday)
            if cached is None:
                self._read_week(monday)
            else:
                self._show_week(monday, cached)
                self._read_ahead.start()
        else:
            first = month_grid_start(*self._month)
            last = first + timedelta(days=ROWS * 7 - 1)
            self._loading = (MONTH, first)
            self._session.run(
                lambda ctx: advisor_period(ctx, me, first, last),
                lambda period: self._month_loaded(first, period),
                self._failed,
            )

    def _read_week(self, monday: date) -> None:
        if monday in self._reading:
            return
        self._reading.add(monday)
        me, generation = self._session.me.id, self._generation
        self._session.run(
            lambda ctx: advisor_week(ctx, me, monday),
            lambda period: self._week_read(monday, generation, period),
            lambda message: self._week_failed(monday, message),
            owner=self,
        )

    def has_read(self, monday: date) -> bool:
        return monday in self._weeks

    def _read_neighbours(self, monday: date) -> None:
        """Read the weeks on either side while the advisor looks at this one."""
        if self.current_view() != WEEK:
            return
        for neighbour in (monday + timedelta(weeks=1), monday - timedelta(weeks=1)):
            if neighbour not in self._weeks:
                self._read_week(neighbour)

    def _week_read(self, monday: date, generation: int, period: AdvisorPeriod) -> None:
        if generation != self._generation:
            return  # something changed while this week was read: a fresh read is on its way
        self._reading.discard(monday)
        self._weeks[monday] = period
        if self._loading == (WEEK, monday) and self.current_view() == WEEK:
            self._show_week(monday, period)
            self._read_ahead.start()

    def _week_failed(self, monday: date, message: str) -> None:
        self._reading.discard(monday)  # asked again on the next visit
        if self._loading == (WEEK, monday):
            self._failed(message)

    def _show_week(self, monday: date, period: AdvisorPeriod) -> None:
        self._shown(period)
        self.week_view.set_week(monday, calendar_entries(period.sessions), period.holidays)

    def _month_loaded(self, first: date, period: AdvisorPeriod) -> None:
        if self._loading != (MONTH, first):
            return
        self._shown(period)
        self.month_view.set_month(*self._month, calendar_entries(period.sessions), period.holidays)
        self.month_view.select_day(self._day)  # the month shows the date the week showed

    def _shown(self, period: AdvisorPeriod) -> None:
        """A new period: an error about the last one goes, and so does a session no longer in view."""
        self._period = period
        if self._status_is_error:
            self.status.hide()
        shown = self.details.slot_id()
        if shown is not None and all(s.slot_id != shown for s in period.sessions):
            self.details.show_slot(None)

    def _failed(self, message: str) -> None:
        self.tell(message, True)

    def tell(self, message: str, error: bool = False) -> None:
        """One line above the calendar: what an action did, or why it could not."""
        self._status_is_error = error
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(message)
        self.status.show()

    def _check_first_series(self) -> None:
        me = self._session.me.id
        self._session.run(
            lambda ctx: has_series(ctx, me), lambda has: self.first_series.setHidden(has), self._failed
        )

    def _on_changed(self, topics: frozenset[str]) -> None:
        if SERIES in topics:
            self._check_first_series()
        if topics & SHOWN_TOPICS:
            self._generation += 1
            self._weeks.clear()
            self._reading.clear()
            self.reload()
            self.details.reload()

    # --- sessions and dialogs ------------------------------------------------------------------------

    def _open_entry(self, key: str) -> None:
        session = self._session_of(key)
        if session is None:
            return
        self.bar.details_button.setChecked(True)  # a folded panel opens for the session asked for
        if session.slot_id is None:  # a skipped date has no session to open
            self.details.show_slot(None)
            self.details.heading.setText(f"{long_date(session.starts_at.date())}: {session.note or ''}")
            return
        self.details.show_slot(session.slot_id)

    def _session_of(self, key: str) -> AdvisorSession | None:
        return next((s for s in self._period.sessions if s.key == key), None) if self._period else None

    def _show_menu(self, key: str, where: QPoint) -> None:
        session = self._session_of(key)
        if session is not None:
            self.occurrences.show_menu(session, where)

    def _confirm_drop(self, key: str, new_start: object) -> None:
        session = self._session_of(key)
        if session is not None and isinstance(new_start, datetime):
            self.occurrences.confirm_drop(session, new_start)

    def open_series_editor(
        self, series_id: int | None = None, from_date: date | None = None
    ) -> SeriesEditorDialog:
        """A new series, or (given one) the series edited from a date on."""
        editing = (series_id, from_date) if series_id is not None and from_date is not None else None
        dialog = SeriesEditorDialog(self._session, self, editing)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_absence_dialog(self) -> AbsenceDialog:
        dialog = AbsenceDialog(self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
