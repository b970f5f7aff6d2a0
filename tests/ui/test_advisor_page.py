"""The advisor's flows through the real widgets on a real SQLite store: a series through the editor
(with its preview), a booked session opened from the week view and marked held, a refusal shown as
one line, BUA's cancellation with a mandatory reason, and an absence that hands a session to the deputy.
What the page mails is test_advisor_mail.py's.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.domain.booking import BookingState
from app.domain.model import ContactKind
from app.services.bookings import list_bookings
from app.services.contacts import assign_contact
from app.services.context import Context
from app.services.series import list_series
from app.services.slots import list_slots
from tests.integration.helpers import (
    ADMIN,
    add_advisor,
    add_member,
    book_as,
    get_slot,
    weekly_series,
)
from tests.ui.advisor_helpers import THURSDAY, booked_session, entry_state, open_advisor_page
from tests.ui.conftest import session_for
from ui.advisor.advisor_page import AdvisorPage
from ui.advisor.preview_model import NOTE
from ui.advisor.reason_dialog import ReasonDialog
from ui.calendar.entries import EntryState
from ui.session import BOOKINGS
from ui.worker import Worker


def test_the_advisor_creates_a_series_after_previewing_every_occurrence(
    qtbot: Any, sqlite_ctx: Context, worker: Worker, tmp_path: Path
) -> None:
    advisor = add_advisor(sqlite_ctx)
    page = open_advisor_page(qtbot, sqlite_ctx, advisor, worker)
    dialog = page.open_series_editor()
    qtbot.waitUntil(lambda: dialog.municipality_box.count() == 19)
    dialog.municipality_box.setCurrentIndex(dialog.municipality_box.findData("730"))
    dialog.weekday_box.setCurrentIndex(THURSDAY)
    dialog.time_edit.setTime(dialog.time_edit.time().fromString("09:00", "HH:mm"))
    dialog.from_edit.setDate(QDate(2027, 3, 1))
    dialog.until_edit.setDate(QDate(2027, 5, 31))
    qtbot.keyClicks(dialog.video_edit, "https://video.example/randers")

    model = dialog.preview_model
    notes = {model.index(r, 0).data(): model.index(r, NOTE).data() for r in range(model.rowCount())}
    assert model.rowCount() == 13  # every Thursday from 4 March to 27 May
    assert notes["Thursday 6 May 2027"] == "Skipped: Kristi himmelfartsdag"
    assert notes["Thursday 25 March 2027"] == "Skipped: Skærtorsdag"
    assert dialog.preview_summary.text() == "11 sessions, 2 dates skipped"
    assert list_series(sqlite_ctx) == []  # the preview wrote nothing

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved() is not None)
    (series,) = list_series(sqlite_ctx)
    assert (series.municipality_code, series.rule.weekday, series.video_url) == (
        "730",
        THURSDAY,
        "https://video.example/randers",
    )
    assert len(list_slots(sqlite_ctx, advisor_email=advisor.email)) == 11
    assert dialog.export_button.isEnabled() and not dialog.save_button.isEnabled()

    dialog.choose_path = lambda _parent, _name: str(tmp_path / "serie")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "serie.ics" in dialog.message.text())
    exported = (tmp_path / "serie.ics").read_text(encoding="utf-8")
    assert exported.startswith("BEGIN:VCALENDAR") and "Kristi himmelfartsdag" not in exported


def test_the_advisor_sees_a_booking_opens_it_and_marks_it_held(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    advisor, _staff, booking_id = booked_session(sqlite_ctx)
    sqlite_ctx.clock.day = date(2027, 1, 15)  # type: ignore[attr-defined]  # the session is over
    page = open_advisor_page(qtbot, sqlite_ctx, advisor, worker)
    slot_id = next(b.slot_id for b in list_bookings(sqlite_ctx) if b.id == booking_id)
    key = f"slot:{slot_id}"
    qtbot.waitUntil(lambda: entry_state(page, key) is EntryState.OUTCOME_MISSING)  # over, not recorded
    assert page.period_label.text().startswith("Week 2")
    entry = next(e for e in page.week_view.entries() if e.key == key)
    assert entry.accessible_name == (
        "Thursday 14 January 2027 10:00-10:45, outcome missing, Randers Municipality, Pia Holm, "
        "summary due Tuesday 12 January 2027"
    )

    rect = page.week_view.entry_rect(key)
    assert rect is not None
    qtbot.mouseClick(page.week_view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    panel = page.details
    qtbot.waitUntil(lambda: "Pia Holm" in panel.booker_label.text())
    assert "psychologist" in panel.booker_label.text()
    assert panel.municipality_label.text() == "Randers Municipality"
    qtbot.waitUntil(lambda: "Late" in panel.summary.status.text())
    assert panel.summary.status.text() == "Late: not sent, it was due 12.01.2027."
    assert not panel.summary.text.isVisible()

    qtbot.mouseClick(panel.held_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: entry_state(page, key) is EntryState.HELD)
    (booking,) = list_bookings(sqlite_ctx)
    assert booking.state is BookingState.HELD


def test_a_refused_outcome_is_shown_as_one_danish_line(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    advisor, _staff, _booking_id = booked_session(sqlite_ctx)  # today is before the session
    page = open_advisor_page(qtbot, sqlite_ctx, advisor, worker)
    page.show_week_of(date(2027, 1, 14))
    qtbot.waitUntil(lambda: any(e.state is EntryState.SUMMARY_MISSING for e in page.week_view.entries()))
    page.week_view.setFocus()
    qtbot.keyClick(page.week_view, Qt.Key.Key_Home)
    qtbot.keyClick(page.week_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.details.held_button.isEnabled())
    page.details.held_button.click()
    qtbot.waitUntil(lambda: bool(page.details.message.text()))
    assert page.details.message.text() == "Mødet er ikke begyndt endnu."
    assert list_bookings(sqlite_ctx)[0].state is BookingState.BOOKED


def test_bua_cancels_only_with_a_reason(qtbot: Any, sqlite_ctx: Context, worker: Worker) -> None:
    advisor, _staff, _booking_id = booked_session(sqlite_ctx)
    page = open_advisor_page(qtbot, sqlite_ctx, advisor, worker)
    page.show_week_of(date(2027, 1, 14))
    qtbot.waitUntil(lambda: any(e.state is EntryState.SUMMARY_MISSING for e in page.week_view.entries()))
    key = next(e.key for e in page.week_view.entries() if e.state is EntryState.SUMMARY_MISSING)
    page.week_view.entry_activated.emit(key)
    qtbot.waitUntil(lambda: page.details.cancel_button.isEnabled())
    qtbot.waitUntil(lambda: page.details.summary.status.text() == "Not sent yet. Due 12.01.2027.")
    page.details.cancel_button.click()
    dialog = page.details.findChild(ReasonDialog)
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "Rådgiveren er syg")
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(lambda: list_bookings(sqlite_ctx)[0].state is BookingState.CANCELLED_BY_BUA)
    assert list_bookings(sqlite_ctx)[0].cancel_reason == "Rådgiveren er syg"
    qtbot.waitUntil(lambda: entry_state(page, key) is EntryState.OPEN)  # the place is free again
    qtbot.waitUntil(lambda: "cancelled by BUA" in page.details.state_label.text())
    assert not page.details.summary_area.isVisible()  # a cancelled booking waits for no summary


def test_an_absence_hands_the_booked_session_to_the_deputy(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    advisor, _staff, booking_id = booked_session(sqlite_ctx)
    deputy = add_advisor(sqlite_ctx, "dorte@bua.example", "Dorte Dam")
    assign_contact(sqlite_ctx, ADMIN, "730", ContactKind.BUA_DEPUTY, deputy.email, date(2027, 1, 1))
    page = open_advisor_page(qtbot, sqlite_ctx, advisor, worker)
    page.show_week_of(date(2027, 1, 14))
    slot_id = next(b.slot_id for b in list_bookings(sqlite_ctx) if b.id == booking_id)
    assert slot_id is not None
    qtbot.waitUntil(lambda: entry_state(page, f"slot:{slot_id}") is EntryState.SUMMARY_MISSING)

    dialog = page.open_absence_dialog()
    dialog.from_edit.setDate(QDate(2027, 1, 13))
    dialog.until_edit.setDate(QDate(2027, 1, 14))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.index(0, 2).data() == "Pia Holm"
    assert dialog.model.index(0, 3).data() == "dorte@bua.example"
    qtbot.keyClicks(dialog.reason_edit, "Kursus")
    assert not dialog.save_button.isEnabled()  # the booked session has no decision yet
    assert dialog.pending.text() == "1 booked session(s) still need a decision."
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.deputy_button, Qt.MouseButton.LeftButton)
    assert dialog.model.index(0, 4).data() == "Goes to the deputy"
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert get_slot(sqlite_ctx, slot_id).advisor_id == deputy.id
    assert list_bookings(sqlite_ctx)[0].state is BookingState.BOOKED  # nothing cancelled
    qtbot.waitUntil(lambda: entry_state(page, f"slot:{slot_id}") is None)  # now in the deputy's week


def test_a_change_announced_from_elsewhere_refreshes_weeks_already_read(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    advisor = add_advisor(sqlite_ctx)
    staff = add_member(sqlite_ctx, "pia@randers.example")
    weekly_series(sqlite_ctx, advisor, THURSDAY, time(10), date(2027, 1, 11), date(2027, 3, 31))
    session = session_for(sqlite_ctx, advisor, worker)
    page = AdvisorPage(session)
    qtbot.addWidget(page)
    page.show_week_of(date(2027, 1, 14))
    qtbot.waitUntil(lambda: len(page.week_view.entries()) == 1)
    qtbot.waitUntil(lambda: page.has_read(date(2027, 1, 18)))  # the next week was read ahead
    slot = next(s for s in list_slots(sqlite_ctx) if s.occurrence_date == date(2027, 1, 21))
    book_as(sqlite_ctx, staff, slot.id)  # another client books
    page.next_button.click()
    assert entry_state(page, f"slot:{slot.id}") is EntryState.OPEN  # shown from what was read
    session.notifier.announce({BOOKINGS})  # the store watcher's news
    qtbot.waitUntil(lambda: entry_state(page, f"slot:{slot.id}") is EntryState.SUMMARY_MISSING)


def test_the_editor_explains_a_rule_that_does_not_add_up_and_counts_occurrences(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    advisor = add_advisor(sqlite_ctx)
    page = open_advisor_page(qtbot, sqlite_ctx, advisor, worker)
    dialog = page.open_series_editor()
    qtbot.waitUntil(lambda: dialog.municipality_box.count() == 19)
    dialog.municipality_box.setCurrentIndex(dialog.municipality_box.findData("730"))
    dialog.from_edit.setDate(QDate(2027, 3, 1))
    dialog.until_edit.setDate(QDate(2027, 2, 1))
    assert dialog.message.text() == "Slutdatoen ligger før startdatoen."
    assert not dialog.save_button.isEnabled() and dialog.preview_model.rowCount() == 0
    qtbot.mouseClick(dialog.count_radio, Qt.MouseButton.LeftButton)
    dialog.count_box.setValue(4)
    dialog.every_box.setValue(2)
    assert dialog.message.text() == "" and dialog.save_button.isEnabled()
    days = [dialog.preview_model.index(r, 0).data() for r in range(dialog.preview_model.rowCount())]
    assert days == [
        "Monday 1 March 2027",
        "Monday 15 March 2027",
        "Monday 29 March 2027",
        "Monday 12 April 2027",
    ]
    assert dialog.preview_model.index(2, NOTE).data() == "Skipped: Anden påskedag"  # still counts
    dialog.type_box.setCurrentIndex(dialog.type_box.findText("Teaching"))
    assert dialog.capacity_box.isEnabled() and dialog.open_to_all_box.isEnabled()


def test_the_month_shows_the_booking_and_enter_opens_its_week(
    qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    advisor, _staff, _booking_id = booked_session(sqlite_ctx)
    page = open_advisor_page(qtbot, sqlite_ctx, advisor, worker)
    qtbot.mouseClick(page.month_button, Qt.MouseButton.LeftButton)
    assert page.period_label.text() == "January 2027"
    thursday = date(2027, 1, 14)
    qtbot.waitUntil(lambda: len(page.month_view.entries_on(thursday)) == 1)
    page.month_view.select_day(thursday)
    assert page.month_view.accessibleName().startswith(
        "Thursday 14 January 2027, 1 entries, 10:00 Randers summary missing"
    )
    qtbot.keyClick(page.month_view, Qt.Key.Key_Return)
    assert page.week_button.isChecked() and page.period_label.text().startswith("Week 2")
    qtbot.waitUntil(lambda: any(e.state is EntryState.SUMMARY_MISSING for e in page.week_view.entries()))


def test_the_editor_says_week_or_weeks_as_danish_does(
    danish: list[str], qtbot: Any, sqlite_ctx: Context, worker: Worker
) -> None:
    page = open_advisor_page(qtbot, sqlite_ctx, add_advisor(sqlite_ctx), worker)
    dialog = page.open_series_editor()
    assert (dialog.every_box.value(), dialog.every_box.suffix()) == (1, " uge")
    dialog.every_box.setValue(2)
    assert dialog.every_box.suffix() == " uger"
