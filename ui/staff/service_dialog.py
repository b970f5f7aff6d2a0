"""A dialog whose confirm button runs one booking service and stays open until the answer comes.

While the service runs, Escape and Close do nothing, so a booking that succeeds is never lost to a
dialog that is already gone; a refusal shows the service's one Danish line and keeps what was typed.
A dialog that changes a booking offers "Send calendar invitation", ticked, when a mail server is set
up: the invite goes out on the same worker right after the change, and `invite_result` says how it went.
The invite of whoever got a place the change freed from the waitlist goes out whatever is ticked: it is
the program's, sent in the waitlist's name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QPushButton, QWidget

from app.domain.booking import Booking
from app.services.bookings import BookingChange
from app.services.context import Context
from app.services.mail import InvitesAfterChange, send_invites_after_change
from ui.session import UiSession
from ui.staff.message_line import MessageLine


class ServiceDialog(QDialog):
    # booking id, and InvitesAfterChange, or None when the person chose not to send one
    invite_result = Signal(int, object)

    def __init__(self, session: UiSession, parent: QWidget | None = None, mail_server: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.message = MessageLine()
        self._busy = False
        self.invite_box = QCheckBox(self.tr("Send calendar &invitation"))
        self.invite_box.setChecked(True)
        self.invite_box.setToolTip(
            self.tr("E-mail the calendar invitation to you, the advisor and the GP, if one is invited")
        )
        # Without a mail server (or mail here) there is nothing to tick: the page offers the .ics instead.
        self.invite_box.setVisible(mail_server and session.mailer is not None)

    def fit_width(self, width: int) -> None:
        """At least `width` wide, and as tall as its wrapped lines need at that width (no more)."""
        self.setMinimumWidth(width)
        self.resize(width, max(self.heightForWidth(width), self.minimumSizeHint().height()))

    def run_change(
        self,
        change: Callable[[Context], Booking | BookingChange],
        done: Callable[[Booking], None],
        button: QPushButton,
    ) -> None:
        """run_service for a change to a booking, then its invite (the change stands if sending fails)."""
        mailer, actor = self.session.mailer, self.session.actor
        send = self.invite_box.isChecked() or self.invite_box.isHidden()

        def operation(ctx: Context) -> tuple[Booking, InvitesAfterChange | None]:
            result = change(ctx)
            booking, promoted = (
                (result.booking, result.promoted) if isinstance(result, BookingChange) else (result, ())
            )
            if mailer is None:  # no mail from this window: the page offers the calendar file
                return booking, InvitesAfterChange(no_mail_server=True)
            if not send and not promoted:
                return booking, None
            own = [booking.id] if send else []
            return booking, send_invites_after_change(ctx, actor, own, mailer(), promoted)

        def changed(result: tuple[Booking, InvitesAfterChange | None]) -> None:
            booking, invite = result
            done(booking)
            self.invite_result.emit(booking.id, invite)

        self.run_service(operation, changed, button)

    @property
    def busy(self) -> bool:
        return self._busy

    def run_service(
        self, operation: Callable[[Context], Any], done: Callable[[Any], None], button: QPushButton
    ) -> None:
        """Run `operation`; on success call `done` and close, on refusal show the line and re-enable."""
        if self._busy:
            return
        self._busy = True
        button.setEnabled(False)

        def succeeded(value: Any) -> None:
            self._busy = False
            done(value)
            self.accept()

        def refused(message: str) -> None:
            self._busy = False
            button.setEnabled(True)
            self.message.show_error(message)

        self.session.run(operation, succeeded, refused, owner=self)

    def reject(self) -> None:  # Qt override: Escape, Close, the window's close button
        if not self._busy:
            super().reject()
