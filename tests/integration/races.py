"""Racing the services: `run_race` runs one attempt per worker context, all released at once by a
barrier, and sorts the outcomes into won, refused and anything else (an error, with its traceback).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

import pytest

from app.domain.booking import Booking
from app.domain.model import Person
from app.errors import RuleRefused
from app.services import bookings
from app.services.context import Context
from tests.integration.helpers import actor_of

WORKERS = 50  # PostgreSQL allows 100 connections by default: one per worker, plus the test's own
FIRST_DAY, LAST_DAY = date(2027, 1, 6), date(2027, 3, 1)  # bookable on 4 January 2027: lead and horizon


@dataclass
class RaceResult:
    won: list[Booking] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # anything but a RuleRefused, with its traceback


Attempt = Callable[[Context], Booking]


def run_race(workers: Sequence[Context], attempts: Sequence[Attempt]) -> RaceResult:
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


def book_attempt(person: Person, slot_id: int) -> Attempt:
    def attempt(ctx: Context) -> Booking:
        return bookings.book(ctx, actor_of(person), slot_id)

    return attempt


def move_attempt(person: Person, booking_id: int, slot_id: int) -> Attempt:
    def attempt(ctx: Context) -> Booking:
        return bookings.reschedule(ctx, actor_of(person), booking_id, slot_id).booking

    return attempt


def warm_up(workers: Sequence[Context], attempts: Sequence[Attempt]) -> None:
    """One refused attempt per worker, one after the other: each engine compiles its statements
    before the timed rounds (SQLAlchemy caches compiled SQL per engine)."""
    for ctx, attempt in zip(workers, attempts, strict=False):
        with pytest.raises(RuleRefused):
            attempt(ctx)
