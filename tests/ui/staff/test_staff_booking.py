"""Booking from the staff page through the real dialog (Danish, from staff_da.ts): by keyboard only with
a GP guest, Escape while the booking runs or before it, and a cap reached or a time taken meanwhile.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.booking import BookingState
from app.services.bookings import book, list_bookings
from app.services.context import Context
from tests.ui.staff.conftest import World
from tests.ui.staff.page_helpers import as_actor, key, listed_slots, open_page
from ui.staff.book_dialog import BookDialog
from ui.worker import Worker

pytestmark = pytest.mark.usefixtures("danish")


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
