"""Cancelling one of my bookings with a reason code from the agreement's list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.domain.booking import CancelReason
from app.services.bookings import cancel
from app.services.staff_view import MyBooking
from ui import words
from ui.calendar.dates import danish_date_and_time
from ui.session import UiSession
from ui.staff.service_dialog import ServiceDialog


class CancelDialog(ServiceDialog):
    cancelled = Signal(object)  # the cancelled Booking

    def __init__(
        self, session: UiSession, booking: MyBooking, parent: QWidget | None = None, mail_server: bool = False
    ) -> None:
        super().__init__(session, parent, mail_server)
        self.booking = booking
        self.setWindowTitle(self.tr("Cancel booking"))
        when = QLabel(danish_date_and_time(booking.starts_at, booking.ends_at))
        self.reason = QComboBox()
        for code in CancelReason:
            self.reason.addItem(words.cancel_reason_name(code), code.value)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        advisor = QLabel(booking.advisor_name)
        for label in (when, advisor):
            label.setWordWrap(True)  # a long name wraps instead of widening the dialog
        form = QFormLayout()
        form.addRow(self.tr("Time:"), when)
        form.addRow(self.tr("Advisor:"), advisor)
        form.addRow(reason_label, self.reason)
        form.addRow(self.invite_box)

        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(
            self.tr("C&ancel booking"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_button = buttons.addButton(self.tr("&Keep booking"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self._cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.fit_width(420)
        self.reason.setFocus()

    def _cancel(self) -> None:
        booking_id, version = self.booking.booking_id, self.booking.version
        reason, actor = str(self.reason.currentData()), self.session.actor
        self.run_change(
            lambda ctx: cancel(ctx, actor, booking_id, reason, version),
            self.cancelled.emit,
            self.cancel_button,
        )
