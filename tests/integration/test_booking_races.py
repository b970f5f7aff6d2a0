"""Races on a real store (SQLite file and PostgreSQL): many people, each on their own connection, act on
the same slot at the same instant. The database holds the 1:1 rule and capacities: exactly the places
there are get taken, every other attempt is a clean RuleRefused, and nothing else goes wrong (no
'database is locked', no IntegrityError leaking out, no deadlock). Bookings racing series changes,
closure days and absences: test_booking_races_series.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest

from app.domain.booking import Booking, BookingState
from app.domain.model import BookingFilter, Person, Slot
from app.domain.recurrence import RecurrenceRule, SessionType
from app.services import bookings, rules, slots
from app.services.context import Context
from app.services.series import SeriesSpec, create_series
from db.store import SqlStore
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member, get_slot, weekly_series
from tests.integration.races import (
    FIRST_DAY,
    LAST_DAY,
    WORKERS,
    book_attempt,
    move_attempt,
    run_race,
    warm_up,
)

BOOKING_ROUNDS = 20
RESCHEDULE_ROUNDS = 20
RESCHEDULERS = 25
TEACHING_ROUNDS = 20
TEACHING_CAPACITY = 5
JOINERS = 30
FULL_1_TO_1 = "Tiden er allerede booket."
FULL_TEACHING = "Undervisningen er fuld: skriv dig på ventelisten."


@pytest.fixture
def workers(store_url: str, clock: FixedClock) -> Iterator[list[Context]]:
    """One context per worker thread, each on its own SqlStore: its own engine and connection."""
    opened = [SqlStore.open(store_url) for _ in range(WORKERS)]
    try:
        for store in opened:  # connect outside the timed rounds
            with store.read() as uow:
                assert uow.municipalities.get("730") is not None
        yield [Context(store, clock) for store in opened]
    finally:
        for store in opened:
            store.dispose()


def _people(ctx: Context, count: int) -> list[Person]:
    return [
        add_member(ctx, f"medarbejder{i:02d}@randers.example", name=f"Medarbejder {i}") for i in range(count)
    ]


def _one_to_one_slots(ctx: Context) -> list[Slot]:
    """Bookable 1:1 slots in Randers, twice a day on every working day from 6 January to 1 March."""
    advisor = add_advisor(ctx)
    for weekday in range(5):
        for start in (time(9), time(13)):
            weekly_series(ctx, advisor, weekday, start, FIRST_DAY, LAST_DAY)
    found = list(slots.list_slots(ctx, municipality_code="730", from_date=FIRST_DAY, to_date=LAST_DAY))
    assert len(found) >= BOOKING_ROUNDS + RESCHEDULERS + RESCHEDULE_ROUNDS
    return found


def _occupying(ctx: Context, slot_id: int) -> list[Booking]:
    with ctx.store.read() as uow:
        return list(
            uow.bookings.list(BookingFilter(slot_id=slot_id, states=frozenset({"booked", "held", "no_show"})))
        )


def _audit_count(ctx: Context, action: str) -> int:
    with ctx.store.read() as uow:
        return sum(1 for e in uow.audit.list("booking") if e.action == action)


def _no_cap(ctx: Context) -> None:
    """The race is about the slot, not the per-person cap: let everyone hold many bookings."""
    rules.set_rule(ctx, ADMIN, "max_future_bookings", "1000")


def test_fifty_people_booking_one_sparring_slot_give_one_booking_and_49_refusals(
    ctx: Context, workers: list[Context]
) -> None:
    people = _people(ctx, WORKERS)
    free = _one_to_one_slots(ctx)
    _no_cap(ctx)
    taken = free[-1]
    bookings.book(ctx, actor_of(people[0]), taken.id)
    warm_up(workers, [book_attempt(p, taken.id) for p in people[1:]])

    for round_ in range(BOOKING_ROUNDS):
        slot = free[round_]
        attempts = [book_attempt(person, slot.id) for person in people]
        result = run_race(workers, attempts)

        assert result.errors == [], f"round {round_}: {result.errors[0]}"
        assert len(result.won) == 1, f"round {round_}: {len(result.won)} bookings"
        assert len(result.refused) == WORKERS - 1
        assert set(result.refused) == {FULL_1_TO_1}
        assert get_slot(ctx, slot.id).booked_count == 1
        assert [b.id for b in _occupying(ctx, slot.id)] == [result.won[0].id]

    assert _audit_count(ctx, "booking.created") == BOOKING_ROUNDS + 1


def test_concurrent_reschedules_onto_one_slot_move_exactly_one_booking(
    ctx: Context, workers: list[Context]
) -> None:
    people = _people(ctx, RESCHEDULERS)
    free = _one_to_one_slots(ctx)
    _no_cap(ctx)
    held = [bookings.book(ctx, actor_of(p), s.id) for p, s in zip(people, free, strict=False)]
    targets = free[RESCHEDULERS : RESCHEDULERS + RESCHEDULE_ROUNDS]
    warm_up(
        workers,
        [
            move_attempt(person, booking.id, held[0].slot_id or 0)
            for person, booking in zip(people[1:], held[1:], strict=True)
        ],
    )

    for round_, target in enumerate(targets):
        attempts = [
            move_attempt(person, booking.id, target.id) for person, booking in zip(people, held, strict=True)
        ]
        result = run_race(workers, attempts)

        assert result.errors == [], f"round {round_}: {result.errors[0]}"
        assert len(result.won) == 1, f"round {round_}: {len(result.won)} moved"
        assert set(result.refused) == {FULL_1_TO_1} and len(result.refused) == RESCHEDULERS - 1
        moved = result.won[0]
        before = next(b for b in held if b.id == moved.id)
        assert (moved.slot_id, moved.version) == (target.id, before.version + 1)
        assert get_slot(ctx, target.id).booked_count == 1
        assert before.slot_id is not None and get_slot(ctx, before.slot_id).booked_count == 0
        held = [moved if b.id == moved.id else b for b in held]

    # Everyone else stayed where they were; every booking still holds exactly one place.
    with ctx.store.read() as uow:
        stored = {b.id: b for b in uow.bookings.list(BookingFilter())}
    assert {b.id: (b.slot_id, b.version, b.state) for b in held} == {
        i: (b.slot_id, b.version, b.state) for i, b in stored.items()
    }
    assert all(b.state is BookingState.BOOKED for b in stored.values())
    for booking in held:
        assert booking.slot_id is not None and get_slot(ctx, booking.slot_id).booked_count == 1
    assert _audit_count(ctx, "booking.rescheduled") == RESCHEDULE_ROUNDS


def test_concurrent_joins_never_overfill_a_teaching_slot(ctx: Context, workers: list[Context]) -> None:
    people = _people(ctx, JOINERS)
    advisor = add_advisor(ctx)
    for weekday in range(5):  # enough lessons for every round
        rule = RecurrenceRule(weekday=weekday, start_time=time(14), starts_on=FIRST_DAY, ends_on=LAST_DAY)
        spec = SeriesSpec("730", advisor.email, rule, SessionType.TEACHING, TEACHING_CAPACITY)
        create_series(ctx, ADMIN, spec)
    lessons = list(slots.list_slots(ctx, municipality_code="730"))
    assert len(lessons) > TEACHING_ROUNDS
    _no_cap(ctx)
    full = lessons[-1]
    for person in people[:TEACHING_CAPACITY]:
        bookings.book(ctx, actor_of(person), full.id)
    warm_up(
        workers,
        [book_attempt(person, full.id) for person in people[TEACHING_CAPACITY:]],
    )

    for round_, lesson in enumerate(lessons[:TEACHING_ROUNDS]):
        assert (lesson.capacity, lesson.booked_count) == (TEACHING_CAPACITY, 0)
        attempts = [book_attempt(person, lesson.id) for person in people]
        result = run_race(workers, attempts)

        assert result.errors == [], f"round {round_}: {result.errors[0]}"
        assert len(result.won) == TEACHING_CAPACITY, f"round {round_}: {len(result.won)} places"
        assert set(result.refused) == {FULL_TEACHING}
        assert len(result.refused) == JOINERS - TEACHING_CAPACITY
        assert len({b.person_id for b in result.won}) == TEACHING_CAPACITY
        assert get_slot(ctx, lesson.id).booked_count == TEACHING_CAPACITY
        assert sorted(b.id for b in _occupying(ctx, lesson.id)) == sorted(b.id for b in result.won)


def test_concurrent_bookings_cannot_slip_past_the_personal_cap_or_the_monthly_quota(
    ctx: Context, workers: list[Context]
) -> None:
    people = _people(ctx, 12)
    january = [s for s in _one_to_one_slots(ctx) if s.starts_at.month == 1][:24]
    # One person on twelve connections at once (a double-clicking booker): the cap of 2 holds.
    result = run_race(workers, [book_attempt(people[0], slot.id) for slot in january[:12]])
    assert result.errors == [], result.errors[0]
    assert len(result.won) == 2 and set(result.refused) == {
        "Du har allerede 2 kommende bookinger: aflys eller afhold en, før du booker flere."
    }
    # Eleven other people of the municipality at once against a monthly quota of 5, 2 already used.
    rules.set_rule(ctx, ADMIN, "monthly_quota", "730=5")
    result = run_race(
        workers, [book_attempt(p, slot.id) for p, slot in zip(people[1:], january[12:], strict=False)]
    )
    assert result.errors == [], result.errors[0]
    assert len(result.won) == 3 and set(result.refused) == {"Kommunens kvote på 5 møder i måneden er brugt."}
    with ctx.store.read() as uow:
        booked = uow.bookings.list(BookingFilter(states=frozenset({"booked"})))
    assert len(booked) == 5 and sum(get_slot(ctx, s.id).booked_count for s in january) == 5
