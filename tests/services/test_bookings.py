"""Booking through the services: the 1:1 rule, who may book, the GP as a guest, the booking window,
caps and quotas. Every refusal is checked to have written nothing."""

from __future__ import annotations

from datetime import date, time

from app.domain.booking import BookingState, CancelReason, GpGuest
from app.domain.model import (
    NewPerson,
    Profession,
    Role,
)
from app.domain.recurrence import SessionType
from app.errors import InvalidInput, NotFound
from app.services import bookings, closures, rules
from app.services.context import Context
from app.services.people import add_person
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN, actor_of, add_member, get_slot, weekly_series
from tests.services.booking_world import (
    FULL_1_TO_1,
    audit_actions,
    book_slot,
    make_world,
    refused,
    slot_on,
    stored_booking,
    teaching_series,
)

# --- booking ----------------------------------------------------------------------------------------


def test_booking_an_open_slot_makes_it_booked_and_is_audited(ctx: Context) -> None:
    w = make_world(ctx)
    slot = slot_on(ctx, date(2027, 1, 13))
    assert slot.booked_count == 0 and slot.capacity == 1

    booking = book_slot(ctx, w.pia, slot)

    assert booking.state is BookingState.BOOKED and booking.version == 1
    assert (booking.slot_id, booking.person_id, booking.municipality_code) == (slot.id, w.pia.id, "730")
    assert (booking.starts_at, booking.advisor_id, booking.session_type) == (
        slot.starts_at,
        w.advisor.id,
        SessionType.SPARRING,
    )
    after = get_slot(ctx, slot.id)
    assert after.booked_count == 1 and after.status.value == "booked"
    assert audit_actions(ctx, booking.id) == ["booking.created"]
    with ctx.store.read() as uow:
        entry = uow.audit.list("booking", str(booking.id))[0]
    assert entry.actor.person_id == w.pia.id and entry.municipality_code == "730"
    assert entry.after is not None and entry.after["state"] == "booked" and entry.after["slot_id"] == slot.id
    assert [b.id for b in bookings.list_bookings(ctx, person_email=w.pia.email)] == [booking.id]


def test_a_one_to_one_slot_takes_exactly_one_participant(ctx: Context) -> None:
    w = make_world(ctx)
    slot = slot_on(ctx, date(2027, 1, 13))
    book_slot(ctx, w.pia, slot)

    with refused(ctx, match=FULL_1_TO_1):
        book_slot(ctx, w.jens, slot)
    with refused(ctx):  # nor twice by the same person
        book_slot(ctx, w.pia, slot)
    assert get_slot(ctx, slot.id).booked_count == 1


def test_staff_of_another_municipality_cannot_book(ctx: Context) -> None:
    make_world(ctx)
    aarhus = add_member(ctx, "ole@aarhus.example", municipality="751")
    slot = slot_on(ctx, date(2027, 1, 13))
    with refused(ctx, match="anden kommune"):
        book_slot(ctx, aarhus, slot)


def test_an_ineligible_profession_cannot_book_until_the_rules_allow_it(ctx: Context) -> None:
    make_world(ctx)
    teacher = add_member(ctx, "lis@randers.example", profession=Profession.OTHER, name="Lis Dam")
    slot = slot_on(ctx, date(2027, 1, 13))
    with refused(ctx, match="faggruppe"):
        book_slot(ctx, teacher, slot)

    rules.set_rule(ctx, ADMIN, "eligible_professions", "psychologist,other")
    assert book_slot(ctx, teacher, slot).state is BookingState.BOOKED


def test_advisors_and_anonymous_actors_cannot_book(ctx: Context) -> None:
    w = make_world(ctx)
    slot = slot_on(ctx, date(2027, 1, 13))
    with refused(ctx, match="kommunale medarbejdere"):
        book_slot(ctx, w.advisor, slot)
    with refused(ctx, match="--as"):
        bookings.book(ctx, ADMIN, slot.id)
    with refused(ctx, NotFound):
        bookings.book(ctx, actor_of(w.pia), 999_999)


