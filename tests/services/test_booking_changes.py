"""Cancelling and moving a booking: reason codes, the cut-off after which only BUA acts, moves that
keep the booking's identity, and stale versions. Every refusal is checked to have written nothing."""

from __future__ import annotations

from datetime import date

from app.domain.booking import BookingState, CancelReason, Outcome
from app.errors import Conflict, InvalidInput
from app.services import bookings
from app.services.context import Context
from tests.fakes import FixedClock
from tests.integration.helpers import actor_of, add_advisor, get_slot
from tests.services.booking_world import (
    FULL_1_TO_1,
    audit_actions,
    book_slot,
    make_world,
    refused,
    slot_on,
)

# --- cancelling -------------------------------------------------------------------------------------


def test_the_booker_cancels_with_a_reason_code_and_the_slot_is_open_at_once(ctx: Context) -> None:
    w = make_world(ctx)
    slot = slot_on(ctx, date(2027, 1, 13))
    booking = book_slot(ctx, w.pia, slot)
    with refused(ctx, InvalidInput, match="Ukendt årsag"):
        bookings.cancel(ctx, actor_of(w.pia), booking.id, "keine Lust")
    with refused(ctx, match="Kun den"):
        bookings.cancel(ctx, actor_of(w.jens), booking.id, CancelReason.ILLNESS)

    cancelled = bookings.cancel(ctx, actor_of(w.pia), booking.id, CancelReason.ILLNESS).booking

    assert cancelled.id == booking.id and cancelled.state is BookingState.CANCELLED
    assert cancelled.cancel_reason == "illness" and cancelled.version == 2
    assert get_slot(ctx, slot.id).booked_count == 0
    assert audit_actions(ctx, booking.id) == ["booking.created", "booking.cancelled"]
    with refused(ctx, match="kan ikke aflyses"):
        bookings.cancel(ctx, actor_of(w.pia), booking.id, CancelReason.ILLNESS)

    taken = book_slot(ctx, w.jens, slot)
    assert taken.slot_id == slot.id and get_slot(ctx, slot.id).booked_count == 1


def test_after_the_cutoff_only_the_advisor_cancels_and_must_give_a_reason(
    ctx: Context, clock: FixedClock
) -> None:
    w = make_world(ctx)
    slot = slot_on(ctx, date(2027, 1, 13))
    booking = book_slot(ctx, w.pia, slot)
    other = add_advisor(ctx, "bo@bua.example", "Bo Vang")

    clock.day = date(2027, 1, 11)  # the last day: two working days before Wednesday 13 January
    late = book_slot(ctx, w.jens, slot_on(ctx, date(2027, 1, 20)))
    clock.day = date(2027, 1, 12)
    with refused(ctx, match="Fristen for selv at aflyse var 2027-01-11"):
        bookings.cancel(ctx, actor_of(w.pia), booking.id, CancelReason.ILLNESS)
    with refused(ctx, match="Kun den"):
        bookings.cancel(ctx, actor_of(other), booking.id, "Sygdom hos BUA")
    with refused(ctx, InvalidInput, match="begrundelse"):
        bookings.cancel(ctx, actor_of(w.advisor), booking.id, "   ")

    cancelled = bookings.cancel(ctx, actor_of(w.advisor), booking.id, "Rådgiveren  er syg").booking

    assert cancelled.state is BookingState.CANCELLED_BY_BUA
    assert cancelled.cancel_reason == "Rådgiveren er syg" and cancelled.version == 2
    assert get_slot(ctx, slot.id).booked_count == 0
    assert audit_actions(ctx, booking.id) == ["booking.created", "booking.cancelled"]
    # Before its own cut-off the booker still cancels by themselves.
    assert (
        bookings.cancel(ctx, actor_of(w.jens), late.id, "case_resolved").booking.state
        is BookingState.CANCELLED
    )


# --- moving and versions ----------------------------------------------------------------------------


def test_reschedule_keeps_the_booking_and_moves_its_place(ctx: Context) -> None:
    w = make_world(ctx)
    old, new = slot_on(ctx, date(2027, 1, 13)), slot_on(ctx, date(2027, 1, 27))
    taken = slot_on(ctx, date(2027, 2, 3))
    booking = book_slot(ctx, w.pia, old)
    book_slot(ctx, w.jens, taken)
    with refused(ctx, match=FULL_1_TO_1):
        bookings.reschedule(ctx, actor_of(w.pia), booking.id, taken.id)
    with refused(ctx, InvalidInput, match="allerede"):
        bookings.reschedule(ctx, actor_of(w.pia), booking.id, old.id)
    with refused(ctx, match="Kun den"):
        bookings.reschedule(ctx, actor_of(w.jens), booking.id, new.id)

    moved = bookings.reschedule(ctx, actor_of(w.pia), booking.id, new.id).booking

    assert moved.id == booking.id and moved.version == booking.version + 1
    assert (moved.slot_id, moved.starts_at, moved.state) == (new.id, new.starts_at, BookingState.BOOKED)
    assert get_slot(ctx, old.id).booked_count == 0 and get_slot(ctx, new.id).booked_count == 1
    assert audit_actions(ctx, booking.id) == ["booking.created", "booking.rescheduled"]
    assert [b.id for b in bookings.list_bookings(ctx, person_email=w.pia.email)] == [booking.id]
    # The old time is open again at once; the advisor may move a booking too.
    book_slot(ctx, w.jens, old)
    by_bua = bookings.reschedule(
        ctx, actor_of(w.advisor), booking.id, slot_on(ctx, date(2027, 2, 10)).id
    ).booking
    assert by_bua.version == 3 and get_slot(ctx, new.id).booked_count == 0


def test_a_stale_version_is_a_conflict_and_writes_nothing(ctx: Context, clock: FixedClock) -> None:
    w = make_world(ctx)
    first, second = slot_on(ctx, date(2027, 1, 13)), slot_on(ctx, date(2027, 1, 20))
    booking = book_slot(ctx, w.pia, first)
    moved = bookings.reschedule(ctx, actor_of(w.pia), booking.id, second.id, expected_version=1).booking
    assert moved.version == 2

    target = slot_on(ctx, date(2027, 1, 27))
    with refused(ctx, Conflict, match="ændret af en anden"):
        bookings.reschedule(ctx, actor_of(w.pia), booking.id, target.id, expected_version=1)
    with refused(ctx, Conflict):
        bookings.cancel(ctx, actor_of(w.pia), booking.id, CancelReason.ILLNESS, expected_version=1)
    clock.day = date(2027, 1, 21)
    with refused(ctx, Conflict):
        bookings.set_outcome(ctx, actor_of(w.advisor), booking.id, Outcome.HELD, expected_version=1)
    assert get_slot(ctx, target.id).booked_count == 0 and get_slot(ctx, second.id).booked_count == 1

    held = bookings.set_outcome(
        ctx, actor_of(w.advisor), booking.id, Outcome.HELD, expected_version=2
    ).booking
    assert (held.state, held.version) == (BookingState.HELD, 3)
