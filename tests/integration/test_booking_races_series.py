"""Bookings racing series changes, closure days and absences, on a real store (SQLite file and
PostgreSQL): a booking that commits meanwhile keeps its slot and never stays with an absent advisor.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, time
from typing import cast

import pytest
from sqlalchemy import event

from app.domain.booking import Booking
from app.domain.model import BookingFilter, SlotFilter
from app.errors import BuaError, NotFound, RuleRefused
from app.services import absences, bookings, closures, slots
from app.services.context import Context
from db.store import SqlStore
from tests.fakes import FixedClock
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member, get_slot, weekly_series
from tests.integration.races import (
    FIRST_DAY,
    LAST_DAY,
)

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
