"""The advisor manages the calendar in the window, as in Outlook: a context menu on a session or time
(move, cancel, restore, edit the series from that date, send the invitation), dragging an open time
with a confirmation, "Gå til dato", week and month on the same date, and a side panel that empties
when its session leaves the view. Real widgets on a real SQLite store, driven by keys and the mouse."""

from __future__ import annotations

from datetime import date, time
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMessageBox,
)

from app.domain.booking import BookingState
from app.domain.mail import SmtpServer
from app.domain.model import Person
from app.services.bookings import list_bookings
from app.services.context import Context
from app.services.mail import set_smtp_server
from app.services.occurrences import cancel_occurrence
from app.services.slots import list_skipped, list_slots
from db.secrets import KeyringSecrets
from tests.fakes import MemoryKeyring, Outbox
from tests.integration.helpers import ADMIN, add_advisor, get_slot, weekly_series
from tests.ui.advisor_helpers import THURSDAY, booked_session, open_advisor_page
from tests.ui.conftest import session_for
from ui.advisor.advisor_page import MONTH, AdvisorPage
from ui.advisor.occurrence_menu import MoveDialog
from ui.advisor.reason_dialog import ReasonDialog
from ui.advisor.series_editor import SeriesEditorDialog
from ui.calendar.entries import EntryState
from ui.words import short_municipality
from ui.worker import Worker

CPH = ZoneInfo("Europe/Copenhagen")


def _open_times(ctx: Context, advisor: Person) -> dict[date, int]:
    """An advisor with a Thursday 10.00 series from 14 January 2027: slot id by date."""
    weekly_series(ctx, advisor, THURSDAY, time(10), date(2027, 1, 11), date(2027, 3, 31))
    return {s.occurrence_date: s.id for s in list_slots(ctx, advisor_email=advisor.email)}


def _week_with(qtbot: Any, page: AdvisorPage, day: date, key: str) -> None:
    page.go_to(day)
    qtbot.waitUntil(lambda: page.week_view.entry_rect(key) is not None)


def _menu(qtbot: Any) -> QMenu:
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def _click_action(qtbot: Any, menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    assert action.isEnabled(), f"{text} is disabled"
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def _enabled(menu: QMenu) -> dict[str, bool]:
    return {a.text().replace("&", ""): a.isEnabled() for a in menu.actions() if a.text()}


def _right_click(qtbot: Any, page: AdvisorPage, key: str) -> QMenu:
    rect = page.week_view.entry_rect(key)
    assert rect is not None
    # What the window system sends for a right click (QTest's mouse events do not make one).
    pos = rect.center().toPoint()
    click = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, page.week_view.mapToGlobal(pos))
    QApplication.sendEvent(page.week_view, click)
    return _menu(qtbot)


def _mailing_page(qtbot: Any, ctx: Context, advisor: Person, worker: Worker) -> tuple[AdvisorPage, Outbox]:
    """The advisor's page on a store with a mail server; what is mailed lands in the outbox."""
    server = SmtpServer("smtp.rm.example", 587, "bua-booking", "booking@rm.example")
    set_smtp_server(ctx, ADMIN, server, "hemmeligt", KeyringSecrets(MemoryKeyring()))
    outbox = Outbox()
    session = session_for(ctx, advisor, worker)
    session.mailer = lambda: outbox
    page = AdvisorPage(session)
    qtbot.addWidget(page)
    page.resize(1300, 720)
    page.show()
    return page, outbox


