"""Repositories: each receives the unit of work's session, never creates one, and returns read models."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any, cast
from weakref import WeakKeyDictionary

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Select,
    String,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    literal,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.pool import Pool

from app.domain.calendar import AnnualClosure, ClosureDate, SkipKind
from app.domain.model import (
    Actor,
    AuditEntry,
    ContactAssignment,
    ContactKind,
    Municipality,
    NewPerson,
    NewSeries,
    NewSlot,
    Person,
    Profession,
    Role,
    Series,
    SkippedDate,
    Slot,
    SlotFilter,
    SlotStatus,
)
from app.domain.recurrence import RecurrenceRule, SessionType
from app.domain.report import SessionTally
from app.errors import Conflict
from db.models import (
    AnnualClosureRow,
    AuditRow,
    BookingRow,
    ClosureDateRow,
    ContactAssignmentRow,
    MunicipalityRow,
    PersonRow,
    SeriesRow,
    SettingRow,
    SkippedDateRow,
    SlotRow,
)
from db.prepared import Prepared
from db.report_queries import session_tallies


def row_lock(column: Any) -> Prepared:
    """SELECT ... FOR NO KEY UPDATE of the row whose `column` equals the parameter `key`.

    NO KEY: the lock serialises writers that take it, but not inserts elsewhere whose foreign key
    checks this row (they take KEY SHARE). With FOR UPDATE, a booking holding its municipality's row
    and a closure day inserting a skipped date for that municipality deadlocked on PostgreSQL."""
    return Prepared(select(column).where(column == bindparam("key")).with_for_update(key_share=True))


def lock_rows(session: Session, lock: Prepared, key: object) -> None:
    """Take a row lock on PostgreSQL. On SQLite a write transaction already holds the one write
    lock (BEGIN IMMEDIATE), so the statement would only cost time."""
    if session.get_bind().dialect.name != "sqlite":
        lock.rows(session, key=key)


# The municipalities are reference data nobody may change, so their lock is an advisory one (a row
# lock would need UPDATE rights on the table): it serialises one municipality's bookings, as the
# quota and the per-person cap need, and is let go when the transaction ends.
LOCK_MUNICIPALITY = Prepared(
    select(
        func.pg_advisory_xact_lock(func.hashtext(literal("municipality ") + bindparam("key", type_=String)))
    )
)


# Municipalities are reference data that only migrations change, and a client stops at a schema it
# does not know: read once per connection pool, not once per page.
_MUNICIPALITIES: WeakKeyDictionary[Pool, tuple[Municipality, ...]] = WeakKeyDictionary()


class SqlMunicipalities:
    def __init__(self, session: Session) -> None:
        self.session = session

    def list(self) -> Sequence[Municipality]:
        """Every municipality, by name."""
        pool = self.session.get_bind().engine.pool
        found = _MUNICIPALITIES.get(pool)
        if found is None:
            rows = self.session.scalars(select(MunicipalityRow).order_by(MunicipalityRow.name))
            found = _MUNICIPALITIES[pool] = tuple(_municipality(r) for r in rows)
        return list(found)

    def get(self, code: str) -> Municipality | None:
        return next((m for m in self.list() if m.code == code), None)

    def lock(self, code: str) -> None:
        lock_rows(self.session, LOCK_MUNICIPALITY, code)


def _municipality(row: MunicipalityRow) -> Municipality:
    return Municipality(row.code, row.name, row.cluster, row.hospital_unit)


class SqlPeople:
    """People; one read by id is kept for the unit of work (who acts, and whose page, are often the
    same person, asked for by the access check and by the service)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._by_id: dict[int, Person | None] = {}

    def add(self, person: NewPerson) -> Person:
        row = PersonRow(
            email=person.email,
            name=person.name,
            role=person.role.value,
            municipality_code=person.municipality_code,
            profession=person.profession.value if person.profession else None,
            clinic=person.clinic,
            active=True,
            created_at=datetime.now(UTC),
        )
        self.session.add(row)
        self.session.flush()
        return _person_of(row)

    def get(self, person_id: int) -> Person | None:
        if person_id not in self._by_id:
            row = _PERSON_BY_ID.first(self.session, person_id=person_id)
            self._by_id[person_id] = None if row is None else _person(row)
        return self._by_id[person_id]

    def by_email(self, email: str) -> Person | None:
        row = self.session.execute(
            select(*_PERSON_COLUMNS).where(func.lower(PersonRow.email) == email.strip().lower())
        ).first()
        return None if row is None else _person(row)

    def list(self, role: Role | None = None, municipality_code: str | None = None) -> Sequence[Person]:
        query = select(*_PERSON_COLUMNS).order_by(PersonRow.name, PersonRow.id)
        if role is not None:
            query = query.where(PersonRow.role == role.value)
        if municipality_code is not None:
            query = query.where(PersonRow.municipality_code == municipality_code)
        return [_person(r) for r in self.session.execute(query)]

    def logged_in(self) -> Person | None:
        if self.session.get_bind().dialect.name == "sqlite":
            return None
        row = self.session.execute(
            select(*_PERSON_COLUMNS).where(PersonRow.db_login == func.session_user())
        ).first()
        return None if row is None else _person(row)

    def set_active(self, person_id: int, active: bool) -> Person:
        row = self.session.get_one(PersonRow, person_id)
        row.active = active
        self.session.flush()
        person = self._by_id[person_id] = _person_of(row)
        return person


