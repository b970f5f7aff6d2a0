"""What became of the calendar invite after a booking was made, moved or cancelled, with the one thing
to do next: send it again when the mail server failed, or open it in the calendar program (Outlook)
when no mail server is set up. The change itself always stands; only its invite is in question here.
A place the change freed may have gone to the next person on the waitlist, who is mailed an invitation
by the program: the bar says so without saying who (another person's booking is not the reader's).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.mail import InvitesAfterChange
from ui.staff.message_line import ERROR_STYLE


class InviteBar(QFrame):
    retry_requested = Signal(int)  # booking id: send its invite again
    open_requested = Signal(int)  # booking id: hand its .ics to the calendar program

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inviteBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        self.button.clicked.connect(self._clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.booking_id: int | None = None
        self._retry = False  # the button sends again (True) or opens the calendar file (False)
        self.hide()

    def show_result(self, booking_id: int, result: InvitesAfterChange | None) -> None:
        """None: the person chose not to send it (and nobody got a place from the waitlist)."""
        self.booking_id = booking_id
        if result is None:
            self.hide()
            return
        own_failed = [reason for failed_id, reason in result.failed if failed_id == booking_id]
        own_sent = [r for sent in result.sent if sent.booking_id == booking_id for r in sent.recipients]
        waitlist_failed = [reason for failed_id, reason in result.failed if failed_id != booking_id]
        waitlist = ""
        if waitlist_failed:
            not_sent = self.tr(
                "The place went to the next on the waitlist, whose invitation was not sent: %1"
            )
            waitlist = not_sent.replace("%1", waitlist_failed[0])
        elif any(sent.booking_id != booking_id for sent in result.sent):
            waitlist = self.tr("The place went to the next on the waitlist, who is sent an invitation.")
        if own_failed:
            text = self.tr("The booking stands, but its calendar invitation was not sent: %1")
            self._show(
                _joined(text.replace("%1", own_failed[0]), waitlist), self.tr("Send &again"), retry=True
            )
        elif result.no_mail_server:
            text = self.tr("No mail server is set up: add the invitation to your calendar yourself.")
            self._show(text, self.tr("&Open in Outlook"))
        elif own_sent:
            text = self.tr("The calendar invitation is sent to %1.").replace("%1", ", ".join(own_sent))
            self._show(_joined(text, waitlist), error=bool(waitlist_failed))
        elif waitlist:  # only the waitlist's invite: the person chose not to send their own
            self._show(waitlist, error=bool(waitlist_failed))
        else:
            self.hide()

    def _show(self, text: str, button: str = "", retry: bool = False, error: bool = False) -> None:
        self._retry = retry
        self.text.setText(text)
        self.text.setStyleSheet(ERROR_STYLE if retry or error else "")
        self.button.setText(button)
        self.button.setVisible(bool(button))
        self.setAccessibleName(text)
        self.show()

    def _clicked(self) -> None:
        if self.booking_id is not None:
            (self.retry_requested if self._retry else self.open_requested).emit(self.booking_id)


def _joined(*sentences: str) -> str:
    return " ".join(s for s in sentences if s)
