"""Booking, cancelling, moving, and the advisor's outcome of a session (the waitlist: waitlist.py).

Who may act is the access policy's (app/services/access.py); the rules here are the agreement's.
The 1:1 rule and capacities are held by the database (a conditional UPDATE of the slot's booked_count
under a CHECK constraint, and a partial unique index); the checks here only give a clear Danish reason
first. Per-person caps and municipal quotas lock the municipality's row, so concurrent bookings cannot
both slip under a cap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain import limits
from app.domain.booking import (
    Booking,
    BookingState,
    CancelReason,
    GpGuest,
    NewBooking,
    Outcome,
    cancel_deadline,
)
from app.domain.model import Actor, AuditEntry, BookingFilter, Person, Slot
from app.domain.summary import SummaryContent, blocked_message, guard
from app.domain.time import ZONE, local_midnight
from app.domain.words import from_word
from app.errors import InvalidInput, NotFound, PlaceTaken, RuleRefused
from app.ports import Placement, UnitOfWork
from app.services import access, lookups
from app.services.audit import as_record
from app.services.context import Context
from app.services.lookups import closure_calendar, person_by_email
from app.services.people import EMAIL_PATTERN
from app.services.places import (
    TAKEN,
    acting_booker,
    change_booking,
    check_may_take,
    full_message,
    get_slot,
    municipality_of,
    person_of,
    read_for_taking,
    record_change,
)
from app.services.rules import booking_rules
from app.services.summaries import store_draft
from app.services.waitlist import free_place


@dataclass(frozen=True)
class BookingChange:
    """A booking after it was cancelled, moved or given an outcome, and the waitlisted bookings that
    got the place it freed: their invite is new too (mail it with send_invites_after_change)."""

    booking: Booking
    promoted: tuple[int, ...] = ()


def book(
    ctx: Context,
    actor: Actor,
    slot_id: int,
    gp: GpGuest | None = None,
    summary: SummaryContent | None = None,
) -> Booking:
    """The acting municipal employee books a place on the slot, with a first draft of the summary.

    A summary the anonymity guard blocks refuses the booking: nothing is booked.
    """
    gp = _checked_gp(gp)
    if summary is not None and (checked := guard(summary)).blocks:
        raise RuleRefused(blocked_message(checked))
    with ctx.store.write() as uow:
        read_for_taking(uow, actor, slot_id)
        who = acting_booker(uow, ctx, actor)
        slot = get_slot(uow, slot_id)
        access.require(who, access.Action.BOOK, access.of_slot(slot))
        person = person_of(who)
        rules = booking_rules(uow)
        check_may_take(ctx, uow, rules, person, slot)
        if slot.booked_count >= slot.capacity:
            raise RuleRefused(full_message(slot))
        new = NewBooking(
            slot.id,
            slot.starts_at,
            slot.ends_at,
            person.id,
            municipality_of(person),
            slot.session_type.is_one_to_one,
            BookingState.BOOKED,
            gp,
        )
        try:  # on a server the write goes with the commit, and so does the refusal
            placed = uow.bookings.add_taking_place(new, _created_entry(actor, new))
            if summary is not None:
                store_draft(uow, actor, _booked(placed, slot), summary, ctx.clock.now())
            uow.commit()
        except PlaceTaken as error:
            raise RuleRefused(TAKEN) from error
    return _booked(placed, slot)


def cancel(
    ctx: Context, actor: Actor, booking_id: int, reason: str, expected_version: int | None = None
) -> BookingChange:
    """The booker cancels with a reason code until the cut-off; BUA cancels with a written reason."""
    reason = limits.checked("Begrundelsen", " ".join(reason.split()), limits.CANCEL_REASON)
    with ctx.store.write() as uow:
        who = access.principal(uow, actor, ctx.clock.today())
        booking = lookups.booking(uow, booking_id, lock=True)
        bua = _require_booker_or_bua(who, booking)
        if booking.state is not BookingState.BOOKED:
            raise RuleRefused(f"Bookingen kan ikke aflyses: den er {booking.state.value}.")
        if booking.starts_at <= ctx.clock.now():
            raise RuleRefused("Mødet er begyndt eller overstået: registrér udfaldet i stedet.")
        if not bua:
            code = _reason_code(reason)
            deadline = cancel_deadline(booking_rules(uow), closure_calendar(uow), _day(booking))
            if ctx.clock.today() > deadline:
                raise RuleRefused(
                    f"Fristen for selv at aflyse var {deadline.isoformat()}: "
                    f"kontakt BUA-rådgiveren ({booking.advisor_email})."
                )
            state, text = BookingState.CANCELLED, code.value
        else:
            if not reason:
                raise InvalidInput("BUA skal angive en begrundelse for aflysningen.")
            state, text = BookingState.CANCELLED_BY_BUA, reason
        changed = change_booking(
            uow, booking.id, _version(booking, expected_version), state=state, cancel_reason=text
        )
        record_change(uow, actor, "booking.cancelled", booking, changed)
        promoted = free_place(uow, actor, booking.slot_id)
        uow.commit()
    return BookingChange(changed, promoted)


def reschedule(
    ctx: Context,
    actor: Actor,
    booking_id: int,
    to_slot_id: int,
    expected_version: int | None = None,
) -> BookingChange:
    """Move a booking to another open slot in one transaction; it keeps its identity."""
    with ctx.store.write() as uow:
        who = access.principal(uow, actor, ctx.clock.today())
        booking = lookups.booking(uow, booking_id, lock=True)
        bua = _require_booker_or_bua(who, booking)
        if booking.state is not BookingState.BOOKED or booking.slot_id is None:
            raise RuleRefused(f"Bookingen kan ikke flyttes: den er {booking.state.value}.")
        if booking.starts_at <= ctx.clock.now():
            raise RuleRefused("Mødet er begyndt eller overstået: registrér udfaldet i stedet.")
        target = get_slot(uow, to_slot_id)
        if target.id == booking.slot_id:
            raise InvalidInput("Bookingen ligger allerede på den tid.")
        if target.session_type is not booking.session_type:
            raise InvalidInput("En booking kan kun flyttes til en tid af samme slags.")
        rules = booking_rules(uow)
        if not bua:
            deadline = cancel_deadline(rules, closure_calendar(uow), _day(booking))
            if ctx.clock.today() > deadline:
                raise RuleRefused(
                    f"Fristen for selv at flytte var {deadline.isoformat()}: kontakt BUA-rådgiveren."
                )
        booker = _person(uow, booking.person_id)
        check_may_take(ctx, uow, rules, booker, target, moving=booking)
        uow.slots.lock(sorted({target.id, booking.slot_id}))  # two moves in opposite directions
        if target.booked_count >= target.capacity or not uow.slots.take_place(target.id):
            raise RuleRefused(full_message(target))
        changed = change_booking(
            uow,
            booking.id,
            _version(booking, expected_version),
            slot_id=target.id,
            starts_at=target.starts_at,
            ends_at=target.ends_at,
        )
        record_change(uow, actor, "booking.rescheduled", booking, changed)
        promoted = free_place(uow, actor, booking.slot_id)
        uow.commit()
    return BookingChange(changed, promoted)


def set_outcome(
    ctx: Context,
    actor: Actor,
    booking_id: int,
    outcome: Outcome,
    reason: str | None = None,
    expected_version: int | None = None,
) -> BookingChange:
    """The advisor marks a session held, not held (no-show) or cancelled by BUA."""
    with ctx.store.write() as uow:
        who = access.principal(uow, actor, ctx.clock.today())
        booking = lookups.booking(uow, booking_id, lock=True)
        access.require(who, access.Action.ACT_FOR_BUA, access.of_booking(booking))
        started = booking.starts_at <= ctx.clock.now()
        if outcome is Outcome.CANCELLED_BY_BUA:
            if booking.state is not BookingState.BOOKED:
                raise RuleRefused(f"Bookingen kan ikke aflyses: den er {booking.state.value}.")
        else:
            if booking.state not in (BookingState.BOOKED, BookingState.HELD, BookingState.NO_SHOW):
                raise RuleRefused(f"Bookingen er {booking.state.value}: intet møde at registrere.")
            if not started:
                raise RuleRefused("Mødet er ikke begyndt endnu.")
        text = (reason or "Aflyst af BUA") if outcome is Outcome.CANCELLED_BY_BUA else None
        changed = change_booking(
            uow, booking.id, _version(booking, expected_version), state=outcome.state, cancel_reason=text
        )
        record_change(uow, actor, "booking.outcome", booking, changed)
        promoted: tuple[int, ...] = ()
        if outcome is Outcome.CANCELLED_BY_BUA and booking.slot_id is not None:
            if started:  # too late for anyone else: the place is just given back
                uow.slots.release_place(booking.slot_id)
            else:
                promoted = free_place(uow, actor, booking.slot_id)
        uow.commit()
    return BookingChange(changed, promoted)


def list_bookings(
    ctx: Context,
    municipality_code: str | None = None,
    person_email: str | None = None,
    from_date: date | None = None,
    to_date: date | None = None,
    states: frozenset[BookingState] | None = None,
) -> Sequence[Booking]:
    """The bookings the reader may see (see access.py): filtered, never refused for another's."""
    with ctx.store.read() as uow:
        person_id = person_by_email(uow, person_email).id if person_email else None
        found = uow.bookings.list(
            BookingFilter(
                person_id=person_id,
                municipality_code=municipality_code,
                states=states,
                starts_from=local_midnight(from_date) if from_date else None,
                starts_before=local_midnight(to_date + timedelta(days=1)) if to_date else None,
            )
        )
        return access.visible(access.acting(uow, ctx), access.Action.READ_BOOKINGS, found, access.of_booking)