_PERSON_COLUMNS = (
    PersonRow.id,
    PersonRow.email,
    PersonRow.name,
    PersonRow.role,
    PersonRow.municipality_code,
    PersonRow.profession,
    PersonRow.clinic,
    PersonRow.active,
)
_PERSON_BY_ID = Prepared(select(*_PERSON_COLUMNS).where(PersonRow.id == bindparam("person_id")))


def _person(row: Any) -> Person:
    """From a row of _PERSON_COLUMNS."""
    id_, email, name, role, municipality_code, profession, clinic, active = row
    return Person(
        id=id_,
        email=email,
        name=name,
        role=Role(role),
        municipality_code=municipality_code,
        profession=Profession(profession) if profession else None,
        clinic=clinic,
        active=bool(active),
    )


def _person_of(row: PersonRow) -> Person:
    return _person([getattr(row, c.key) for c in _PERSON_COLUMNS])


class SqlContacts:
    """Contact assignments; a municipality's are read once per unit of work (the access check asks
    whether someone is its contact, and the page shows its contact card)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._of: dict[str | None, Sequence[ContactAssignment]] = {}

    def add(
        self, municipality_code: str, kind: ContactKind, person_id: int, valid_from: date
    ) -> ContactAssignment:
        row = ContactAssignmentRow(
            municipality_code=municipality_code,
            kind=kind.value,
            person_id=person_id,
            valid_from=valid_from,
        )
        self.session.add(row)
        self.session.flush()
        self._of.clear()
        found = self.list_where(ContactAssignmentRow.id == row.id)
        return found[0]

    def end(self, assignment_id: int, valid_until: date) -> None:
        self._of.clear()
        self.session.execute(
            update(ContactAssignmentRow)
            .where(ContactAssignmentRow.id == assignment_id)
            .values(valid_until=valid_until)
        )

    def delete(self, assignment_id: int) -> None:
        self._of.clear()
        self.session.execute(delete(ContactAssignmentRow).where(ContactAssignmentRow.id == assignment_id))

    def list(
        self, municipality_code: str | None = None, kind: ContactKind | None = None
    ) -> Sequence[ContactAssignment]:
        found = self._of.get(municipality_code)
        if found is None:
            where = (
                []
                if municipality_code is None
                else [ContactAssignmentRow.municipality_code == municipality_code]
            )
            found = self._of[municipality_code] = self.list_where(*where)
        return [a for a in found if kind is None or a.kind is kind]

    def list_where(self, *conditions: Any) -> Sequence[ContactAssignment]:
        query = (
            select(ContactAssignmentRow, PersonRow.name, PersonRow.email)
            .join(PersonRow, PersonRow.id == ContactAssignmentRow.person_id)
            .where(*conditions)
            .order_by(
                ContactAssignmentRow.municipality_code,
                ContactAssignmentRow.kind,
                ContactAssignmentRow.valid_from,
                ContactAssignmentRow.id,
            )
        )
        return [
            ContactAssignment(
                id=row.id,
                municipality_code=row.municipality_code,
                kind=ContactKind(row.kind),
                person_id=row.person_id,
                person_name=name,
                person_email=email,
                valid_from=row.valid_from,
                valid_until=row.valid_until,
            )
            for row, name, email in self.session.execute(query)
        ]


# Both kinds of closure day in one statement (a round trip less on a server): the annual ones with
# their month and day, the dated ones with their date.
_CLOSURES = Prepared(
    union_all(
        select(
            AnnualClosureRow.month,
            AnnualClosureRow.day,
            AnnualClosureRow.reason,
            AnnualClosureRow.enabled,
            literal(None, Date).label("date"),
        ),
        select(
            literal(None, Integer),
            literal(None, Integer),
            ClosureDateRow.reason,
            literal(True),
            ClosureDateRow.day,
        ),
    )
)


class SqlClosures:
    """Closure days, read once per unit of work: a page's rules ask for the calendar several times."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._annual: list[AnnualClosure] | None = None
        self._dates: list[ClosureDate] | None = None

    def annual(self) -> Sequence[AnnualClosure]:
        if self._annual is None:
            self._read()
        return list(self._annual or ())

    def dates(self) -> Sequence[ClosureDate]:
        if self._dates is None:
            self._read()
        return list(self._dates or ())

    def _read(self) -> None:
        annual, dates = [], []
        for month, day_of_month, reason, enabled, day in _CLOSURES.rows(self.session):
            if day is None:
                annual.append(AnnualClosure(month, day_of_month, reason, bool(enabled)))
            else:
                dates.append(ClosureDate(day, reason))
        self._annual = sorted(annual, key=lambda c: (c.month, c.day))
        self._dates = sorted(dates, key=lambda c: c.day)

    def put_annual(self, closure: AnnualClosure) -> None:
        self.session.merge(
            AnnualClosureRow(
                month=closure.month, day=closure.day, reason=closure.reason, enabled=closure.enabled
            )
        )
        self.session.flush()
        self._annual = None

    def put_date(self, closure: ClosureDate) -> None:
        self.session.merge(ClosureDateRow(day=closure.day, reason=closure.reason))
        self.session.flush()
        self._dates = None

    def remove_date(self, day: date) -> bool:
        result = self.session.execute(delete(ClosureDateRow).where(ClosureDateRow.day == day))
        self._dates = None
        return bool(getattr(result, "rowcount", 0))


