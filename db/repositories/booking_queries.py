"""The booking repository's statements and row mapping: a booking is read with its booker, slot,
series and advisor; on a server the place, the booking and its audit entry are written in one statement."""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Any
from uuid import uuid4

from sqlalchemy import (
    Integer,
    Select,
    String,
    and_,
    bindparam,
    cast,
    false,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import aliased

from app.domain.booking import (
    OCCUPYING_STATES,
    Booking,
    BookingState,
    GpGuest,
    NewBooking,
    SupersededEvent,
)
from app.domain.model import AuditEntry, BookingFilter
from app.domain.recurrence import SessionType
from db.models import AuditRow, BookingRow, PersonRow, SeriesRow, SlotRow, SummaryRow
from db.prepared import Prepared, literals
from db.repositories.locks import row_lock

_BOOKER = aliased(PersonRow, name="booker")
_ADVISOR = aliased(PersonRow, name="advisor")
OCCUPYING = [s.value for s in OCCUPYING_STATES]
# A change to one of these states is a cancellation that calendar clients must see.
CANCELLING = frozenset({BookingState.CANCELLED, BookingState.CANCELLED_BY_BUA})
ICAL_UID_DOMAIN = "bua-booking"


_BOOKING_COLUMNS = (
    BookingRow.id,
    BookingRow.slot_id,
    BookingRow.starts_at,
    BookingRow.ends_at,
    BookingRow.person_id,
    BookingRow.municipality_code,
    BookingRow.state,
    BookingRow.gp_name,
    BookingRow.gp_email,
    BookingRow.gp_clinic,
    BookingRow.cancel_reason,
    BookingRow.created_at,
    BookingRow.version,
    BookingRow.ical_uid,
    BookingRow.ical_sequence,
    BookingRow.superseded_uid,
    BookingRow.superseded_sequence,
    BookingRow.superseded_organizer_id,
)


def booking_query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            *_BOOKING_COLUMNS,
            SlotRow.municipality_code,
            SlotRow.advisor_id,
            _ADVISOR.email,
            SeriesRow.session_type,
            _BOOKER.email,
            _BOOKER.name,
        )
        .join(_BOOKER, _BOOKER.id == BookingRow.person_id)
        .outerjoin(SlotRow, SlotRow.id == BookingRow.slot_id)
        .outerjoin(SeriesRow, SeriesRow.id == SlotRow.series_id)
        .outerjoin(_ADVISOR, _ADVISOR.id == SlotRow.advisor_id)
    )


# The conditions a BookingFilter's fields stand for, each with a parameter of the field's name.
_CONDITIONS: dict[str, Any] = {
    "person_id": BookingRow.person_id == bindparam("person_id"),
    "municipality_code": BookingRow.municipality_code == bindparam("municipality_code"),
    "slot_id": BookingRow.slot_id == bindparam("slot_id"),
    "advisor_id": SlotRow.advisor_id == bindparam("advisor_id"),
    "starts_from": BookingRow.starts_at >= bindparam("starts_from"),
    "starts_before": BookingRow.starts_at < bindparam("starts_before"),
}


def listing(where: BookingFilter) -> tuple[Prepared, dict[str, Any]]:
    """The statement and values of `where`'s list, by starts_at."""
    fields, states, values = _shape(where)
    return _list_statement(fields, states), values


def states_listing(where: BookingFilter) -> tuple[Prepared, dict[str, Any]]:
    """The same bookings' ids with their summary's state (None: no summary)."""
    fields, states, values = _shape(where)
    return _states_statement(fields, states), values


def _shape(where: BookingFilter) -> tuple[tuple[str, ...], tuple[str, ...] | None, dict[str, Any]]:
    """The fields `where` sets (one statement per combination), its states, and its values."""
    values = {f: v for f, v in vars(where).items() if v is not None and f != "states"}
    states = None if where.states is None else tuple(sorted(where.states))
    return tuple(values), states, values


