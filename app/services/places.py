"""Taking a place on a slot, for a booking or a waitlist entry: who acts, the slot, the agreement's
rules (app/domain/booking.py, may_take) on facts read under the municipality's lock, and what the audit
log keeps of a booking."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.domain.booking import Booking, BookingRules, may_take, session_day
from app.domain.model import Actor, Person, Slot
from app.domain.time import add_months, local_midnight
from app.errors import ChangedMeanwhile, Conflict, NotFound, PlaceTaken, RuleRefused
from app.ports import Ahead, UnitOfWork
from app.services import access
from app.services.audit import record
from app.services.context import Context
from app.services.lookups import closure_calendar, missing_booking

TAKEN = "Tiden er allerede booket."


def change_booking(uow: UnitOfWork, booking_id: int, expected_version: int, **changes: Any) -> Booking:
    """uow.bookings.change, its refusals worded: another change came first, or the place is taken."""
    try:
        return uow.bookings.change(booking_id, expected_version, **changes)
    except PlaceTaken as error:
        raise RuleRefused(TAKEN) from error
    except ChangedMeanwhile as error:
        if error.gone:
            raise missing_booking(booking_id) from error
        raise Conflict("Bookingen er ændret af en anden i mellemtiden: hent den igen.") from error


def read_for_taking(uow: UnitOfWork, actor: Actor, slot_id: int) -> None:
    """What taking a place reads before the lock, sent together: who acts, the slot, the rules and the
    closure days (one round trip on a server, the write's BEGIN with it)."""
    people = () if actor.person_id is None else (actor.person_id,)
    uow.read_ahead(Ahead(people=people, slots=(slot_id,), settings=True, closures=True))


def acting_booker(uow: UnitOfWork, ctx: Context, actor: Actor) -> access.Principal:
    who = access.principal(uow, actor, ctx.clock.today())
    access.require_any(who, access.Action.BOOK)
    return who


def person_of(who: access.Principal) -> Person:
    assert who.person is not None  # require_any refused the system
    return who.person


def get_slot(uow: UnitOfWork, slot_id: int) -> Slot:
    slot = uow.slots.get(slot_id)
    if slot is None:
        raise NotFound(f"Ingen tid med id {slot_id}.")
    return slot


def municipality_of(person: Person) -> str:
    assert person.municipality_code is not None  # municipal staff always has one
    return person.municipality_code


def check_may_take(
    ctx: Context,
    uow: UnitOfWork,
    rules: BookingRules,
    person: Person,
    slot: Slot,
    moving: Booking | None = None,
) -> None:
    """The agreement's rules (`may_take`), on facts read under the municipality's lock."""
    municipality = municipality_of(person)
    month: tuple[datetime, datetime] | None = None
    if municipality in rules.monthly_quota:
        first = session_day(slot).replace(day=1)
        month = (local_midnight(first), local_midnight(add_months(first, 1)))
    calendar, now, today = closure_calendar(uow), ctx.clock.now(), ctx.clock.today()
    # Lock order: municipality, then slot. A person's bookings always lock their own (fixed)
    # municipality first, so this also serialises one person's bookings for the cap.
    facts = uow.bookings.facts_under_lock(
        municipality, person.id, slot.id, now, month, moving.id if moving else None
    )
    may_take(rules, calendar, person, slot, facts, now, today, moving is not None)


def full_message(slot: Slot) -> str:
    if slot.session_type.is_one_to_one:
        return "Tiden er allerede booket."
    return "Undervisningen er fuld: skriv dig på ventelisten."


def record_change(uow: UnitOfWork, actor: Actor, action: str, before: Booking, after: Booking) -> None:
    record(
        uow,
        actor,
        action,
        "booking",
        before.id,
        before.municipality_code,
        before=audit_view(before),
        after=audit_view(after),
    )


def audit_view(booking: Booking) -> dict[str, object]:
    """What the audit log keeps of a booking: no free text beyond the cancel reason."""
    return {
        "slot_id": booking.slot_id,
        "starts_at": booking.starts_at,
        "person_id": booking.person_id,
        "state": booking.state,
        "gp_invited": booking.gp is not None,
        "cancel_reason": booking.cancel_reason,
        "version": booking.version,
    }
