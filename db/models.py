"""SQLAlchemy 2 typed models: the schema that the Alembic migrations must match (`alembic check`).

Instants are stored in UTC (`UtcDateTime`); a series keeps its wall-clock rule (weekday, local time,
timezone). Rows that later need row-level security per municipality carry `municipality_code`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as UTC; SQLite keeps it naive, PostgreSQL as timestamptz."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where an instant is required")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def result_processor(self, dialect: Dialect, coltype: Any) -> Any:
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)

        def parse(value: str | None) -> datetime | None:  # naive UTC text, as DateTime writes it
            return None if value is None else datetime.fromisoformat(value + "+00:00")

        return parse

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime, dict[str, Any]: JSON}  # noqa: RUF012


class MunicipalityRow(Base):
    __tablename__ = "municipalities"

    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    cluster: Mapped[str] = mapped_column(String(80))
    hospital_unit: Mapped[str] = mapped_column(String(120))


class PersonRow(Base):
    __tablename__ = "people"
    __table_args__ = (
        CheckConstraint(
            "role <> 'municipal_staff' OR (municipality_code IS NOT NULL AND profession IS NOT NULL)",
            name="staff_has_municipality_and_profession",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipalities.code"), index=True)
    profession: Mapped[str | None] = mapped_column(String(30))
    clinic: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    created_at: Mapped[datetime]
    # A shared PostgreSQL store: the database login this person connects with (server add-login).
    db_login: Mapped[str | None] = mapped_column(String(63), unique=True, index=True)


class ContactAssignmentRow(Base):
    """Who is a municipality's fixed contact, from when to when. History is kept, never overwritten."""

    __tablename__ = "contact_assignments"
    __table_args__ = (
        # At most one assignment in force per municipality and kind.
        Index(
            "uq_contact_assignments_open",
            "municipality_code",
            "kind",
            unique=True,
            sqlite_where=text("valid_until IS NULL"),
            postgresql_where=text("valid_until IS NULL"),
        ),
        CheckConstraint("valid_until IS NULL OR valid_until >= valid_from", name="valid_period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipalities.code"))
    kind: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)


class AnnualClosureRow(Base):
    __tablename__ = "annual_closures"

    month: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    day: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    reason: Mapped[str] = mapped_column(String(120))
    enabled: Mapped[bool] = mapped_column(Boolean)


class ClosureDateRow(Base):
    __tablename__ = "closure_dates"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    reason: Mapped[str] = mapped_column(String(120))


class SeriesRow(Base):
    __tablename__ = "slot_series"
    __table_args__ = (
        CheckConstraint("(ends_on IS NULL) <> (occurrence_count IS NULL)", name="one_end"),
        CheckConstraint("weekday BETWEEN 0 AND 4", name="weekday"),
        CheckConstraint("every_weeks >= 1", name="every_weeks"),
        CheckConstraint("capacity >= 1", name="capacity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipalities.code"), index=True)
    advisor_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    session_type: Mapped[str] = mapped_column(String(20))
    capacity: Mapped[int] = mapped_column(Integer)
    video_url: Mapped[str | None] = mapped_column(String(500))
    weekday: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[time] = mapped_column(Time)
    every_weeks: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    occurrence_count: Mapped[int | None] = mapped_column(Integer)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    timezone: Mapped[str] = mapped_column(String(40))
    materialised_until: Mapped[date] = mapped_column(Date)
    open_to_all: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    previous_series_id: Mapped[int | None] = mapped_column(ForeignKey("slot_series.id"))


class SlotRow(Base):
    __tablename__ = "slots"
    __table_args__ = (
        UniqueConstraint("series_id", "occurrence_date"),
        Index("ix_slots_advisor_starts", "advisor_id", "starts_at"),
        Index("ix_slots_municipality_starts", "municipality_code", "starts_at"),
        CheckConstraint("ends_at > starts_at", name="positive_length"),
        # The capacity rule in the database itself: booking increments booked_count with a
        # conditional UPDATE, and this check refuses any write that would overfill a slot.
        CheckConstraint("booked_count >= 0 AND booked_count <= capacity", name="within_capacity"),
        # Ids are never reused: a teaching session's calendar UID carries its slot's id.
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("slot_series.id"))
    # Copied from the series so that scoping per municipality and advisor needs no join.
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipalities.code"))
    advisor_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    occurrence_date: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    capacity: Mapped[int] = mapped_column(Integer)
    booked_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    moved: Mapped[bool] = mapped_column(Boolean)
    # A slot that bookings point at is never deleted: when its occurrence goes (an absence, a
    # cancelled occurrence, a series change) it is kept as cancelled, so their CANCEL invite can be made.
    cancelled: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))


OCCUPYING_STATES = "('booked', 'held', 'no_show')"  # states that hold a place on the slot