@functools.cache
def _list_statement(fields: tuple[str, ...], states: tuple[str, ...] | None) -> Prepared:
    query = booking_query().where(*_conditions(fields, states))
    return Prepared(query.order_by(BookingRow.starts_at, BookingRow.id))


@functools.cache
def _states_statement(fields: tuple[str, ...], states: tuple[str, ...] | None) -> Prepared:
    return Prepared(
        select(BookingRow.id, SummaryRow.state)
        .outerjoin(SlotRow, SlotRow.id == BookingRow.slot_id)
        .outerjoin(SummaryRow, SummaryRow.booking_id == BookingRow.id)
        .where(*_conditions(fields, states))
    )


def _conditions(fields: tuple[str, ...], states: tuple[str, ...] | None) -> list[Any]:
    found = [_CONDITIONS[f] for f in fields]
    if states is not None:  # constants: one statement per set of states
        found.append(BookingRow.state.in_(literals(states)) if states else false())
    return found


BOOKING_BY_ID = Prepared(booking_query().where(BookingRow.id == bindparam("booking_id")))
LOCK_BOOKING = row_lock(BookingRow.id)
_INSERT_COLUMNS = (
    "slot_id",
    "starts_at",
    "ends_at",
    "person_id",
    "municipality_code",
    "one_to_one",
    "state",
    "gp_name",
    "gp_email",
    "gp_clinic",
    "created_at",
    "updated_at",
    "version",
    "ical_uid",
    "ical_sequence",
)
INSERT_BOOKING = Prepared(
    insert(BookingRow).values({c: bindparam(c) for c in _INSERT_COLUMNS}).returning(BookingRow.id)
)


def _placing() -> Prepared:
    """On a server, one statement does what a booking writes: a place taken on the slot if one is free
    and the slot is not cancelled, the booking added on it and its audit entry (bua_audit, with the
    booking's id), so it can go with the commit. With no place free it writes nothing and returns no
    row. (SQLite cannot UPDATE in a WITH; there add_taking_place runs the steps one by one.)"""
    table = BookingRow.__table__
    taken = (
        update(SlotRow)
        .where(
            SlotRow.id == bindparam("slot_id"),
            SlotRow.booked_count < SlotRow.capacity,
            SlotRow.cancelled.is_(False),
        )
        .values(booked_count=SlotRow.booked_count + 1)
        .returning(SlotRow.id)
        .cte("taken")
    )
    given = [c for c in _INSERT_COLUMNS if c != "slot_id"]
    values = select(taken.c.id, *(bindparam(c, type_=table.c[c].type) for c in given))
    added = insert(BookingRow).from_select(["slot_id", *given], values).returning(*table.c).cte("added")
    audit = func.public.bua_audit(
        bindparam("actor_person_id", type_=Integer),
        bindparam("actor_label", type_=String),
        bindparam("action", type_=String),
        bindparam("entity", type_=String),
        cast(added.c.id, String),
        bindparam("municipality_code", type_=String),
        bindparam("before", type_=AuditRow.before.type),
        bindparam("after", type_=AuditRow.after.type),
    )
    return Prepared(
        select(
            *(added.c[column.name] for column in _BOOKING_COLUMNS),
            SlotRow.municipality_code,
            SlotRow.advisor_id,
            _ADVISOR.email,
            SeriesRow.session_type,
            _BOOKER.email,
            _BOOKER.name,
            audit,
        )
        .select_from(added)
        .join(_BOOKER, _BOOKER.id == added.c.person_id)
        .outerjoin(SlotRow, SlotRow.id == added.c.slot_id)
        .outerjoin(SeriesRow, SeriesRow.id == SlotRow.series_id)
        .outerjoin(_ADVISOR, _ADVISOR.id == SlotRow.advisor_id)
    )


PLACE = _placing()


# The same, as the database does it on a shared server (server_security.sql).
FILL_FROM_WAITLIST = text(
    "SELECT booking_id, municipality_code, state, version FROM public.bua_fill_from_waitlist(:slot_id)"
)

FORGET_SUPERSEDED = text("SELECT public.bua_forget_superseded(:booking, :uid)")

