"""The staff page mails the calendar invitations (Danish, from staff_da.ts): on request once a mail
server is set up, by itself after booking and cancelling (with a failed send sent again), and without
a mail server the invitation opens in the calendar program.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from app.domain.booking import BookingState
from app.domain.mail import SmtpServer
from app.services.bookings import book, list_bookings
from app.services.context import Context
from app.services.mail import set_smtp_server
from app.services.waitlist import join_waitlist
from cli.smtp_sender import SmtpSender
from db.secrets import KeyringSecrets
from tests.fakes import MemoryKeyring
from tests.integration.helpers import ADMIN
from tests.local_smtp import PASSWORD, SENDER, USER, Certificate, LocalSmtp
from tests.ui.conftest import session_for
from tests.ui.staff.conftest import World
from tests.ui.staff.page_helpers import as_actor, open_page
from ui.staff.book_dialog import BookDialog
from ui.staff.cancel_dialog import CancelDialog
from ui.staff.move_dialog import MoveDialog
from ui.staff.staff_page import StaffPage
from ui.worker import Worker

pytestmark = pytest.mark.usefixtures("danish")


class RecordingSender:
    """The MailSender port, keeping what it is given (the SMTP side is tested in test_mail.py)."""

    def __init__(self) -> None:
        self.sent: list[tuple[EmailMessage, list[str]]] = []

    def send(self, server: SmtpServer, message: EmailMessage, recipients: Sequence[str]) -> None:
        self.sent.append((message, list(recipients)))


def test_sends_the_invitation_by_e_mail_once_a_mail_server_is_set_up(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    booking = book(sqlite_ctx, as_actor(world.pia), world.sparring[0])
    sender = RecordingSender()
    session = session_for(sqlite_ctx, world.pia, worker)
    session.mailer = lambda: sender
    page = StaffPage(session)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show()
    page.my_bookings.select_booking(booking.id)

    page.my_bookings.send_button.click()
    qtbot.waitUntil(lambda: "ingen mailserver" in page.message.text())
    assert sender.sent == []

    server = SmtpServer("smtp.rm.example", 587, "bua-booking", "booking@rm.example")
    set_smtp_server(sqlite_ctx, ADMIN, server, "hemmeligt", KeyringSecrets(MemoryKeyring()))
    page.my_bookings.send_button.click()
    qtbot.waitUntil(lambda: "Invitationen er sendt til" in page.message.text())
    ((message, recipients),) = sender.sent
    assert world.pia.email in recipients and world.advisor.email in recipients
    assert any(part.get_param("method") == "REQUEST" for part in message.walk())


def _book_first_free(qtbot: Any, page: StaffPage, slot_id: int) -> BookDialog:
    page.free_times.select_slot(slot_id)
    page.free_times.book_button.click()
    dialog = page.dialog
    assert isinstance(dialog, BookDialog)
    with qtbot.waitSignal(dialog.invite_result):
        dialog.book_button.click()
    return dialog


def test_a_booking_mails_its_invitation_by_itself_and_a_failed_send_is_sent_again(
    qtbot: Any,
    sqlite_ctx: Context,
    world: World,
    worker: Worker,
    certificate: Certificate,
    start_smtp: Callable[..., LocalSmtp],
) -> None:
    server = start_smtp()
    keys = MemoryKeyring()
    smtp = SmtpServer("127.0.0.1", server.port, USER, SENDER)
    set_smtp_server(sqlite_ctx, ADMIN, smtp, PASSWORD, KeyringSecrets(keys))
    session = session_for(sqlite_ctx, world.pia, worker)
    session.mailer = lambda: SmtpSender(KeyringSecrets(keys), certificate.client_context())
    page = StaffPage(session)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show()

    page.free_times.select_slot(world.sparring[0])
    page.free_times.book_button.click()
    assert isinstance(page.dialog, BookDialog)
    assert page.dialog.invite_box.isVisible() and page.dialog.invite_box.isChecked()
    assert page.dialog.invite_box.text() == "Send kalender&invitation"
    page.dialog.reject()
    _book_first_free(qtbot, page, world.sparring[0])
    assert page.invite_bar.isVisible() and not page.invite_bar.button.isVisible()
    assert page.invite_bar.text.text().startswith("Kalenderinvitationen er sendt til pia@randers.example")
    (envelope,) = server.received
    assert set(envelope.rcpt_tos) == {world.pia.email, world.advisor.email}

    keys.set_password("bua-booking/smtp", smtp.secret_account, "forkert")  # the server now refuses
    _book_first_free(qtbot, page, world.sparring[1])
    assert len(server.messages()) == 1 and len(list_bookings(sqlite_ctx, person_email=world.pia.email)) == 2
    assert "blev ikke sendt" in page.invite_bar.text.text()
    assert page.invite_bar.button.isVisible() and page.invite_bar.button.text() == "Send &igen"
    keys.set_password("bua-booking/smtp", smtp.secret_account, PASSWORD)
    page.invite_bar.button.click()
    qtbot.waitUntil(lambda: "er sendt til" in page.invite_bar.text.text())
    assert len(server.messages()) == 2

    second = [
        b for b in list_bookings(sqlite_ctx, person_email=world.pia.email) if b.slot_id == world.sparring[1]
    ]
    page.my_bookings.select_booking(second[0].id)
    page.my_bookings.move_button.click()
    dialog = page.dialog
    assert isinstance(dialog, MoveDialog) and dialog.invite_box.isChecked()
    dialog.invite_box.setChecked(False)  # the person's choice: the move is not mailed
    with qtbot.waitSignal(dialog.invite_result):
        dialog.move_button.click()
    assert not page.invite_bar.isVisible() and len(server.messages()) == 2


def test_cancelling_mails_the_cancellation_and_the_invitation_of_whoever_gets_the_place(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    """Bo waits for the full teaching session; Pia cancels her place from the page. Her cancellation
    goes to her and the advisor, and Bo, who gets the place, is sent his invitation in the same go; the
    bar says to whom Pia's went and that the next on the waitlist got the place, without naming Bo."""
    mine = book(sqlite_ctx, as_actor(world.pia), world.teaching)
    book(sqlite_ctx, as_actor(world.eva), world.teaching)
    join_waitlist(sqlite_ctx, as_actor(world.bo), world.teaching)
    server = SmtpServer("smtp.rm.example", 587, "bua-booking", "booking@rm.example")
    set_smtp_server(sqlite_ctx, ADMIN, server, "hemmeligt", KeyringSecrets(MemoryKeyring()))
    sender = RecordingSender()
    session = session_for(sqlite_ctx, world.pia, worker)
    session.mailer = lambda: sender
    page = StaffPage(session)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show()

    page.my_bookings.select_booking(mine.id)
    page.my_bookings.cancel_button.click()
    dialog = page.dialog
    assert isinstance(dialog, CancelDialog) and dialog.invite_box.isChecked()
    with qtbot.waitSignal(dialog.invite_result):
        dialog.cancel_button.click()

    (bo_booking,) = list_bookings(sqlite_ctx, person_email=world.bo.email)
    assert bo_booking.state is BookingState.BOOKED
    methods = [
        (str(part.get_param("method")), set(recipients))
        for message, recipients in sender.sent
        for part in message.walk()
        if part.get_content_type() == "text/calendar"
    ]
    assert methods == [
        ("CANCEL", {world.pia.email, world.advisor.email}),
        ("REQUEST", {world.bo.email, world.advisor.email}),
    ]
    assert page.invite_bar.isVisible() and not page.invite_bar.button.isVisible()
    assert page.invite_bar.text.text() == (
        f"Kalenderinvitationen er sendt til {world.pia.email}, {world.advisor.email}. "
        "Pladsen gik til den næste på ventelisten, som får en invitation."
    )
    assert world.bo.email not in page.invite_bar.text.text()


def test_without_a_mail_server_the_invitation_opens_in_the_calendar_program(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    page = open_page(qtbot, sqlite_ctx, world, worker)
    opened: list[Path] = []

    def calendar_program(path: Path) -> bool:  # where the system would start Outlook
        opened.append(path)
        return True

    page.open_file = calendar_program  # type: ignore[method-assign]
    page.free_times.select_slot(world.sparring[0])
    page.free_times.book_button.click()
    dialog = page.dialog
    assert isinstance(dialog, BookDialog) and not dialog.invite_box.isVisible()  # nothing to tick
    with qtbot.waitSignal(dialog.invite_result):
        dialog.book_button.click()
    assert "Der er ingen mailserver" in page.invite_bar.text.text()
    assert page.invite_bar.button.text() == "&Åbn i Outlook"
    page.invite_bar.button.click()
    qtbot.waitUntil(lambda: bool(opened))
    (booking,) = list_bookings(sqlite_ctx, person_email=world.pia.email)
    data = opened[0].read_bytes()
    assert b"METHOD:REQUEST" in data and f"UID:{booking.ical_uid}".encode() in data