class SqlSeries:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, series: NewSeries, materialised_until: date) -> Series:
        rule = series.rule
        row = SeriesRow(
            municipality_code=series.municipality_code,
            advisor_id=series.advisor_id,
            session_type=series.session_type.value,
            capacity=series.capacity,
            video_url=series.video_url,
            weekday=rule.weekday,
            start_time=rule.start_time,
            every_weeks=rule.every_weeks,
            starts_on=rule.starts_on,
            ends_on=rule.ends_on,
            occurrence_count=rule.count,
            duration_minutes=rule.duration_minutes,
            timezone=rule.timezone,
            materialised_until=materialised_until,
            previous_series_id=series.previous_series_id,
            open_to_all=series.open_to_all,
        )
        self.session.add(row)
        self.session.flush()
        found = self.get(row.id)
        assert found is not None
        return found

    def get(self, series_id: int) -> Series | None:
        found = self._select(SeriesRow.id == series_id)
        return found[0] if found else None

    def list(self, municipality_code: str | None = None, advisor_id: int | None = None) -> Sequence[Series]:
        conditions = []
        if municipality_code is not None:
            conditions.append(SeriesRow.municipality_code == municipality_code)
        if advisor_id is not None:
            conditions.append(SeriesRow.advisor_id == advisor_id)
        return self._select(*conditions)

    def update(self, series: Series) -> None:
        rule = series.rule
        self.session.execute(
            update(SeriesRow)
            .where(SeriesRow.id == series.id)
            .values(
                advisor_id=series.advisor_id,
                session_type=series.session_type.value,
                capacity=series.capacity,
                video_url=series.video_url,
                weekday=rule.weekday,
                start_time=rule.start_time,
                every_weeks=rule.every_weeks,
                starts_on=rule.starts_on,
                ends_on=rule.ends_on,
                occurrence_count=rule.count,
                duration_minutes=rule.duration_minutes,
                materialised_until=series.materialised_until,
                open_to_all=series.open_to_all,
            )
        )

    def _select(self, *conditions: Any) -> Sequence[Series]:
        query = (
            select(SeriesRow, PersonRow.email)
            .join(PersonRow, PersonRow.id == SeriesRow.advisor_id)
            .where(*conditions)
            .order_by(SeriesRow.id)
        )
        return [_series(row, email) for row, email in self.session.execute(query)]


