"""The teaching waitlist: joining and leaving it, who is on it, and a freed place given at once to the
first on it who may still book."""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.booking import Booking, BookingState, NewBooking
from app.domain.model import Actor, BookingFilter
from app.domain.recurrence import SessionType
from app.errors import NotFound, PlaceTaken, RuleRefused
from app.ports import UnitOfWork
from app.services import access
from app.services.audit import record
from app.services.context import Context
from app.services.places import (
    TAKEN,
    acting_booker,
    audit_view,
    change_booking,
    check_may_take,
    get_slot,
    municipality_of,
    person_of,
    read_for_taking,
)
from app.services.rules import booking_rules


def join_waitlist(ctx: Context, actor: Actor, slot_id: int) -> Booking:
    with ctx.store.write() as uow:
        read_for_taking(uow, actor, slot_id)
        who = acting_booker(uow, ctx, actor)
        slot = get_slot(uow, slot_id)
        access.require(who, access.Action.BOOK, access.of_slot(slot))
        person = person_of(who)
        if slot.session_type is not SessionType.TEACHING:
            raise RuleRefused("Kun undervisning har venteliste.")
        rules = booking_rules(uow)
        check_may_take(ctx, uow, rules, person, slot)
        if slot.booked_count < slot.capacity:
            raise RuleRefused("Der er stadig ledige pladser: book tiden i stedet.")
        try:
            entry = uow.bookings.add(
                NewBooking(
                    slot.id,
                    slot.starts_at,
                    slot.ends_at,
                    person.id,
                    municipality_of(person),
                    False,
                    BookingState.WAITLISTED,
                )
            )
        except PlaceTaken as error:
            raise RuleRefused(TAKEN) from error
        record(
            uow,
            actor,
            "waitlist.joined",
            "booking",
            entry.id,
            entry.municipality_code,
            after=audit_view(entry),
        )
        uow.commit()
    return entry


def leave_waitlist(ctx: Context, actor: Actor, slot_id: int) -> Booking:
    with ctx.store.write() as uow:
        who = acting_booker(uow, ctx, actor)
        access.require_any(who, access.Action.BOOK)
        person = person_of(who)
        entries = uow.bookings.list(
            BookingFilter(person_id=person.id, slot_id=slot_id, states=frozenset({BookingState.WAITLISTED}))
        )
        if not entries:
            raise NotFound("Du står ikke på ventelisten til den tid.")
        left = change_booking(
            uow,
            entries[0].id,
            entries[0].version,
            state=BookingState.CANCELLED,
            cancel_reason="left_waitlist",
        )
        record(
            uow,
            actor,
            "waitlist.left",
            "booking",
            left.id,
            left.municipality_code,
            before=audit_view(entries[0]),
            after=audit_view(left),
        )
        uow.commit()
    return left


def entries(ctx: Context, slot_id: int) -> Sequence[Booking]:
    """The slot's waitlist, first in line first: BUA sees all of it, a booker their own place."""
    with ctx.store.read() as uow:
        who = access.acting(uow, ctx)
        access.require(who, access.Action.READ_SLOTS, access.of_slot(get_slot(uow, slot_id)))
        entries = access.visible(
            who,
            access.Action.READ_BOOKINGS,
            uow.bookings.list(BookingFilter(slot_id=slot_id, states=frozenset({BookingState.WAITLISTED}))),
            access.of_booking,
        )
    return sorted(entries, key=lambda b: (b.created_at, b.id))


def free_place(uow: UnitOfWork, actor: Actor, slot_id: int | None) -> tuple[int, ...]:
    """Give the freed place back at once: to the first eligible person on the waitlist, if any.
    Returns the bookings promoted into it."""
    if slot_id is None:
        return ()
    uow.slots.release_place(slot_id)
    moves = uow.bookings.fill_from_waitlist(slot_id)
    for move in moves:
        promoted = move.state is BookingState.BOOKED
        record(
            uow,
            actor,
            "waitlist.promoted" if promoted else "waitlist.removed",
            "booking",
            move.booking_id,
            move.municipality_code,
            before={"state": BookingState.WAITLISTED, "version": move.version - 1},
            after={"state": move.state, "version": move.version},
        )
    return tuple(m.booking_id for m in moves if m.state is BookingState.BOOKED)
