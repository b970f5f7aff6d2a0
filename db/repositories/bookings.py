"""Bookings and waitlist entries: their reads, their changes, and the facts and the write of a new
booking, each one round trip on a server."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any
from uuid import uuid4

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.booking import (
    Booking,
    BookingState,
    Holding,
    NewBooking,
    TakingFacts,
    WaitlistMove,
)
from app.domain.model import AuditEntry, BookingFilter, Role
from app.errors import ChangedMeanwhile, PlaceTaken
from app.ports import Clock
from db.models import BookingRow, PersonRow
from db.prepared import Pending, Send, batch, with_commit
from db.repositories.audit import SqlAudit
from db.repositories.booking_queries import (
    BOOKING_BY_ID,
    CANCELLING,
    COUNT_HOLDING,
    COUNT_OCCUPYING,
    COUNT_OCCUPYING_HERE,
    FILL_FROM_WAITLIST,
    FORGET_SUPERSEDED,
    HOLDING,
    ICAL_UID_DOMAIN,
    INSERT_BOOKING,
    LOCK_BOOKING,
    OCCUPYING,
    PLACE,
    audit_values,
    booking_of,
    booking_query,
    listing,
    new_row,
)
from db.repositories.locks import LOCK_MUNICIPALITY, lock_rows
from db.repositories.slots import TAKE_PLACE


class _Placed:
    """What add_taking_place wrote: the booking, read once it is there."""

    def __init__(self, pending: Pending | None, booking: Booking | None = None) -> None:
        self._pending, self._booking = pending, booking

    def booking(self) -> Booking | None:
        if self._pending is not None:
            row = self._pending.first()
            self._pending = None
            self._booking = None if row is None else booking_of(row[:-1])  # the last: bua_audit's
        return self._booking


class SqlBookings:
    def __init__(self, session: Session, clock: Clock) -> None:
        self.session = session
        self.clock = clock
        self._lists: dict[BookingFilter, list[Booking]] = {}  # read_ahead_list's, until list() takes it

    def add(self, booking: NewBooking) -> Booking:
        try:
            booking_id = INSERT_BOOKING.scalar(self.session, **new_row(booking, self.clock.now()))
        except IntegrityError as error:
            raise PlaceTaken() from error  # the partial unique indexes
        found = self.get(booking_id)
        assert found is not None
        return found

    def get(self, booking_id: int, lock: bool = False) -> Booking | None:
        if lock:
            lock_rows(self.session, LOCK_BOOKING, booking_id)
        found = BOOKING_BY_ID.first(self.session, booking_id=booking_id)
        return None if found is None else booking_of(found)

    def read_ahead_list(self, send: Send, where: BookingFilter) -> Callable[[], None]:
        """Send list(where) in a batch; the returned step keeps it for the next list(where)."""
        statement, values = listing(where)
        found = send(statement, **values)

        def keep() -> None:
            self._lists[where] = [booking_of(r) for r in found.rows()]

        return keep

    def list(self, where: BookingFilter) -> Sequence[Booking]:
        if where in self._lists:
            return self._lists.pop(where)
        statement, values = listing(where)
        return [booking_of(r) for r in statement.rows(self.session, **values)]

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
        if slot_id is not None or starts_at is not None or state in CANCELLING:
            values["ical_sequence"] = BookingRow.ical_sequence + 1  # a new time, or cancelled
        try:
            result = self.session.execute(
                update(BookingRow)
                .where(BookingRow.id == booking_id, BookingRow.version == expected_version)
                .values(**values)
            )
        except IntegrityError as error:
            raise PlaceTaken() from error
        if getattr(result, "rowcount", 0) != 1:
            raise ChangedMeanwhile(booking_id, gone=self.session.get(BookingRow, booking_id) is None)
        self.session.expire_all()
        changed = self.get(booking_id)
        assert changed is not None
        return changed

    def raise_sequences(self, slot_ids: Sequence[int]) -> None:
        if not slot_ids:
            return
        self.session.execute(
            update(BookingRow)
            .where(BookingRow.slot_id.in_(sorted(set(slot_ids))), BookingRow.state.in_(OCCUPYING))
            .values(ical_sequence=BookingRow.ical_sequence + 1, updated_at=self.clock.now())
        )
        self.session.expire_all()

    def hand_over_events(self, slot_ids: Sequence[int], from_advisor_id: int) -> None:
        """Each standing booking on the slots gets a new event (UID, SEQUENCE 0) for its new
        organizer; the old one is kept to be cancelled (SEQUENCE one up), unless an older one still
        waits for its cancellation: that one is the event the calendars hold."""
        rows = self.session.scalars(
            select(BookingRow).where(
                BookingRow.slot_id.in_(sorted(set(slot_ids))), BookingRow.state.in_(OCCUPYING)
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
            self.session.execute(FORGET_SUPERSEDED, {"booking": booking_id, "uid": uid})
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
            found = self.session.execute(FILL_FROM_WAITLIST, {"slot_id": slot_id})
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
            booking_query()
            .where(BookingRow.slot_id == slot_id, BookingRow.state == BookingState.WAITLISTED.value)
            .order_by(BookingRow.created_at, BookingRow.id)
            .limit(1)
        ).first()
        return None if found is None else booking_of(found)

    def count_holding(self, person_id: int, after: datetime) -> int:
        return int(COUNT_HOLDING.scalar(self.session, person_id=person_id, after=after))

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
            holding = send(HOLDING, person_id=person_id, slot_id=slot_id, after=after)
            taken = None
            if month is not None:
                start, end = month
                counted = dict(municipality=municipality_code, start=start, end=end, exclude_id=exclude_id)
                taken = send(COUNT_OCCUPYING if server else COUNT_OCCUPYING_HERE, **counted)
        upcoming, on_slot = holding.first() or (0, 0)  # an aggregate always has its one row
        return TakingFacts(Holding(int(upcoming), bool(on_slot)), int(taken.scalar() or 0) if taken else 0)

    def add_taking_place(self, booking: NewBooking, created: AuditEntry) -> _Placed:
        if self._on_server():
            values = {**new_row(booking, self.clock.now()), **audit_values(created)}
            return _Placed(with_commit(self.session, PLACE, values, on_conflict=PlaceTaken()))
        if TAKE_PLACE.rowcount(self.session, slot_id=booking.slot_id) != 1:
            return _Placed(None)
        added = self.add(booking)
        SqlAudit(self.session, self.clock).append(replace(created, entity_id=str(added.id)))
        return _Placed(None, added)

    def count_occupying(self, municipality_code: str, start: datetime, end: datetime) -> int:
        counted = dict(municipality=municipality_code, start=start, end=end, exclude_id=None)
        statement = COUNT_OCCUPYING if self._on_server() else COUNT_OCCUPYING_HERE
        return int(statement.scalar(self.session, **counted) or 0)

    def _on_server(self) -> bool:
        return self.session.get_bind().dialect.name == "postgresql"
