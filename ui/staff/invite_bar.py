"""What became of the calendar invite after a booking was made, moved or cancelled, with the one thing
to do next: send it again when the mail server failed, or open it in the calendar program (Outlook)
when no mail server is set up. The change itself always stands; only its invite is in question here.
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
        """None: the person chose not to send it."""
        self.booking_id = booking_id
        if result is None:
            self.hide()
        elif result.failed:
            reason = result.failed[0][1]
            text = self.tr("The booking stands, but its calendar invitation was not sent: %1")
            self._show(text.replace("%1", reason), self.tr("Send &again"), retry=True)
        elif result.no_mail_server:
            text = self.tr("No mail server is set up: add the invitation to your calendar yourself.")
            self._show(text, self.tr("&Open in Outlook"))
        else:
            recipients = ", ".join(r for sent in result.sent for r in sent.recipients)
            self._show(self.tr("The calendar invitation is sent to %1.").replace("%1", recipients))

    def _show(self, text: str, button: str = "", retry: bool = False) -> None:
        self._retry = retry
        self.text.setText(text)
        self.text.setStyleSheet(ERROR_STYLE if retry else "")
        self.button.setText(button)
        self.button.setVisible(bool(button))
        self.setAccessibleName(text)
        self.show()

    def _clicked(self) -> None:
        if self.booking_id is not None:
            (self.retry_requested if self._retry else self.open_requested).emit(self.booking_id)
