"""Bookings through the services on a real store (SQLite file and PostgreSQL): the 1:1 rule, who may
book, the booking window, caps and quotas, cancelling, moving, the teaching waitlist, the outcome of a
session and an advisor's absence. Every refusal is checked to have written nothing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, time
from zoneinfo import ZoneInfo

import pytest

from app.domain.booking import Booking, BookingState, CancelReason, GpGuest, Outcome
from app.domain.model import (
    Actor,
    BookingFilter,
    ContactKind,
    NewPerson,
    Person,
    Profession,
    Role,
    Slot,
    SlotFilter,
)
from app.domain.recurrence import RecurrenceRule, SessionType
from app.errors import BuaError, Conflict, InvalidInput, NotFound, RuleRefused
from app.services import absences, bookings, closures, contacts, rules, slots
from app.services.absences import Handling
from app.services.context import Context
from app.services.people import add_person
from app.services.series import SeriesSpec, create_series
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member, get_slot, weekly_series

CPH = ZoneInfo("Europe/Copenhagen")
FULL_1_TO_1 = "Tiden er allerede booket."


# --- set-up -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class World:
    advisor: Person
    pia: Person
    jens: Person


def _world(ctx: Context, weekday: int = 2, starts_on: date = date(2027, 1, 6)) -> World:
    """An advisor with a weekly 1:1 series in Randers (Wednesdays 10:00 by default), two employees."""
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, weekday, time(10), starts_on, date(2027, 6, 30))
    pia = add_member(ctx, "pia@randers.example")
    jens = add_member(ctx, "jens@randers.example", profession=Profession.SOCIAL_WORKER, name="Jens Berg")
    return World(advisor, pia, jens)


def _slot_on(ctx: Context, day: date, municipality: str = "730", hour: int | None = None) -> Slot:
    found = [
        s
        for s in slots.list_slots(ctx, municipality_code=municipality, from_date=day, to_date=day)
        if hour is None or s.starts_at.astimezone(CPH).hour == hour
    ]
    assert len(found) == 1, f"expected one slot on {day} in {municipality}, found {found}"
    return found[0]


def _book(ctx: Context, person: Person, slot: Slot, gp: GpGuest | None = None) -> Booking:
    return bookings.book(ctx, actor_of(person), slot.id, gp)


def _booking(ctx: Context, booking_id: int) -> Booking:
    with ctx.store.read() as uow:
        found = uow.bookings.get(booking_id)
    assert found is not None
    return found


def _audit(ctx: Context, entity_id: int | None = None) -> list[str]:
    with ctx.store.read() as uow:
        entries = uow.audit.list("booking", str(entity_id) if entity_id is not None else None)
    return [e.action for e in entries]


def _snapshot(ctx: Context) -> tuple[object, ...]:
    """Everything a booking service may write: slots, bookings, absences, skips and the audit log."""
    with ctx.store.read() as uow:
        return (
            [(s.id, s.booked_count, s.advisor_id, s.starts_at) for s in uow.slots.list(SlotFilter())],
            [
                (b.id, b.slot_id, b.state, b.version, b.cancel_reason, b.starts_at)
                for b in uow.bookings.list(BookingFilter())
            ],
            uow.absences.list(),
            uow.skips.list(None, None, date.min, date.max),
            len(uow.audit.list()),
            uow.settings.get("booking_rules"),
        )


@contextmanager
def _refused(ctx: Context, error: type[BuaError] = RuleRefused, match: str | None = None) -> Iterator[None]:
    """The call inside must raise `error` and leave the store exactly as it was."""
    before = _snapshot(ctx)
    with pytest.raises(error, match=match):
        yield
    assert _snapshot(ctx) == before, "a refused call wrote to the store"


# --- booking ----------------------------------------------------------------------------------------


def test_booking_an_open_slot_makes_it_booked_and_is_audited(ctx: Context) -> None:
    w = _world(ctx)
    slot = _slot_on(ctx, date(2027, 1, 13))
    assert slot.booked_count == 0 and slot.capacity == 1

    booking = _book(ctx, w.pia, slot)

    assert booking.state is BookingState.BOOKED and booking.version == 1
    assert (booking.slot_id, booking.person_id, booking.municipality_code) == (slot.id, w.pia.id, "730")
    assert (booking.starts_at, booking.advisor_id, booking.session_type) == (
        slot.starts_at,
        w.advisor.id,
        SessionType.SPARRING,
    )
    after = get_slot(ctx, slot.id)
    assert after.booked_count == 1 and after.status.value == "booked"
    assert _audit(ctx, booking.id) == ["booking.created"]
    with ctx.store.read() as uow:
        entry = uow.audit.list("booking", str(booking.id))[0]
    assert entry.actor.person_id == w.pia.id and entry.municipality_code == "730"
    assert entry.after is not None and entry.after["state"] == "booked" and entry.after["slot_id"] == slot.id
    assert [b.id for b in bookings.list_bookings(ctx, person_email=w.pia.email)] == [booking.id]


def test_a_one_to_one_slot_takes_exactly_one_participant(ctx: Context) -> None:
    w = _world(ctx)
    slot = _slot_on(ctx, date(2027, 1, 13))
    _book(ctx, w.pia, slot)

    with _refused(ctx, match=FULL_1_TO_1):
        _book(ctx, w.jens, slot)
    with _refused(ctx):  # nor twice by the same person
        _book(ctx, w.pia, slot)
    assert get_slot(ctx, slot.id).booked_count == 1


def test_staff_of_another_municipality_cannot_book(ctx: Context) -> None:
    _world(ctx)
    aarhus = add_member(ctx, "ole@aarhus.example", municipality="751")
    slot = _slot_on(ctx, date(2027, 1, 13))
    with _refused(ctx, match="anden kommune"):
        _book(ctx, aarhus, slot)


def test_an_ineligible_profession_cannot_book_until_the_rules_allow_it(ctx: Context) -> None:
    _world(ctx)
    teacher = add_member(ctx, "lis@randers.example", profession=Profession.OTHER, name="Lis Dam")
    slot = _slot_on(ctx, date(2027, 1, 13))
    with _refused(ctx, match="faggruppe"):
        _book(ctx, teacher, slot)

    rules.set_rule(ctx, ADMIN, "eligible_professions", "psychologist,other")
    assert _book(ctx, teacher, slot).state is BookingState.BOOKED


def test_advisors_and_anonymous_actors_cannot_book(ctx: Context) -> None:
    w = _world(ctx)
    slot = _slot_on(ctx, date(2027, 1, 13))
    with _refused(ctx, match="kommunale medarbejdere"):
        _book(ctx, w.advisor, slot)
    with _refused(ctx, match="--as"):
        bookings.book(ctx, ADMIN, slot.id)
    with _refused(ctx, NotFound):
        bookings.book(ctx, actor_of(w.pia), 999_999)


def test_a_gp_is_a_guest_on_a_booking_and_never_a_booker(ctx: Context) -> None:
    w = _world(ctx)
    gp = add_person(
        ctx, ADMIN, NewPerson("laege@klinik.example", "Karen Lund", Role.GP, clinic="Lægehuset Randers")
    )
    slot = _slot_on(ctx, date(2027, 1, 13))
    with _refused(ctx, match="kommunale medarbejdere"):
        _book(ctx, gp, slot)
    with _refused(ctx, InvalidInput, match="lægens"):
        _book(ctx, w.pia, slot, GpGuest("Karen Lund", "not-an-address"))

    booking = _book(ctx, w.pia, slot, GpGuest("  Karen  Lund ", " Laege@Klinik.example ", " Lægehuset "))

    assert booking.gp == GpGuest("Karen Lund", "laege@klinik.example", "Lægehuset")
    assert _booking(ctx, booking.id).gp == booking.gp
    assert get_slot(ctx, slot.id).booked_count == 1  # the employee only: the GP takes no place

    # On a teaching slot with two places the GP guest leaves the second place free.
    teaching = _teaching_series(ctx, w.advisor, capacity=2)
    lesson = _slot_on(ctx, date(2027, 1, 14))
    _book(ctx, w.pia, lesson, GpGuest("Karen Lund", "laege@klinik.example"))
    assert get_slot(ctx, lesson.id).booked_count == 1
    assert _book(ctx, w.jens, lesson).state is BookingState.BOOKED
    assert get_slot(ctx, lesson.id).booked_count == 2
    assert teaching.weekday == 3


# --- the booking window, caps and quotas ---------------------------------------------------------------


def test_booking_opens_eight_weeks_ahead(ctx: Context) -> None:
    # Today is Monday 4 January 2027: Monday 1 March is exactly eight weeks ahead, 8 March is not.
    w = _world(ctx, weekday=0, starts_on=date(2027, 1, 4))
    last = _slot_on(ctx, date(2027, 3, 1))
    too_early = _slot_on(ctx, date(2027, 3, 8))
    with _refused(ctx, match="først bookes fra 2027-01-11"):
        _book(ctx, w.pia, too_early)
    assert _book(ctx, w.pia, last).state is BookingState.BOOKED

    rules.set_rule(ctx, ADMIN, "horizon_weeks", "9")
    assert _book(ctx, w.jens, too_early).state is BookingState.BOOKED


def test_booking_closes_two_working_days_before(ctx: Context, clock: FixedClock) -> None:
    w = _world(ctx, weekday=0, starts_on=date(2027, 1, 4))
    weekly_series(ctx, w.advisor, 2, time(10), date(2027, 1, 6), date(2027, 3, 31))
    started = _slot_on(ctx, date(2027, 1, 4))  # today at 10:00; the clock says noon
    with _refused(ctx, match="overstået"):
        _book(ctx, w.pia, started)
    # Wednesday 6 January: Monday 4 January is two working days before, so today is the last day.
    wednesday = _slot_on(ctx, date(2027, 1, 6))
    clock.day = date(2027, 1, 5)
    with _refused(ctx, match="lukkede 2027-01-04"):
        _book(ctx, w.pia, wednesday)
    clock.day = date(2027, 1, 4)
    assert _book(ctx, w.pia, wednesday).state is BookingState.BOOKED
    # Monday 11 January: two working days before is Thursday 7 January, not Saturday 9 January.
    monday = _slot_on(ctx, date(2027, 1, 11))
    clock.day = date(2027, 1, 8)
    with _refused(ctx, match="lukkede 2027-01-07"):
        _book(ctx, w.jens, monday)


def test_holidays_and_closure_days_are_not_working_days_for_the_deadline(
    ctx: Context, clock: FixedClock
) -> None:
    w = _world(ctx, weekday=1, starts_on=date(2027, 1, 5))
    weekly_series(ctx, w.advisor, 2, time(10), date(2027, 1, 6), date(2027, 3, 31))
    # Tuesday 30 March 2027 comes after Easter: Monday 29, Friday 26 and Thursday 25 March are
    # holidays, so the booking closes Tuesday 23 March, a whole week before.
    after_easter = _slot_on(ctx, date(2027, 3, 30))
    clock.day = date(2027, 3, 24)
    with _refused(ctx, match="lukkede 2027-03-23"):
        _book(ctx, w.pia, after_easter)
    clock.day = date(2027, 3, 23)
    assert _book(ctx, w.pia, after_easter).state is BookingState.BOOKED

    # A closure day on Tuesday 12 January moves the deadline for Wednesday 13 January back to Friday.
    clock.day = date(2027, 1, 11)
    wednesday = _slot_on(ctx, date(2027, 1, 13))
    closures.add_closure_date(ctx, ADMIN, date(2027, 1, 12), "Temadag i BUA")
    with _refused(ctx, match="lukkede 2027-01-08"):
        _book(ctx, w.jens, wednesday)
    closures.remove_closure_date(ctx, ADMIN, date(2027, 1, 12))
    assert _book(ctx, w.jens, wednesday).state is BookingState.BOOKED


def test_a_person_holds_at_most_two_future_bookings(ctx: Context, clock: FixedClock) -> None:
    w = _world(ctx)
    first = _book(ctx, w.pia, _slot_on(ctx, date(2027, 1, 13)))
    _book(ctx, w.pia, _slot_on(ctx, date(2027, 1, 20)))
    third = _slot_on(ctx, date(2027, 1, 27))
    with _refused(ctx, match="2 kommende bookinger"):
        _book(ctx, w.pia, third)
    assert _book(ctx, w.jens, third).state is BookingState.BOOKED  # the cap is per person

    bookings.cancel(ctx, actor_of(w.pia), first.id, CancelReason.PLANNING)
    fourth = _book(ctx, w.pia, _slot_on(ctx, date(2027, 2, 3)))
    # A session that has taken place no longer counts.
    clock.day = date(2027, 1, 21)
    _book(ctx, w.pia, _slot_on(ctx, date(2027, 2, 10)))
    with _refused(ctx, match="2 kommende"):
        _book(ctx, w.pia, _slot_on(ctx, date(2027, 2, 17)))
    # The administrator can raise the cap.
    rules.set_rule(ctx, ADMIN, "max_future_bookings", "3")
    assert _book(ctx, w.pia, _slot_on(ctx, date(2027, 2, 17))).state is BookingState.BOOKED
    assert fourth.state is BookingState.BOOKED


def test_a_monthly_quota_per_municipality(ctx: Context) -> None:
    w = _world(ctx)
    aarhus_series = weekly_series(
        ctx, w.advisor, 2, time(13), date(2027, 1, 6), date(2027, 3, 31), municipality="751"
    )
    ole = add_member(ctx, "ole@aarhus.example", municipality="751")
    rules.set_rule(ctx, ADMIN, "monthly_quota", "730=1")
    assert rules.get_rules(ctx).monthly_quota == {"730": 1}

    january = _book(ctx, w.pia, _slot_on(ctx, date(2027, 1, 13)))
    with _refused(ctx, match="kvote på 1"):
        _book(ctx, w.jens, _slot_on(ctx, date(2027, 1, 20)))
    assert _book(ctx, w.jens, _slot_on(ctx, date(2027, 2, 3))).state is BookingState.BOOKED
    # Aarhus has no quota.
    assert aarhus_series.series.municipality_code == "751"
    _book(ctx, ole, _slot_on(ctx, date(2027, 1, 13), "751"))
    _book(ctx, ole, _slot_on(ctx, date(2027, 1, 20), "751"))
    # A cancelled booking gives the month's place back; moving within the month does not use two.
    bookings.cancel(ctx, actor_of(w.pia), january.id, CancelReason.NOT_NEEDED)
    again = _book(ctx, w.pia, _slot_on(ctx, date(2027, 1, 20)))
    moved = bookings.reschedule(ctx, actor_of(w.pia), again.id, _slot_on(ctx, date(2027, 1, 27)).id).booking
    assert moved.id == again.id and moved.state is BookingState.BOOKED


# --- cancelling -------------------------------------------------------------------------------------


def test_the_booker_cancels_with_a_reason_code_and_the_slot_is_open_at_once(ctx: Context) -> None:
    w = _world(ctx)
    slot = _slot_on(ctx, date(2027, 1, 13))
    booking = _book(ctx, w.pia, slot)
    with _refused(ctx, InvalidInput, match="Ukendt årsag"):
        bookings.cancel(ctx, actor_of(w.pia), booking.id, "keine Lust")
    with _refused(ctx, match="Kun den"):
        bookings.cancel(ctx, actor_of(w.jens), booking.id, CancelReason.ILLNESS)

    cancelled = bookings.cancel(ctx, actor_of(w.pia), booking.id, CancelReason.ILLNESS).booking

    assert cancelled.id == booking.id and cancelled.state is BookingState.CANCELLED
    assert cancelled.cancel_reason == "illness" and cancelled.version == 2
    assert get_slot(ctx, slot.id).booked_count == 0
    assert _audit(ctx, booking.id) == ["booking.created", "booking.cancelled"]
    with _refused(ctx, match="kan ikke aflyses"):
        bookings.cancel(ctx, actor_of(w.pia), booking.id, CancelReason.ILLNESS)

    taken = _book(ctx, w.jens, slot)
    assert taken.slot_id == slot.id and get_slot(ctx, slot.id).booked_count == 1


def test_after_the_cutoff_only_the_advisor_cancels_and_must_give_a_reason(
    ctx: Context, clock: FixedClock
) -> None:
    w = _world(ctx)
    slot = _slot_on(ctx, date(2027, 1, 13))
    booking = _book(ctx, w.pia, slot)
    other = add_advisor(ctx, "bo@bua.example", "Bo Vang")

    clock.day = date(2027, 1, 11)  # the last day: two working days before Wednesday 13 January
    late = _book(ctx, w.jens, _slot_on(ctx, date(2027, 1, 20)))
    clock.day = date(2027, 1, 12)
    with _refused(ctx, match="Fristen for selv at aflyse var 2027-01-11"):
        bookings.cancel(ctx, actor_of(w.pia), booking.id, CancelReason.ILLNESS)
    with _refused(ctx, match="Kun den"):
        bookings.cancel(ctx, actor_of(other), booking.id, "Sygdom hos BUA")
    with _refused(ctx, InvalidInput, match="begrundelse"):
        bookings.cancel(ctx, actor_of(w.advisor), booking.id, "   ")

    cancelled = bookings.cancel(ctx, actor_of(w.advisor), booking.id, "Rådgiveren  er syg").booking

    assert cancelled.state is BookingState.CANCELLED_BY_BUA
    assert cancelled.cancel_reason == "Rådgiveren er syg" and cancelled.version == 2
    assert get_slot(ctx, slot.id).booked_count == 0
    assert _audit(ctx, booking.id) == ["booking.created", "booking.cancelled"]
    # Before its own cut-off the booker still cancels by themselves.
    assert (
        bookings.cancel(ctx, actor_of(w.jens), late.id, "case_resolved").booking.state
        is BookingState.CANCELLED
    )


# --- moving and versions ----------------------------------------------------------------------------


def test_reschedule_keeps_the_booking_and_moves_its_place(ctx: Context) -> None:
    w = _world(ctx)
    old, new = _slot_on(ctx, date(2027, 1, 13)), _slot_on(ctx, date(2027, 1, 27))
    taken = _slot_on(ctx, date(2027, 2, 3))
    booking = _book(ctx, w.pia, old)
    _book(ctx, w.jens, taken)
    with _refused(ctx, match=FULL_1_TO_1):
        bookings.reschedule(ctx, actor_of(w.pia), booking.id, taken.id)
    with _refused(ctx, InvalidInput, match="allerede"):
        bookings.reschedule(ctx, actor_of(w.pia), booking.id, old.id)
    with _refused(ctx, match="Kun den"):
        bookings.reschedule(ctx, actor_of(w.jens), booking.id, new.id)

    moved = bookings.reschedule(ctx, actor_of(w.pia), booking.id, new.id).booking

    assert moved.id == booking.id and moved.version == booking.version + 1
    assert (moved.slot_id, moved.starts_at, moved.state) == (new.id, new.starts_at, BookingState.BOOKED)
    assert get_slot(ctx, old.id).booked_count == 0 and get_slot(ctx, new.id).booked_count == 1
    assert _audit(ctx, booking.id) == ["booking.created", "booking.rescheduled"]
    assert [b.id for b in bookings.list_bookings(ctx, person_email=w.pia.email)] == [booking.id]
    # The old time is open again at once; the advisor may move a booking too.
    _book(ctx, w.jens, old)
    by_bua = bookings.reschedule(
        ctx, actor_of(w.advisor), booking.id, _slot_on(ctx, date(2027, 2, 10)).id
    ).booking
    assert by_bua.version == 3 and get_slot(ctx, new.id).booked_count == 0


def test_a_stale_version_is_a_conflict_and_writes_nothing(ctx: Context, clock: FixedClock) -> None:
    w = _world(ctx)
    first, second = _slot_on(ctx, date(2027, 1, 13)), _slot_on(ctx, date(2027, 1, 20))
    booking = _book(ctx, w.pia, first)
    moved = bookings.reschedule(ctx, actor_of(w.pia), booking.id, second.id, expected_version=1).booking
    assert moved.version == 2

    target = _slot_on(ctx, date(2027, 1, 27))
    with _refused(ctx, Conflict, match="ændret af en anden"):
        bookings.reschedule(ctx, actor_of(w.pia), booking.id, target.id, expected_version=1)
    with _refused(ctx, Conflict):
        bookings.cancel(ctx, actor_of(w.pia), booking.id, CancelReason.ILLNESS, expected_version=1)
    clock.day = date(2027, 1, 21)
    with _refused(ctx, Conflict):
        bookings.set_outcome(ctx, actor_of(w.advisor), booking.id, Outcome.HELD, expected_version=1)
    assert get_slot(ctx, target.id).booked_count == 0 and get_slot(ctx, second.id).booked_count == 1

    held = bookings.set_outcome(
        ctx, actor_of(w.advisor), booking.id, Outcome.HELD, expected_version=2
    ).booking
    assert (held.state, held.version) == (BookingState.HELD, 3)


# --- teaching: capacity and waitlist -----------------------------------------------------------------


def _teaching_series(
    ctx: Context, advisor: Person, capacity: int, open_to_all: bool = False
) -> RecurrenceRule:
    rule = RecurrenceRule(
        weekday=3, start_time=time(14), starts_on=date(2027, 1, 7), ends_on=date(2027, 3, 25)
    )
    spec = SeriesSpec("730", advisor.email, rule, SessionType.TEACHING, capacity, open_to_all=open_to_all)
    created = create_series(ctx, ADMIN, spec)
    assert created.series.capacity == capacity
    return created.series.rule


def test_teaching_has_places_and_a_waitlist_and_the_first_waiting_gets_a_freed_place(ctx: Context) -> None:
    w = _world(ctx)
    _teaching_series(ctx, w.advisor, capacity=2)
    lesson = _slot_on(ctx, date(2027, 1, 14))
    assert (lesson.session_type, lesson.capacity) == (SessionType.TEACHING, 2)
    ane, bo, carl = (add_member(ctx, f"{n}@randers.example", name=n.title()) for n in ("ane", "bo", "carl"))
    with _refused(ctx, match="stadig ledige pladser"):
        bookings.join_waitlist(ctx, actor_of(carl), lesson.id)

    first = _book(ctx, w.pia, lesson)
    _book(ctx, w.jens, lesson)
    assert get_slot(ctx, lesson.id).booked_count == 2
    with _refused(ctx, match="Undervisningen er fuld"):
        _book(ctx, ane, lesson)
    with _refused(ctx, match="Kun undervisning"):
        bookings.join_waitlist(ctx, actor_of(ane), _slot_on(ctx, date(2027, 1, 13)).id)
    with _refused(ctx, match="allerede en plads"):
        bookings.join_waitlist(ctx, actor_of(w.pia), lesson.id)

    for person in (ane, bo, carl):
        entry = bookings.join_waitlist(ctx, actor_of(person), lesson.id)
        assert entry.state is BookingState.WAITLISTED and _audit(ctx, entry.id) == ["waitlist.joined"]
    with _refused(ctx, match="allerede en plads"):
        bookings.join_waitlist(ctx, actor_of(bo), lesson.id)
    assert get_slot(ctx, lesson.id).booked_count == 2  # the waitlist takes no place
    left = bookings.leave_waitlist(ctx, actor_of(ane), lesson.id)
    assert left.state is BookingState.CANCELLED and _audit(ctx, left.id) == [
        "waitlist.joined",
        "waitlist.left",
    ]
    with _refused(ctx, NotFound):
        bookings.leave_waitlist(ctx, actor_of(ane), lesson.id)
    assert [e.person_id for e in bookings.waitlist(ctx, lesson.id)] == [bo.id, carl.id]

    change = bookings.cancel(ctx, actor_of(w.pia), first.id, CancelReason.ILLNESS)

    assert get_slot(ctx, lesson.id).booked_count == 2
    [promoted] = [b for b in bookings.list_bookings(ctx, person_email=bo.email) if b.slot_id == lesson.id]
    assert change.promoted == (promoted.id,)  # whose invite is new besides the cancelled booking's
    assert promoted.state is BookingState.BOOKED and promoted.version == 2
    assert _audit(ctx, promoted.id) == ["waitlist.joined", "waitlist.promoted"]
    assert [e.person_id for e in bookings.waitlist(ctx, lesson.id)] == [carl.id]
    with ctx.store.read() as uow:
        occupying = uow.bookings.list(BookingFilter(slot_id=lesson.id, states=frozenset({"booked"})))
    assert sorted(b.person_id for b in occupying) == sorted([w.jens.id, bo.id])


def test_moving_a_teaching_place_gives_it_to_the_first_waiting(ctx: Context) -> None:
    w = _world(ctx)
    _teaching_series(ctx, w.advisor, capacity=2)
    lesson, next_week = _slot_on(ctx, date(2027, 1, 14)), _slot_on(ctx, date(2027, 1, 21))
    first = _book(ctx, w.pia, lesson)
    _book(ctx, w.jens, lesson)
    bo = add_member(ctx, "bo@randers.example", name="Bo")
    waiting = bookings.join_waitlist(ctx, actor_of(bo), lesson.id)

    change = bookings.reschedule(ctx, actor_of(w.pia), first.id, next_week.id)

    assert change.booking.slot_id == next_week.id and change.promoted == (waiting.id,)
    assert _audit(ctx, waiting.id) == ["waitlist.joined", "waitlist.promoted"]


def test_open_teaching_admits_every_municipality_and_closed_teaching_does_not(ctx: Context) -> None:
    w = _world(ctx)
    ole = add_member(ctx, "ole@aarhus.example", municipality="751")
    _teaching_series(ctx, w.advisor, capacity=3)
    closed = _slot_on(ctx, date(2027, 1, 14))
    with _refused(ctx, match="anden kommune"):
        _book(ctx, ole, closed)

    rule = RecurrenceRule(
        weekday=4, start_time=time(9), starts_on=date(2027, 1, 8), ends_on=date(2027, 3, 26)
    )
    spec = SeriesSpec("730", w.advisor.email, rule, SessionType.TEACHING, 3, open_to_all=True)
    create_series(ctx, ADMIN, spec)
    with pytest.raises(InvalidInput):  # only teaching may be open to all
        create_series(ctx, ADMIN, SeriesSpec("730", w.advisor.email, rule, open_to_all=True))
    open_lesson = _slot_on(ctx, date(2027, 1, 15))
    booking = _book(ctx, ole, open_lesson)
    assert (booking.municipality_code, booking.slot_municipality_code) == ("751", "730")
    assert get_slot(ctx, open_lesson.id).booked_count == 1


# --- the outcome of a session -----------------------------------------------------------------------


def test_only_the_slots_advisor_registers_the_outcome_and_only_after_the_start(
    ctx: Context, clock: FixedClock
) -> None:
    w = _world(ctx)
    other = add_advisor(ctx, "bo@bua.example", "Bo Vang")
    held = _book(ctx, w.pia, _slot_on(ctx, date(2027, 1, 6)))
    absent = _book(ctx, w.jens, _slot_on(ctx, date(2027, 1, 13)))
    with _refused(ctx, match="ikke begyndt"):
        bookings.set_outcome(ctx, actor_of(w.advisor), held.id, Outcome.HELD)

    clock.day = date(2027, 1, 14)
    with _refused(ctx, match="Kun BUA-rådgiveren"):
        bookings.set_outcome(ctx, actor_of(other), held.id, Outcome.HELD)
    with _refused(ctx, match="Kun BUA-rådgiveren"):
        bookings.set_outcome(ctx, actor_of(w.pia), held.id, Outcome.HELD)
    with _refused(ctx, match="begyndt eller overstået"):
        bookings.cancel(ctx, actor_of(w.advisor), held.id, "For sent")

    marked = bookings.set_outcome(ctx, actor_of(w.advisor), held.id, Outcome.HELD).booking
    no_show = bookings.set_outcome(ctx, actor_of(w.advisor), absent.id, Outcome.NO_SHOW).booking

    assert (marked.state, marked.version) == (BookingState.HELD, 2)
    assert (no_show.state, no_show.version) == (BookingState.NO_SHOW, 2)
    assert _audit(ctx, held.id) == ["booking.created", "booking.outcome"]
    # Held and not held still occupy the place; the advisor may correct the outcome.
    assert get_slot(ctx, absent.slot_id or 0).booked_count == 1
    corrected = bookings.set_outcome(ctx, actor_of(w.advisor), absent.id, Outcome.HELD).booking
    assert corrected.state is BookingState.HELD and corrected.version == 3
    with _refused(ctx, match="kan ikke aflyses"):
        bookings.set_outcome(ctx, actor_of(w.advisor), held.id, Outcome.CANCELLED_BY_BUA, "Syg")


def test_bua_cancels_a_future_session_as_an_outcome_and_frees_the_place(ctx: Context) -> None:
    w = _world(ctx)
    slot = _slot_on(ctx, date(2027, 1, 13))
    booking = _book(ctx, w.pia, slot)
    cancelled = bookings.set_outcome(
        ctx, actor_of(w.advisor), booking.id, Outcome.CANCELLED_BY_BUA, "Syg"
    ).booking
    assert (cancelled.state, cancelled.cancel_reason) == (BookingState.CANCELLED_BY_BUA, "Syg")
    assert get_slot(ctx, slot.id).booked_count == 0
    assert _book(ctx, w.jens, slot).state is BookingState.BOOKED


# --- an advisor's absence ---------------------------------------------------------------------------


def test_an_absence_hands_each_booked_session_to_the_deputy_or_cancels_it(ctx: Context) -> None:
    w = _world(ctx)  # Wednesdays
    weekly_series(ctx, w.advisor, 4, time(9), date(2027, 1, 8), date(2027, 6, 30))  # and Fridays
    deputy = add_advisor(ctx, "dorte@bua.example", "Dorte Skov")
    to_deputy = _book(ctx, w.pia, _slot_on(ctx, date(2027, 1, 13)))
    to_cancel = _book(ctx, w.jens, _slot_on(ctx, date(2027, 1, 20)))
    kept_slot, cancelled_slot = to_deputy.slot_id, to_cancel.slot_id
    assert kept_slot is not None and cancelled_slot is not None
    start, end = date(2027, 1, 11), date(2027, 1, 22)
    me = actor_of(w.advisor)

    affected = absences.affected_sessions(ctx, w.advisor.email, start, end)
    assert [a.slot.starts_at.astimezone(CPH).date() for a in affected] == [
        date(2027, 1, 13),
        date(2027, 1, 15),
        date(2027, 1, 20),
        date(2027, 1, 22),
    ]
    assert [[b.id for b in a.bookings] for a in affected] == [[to_deputy.id], [], [to_cancel.id], []]
    assert all(a.deputy_email is None for a in affected)

    with _refused(ctx, match="2 bookede møder mangler en beslutning"):
        absences.add_absence(ctx, me, w.advisor.email, start, end, "Kursus", {})
    with _refused(ctx, match="1 bookede"):
        absences.add_absence(ctx, me, w.advisor.email, start, end, "Kursus", {kept_slot: Handling.CANCEL})
    decisions = {kept_slot: Handling.DEPUTY, cancelled_slot: Handling.CANCEL}
    with _refused(ctx, match="ingen stedfortræder"):
        absences.add_absence(ctx, me, w.advisor.email, start, end, "Kursus", decisions)
    with _refused(ctx, InvalidInput, match="ikke et booket møde"):
        absences.add_absence(
            ctx, me, w.advisor.email, start, end, "Kursus", {**decisions, 999_999: Handling.CANCEL}
        )
    with _refused(ctx, match="Kun rådgiveren selv"):
        absences.add_absence(ctx, actor_of(deputy), w.advisor.email, start, end, "Kursus", decisions)

    contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_DEPUTY, deputy.email)
    result = absences.add_absence(ctx, me, w.advisor.email, start, end, "Kursus", decisions)

    assert (list(result.to_deputy), list(result.cancelled), result.open_cancelled) == (
        [kept_slot],
        [cancelled_slot],
        2,
    )
    assert [(a.advisor_id, a.starts_on, a.ends_on) for a in absences.list_absences(ctx)] == [
        (w.advisor.id, start, end)
    ]
    # The session handed over keeps its booking; the deputy now runs it.
    handed = get_slot(ctx, kept_slot)
    assert (handed.advisor_id, handed.advisor_email, handed.booked_count) == (deputy.id, deputy.email, 1)
    assert _booking(ctx, to_deputy.id).state is BookingState.BOOKED
    # The cancelled session: the booking is cancelled by BUA with the reason, the time is gone.
    gone = _booking(ctx, to_cancel.id)
    assert gone.state is BookingState.CANCELLED_BY_BUA
    assert gone.cancel_reason == "Rådgiveren er fraværende: Kursus"
    assert [
        s.starts_at.astimezone(CPH).date() for s in slots.list_slots(ctx, from_date=start, to_date=end)
    ] == [date(2027, 1, 13)]
    skipped = slots.list_skipped(ctx, from_date=start, to_date=end)
    assert [(s.occurrence_date, s.reason) for s in skipped] == [
        (date(2027, 1, 15), "Aflyst: Fravær: Kursus"),
        (date(2027, 1, 20), "Aflyst: Fravær: Kursus"),
        (date(2027, 1, 22), "Aflyst: Fravær: Kursus"),
    ]
    assert _audit(ctx, to_cancel.id) == ["booking.created", "booking.cancelled"]
    with ctx.store.read() as uow:
        actions = [e.action for e in uow.audit.list()]
    assert actions.count("slot.handed_to_deputy") == 1 and actions.count("occurrence.cancelled") == 3
    assert actions[-1] == "absence.added"
    assert absences.affected_sessions(ctx, w.advisor.email, start, end) == []
    # The deputy now answers for the session; the absent advisor's other times are untouched.
    assert len(absences.affected_sessions(ctx, deputy.email, start, end)) == 1
    assert _book(ctx, w.jens, _slot_on(ctx, date(2027, 1, 27))).state is BookingState.BOOKED


def test_the_deputy_may_cancel_a_session_of_their_municipality(ctx: Context, clock: FixedClock) -> None:
    w = _world(ctx)
    deputy = add_advisor(ctx, "dorte@bua.example", "Dorte Skov")
    contacts.assign_contact(ctx, ADMIN, "730", ContactKind.BUA_DEPUTY, deputy.email)
    booking = _book(ctx, w.pia, _slot_on(ctx, date(2027, 1, 13)))
    clock.day = date(2027, 1, 12)
    cancelled = bookings.cancel(ctx, actor_of(deputy), booking.id, "Rådgiveren er syg").booking
    assert cancelled.state is BookingState.CANCELLED_BY_BUA


def test_the_whole_life_of_a_booking_is_in_the_audit_log(ctx: Context, clock: FixedClock) -> None:
    w = _world(ctx)
    booking = _book(ctx, w.pia, _slot_on(ctx, date(2027, 1, 13)))
    bookings.reschedule(ctx, actor_of(w.pia), booking.id, _slot_on(ctx, date(2027, 1, 20)).id)
    clock.day = date(2027, 1, 21)
    bookings.set_outcome(ctx, actor_of(w.advisor), booking.id, Outcome.HELD)
    with ctx.store.read() as uow:
        entries = uow.audit.list("booking", str(booking.id))
    assert [e.action for e in entries] == ["booking.created", "booking.rescheduled", "booking.outcome"]
    assert [(e.before or {}).get("version") for e in entries] == [None, 1, 2]
    assert [(e.after or {}).get("state") for e in entries] == ["booked", "booked", "held"]
    assert all(isinstance(e.actor, Actor) for e in entries)
