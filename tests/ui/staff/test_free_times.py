"""The employee's free times as a user meets them (issue 15, item 2), and the reminder bar (item 6):
the list opens on the first time they can book, the fixed contact's sessions come first under their
own heading, at the cap every row says why and nothing books, the week tab never shows another
municipality's full teaching as "booket" and an empty week points to the next free time. Real
widgets on a real SQLite store, in Danish, driven by keyboard and mouse."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.bookings import book
from app.services.context import Context
from app.services.rules import set_rule
from tests.integration.helpers import ADMIN
from tests.ui.staff.conftest import World
from tests.ui.staff.page_helpers import as_actor, key, listed_slots, open_page
from ui.calendar.entries import EntryState
from ui.staff.book_dialog import BookDialog
from ui.staff.free_times_model import HEADING_ROLE, ROW_ROLE
from ui.staff.move_dialog import MoveDialog
from ui.staff.staff_page import StaffPage
from ui.worker import Worker

pytestmark = pytest.mark.usefixtures("danish")
CAP_ROW = "Kan ikke bookes: du har nået grænsen på 2 fremtidige bookinger"
CAP_REASON = f"{CAP_ROW}. Aflys en under Mine bookinger for at booke en ny."


def headings(page: StaffPage) -> list[tuple[int, str]]:
    proxy = page.free_times.proxy
    return [
        (r, proxy.index(r, 0).data()) for r in range(proxy.rowCount()) if proxy.index(r, 0).data(HEADING_ROLE)
    ]


def current_slot(page: StaffPage) -> int | None:
    time = page.free_times.selected()
    return time.slot_id if time else None


def row_of(page: StaffPage, slot_id: int) -> int:
    proxy = page.free_times.proxy
    return next(
        r
        for r in range(proxy.rowCount())
        if getattr(proxy.index(r, 0).data(ROW_ROLE), "slot_id", None) == slot_id
    )


def click_row(qtbot: Any, page: StaffPage, row: int, double: bool = False) -> None:
    table = page.free_times.table
    point = table.visualRect(page.free_times.proxy.index(row, 2)).center()
    click = qtbot.mouseDClick if double else qtbot.mouseClick
    click(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_the_contacts_times_come_first_under_their_heading_and_the_keyboard_passes_the_headings(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    page = open_page(qtbot, sqlite_ctx, world, worker)

    assert headings(page) == [
        (0, "Sparring og supervision med Ulla Bak, jeres faste kontaktperson"),
        (8, "Undervisning åben for alle kommuner"),
    ]
    # Wednesday 13 January's teaching is earlier than most sparring times, yet listed after them
    assert listed_slots(page) == [*world.sparring, world.teaching]
    assert current_slot(page) == world.sparring[0]
    table = page.free_times.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert current_slot(page) == world.teaching
    key(qtbot, Qt.Key.Key_Up)  # over the teaching heading, to the last sparring time
    assert current_slot(page) == world.sparring[-1]
    click_row(qtbot, page, 8)  # a click on a heading chooses nothing
    assert current_slot(page) == world.sparring[-1]
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # over the first heading
    assert current_slot(page) == world.sparring[0]


def test_the_list_and_the_week_open_on_the_first_time_the_person_can_book(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    set_rule(sqlite_ctx, ADMIN, "monthly_quota", "730=2")
    for slot_id in world.sparring[:2]:  # a colleague uses Randers' two January sessions
        book(sqlite_ctx, as_actor(world.bo), slot_id)
    page = open_page(qtbot, sqlite_ctx, world, worker)

    january, february = world.sparring[2], world.sparring[3]  # 26 January, 2 February
    assert current_slot(page) == february
    assert page.free_times.book_button.isEnabled()
    proxy = page.free_times.proxy
    assert proxy.index(row_of(page, january), 6).data() == (
        "Kan ikke bookes: kommunen har brugt sine 2 møder i den måned"
    )
    page.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(page.dialog, BookDialog))
    assert isinstance(page.dialog, BookDialog) and page.dialog.time.slot_id == february
    page.dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)

    page.tabs.setCurrentWidget(page.week)
    assert page.week.view.monday() == date(2027, 2, 1)  # not today's week, nor January's refused ones


def test_at_the_cap_every_row_says_why_and_nothing_books(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    for slot_id in world.sparring[:2]:
        book(sqlite_ctx, as_actor(world.pia), slot_id)
    page = open_page(qtbot, sqlite_ctx, world, worker)
    tab = page.free_times
    proxy = tab.proxy

    times = [r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ROW_ROLE) is not None]
    assert {proxy.index(r, 6).data() for r in times} == {CAP_ROW}
    assert "kan ikke bookes: du har nået grænsen" in proxy.index(times[0], 0).data(
        Qt.ItemDataRole.AccessibleTextRole
    )
    assert current_slot(page) == world.sparring[2]  # the first listed: none can be booked
    assert not tab.book_button.isEnabled()
    assert tab.refusal_label.isVisible() and tab.refusal_label.text() == CAP_REASON
    assert tab.book_button.toolTip() == CAP_REASON

    page.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    click_row(qtbot, page, times[1], double=True)
    qtbot.wait(100)
    assert page.dialog is None

    page.tabs.setCurrentWidget(page.week)  # the week of 13 January's teaching, the first with a place
    view = page.week.view
    assert view.monday() == date(2027, 1, 11)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.current_key() == f"free:{world.teaching}"
    assert "du har nået grænsen på 2 fremtidige bookinger" in view.current_entry().accessible_name  # type: ignore[union-attr]
    free = [e for e in view.entries() if e.key.startswith("free:")]
    assert free and {e.state for e in free} == {EntryState.UNAVAILABLE}  # never painted green "ledig"
    assert {e.accessible_name.split(", ")[1] for e in free} == {"kan ikke bookes nu"}  # the state's word
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert page.dialog is None
    assert page.week.notice.isVisible() and page.week.notice.text() == CAP_REASON


def test_another_municipalitys_full_teaching_reads_full_never_booked(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    book(sqlite_ctx, as_actor(world.bo), world.teaching)
    book(sqlite_ctx, as_actor(world.eva), world.teaching)  # Aarhus staff take the last place
    mine = book(sqlite_ctx, as_actor(world.pia), world.sparring[0])
    page = open_page(qtbot, sqlite_ctx, world, worker)
    page.tabs.setCurrentWidget(page.week)
    view = page.week.view
    assert view.monday() == date(2027, 1, 18)  # 19 January: the first time she can book
    qtbot.mouseClick(page.week.previous_button, Qt.MouseButton.LeftButton)

    states = {e.key: e.state for e in view.entries()}
    assert states[f"free:{world.teaching}"] is EntryState.FULL
    assert states[f"mine:{mine.id}"] is EntryState.SUMMARY_MISSING  # her own booking
    assert EntryState.BOOKED not in states.values()
    full = next(e for e in view.entries() if e.key == f"free:{world.teaching}")
    assert "fuld – venteliste" in full.accessible_name and "booket" not in full.accessible_name

    view.setFocus()
    view.set_current(full.key)
    with qtbot.waitSignal(page.loaded):  # Enter on it joins the waitlist, as the list's button does
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert page.message.text() == (
        "Du står på ventelisten til onsdag 13. januar 2027 kl. 09.00. Du får pladsen, hvis en bliver ledig."
    )


def test_an_empty_week_says_when_the_next_free_time_is_and_the_button_goes_there(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    page = open_page(qtbot, sqlite_ctx, world, worker)
    page.tabs.setCurrentWidget(page.week)
    week = page.week
    assert week.view.monday() == date(2027, 1, 11)  # the first free time's week, not today's
    assert not week.notice.isVisible()

    qtbot.mouseClick(week.today_button, Qt.MouseButton.LeftButton)  # week 1: nothing to book yet
    assert week.view.monday() == date(2027, 1, 4)
    assert week.notice.isVisible() and week.next_free_button.isVisible()
    assert week.notice.text() == (
        "Ingen ledige tider i uge 1. Næste ledige tid: tirsdag 12. januar 2027 kl. 13.00."
    )
    assert week.next_free_button.text().replace("&", "") == "Gå til næste ledige tid"
    qtbot.mouseClick(week.next_free_button, Qt.MouseButton.LeftButton)
    assert week.view.monday() == date(2027, 1, 11)
    assert week.view.current_key() == f"free:{world.sparring[0]}"
    assert QApplication.focusWidget() is week.view
    assert not week.notice.isVisible() and not week.next_free_button.isVisible()

    for _ in range(7):  # past 23 February, the last time in the booking window
        qtbot.keyClick(week.view, Qt.Key.Key_PageDown)
    assert week.view.monday() == date(2027, 3, 1)
    assert week.notice.text() == "Ingen ledige tider i uge 9 eller senere."
    assert not week.next_free_button.isVisible()


def test_the_reminder_bar_has_a_row_and_a_button_per_session(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    first = book(sqlite_ctx, as_actor(world.pia), world.sparring[0])
    second = book(sqlite_ctx, as_actor(world.pia), world.sparring[1])
    page = open_page(qtbot, sqlite_ctx, world, worker)
    bar = page.reminder_bar
    qtbot.waitUntil(bar.isVisible)

    assert bar.objectName() == "summaryReminder"
    assert bar.heading.text() == "Møder, der venter på dit sagsresumé:"
    assert [line.text() for line in bar.lines] == [
        "Mødet tirsdag 12. januar 2027 kl. 13.00 – frist fredag 8. januar 2027.",
        "Mødet tirsdag 19. januar 2027 kl. 13.00 – frist fredag 15. januar 2027.",
    ]
    assert [b.text() for b in bar.buttons] == ["Skriv resumé", "Skriv resumé"]
    assert bar.buttons[1].accessibleName() == "Skriv resumé til mødet tirsdag 19. januar 2027 kl. 13.00"

    qtbot.mouseClick(bar.buttons[1], Qt.MouseButton.LeftButton)
    assert list(page.summary_windows) == [second.id]
    bar.buttons[0].setFocus()
    qtbot.keyClick(bar.buttons[0], Qt.Key.Key_Space)
    assert list(page.summary_windows) == [second.id, first.id]


def test_at_the_cap_a_booking_can_still_be_moved_and_its_choices_do_not_say_otherwise(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    moving = book(sqlite_ctx, as_actor(world.pia), world.sparring[0])
    book(sqlite_ctx, as_actor(world.pia), world.sparring[1])
    page = open_page(qtbot, sqlite_ctx, world, worker)
    page.tabs.setCurrentWidget(page.my_bookings)
    page.my_bookings.select_booking(moving.id)
    qtbot.mouseClick(page.my_bookings.move_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MoveDialog) and dialog.move_button.isEnabled()
    statuses = {dialog.model.index(r, 6).data() for r in range(dialog.model.rowCount())}
    assert statuses == {"Ledig"}  # the cap counts bookings, and a move adds none
    dialog.table.selectRow(1)  # 2 February
    with qtbot.waitSignal(page.loaded):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert page.message.text() == "Bookingen er flyttet til tirsdag 2. februar 2027 kl. 13.00."
