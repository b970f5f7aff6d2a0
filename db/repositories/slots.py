"""Slots: the materialised occurrences of a series, their places, and the statements the booking
transaction and the calendar's week run on them."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, Table, and_, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from app.domain.model import NewSlot, Slot, SlotFilter, SlotStatus
from app.domain.recurrence import SessionType
from app.domain.report import SessionTally
from app.errors import SlotBookedMeanwhile
from db.models import BookingRow, PersonRow, SeriesRow, SlotRow
from db.prepared import Prepared, Send
from db.report_queries import session_tallies
from db.repositories.locks import lock_rows, row_lock

_SLOTS = cast(Table, SlotRow.__table__)
_SERIES = cast(Table, SeriesRow.__table__)
_PEOPLE = cast(Table, PersonRow.__table__)

# Built once, from table columns rather than ORM attributes: the rows become read models directly, so
# the statement needs no ORM compile state or ORM loading, and SQLAlchemy memoises its cache key.
_SLOT_QUERY: Select[*tuple[Any, ...]] = (
    select(
        _SLOTS.c.id,
        _SLOTS.c.series_id,
        _SLOTS.c.municipality_code,
        _SLOTS.c.advisor_id,
        _PEOPLE.c.email,
        _SLOTS.c.occurrence_date,
        _SLOTS.c.starts_at,
        _SLOTS.c.ends_at,
        _SERIES.c.session_type,
        _SLOTS.c.capacity,
        _SLOTS.c.booked_count,
        _SERIES.c.video_url,
        _SLOTS.c.moved,
        _SERIES.c.open_to_all,
        _SLOTS.c.cancelled,
    )
    .join_from(_SLOTS, _SERIES, _SERIES.c.id == _SLOTS.c.series_id)
    .join(_PEOPLE, _PEOPLE.c.id == _SLOTS.c.advisor_id)
)

# SlotFilter field -> its condition, on a bound parameter named after the field.
_SLOT_CONDITIONS: dict[str, ColumnElement[bool]] = {
    "municipality_code": _SLOTS.c.municipality_code == bindparam("municipality_code"),
    "advisor_id": _SLOTS.c.advisor_id == bindparam("advisor_id"),
    "series_id": _SLOTS.c.series_id == bindparam("series_id"),
    "starts_from": _SLOTS.c.starts_at >= bindparam("starts_from"),
    "starts_before": _SLOTS.c.starts_at < bindparam("starts_before"),
    # status is derived: these two take no parameter.
    SlotStatus.OPEN.value: _SLOTS.c.booked_count < _SLOTS.c.capacity,
    SlotStatus.BOOKED.value: _SLOTS.c.booked_count >= _SLOTS.c.capacity,
}


_LOCK_SLOT = row_lock(SlotRow.id)
TAKE_PLACE = Prepared(
    update(SlotRow)
    .where(
        SlotRow.id == bindparam("slot_id"),
        SlotRow.booked_count < SlotRow.capacity,
        SlotRow.cancelled.is_(False),
    )
    .values(booked_count=SlotRow.booked_count + 1)
)
_SLOT_BY_ID = Prepared(_SLOT_QUERY.where(_SLOTS.c.id == bindparam("slot_id")))


@functools.cache
def slot_list_statement(fields: tuple[str, ...]) -> Prepared:
    """One statement per combination of SlotFilter fields, built once; each call only binds values.
    Lists never show cancelled slots: their occurrence is a skipped date."""
    query = _SLOT_QUERY.where(_SLOTS.c.cancelled.is_(False), *(_SLOT_CONDITIONS[f] for f in fields))
    return Prepared(query.order_by(_SLOTS.c.starts_at, _SLOTS.c.id))


def _listing(where: SlotFilter) -> tuple[Prepared, dict[str, Any]]:
    values = {f: v for f, v in vars(where).items() if v is not None and f != "status"}
    fields = tuple(values) + ((where.status.value,) if where.status else ())
    return slot_list_statement(fields), values


# A plain dict look-up: calling the Enum class per row costs more than the rest of the row.
_SESSION_TYPES = {t.value: t for t in SessionType}


def _slot(row: Any) -> Slot:
    (
        id_,
        series_id,
        municipality,
        advisor_id,
        email,
        day,
        starts,
        ends,
        kind,
        capacity,
        booked_count,
        video_url,
        moved,
        open_to_all,
        cancelled,
    ) = row
    return Slot(
        id_,
        series_id,
        municipality,
        advisor_id,
        email,
        day,
        starts,
        ends,
        _SESSION_TYPES[kind],
        capacity,
        booked_count,
        video_url,
        bool(moved),
        bool(open_to_all),
        bool(cancelled),
    )


class SqlSlots:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._ahead: dict[int, Slot | None] = {}  # read_ahead's, until get() takes it
        self._lists: dict[SlotFilter, list[Slot]] = {}  # read_ahead_list's, until list() takes it

    def read_ahead(self, send: Send, slot_id: int) -> Callable[[], None]:
        """Send the read of `slot_id` in a batch; the returned step keeps it for the next get() of
        it, once: a slot changes as it is booked."""
        found = send(_SLOT_BY_ID, slot_id=slot_id)

        def keep() -> None:
            row = found.first()
            self._ahead[slot_id] = None if row is None else _slot(row)

        return keep

    def get(self, slot_id: int) -> Slot | None:
        if slot_id in self._ahead:
            return self._ahead.pop(slot_id)
        row = _SLOT_BY_ID.first(self.session, slot_id=slot_id)
        return None if row is None else _slot(row)

    def read_ahead_list(self, send: Send, where: SlotFilter) -> Callable[[], None]:
        """Send list(where) in a batch; the returned step keeps its slots for the next list(where)."""
        statement, values = _listing(where)
        found = send(statement, **values)

        def keep() -> None:
            self._lists[where] = [_slot(r) for r in found.rows()]

        return keep

    def list(self, where: SlotFilter) -> Sequence[Slot]:
        if where in self._lists:
            return self._lists.pop(where)
        statement, values = _listing(where)
        return [_slot(r) for r in statement.rows(self.session, **values)]

    def for_series(self, series_id: int, from_date: date) -> Sequence[Slot]:
        # Locked: this feeds series changes, which must see a booking that commits meanwhile.
        query = (
            _SLOT_QUERY.where(_SLOTS.c.series_id == series_id, _SLOTS.c.occurrence_date >= from_date)
            .with_for_update(of=_SLOTS)
            .order_by(_SLOTS.c.occurrence_date)
        )
        return [_slot(r) for r in self.session.execute(query)]

    def add_many(self, slots: Sequence[NewSlot]) -> None:
        if not slots:
            return
        owners = {
            series_id: (municipality_code, advisor_id, capacity)
            for series_id, municipality_code, advisor_id, capacity in self.session.execute(
                select(
                    SeriesRow.id, SeriesRow.municipality_code, SeriesRow.advisor_id, SeriesRow.capacity
                ).where(SeriesRow.id.in_({s.series_id for s in slots}))
            )
        }
        self.session.execute(
            insert(SlotRow),
            [
                {
                    "series_id": s.series_id,
                    "municipality_code": owners[s.series_id][0],
                    "advisor_id": owners[s.series_id][1],
                    "occurrence_date": s.occurrence_date,
                    "starts_at": s.starts_at,
                    "ends_at": s.ends_at,
                    "capacity": owners[s.series_id][2],
                    "booked_count": 0,
                    "moved": False,
                }
                for s in slots
            ],
        )

    def remove_many(self, slot_ids: Sequence[int]) -> None:
        named = select(BookingRow.id).where(BookingRow.slot_id == SlotRow.id).exists()
        for start in range(0, len(slot_ids), 500):
            chunk = slot_ids[start : start + 500]
            free = and_(SlotRow.id.in_(chunk), SlotRow.booked_count == 0, SlotRow.cancelled.is_(False))
            kept = self.session.execute(update(SlotRow).where(free, named).values(cancelled=True))
            gone = self.session.execute(delete(SlotRow).where(free, ~named))
            removed = getattr(kept, "rowcount", 0) + getattr(gone, "rowcount", 0)
            if removed != len(chunk):  # a booking came first
                raise SlotBookedMeanwhile(sorted(set(chunk)))

    def revive(self, slot_id: int, starts_at: datetime, ends_at: datetime) -> None:
        self.session.execute(
            update(SlotRow)
            .where(SlotRow.id == slot_id)
            .values(cancelled=False, starts_at=starts_at, ends_at=ends_at, moved=False)
        )

    def retime(self, slot_id: int, starts_at: datetime, ends_at: datetime, moved: bool) -> None:
        self.session.execute(
            update(SlotRow)
            .where(SlotRow.id == slot_id)
            .values(starts_at=starts_at, ends_at=ends_at, moved=moved)
        )

    def take_place(self, slot_id: int) -> bool:
        # One conditional UPDATE: PostgreSQL re-checks the condition after waiting for a
        # concurrent writer's row lock, SQLite holds the write lock; the CHECK constraint backs it.
        return TAKE_PLACE.rowcount(self.session, slot_id=slot_id) == 1

    def lock(self, slot_ids: Sequence[int]) -> None:
        for slot_id in slot_ids:  # one at a time: the order is the point
            lock_rows(self.session, _LOCK_SLOT, slot_id)

    def release_place(self, slot_id: int) -> None:
        self.session.execute(
            update(SlotRow)
            .where(SlotRow.id == slot_id, SlotRow.booked_count > 0)
            .values(booked_count=SlotRow.booked_count - 1)
        )

    def set_advisor(self, slot_id: int, advisor_id: int) -> None:
        self.session.execute(update(SlotRow).where(SlotRow.id == slot_id).values(advisor_id=advisor_id))

    def set_capacity(self, series_id: int, from_date: date, capacity: int) -> None:
        self.session.execute(
            update(SlotRow)
            .where(
                SlotRow.series_id == series_id,
                SlotRow.occurrence_date >= from_date,
                SlotRow.booked_count <= capacity,
            )
            .values(capacity=capacity)
        )

    def tallies(
        self,
        starts_from: datetime,
        starts_before: datetime,
        now: datetime,
        municipality_code: str | None = None,
        booker_municipality_code: str | None = None,
        with_days: bool = True,
    ) -> Sequence[SessionTally]:
        return session_tallies(
            self.session,
            starts_from,
            starts_before,
            now,
            municipality_code,
            booker_municipality_code,
            with_days,
        )

    def reassign_booked(self, from_series_id: int, to_series_id: int, from_date: date) -> None:
        self.session.execute(
            update(SlotRow)
            .where(
                SlotRow.series_id == from_series_id,
                SlotRow.occurrence_date >= from_date,
                SlotRow.booked_count > 0,
            )
            .values(series_id=to_series_id)
        )
