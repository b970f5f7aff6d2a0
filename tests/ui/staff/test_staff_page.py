"""The staff page driven through its real widgets on a real SQLite store (Danish, from staff_da.ts): the
contact card, the free times, cancelling, moving, the waitlist and the calendar file. The booking
dialog is test_staff_booking.py's, mailing the invitations test_staff_mail.py's.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt

from app.domain.booking import BookingState, CancelReason
from app.services.bookings import book, list_bookings
from app.services.context import Context
from tests.ui.conftest import session_for
from tests.ui.staff.conftest import World
from tests.ui.staff.page_helpers import as_actor, listed_slots, open_page
from ui.session import BOOKINGS
from ui.staff.cancel_dialog import CancelDialog
from ui.staff.move_dialog import MoveDialog
from ui.staff.staff_page import StaffPage
from ui.worker import Worker

pytestmark = pytest.mark.usefixtures("danish")


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
