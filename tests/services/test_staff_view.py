"""The staff page's read model on both engines: which times a municipal employee is offered, in
which groups, why one cannot be booked, which comes first, and how their own bookings are ordered."""

from __future__ import annotations

from datetime import date, time

import pytest

from app.domain.booking import BookingState
from app.domain.model import ContactKind, Profession
from app.domain.recurrence import RecurrenceRule, SessionType
from app.domain.summary import DeadlineState
from app.errors import RuleRefused
from app.services.bookings import cancel
from app.services.contacts import assign_contact
from app.services.context import Context
from app.services.rules import set_rule
from app.services.series import SeriesSpec, create_series
from app.services.slots import list_slots
from app.services.staff_view import (
    GroupKind,
    Refusal,
    RefusalReason,
    move_choices,
    next_free_time,
    staff_overview,
)
from app.services.waitlist import join_waitlist
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


def test_the_fixed_contacts_sessions_come_first_then_teaching(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    pia = add_member(ctx, "pia@randers.example", "730")
    assign_contact(ctx, ADMIN, "730", ContactKind.BUA_ADVISOR, advisor.email)
    open_teaching = teaching(ctx, advisor.email, "751", date(2027, 1, 6), open_to_all=True)  # earliest
    weekly_series(ctx, advisor, 1, time(13), date(2027, 1, 12), date(2027, 1, 19))

    overview = staff_overview(ctx, pia.id)

    contact, group_teaching = overview.groups
    assert (contact.kind, contact.contact_name) == (GroupKind.CONTACT, "Ulla Bak")
    assert [t.session_type for t in contact.times] == [SessionType.SPARRING, SessionType.SPARRING]
    assert (group_teaching.kind, group_teaching.open_to_all) == (GroupKind.TEACHING, True)
    assert [t.slot_id for t in group_teaching.times] == [open_teaching]
    assert overview.first_bookable is not None and overview.first_bookable.slot_id == open_teaching


def test_at_the_cap_every_time_says_why_and_none_is_bookable(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    pia = add_member(ctx, "pia@randers.example", "730")
    weekly_series(ctx, advisor, 1, time(13), date(2027, 1, 12), date(2027, 2, 9))
    first, second, *rest = list_slots(ctx, "730")
    book_as(ctx, pia, first.id)
    assert all(t.bookable for t in staff_overview(ctx, pia.id).free_times)
    book_as(ctx, pia, second.id)

    overview = staff_overview(ctx, pia.id)

    assert overview.at_cap
    assert [t.slot_id for t in overview.free_times] == [s.id for s in rest]
    assert {t.refusal for t in overview.free_times} == {Refusal(RefusalReason.AT_CAP, 2)}
    assert not any(t.bookable for t in overview.free_times)
    # nothing can be booked: the page still opens on the first time with a place, which says why
    assert overview.first_bookable is not None and overview.first_bookable.slot_id == rest[0].id
    # a move adds no booking, so the cap does not refuse it
    (moving, _other) = overview.bookings
    choices = move_choices(overview.free_times, moving)
    assert [t.slot_id for t in choices] == [s.id for s in rest]
    assert all(t.bookable for t in choices)


def test_a_used_monthly_quota_refuses_that_months_times_and_the_next_month_opens_first(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    pia = add_member(ctx, "pia@randers.example", "730")
    bo = add_member(ctx, "bo@randers.example", "730", name="Bo Lind")
    weekly_series(ctx, advisor, 1, time(13), date(2027, 1, 12), date(2027, 2, 9))
    set_rule(ctx, ADMIN, "monthly_quota", "730=1")
    january = list_slots(ctx, "730", to_date=date(2027, 1, 31))
    book_as(ctx, bo, january[0].id)  # a colleague used Randers' one session in January

    overview = staff_overview(ctx, pia.id)

    refused = {t.starts_at.month: t.refusal for t in overview.free_times}
    assert refused == {1: Refusal(RefusalReason.MONTHLY_QUOTA, 1), 2: None}
    first = overview.first_bookable
    assert first is not None and first.starts_at.date() == date(2027, 2, 2)


def test_a_profession_that_may_not_book_sees_the_times_refused(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    other = add_member(ctx, "leder@randers.example", "730", Profession.OTHER)
    weekly_series(ctx, advisor, 1, time(13), date(2027, 1, 12), date(2027, 1, 19))
    times = staff_overview(ctx, other.id).free_times
    assert times and {t.refusal for t in times} == {Refusal(RefusalReason.NOT_ELIGIBLE)}


def test_the_next_free_time_skips_full_teaching_and_looks_from_a_day_on(ctx: Context) -> None:
    advisor = add_advisor(ctx)
    pia = add_member(ctx, "pia@randers.example", "730")
    others = [add_member(ctx, f"staff{i}@aarhus.example", "751") for i in range(2)]
    full = teaching(ctx, advisor.email, "751", date(2027, 1, 13), open_to_all=True)
    for person in others:
        book_as(ctx, person, full)
    weekly_series(ctx, advisor, 1, time(13), date(2027, 1, 19), date(2027, 1, 26))
    tuesday_19, tuesday_26 = list_slots(ctx, "730")
    times = staff_overview(ctx, pia.id).free_times

    assert [t.slot_id for t in times] == [full, tuesday_19.id, tuesday_26.id]
    found = next_free_time(times)
    assert found is not None and found.slot_id == tuesday_19.id  # the full one has no place to book
    later = next_free_time(times, date(2027, 1, 20))
    assert later is not None and later.slot_id == tuesday_26.id
    assert next_free_time(times, date(2027, 1, 27)) is None
