"""The "Week" tab: the person's free times and own bookings as the shared week calendar.

Built from the page's overview (no read of its own): free times are "open", full teaching times
"full, waitlist" (never the person's own "booked"), the person's bookings carry their case summary's
state. It opens on the week of the first time the person can book. Enter or a double-click on a free
time books it (or joins a full teaching time's waitlist), as in the list; a time they cannot book now
(the cap, a quota) is greyed "cannot be booked now", never green, and Enter on it says why instead. On
an own booking it opens that booking in "My bookings". PageUp/PageDown and the buttons step weeks; a
week without free times says when the next one is, with a button to go there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.domain.booking import BookingState
from app.domain.summary import DeadlineState
from app.services.staff_view import FreeTime, MyBooking, next_free_time
from ui import words
from ui.calendar.dates import date_at, date_span, local, long_date, week_label, when
from ui.calendar.entries import CalendarEntry, EntryState, free_places, state_name
from ui.calendar.legend import Legend
from ui.calendar.week_view import WeekView
from ui.words import booking_state_name, short_municipality

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
        self._loaded = False  # the first load opens on the week of the first bookable time
        self._next_free: FreeTime | None = None  # after an empty week

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
                EntryState.FULL,
                EntryState.UNAVAILABLE,
            )
        )
        legend.setMinimumHeight(legend.sizeHint().height())  # the week view gives way, not the key
        self.notice = QLabel()  # an empty week's next free time, or why a time cannot be booked
        self.notice.setObjectName("weekNotice")
        self.notice.setWordWrap(True)
        self.next_free_button = QPushButton(self.tr("&Go to next free time"))
        self.next_free_button.clicked.connect(self._go_to_next_free)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.next_free_button)
        bar = QHBoxLayout()
        for button in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self.period_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(legend)
        layout.addLayout(notice_row)
        # On a laptop under the reminder bar and the contact card the week may lack its full height: it
        # scrolls inside the tab then, instead of pushing the page (and its buttons) off the screen.
        self.view_area = QScrollArea()
        self.view_area.setWidget(self.view)
        self.view_area.setWidgetResizable(True)
        self.view_area.setFrameShape(QFrame.Shape.NoFrame)
        self.view_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.current_changed.connect(self._keep_in_view)
        layout.addWidget(self.view_area, 1)
        self.setFocusProxy(self.view)
        self._refresh()

    def _keep_in_view(self, key: str) -> None:
        """The entry the keyboard moved to is scrolled into view when the week does not fit."""
        rect = self.view.entry_rect(key) if key else None
        if rect is not None:
            centre = rect.center().toPoint()
            margin_x, margin_y = int(rect.width() / 2) + 4, int(rect.height() / 2) + 4
            self.view_area.ensureVisible(centre.x(), centre.y(), margin_x, margin_y)

    def set_rows(self, free_times: Sequence[FreeTime], bookings: Sequence[MyBooking]) -> None:
        self._free_times, self._bookings = tuple(free_times), tuple(bookings)
        first = next_free_time(self._free_times)
        if not self._loaded and first is not None:
            self._monday = self._week_of(first)
        self._loaded = True
        self._refresh()

    def step(self, weeks: int) -> None:
        self.show_week(self._monday + timedelta(weeks=weeks))

    def show_week(self, day: date) -> None:
        self._monday = day - timedelta(days=day.weekday())
        self._refresh()

    @staticmethod
    def _week_of(time: FreeTime) -> date:
        day = local(time.starts_at).date()
        return day - timedelta(days=day.weekday())

    def _go_to_next_free(self) -> None:
        target = self._next_free
        if target is not None:
            self.show_week(local(target.starts_at).date())
            self.view.set_current(f"free:{target.slot_id}")
            self.view.setFocus()

    def _show_notice(self, text: str, next_free: FreeTime | None = None) -> None:
        self._next_free = next_free
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.next_free_button.setVisible(next_free is not None)

    def _empty_week_notice(self, sunday: date) -> None:
        """No time with a free place this week: say when the next one is."""
        if not self._loaded or any(not t.waitlist_only for t in self._free.values()):
            self._show_notice("")
            return
        week = str(self._monday.isocalendar().week)
        following = next_free_time(self._free_times, sunday + timedelta(days=1))
        if following is None:
            self._show_notice(self.tr("No free times in week %1 or later.").replace("%1", week))
            return
        self._show_notice(
            self.tr("No free times in week %1. Next free time: %2.")
            .replace("%1", week)
            .replace("%2", date_at(local(following.starts_at))),
            following,
        )

    def _refresh(self) -> None:
        sunday = self._monday + timedelta(days=6)
        # The advisor's heading: short on screen, the whole dates for a screen reader
        self.period_label.setText(
            f"{week_label(self._monday).capitalize()} · {date_span(self._monday, sunday)}"
        )
        self.period_label.setAccessibleDescription(
            self.tr("%1 · %2 to %3")
            .replace("%1", week_label(self._monday).capitalize())
            .replace("%2", long_date(self._monday))
            .replace("%3", long_date(sunday))
        )
        entries = []
        self._free, self._mine = {}, {}
        for time in self._free_times:
            start = local(time.starts_at)
            if self._monday <= start.date() <= sunday:
                key = f"free:{time.slot_id}"
                self._free[key] = time
                entries.append(self._free_entry(key, time))
        for booking in self._bookings:
            start = local(booking.starts_at)
            standing = booking.state in (BookingState.BOOKED, BookingState.WAITLISTED)
            if standing and booking.ends_at is not None and self._monday <= start.date() <= sunday:
                key = f"mine:{booking.booking_id}"
                self._mine[key] = booking
                entries.append(self._own_entry(key, booking))
        self.view.set_week(self._monday, entries)
        self._empty_week_notice(sunday)

    def _free_entry(self, key: str, time: FreeTime) -> CalendarEntry:
        start, end = local(time.starts_at), local(time.ends_at)
        kind = words.session_type_name(time.session_type)
        if time.capacity > 1 and not time.waitlist_only:
            kind = f"{kind}, {free_places(time.places_left, time.capacity)}"
        if time.refusal is not None:
            kind = f"{kind}, {words.refusal_text(time.refusal)}"
        # Taken by others is "full", never the person's own "booked"; green means a place is free to
        # book now, so a time the person cannot book (the cap, a quota) is greyed, never green.
        if time.refusal is not None:
            state = EntryState.UNAVAILABLE
        else:
            state = EntryState.FULL if time.waitlist_only else EntryState.OPEN
        word = state_name(state)
        sentence = ", ".join((when(start, end), word, words.municipality_name(time.municipality_name)))
        title = short_municipality(time.municipality_name)
        return CalendarEntry(key, start, end, title, state, f"{sentence}, {kind}", kind)

    def _own_entry(self, key: str, booking: MyBooking) -> CalendarEntry:
        start, end = local(booking.starts_at), local(booking.ends_at or booking.starts_at)
        summary = booking.summary
        state = SUMMARY_STATES[summary.state] if summary else EntryState.BOOKED
        title = self.tr("%1, your booking").replace("%1", short_municipality(booking.municipality_name))
        if booking.state is BookingState.WAITLISTED:
            detail = booking_state_name(booking.state).capitalize()
        elif summary is not None:
            detail = self.tr("Case summary: %1").replace("%1", words.summary_status(summary))
        else:
            detail = words.session_type_name(booking.session_type)
        sentence = ", ".join(
            (when(start, end), state_name(state), words.municipality_name(booking.municipality_name), detail)
        )
        return CalendarEntry(key, start, end, title, state, sentence, detail)

    def _activated(self, key: str) -> None:
        if (time := self._free.get(key)) is not None and time.refusal is not None:
            self._show_notice(words.refusal_sentence(time.refusal))
        elif time is not None:
            (self.waitlist_requested if time.waitlist_only else self.book_requested).emit(time)
        elif (booking := self._mine.get(key)) is not None:
            self.booking_chosen.emit(booking.booking_id)
