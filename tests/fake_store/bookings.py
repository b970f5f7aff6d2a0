"""The fake store's bookings and case summaries, with the partial unique indexes the booking rules
rest on: one municipal participant per 1:1 slot, one place or waitlist entry per person and slot.

A booking is read by joining its row with the booker, the slot, the series and the advisor
(`booking_of`), as db/repositories/bookings.py does: a new read (say, a booking's facts in one call)
composes from `booking_of` and the tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from uuid import uuid4

from app.domain.booking import (
    OCCUPYING_STATES,
    Booking,
    BookingState,
    Holding,
    NewBooking,
    SupersededEvent,
    TakingFacts,
    WaitlistMove,
)
from app.domain.model import AuditEntry, BookingFilter, Role
from app.domain.summary import Summary, SummaryContent, SummaryState, Tombstone
from app.errors import ChangedMeanwhile, PlaceTaken
from tests.fake_store.register import FakeAudit
from tests.fake_store.slots import FakeSlots
from tests.fake_store.tables import (
    BookingRow,
    Tables,
    TombstoneRow,
    Transaction,
    now,
    require,
    utc,
    violation,
)

ICAL_UID_DOMAIN = "bua-booking"
_CANCELLING = frozenset({BookingState.CANCELLED, BookingState.CANCELLED_BY_BUA})
_HOLDING_STATES = frozenset({*OCCUPYING_STATES, BookingState.WAITLISTED})  # uq_bookings_person_slot
_UPCOMING_STATES = frozenset({BookingState.BOOKED, BookingState.WAITLISTED})  # what the cap counts


@dataclass(frozen=True)
class _Placed:
    added: Booking | None

    def booking(self) -> Booking | None:
        return self.added


def booking_of(t: Tables, row: BookingRow) -> Booking:
    booker = t.people[row.person_id]
    slot = t.slots.get(row.slot_id) if row.slot_id is not None else None
    return Booking(
        id=row.id,
        slot_id=row.slot_id,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        person_id=row.person_id,
        person_email=booker.email,
        person_name=booker.name,
        municipality_code=row.municipality_code,
        slot_municipality_code=slot.municipality_code if slot else None,
        advisor_id=slot.advisor_id if slot else None,
        advisor_email=t.people[slot.advisor_id].email if slot else None,
        session_type=t.series[slot.series_id].session_type if slot else None,
        state=row.state,
        gp=row.gp,
        cancel_reason=row.cancel_reason,
        created_at=row.created_at,
        version=row.version,
        ical_uid=row.ical_uid,
        ical_sequence=row.ical_sequence,
        superseded=row.superseded,
    )


def _check_unique(t: Tables, row: BookingRow) -> None:
    """The partial unique indexes; the repository raises PlaceTaken for their violation, as the real one."""
    if row.slot_id is None:
        return
    others = [b for b in t.bookings.values() if b.slot_id == row.slot_id and b.id != row.id]
    taken = [b for b in others if b.one_to_one and b.state in OCCUPYING_STATES]
    if row.one_to_one and row.state in OCCUPYING_STATES and taken:  # uq_bookings_one_to_one
        raise PlaceTaken()
    mine = [b for b in others if b.person_id == row.person_id and b.state in _HOLDING_STATES]
    if row.state in _HOLDING_STATES and mine:  # uq_bookings_person_slot
        raise PlaceTaken()


class FakeBookings:
    def __init__(self, txn: Transaction) -> None:
        self.txn = txn

    def add(self, booking: NewBooking) -> Booking:
        t = self.txn.wrote("bookings")
        require(booking.slot_id in t.slots, "fk_bookings_slot_id_slots")
        require(booking.person_id in t.people, "fk_bookings_person_id_people")
        require(booking.municipality_code in t.municipalities, "fk_bookings_municipality_code")
        at = now()
        row = BookingRow(
            self.txn.ids.next("bookings"),
            booking.slot_id,
            utc(booking.starts_at),
            utc(booking.ends_at),
            booking.person_id,
            booking.municipality_code,
            booking.one_to_one,
            booking.state,
            booking.gp,
            None,
            at,
            1,
            f"{uuid4()}@{ICAL_UID_DOMAIN}",
            0,
        )
        _check_unique(t, row)
        t.bookings[row.id] = row
        return booking_of(t, row)

    def get(self, booking_id: int, lock: bool = False) -> Booking | None:
        row = self.txn.tables.bookings.get(booking_id)
        return None if row is None else booking_of(self.txn.tables, row)

    def list(self, where: BookingFilter) -> Sequence[Booking]:
        t = self.txn.tables
        found = [
            r
            for r in t.bookings.values()
            if where.person_id in (None, r.person_id)
            and where.municipality_code in (None, r.municipality_code)
            and where.slot_id in (None, r.slot_id)
            and (
                where.advisor_id is None
                or (r.slot_id in t.slots and t.slots[r.slot_id].advisor_id == where.advisor_id)
            )
            and (where.states is None or r.state in where.states)
            and (where.starts_from is None or r.starts_at >= where.starts_from)
            and (where.starts_before is None or r.starts_at < where.starts_before)
        ]
        return [booking_of(t, r) for r in sorted(found, key=lambda r: (r.starts_at, r.id))]

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
        t = self.txn.wrote("bookings")
        row = t.bookings.get(booking_id)
        if row is None or row.version != expected_version:
            raise ChangedMeanwhile(booking_id, gone=row is None)
        new_time = slot_id is not None or starts_at is not None
        changed = replace(
            row,
            version=expected_version + 1,
            state=row.state if state is None else state,
            cancel_reason=row.cancel_reason if cancel_reason is None else cancel_reason,
            slot_id=row.slot_id if slot_id is None else slot_id,
            starts_at=row.starts_at if starts_at is None else utc(starts_at),
            ends_at=row.ends_at if ends_at is None else utc(ends_at),
            ical_sequence=row.ical_sequence + (1 if new_time or state in _CANCELLING else 0),
        )
        require(changed.slot_id in (None, *t.slots), "fk_bookings_slot_id_slots")
        _check_unique(t, changed)
        t.bookings[booking_id] = changed
        return booking_of(t, changed)

    def raise_sequences(self, slot_ids: Sequence[int]) -> None:
        for row in self._standing(slot_ids):
            self.txn.wrote("bookings").bookings[row.id] = replace(row, ical_sequence=row.ical_sequence + 1)

    def hand_over_events(self, slot_ids: Sequence[int], from_advisor_id: int) -> None:
        """A new event (UID, SEQUENCE 0) for the new organizer; the one calendars hold is kept to be
        cancelled, unless an older one still waits for its cancellation."""
        for row in self._standing(slot_ids):
            superseded = row.superseded or SupersededEvent(
                row.ical_uid, row.ical_sequence + 1, from_advisor_id
            )
            self.txn.wrote("bookings").bookings[row.id] = replace(
                row, superseded=superseded, ical_uid=f"{uuid4()}@{ICAL_UID_DOMAIN}", ical_sequence=0
            )

    def forget_superseded(self, booking_id: int, uid: str) -> None:
        row = self.txn.tables.bookings.get(booking_id)
        if row is not None and row.superseded is not None and row.superseded.uid == uid:
            self.txn.wrote("bookings").bookings[booking_id] = replace(row, superseded=None)

    def fill_from_waitlist(self, slot_id: int) -> Sequence[WaitlistMove]:
        """As the SQLite store does it: the first waiting who may still book gets the place; those
        before them who may not leave the list."""
        t = self.txn.tables
        moves = []
        while entry := self._first_waitlisted(slot_id):
            person = t.people[entry.person_id]
            eligible = person.active and person.role is Role.MUNICIPAL_STAFF
            if eligible and not FakeSlots(self.txn).take_place(slot_id):
                break
            state = BookingState.BOOKED if eligible else BookingState.CANCELLED
            changed = self.change(
                entry.id, entry.version, state=state, cancel_reason=None if eligible else "not_eligible"
            )
            moves.append(WaitlistMove(changed.id, changed.municipality_code, state, changed.version))
            if eligible:
                break
        return moves

    def count_holding(self, person_id: int, after: datetime) -> int:
        return sum(
            1
            for b in self.txn.tables.bookings.values()
            if b.person_id == person_id and b.state in _UPCOMING_STATES and b.starts_at > after
        )

    def holding(self, person_id: int, slot_id: int, after: datetime) -> Holding:
        held = [
            b
            for b in self.txn.tables.bookings.values()
            if b.person_id == person_id and b.state in _HOLDING_STATES
        ]
        upcoming = sum(1 for b in held if b.state in _UPCOMING_STATES and b.starts_at > after)
        return Holding(upcoming, any(b.slot_id == slot_id for b in held))

    def facts_under_lock(
        self,
        municipality_code: str,
        person_id: int,
        slot_id: int,
        after: datetime,
        month: tuple[datetime, datetime] | None,
        exclude_id: int | None = None,
    ) -> TakingFacts:
        # no lock: a fake unit of work that commits after another one since it began fails instead
        taken = 0 if month is None else self.count_occupying(municipality_code, *month, exclude_id)
        return TakingFacts(self.holding(person_id, slot_id, after), taken)

    def add_taking_place(self, booking: NewBooking, created: AuditEntry) -> _Placed:
        if not FakeSlots(self.txn).take_place(booking.slot_id):
            return _Placed(None)
        added = self.add(booking)
        FakeAudit(self.txn).append(replace(created, entity_id=str(added.id)))
        return _Placed(added)

    def count_occupying(
        self, municipality_code: str, start: datetime, end: datetime, exclude_id: int | None = None
    ) -> int:
        return sum(
            1
            for b in self.txn.tables.bookings.values()
            if b.municipality_code == municipality_code
            and b.state in OCCUPYING_STATES
            and start <= b.starts_at < end
            and b.id != exclude_id
        )

    def _standing(self, slot_ids: Iterable[int]) -> Sequence[BookingRow]:
        wanted = set(slot_ids)
        return [
            b
            for b in self.txn.tables.bookings.values()
            if b.slot_id in wanted and b.state in OCCUPYING_STATES
        ]

    def _first_waitlisted(self, slot_id: int) -> BookingRow | None:
        waiting = [
            b
            for b in self.txn.tables.bookings.values()
            if b.slot_id == slot_id and b.state is BookingState.WAITLISTED
        ]
        return min(waiting, key=lambda b: (b.created_at, b.id), default=None)


class FakeSummaries:
    def __init__(self, txn: Transaction) -> None:
        self.txn = txn

    def get(self, booking_id: int) -> Summary | None:
        return self.txn.tables.summaries.get(booking_id)

    def save(
        self,
        booking_id: int,
        municipality_code: str,
        content: SummaryContent,
        state: SummaryState,
        warnings_acknowledged: bool,
        at: datetime,
    ) -> Summary:
        t = self.txn.wrote("case_summaries")
        require(booking_id in t.bookings, "fk_case_summaries_booking_id_bookings")
        require(municipality_code in t.municipalities, "fk_case_summaries_municipality_code")
        before = t.summaries.get(booking_id)
        at = utc(at)
        saved = Summary(
            booking_id=booking_id,
            municipality_code=before.municipality_code if before else municipality_code,
            content=content,
            state=state,
            warnings_acknowledged=warnings_acknowledged,
            updated_at=at,
            submitted_at=at if state is SummaryState.SUBMITTED else None,
            version=(before.version if before else 0) + 1,
        )
        t.summaries[booking_id] = saved
        return saved

    def states(self, booking_ids: Sequence[int]) -> dict[int, SummaryState]:
        summaries = self.txn.tables.summaries
        return {b: summaries[b].state for b in booking_ids if b in summaries}

    def expired(self, sessions_before: datetime) -> Sequence[tuple[int, str]]:
        t = self.txn.tables
        return [
            (s.booking_id, s.municipality_code)
            for s in sorted(t.summaries.values(), key=lambda s: s.booking_id)
            if t.bookings[s.booking_id].starts_at < sessions_before
        ]

    def purge(self, booking_ids: Sequence[int], at: datetime, rule: str) -> None:
        if not booking_ids:
            return
        t = self.txn.wrote("case_summaries")
        self.txn.wrote("case_summary_tombstones")
        for booking_id in dict.fromkeys(booking_ids):
            summary = t.summaries.pop(booking_id, None)
            if summary is None:
                continue
            if booking_id in t.tombstones:
                raise violation("uq_case_summary_tombstones_booking_id")
            sent = summary.submitted_at if summary.state is SummaryState.SUBMITTED else None
            tombstone = Tombstone(booking_id, utc(at), rule)
            t.tombstones[booking_id] = TombstoneRow(tombstone, summary.municipality_code, sent)

    def tombstone(self, booking_id: int) -> Tombstone | None:
        found = self.txn.tables.tombstones.get(booking_id)
        return None if found is None else found.tombstone
