"""Stateful property test of the booking services on a real store (SQLite file and PostgreSQL).

The state machine (booking_machine.py) drives the services, with invalid combinations on purpose;
after every step the invariants (booking_invariants.py) are read from the database itself: the 1:1
rule, capacities and `booked_count`, who may hold a place, and the audit trail.

The people, contacts and series are created once per engine through the services (booking_seed.py);
every Hypothesis example then runs on its own copy of that store.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.stateful import (
    run_state_machine_as_test,
)
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.domain.booking import BookingState, Outcome
from app.domain.model import Actor, SlotFilter
from app.domain.recurrence import RecurrenceRule
from app.services import bookings
from app.services.context import Context
from app.services.people import add_person
from app.services.series import SeriesSpec, create_series
from db.store import SqlStore
from tests.fakes import FixedClock
from tests.integration.booking_machine import BookingMachine
from tests.integration.booking_seed import (
    PEOPLE,
    TEACHING,
    Seed,
    StoreCopies,
    seed_store,
)
from tests.integration.helpers import ADMIN


@pytest.fixture
def copies(store_url: str, tmp_path: Path) -> Iterator[tuple[Seed, StoreCopies]]:
    yield seed_store(store_url), StoreCopies(store_url, tmp_path)


def test_booking_invariants_hold_under_random_service_calls(copies: tuple[Seed, StoreCopies]) -> None:
    seed, store_copies = copies
    machine = type("BookingMachineOnStore", (BookingMachine,), {"seed": seed, "copies": store_copies})
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=30,
            stateful_step_count=40,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )


def test_seeded_store_is_usable(store_url: str) -> None:
    """The copy mechanism itself: a copy has the seeded people and slots, and is gone after drop."""
    seed = seed_store(store_url)
    store_copies = StoreCopies(store_url, Path(make_url(store_url).database or ".").parent)
    url = store_copies.fresh()
    store = SqlStore.open(url)
    try:
        with store.read() as uow:
            assert len(uow.people.list()) == len(PEOPLE)
            assert uow.session.scalar(text("SELECT count(*) FROM slots")) == sum(
                map(len, seed.slots.values())
            )
    finally:
        store.dispose()
        store_copies.drop(url)
    assert all(seed.slots.values())


def test_bua_cancelling_a_started_session_frees_its_place(ctx: Context) -> None:
    """Found by the state machine: book, let the session begin, advisor registers cancelled-by-BUA."""
    assert isinstance(ctx.clock, FixedClock)
    advisor = add_person(ctx, ADMIN, PEOPLE["ulla"])
    staff = add_person(ctx, ADMIN, PEOPLE["pia"])
    rule = RecurrenceRule(4, time(13), date(2027, 1, 8), ends_on=date(2027, 1, 8))
    created = create_series(ctx, ADMIN, SeriesSpec("730", advisor.email, rule, TEACHING, 2))
    with ctx.store.read() as uow:
        [slot] = uow.slots.list(SlotFilter(series_id=created.series.id))
    booking = bookings.book(ctx, Actor(staff.id, staff.email), slot.id)
    ctx.clock.day = date(2027, 1, 11)  # the session on Friday 8 January has begun (and ended)

    cancelled = bookings.set_outcome(
        ctx, Actor(advisor.id, advisor.email), booking.id, Outcome.CANCELLED_BY_BUA
    ).booking

    assert cancelled.state is BookingState.CANCELLED_BY_BUA
    with ctx.store.read() as uow:
        after = uow.slots.get(slot.id)
    assert after is not None and after.booked_count == 0  # was 1, with no occupying booking
