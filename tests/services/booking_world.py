"""The world the booking rule tests share: an advisor with a weekly 1:1 series in Randers, two
employees, and the check that a refused call leaves the store exactly as it was."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, time
from zoneinfo import ZoneInfo

import pytest

from app.domain.booking import Booking, GpGuest
from app.domain.model import (
    BookingFilter,
    Person,
    Profession,
    Slot,
    SlotFilter,
)
from app.domain.recurrence import RecurrenceRule, SessionType
from app.errors import BuaError, RuleRefused
from app.services import bookings, slots
from app.services.context import Context
from app.services.series import SeriesSpec, create_series
from tests.integration.helpers import ADMIN, actor_of, add_advisor, add_member, weekly_series

CPH = ZoneInfo("Europe/Copenhagen")
FULL_1_TO_1 = "Tiden er allerede booket."


@dataclass(frozen=True)
class World:
    advisor: Person
    pia: Person
    jens: Person


def make_world(ctx: Context, weekday: int = 2, starts_on: date = date(2027, 1, 6)) -> World:
    """An advisor with a weekly 1:1 series in Randers (Wednesdays 10:00 by default), two employees."""
    advisor = add_advisor(ctx)
    weekly_series(ctx, advisor, weekday, time(10), starts_on, date(2027, 6, 30))
    pia = add_member(ctx, "pia@randers.example")
    jens = add_member(ctx, "jens@randers.example", profession=Profession.SOCIAL_WORKER, name="Jens Berg")
    return World(advisor, pia, jens)


def slot_on(ctx: Context, day: date, municipality: str = "730", hour: int | None = None) -> Slot:
    found = [
        s
        for s in slots.list_slots(ctx, municipality_code=municipality, from_date=day, to_date=day)
        if hour is None or s.starts_at.astimezone(CPH).hour == hour
    ]
    assert len(found) == 1, f"expected one slot on {day} in {municipality}, found {found}"
    return found[0]


def book_slot(ctx: Context, person: Person, slot: Slot, gp: GpGuest | None = None) -> Booking:
    return bookings.book(ctx, actor_of(person), slot.id, gp)


def stored_booking(ctx: Context, booking_id: int) -> Booking:
    with ctx.store.read() as uow:
        found = uow.bookings.get(booking_id)
    assert found is not None
    return found


def audit_actions(ctx: Context, entity_id: int | None = None) -> list[str]:
    with ctx.store.read() as uow:
        entries = uow.audit.list("booking", str(entity_id) if entity_id is not None else None)
    return [e.action for e in entries]


def snapshot(ctx: Context) -> tuple[object, ...]:
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
def refused(ctx: Context, error: type[BuaError] = RuleRefused, match: str | None = None) -> Iterator[None]:
    """The call inside must raise `error` and leave the store exactly as it was."""
    before = snapshot(ctx)
    with pytest.raises(error, match=match):
        yield
    assert snapshot(ctx) == before, "a refused call wrote to the store"


def teaching_series(
    ctx: Context, advisor: Person, capacity: int, open_to_all: bool = False
) -> RecurrenceRule:
    rule = RecurrenceRule(
        weekday=3, start_time=time(14), starts_on=date(2027, 1, 7), ends_on=date(2027, 3, 25)
    )
    spec = SeriesSpec("730", advisor.email, rule, SessionType.TEACHING, capacity, open_to_all=open_to_all)
    created = create_series(ctx, ADMIN, spec)
    assert created.series.capacity == capacity
    return created.series.rule
