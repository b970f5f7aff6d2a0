"""The "Week" tab: the person's free times and own bookings as the shared week calendar.

Built from the page's overview (no read of its own): free times are "open", the person's bookings
carry their case summary's state. Enter or a double-click on a free time books it (or joins a full
teaching time's waitlist), as in the list; on an own booking it opens that booking in "My bookings".
PageUp/PageDown and the buttons step weeks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.booking import BookingState
from app.domain.summary import DeadlineState
from app.services.staff_view import FreeTime, MyBooking
from ui.calendar.dates import long_date, week_label, when
from ui.calendar.entries import CalendarEntry, EntryState, state_name
from ui.calendar.legend import Legend
from ui.calendar.week_view import WeekView
from ui.staff import texts

SUMMARY_STATES = {
    DeadlineState.MISSING: EntryState.SUMMARY_MISSING,
    DeadlineState.DRAFT: EntryState.SUMMARY_MISSING,
    DeadlineState.SUBMITTED: EntryState.SUMMARY_RECEIVED,
    DeadlineState.LATE: EntryState.SUMMARY_LATE,
}


class WeekTab(QWidget):
    book_requested = Signal(object)  # FreeTime with a place left
    waitlist_requested = Signal(object)  # a full teaching FreeTime
    booking_chosen = Signal(int)  # booking id of an own booking

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._monday = today - timedelta(days=today.weekday())
        self._free: dict[str, FreeTime] = {}
        self._mine: dict[str, MyBooking] = {}
        self._free_times: Sequence[FreeTime] = ()
        self._bookings: Sequence[MyBooking] = ()

        self.view = WeekView(activate_on_double_click=True)
        self.view.setObjectName("staffWeek")
        self.view.set_today(today)
        self.view.entry_activated.connect(self._activated)
        self.view.week_requested.connect(self.step)
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.today_button = QPushButton(self.tr("This week"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.today_button.clicked.connect(lambda: self.show_week(self._today))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.period_label = QLabel()
        self.period_label.setAccessibleName(self.tr("Week shown"))
        font = self.period_label.font()
        font.setBold(True)
        self.period_label.setFont(font)
        legend = Legend(
            (
                EntryState.OPEN,
                EntryState.SUMMARY_MISSING,
                EntryState.SUMMARY_LATE,
                EntryState.SUMMARY_RECEIVED,
                EntryState.BOOKED,
            )
        )
        bar = QHBoxLayout()
        for button in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self.period_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(legend)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        self._refresh()

    def set_rows(self, free_times: Sequence[FreeTime], bookings: Sequence[MyBooking]) -> None:
        self._free_times, self._bookings = tuple(free_times), tuple(bookings)
        self._refresh()

    def step(self, weeks: int) -> None:
        self.show_week(self._monday + timedelta(weeks=weeks))

    def show_week(self, day: date) -> None:
        self._monday = day - timedelta(days=day.weekday())
        self._refresh()

    def _refresh(self) -> None:
        sunday = self._monday + timedelta(days=6)
        self.period_label.setText(
            self.tr("%1 · %2 to %3")
            .replace("%1", week_label(self._monday).capitalize())
            .replace("%2", long_date(self._monday))
            .replace("%3", long_date(sunday))
        )
        entries = []
        self._free, self._mine = {}, {}
        for time in self._free_times:
            start = texts.local(time.starts_at)
            if self._monday <= start.date() <= sunday:
                key = f"free:{time.slot_id}"
                self._free[key] = time
                entries.append(self._free_entry(key, time))
        for booking in self._bookings:
            start = texts.local(booking.starts_at)
            standing = booking.state in (BookingState.BOOKED, BookingState.WAITLISTED)
            if standing and booking.ends_at is not None and self._monday <= start.date() <= sunday:
                key = f"mine:{booking.booking_id}"
                self._mine[key] = booking
                entries.append(self._own_entry(key, booking))
        self.view.set_week(self._monday, entries)

    def _free_entry(self, key: str, time: FreeTime) -> CalendarEntry:
        start, end = texts.local(time.starts_at), texts.local(time.ends_at)
        kind = texts.session_type_name(time.session_type)
        full = self.tr("full, waitlist open")
        if time.waitlist_only:
            kind = f"{kind}, {full}"
        elif time.capacity > 1:
            places = self.tr("%1 of %2 places free").replace("%1", str(time.places_left))
            kind = f"{kind}, {places.replace('%2', str(time.capacity))}"
        # A full teaching time is booked up: painted as booked, so green always means "you can book".
        state = EntryState.BOOKED if time.waitlist_only else EntryState.OPEN
        word = self.tr("full") if time.waitlist_only else state_name(EntryState.OPEN)
        sentence = ", ".join((when(start, end), word, texts.municipality_name(time.municipality_name)))
        return CalendarEntry(key, start, end, time.municipality_name, state, f"{sentence}, {kind}", kind)

    def _own_entry(self, key: str, booking: MyBooking) -> CalendarEntry:
        start, end = texts.local(booking.starts_at), texts.local(booking.ends_at or booking.starts_at)
        summary = booking.summary
        state = SUMMARY_STATES[summary.state] if summary else EntryState.BOOKED
        title = self.tr("%1, your booking").replace("%1", booking.municipality_name)
        if booking.state is BookingState.WAITLISTED:
            detail = texts.state_name(booking.state)
        elif summary is not None:
            detail = self.tr("Case summary: %1").replace("%1", texts.summary_status(summary))
        else:
            detail = texts.session_type_name(booking.session_type)
        sentence = ", ".join(
            (when(start, end), state_name(state), texts.municipality_name(booking.municipality_name), detail)
        )
        return CalendarEntry(key, start, end, title, state, sentence, detail)

    def _activated(self, key: str) -> None:
        if (time := self._free.get(key)) is not None:
            (self.waitlist_requested if time.waitlist_only else self.book_requested).emit(time)
        elif (booking := self._mine.get(key)) is not None:
            self.booking_chosen.emit(booking.booking_id)