class BookingRow(Base):
    """A municipal employee's booking of a slot, or their place on a teaching slot's waitlist."""

    __tablename__ = "bookings"
    __table_args__ = (
        # The 1:1 rule in the database: one occupying booking per sparring/supervision slot.
        Index(
            "uq_bookings_one_to_one",
            "slot_id",
            unique=True,
            sqlite_where=text(f"one_to_one AND state IN {OCCUPYING_STATES}"),
            postgresql_where=text(f"one_to_one AND state IN {OCCUPYING_STATES}"),
        ),
        # Nobody holds two places (or a place and a waitlist entry) on the same slot.
        Index(
            "uq_bookings_person_slot",
            "slot_id",
            "person_id",
            unique=True,
            sqlite_where=text("state IN ('booked', 'held', 'no_show', 'waitlisted')"),
            postgresql_where=text("state IN ('booked', 'held', 'no_show', 'waitlisted')"),
        ),
        Index("ix_bookings_person_state", "person_id", "state"),
        Index("ix_bookings_slot_state", "slot_id", "state"),
        CheckConstraint("version >= 1", name="version"),
        {"sqlite_autoincrement": True},  # ids are never reused
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Slots that bookings name are kept (as cancelled when their occurrence goes); SET NULL only
    # covers stores from before that.
    slot_id: Mapped[int | None] = mapped_column(ForeignKey("slots.id", ondelete="SET NULL"))
    # The booking's own copy of its time: a slot moved after the booking was cancelled does not
    # move the cancelled meeting.
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipalities.code"), index=True)
    one_to_one: Mapped[bool] = mapped_column(Boolean)
    state: Mapped[str] = mapped_column(String(20))
    gp_name: Mapped[str | None] = mapped_column(String(200))
    gp_email: Mapped[str | None] = mapped_column(String(254))
    gp_clinic: Mapped[str | None] = mapped_column(String(200))
    cancel_reason: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer)
    # The calendar invite's UID and SEQUENCE: one UID for as long as the advisor organises it, and a
    # sequence that only goes up (on a move or a cancellation), or Outlook ignores the update.
    ical_uid: Mapped[str] = mapped_column(String(255), unique=True)
    ical_sequence: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    # Handed to the deputy: the event the new one replaces, until its cancellation is mailed. The
    # organizer is a person's id (people are deactivated, never deleted).
    superseded_uid: Mapped[str | None] = mapped_column(String(255))
    superseded_sequence: Mapped[int | None] = mapped_column(Integer)
    superseded_organizer_id: Mapped[int | None] = mapped_column(Integer)


class AbsenceRow(Base):
    """An advisor's absence; the sessions it hit were handed to the deputy or cancelled."""

    __tablename__ = "absences"
    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="valid_period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    advisor_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]


class SkippedDateRow(Base):
    __tablename__ = "skipped_dates"
    __table_args__ = (UniqueConstraint("series_id", "occurrence_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("slot_series.id"))
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipalities.code"), index=True)
    occurrence_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(200))
    restored: Mapped[bool] = mapped_column(Boolean)


class AuditRow(Base):
    """Append-only: database triggers refuse UPDATE and DELETE (see the initial migration)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    actor_label: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40))
    municipality_code: Mapped[str | None] = mapped_column(String(3), index=True)
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]
    login: Mapped[str | None] = mapped_column(String(63))  # PostgreSQL: session_user, set by the database


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class SummaryRow(Base):
    """A booking's case summary. A draft may hold anything typed; a submitted one passed the guard.

    Deleted by the retention purge, which leaves a SummaryTombstoneRow behind.
    """

    __tablename__ = "case_summaries"
    __table_args__ = (
        CheckConstraint("state IN ('draft', 'submitted')", name="state"),
        CheckConstraint("version >= 1", name="version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id"), unique=True)
    # The booker's municipality, for row-level scoping later.
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipalities.code"), index=True)
    state: Mapped[str] = mapped_column(String(20))
    question: Mapped[str] = mapped_column(Text)
    problem: Mapped[str] = mapped_column(Text)
    tried: Mapped[str] = mapped_column(Text)
    age_band: Mapped[str | None] = mapped_column(String(10))
    pathway_step: Mapped[str | None] = mapped_column(String(10))
    screenings: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    warnings_acknowledged: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    submitted_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer)


class SummaryTombstoneRow(Base):
    """That a booking's summary was deleted, when, by which rule and when it had been sent; never what
    it said."""

    __tablename__ = "case_summary_tombstones"

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id"), unique=True)
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipalities.code"), index=True)
    purged_at: Mapped[datetime]
    rule: Mapped[str] = mapped_column(String(60))
    submitted_at: Mapped[datetime | None]  # when the summary was sent, for the report's deadline figures