def test_the_menu_key_cancels_a_booked_time_with_its_booking_and_mails_the_cancellation(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    advisor, staff, booking_id = booked_session(sqlite_ctx)
    page, outbox = _mailing_page(qtbot, sqlite_ctx, advisor, worker)
    slot_id = list_bookings(sqlite_ctx)[0].slot_id
    _week_with(qtbot, page, date(2027, 1, 14), f"slot:{slot_id}")

    page.week_view.setFocus()
    page.week_view.set_current(f"slot:{slot_id}")
    qtbot.keyClick(page.week_view, Qt.Key.Key_Menu)
    menu = _menu(qtbot)
    assert _enabled(menu) == {
        "Move this time…": False,  # booked: the booker moves it, or BUA cancels it
        "Cancel this time…": True,
        "Restore": False,
        "Edit the series from this date…": True,
        "Send invitation": True,
    }
    qtbot.keyClick(menu, Qt.Key.Key_C)  # the mnemonic of "Cancel this time…"
    qtbot.waitUntil(lambda: page.findChild(ReasonDialog) is not None)
    dialog = page.findChild(ReasonDialog)
    assert dialog is not None
    prompt = dialog.findChild(QLabel)
    assert prompt is not None and "booking is cancelled too" in prompt.text()
    qtbot.keyClicks(dialog.reason_edit, "Rådgiveren er på kursus")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: "cancellation is sent to" in page.status.text())
    assert outbox.methods == ["CANCEL"] and staff.email in page.status.text()
    cancelled = next(b for b in list_bookings(sqlite_ctx) if b.id == booking_id)
    assert (cancelled.state, cancelled.cancel_reason) == (
        BookingState.CANCELLED_BY_BUA,
        "Rådgiveren er på kursus",
    )
    qtbot.waitUntil(lambda: any(e.state is EntryState.CANCELLED for e in page.week_view.entries()))


def test_the_menu_sends_the_invitation_again(qtbot: Any, sqlite_ctx: Context, worker: Worker) -> None:
    advisor, staff, _booking_id = booked_session(sqlite_ctx)
    page, outbox = _mailing_page(qtbot, sqlite_ctx, advisor, worker)
    key = f"slot:{list_bookings(sqlite_ctx)[0].slot_id}"
    _week_with(qtbot, page, date(2027, 1, 14), key)

    _click_action(qtbot, _right_click(qtbot, page, key), "Send invitation")

    qtbot.waitUntil(lambda: "invitation is sent to" in page.status.text())
    assert outbox.methods == ["REQUEST"] and staff.email in page.status.text()


def test_the_menu_moves_an_open_time_and_refuses_a_weekend(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    advisor = add_advisor(sqlite_ctx)
    slots = _open_times(sqlite_ctx, advisor)
    page = open_advisor_page(qtbot, sqlite_ctx, advisor, worker)
    key = f"slot:{slots[date(2027, 1, 21)]}"
    _week_with(qtbot, page, date(2027, 1, 21), key)

    _click_action(qtbot, _right_click(qtbot, page, key), "Move this time…")
    dialog = page.findChild(MoveDialog)
    assert dialog is not None
    dialog.date_edit.setDate(QDate(2027, 1, 23))  # a Saturday
    qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "weekenden" in page.status.text())
    assert get_slot(sqlite_ctx, slots[date(2027, 1, 21)]).starts_at.day == 21  # nothing moved

    _click_action(qtbot, _right_click(qtbot, page, key), "Move this time…")
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(MoveDialog)))
    dialog = next(d for d in page.findChildren(MoveDialog) if d.isVisible())
    dialog.date_edit.setDate(QDate(2027, 1, 22))
    dialog.time_edit.setTime(QTime(13, 30))
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    qtbot.waitUntil(lambda: page.status.text() == "Moved to Friday 22 January 2027 13:30-14:15.")
    moved = get_slot(sqlite_ctx, slots[date(2027, 1, 21)])
    assert (moved.starts_at.astimezone(CPH).day, moved.moved) == (22, True)

    def shown_start() -> tuple[date, time]:
        entry = next(e for e in page.week_view.entries() if e.key == key)
        return entry.start.date(), entry.start.time()

    qtbot.waitUntil(lambda: shown_start() == (date(2027, 1, 22), time(13, 30)))  # the week moved it too


