"""The small dialog that books a chosen time: the time and advisor, an optional GP guest, confirm.

The dialog calls the booking service itself, so a refusal (the time was just taken, the cap is
reached, the window closed) appears as the service's one Danish line inside the dialog and nothing
typed is lost; the user can correct it or close with Escape.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.booking import GpGuest
from app.services.bookings import book
from app.services.staff_view import FreeTime
from ui import words
from ui.calendar.dates import danish_date_and_time
from ui.session import UiSession
from ui.staff.service_dialog import ServiceDialog
from ui.staff.tables import slot_accessible_name


class BookDialog(ServiceDialog):
    booked = Signal(object)  # the new Booking

    def __init__(
        self, session: UiSession, time: FreeTime, parent: QWidget | None = None, mail_server: bool = False
    ) -> None:
        super().__init__(session, parent, mail_server)
        self.time = time
        self.setWindowTitle(self.tr("Book a time"))
        when = QLabel(danish_date_and_time(time.starts_at, time.ends_at))
        when.setAccessibleName(
            slot_accessible_name(time.starts_at, time.ends_at, self.tr("free"), time.municipality_name)
        )
        what = QLabel(
            self.tr("%1 with %2")
            .replace("%1", words.session_type_name(time.session_type))
            .replace("%2", time.advisor_name)
        )
        for label in (when, what):
            label.setWordWrap(True)  # a long advisor's name wraps instead of widening the dialog
        self.gp_name = QLineEdit()
        self.gp_email = QLineEdit()
        self.gp_clinic = QLineEdit()
        self.gp_name.setPlaceholderText(self.tr("Optional"))
        self.gp_email.setPlaceholderText(self.tr("Optional"))
        self.gp_clinic.setPlaceholderText(self.tr("Optional"))
        form = QFormLayout()
        form.addRow(self.tr("Time:"), when)
        form.addRow(self.tr("Session:"), what)
        hint = QLabel(self.tr("Invite the child's GP to the video meeting (optional):"))
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(self._buddy(self.tr("GP's &name:"), self.gp_name), self.gp_name)
        form.addRow(self._buddy(self.tr("GP's &e-mail:"), self.gp_email), self.gp_email)
        form.addRow(self._buddy(self.tr("&Clinic:"), self.gp_clinic), self.gp_clinic)
        form.addRow(self.invite_box)

        self.buttons = QDialogButtonBox()
        self.book_button = self.buttons.addButton(self.tr("&Book"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(self.tr("C&lose"), QDialogButtonBox.ButtonRole.RejectRole)
        self.book_button.setDefault(True)
        self.buttons.accepted.connect(self._book)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for first, second in (
            (self.gp_name, self.gp_email),
            (self.gp_email, self.gp_clinic),
            (self.gp_clinic, self.invite_box),
            (self.invite_box, self.book_button),
            (self.book_button, self.close_button),
        ):
            QWidget.setTabOrder(first, second)
        self.fit_width(480)
        self.gp_name.setFocus()

    def gp_guest(self) -> GpGuest | None:
        """None when every GP field is empty; the service checks a half-filled guest."""
        name, email, clinic = (f.text().strip() for f in (self.gp_name, self.gp_email, self.gp_clinic))
        if not (name or email or clinic):
            return None
        return GpGuest(name, email, clinic or None)

    def _book(self) -> None:
        self.message.show_info(self.tr("Booking …"))
        slot_id, gp, actor = self.time.slot_id, self.gp_guest(), self.session.actor
        self.run_change(lambda ctx: book(ctx, actor, slot_id, gp), self.booked.emit, self.book_button)

    @staticmethod
    def _buddy(text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label
