"""The fake store's tables: immutable rows in plain dicts, the constraints the database holds, and id
counters that never hand an id out twice.

Rows are frozen dataclasses, so a transaction's copy of the tables is a shallow copy of each dict: a
write replaces a row, it never changes one in place that the committed tables still hold.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.exc import IntegrityError

from app.domain.booking import BookingState, GpGuest, SupersededEvent
from app.domain.calendar import DEFAULT_ANNUAL_CLOSURES, AnnualClosure, ClosureDate
from app.domain.model import Absence, AuditEntry, ContactKind, Municipality, Person, Series, SkippedDate
from app.domain.summary import Summary, Tombstone
from db.reference import load_municipalities


@dataclass(frozen=True)
class ContactRow:
    id: int
    municipality_code: str
    kind: ContactKind
    person_id: int
    valid_from: date
    valid_until: date | None


@dataclass(frozen=True)
class SlotRow:
    """A slot as stored: session type, video link and advisor e-mail are joined in when read."""

    id: int
    series_id: int
    municipality_code: str
    advisor_id: int
    occurrence_date: date
    starts_at: datetime
    ends_at: datetime
    capacity: int
    booked_count: int
    moved: bool
    cancelled: bool


@dataclass(frozen=True)
class BookingRow:
    """A booking as stored: the booker's and the slot's details are joined in when read."""

    id: int
    slot_id: int | None
    starts_at: datetime
    ends_at: datetime
    person_id: int
    municipality_code: str
    one_to_one: bool
    state: BookingState
    gp: GpGuest | None
    cancel_reason: str | None
    created_at: datetime
    version: int
    ical_uid: str
    ical_sequence: int
    superseded: SupersededEvent | None = None


@dataclass(frozen=True)
class TombstoneRow:
    tombstone: Tombstone
    municipality_code: str
    submitted_at: datetime | None


def _municipalities() -> dict[str, Municipality]:
    return {
        m["code"]: Municipality(m["code"], m["name"], m["cluster"], m["hospital_unit"])
        for m in load_municipalities()
    }


def _annual() -> dict[tuple[int, int], AnnualClosure]:
    """As the first migration leaves them: the default annual closure days, switched on."""
    return {(c.month, c.day): AnnualClosure(c.month, c.day, c.reason, True) for c in DEFAULT_ANNUAL_CLOSURES}


@dataclass
class Tables:
    """Everything the store holds, as a freshly migrated store starts: reference data only. Series
    and absences are kept with an empty advisor e-mail, joined in from `people` when read."""

    municipalities: dict[str, Municipality] = field(default_factory=_municipalities)
    people: dict[int, Person] = field(default_factory=dict)
    contacts: dict[int, ContactRow] = field(default_factory=dict)
    annual_closures: dict[tuple[int, int], AnnualClosure] = field(default_factory=_annual)
    closure_dates: dict[date, ClosureDate] = field(default_factory=dict)
    series: dict[int, Series] = field(default_factory=dict)
    slots: dict[int, SlotRow] = field(default_factory=dict)
    skips: dict[tuple[int, date], SkippedDate] = field(default_factory=dict)
    bookings: dict[int, BookingRow] = field(default_factory=dict)
    absences: dict[int, Absence] = field(default_factory=dict)
    summaries: dict[int, Summary] = field(default_factory=dict)  # by booking id
    tombstones: dict[int, TombstoneRow] = field(default_factory=dict)  # by booking id
    audit: list[AuditEntry] = field(default_factory=list)
    settings: dict[str, str] = field(default_factory=dict)  # JSON text, as the column keeps it

    def copy(self) -> Tables:
        """A transaction's own tables: the rows are shared, the dicts are not."""
        return Tables(**{f.name: copy.copy(getattr(self, f.name)) for f in fields(self)})


class Ids:
    """Per table the last id handed out. Kept outside the transactions, like PostgreSQL's sequences:
    an id a rolled-back insert took is not handed out again either."""

    def __init__(self) -> None:
        self._last: dict[str, int] = {}

    def next(self, table: str) -> int:
        self._last[table] = self._last.get(table, 0) + 1
        return self._last[table]


@dataclass
class Transaction:
    """One unit of work's tables, and the names of the tables it wrote (for Store.recording)."""

    tables: Tables
    ids: Ids
    written: set[str] = field(default_factory=set)

    def wrote(self, table: str) -> Tables:
        self.written.add(table)
        return self.tables


def violation(constraint: str) -> IntegrityError:
    """What the database raises for a broken constraint the repositories do not translate."""
    return IntegrityError(f"fake store: {constraint}", None, Exception(f"constraint failed: {constraint}"))


def require(found: object, constraint: str) -> None:
    """A foreign key or CHECK constraint: refuse the write when it does not hold."""
    if not found:
        raise violation(constraint)


def utc(value: datetime) -> datetime:
    """An instant as the UtcDateTime column gives it back: aware, in UTC; a naive one is refused."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given where an instant is required")
    return value.astimezone(UTC)


def now() -> datetime:
    return datetime.now(UTC)


def as_json(value: Any) -> str:
    """A JSON column's value: what goes in comes back as JSON makes it (tuples as lists)."""
    return json.dumps(value)
