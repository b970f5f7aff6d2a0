"""The advisor's context menu on a session or time, as in Outlook: move it, cancel it, restore a
cancelled or skipped date, edit the series from that date, send the invitation again. Dragging an open
time in the week comes here too, to be confirmed.

Each action runs one service call through the session; the change is announced, so the page reloads
by itself. What an action did (or why it was refused) goes to `tell`, one Danish line.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QObject, QPoint, Qt, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.booking import BookingState
from app.domain.model import Slot
from app.domain.time import ZONE
from app.services.advisor_view import AdvisorSession, SessionState, session_details
from app.services.context import Context
from app.services.mail import InvitesAfterChange, send_invites_after_change
from app.services.occurrences import cancel_occurrence, move_occurrence, restore_occurrence
from ui.advisor.reason_dialog import ReasonDialog
from ui.calendar.dates import DATE_FIELD, TIME_FIELD, pydate, qdate, when
from ui.session import UiSession

# States of a time still to come that has a slot: it can be cancelled.
UPCOMING = frozenset(
    {
        SessionState.OPEN,
        SessionState.BOOKED,
        SessionState.SUMMARY_MISSING,
        SessionState.SUMMARY_LATE,
        SessionState.SUMMARY_RECEIVED,
    }
)
BOOKED = UPCOMING - {SessionState.OPEN}

Tell = Callable[[str, bool], None]  # (message, is it an error)


def local_when(slot: Slot) -> str:
    return when(slot.starts_at.astimezone(ZONE), slot.ends_at.astimezone(ZONE))


class OccurrenceActions(QObject):
    def __init__(
        self,
        session: UiSession,
        parent: QWidget,
        tell: Tell,
        edit_series: Callable[[int, date], object],
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._parent = parent
        self._tell = tell
        self._edit_series = edit_series

    # --- the menu ------------------------------------------------------------------------------------

    def menu(self, entry: AdvisorSession) -> QMenu:
        """The actions that make sense for this entry; the others are shown disabled with the reason."""
        menu = QMenu(self._parent)
        menu.setToolTipsVisible(True)
        menu.setAccessibleName(when(entry.starts_at, entry.ends_at))
        future = entry.starts_at > self._session.context.clock.now()
        move = menu.addAction(self.tr("&Move this time…"), lambda: self.ask_move(entry))
        move.setEnabled(entry.state is SessionState.OPEN)
        if entry.state in BOOKED:
            move.setToolTip(self.tr("A booked time is moved by the one who booked it, or cancelled by BUA."))
        cancel = menu.addAction(self.tr("&Cancel this time…"), lambda: self.ask_cancel(entry))
        cancel.setEnabled(entry.state in UPCOMING)
        restore = menu.addAction(self.tr("&Restore"), lambda: self.restore(entry))
        restore.setEnabled(entry.slot_id is None and future)
        menu.addSeparator()
        edit = menu.addAction(
            self.tr("&Edit the series from this date…"),
            lambda: self._edit_series(entry.series_id, entry.occurrence_date),
        )
        edit.setEnabled(entry.occurrence_date >= self._session.context.clock.today())
        send = menu.addAction(self.tr("&Send invitation"), lambda: self.send_invitations(entry))
        send.setEnabled(entry.state in BOOKED and self._session.mailer is not None)
        if entry.state in BOOKED and self._session.mailer is None:
            send.setToolTip(self.tr("Sending by e-mail is not available here."))
        return menu

    def show_menu(self, entry: AdvisorSession, where: QPoint) -> QMenu:
        menu = self.menu(entry)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)
        return menu

    # --- move ----------------------------------------------------------------------------------------

    def ask_move(self, entry: AdvisorSession) -> MoveDialog:
        dialog = MoveDialog(entry, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.move(entry, dialog.new_start()))
        dialog.open()
        return dialog

    def confirm_drop(self, entry: AdvisorSession, new_start: datetime) -> QMessageBox:
        """A drop in the week is a proposal: the advisor says yes before anything moves."""
        end = new_start + (entry.ends_at - entry.starts_at)
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Move the time"),
            self.tr("Move the time from %1 to %2?")
            .replace("%1", when(entry.starts_at, entry.ends_at))
            .replace("%2", when(new_start, end)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._parent,
        )
        question.setDefaultButton(QMessageBox.StandardButton.Yes)
        question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = question.button(QMessageBox.StandardButton.Yes)

        def answered(button: object) -> None:
            if button is yes:
                self.move(entry, new_start)

        question.buttonClicked.connect(answered)
        question.open()
        return question

    def move(self, entry: AdvisorSession, new_start: datetime) -> None:
        slot_id, actor = entry.slot_id, self._session.actor
        if slot_id is None:
            return
        day, at = new_start.date(), new_start.time().replace(second=0, microsecond=0)
        moved = self.tr("Moved to %1.")
        self._session.run(
            lambda ctx: move_occurrence(ctx, actor, slot_id, day, at),
            lambda slot: self._tell(moved.replace("%1", local_when(slot)), False),
            lambda message: self._tell(message, True),
        )

    # --- cancel and restore --------------------------------------------------------------------------

    def ask_cancel(self, entry: AdvisorSession) -> ReasonDialog:
        if entry.state in BOOKED:
            who = entry.booker_name or self.tr("the participants")
            prompt = self.tr(
                "The time is booked by %1: the booking is cancelled too, and they are told. "
                "Why does BUA cancel the time?"
            ).replace("%1", who)
        else:
            prompt = self.tr("Why is the time cancelled? The reason is kept with the date.")
        title = self.tr("Cancel %1").replace("%1", when(entry.starts_at, entry.ends_at))
        dialog = ReasonDialog(title, prompt, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.cancel(entry, dialog.reason()))
        dialog.open()
        return dialog

    def cancel(self, entry: AdvisorSession, reason: str) -> None:
        actor, mailer = self._session.actor, self._session.mailer
        series_id, day = entry.series_id, entry.occurrence_date

        def cancel_and_tell(ctx: Context) -> InvitesAfterChange | None:
            done = cancel_occurrence(ctx, actor, series_id, day, reason, cancel_bookings=True)
            if not done.invites_changed or mailer is None:
                return None
            return send_invites_after_change(ctx, actor, list(done.invites_changed), mailer())

        self._session.run(cancel_and_tell, lambda sent: self._cancelled(entry, sent), self._refused)

    def _cancelled(self, entry: AdvisorSession, invites: InvitesAfterChange | None) -> None:
        text = self.tr("%1 is cancelled.").replace("%1", when(entry.starts_at, entry.ends_at))
        if invites is not None and invites.failed:
            failed = self.tr("The cancellation was not sent: %1").replace("%1", invites.failed[0][1])
            self._tell(f"{text} {failed}", True)
            return
        if invites is not None and invites.sent:
            recipients = ", ".join(r for sent in invites.sent for r in sent.recipients)
            text += " " + self.tr("The cancellation is sent to %1.").replace("%1", recipients)
        self._tell(text, False)

    def restore(self, entry: AdvisorSession) -> None:
        actor, series_id, day = self._session.actor, entry.series_id, entry.occurrence_date
        restored = self.tr("%1 is open again.")
        self._session.run(
            lambda ctx: restore_occurrence(ctx, actor, series_id, day),
            lambda slot: self._tell(restored.replace("%1", local_when(slot)), False),
            self._refused,
        )

    # --- invitations ---------------------------------------------------------------------------------

    def send_invitations(self, entry: AdvisorSession) -> None:
        """The invitation again to everyone booked on the time (a teaching session has several)."""
        slot_id, actor, mailer = entry.slot_id, self._session.actor, self._session.mailer
        if slot_id is None or mailer is None:
            return

        def send(ctx: Context) -> InvitesAfterChange:
            booked = [
                p.booking_id
                for p in session_details(ctx, slot_id).participants
                if p.state is BookingState.BOOKED
            ]
            return send_invites_after_change(ctx, actor, booked, mailer())

        def sent(invites: InvitesAfterChange) -> None:
            if invites.failed:
                self._tell(
                    self.tr("The invitation was not sent: %1").replace("%1", invites.failed[0][1]), True
                )
                return
            recipients = ", ".join(r for sent in invites.sent for r in sent.recipients)
            self._tell(self.tr("The invitation is sent to %1.").replace("%1", recipients), False)

        self._session.run(send, sent, self._refused)

    def _refused(self, message: str) -> None:
        self._tell(message, True)


class MoveDialog(QDialog):
    """A new date and time for one open time; the service checks working hours and closures."""

    def __init__(self, entry: AdvisorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move this time"))
        self.date_edit = QDateEdit(qdate(entry.starts_at.date()))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FIELD)
        start = entry.starts_at
        self.time_edit = QTimeEdit(QTime(start.hour, start.minute))
        self.time_edit.setDisplayFormat(TIME_FIELD)
        heading = QLabel(self.tr("Move %1 to:").replace("%1", when(entry.starts_at, entry.ends_at)))
        heading.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Time:"), self.time_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def new_start(self) -> datetime:
        moment = self.time_edit.time()
        return datetime.combine(pydate(self.date_edit.date()), time(moment.hour(), moment.minute()))
