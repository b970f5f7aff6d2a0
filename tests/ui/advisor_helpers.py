"""Driving the advisor page in tests: open it for an advisor, a booked session to open (Pia's booking on
Thursday 14 January 2027 at 10.00), and an entry's state in the week view.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from app.domain.model import Person
from app.services.context import Context
from app.services.slots import list_slots
from tests.integration.helpers import (
    add_advisor,
    add_member,
    book_as,
    weekly_series,
)
from tests.ui.conftest import session_for
from ui.advisor.advisor_page import AdvisorPage
from ui.calendar.entries import EntryState
from ui.worker import Worker

THURSDAY = 3


def open_advisor_page(qtbot: Any, ctx: Context, me: Person, worker: Worker) -> AdvisorPage:
    page = AdvisorPage(session_for(ctx, me, worker))
    qtbot.addWidget(page)
    page.resize(1300, 720)
    page.show()
    return page


def booked_session(ctx: Context) -> tuple[Person, Person, int]:
    """An advisor, a psychologist from Randers, and her booking on Thursday 14 January 2027 at 10.00."""
    advisor = add_advisor(ctx)
    staff = add_member(ctx, "pia@randers.example")
    result = weekly_series(ctx, advisor, THURSDAY, time(10), date(2027, 1, 11), date(2027, 3, 31))
    slots = list_slots(ctx, advisor_email=advisor.email)
    slot = next(s for s in slots if s.occurrence_date == date(2027, 1, 14))
    assert result.series.id == slot.series_id
    booking = book_as(ctx, staff, slot.id)
    return advisor, staff, booking.id


def entry_state(page: AdvisorPage, key: str) -> EntryState | None:
    return next((e.state for e in page.week_view.entries() if e.key == key), None)
