"""Races on a real store (SQLite file and PostgreSQL): many people, each on their own connection, act on
the same slot at the same instant. The database holds the 1:1 rule and capacities: exactly the places
there are get taken, every other attempt is a clean RuleRefused, and nothing else goes wrong (no
'database is locked', no IntegrityError leaking out, no deadlock)."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, time
from typing import cast

import pytest
from sqlalchemy import event

from app.domain.booking import Booking, BookingState
from app.domain.model import BookingFilter, Person, Slot, SlotFilter
from app.domain.recurrence import RecurrenceRule, SessionType
from app.errors import BuaError, NotFound, RuleRefused
from app.services import absences, bookings, closures, rules, slots
from app.services.context import Context
from app.services.series import SeriesSpec, create_series
from db.store import SqlStore
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member, get_slot, weekly_series

WORKERS = 50  # PostgreSQL allows 100 connections by default: one per worker, plus the test's own
BOOKING_ROUNDS = 20
RESCHEDULE_ROUNDS = 20
RESCHEDULERS = 25
TEACHING_ROUNDS = 20
TEACHING_CAPACITY = 5
JOINERS = 30
FIRST_DAY, LAST_DAY = date(2027, 1, 6), date(2027, 3, 1)  # bookable on 4 January 2027: lead and horizon
FULL_1_TO_1 = "Tiden er allerede booket."
FULL_TEACHING = "Undervisningen er fuld: skriv dig på ventelisten."


@dataclass
class RaceResult:
    won: list[Booking] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # anything but a RuleRefused, with its traceback


Attempt = Callable[[Context], Booking]


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


def _race(workers: Sequence[Context], attempts: Sequence[Attempt]) -> RaceResult:
    """Run attempt i on worker i, all released at once by a barrier."""
    assert len(attempts) <= len(workers)
    result = RaceResult()
    barrier = threading.Barrier(len(attempts))

    def run(ctx: Context, attempt: Attempt) -> None:
        try:
            barrier.wait(timeout=30)
            result.won.append(attempt(ctx))
        except RuleRefused as refusal:
            result.refused.append(refusal.message)
        except BaseException:  # collected and asserted by the caller
            result.errors.append(traceback.format_exc())

    threads = [
        threading.Thread(target=run, args=(ctx, attempt), daemon=True)
        for ctx, attempt in zip(workers, attempts, strict=False)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a worker hangs: deadlock?"
    return result


def _book(person: Person, slot_id: int) -> Attempt:
    def attempt(ctx: Context) -> Booking:
        return bookings.book(ctx, actor_of(person), slot_id)

    return attempt


def _move(person: Person, booking_id: int, slot_id: int) -> Attempt:
    def attempt(ctx: Context) -> Booking:
        return bookings.reschedule(ctx, actor_of(person), booking_id, slot_id).booking

    return attempt


def _warm_up(workers: Sequence[Context], attempts: Sequence[Attempt]) -> None:
    """One refused attempt per worker, one after the other: each engine compiles its statements
    before the timed rounds (SQLAlchemy caches compiled SQL per engine)."""
    for ctx, attempt in zip(workers, attempts, strict=False):
        with pytest.raises(RuleRefused):
            attempt(ctx)


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
    _warm_up(workers, [_book(p, taken.id) for p in people[1:]])

    for round_ in range(BOOKING_ROUNDS):
        slot = free[round_]
        attempts = [_book(person, slot.id) for person in people]
        result = _race(workers, attempts)

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
    _warm_up(
        workers,
        [
            _move(person, booking.id, held[0].slot_id or 0)
            for person, booking in zip(people[1:], held[1:], strict=True)
        ],
    )

    for round_, target in enumerate(targets):
        attempts = [
            _move(person, booking.id, target.id) for person, booking in zip(people, held, strict=True)
        ]
        result = _race(workers, attempts)

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
    _warm_up(
        workers,
        [_book(person, full.id) for person in people[TEACHING_CAPACITY:]],
    )

    for round_, lesson in enumerate(lessons[:TEACHING_ROUNDS]):
        assert (lesson.capacity, lesson.booked_count) == (TEACHING_CAPACITY, 0)
        attempts = [_book(person, lesson.id) for person in people]
        result = _race(workers, attempts)

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
    result = _race(workers, [_book(people[0], slot.id) for slot in january[:12]])
    assert result.errors == [], result.errors[0]
    assert len(result.won) == 2 and set(result.refused) == {
        "Du har allerede 2 kommende bookinger: aflys eller afhold en, før du booker flere."
    }
    # Eleven other people of the municipality at once against a monthly quota of 5, 2 already used.
    rules.set_rule(ctx, ADMIN, "monthly_quota", "730=5")
    result = _race(workers, [_book(p, slot.id) for p, slot in zip(people[1:], january[12:], strict=False)])
    assert result.errors == [], result.errors[0]
    assert len(result.won) == 3 and set(result.refused) == {"Kommunens kvote på 5 møder i måneden er brugt."}
    with ctx.store.read() as uow:
        booked = uow.bookings.list(BookingFilter(states=frozenset({"booked"})))
    assert len(booked) == 5 and sum(get_slot(ctx, s.id).booked_count for s in january) == 5


# --- bookings racing series changes -----------------------------------------------------------------
#
# A booking that commits while a series change, a closure day or an absence is half-way must not be
# lost: its slot must not be deleted under it, and an absence must not leave it with the absent
# advisor. The competing booking is started on its own connection just before the other transaction
# reaches the named statement. On SQLite it waits for the write lock (and comes too late); on
# PostgreSQL it commits in between, which is the interleaving that matters.


@pytest.fixture
def other(store_url: str, clock: FixedClock) -> Iterator[Context]:
    """A second client: its own store, engine and connection."""
    store = SqlStore.open(store_url)
    yield Context(store, clock)
    store.dispose()


@dataclass
class Meanwhile:
    done: threading.Event = field(default_factory=threading.Event)
    result: list[object] = field(default_factory=list)
    thread: threading.Thread | None = None


@contextmanager
def _meanwhile(ctx: Context, statement_start: str, action: Callable[[], object]) -> Iterator[Meanwhile]:
    """Run `action` on another thread just before ctx's engine first sends a statement starting with
    `statement_start`; give it up to a second to finish (it cannot on SQLite: the write lock is held)."""
    engine = cast(SqlStore, ctx.store).engine
    state = Meanwhile()

    def run() -> None:
        try:
            state.result.append(action())
        except BaseException as error:  # reported by the test
            state.result.append(error)
        finally:
            state.done.set()

    def before(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if state.thread is None and statement.startswith(statement_start):
            state.thread = threading.Thread(target=run, daemon=True)
            state.thread.start()
            state.done.wait(timeout=1)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield state
    finally:
        event.remove(engine, "before_cursor_execute", before)
        if state.thread is not None:
            state.thread.join(timeout=60)
    assert state.thread is not None, f"no statement started with {statement_start!r}"
    assert state.done.is_set(), "the competing booking hangs"


def _assert_every_booking_keeps_its_place(ctx: Context) -> None:
    with ctx.store.read() as uow:
        occupying = uow.bookings.list(BookingFilter(states=frozenset({"booked", "held", "no_show"})))
        all_slots = uow.slots.list(SlotFilter())
    lost = [b.id for b in occupying if b.slot_id is None]
    assert lost == [], f"booked sessions without a slot: {lost}"
    counts = {s.id: s.booked_count for s in all_slots}
    for slot_id in {b.slot_id for b in occupying}:
        assert counts.get(slot_id or 0) == sum(1 for b in occupying if b.slot_id == slot_id)


def test_a_closure_day_never_deletes_a_slot_booked_meanwhile(ctx: Context, other: Context) -> None:
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 2, time(10), FIRST_DAY, LAST_DAY)
    pia = add_member(ctx, "pia@randers.example")
    slot = slots.list_slots(ctx, from_date=date(2027, 1, 13), to_date=date(2027, 1, 13))[0]

    with _meanwhile(ctx, "DELETE FROM slots", lambda: bookings.book(other, actor_of(pia), slot.id)) as race:
        closures.add_closure_date(ctx, ADMIN, date(2027, 1, 13), "Temadag i BUA")

    [outcome] = race.result
    assert isinstance(outcome, Booking | BuaError), outcome
    _assert_every_booking_keeps_its_place(ctx)
    if isinstance(outcome, Booking):  # booked in time: the booked slot is kept, as for any booked slot
        assert get_slot(ctx, slot.id).booked_count == 1


def test_a_booking_waiting_on_a_closure_days_deleted_slot_does_not_deadlock_it(
    ctx: Context, other: Context
) -> None:
    """The closure day has deleted the slot when the booking starts; the booking locks its
    municipality and waits for the slot, then the closure day's skipped date checks its foreign key
    to that municipality. That check must not wait for the booking (it deadlocked on PostgreSQL)."""
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 2, time(10), FIRST_DAY, LAST_DAY)
    pia = add_member(ctx, "pia@randers.example")
    slot = slots.list_slots(ctx, from_date=date(2027, 1, 13), to_date=date(2027, 1, 13))[0]

    with _meanwhile(
        ctx, "INSERT INTO skipped_dates", lambda: bookings.book(other, actor_of(pia), slot.id)
    ) as race:
        closures.add_closure_date(ctx, ADMIN, date(2027, 1, 13), "Temadag i BUA")

    [outcome] = race.result
    assert isinstance(outcome, RuleRefused | NotFound), outcome  # the slot is gone: one Danish line
    assert slots.list_slots(ctx, from_date=date(2027, 1, 13), to_date=date(2027, 1, 13)) == []
    _assert_every_booking_keeps_its_place(ctx)


def test_an_absence_never_leaves_a_session_booked_meanwhile_with_the_absent_advisor(
    ctx: Context, other: Context
) -> None:
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, 2, time(10), FIRST_DAY, LAST_DAY)
    pia = add_member(ctx, "pia@randers.example")
    start, end = date(2027, 1, 11), date(2027, 1, 15)
    slot = slots.list_slots(ctx, from_date=start, to_date=end)[0]
    me = actor_of(advisor)

    registered: object
    with _meanwhile(
        ctx, "INSERT INTO skipped_dates", lambda: bookings.book(other, actor_of(pia), slot.id)
    ) as race:
        try:
            registered = absences.add_absence(ctx, me, advisor.email, start, end, "Kursus", {})
        except BuaError as refusal:  # refusing because a session got booked is fine too
            registered = refusal

    [outcome] = race.result
    assert isinstance(outcome, Booking | BuaError), outcome
    _assert_every_booking_keeps_its_place(ctx)
    if isinstance(registered, absences.AbsenceResult):
        # Registered: nothing in the period may still sit with the absent advisor.
        left = absences.affected_sessions(ctx, advisor.email, start, end)
        assert [(s.slot.id, [b.id for b in s.bookings]) for s in left] == []
