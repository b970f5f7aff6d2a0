"""Repositories for bookings and absences, and the row locks the booking services rely on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any
from uuid import uuid4

from sqlalchemy import Integer, Select, String, and_, bindparam, cast, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from app.domain.booking import (
    OCCUPYING_STATES,
    Booking,
    BookingState,
    GpGuest,
    Holding,
    NewBooking,
    SupersededEvent,
    TakingFacts,
    WaitlistMove,
)
from app.domain.model import Absence, AuditEntry, BookingFilter, Role
from app.domain.recurrence import SessionType
from app.errors import Conflict, NotFound, RuleRefused
from app.ports import Clock
from db.models import AbsenceRow, AuditRow, BookingRow, PersonRow, SeriesRow, SlotRow
from db.prepared import Pending, Prepared, batch, literals, with_commit
from db.repositories import TAKE_PLACE, SqlAudit, lock_rows, row_lock
from db.repositories.locks import LOCK_MUNICIPALITY

_BOOKER = aliased(PersonRow, name="booker")
_ADVISOR = aliased(PersonRow, name="advisor")
_OCCUPYING = [s.value for s in OCCUPYING_STATES]
# A change to one of these states is a cancellation that calendar clients must see.
_CANCELLING = frozenset({BookingState.CANCELLED, BookingState.CANCELLED_BY_BUA})
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


def _booking_query() -> Select[*tuple[Any, ...]]:
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


_BOOKING_BY_ID = Prepared(_booking_query().where(BookingRow.id == bindparam("booking_id")))
_LOCK_BOOKING = row_lock(BookingRow.id)
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
_INSERT_BOOKING = Prepared(
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


_PLACE = _placing()


# The same, as the database does it on a shared server (server_security.sql).
_FILL_FROM_WAITLIST = text(
    "SELECT booking_id, municipality_code, state, version FROM public.bua_fill_from_waitlist(:slot_id)"
)

_FORGET_SUPERSEDED = text("SELECT public.bua_forget_superseded(:booking, :uid)")

_COUNT_OCCUPYING = Prepared(
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
_COUNT_HOLDING = Prepared(
    select(func.count()).where(BookingRow.person_id == bindparam("person_id"), _UPCOMING)
)
_COUNT_OCCUPYING_HERE = Prepared(  # on SQLite, where every booking is readable
    select(func.count()).where(
        BookingRow.municipality_code == bindparam("municipality"),
        BookingRow.state.in_(literals(_OCCUPYING)),
        BookingRow.starts_at >= bindparam("start"),
        BookingRow.starts_at < bindparam("end"),
        BookingRow.id != func.coalesce(bindparam("exclude_id", type_=Integer), 0),
    )
)
_HOLDING = Prepared(
    select(
        func.count().filter(_UPCOMING),
        func.count().filter(BookingRow.slot_id == bindparam("slot_id")),
    ).where(
        BookingRow.person_id == bindparam("person_id"),
        # the states of the partial unique index uq_bookings_person_slot: a place or an entry
        BookingRow.state.in_(literals([*_OCCUPYING, BookingState.WAITLISTED.value])),
    )
)


def _booking(result: Any) -> Booking:
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


def _new_row(booking: NewBooking, now: datetime) -> dict[str, Any]:
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


def _taken() -> RuleRefused:
    # The partial unique indexes: the 1:1 rule, or one place per person and slot.
    return RuleRefused("Tiden er allerede booket.")


def _audit_values(entry: AuditEntry) -> dict[str, Any]:
    return {
        "actor_person_id": entry.actor.person_id,
        "actor_label": entry.actor.label,
        "action": entry.action,
        "entity": entry.entity,
        "before": entry.before,
        "after": entry.after,
    }


class _Placed:
    """What add_taking_place wrote: the booking, read once it is there."""

    def __init__(self, pending: Pending | None, booking: Booking | None = None) -> None:
        self._pending, self._booking = pending, booking

    def booking(self) -> Booking | None:
        if self._pending is not None:
            row = self._pending.first()
            self._pending = None
            self._booking = None if row is None else _booking(row[:-1])  # the last: bua_audit's
        return self._booking


class SqlBookings:
    def __init__(self, session: Session, clock: Clock) -> None:
        self.session = session
        self.clock = clock

    def add(self, booking: NewBooking) -> Booking:
        try:
            booking_id = _INSERT_BOOKING.scalar(self.session, **_new_row(booking, self.clock.now()))
        except IntegrityError as error:
            raise _taken() from error
        found = self.get(booking_id)
        assert found is not None
        return found

    def get(self, booking_id: int, lock: bool = False) -> Booking | None:
        if lock:
            lock_rows(self.session, _LOCK_BOOKING, booking_id)
        found = _BOOKING_BY_ID.first(self.session, booking_id=booking_id)
        return None if found is None else _booking(found)

    def list(self, where: BookingFilter) -> Sequence[Booking]:
        query = _booking_query().order_by(BookingRow.starts_at, BookingRow.id)
        if where.person_id is not None:
            query = query.where(BookingRow.person_id == where.person_id)
        if where.municipality_code is not None:
            query = query.where(BookingRow.municipality_code == where.municipality_code)
        if where.slot_id is not None:
            query = query.where(BookingRow.slot_id == where.slot_id)
        if where.advisor_id is not None:
            query = query.where(SlotRow.advisor_id == where.advisor_id)
        if where.states is not None:
            query = query.where(BookingRow.state.in_(sorted(where.states)))
        if where.starts_from is not None:
            query = query.where(BookingRow.starts_at >= where.starts_from)
        if where.starts_before is not None:
            query = query.where(BookingRow.starts_at < where.starts_before)
        return [_booking(r) for r in self.session.execute(query)]

    def change(
        self,
        booking_id: int,
        expected_version: int,
        state: BookingState | None = None,
        cancel_reason: str | None = None,
        slot_id: int | None = None,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
    ) -> Booking:
        values: dict[str, Any] = {"version": expected_version + 1, "updated_at": self.clock.now()}
        if state is not None:
            values["state"] = state.value
        if cancel_reason is not None:
            values["cancel_reason"] = cancel_reason
        if slot_id is not None:
            values["slot_id"] = slot_id
        if starts_at is not None:
            values["starts_at"] = starts_at
        if ends_at is not None:
            values["ends_at"] = ends_at
        if slot_id is not None or starts_at is not None or state in _CANCELLING:
            values["ical_sequence"] = BookingRow.ical_sequence + 1  # a new time, or cancelled
        try:
            result = self.session.execute(
                update(BookingRow)
                .where(BookingRow.id == booking_id, BookingRow.version == expected_version)
                .values(**values)
            )
        except IntegrityError as error:
            raise RuleRefused("Tiden er allerede booket.") from error
        if getattr(result, "rowcount", 0) != 1:
            if self.session.get(BookingRow, booking_id) is None:
                raise NotFound(f"Ingen booking med id {booking_id}.")
            raise Conflict("Bookingen er ændret af en anden i mellemtiden: hent den igen.")
        self.session.expire_all()
        changed = self.get(booking_id)
        assert changed is not None
        return changed

    def raise_sequences(self, slot_ids: Sequence[int]) -> None:
        if not slot_ids:
            return
        self.session.execute(
            update(BookingRow)
            .where(BookingRow.slot_id.in_(sorted(set(slot_ids))), BookingRow.state.in_(_OCCUPYING))
            .values(ical_sequence=BookingRow.ical_sequence + 1, updated_at=self.clock.now())
        )
        self.session.expire_all()

    def hand_over_events(self, slot_ids: Sequence[int], from_advisor_id: int) -> None:
        """Each standing booking on the slots gets a new event (UID, SEQUENCE 0) for its new
        organizer; the old one is kept to be cancelled (SEQUENCE one up), unless an older one still
        waits for its cancellation: that one is the event the calendars hold."""
        rows = self.session.scalars(
            select(BookingRow).where(
                BookingRow.slot_id.in_(sorted(set(slot_ids))), BookingRow.state.in_(_OCCUPYING)
            )
        )
        now = self.clock.now()
        for row in rows:
            if row.superseded_uid is None:
                row.superseded_uid = row.ical_uid
                row.superseded_sequence = row.ical_sequence + 1
                row.superseded_organizer_id = from_advisor_id
            row.ical_uid = f"{uuid4()}@{ICAL_UID_DOMAIN}"
            row.ical_sequence = 0
            row.updated_at = now
        self.session.flush()
        self.session.expire_all()

    def forget_superseded(self, booking_id: int, uid: str) -> None:
        if self.session.get_bind().dialect.name == "postgresql":  # the advisor no longer serves it
            self.session.execute(_FORGET_SUPERSEDED, {"booking": booking_id, "uid": uid})
            self.session.expire_all()
            return
        self.session.execute(
            update(BookingRow)
            .where(BookingRow.id == booking_id, BookingRow.superseded_uid == uid)
            .values(superseded_uid=None, superseded_sequence=None, superseded_organizer_id=None)
        )
        self.session.expire_all()

    def fill_from_waitlist(self, slot_id: int) -> Sequence[WaitlistMove]:
        if self.session.get_bind().dialect.name == "postgresql":
            found = self.session.execute(_FILL_FROM_WAITLIST, {"slot_id": slot_id})
            return [WaitlistMove(b, m, BookingState(s), v) for b, m, s, v in found]
        moves = []
        while (entry := self._first_waitlisted(slot_id)) is not None:
            eligible = self.session.execute(
                select(PersonRow.id).where(
                    PersonRow.id == entry.person_id,
                    PersonRow.active.is_(True),
                    PersonRow.role == Role.MUNICIPAL_STAFF.value,
                )
            ).first()
            if eligible and TAKE_PLACE.rowcount(self.session, slot_id=slot_id) != 1:
                break
            state = BookingState.BOOKED if eligible else BookingState.CANCELLED
            changed = self.change(
                entry.id, entry.version, state=state, cancel_reason=None if eligible else "not_eligible"
            )
            moves.append(WaitlistMove(changed.id, changed.municipality_code, state, changed.version))
            if eligible:
                break
        return moves

    def _first_waitlisted(self, slot_id: int) -> Booking | None:
        found = self.session.execute(
            _booking_query()
            .where(BookingRow.slot_id == slot_id, BookingRow.state == BookingState.WAITLISTED.value)
            .order_by(BookingRow.created_at, BookingRow.id)
            .limit(1)
        ).first()
        return None if found is None else _booking(found)

    def count_holding(self, person_id: int, after: datetime) -> int:
        return int(_COUNT_HOLDING.scalar(self.session, person_id=person_id, after=after))

    def facts_under_lock(
        self,
        municipality_code: str,
        person_id: int,
        slot_id: int,
        after: datetime,
        month: tuple[datetime, datetime] | None,
        exclude_id: int | None = None,
    ) -> TakingFacts:
        server = self._on_server()
        with batch(self.session) as send:
            if server:  # SQLite's write transaction already holds its one write lock (BEGIN IMMEDIATE)
                send(LOCK_MUNICIPALITY, key=municipality_code)
            holding = send(_HOLDING, person_id=person_id, slot_id=slot_id, after=after)
            taken = None
            if month is not None:
                start, end = month
                counted = dict(municipality=municipality_code, start=start, end=end, exclude_id=exclude_id)
                taken = send(_COUNT_OCCUPYING if server else _COUNT_OCCUPYING_HERE, **counted)
        upcoming, on_slot = holding.first() or (0, 0)  # an aggregate always has its one row
        return TakingFacts(Holding(int(upcoming), bool(on_slot)), int(taken.scalar() or 0) if taken else 0)

    def add_taking_place(self, booking: NewBooking, created: AuditEntry) -> _Placed:
        if self._on_server():
            values = {**_new_row(booking, self.clock.now()), **_audit_values(created)}
            return _Placed(with_commit(self.session, _PLACE, values, on_conflict=_taken()))
        if TAKE_PLACE.rowcount(self.session, slot_id=booking.slot_id) != 1:
            return _Placed(None)
        added = self.add(booking)
        SqlAudit(self.session, self.clock).append(replace(created, entity_id=str(added.id)))
        return _Placed(None, added)

    def count_occupying(self, municipality_code: str, start: datetime, end: datetime) -> int:
        counted = dict(municipality=municipality_code, start=start, end=end, exclude_id=None)
        statement = _COUNT_OCCUPYING if self._on_server() else _COUNT_OCCUPYING_HERE
        return int(statement.scalar(self.session, **counted) or 0)

    def _on_server(self) -> bool:
        return self.session.get_bind().dialect.name == "postgresql"


class SqlAbsences:
    def __init__(self, session: Session, clock: Clock) -> None:
        self.session = session
        self.clock = clock

    def add(self, advisor_id: int, starts_on: date, ends_on: date, reason: str) -> Absence:
        row = AbsenceRow(
            advisor_id=advisor_id,
            starts_on=starts_on,
            ends_on=ends_on,
            reason=reason,
            created_at=self.clock.now(),
        )
        self.session.add(row)
        self.session.flush()
        return self.list_where(AbsenceRow.id == row.id)[0]

    def list(self, advisor_id: int | None = None) -> Sequence[Absence]:
        if advisor_id is None:
            return self.list_where()
        return self.list_where(AbsenceRow.advisor_id == advisor_id)

    def list_where(self, *conditions: Any) -> Sequence[Absence]:
        query = (
            select(AbsenceRow, PersonRow.email)
            .join(PersonRow, PersonRow.id == AbsenceRow.advisor_id)
            .where(*conditions)
            .order_by(AbsenceRow.starts_on, AbsenceRow.id)
        )
        return [
            Absence(r.id, r.advisor_id, email, r.starts_on, r.ends_on, r.reason)
            for r, email in self.session.execute(query)
        ]