def cancel_for_bua(uow: UnitOfWork, ctx: Context, actor: Actor, booking: Booking, reason: str) -> Booking:
    """Cancel on BUA's side inside a caller's transaction (an absence); frees the place."""
    state = (
        BookingState.CANCELLED if booking.state is BookingState.WAITLISTED else BookingState.CANCELLED_BY_BUA
    )
    changed = change_booking(uow, booking.id, booking.version, state=state, cancel_reason=reason)
    record_change(uow, actor, "booking.cancelled", booking, changed)
    if booking.state is BookingState.BOOKED and booking.slot_id is not None:
        uow.slots.release_place(booking.slot_id)
    return changed


def _require_booker_or_bua(who: access.Principal, booking: Booking) -> bool:
    """Whether BUA acts (True) or the booker within their own deadline (False); refuse anyone else."""
    target = access.of_booking(booking)
    if access.allows(who, access.Action.ACT_FOR_BUA, target):
        return True
    access.require(who, access.Action.CHANGE_OWN_BOOKING, target)
    return False


def _person(uow: UnitOfWork, person_id: int) -> Person:
    person = uow.people.get(person_id)
    if person is None:
        raise NotFound(f"Ingen person med id {person_id}.")
    return person


def _day(booking: Booking) -> date:
    return booking.starts_at.astimezone(ZONE).date()


