"""A session's details beside the calendar: time, municipality, booker, GP guest, the case-summary
area, and the outcome buttons (held, not held, cancelled by BUA with a mandatory reason).

The case summary of the chosen participant's booking is read on the worker (`summaries.read`, which
checks that this advisor may read it) and shown read-only in `summary_area`; a teaching session has none.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.booking import OCCUPYING_STATES, BookingState, Outcome
from app.domain.recurrence import SessionType
from app.services import summaries
from app.services.advisor_view import Participant, SessionDetails, session_details
from app.services.bookings import set_outcome
from app.services.context import Context
from app.services.mail import InvitesAfterChange, SentInvite, send_booking_invite, send_invites_after_change
from app.services.summaries import SummaryView
from ui.advisor.export import PathChooser, choose_ics_path, export_series
from ui.advisor.reason_dialog import ReasonDialog
from ui.calendar.dates import when
from ui.session import UiSession
from ui.summary.reader import SummaryReader
from ui.words import booking_state_name, municipality_name, profession_in_sentence, session_type_name

# A standing booking gets its invite, a cancelled one the cancellation; the rest has no calendar event.
INVITED_STATES = frozenset({BookingState.BOOKED, BookingState.CANCELLED, BookingState.CANCELLED_BY_BUA})

ERROR_STYLE = "color: #c62828;"
WIDTH = 380


class SessionPanel(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._details: SessionDetails | None = None
        self._slot_id: int | None = None
        # What the last action said, shown again over the reloads it causes: (slot id, text, an error?)
        self._said: tuple[int | None, str, bool] | None = None
        self.choose_path: PathChooser = choose_ics_path  # replaced in tests
        self.setFixedWidth(WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

        self.heading = QLabel(self.tr("Choose a session in the calendar."))
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.municipality_label = QLabel()
        self.booker_label = QLabel()
        self.gp_label = QLabel()
        self.video_label = QLabel()
        self.state_label = QLabel()
        for label in (
            self.municipality_label,
            self.booker_label,
            self.gp_label,
            self.video_label,
            self.state_label,
        ):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.video_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.video_label.setOpenExternalLinks(True)
        self.participant_box = QComboBox()
        self.participant_box.setAccessibleName(self.tr("Participant"))
        self.participant_box.currentIndexChanged.connect(self._show_participant)

        form = QFormLayout()
        form.addRow(self.tr("Municipality:"), self.municipality_label)
        form.addRow(self.tr("Participant:"), self.participant_box)
        form.addRow(self.tr("Booked by:"), self.booker_label)
        form.addRow(self.tr("GP (guest):"), self.gp_label)
        form.addRow(self.tr("Video link:"), self.video_label)
        form.addRow(self.tr("Status:"), self.state_label)
        self._form = form

        self.summary_area = QGroupBox(self.tr("Case summary"))
        self.summary = SummaryReader()
        QVBoxLayout(self.summary_area).addWidget(self.summary)
        self._summary_for: int | None = None  # the booking whose summary is shown or being read

        self.held_button = QPushButton(self.tr("&Held"))
        self.not_held_button = QPushButton(self.tr("&Not held"))
        self.cancel_button = QPushButton(self.tr("&Cancel by BUA…"))
        self.held_button.clicked.connect(lambda: self._set_outcome(Outcome.HELD))
        self.not_held_button.clicked.connect(lambda: self._set_outcome(Outcome.NO_SHOW))
        self.cancel_button.clicked.connect(self._ask_cancel_reason)
        outcome = QGroupBox(self.tr("Outcome"))
        outcome_row = QHBoxLayout(outcome)
        for button in (self.held_button, self.not_held_button, self.cancel_button):
            outcome_row.addWidget(button)

        self.send_button = QPushButton(self.tr("Sen&d invitation"))
        self.send_button.setToolTip(
            self.tr(
                "Mail the calendar invite, or its cancellation, to the booker, the GP guest and the advisor"
            )
        )
        self.send_button.clicked.connect(self._send_invite)
        self.export_button = QPushButton(self.tr("Export series…"))
        self.export_button.clicked.connect(self._export)
        calendar_row = QHBoxLayout()
        calendar_row.addWidget(self.send_button)
        calendar_row.addWidget(self.export_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.summary_area)
        layout.addWidget(outcome)
        layout.addLayout(calendar_row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._layout = layout
        self.show_details(None)

    # --- loading -------------------------------------------------------------------------------------

    def show_slot(self, slot_id: int | None) -> None:
        """Load and show the slot's details; None clears the panel."""
        if self._said is not None and self._said[0] != slot_id:
            self._said = None  # another session: what the last action said is about the one before
        self._slot_id = slot_id
        if slot_id is None:
            self.show_details(None)
            return
        self._session.run(lambda ctx: session_details(ctx, slot_id), self._loaded, self._failed)

    def slot_id(self) -> int | None:
        """The slot shown (or being read); None when the panel is empty."""
        return self._slot_id

    def reload(self) -> None:
        if self._slot_id is not None:
            self.show_slot(self._slot_id)

    def _loaded(self, details: SessionDetails) -> None:
        if details.slot_id == self._slot_id:
            self.show_details(details)

    def show_details(self, details: SessionDetails | None) -> None:
        self._details = details
        self.message.clear()
        said = self._said
        if said is not None and details is not None and said[0] == details.slot_id:
            (self._failed if said[2] else self._report)(said[1])
        visible = details is not None
        for index in range(self._form.rowCount()):
            self._form.setRowVisible(index, visible)
        self.summary_area.setVisible(visible)
        self.export_button.setEnabled(visible)
        if details is None:
            self.heading.setText(self.tr("Choose a session in the calendar."))
            self._enable_outcome(None)
            return
        kind = session_type_name(details.session_type)
        self.heading.setText(f"{kind}\n{when(details.starts_at, details.ends_at)}")
        self.municipality_label.setText(municipality_name(details.municipality_name))
        self.participant_box.blockSignals(True)
        self.participant_box.clear()
        for participant in details.participants:
            self.participant_box.addItem(f"{participant.name} ({booking_state_name(participant.state)})")
        self.participant_box.blockSignals(False)
        self._form.setRowVisible(1, len(details.participants) > 1)
        link = self.tr("Open the video meeting")
        self.video_label.setText(
            f'<a href="{details.video_url}">{link}</a>' if details.video_url else self.tr("none")
        )
        self.video_label.setToolTip(details.video_url or "")
        self._show_participant()

    def _participant(self) -> Participant | None:
        if self._details is None or not self._details.participants:
            return None
        index = max(self.participant_box.currentIndex(), 0)
        return self._details.participants[index]

    def _show_participant(self) -> None:
        details, participant = self._details, self._participant()
        if details is None:
            return
        if participant is None:
            self.booker_label.setText(self.tr("Nobody has booked this session."))
            self.gp_label.setText(self.tr("none"))
            self.state_label.setText(self.tr("open"))
        else:
            self.booker_label.setText(
                f"{participant.name}, {profession_in_sentence(participant.profession)}\n{participant.email}"
            )
            gp = participant.gp
            self.gp_label.setText(
                ", ".join(p for p in (gp.name, gp.clinic, gp.email) if p) if gp else self.tr("none")
            )
            state = booking_state_name(participant.state)
            if participant.cancel_reason and participant.state not in OCCUPYING_STATES:
                state = f"{state}: {participant.cancel_reason}"
            self.state_label.setText(state)
        if details.waitlisted:
            self.state_label.setText(
                self.state_label.text()
                + "\n"
                + self.tr("%1 on the waiting list").replace("%1", str(details.waitlisted))
            )
        self._show_summary(details, participant)
        self._enable_outcome(participant)

    def _show_summary(self, details: SessionDetails, participant: Participant | None) -> None:
        teaching = details.session_type is SessionType.TEACHING
        standing = participant is not None and participant.state in OCCUPYING_STATES
        self.summary_area.setVisible(not teaching and standing)
        if teaching or participant is None or not standing:  # nobody booked, or the booking was cancelled
            self._summary_for = None
            self.summary.show_message("")
            self._fit_summary()
            return
        booking_id, actor = participant.booking_id, self._session.actor
        self._summary_for = booking_id
        self.summary.show_message(self.tr("Reading the case summary …"))
        self._fit_summary()

        def read(view: SummaryView) -> None:
            if self._summary_for == booking_id:  # still the participant shown
                self.summary.show_view(view)
                self._fit_summary()

        def refused(message: str) -> None:
            if self._summary_for == booking_id:
                self.summary.show_message(message)
                self._fit_summary()

        self._session.run(lambda ctx: summaries.read(ctx, actor, booking_id), read, refused, owner=self)

    def _fit_summary(self) -> None:
        """A sent summary takes the panel's free height; a one-line state leaves it below the buttons."""
        shown = not self.summary.text.isHidden()
        self._layout.setStretchFactor(self.summary_area, 1 if shown else 0)
        self._layout.setStretch(self._layout.count() - 1, 0 if shown else 1)

    def _enable_outcome(self, participant: Participant | None) -> None:
        occupying = participant is not None and participant.state in OCCUPYING_STATES
        self.held_button.setEnabled(occupying)
        self.not_held_button.setEnabled(occupying)
        self.cancel_button.setEnabled(participant is not None and participant.state.value == "booked")
        self.send_button.setEnabled(participant is not None and participant.state in INVITED_STATES)

    def _failed(self, message: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(message)

    def _report(self, message: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(message)

    # --- actions -------------------------------------------------------------------------------------

    def _set_outcome(self, outcome: Outcome, reason: str | None = None) -> None:
        participant = self._participant()
        if participant is None:
            return
        booking_id, version = participant.booking_id, participant.version
        actor, mailer = self._session.actor, self._session.mailer
        tell = outcome is Outcome.CANCELLED_BY_BUA and mailer is not None

        def save_and_tell(ctx: Context) -> InvitesAfterChange | None:
            """The outcome; a cancellation by BUA is then mailed to the booker and the GP by itself."""
            changed = set_outcome(ctx, actor, booking_id, outcome, reason, expected_version=version)
            promoted = changed.promoted  # whoever got the freed place from the waitlist: their invite too
            return (
                send_invites_after_change(ctx, actor, [booking_id], mailer(), promoted)
                if tell and mailer
                else None
            )

        def done(invites: InvitesAfterChange | None) -> None:
            own = (
                [reason for failed_id, reason in invites.failed if failed_id == booking_id] if invites else []
            )
            if own:
                not_sent = self.tr("Saved, but the cancellation was not sent: %1")
                said = (not_sent.replace("%1", own[0]), True)
            elif invites is not None and invites.failed:  # only the next on the waiting list's invite
                not_sent = self.tr("Saved, but the next on the waiting list was not sent an invitation: %1")
                said = (not_sent.replace("%1", invites.failed[0][1]), True)
            elif invites is not None and invites.sent:
                sent_to = ", ".join(invites.sent[0].recipients)
                said = (self.tr("Saved. The cancellation is sent to %1.").replace("%1", sent_to), False)
            else:
                said = (self.tr("Saved."), False)
            (self._failed if said[1] else self._report)(said[0])
            self._said = (self._slot_id, *said)  # until another session is shown
            self.reload()

        self._session.run(save_and_tell, done, self._failed)

    def _ask_cancel_reason(self) -> None:
        dialog = ReasonDialog(
            self.tr("Cancel by BUA"),
            self.tr("Why does BUA cancel the session? The booker sees the reason."),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._set_outcome(Outcome.CANCELLED_BY_BUA, dialog.reason()))
        dialog.open()

    def _send_invite(self) -> None:
        """Mail the invite (or, once cancelled, its CANCEL) to the booker, the GP guest and the advisor."""
        participant, mailer = self._participant(), self._session.mailer
        if participant is None:
            return
        if mailer is None:
            self._failed(self.tr("Sending by e-mail is not available here."))
            return
        actor, booking_id = self._session.actor, participant.booking_id

        def sent(invite: SentInvite) -> None:
            self._report(self.tr("The invitation is sent to %1.").replace("%1", ", ".join(invite.recipients)))

        self._session.run(
            lambda ctx: send_booking_invite(ctx, actor, booking_id, mailer()), sent, self._failed, owner=self
        )

    def _export(self) -> None:
        if self._details is not None:
            export_series(self._session, self, self._details.series_id, self._report, self.choose_path)
