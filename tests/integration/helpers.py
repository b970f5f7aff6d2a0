"""Shared set-up for integration and service tests: people and series created through the real services."""

from __future__ import annotations

from datetime import date, time

from app.domain.booking import Booking
from app.domain.model import Actor, NewPerson, Person, Profession, Role, Slot
from app.domain.recurrence import RecurrenceRule, SessionType
from app.services.bookings import book
from app.services.context import Context
from app.services.people import add_person
from app.services.series import SeriesResult, SeriesSpec, create_series

ADMIN = Actor.system("test")


def add_advisor(ctx: Context, email: str = "ulla@bua.example", name: str = "Ulla Bak") -> Person:
    return add_person(ctx, ADMIN, NewPerson(email, name, Role.ADVISOR))


def add_staff(ctx: Context, email: str, municipality: str = "730") -> Person:
    return add_person(
        ctx,
        ADMIN,
        NewPerson(email, "Pia Holm", Role.MUNICIPAL_STAFF, municipality, Profession.PSYCHOLOGIST),
    )


def weekly_series(
    ctx: Context,
    advisor: Person,
    weekday: int,
    start: time,
    starts_on: date,
    ends_on: date,
    municipality: str = "730",
    session_type: SessionType = SessionType.SPARRING,
) -> SeriesResult:
    rule = RecurrenceRule(weekday=weekday, start_time=start, starts_on=starts_on, ends_on=ends_on)
    return create_series(ctx, ADMIN, SeriesSpec(municipality, advisor.email, rule, session_type))


def book_as(ctx: Context, person: Person, slot_id: int) -> Booking:
    return book(ctx, Actor(person.id, person.email), slot_id)


# --- bookings (tests/services/test_bookings.py and siblings, test_booking_races.py, test_crash_safety.py) ---


def actor_of(person: Person) -> Actor:
    """The person acting for themselves, as the booking services expect."""
    return Actor(person.id, person.email)


def add_member(
    ctx: Context,
    email: str,
    municipality: str = "730",
    profession: Profession = Profession.PSYCHOLOGIST,
    name: str = "Pia Holm",
) -> Person:
    """A municipal employee with a chosen municipality and profession."""
    return add_person(ctx, ADMIN, NewPerson(email, name, Role.MUNICIPAL_STAFF, municipality, profession))


def get_slot(ctx: Context, slot_id: int) -> Slot:
    with ctx.store.read() as uow:
        found = uow.slots.get(slot_id)
    assert found is not None, f"slot {slot_id} is gone"
    return found


def get_booking(ctx: Context, booking_id: int) -> Booking:
    with ctx.store.read() as uow:
        found = uow.bookings.get(booking_id)
    assert found is not None, f"booking {booking_id} is gone"
    return found