def test_a_gp_is_a_guest_on_a_booking_and_never_a_booker(ctx: Context) -> None:
    w = make_world(ctx)
    gp = add_person(
        ctx, ADMIN, NewPerson("laege@klinik.example", "Karen Lund", Role.GP, clinic="Lægehuset Randers")
    )
    slot = slot_on(ctx, date(2027, 1, 13))
    with refused(ctx, match="kommunale medarbejdere"):
        book_slot(ctx, gp, slot)
    with refused(ctx, InvalidInput, match="lægens"):
        book_slot(ctx, w.pia, slot, GpGuest("Karen Lund", "not-an-address"))

    booking = book_slot(ctx, w.pia, slot, GpGuest("  Karen  Lund ", " Laege@Klinik.example ", " Lægehuset "))

    assert booking.gp == GpGuest("Karen Lund", "laege@klinik.example", "Lægehuset")
    assert stored_booking(ctx, booking.id).gp == booking.gp
    assert get_slot(ctx, slot.id).booked_count == 1  # the employee only: the GP takes no place

    # On a teaching slot with two places the GP guest leaves the second place free.
    teaching = teaching_series(ctx, w.advisor, capacity=2)
    lesson = slot_on(ctx, date(2027, 1, 14))
    book_slot(ctx, w.pia, lesson, GpGuest("Karen Lund", "laege@klinik.example"))
    assert get_slot(ctx, lesson.id).booked_count == 1
    assert book_slot(ctx, w.jens, lesson).state is BookingState.BOOKED
    assert get_slot(ctx, lesson.id).booked_count == 2
    assert teaching.weekday == 3


# --- the booking window, caps and quotas ---------------------------------------------------------------


def test_booking_opens_eight_weeks_ahead(ctx: Context) -> None:
    # Today is Monday 4 January 2027: Monday 1 March is exactly eight weeks ahead, 8 March is not.
    w = make_world(ctx, weekday=0, starts_on=date(2027, 1, 4))
    last = slot_on(ctx, date(2027, 3, 1))
    too_early = slot_on(ctx, date(2027, 3, 8))
    with refused(ctx, match="først bookes fra 2027-01-11"):
        book_slot(ctx, w.pia, too_early)
    assert book_slot(ctx, w.pia, last).state is BookingState.BOOKED

    rules.set_rule(ctx, ADMIN, "horizon_weeks", "9")
    assert book_slot(ctx, w.jens, too_early).state is BookingState.BOOKED


def test_booking_closes_two_working_days_before(ctx: Context, clock: FixedClock) -> None:
    w = make_world(ctx, weekday=0, starts_on=date(2027, 1, 4))
    weekly_series(ctx, w.advisor, 2, time(10), date(2027, 1, 6), date(2027, 3, 31))
    started = slot_on(ctx, date(2027, 1, 4))  # today at 10:00; the clock says noon
    with refused(ctx, match="overstået"):
        book_slot(ctx, w.pia, started)
    # Wednesday 6 January: Monday 4 January is two working days before, so today is the last day.
    wednesday = slot_on(ctx, date(2027, 1, 6))
    clock.day = date(2027, 1, 5)
    with refused(ctx, match="lukkede 2027-01-04"):
        book_slot(ctx, w.pia, wednesday)
    clock.day = date(2027, 1, 4)
    assert book_slot(ctx, w.pia, wednesday).state is BookingState.BOOKED
    # Monday 11 January: two working days before is Thursday 7 January, not Saturday 9 January.
    monday = slot_on(ctx, date(2027, 1, 11))
    clock.day = date(2027, 1, 8)
    with refused(ctx, match="lukkede 2027-01-07"):
        book_slot(ctx, w.jens, monday)