COUNT_OCCUPYING = Prepared(
    select(
        func.public.bua_count_occupying(
            bindparam("municipality", type_=String),
            bindparam("start", type_=BookingRow.starts_at.type),
            bindparam("end", type_=BookingRow.starts_at.type),
            bindparam("exclude_id", type_=Integer),
        )
    )
)

# Bookings and waitlist entries for sessions after `after`: what the per-person cap counts.
_UPCOMING = and_(
    BookingRow.state.in_(literals([BookingState.BOOKED.value, BookingState.WAITLISTED.value])),
    BookingRow.starts_at > bindparam("after"),
)
COUNT_HOLDING = Prepared(
    select(func.count()).where(BookingRow.person_id == bindparam("person_id"), _UPCOMING)
)
COUNT_OCCUPYING_HERE = Prepared(  # on SQLite, where every booking is readable
    select(func.count()).where(
        BookingRow.municipality_code == bindparam("municipality"),
        BookingRow.state.in_(literals(OCCUPYING)),
        BookingRow.starts_at >= bindparam("start"),
        BookingRow.starts_at < bindparam("end"),
        BookingRow.id != func.coalesce(bindparam("exclude_id", type_=Integer), 0),
    )
)
HOLDING = Prepared(
    select(
        func.count().filter(_UPCOMING),
        func.count().filter(BookingRow.slot_id == bindparam("slot_id")),
    ).where(
        BookingRow.person_id == bindparam("person_id"),
        # the states of the partial unique index uq_bookings_person_slot: a place or an entry
        BookingRow.state.in_(literals([*OCCUPYING, BookingState.WAITLISTED.value])),
    )
)


def booking_of(result: Any) -> Booking:
    (
        id_,
        slot_id,
        starts_at,
        ends_at,
        person_id,
        municipality_code,
        state,
        gp_name,
        gp_email,
        gp_clinic,
        cancel_reason,
        created_at,
        version,
        ical_uid,
        ical_sequence,
        superseded_uid,
        superseded_sequence,
        superseded_organizer_id,
        slot_municipality,
        advisor_id,
        advisor_email,
        kind,
        email,
        name,
    ) = result
    return Booking(
        id=id_,
        slot_id=slot_id,
        starts_at=starts_at,
        ends_at=ends_at,
        person_id=person_id,
        person_email=email,
        person_name=name,
        municipality_code=municipality_code,
        slot_municipality_code=slot_municipality,
        advisor_id=advisor_id,
        advisor_email=advisor_email,
        session_type=SessionType(kind) if kind else None,
        state=BookingState(state),
        gp=GpGuest(gp_name, gp_email, gp_clinic) if gp_email else None,
        cancel_reason=cancel_reason,
        created_at=created_at,
        version=version,
        ical_uid=ical_uid,
        ical_sequence=ical_sequence,
        superseded=(
            SupersededEvent(superseded_uid, superseded_sequence, superseded_organizer_id)
            if superseded_uid is not None
            else None
        ),
    )


def new_row(booking: NewBooking, now: datetime) -> dict[str, Any]:
    return {
        "slot_id": booking.slot_id,
        "starts_at": booking.starts_at,
        "ends_at": booking.ends_at,
        "person_id": booking.person_id,
        "municipality_code": booking.municipality_code,
        "one_to_one": booking.one_to_one,
        "state": booking.state.value,
        "gp_name": booking.gp.name if booking.gp else None,
        "gp_email": booking.gp.email if booking.gp else None,
        "gp_clinic": booking.gp.clinic if booking.gp else None,
        "created_at": now,
        "updated_at": now,
        "version": 1,
        "ical_uid": f"{uuid4()}@{ICAL_UID_DOMAIN}",
        "ical_sequence": 0,
    }


def audit_values(entry: AuditEntry) -> dict[str, Any]:
    return {
        "actor_person_id": entry.actor.person_id,
        "actor_label": entry.actor.label,
        "action": entry.action,
        "entity": entry.entity,
        "before": entry.before,
        "after": entry.after,
    }
