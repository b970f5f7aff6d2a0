"""Frozen read models: what services return and what the CLI and GUI show. Never live ORM objects."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.domain.calendar import SkipKind
from app.domain.recurrence import RecurrenceRule, SessionType


class Role(enum.StrEnum):
    ADVISOR = "advisor"  # BUA-rådgiver
    ADMINISTRATOR = "administrator"  # BUA-koordinator/administrator
    MUNICIPAL_STAFF = "municipal_staff"  # kommunal medarbejder
    GP = "gp"  # almen praksis: guest, never a booker


class Profession(enum.StrEnum):
    PSYCHOLOGIST = "psychologist"
    SOCIAL_WORKER = "social_worker"
    PEDAGOGICAL_CONSULTANT = "pedagogical_consultant"  # pædagogisk-psykologisk konsulent
    FAMILY_COUNSELLOR = "family_counsellor"
    OTHER = "other"


class ContactKind(enum.StrEnum):
    BUA_ADVISOR = "bua_advisor"  # the municipality's fixed contact person at BUA
    BUA_DEPUTY = "bua_deputy"  # covers the advisor's absences
    MUNICIPAL_CONTACT = "municipal_contact"  # the municipality's own fixed contact toward BUA


class SlotStatus(enum.StrEnum):
    OPEN = "open"  # at least one place free
    BOOKED = "booked"  # every place taken (for 1:1 sessions: the one place)


CONTACT_KIND_NAMES_DA = {
    ContactKind.BUA_ADVISOR: "Fast kontaktperson i BUA",
    ContactKind.BUA_DEPUTY: "Stedfortræder i BUA",
    ContactKind.MUNICIPAL_CONTACT: "Kommunens kontaktperson",
}


@dataclass(frozen=True)
class Actor:
    """Who performs a service call: a person in the store, or a named system process."""

    person_id: int | None
    label: str

    @staticmethod
    def system(label: str) -> Actor:
        """The local store's owner acting without a person; the audit log's label says so."""
        return Actor(None, f"system: {label}")


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    cluster: str
    hospital_unit: str


@dataclass(frozen=True)
class Person:
    id: int
    email: str
    name: str
    role: Role
    municipality_code: str | None = None
    profession: Profession | None = None
    clinic: str | None = None  # GPs only
    active: bool = True


@dataclass(frozen=True)
class NewPerson:
    email: str
    name: str
    role: Role
    municipality_code: str | None = None
    profession: Profession | None = None
    clinic: str | None = None


@dataclass(frozen=True)
class ContactAssignment:
    id: int
    municipality_code: str
    kind: ContactKind
    person_id: int
    person_name: str
    person_email: str
    valid_from: date
    valid_until: date | None  # None: still in force

    def in_force_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


@dataclass(frozen=True)
class Series:
    id: int
    municipality_code: str
    advisor_id: int
    advisor_email: str
    session_type: SessionType
    capacity: int
    video_url: str | None
    rule: RecurrenceRule
    materialised_until: date
    previous_series_id: int | None = None
    open_to_all: bool = False  # teaching only: staff of every municipality may join


@dataclass(frozen=True)
class NewSeries:
    municipality_code: str
    advisor_id: int
    session_type: SessionType
    capacity: int
    video_url: str | None
    rule: RecurrenceRule
    previous_series_id: int | None = None
    open_to_all: bool = False


@dataclass(frozen=True)
class Slot:
    id: int
    series_id: int
    municipality_code: str
    advisor_id: int
    advisor_email: str
    occurrence_date: date  # the rule's date: the occurrence's identity even when moved
    starts_at: datetime  # aware, UTC
    ends_at: datetime
    session_type: SessionType
    capacity: int
    booked_count: int  # municipal participants with an active booking
    video_url: str | None
    moved: bool = False
    open_to_all: bool = False  # teaching only: staff of every municipality may book
    cancelled: bool = False  # its occurrence went; kept because bookings (now cancelled) name it

    @property
    def status(self) -> SlotStatus:
        return SlotStatus.BOOKED if self.booked_count >= self.capacity else SlotStatus.OPEN

    @property
    def has_bookings(self) -> bool:
        """A slot with bookings is never moved or removed by series changes."""
        return self.booked_count > 0


@dataclass(frozen=True)
class NewSlot:
    series_id: int
    occurrence_date: date
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class SkippedDate:
    series_id: int
    municipality_code: str
    occurrence_date: date
    kind: SkipKind
    reason: str
    restored: bool = False  # restored skips produce a slot again and are kept as a record


@dataclass(frozen=True)
class SlotFilter:
    municipality_code: str | None = None
    advisor_id: int | None = None
    series_id: int | None = None
    starts_from: datetime | None = None  # inclusive
    starts_before: datetime | None = None  # exclusive
    status: SlotStatus | None = None


@dataclass(frozen=True)
class BookingFilter:
    person_id: int | None = None
    municipality_code: str | None = None  # the booker's municipality
    slot_id: int | None = None
    advisor_id: int | None = None
    states: frozenset[str] | None = None
    starts_from: datetime | None = None
    starts_before: datetime | None = None


@dataclass(frozen=True)
class AuditEntry:
    actor: Actor
    action: str  # "series.created", "contact.assigned", ...
    entity: str
    entity_id: str
    municipality_code: str | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    at: datetime | None = field(default=None, compare=False)  # set by the store


@dataclass(frozen=True)
class Absence:
    id: int
    advisor_id: int
    advisor_email: str
    starts_on: date
    ends_on: date
    reason: str
