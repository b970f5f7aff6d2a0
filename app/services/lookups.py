"""Finding what a service acts on (or saying in Danish that it is not there), and the calendar it
counts days by."""

from __future__ import annotations

from datetime import date

from app.domain.booking import Booking
from app.domain.calendar import ClosureCalendar
from app.domain.model import Person, Role
from app.domain.time import add_months
from app.errors import NotFound, RuleRefused
from app.ports import UnitOfWork

HORIZON_MONTHS_KEY = "horizon_months"
DEFAULT_HORIZON_MONTHS = 12


def booking(uow: UnitOfWork, booking_id: int, lock: bool = False) -> Booking:
    """The booking (locked for the transaction with `lock`), or NotFound."""
    found = uow.bookings.get(booking_id, lock=lock)
    if found is None:
        raise missing_booking(booking_id)
    return found


def missing_booking(booking_id: int) -> NotFound:
    return NotFound(f"Ingen booking med id {booking_id}.")


def person_by_email(uow: UnitOfWork, email: str) -> Person:
    person = uow.people.by_email(email)
    if person is None:
        raise NotFound(f"Ingen person med e-mail {email}.")
    return person


def closure_calendar(uow: UnitOfWork) -> ClosureCalendar:
    return ClosureCalendar(uow.closures.annual(), uow.closures.dates())


def horizon_end(uow: UnitOfWork, today: date) -> date:
    """The last date slots are materialised for: today plus the rolling horizon."""
    months = uow.settings.get(HORIZON_MONTHS_KEY) or DEFAULT_HORIZON_MONTHS
    return add_months(today, int(months))


def advisor(uow: UnitOfWork, email: str, active: bool = True) -> Person:
    """The BUA advisor with `email`; `active`: only one who still works (a series needs one, while an
    absence may be a former advisor's, whose sessions are still to be handed on)."""
    person = person_by_email(uow, email)
    if person.role is not Role.ADVISOR or (active and not person.active):
        raise RuleRefused(f"{person.name} er ikke {'en aktiv ' if active else ''}BUA-rådgiver.")
    return person
