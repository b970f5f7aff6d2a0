"""Case summaries across the pages on a real SQLite store: a staff member books a time from the list,
writes the summary in the form that opens and sends it; the advisor's week shows "resumé modtaget"
and the session panel shows the text; a booking without a summary past its deadline is late in the
advisor's week and listed in the booker's reminder bar. The staff page is in Danish (staff_da.ts)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.summary import SummaryState
from app.services import summaries
from app.services.bookings import list_bookings
from app.services.context import Context
from tests.integration.helpers import book_as
from tests.ui.conftest import session_for
from tests.ui.staff.conftest import World
from tests.ui.staff.page_helpers import as_actor, open_page
from ui.advisor.advisor_page import AdvisorPage
from ui.calendar.entries import EntryState
from ui.staff.book_dialog import BookDialog
from ui.summary.form import SummaryForm
from ui.worker import Worker

pytestmark = pytest.mark.usefixtures("danish")
QUESTION = "Skal vi henvise, eller kan vi fortsætte i Trin 2?"
PROBLEM = "Drengen på 11 år trækker sig fra frikvartererne og sover dårligt."


def _write_and_send(qtbot: Any, form: SummaryForm) -> None:
    qtbot.waitUntil(lambda: form.is_loaded)
    qtbot.keyClicks(form.question, QUESTION)
    qtbot.keyClicks(form.problem, PROBLEM)
    form.age_band.setCurrentIndex(form.age_band.findData("6-12"))
    form.step.setCurrentIndex(form.step.findData("trin_2"))
    instrument = form.screening.instrument
    instrument.setCurrentIndex(instrument.findData("ADHD-RS"))  # ranges not verified
    form.screening.score.setValue(30)
    form.screening.add_screening.click()
    assert form.screening.screenings.rowCount() == 1
    with qtbot.waitSignal(form.submitted, timeout=5000):
        qtbot.mouseClick(form.send, Qt.MouseButton.LeftButton)


def _slot_key(ctx: Context, booking_id: int) -> str:
    return f"slot:{next(b.slot_id for b in list_bookings(ctx) if b.id == booking_id)}"


def _state(page: AdvisorPage, key: str) -> EntryState | None:
    return next((e.state for e in page.week_view.entries() if e.key == key), None)


def test_booked_summarised_and_read_by_the_advisor_a_late_one_is_flagged_and_reminded(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    clock: Any = sqlite_ctx.clock
    late = book_as(sqlite_ctx, world.pia, world.sparring[1])  # Tuesday 19 January, no summary
    page = open_page(qtbot, sqlite_ctx, world, worker)
    qtbot.waitUntil(page.reminder_bar.isVisible)
    assert [line.text() for line in page.reminder_bar.lines] == [
        "Mødet tirsdag 19. januar 2027 kl. 13.00 – frist fredag 15. januar 2027."
    ]

    page.free_times.select_slot(world.sparring[0])  # Tuesday 12 January
    page.free_times.book_button.click()
    dialog = page.dialog
    assert isinstance(dialog, BookDialog)
    dialog.book_button.click()
    qtbot.waitUntil(lambda: len(page.summary_windows) == 1)
    ((booking_id, form),) = page.summary_windows.items()
    assert form.isWindow() and form.isVisible()
    assert QUESTION not in form.windowTitle()
    _write_and_send(qtbot, form)
    assert page.open_summary(booking_id) is form  # asked again: the same window, raised

    mine = page.my_bookings.model
    qtbot.waitUntil(
        lambda: [mine.index(r, 7).data() for r in range(mine.rowCount())] == ["Sendt", "Frist 15.01.2027"]
    )
    qtbot.waitUntil(lambda: "12. januar" not in page.reminder_bar.accessibleName())
    assert "19. januar" in page.reminder_bar.accessibleName()

    clock.day = date(2027, 1, 18)  # the Monday after: 19 January's summary was due Friday the 15th
    advisor = AdvisorPage(session_for(sqlite_ctx, world.advisor, worker))
    qtbot.addWidget(advisor)
    advisor.resize(1300, 760)
    advisor.show()
    late_key = _slot_key(sqlite_ctx, late.id)
    qtbot.waitUntil(lambda: _state(advisor, late_key) is EntryState.SUMMARY_LATE)
    advisor.show_week_of(date(2027, 1, 11))
    sent_key = _slot_key(sqlite_ctx, booking_id)
    # the session is over and nobody has recorded whether it was held: that is what the advisor sees
    qtbot.waitUntil(lambda: _state(advisor, sent_key) is EntryState.OUTCOME_MISSING)
    entry = next(e for e in advisor.week_view.entries() if e.key == sent_key)
    assert "udfald mangler" in entry.accessible_name and QUESTION not in entry.accessible_name

    advisor.week_view.entry_activated.emit(sent_key)
    panel = advisor.details
    qtbot.waitUntil(panel.summary.text.isVisible)
    shown = panel.summary.text.toPlainText()
    assert QUESTION in shown and PROBLEM in shown
    assert "6-12" in shown and "Trin 2" in shown
    assert "ADHD-RS" in shown and "(ikke verificeret)" in shown
    assert panel.summary.status.text().startswith("Sendt til BUA")
    assert all(QUESTION not in w.windowTitle() for w in QApplication.topLevelWidgets())

    advisor.show_week_of(date(2027, 1, 18))
    qtbot.waitUntil(lambda: _state(advisor, late_key) is EntryState.SUMMARY_LATE)
    advisor.week_view.entry_activated.emit(late_key)
    qtbot.waitUntil(lambda: panel.summary.status.text().startswith("For sent"))
    assert not panel.summary.text.isVisible()

    again = open_page(qtbot, sqlite_ctx, world, worker)  # the booker starts the app on Monday
    qtbot.waitUntil(again.reminder_bar.isVisible)
    assert [line.text() for line in again.reminder_bar.lines] == [
        "Mødet tirsdag 19. januar 2027 kl. 13.00 – for sent: fristen var fredag 15. januar 2027."
    ]
    qtbot.mouseClick(again.reminder_bar.buttons[0], Qt.MouseButton.LeftButton)
    assert list(again.summary_windows) == [late.id]


def test_closing_the_form_saves_the_draft_first(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    booking = book_as(sqlite_ctx, world.pia, world.sparring[0])
    page = open_page(qtbot, sqlite_ctx, world, worker)
    form = page.open_summary(booking.id)
    qtbot.waitUntil(lambda: form.is_loaded)
    qtbot.keyClicks(form.problem, PROBLEM)
    form.close()  # before the autosave: the window waits for the save, then goes
    qtbot.waitUntil(lambda: booking.id not in page.summary_windows)
    assert not shiboken6.isValid(form) or not form.isVisible()
    view = summaries.read(sqlite_ctx, as_actor(world.pia), booking.id)
    assert view.summary is not None and view.summary.state is SummaryState.DRAFT
    assert view.summary.content.problem == PROBLEM


def test_the_week_tab_books_a_free_time_by_keyboard(
    qtbot: Any, sqlite_ctx: Context, world: World, worker: Worker
) -> None:
    page = open_page(qtbot, sqlite_ctx, world, worker)
    page.tabs.setCurrentWidget(page.week)  # it opens on the week of the first free time, 12 January
    view = page.week.view
    assert [e.key for e in view.entries()] == [f"free:{world.sparring[0]}", f"free:{world.teaching}"]
    first = view.entries()[0]
    assert first.start == datetime(2027, 1, 12, 13, 0, tzinfo=first.start.tzinfo)
    assert first.state is EntryState.OPEN
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(page.dialog, BookDialog))
    dialog = page.dialog
    assert isinstance(dialog, BookDialog) and dialog.time.slot_id == world.sparring[0]
    dialog.book_button.click()
    key = f"free:{world.sparring[0]}"
    qtbot.waitUntil(lambda: key not in [e.key for e in view.entries()])
    (mine,) = [e for e in view.entries() if e.key.startswith("mine:")]
    assert mine.state is EntryState.SUMMARY_MISSING  # the own booking, waiting for its summary
    assert mine.detail == "Sagsresumé: Frist 08.01.2027"