def test_holidays_and_closure_days_are_not_working_days_for_the_deadline(
    ctx: Context, clock: FixedClock
) -> None:
    w = make_world(ctx, weekday=1, starts_on=date(2027, 1, 5))
    weekly_series(ctx, w.advisor, 2, time(10), date(2027, 1, 6), date(2027, 3, 31))
    # Tuesday 30 March 2027 comes after Easter: Monday 29, Friday 26 and Thursday 25 March are
    # holidays, so the booking closes Tuesday 23 March, a whole week before.
    after_easter = slot_on(ctx, date(2027, 3, 30))
    clock.day = date(2027, 3, 24)
    with refused(ctx, match="lukkede 2027-03-23"):
        book_slot(ctx, w.pia, after_easter)
    clock.day = date(2027, 3, 23)
    assert book_slot(ctx, w.pia, after_easter).state is BookingState.BOOKED

    # A closure day on Tuesday 12 January moves the deadline for Wednesday 13 January back to Friday.
    clock.day = date(2027, 1, 11)
    wednesday = slot_on(ctx, date(2027, 1, 13))
    closures.add_closure_date(ctx, ADMIN, date(2027, 1, 12), "Temadag i BUA")
    with refused(ctx, match="lukkede 2027-01-08"):
        book_slot(ctx, w.jens, wednesday)
    closures.remove_closure_date(ctx, ADMIN, date(2027, 1, 12))
    assert book_slot(ctx, w.jens, wednesday).state is BookingState.BOOKED


def test_a_person_holds_at_most_two_future_bookings(ctx: Context, clock: FixedClock) -> None:
    w = make_world(ctx)
    first = book_slot(ctx, w.pia, slot_on(ctx, date(2027, 1, 13)))
    book_slot(ctx, w.pia, slot_on(ctx, date(2027, 1, 20)))
    third = slot_on(ctx, date(2027, 1, 27))
    with refused(ctx, match="2 kommende bookinger"):
        book_slot(ctx, w.pia, third)
    assert book_slot(ctx, w.jens, third).state is BookingState.BOOKED  # the cap is per person

    bookings.cancel(ctx, actor_of(w.pia), first.id, CancelReason.PLANNING)
    fourth = book_slot(ctx, w.pia, slot_on(ctx, date(2027, 2, 3)))
    # A session that has taken place no longer counts.
    clock.day = date(2027, 1, 21)
    book_slot(ctx, w.pia, slot_on(ctx, date(2027, 2, 10)))
    with refused(ctx, match="2 kommende"):
        book_slot(ctx, w.pia, slot_on(ctx, date(2027, 2, 17)))
    # The administrator can raise the cap.
    rules.set_rule(ctx, ADMIN, "max_future_bookings", "3")
    assert book_slot(ctx, w.pia, slot_on(ctx, date(2027, 2, 17))).state is BookingState.BOOKED
    assert fourth.state is BookingState.BOOKED


def test_a_monthly_quota_per_municipality(ctx: Context) -> None:
    w = make_world(ctx)
    aarhus_series = weekly_series(
        ctx, w.advisor, 2, time(13), date(2027, 1, 6), date(2027, 3, 31), municipality="751"
    )
    ole = add_member(ctx, "ole@aarhus.example", municipality="751")
    rules.set_rule(ctx, ADMIN, "monthly_quota", "730=1")
    assert rules.get_rules(ctx).monthly_quota == {"730": 1}

    january = book_slot(ctx, w.pia, slot_on(ctx, date(2027, 1, 13)))
    with refused(ctx, match="kvote på 1"):
        book_slot(ctx, w.jens, slot_on(ctx, date(2027, 1, 20)))
    assert book_slot(ctx, w.jens, slot_on(ctx, date(2027, 2, 3))).state is BookingState.BOOKED
    # Aarhus has no quota.
    assert aarhus_series.series.municipality_code == "751"
    book_slot(ctx, ole, slot_on(ctx, date(2027, 1, 13), "751"))
    book_slot(ctx, ole, slot_on(ctx, date(2027, 1, 20), "751"))
    # A cancelled booking gives the month's place back; moving within the month does not use two.
    bookings.cancel(ctx, actor_of(w.pia), january.id, CancelReason.NOT_NEEDED)
    again = book_slot(ctx, w.pia, slot_on(ctx, date(2027, 1, 20)))
    moved = bookings.reschedule(ctx, actor_of(w.pia), again.id, slot_on(ctx, date(2027, 1, 27)).id).booking
    assert moved.id == again.id and moved.state is BookingState.BOOKED