def test_dragging_an_open_time_asks_first_and_moves_it_on_yes(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    advisor = add_advisor(sqlite_ctx)
    slots = _open_times(sqlite_ctx, advisor)
    page = open_advisor_page(qtbot, sqlite_ctx, advisor, worker)
    key = f"slot:{slots[date(2027, 1, 21)]}"
    _week_with(qtbot, page, date(2027, 1, 21), key)
    view = page.week_view

    def drag_one_day_and_two_hours_later() -> QMessageBox:
        rect = view.entry_rect(key)
        assert rect is not None
        start = rect.center().toPoint()
        column = int(view._grid().column)
        two_hours = int(view._grid().hour * 2)
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
        for step in range(1, 6):
            qtbot.mouseMove(view, start + QPoint(column * step // 5, two_hours * step // 5))
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPoint(column, two_hours))
        qtbot.waitUntil(lambda: page.findChild(QMessageBox) is not None)
        question = page.findChild(QMessageBox)
        assert question is not None
        return question

    question = drag_one_day_and_two_hours_later()
    assert "to Friday 22 January 2027 12:00-12:45" in question.text()
    question.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: page.findChild(QMessageBox) is None)
    assert get_slot(sqlite_ctx, slots[date(2027, 1, 21)]).moved is False  # "No" moves nothing

    question = drag_one_day_and_two_hours_later()
    question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.wait(500)
    print("STATUS", repr(page.status.text()))
    qtbot.waitUntil(lambda: page.status.text().startswith("Moved to Friday 22 January 2027 12:00"))
    assert get_slot(sqlite_ctx, slots[date(2027, 1, 21)]).moved is True


def test_a_booked_time_cannot_be_dragged(qtbot: Any, sqlite_ctx: Context, worker: Worker) -> None:
    advisor, _staff, _booking_id = booked_session(sqlite_ctx)
    page = open_advisor_page(qtbot, sqlite_ctx, advisor, worker)
    slot_id = list_bookings(sqlite_ctx)[0].slot_id
    key = f"slot:{slot_id}"
    _week_with(qtbot, page, date(2027, 1, 14), key)
    rect = page.week_view.entry_rect(key)
    assert rect is not None
    start = rect.center().toPoint()
    qtbot.mousePress(page.week_view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(page.week_view, start + QPoint(200, 80))
    qtbot.mouseRelease(page.week_view, Qt.MouseButton.LeftButton, pos=start + QPoint(200, 80))
    qtbot.wait(50)
    assert page.findChild(QMessageBox) is None
    assert slot_id is not None and get_slot(sqlite_ctx, slot_id).moved is False


def test_the_menu_restores_a_cancelled_date(qtbot: Any, sqlite_ctx: Context, worker: Worker) -> None:
    advisor = add_advisor(sqlite_ctx)
    slots = _open_times(sqlite_ctx, advisor)
    series_id = get_slot(sqlite_ctx, slots[date(2027, 1, 28)]).series_id
    cancel_occurrence(sqlite_ctx, ADMIN, series_id, date(2027, 1, 28), "Kursus")
    page = open_advisor_page(qtbot, sqlite_ctx, advisor, worker)
    key = f"skip:{series_id}:2027-01-28"
    _week_with(qtbot, page, date(2027, 1, 28), key)

    menu = _right_click(qtbot, page, key)
    assert _enabled(menu)["Move this time…"] is False and _enabled(menu)["Cancel this time…"] is False
    _click_action(qtbot, menu, "Restore")

    qtbot.waitUntil(lambda: "is open again" in page.status.text())
    assert [s.occurrence_date for s in list_skipped(sqlite_ctx)] == [date(2027, 3, 25)]  # Skærtorsdag
    qtbot.waitUntil(lambda: any(e.state is EntryState.OPEN for e in page.week_view.entries()))


def test_the_menu_edits_the_series_from_that_date_with_a_preview(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    advisor, _staff, _booking_id = booked_session(sqlite_ctx)  # booked on Thursday 14 January
    page = open_advisor_page(qtbot, sqlite_ctx, advisor, worker)
    key = f"slot:{next(s.id for s in list_slots(sqlite_ctx) if s.occurrence_date == date(2027, 2, 4))}"
    _week_with(qtbot, page, date(2027, 2, 4), key)

    _click_action(qtbot, _right_click(qtbot, page, key), "Edit the series from this date…")
    qtbot.waitUntil(lambda: page.findChild(SeriesEditorDialog) is not None)
    dialog = page.findChild(SeriesEditorDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview_model.rowCount() > 0)
    assert dialog.windowTitle() == "Edit series"
    assert not dialog.municipality_box.isEnabled() and dialog.municipality_box.currentData() == "730"
    assert dialog.from_edit.date() == QDate(2027, 2, 4)
    assert dialog.time_edit.time() == QTime(10, 0) and dialog.weekday_box.currentData() == THURSDAY
    first = dialog.preview_model.index(0, 0).data()
    assert first == "Thursday 4 February 2027"  # the preview starts at the date, not the series' start

    dialog.time_edit.setFocus()
    dialog.time_edit.setTime(QTime(13, 0))
    assert dialog.preview_model.index(0, 1).data().startswith("13:00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.saved() is not None)
    assert dialog.message.text().startswith("Series changed from Thursday 4 February 2027")
    starts = {s.occurrence_date: s.starts_at.astimezone(CPH).time() for s in list_slots(sqlite_ctx)}
    assert starts[date(2027, 1, 28)] == time(10)  # before the date: as it was
    assert starts[date(2027, 2, 4)] == time(13)
    assert starts[date(2027, 1, 14)] == time(10)  # the booked one never moves


def test_week_and_month_stay_on_the_same_date_and_go_to_date_finds_a_day(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    page = open_advisor_page(qtbot, sqlite_ctx, add_advisor(sqlite_ctx), worker)
    page.go_to(date(2027, 3, 10))
    assert page.period_label.text().startswith("Week 10")
    qtbot.mouseClick(page.month_button, Qt.MouseButton.LeftButton)
    assert page.period_label.text() == "March 2027"
    qtbot.waitUntil(lambda: page.month_view.selected_day() == date(2027, 3, 10))  # the week's date
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.period_label.text() == "April 2027"
    qtbot.waitUntil(lambda: page.month_view.selected_day() == date(2027, 4, 10))
    page.month_view.setFocus()
    qtbot.keyClick(page.month_view, Qt.Key.Key_Down)  # a week later in the month: 17 April
    qtbot.mouseClick(page.week_button, Qt.MouseButton.LeftButton)
    assert page.period_label.text().startswith("Week 15")  # the week of the day chosen in the month
    assert page.current_view() != MONTH

    page.week_view.setFocus()
    # Through the window, as a key press from the keyboard comes (so shortcuts see it).
    qtbot.keyClick(page.windowHandle(), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.findChild(QCalendarWidget) is not None)
    calendar = page.findChild(QCalendarWidget)
    assert calendar is not None
    calendar.setSelectedDate(QDate(2027, 6, 2))
    calendar.setFocus()
    qtbot.keyClick(calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.period_label.text().startswith("Week 22"))
    assert page.shown_day() == date(2027, 6, 2)


def test_the_side_panel_empties_when_its_session_leaves_the_view(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    advisor, _staff, _booking_id = booked_session(sqlite_ctx)
    page = open_advisor_page(qtbot, sqlite_ctx, advisor, worker)
    key = f"slot:{list_bookings(sqlite_ctx)[0].slot_id}"
    _week_with(qtbot, page, date(2027, 1, 14), key)
    rect = page.week_view.entry_rect(key)
    assert rect is not None
    qtbot.mouseClick(page.week_view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    qtbot.waitUntil(lambda: page.details.municipality_label.text() == "Randers Municipality")

    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.details.slot_id() is None)
    assert page.details.heading.text() == "Choose a session in the calendar."


def test_long_municipality_names_are_shortened_one_way() -> None:
    assert short_municipality("Ringkøbing-Skjern") == "Ringk.-Skjern"
    assert short_municipality("Ikast-Brande") == "Ikast-Brande"
    assert short_municipality("Randers") == "Randers"
    assert short_municipality("Frederikssundsby") == "Frederikssu."
