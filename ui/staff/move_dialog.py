"""Moving one of my bookings to another free time of the same kind; the booking keeps its identity
(and its calendar invite's UID), so the calendar updates instead of getting a second event."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.services.bookings import reschedule
from app.services.staff_view import FreeTime, MyBooking, move_choices
from ui.calendar.dates import danish_date_and_time
from ui.session import UiSession
from ui.staff.free_times_model import ROW_ROLE, FreeTimesModel
from ui.staff.service_dialog import ServiceDialog
from ui.staff.tables import fit_columns, time_table


class MoveDialog(ServiceDialog):
    moved = Signal(object)  # the moved Booking

    def __init__(
        self,
        session: UiSession,
        booking: MyBooking,
        free_times: Sequence[FreeTime],
        parent: QWidget | None = None,
        mail_server: bool = False,
    ) -> None:
        super().__init__(session, parent, mail_server)
        self.booking = booking
        self.setWindowTitle(self.tr("Move booking"))
        current = QLabel(
            self.tr("Now: %1").replace("%1", danish_date_and_time(booking.starts_at, booking.ends_at))
        )
        current.setWordWrap(True)
        choices = move_choices(free_times, booking)
        self.model = FreeTimesModel(self)
        self.model.set_rows(choices)
        self.table = time_table(self.model)
        fit_columns(self.table)
        self.table.setAccessibleName(self.tr("Free times to move to"))
        self.table.activated.connect(lambda _index: self._move())
        label = QLabel(self.tr("Choose the &new time:"))
        label.setBuddy(self.table)

        if not choices:
            self.message.show_info(self.tr("There is no other free time of this kind to move to."))
        buttons = QDialogButtonBox()
        self.move_button = buttons.addButton(self.tr("&Move"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(self.tr("C&lose"), QDialogButtonBox.ButtonRole.RejectRole)
        self.move_button.setEnabled(bool(choices))
        buttons.accepted.connect(self._move)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(current)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.invite_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 380)
        if choices:
            self.table.selectRow(0)
        self.table.setFocus()

    def _move(self) -> None:
        target = self.table.currentIndex().data(ROW_ROLE)
        if not isinstance(target, FreeTime) or not self.move_button.isEnabled():
            return
        booking_id, version, actor = self.booking.booking_id, self.booking.version, self.session.actor
        self.run_change(
            lambda ctx: reschedule(ctx, actor, booking_id, target.slot_id, version),
            self.moved.emit,
            self.move_button,
        )
