"""What every service needs: the store to open units of work on, and a clock."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, is_dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from app.domain.calendar import ClosureCalendar
from app.domain.model import Actor, AuditEntry, Person
from app.domain.time import ZONE
from app.errors import NotFound
from app.ports import Clock, Store, UnitOfWork

HORIZON_MONTHS_KEY = "horizon_months"
DEFAULT_HORIZON_MONTHS = 12


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return datetime.now(ZONE).date()


@dataclass
class FixedClock:
    """A clock that stays on one Copenhagen day, at `hour` o'clock, until it is moved: the demo's
    history is written on past days with it, and tests and benches run on a day of their choosing."""

    day: date
    hour: int = 12

    def today(self) -> date:
        return self.day

    def now(self) -> datetime:
        return datetime.combine(self.day, time(self.hour), ZONE).astimezone(UTC)


LOCAL_SYSTEM = Actor.system("lokal")


@dataclass(frozen=True)
class Context:
    """The store, the clock, and who reads through it (writes name their actor too, for the audit)."""

    store: Store
    clock: Clock
    actor: Actor = LOCAL_SYSTEM


def closure_calendar(uow: UnitOfWork) -> ClosureCalendar:
    return ClosureCalendar(uow.closures.annual(), uow.closures.dates())


def horizon_end(uow: UnitOfWork, today: date) -> date:
    """The last date slots are materialised for: today plus the rolling horizon."""
    months = uow.settings.get(HORIZON_MONTHS_KEY) or DEFAULT_HORIZON_MONTHS
    return add_months(today, int(months))


def add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for candidate in (day.day, 30, 29, 28):  # 31 January + 1 month is 28/29 February
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def person_by_email(uow: UnitOfWork, email: str) -> Person:
    person = uow.people.by_email(email)
    if person is None:
        raise NotFound(f"Ingen person med e-mail {email}.")
    return person


def record(
    uow: UnitOfWork,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object,
    municipality_code: str | None = None,
    before: object | None = None,
    after: object | None = None,
) -> None:
    """Append one audit entry in the same transaction as the change it describes."""
    uow.audit.append(
        AuditEntry(
            actor,
            action,
            entity,
            str(entity_id),
            municipality_code,
            as_record(before),
            as_record(after),
        )
    )


def as_record(value: object | None) -> dict[str, Any] | None:
    """An audit entry's before or after: plain JSON values."""
    if value is None:
        return None
    record = jsonable(value)
    assert isinstance(record, dict)
    return record


def jsonable(value: Any) -> Any:
    """Dates, times, enums and nested dataclasses as JSON-friendly values (ISO 8601 for time)."""
    if is_dataclass(value) and not isinstance(value, type):
        return jsonable(asdict(value))
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value
