"""The append-only audit log (the database refuses UPDATE and DELETE on it)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from app.domain.model import Actor, AuditEntry
from app.ports import Clock
from db.models import AuditRow
from db.prepared import Prepared

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
# and the time (its own clock_timestamp(): a client's clock is not to be trusted with the log; see
# server_security.sql).
_AUDIT_CALL = Prepared(
    select(
        func.public.bua_audit(
            *(bindparam(c) for c in _AUDIT_COLUMNS[1:-2]),
            bindparam("before", type_=AuditRow.before.type),
            bindparam("after", type_=AuditRow.after.type),
        )
    )
)
_ENTRIES = select(*(getattr(AuditRow, c) for c in _AUDIT_COLUMNS)).order_by(AuditRow.id)


class SqlAudit:
    def __init__(self, session: Session, clock: Clock) -> None:
        self.session = session
        self.clock = clock

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
            _AUDIT_INSERT.rowcount(self.session, at=self.clock.now(), **values)

    def list(self, entity: str | None = None, entity_id: str | None = None) -> Sequence[AuditEntry]:
        query = _ENTRIES
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
            for r in self.session.execute(query)
        ]
