"""The staff page driven through its real widgets on a real SQLite store (Danish, from staff_da.ts)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.booking import BookingState, CancelReason
from app.domain.mail import SmtpServer
from app.domain.model import Actor
from app.services.bookings import book, join_waitlist, list_bookings
from app.services.context import Context
from app.services.mail import set_smtp_server
from cli.smtp_sender import SmtpSender
from db.secrets import KeyringSecrets
from tests.fakes import MemoryKeyring
from tests.integration.helpers import ADMIN
from tests.local_smtp import PASSWORD, SENDER, USER, Certificate, LocalSmtp
from tests.ui.conftest import session_for
from tests.ui.staff.conftest import World
from ui.session import BOOKINGS
from ui.staff.book_dialog import BookDialog
from ui.staff.cancel_dialog import CancelDialog
from ui.staff.free_times_model import ROW_ROLE
from ui.staff.move_dialog import MoveDialog
from ui.staff.staff_page import StaffPage
from ui.worker import Worker

pytestmark = pytest.mark.usefixtures("danish")


def open_page(qtbot: Any, ctx: Context, world: World, worker: Worker) -> StaffPage:
    page = StaffPage(session_for(ctx, world.pia, worker))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show()
    page.resize(1000, 600)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def as_actor(person: Any) -> Actor:
    return Actor(person.id, person.email)


def listed_slots(page: StaffPage) -> list[int]:
    """The listed times' slot ids, in list order (headings left out)."""
    proxy = page.free_times.proxy
    rows = [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]
    return [row.slot_id for row in rows if row is not None]


