"""Property test of materialisation through the real store: what is stored follows the rule."""

from __future__ import annotations

import uuid
from datetime import date, time
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.calendar import ClosureCalendar, ClosureDate
from app.domain.model import SlotFilter
from app.domain.recurrence import RecurrenceRule
from app.services import closures, series
from app.services.context import Context
from tests.integration.helpers import ADMIN, add_advisor

CPH = ZoneInfo("Europe/Copenhagen")
CLOSURES = [date(2027, 2, 12), date(2027, 4, 9), date(2027, 10, 13)]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    weekday=st.integers(0, 4),
    start=st.sampled_from([time(8), time(9, 30), time(13), time(15, 15)]),
    starts_on=st.dates(date(2027, 1, 1), date(2027, 6, 30)),
    every_weeks=st.integers(1, 4),
    count=st.integers(1, 40),
)
def test_stored_slots_and_skips_account_for_every_occurrence(
    ctx: Context, weekday: int, start: time, starts_on: date, every_weeks: int, count: int
) -> None:
    with ctx.store.read() as uow:
        fresh = not uow.people.list()
    if fresh:  # the store outlives the examples: set it up once
        for day in CLOSURES:
            closures.add_closure_date(ctx, ADMIN, day, "Personaledag")
    # An advisor of its own per example: one advisor's series may not lie on top of each other.
    advisor = add_advisor(ctx, f"{uuid.uuid4().hex[:12]}@bua.example")
    rule = RecurrenceRule(weekday, start, starts_on, every_weeks, count=count)
    created = series.create_series(ctx, ADMIN, series.SeriesSpec("730", advisor.email, rule))
    sid = created.series.id

    with ctx.store.read() as uow:
        stored = uow.slots.list(SlotFilter(series_id=sid))
        skipped = uow.skips.for_series(sid)
    calendar = ClosureCalendar(dates=[ClosureDate(d, "Personaledag") for d in CLOSURES])
    for slot in stored:
        local = slot.starts_at.astimezone(CPH)
        assert (local.weekday(), local.time()) == (weekday, start)
        assert calendar.closed_reason(local.date()) is None
    for skip in skipped:
        assert calendar.closed_reason(skip.occurrence_date) is not None
    accounted = sorted([s.occurrence_date for s in stored] + [s.occurrence_date for s in skipped])
    # Up to the rolling horizon; later occurrences come when the horizon moves on.
    assert accounted == list(rule.dates(until=created.series.materialised_until))
