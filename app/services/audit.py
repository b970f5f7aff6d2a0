"""The audit log's entries, appended in the transaction of the change they describe."""

from __future__ import annotations

import enum
from dataclasses import asdict, is_dataclass
from datetime import date, datetime, time
from typing import Any

from app.domain.model import Actor, AuditEntry
from app.ports import UnitOfWork


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