def _series(row: SeriesRow, advisor_email: str) -> Series:
    return Series(
        id=row.id,
        municipality_code=row.municipality_code,
        advisor_id=row.advisor_id,
        advisor_email=advisor_email,
        session_type=SessionType(row.session_type),
        capacity=row.capacity,
        video_url=row.video_url,
        rule=RecurrenceRule(
            weekday=row.weekday,
            start_time=row.start_time,
            starts_on=row.starts_on,
            every_weeks=row.every_weeks,
            ends_on=row.ends_on,
            count=row.occurrence_count,
            duration_minutes=row.duration_minutes,
            timezone=row.timezone,
        ),
        materialised_until=row.materialised_until,
        previous_series_id=row.previous_series_id,
        open_to_all=row.open_to_all,
    )


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


def _slot_query() -> Select[*tuple[Any, ...]]:
    return _SLOT_QUERY


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

    def get(self, slot_id: int) -> Slot | None:
        row = _SLOT_BY_ID.first(self.session, slot_id=slot_id)
        return None if row is None else _slot(row)

    def list(self, where: SlotFilter) -> Sequence[Slot]:
        values = {f: v for f, v in vars(where).items() if v is not None and f != "status"}
        fields = tuple(values) + ((where.status.value,) if where.status else ())
        return [_slot(r) for r in slot_list_statement(fields).rows(self.session, **values)]

    def for_series(self, series_id: int, from_date: date) -> Sequence[Slot]:
        # Locked: this feeds series changes, which must see a booking that commits meanwhile.
        query = (
            _slot_query()
            .where(SlotRow.series_id == series_id, SlotRow.occurrence_date >= from_date)
            .with_for_update(of=_SLOTS)
        )
        return [_slot(r) for r in self.session.execute(query.order_by(SlotRow.occurrence_date))]

    def add_many(self, slots: Sequence[NewSlot]) -> None:
        if not slots:
            return
        owners = {
            row.id: (row.municipality_code, row.advisor_id, row.capacity)
            for row in self.session.scalars(
                select(SeriesRow).where(SeriesRow.id.in_({s.series_id for s in slots}))
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
                raise Conflict("En af tiderne er netop blevet booket: prøv igen.")

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


class SqlSkips:
    def __init__(self, session: Session) -> None:
        self.session = session

    def for_series(self, series_id: int, from_date: date | None = None) -> Sequence[SkippedDate]:
        query = select(SkippedDateRow).where(SkippedDateRow.series_id == series_id)
        if from_date is not None:
            query = query.where(SkippedDateRow.occurrence_date >= from_date)
        return [_skip(r) for r in self.session.scalars(query.order_by(SkippedDateRow.occurrence_date))]

    def list(
        self, municipality_code: str | None, advisor_id: int | None, start: date, end: date
    ) -> Sequence[SkippedDate]:
        query = select(SkippedDateRow).where(
            SkippedDateRow.occurrence_date >= start, SkippedDateRow.occurrence_date <= end
        )
        if municipality_code is not None:
            query = query.where(SkippedDateRow.municipality_code == municipality_code)
        if advisor_id is not None:
            query = query.join(SeriesRow, SeriesRow.id == SkippedDateRow.series_id).where(
                SeriesRow.advisor_id == advisor_id
            )
        query = query.order_by(SkippedDateRow.occurrence_date, SkippedDateRow.series_id)
        return [_skip(r) for r in self.session.scalars(query)]

    def put(self, skip: SkippedDate) -> None:
        existing = self.session.scalar(
            select(SkippedDateRow).where(
                SkippedDateRow.series_id == skip.series_id,
                SkippedDateRow.occurrence_date == skip.occurrence_date,
            )
        )
        if existing is None:
            existing = SkippedDateRow(series_id=skip.series_id, occurrence_date=skip.occurrence_date)
            self.session.add(existing)
        existing.municipality_code = skip.municipality_code
        existing.kind = skip.kind.value
        existing.reason = skip.reason
        existing.restored = skip.restored
        self.session.flush()

    def drop(self, series_id: int, days: Sequence[date]) -> None:
        if days:
            self.session.execute(
                delete(SkippedDateRow).where(
                    SkippedDateRow.series_id == series_id, SkippedDateRow.occurrence_date.in_(days)
                )
            )


def _skip(row: SkippedDateRow) -> SkippedDate:
    return SkippedDate(
        series_id=row.series_id,
        municipality_code=row.municipality_code,
        occurrence_date=row.occurrence_date,
        kind=SkipKind(row.kind),
        reason=row.reason,
        restored=row.restored,
    )


_AUDIT_COLUMNS = (
    "at",
    "actor_person_id",
    "actor_label",
    "action",
    "entity",
    "entity_id",
    "municipality_code",
    "before",
    "after",
)
_AUDIT_INSERT = Prepared(insert(AuditRow).values({c: bindparam(c) for c in _AUDIT_COLUMNS}))
# On a shared PostgreSQL store clients may not write the log: the database does, stamping the login
# (see server_security.sql).
_AUDIT_CALL = Prepared(
    select(
        func.public.bua_audit(
            *(bindparam(c) for c in _AUDIT_COLUMNS[1:-2]),
            bindparam("before", type_=AuditRow.before.type),
            bindparam("after", type_=AuditRow.after.type),
        )
    )
)


class SqlAudit:
    def __init__(self, session: Session) -> None:
        self.session = session

    def append(self, entry: AuditEntry) -> None:
        values = {
            "actor_person_id": entry.actor.person_id,
            "actor_label": entry.actor.label,
            "action": entry.action,
            "entity": entry.entity,
            "entity_id": entry.entity_id,
            "municipality_code": entry.municipality_code,
            "before": entry.before,
            "after": entry.after,
        }
        if self.session.get_bind().dialect.name == "postgresql":
            _AUDIT_CALL.rows(self.session, **values)
        else:
            _AUDIT_INSERT.rowcount(self.session, at=datetime.now(UTC), **values)

    def list(self, entity: str | None = None, entity_id: str | None = None) -> Sequence[AuditEntry]:
        query = select(AuditRow).order_by(AuditRow.id)
        if entity is not None:
            query = query.where(AuditRow.entity == entity)
        if entity_id is not None:
            query = query.where(AuditRow.entity_id == entity_id)
        return [
            AuditEntry(
                actor=Actor(r.actor_person_id, r.actor_label),
                action=r.action,
                entity=r.entity,
                entity_id=r.entity_id,
                municipality_code=r.municipality_code,
                before=r.before,
                after=r.after,
                at=r.at,
            )
            for r in self.session.scalars(query)
        ]


_SETTINGS = Prepared(select(SettingRow.key, SettingRow.value))


class SqlSettings:
    """Settings, all read at the first question in a unit of work: a handful of rows, asked for by
    key several times per page (rules, mail server, horizon)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._values: dict[str, Any] | None = None

    def get(self, key: str) -> Any | None:
        if self._values is None:
            self._values = dict(_SETTINGS.rows(self.session))
        return self._values.get(key)

    def put(self, key: str, value: Any) -> None:
        self.session.merge(SettingRow(key=key, value=value))
        self.session.flush()
        self._values = None