def key(qtbot: Any, code: Qt.Key, text: str = "") -> None:
    """A key press on whatever has the keyboard focus, as a user's keyboard would send it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    if text:
        qtbot.keyClicks(target, text)
    else:
        qtbot.keyClick(target, code)


def test_staff_member_sees_contact_card(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    page = open_page(qtbot, sqlite_ctx, world, worker)
    assert page.card.heading.text() == "Randers Kommune"
    assert page.card.advisor.accessibleName() == "Ulla Bak <ulla@bua.example>"
    assert page.card.deputy.accessibleName() == "Ole Dam <ole@bua.example>"
    assert page.card.municipal_contact.accessibleName() == "Bo Lind <bo@randers.example>"
    assert '<a href="mailto:ulla@bua.example">ulla@bua.example</a>' in page.card.advisor.text()
    assert page.card.advisor.openExternalLinks()  # a click opens the mail program
    assert not page.free_times.refusal_label.isVisible()


def test_free_times_have_danish_dates_and_full_accessible_names(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    page = open_page(qtbot, sqlite_ctx, world, worker)
    proxy = page.free_times.proxy
    first = [proxy.index(1, c).data() for c in range(proxy.columnCount())]  # under the group's heading
    assert first == [
        "12.01.2027",
        "2",
        "13.00-13.45",
        "Sparring",
        "Ulla Bak",
        "Randers",
        "Ledig",
    ]
    assert proxy.index(1, 4).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "tirsdag 12. januar 2027 kl. 13.00-13.45, ledig, Randers Kommune"
    )
    assert set(listed_slots(page)) == {*world.sparring, world.teaching}  # the teaching time is open to all
    assert "Mine bookinger" in [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())]


def test_books_a_time_with_gp_guest_by_keyboard_only(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    page = open_page(qtbot, sqlite_ctx, world, worker)
    summaries: list[int] = []
    page.summary_requested.connect(summaries.append)
    page.setFocus()  # the page hands the keyboard to the list of times
    assert QApplication.focusWidget() is page.free_times.table
    key(qtbot, Qt.Key.Key_Down)  # Tuesday 19 January: the fixed contact's times come before teaching
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(page.dialog, BookDialog) and page.dialog.isActiveWindow())
    dialog = page.dialog
    assert isinstance(dialog, BookDialog) and dialog.time.slot_id == world.sparring[1]
    key(qtbot, Qt.Key.Key_unknown, "Karen Lund")  # focus starts in the GP's name
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_unknown, "karen.lund@laege.example")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_unknown, "Lægehuset Vest")
    key(qtbot, Qt.Key.Key_Return)  # the default button: Book
    qtbot.waitUntil(lambda: page.dialog is None and page.my_bookings.model.rowCount() == 1)

    (booking,) = list_bookings(sqlite_ctx, person_email=world.pia.email)
    assert booking.slot_id == world.sparring[1] and booking.state is BookingState.BOOKED
    assert booking.gp is not None and (booking.gp.name, booking.gp.email, booking.gp.clinic) == (
        "Karen Lund",
        "karen.lund@laege.example",
        "Lægehuset Vest",
    )
    assert summaries == [booking.id]  # the case-summary form's seam
    assert "Booket tirsdag 19. januar 2027 kl. 13.00" in page.message.text()
    mine = page.my_bookings.model
    assert [mine.index(0, c).data() for c in (0, 2, 6, 7, 8)] == [
        "19.01.2027",
        "13.00-13.45",
        "Booket",
        "Frist 15.01.2027",
        "Karen Lund",
    ]
    assert world.sparring[1] not in listed_slots(page)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.free_times.table)  # back where the user was
    qtbot.keyClick(page.free_times.table, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # &Mine bookinger
    assert page.tabs.currentWidget() is page.my_bookings


def test_escape_while_booking_runs_does_not_lose_the_booking(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    page = open_page(qtbot, sqlite_ctx, world, worker)
    summaries: list[int] = []
    page.summary_requested.connect(summaries.append)
    page.free_times.select_slot(world.sparring[0])
    page.free_times.book_button.click()
    dialog = page.dialog
    assert isinstance(dialog, BookDialog)
    dialog.book_button.click()
    dialog.reject()  # Escape before the answer arrived
    assert dialog.isVisible() and dialog.busy
    qtbot.waitUntil(lambda: page.dialog is None)
    (booking,) = list_bookings(sqlite_ctx, person_email=world.pia.email)
    assert summaries == [booking.id]


def test_escape_closes_the_dialog_without_booking(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    page = open_page(qtbot, sqlite_ctx, world, worker)
    page.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isActiveWindow())
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert list_bookings(sqlite_ctx, person_email=world.pia.email) == []


def test_cap_reached_meanwhile_is_one_danish_line_and_keeps_what_was_typed(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    book(sqlite_ctx, as_actor(world.pia), world.sparring[0])
    page = open_page(qtbot, sqlite_ctx, world, worker)
    page.free_times.select_slot(world.sparring[2])
    page.free_times.book_button.click()
    dialog = page.dialog
    assert isinstance(dialog, BookDialog)
    book(sqlite_ctx, as_actor(world.pia), world.sparring[1])  # her second, on another computer
    qtbot.keyClicks(dialog.gp_name, "Karen Lund")
    dialog.book_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible() and dialog.book_button.isEnabled())
    assert dialog.message.text() == "Angiv lægens navn og en gyldig e-mailadresse."
    qtbot.keyClicks(dialog.gp_email, "karen.lund@laege.example")
    dialog.book_button.click()
    qtbot.waitUntil(lambda: "kommende" in dialog.message.text() and dialog.book_button.isEnabled())
    assert dialog.message.text() == (
        "Du har allerede 2 kommende bookinger: aflys eller afhold en, før du booker flere."
    )
    assert dialog.isVisible()
    assert (dialog.gp_name.text(), dialog.gp_email.text()) == ("Karen Lund", "karen.lund@laege.example")
    assert len(list_bookings(sqlite_ctx, person_email=world.pia.email)) == 2


def test_a_time_taken_meanwhile_is_refused_in_the_dialog(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    page = open_page(qtbot, sqlite_ctx, world, worker)
    page.free_times.select_slot(world.sparring[0])
    page.free_times.book_button.click()
    dialog = page.dialog
    assert isinstance(dialog, BookDialog)
    book(sqlite_ctx, as_actor(world.bo), world.sparring[0])  # a colleague, on another computer
    dialog.book_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible() and dialog.book_button.isEnabled())
    assert dialog.message.text() == "Tiden er allerede booket."


def test_a_booking_elsewhere_refreshes_the_list(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    page = open_page(qtbot, sqlite_ctx, world, worker)
    book(sqlite_ctx, as_actor(world.bo), world.sparring[0])
    with qtbot.waitSignal(page.loaded):
        page._session.notifier.announce([BOOKINGS])  # as the store watcher would
    assert world.sparring[0] not in listed_slots(page)


def test_cancels_one_of_two_bookings_with_a_reason(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    kept = book(sqlite_ctx, as_actor(world.pia), world.sparring[0])
    other = book(sqlite_ctx, as_actor(world.pia), world.sparring[1])
    page = open_page(qtbot, sqlite_ctx, world, worker)
    page.tabs.setCurrentWidget(page.my_bookings)
    assert page.my_bookings.model.rowCount() == 2
    page.my_bookings.select_booking(other.id)
    page.my_bookings.cancel_button.click()
    dialog = page.dialog
    assert isinstance(dialog, CancelDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findText("Sygdom"))
    with qtbot.waitSignal(page.loaded):
        dialog.cancel_button.click()

    mine = list_bookings(sqlite_ctx, person_email=world.pia.email)
    states = {b.id: (b.state, b.cancel_reason) for b in mine}
    assert states == {
        kept.id: (BookingState.BOOKED, None),
        other.id: (BookingState.CANCELLED, CancelReason.ILLNESS.value),
    }
    row = page.my_bookings.model.row_of(other.id)
    assert row is not None and page.my_bookings.model.index(row, 6).data() == "Aflyst"
    assert world.sparring[1] in listed_slots(page)  # the freed time is open again at once
    assert page.message.text() == "Bookingen er aflyst."


def test_moves_a_booking_which_keeps_its_identity(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    booking = book(sqlite_ctx, as_actor(world.pia), world.sparring[0])
    page = open_page(qtbot, sqlite_ctx, world, worker)
    page.my_bookings.select_booking(booking.id)
    page.my_bookings.move_button.click()
    dialog = page.dialog
    assert isinstance(dialog, MoveDialog)
    choices = [dialog.model.row_at(r).slot_id for r in range(dialog.model.rowCount())]
    assert world.sparring[0] not in choices and world.teaching not in choices  # same kind, elsewhere
    dialog.table.selectRow(choices.index(world.sparring[3]))
    with qtbot.waitSignal(page.loaded):
        dialog.move_button.click()

    (moved,) = list_bookings(sqlite_ctx, person_email=world.pia.email)
    assert (moved.id, moved.slot_id, moved.state) == (booking.id, world.sparring[3], BookingState.BOOKED)
    assert page.message.text() == "Bookingen er flyttet til tirsdag 2. februar 2027 kl. 13.00."
    assert world.sparring[0] in listed_slots(page)


def test_joins_and_leaves_the_waitlist_of_a_full_teaching_time(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    book(sqlite_ctx, as_actor(world.bo), world.teaching)
    book(sqlite_ctx, as_actor(world.eva), world.teaching)
    page = open_page(qtbot, sqlite_ctx, world, worker)
    page.free_times.select_slot(world.teaching)
    assert page.free_times.book_button.text() == "Skriv på &venteliste"
    with qtbot.waitSignal(page.loaded):
        page.free_times.book_button.click()
    (entry,) = list_bookings(sqlite_ctx, person_email=world.pia.email)
    assert entry.state is BookingState.WAITLISTED
    page.my_bookings.select_booking(entry.id)
    assert page.my_bookings.leave_button.isEnabled() and not page.my_bookings.cancel_button.isEnabled()
    with qtbot.waitSignal(page.loaded):
        page.my_bookings.leave_button.click()
    (left,) = list_bookings(sqlite_ctx, person_email=world.pia.email)
    assert left.state is BookingState.CANCELLED
    assert page.message.text() == "Du har forladt ventelisten."


def test_saves_the_calendar_invite(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker, tmp_path: Path, monkeypatch: Any
) -> None:
    booking = book(sqlite_ctx, as_actor(world.pia), world.sparring[0])
    page = open_page(qtbot, sqlite_ctx, world, worker)
    suggested: list[str] = []
    target = tmp_path / "mit-møde"

    def ask_ics_path(name: str) -> str:
        suggested.append(name)
        return str(target)

    monkeypatch.setattr(page, "ask_ics_path", ask_ics_path)
    page.my_bookings.select_booking(booking.id)
    page.my_bookings.invite_button.click()
    saved = tmp_path / "mit-møde.ics"
    qtbot.waitUntil(saved.exists)
    qtbot.waitUntil(lambda: "Kalenderinvitationen er gemt" in page.message.text())
    assert suggested == ["bua-2027-01-12-1300.ics"]
    text = saved.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and "METHOD:REQUEST" in text and booking.ical_uid in text


def test_dates_are_local_danish_time() -> None:
    from ui.calendar.dates import danish_clock, danish_long_date, week_number

    summer = datetime.fromisoformat("2027-06-01T11:00:00+00:00")
    assert (danish_long_date(summer), danish_clock(summer), week_number(summer)) == (
        "tirsdag 1. juni 2027",
        "13.00",
        22,
    )


def test_a_page_closed_while_loading_ignores_the_answer(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    session = session_for(sqlite_ctx, world.pia, worker)
    page = StaffPage(session)  # starts loading at once
    page.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(page))
    worker.wait(10_000)
    with qtbot.waitSignal(session.notifier.changed):  # later announcements reach no dead page
        session.notifier.announce([BOOKINGS])
    qtbot.wait(50)  # the queued answer is delivered and dropped without an error


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
