"""What the advisor page mails by itself, through the real widgets on a real SQLite store: the
cancellation after BUA cancels, an absence's changed invites (and a line when they did not go), and
the freed place's invitation to the first on the waitlist.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from email.message import EmailMessage
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.domain.booking import BookingState, Outcome
from app.domain.mail import SmtpServer
from app.domain.model import ContactKind
from app.domain.recurrence import RecurrenceRule, SessionType
from app.errors import SendFailed
from app.services.bookings import list_bookings, set_outcome
from app.services.contacts import assign_contact
from app.services.context import Context
from app.services.mail import set_smtp_server
from app.services.series import SeriesSpec, create_series
from app.services.slots import list_slots
from app.services.waitlist import join_waitlist
from db.secrets import KeyringSecrets
from tests.fakes import MemoryKeyring, Outbox
from tests.integration.helpers import (
    ADMIN,
    actor_of,
    add_advisor,
    add_member,
    book_as,
)
from tests.ui.advisor_helpers import THURSDAY, booked_session
from tests.ui.conftest import session_for
from ui.advisor.advisor_page import AdvisorPage
from ui.advisor.reason_dialog import ReasonDialog
from ui.calendar.entries import EntryState
from ui.worker import Worker


class RecordingSender:
    """The mail port, keeping what it is given (the SMTP side is tested against a real server in
    tests/integration/test_mail.py)."""

    def __init__(self) -> None:
        self.sent: list[tuple[EmailMessage, list[str]]] = []

    def send(self, server: SmtpServer, message: EmailMessage, recipients: Sequence[str]) -> None:
        self.sent.append((message, list(recipients)))


def test_after_cancelling_the_advisor_mails_the_cancellation(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    advisor, staff, booking_id = booked_session(sqlite_ctx)
    server = SmtpServer("smtp.rm.dk", 587, "bua-booking", "bua-booking@rm.dk")
    set_smtp_server(sqlite_ctx, ADMIN, server, "hemmelig", KeyringSecrets(MemoryKeyring()))
    sender = RecordingSender()
    session = session_for(sqlite_ctx, advisor, worker)
    page = AdvisorPage(session)
    qtbot.addWidget(page)
    page.show()
    slot_id = list_bookings(sqlite_ctx)[0].slot_id
    assert slot_id is not None
    page.show_week_of(date(2027, 1, 14))  # the panel shows a session of the week in view
    qtbot.waitUntil(lambda: page.week_view.entry_rect(f"slot:{slot_id}") is not None)
    page.details.show_slot(slot_id)
    qtbot.waitUntil(lambda: page.details.send_button.isEnabled())

    page.details.send_button.click()  # no mailer in this session: one line, nothing sent
    qtbot.waitUntil(lambda: page.details.message.text() == "Sending by e-mail is not available here.")

    set_outcome(sqlite_ctx, actor_of(advisor), booking_id, Outcome.CANCELLED_BY_BUA, "Rådgiveren er syg")
    session.mailer = lambda: sender
    page.details.reload()
    qtbot.waitUntil(lambda: "cancelled by BUA" in page.details.state_label.text())
    page.details.send_button.click()
    sent_to = f"{staff.email}, {advisor.email}"  # the booker, and the advisor's own calendar
    qtbot.waitUntil(lambda: page.details.message.text() == f"The invitation is sent to {sent_to}.")
    [(message, recipients)] = sender.sent
    assert recipients == [staff.email, advisor.email]
    calendar = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    assert "METHOD:CANCEL" in calendar.get_content()


class _RefusingSender:
    """A mail server that refuses every message, as one with a changed password does."""

    def send(self, server: SmtpServer, message: EmailMessage, recipients: Sequence[str]) -> None:
        raise SendFailed("Mailserveren smtp.rm.example:587 afviste brugernavn eller adgangskode.")


def test_an_absence_mails_the_changed_invites_and_says_when_they_did_not_go(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    advisor, _staff, booking_id = booked_session(sqlite_ctx)
    deputy = add_advisor(sqlite_ctx, "dorte@bua.example", "Dorte Dam")
    assign_contact(sqlite_ctx, ADMIN, "730", ContactKind.BUA_DEPUTY, deputy.email, date(2027, 1, 1))
    server = SmtpServer("smtp.rm.example", 587, "bua-booking", "booking@rm.example")
    set_smtp_server(sqlite_ctx, ADMIN, server, "hemmeligt", KeyringSecrets(MemoryKeyring()))
    session = session_for(sqlite_ctx, advisor, worker)
    session.mailer = _RefusingSender
    page = AdvisorPage(session)
    qtbot.addWidget(page)
    dialog = page.open_absence_dialog()
    dialog.from_edit.setDate(QDate(2027, 1, 13))
    dialog.until_edit.setDate(QDate(2027, 1, 14))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    qtbot.keyClicks(dialog.reason_edit, "Kursus")
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.deputy_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "were not sent" in dialog.message.text())
    assert dialog.isVisible() and not dialog.save_button.isVisible()  # saved: only Close is left
    assert "afviste brugernavn" in dialog.message.text()
    handed = next(b for b in list_bookings(sqlite_ctx) if b.id == booking_id)
    assert handed.superseded is not None  # the old event still waits for its cancellation
    with sqlite_ctx.store.read() as uow:
        entries = uow.audit.list(entity="booking", entity_id=str(booking_id))
    assert [e.action for e in entries].count("invite.failed") == 1


def test_a_cancellation_by_bua_is_mailed_by_itself(qtbot: Any, sqlite_ctx: Context, worker: Worker) -> None:
    advisor, staff, _booking_id = booked_session(sqlite_ctx)
    server = SmtpServer("smtp.rm.example", 587, "bua-booking", "booking@rm.example")
    set_smtp_server(sqlite_ctx, ADMIN, server, "hemmeligt", KeyringSecrets(MemoryKeyring()))
    outbox = Outbox()
    session = session_for(sqlite_ctx, advisor, worker)
    session.mailer = lambda: outbox
    page = AdvisorPage(session)
    qtbot.addWidget(page)
    page.show_week_of(date(2027, 1, 14))
    qtbot.waitUntil(lambda: any(e.state is EntryState.SUMMARY_MISSING for e in page.week_view.entries()))
    key = next(e.key for e in page.week_view.entries() if e.state is EntryState.SUMMARY_MISSING)
    page.week_view.entry_activated.emit(key)
    qtbot.waitUntil(lambda: page.details.cancel_button.isEnabled())
    page.details.cancel_button.click()
    dialog = page.details.findChild(ReasonDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.reason_edit, "Rådgiveren er syg")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    qtbot.waitUntil(lambda: "cancellation is sent to" in page.details.message.text())
    assert outbox.methods == ["CANCEL"] and staff.email in page.details.message.text()


class _RefusingTo(Outbox):
    """A mail server that refuses one address (a full mailbox) and delivers the rest."""

    def __init__(self, refused: str) -> None:
        super().__init__()
        self.refused = refused

    def send(self, server: SmtpServer, message: EmailMessage, recipients: Sequence[str]) -> None:
        if self.refused in recipients:
            raise SendFailed(f"Mailserveren afviste {self.refused}.")
        super().send(server, message, recipients)


@pytest.mark.parametrize("bo_refused", [False, True])
def test_a_cancellation_by_bua_mails_the_freed_place_to_the_first_on_the_waitlist(
    qtbot: Any, sqlite_ctx: Context, worker: Worker, bo_refused: bool
) -> None:
    advisor = add_advisor(sqlite_ctx)
    day = date(2027, 1, 14)
    rule = RecurrenceRule(weekday=THURSDAY, start_time=time(14), starts_on=day, ends_on=day)
    create_series(sqlite_ctx, ADMIN, SeriesSpec("730", advisor.email, rule, SessionType.TEACHING, capacity=2))
    (slot,) = list_slots(sqlite_ctx, advisor_email=advisor.email)
    pia, jens, bo = (
        add_member(sqlite_ctx, f"{n}@randers.example", name=n.title()) for n in ("pia", "jens", "bo")
    )
    for person in (pia, jens):
        book_as(sqlite_ctx, person, slot.id)
    join_waitlist(sqlite_ctx, actor_of(bo), slot.id)
    server = SmtpServer("smtp.rm.example", 587, "bua-booking", "booking@rm.example")
    set_smtp_server(sqlite_ctx, ADMIN, server, "hemmeligt", KeyringSecrets(MemoryKeyring()))
    outbox = _RefusingTo(bo.email if bo_refused else "")
    session = session_for(sqlite_ctx, advisor, worker)
    session.mailer = lambda: outbox
    page = AdvisorPage(session)
    qtbot.addWidget(page)
    page.show_week_of(day)
    qtbot.waitUntil(lambda: any(e.key == f"slot:{slot.id}" for e in page.week_view.entries()))
    page.week_view.entry_activated.emit(f"slot:{slot.id}")
    qtbot.waitUntil(lambda: page.details.cancel_button.isEnabled())
    assert page.details.participant_box.currentText().startswith("Pia")
    page.details.cancel_button.click()
    dialog = page.details.findChild(ReasonDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.reason_edit, "Lokalet er optaget")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    if bo_refused:  # Pia's cancellation went; the panel says Bo's invitation did not
        message = "Saved, but the next on the waiting list was not sent an invitation: Mailserveren afviste"
        qtbot.waitUntil(lambda: page.details.message.text().startswith(message))
        assert outbox.methods == ["CANCEL"]
    else:
        qtbot.waitUntil(lambda: "cancellation is sent to" in page.details.message.text())
        assert outbox.methods == ["CANCEL", "REQUEST"]
        assert outbox.recipients == [{pia.email, advisor.email}, {bo.email, advisor.email}]
    (promoted,) = list_bookings(sqlite_ctx, person_email=bo.email)
    assert promoted.state is BookingState.BOOKED  # the place is Bo's, mailed or not
