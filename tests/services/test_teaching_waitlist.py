"""Teaching sessions: places, the waitlist whose first eligible person gets a freed place at once,
and teaching open to every municipality."""

from __future__ import annotations

from datetime import date, time

import pytest

from app.domain.booking import BookingState, CancelReason
from app.domain.model import (
    BookingFilter,
)
from app.domain.recurrence import RecurrenceRule, SessionType
from app.errors import InvalidInput, NotFound
from app.services import bookings, waitlist
from app.services.context import Context
from app.services.series import SeriesSpec, create_series
from tests.integration.helpers import ADMIN, actor_of, add_member, get_slot
from tests.services.booking_world import (
    audit_actions,
    book_slot,
    make_world,
    refused,
    slot_on,
    teaching_series,
)

# --- teaching: capacity and waitlist -----------------------------------------------------------------


def test_teaching_has_places_and_a_waitlist_and_the_first_waiting_gets_a_freed_place(ctx: Context) -> None:
    w = make_world(ctx)
    teaching_series(ctx, w.advisor, capacity=2)
    lesson = slot_on(ctx, date(2027, 1, 14))
    assert (lesson.session_type, lesson.capacity) == (SessionType.TEACHING, 2)
    ane, bo, carl = (add_member(ctx, f"{n}@randers.example", name=n.title()) for n in ("ane", "bo", "carl"))
    with refused(ctx, match="stadig ledige pladser"):
        waitlist.join_waitlist(ctx, actor_of(carl), lesson.id)

    first = book_slot(ctx, w.pia, lesson)
    book_slot(ctx, w.jens, lesson)
    assert get_slot(ctx, lesson.id).booked_count == 2
    with refused(ctx, match="Undervisningen er fuld"):
        book_slot(ctx, ane, lesson)
    with refused(ctx, match="Kun undervisning"):
        waitlist.join_waitlist(ctx, actor_of(ane), slot_on(ctx, date(2027, 1, 13)).id)
    with refused(ctx, match="allerede en plads"):
        waitlist.join_waitlist(ctx, actor_of(w.pia), lesson.id)

    for person in (ane, bo, carl):
        entry = waitlist.join_waitlist(ctx, actor_of(person), lesson.id)
        assert entry.state is BookingState.WAITLISTED and audit_actions(ctx, entry.id) == ["waitlist.joined"]
    with refused(ctx, match="allerede en plads"):
        waitlist.join_waitlist(ctx, actor_of(bo), lesson.id)
    assert get_slot(ctx, lesson.id).booked_count == 2  # the waitlist takes no place
    left = waitlist.leave_waitlist(ctx, actor_of(ane), lesson.id)
    assert left.state is BookingState.CANCELLED and audit_actions(ctx, left.id) == [
        "waitlist.joined",
        "waitlist.left",
    ]
    with refused(ctx, NotFound):
        waitlist.leave_waitlist(ctx, actor_of(ane), lesson.id)
    assert [e.person_id for e in waitlist.entries(ctx, lesson.id)] == [bo.id, carl.id]

    change = bookings.cancel(ctx, actor_of(w.pia), first.id, CancelReason.ILLNESS)

    assert get_slot(ctx, lesson.id).booked_count == 2
    [promoted] = [b for b in bookings.list_bookings(ctx, person_email=bo.email) if b.slot_id == lesson.id]
    assert change.promoted == (promoted.id,)  # whose invite is new besides the cancelled booking's
    assert promoted.state is BookingState.BOOKED and promoted.version == 2
    assert audit_actions(ctx, promoted.id) == ["waitlist.joined", "waitlist.promoted"]
    assert [e.person_id for e in waitlist.entries(ctx, lesson.id)] == [carl.id]
    with ctx.store.read() as uow:
        occupying = uow.bookings.list(BookingFilter(slot_id=lesson.id, states=frozenset({"booked"})))
    assert sorted(b.person_id for b in occupying) == sorted([w.jens.id, bo.id])


def test_moving_a_teaching_place_gives_it_to_the_first_waiting(ctx: Context) -> None:
    w = make_world(ctx)
    teaching_series(ctx, w.advisor, capacity=2)
    lesson, next_week = slot_on(ctx, date(2027, 1, 14)), slot_on(ctx, date(2027, 1, 21))
    first = book_slot(ctx, w.pia, lesson)
    book_slot(ctx, w.jens, lesson)
    bo = add_member(ctx, "bo@randers.example", name="Bo")
    waiting = waitlist.join_waitlist(ctx, actor_of(bo), lesson.id)

    change = bookings.reschedule(ctx, actor_of(w.pia), first.id, next_week.id)

    assert change.booking.slot_id == next_week.id and change.promoted == (waiting.id,)
    assert audit_actions(ctx, waiting.id) == ["waitlist.joined", "waitlist.promoted"]


def test_open_teaching_admits_every_municipality_and_closed_teaching_does_not(ctx: Context) -> None:
    w = make_world(ctx)
    ole = add_member(ctx, "ole@aarhus.example", municipality="751")
    teaching_series(ctx, w.advisor, capacity=3)
    closed = slot_on(ctx, date(2027, 1, 14))
    with refused(ctx, match="anden kommune"):
        book_slot(ctx, ole, closed)

    rule = RecurrenceRule(
        weekday=4, start_time=time(9), starts_on=date(2027, 1, 8), ends_on=date(2027, 3, 26)
    )
    spec = SeriesSpec("730", w.advisor.email, rule, SessionType.TEACHING, 3, open_to_all=True)
    create_series(ctx, ADMIN, spec)
    with pytest.raises(InvalidInput):  # only teaching may be open to all
        create_series(ctx, ADMIN, SeriesSpec("730", w.advisor.email, rule, open_to_all=True))
    open_lesson = slot_on(ctx, date(2027, 1, 15))
    booking = book_slot(ctx, ole, open_lesson)
    assert (booking.municipality_code, booking.slot_municipality_code) == ("751", "730")
    assert get_slot(ctx, open_lesson.id).booked_count == 1
