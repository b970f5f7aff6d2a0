"""Sessions that have begun are history: moving them or an absence must leave them as they were."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from app.domain.booking import BookingState, Outcome
from app.domain.model import Actor
from app.errors import RuleRefused
from app.services import absences, bookings, slots
from app.services.context import Context
from tests.fakes import FixedClock
from tests.integration.helpers import add_advisor, add_staff, book_as, weekly_series


def test_a_started_session_cannot_be_moved(ctx: Context, clock: FixedClock) -> None:
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 2, time(10), date(2027, 1, 13), date(2027, 1, 27))
    first, second, _ = slots.list_slots(ctx)
    booking = book_as(ctx, add_staff(ctx, "pia@randers.example"), first.id)
    clock.day = date(2027, 1, 14)
    with pytest.raises(RuleRefused, match="begyndt eller overstået"):
        bookings.reschedule(ctx, Actor(advisor.id, advisor.email), booking.id, second.id)
    assert slots.list_slots(ctx)[0].booked_count == 1


def test_an_absence_over_past_days_leaves_held_sessions_alone(ctx: Context, clock: FixedClock) -> None:
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 2, time(10), date(2027, 1, 13), date(2027, 1, 27))
    first, *_ = slots.list_slots(ctx)
    booking = book_as(ctx, add_staff(ctx, "pia@randers.example"), first.id)
    clock.day = date(2027, 1, 14)
    bookings.set_outcome(ctx, Actor(advisor.id, advisor.email), booking.id, Outcome.HELD)

    result = absences.add_absence(
        ctx,
        Actor(advisor.id, advisor.email),
        advisor.email,
        date(2027, 1, 11),
        date(2027, 1, 14) + timedelta(days=14),
        "Sygdom",
        {},
    )

    assert result.open_cancelled == 2 and result.cancelled == [] and result.to_deputy == []
    [held] = bookings.list_bookings(ctx)
    assert (held.state, held.advisor_email) == (BookingState.HELD, advisor.email)