def _version(booking: Booking, expected: int | None) -> int:
    return booking.version if expected is None else expected


def _reason_code(text: str) -> CancelReason:
    return from_word(CancelReason, text)  # "syg" as well as "illness"


def _checked_gp(gp: GpGuest | None) -> GpGuest | None:
    if gp is None:
        return None
    name = limits.checked("Lægens navn", " ".join(gp.name.split()), limits.NAME)
    email = limits.checked("Lægens e-mail", gp.email.strip().lower(), limits.EMAIL)
    if not name or not EMAIL_PATTERN.match(email):
        raise InvalidInput("Angiv lægens navn og en gyldig e-mailadresse.")
    clinic = limits.checked("Klinikken", gp.clinic.strip(), limits.CLINIC) if gp.clinic else None
    return GpGuest(name, email, clinic)


def _booked(placed: Placement, slot: Slot) -> Booking:
    """The new booking; nothing was written if someone took the last place first."""
    booking = placed.booking()
    if booking is None:
        raise RuleRefused(full_message(slot))
    return booking


def _created_entry(actor: Actor, new: NewBooking) -> AuditEntry:
    """The audit entry of a new booking, written with it (its id is the booking's)."""
    after = {
        "slot_id": new.slot_id,
        "starts_at": new.starts_at,
        "person_id": new.person_id,
        "state": new.state,
        "gp_invited": new.gp is not None,
        "cancel_reason": None,
        "version": 1,
    }
    return AuditEntry(actor, "booking.created", "booking", "", new.municipality_code, None, as_record(after))
