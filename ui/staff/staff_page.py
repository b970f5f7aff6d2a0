"""The municipal employee's page: who their fixed contacts at BUA are, which times they can book (as
a list and as a week), and their own bookings with each case summary's deadline. The shell hosts it;
everything it reads or changes goes through the session, and it reloads whenever bookings, slots or
summaries change, here or elsewhere.

A warning bar at the top lists the sessions still waiting for a case summary, each with a button that
opens its form. The page opens each booking's summary form in a window of its own (one per booking,
raised when asked again).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.booking import Booking
from app.services.context import Context
from app.services.invites import booking_invite
from app.services.mail import send_booking_invite, send_invites_after_change
from app.services.staff_view import FreeTime, MyBooking, StaffOverview, staff_overview
from app.services.waitlist import join_waitlist, leave_waitlist
from ui.calendar.dates import date_at, local
from ui.session import BOOKINGS, CONTACTS, SLOTS, SUMMARIES, UiSession
from ui.staff.book_dialog import BookDialog
from ui.staff.cancel_dialog import CancelDialog
from ui.staff.contact_card import ContactCardView
from ui.staff.free_times_tab import FreeTimesTab
from ui.staff.invite_bar import InviteBar
from ui.staff.message_line import MessageLine
from ui.staff.move_dialog import MoveDialog
from ui.staff.my_bookings_tab import MyBookingsTab
from ui.staff.reminder_bar import SummaryReminderBar
from ui.staff.service_dialog import ServiceDialog
from ui.staff.week_tab import WeekTab

if TYPE_CHECKING:
    from ui.summary.form import SummaryForm

SHOWN_TOPICS = frozenset({BOOKINGS, SLOTS, CONTACTS, SUMMARIES})
T = TypeVar("T")
U = TypeVar("U")


class StaffPage(QWidget):
    loaded = Signal()  # the page shows fresh data
    summary_requested = Signal(int)  # booking id: the page opens its case-summary form

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._overview: StaffOverview | None = None
        self.dialog: QDialog | None = None  # the open booking dialog, if any
        self.summary_windows: dict[int, SummaryForm] = {}  # open case-summary forms by booking id

        self.card = ContactCardView()
        self.reminder_bar = SummaryReminderBar()
        self.reminder_bar.write_requested.connect(self.open_summary)
        self.message = MessageLine()
        self.invite_bar = InviteBar()
        self.invite_bar.retry_requested.connect(self._retry_invite)
        self.invite_bar.open_requested.connect(self._open_invite)
        self.free_times = FreeTimesTab()
        self.week = WeekTab(session.context.clock.today())
        self.my_bookings = MyBookingsTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.free_times, self.tr("&Free times"))
        self.tabs.addTab(self.week, self.tr("&Week"))
        self.tabs.addTab(self.my_bookings, self.tr("&My bookings"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminder_bar)
        layout.addWidget(self.card)
        layout.addWidget(self.message)
        layout.addWidget(self.invite_bar)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.free_times.table)  # the page opens with the times under the keyboard

        self.free_times.book_requested.connect(self._open_book_dialog)
        self.free_times.waitlist_requested.connect(self._join_waitlist)
        self.week.book_requested.connect(self._open_book_dialog)
        self.week.waitlist_requested.connect(self._join_waitlist)
        self.week.booking_chosen.connect(self._show_booking)
        self.my_bookings.cancel_requested.connect(self._open_cancel_dialog)
        self.my_bookings.move_requested.connect(self._open_move_dialog)
        self.my_bookings.invite_requested.connect(self._save_invite)
        self.my_bookings.send_invite_requested.connect(self._send_invite)
        self.my_bookings.leave_waitlist_requested.connect(self._leave_waitlist)
        self.my_bookings.summary_requested.connect(self.summary_requested)
        self.summary_requested.connect(self.open_summary)
        session.notifier.changed.connect(self._changed)
        self.message.show_info(self.tr("Loading …"))
        self.reload()

    def reload(self) -> None:
        person_id = self._session.me.id
        self._run(lambda ctx: staff_overview(ctx, person_id), self._show)

    def _run(self, operation: Callable[[Context], T], done: Callable[[T], None]) -> None:
        """Run a service; its answer is dropped if the page was closed meanwhile (a person switch)."""
        self._session.run(operation, done, self.message.show_error, owner=self)

    def _changed(self, topics: frozenset[str]) -> None:
        if topics & SHOWN_TOPICS:
            self.reload()

    def _show(self, overview: StaffOverview) -> None:
        if self.message.text() == self.tr("Loading …"):
            self.message.clear_message()
        self._overview = overview
        self.card.show_card(overview.card)
        self.free_times.set_groups(overview.groups)
        self.my_bookings.set_rows(overview.bookings)
        self.week.set_rows(overview.free_times, overview.bookings)
        self.reminder_bar.show_reminders(overview.reminders)
        self.loaded.emit()

    # --- case summaries ---

    def open_summary(self, booking_id: int) -> SummaryForm:
        """The booking's summary form in a window of its own; raised if it is already open."""
        form = self.summary_windows.get(booking_id)
        if form is None:
            from ui.summary.form import SummaryForm  # here: it loads the anonymity guard, not needed to start

            form = SummaryForm(self._session, booking_id, self)
            form.setWindowFlag(Qt.WindowType.Window)  # its own window, closed with the page
            form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # once its draft is saved
            form.destroyed.connect(lambda _obj=None: self.summary_windows.pop(booking_id, None))
            self.summary_windows[booking_id] = form
        form.show()
        form.raise_()
        form.activateWindow()
        return form

    def _show_booking(self, booking_id: int) -> None:
        self.tabs.setCurrentWidget(self.my_bookings)
        self.my_bookings.select_booking(booking_id)
        self.my_bookings.table.setFocus()

    # --- booking ---

    def _open_book_dialog(self, time: FreeTime) -> None:
        dialog = BookDialog(self._session, time, self, self._mail_server())
        dialog.booked.connect(self._booked)
        self._open(dialog)

    def _mail_server(self) -> bool:
        return self._overview is not None and self._overview.mail_server

    def _booked(self, booking: Booking) -> None:
        self.message.show_info(
            self.tr("Booked %1. Remember to send the case summary before the meeting.").replace(
                "%1", date_at(local(booking.starts_at))
            )
        )
        self.my_bookings.select_booking(booking.id)  # chosen once the reload lists it
        self.summary_requested.emit(booking.id)

    def _join_waitlist(self, time: FreeTime) -> None:
        slot_id, actor = time.slot_id, self._session.actor
        self._run(
            lambda ctx: join_waitlist(ctx, actor, slot_id),
            lambda _entry: self.message.show_info(
                self.tr("You are on the waitlist for %1. You get the place if one frees up.").replace(
                    "%1", date_at(local(time.starts_at))
                )
            ),
        )

    # --- my bookings ---

    def _open_cancel_dialog(self, booking: MyBooking) -> None:
        dialog = CancelDialog(self._session, booking, self, self._mail_server())
        dialog.cancelled.connect(lambda _b: self.message.show_info(self.tr("The booking is cancelled.")))
        self._open(dialog)

    def _open_move_dialog(self, booking: MyBooking) -> None:
        free = self._overview.free_times if self._overview else ()
        dialog = MoveDialog(self._session, booking, free, self, self._mail_server())
        dialog.moved.connect(
            lambda moved: self.message.show_info(
                self.tr("The booking is moved to %1.").replace("%1", date_at(local(moved.starts_at)))
            )
        )
        self._open(dialog)

    def _leave_waitlist(self, booking: MyBooking) -> None:
        slot_id, actor = booking.slot_id, self._session.actor
        if slot_id is None:
            return
        self._run(
            lambda ctx: leave_waitlist(ctx, actor, slot_id),
            lambda _left: self.message.show_info(self.tr("You have left the waitlist.")),
        )

    def _save_invite(self, booking: MyBooking) -> None:
        suggested = f"bua-{local(booking.starts_at):%Y-%m-%d-%H%M}.ics"
        chosen = self.ask_ics_path(suggested)
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".ics") else f"{chosen}.ics")
        booking_id = booking.booking_id
        self._run(
            lambda ctx: path.write_bytes(booking_invite(ctx, booking_id)),
            lambda _size: self.message.show_info(
                self.tr("The calendar invite is saved in %1.").replace("%1", str(path))
            ),
        )

    def _send_invite(self, booking: MyBooking) -> None:
        """Mail the invite (or its cancellation) to the booker, the GP guest and the advisor."""
        mailer, actor, booking_id = self._session.mailer, self._session.actor, booking.booking_id
        if mailer is None:
            self.message.show_error(
                self.tr("Sending by e-mail is not available here; save the invite instead.")
            )
            return
        self._run(
            lambda ctx: send_booking_invite(ctx, actor, booking_id, mailer()),
            lambda sent: self.message.show_info(
                self.tr("The invitation is sent to %1.").replace("%1", ", ".join(sent.recipients))
            ),
        )

    def _retry_invite(self, booking_id: int) -> None:
        mailer, actor = self._session.mailer, self._session.actor
        if mailer is None:
            return
        self.invite_bar.text.setText(self.tr("Sending …"))
        self._run(
            lambda ctx: send_invites_after_change(ctx, actor, [booking_id], mailer()),
            lambda result: self.invite_bar.show_result(booking_id, result),
        )

    def _open_invite(self, booking_id: int) -> None:
        """Hand the booking's .ics to the system's calendar program, which adds or updates the event."""
        folder = Path(tempfile.gettempdir()) / "bua-booking"

        def write(ctx: Context) -> Path:
            folder.mkdir(exist_ok=True)
            path = folder / f"bua-booking-{booking_id}.ics"
            path.write_bytes(booking_invite(ctx, booking_id))
            return path

        self._run(write, self._hand_to_calendar)

    def _hand_to_calendar(self, path: Path) -> None:
        if not self.open_file(path):
            self.message.show_error(
                self.tr("No calendar program opened %1; open the file from there.").replace("%1", str(path))
            )

    @staticmethod
    def open_file(path: Path) -> bool:
        """The system's program for .ics files (Outlook on the region's PCs); tests replace this."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def ask_ics_path(self, suggested: str) -> str:
        """The file the user chooses for a calendar invite; empty when they cancel."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save calendar invite"),
            str(Path.home() / suggested),
            self.tr("Calendar files (*.ics)"),
        )
        return chosen

    def _open(self, dialog: QDialog) -> None:
        """Window-modal and non-blocking; focus returns to the list the user came from."""
        came_from = self.focusWidget()
        self.message.clear_message()
        if isinstance(dialog, ServiceDialog):
            self.invite_bar.hide()
            dialog.invite_result.connect(self.invite_bar.show_result)
        self.dialog = dialog

        def closed(_result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if came_from is not None:
                self.window().activateWindow()
                came_from.setFocus()

        dialog.finished.connect(closed)
        dialog.open()
