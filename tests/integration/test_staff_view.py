"""The staff page's read model on both engines: which times a municipal employee is offered, and
how their own bookings are ordered."""

from __future__ import annotations

from datetime import date, time

import pytest

from app.domain.booking import BookingState
from app.domain.model import ContactKind
from app.domain.recurrence import RecurrenceRule, SessionType
from app.domain.summary import DeadlineState
from app.errors import RuleRefused
from app.services.bookings import cancel, join_waitlist
from app.services.contacts import assign_contact
from app.services.context import Context
from app.services.series import SeriesSpec, create_series
from app.services.slots import list_slots
from app.services.staff_view import staff_overview
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member, book_as, weekly_series


def teaching(ctx: Context, advisor_email: str, municipality: str, day: date, open_to_all: bool) -> int:
    rule = RecurrenceRule(weekday=day.weekday(), start_time=time(9), starts_on=day, ends_on=day)
    spec = SeriesSpec(
        municipality, advisor_email, rule, SessionType.TEACHING, capacity=2, open_to_all=open_to_all
    )
    create_series(ctx, ADMIN, spec)
    (slot,) = list_slots(ctx, municipality, from_date=day, to_date=day)
    return slot.id


def test_offers_own_times_in_the_window_and_teaching_open_to_all(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    pia = add_member(ctx, "pia@randers.example", "730")
    assign_contact(ctx, ADMIN, "730", ContactKind.BUA_ADVISOR, advisor.email)
    # Tuesdays from 5 January (inside the 2-working-day lead time) to 20 April (beyond 8 weeks)
    weekly_series(ctx, advisor, 1, time(13), date(2027, 1, 5), date(2027, 4, 20))
    weekly_series(ctx, advisor, 3, time(10), date(2027, 1, 7), date(2027, 2, 25), municipality="751")
    open_teaching = teaching(ctx, advisor.email, "751", date(2027, 1, 13), open_to_all=True)
    teaching(ctx, advisor.email, "751", date(2027, 1, 20), open_to_all=False)

    overview = staff_overview(ctx, pia.id)

    assert overview.card.municipality_name == "Randers"
    assert overview.card.advisor is not None and overview.card.advisor.name == "Ulla Bak"
    assert overview.card.deputy is None
    offered = {(t.starts_at.date(), t.municipality_code, t.session_type) for t in overview.free_times}
    tuesdays = {d for d, code, _kind in offered if code == "730"}
    assert min(tuesdays) == date(2027, 1, 12)  # 5 January is inside the lead time
    assert max(tuesdays) == date(2027, 2, 23)  # booking opens 8 weeks ahead: up to Monday 1 March
    assert {code for _d, code, _k in offered} == {"730", "751"}
    assert [t.slot_id for t in overview.free_times if t.municipality_code == "751"] == [open_teaching]
    times = [t.starts_at for t in overview.free_times]
    assert times == sorted(times)


def test_full_teaching_is_offered_for_the_waitlist_and_held_times_are_left_out(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    pia = add_member(ctx, "pia@randers.example", "730")
    others = [add_member(ctx, f"staff{i}@aarhus.example", "751") for i in range(3)]
    weekly_series(ctx, advisor, 1, time(13), date(2027, 1, 12), date(2027, 1, 19))
    slot_id = teaching(ctx, advisor.email, "751", date(2027, 1, 13), open_to_all=True)
    for person in others[:2]:
        book_as(ctx, person, slot_id)
    (full,) = [t for t in staff_overview(ctx, pia.id).free_times if t.slot_id == slot_id]
    assert full.waitlist_only and full.places_left == 0

    join_waitlist(ctx, actor_of(pia), slot_id)
    first, second = list_slots(ctx, "730")
    booking = book_as(ctx, pia, first.id)
    overview = staff_overview(ctx, pia.id)
    assert [t.slot_id for t in overview.free_times] == [second.id]  # booked, waitlisted: not offered again
    assert [(b.slot_id, b.state) for b in overview.bookings] == [
        (first.id, BookingState.BOOKED),
        (slot_id, BookingState.WAITLISTED),
    ]
    assert all(b.upcoming for b in overview.bookings)
    sparring, waiting = overview.bookings
    assert sparring.summary is not None and sparring.summary.deadline == date(2027, 1, 8)
    assert sparring.summary.state is DeadlineState.MISSING
    assert waiting.summary is None  # a waitlist place on a teaching session waits for no summary

    cancel(ctx, actor_of(pia), booking.id, "illness")
    overview = staff_overview(ctx, pia.id)
    assert first.id in [t.slot_id for t in overview.free_times]
    assert {(b.booking_id, b.state) for b in overview.bookings} >= {(booking.id, BookingState.CANCELLED)}


def test_only_municipal_staff_have_a_staff_page(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    with pytest.raises(RuleRefused):
        staff_overview(ctx, advisor.id)
