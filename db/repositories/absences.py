"""Advisors' absences."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.model import Absence
from app.ports import Clock
from db.models import AbsenceRow, PersonRow


class SqlAbsences:
    def __init__(self, session: Session, clock: Clock) -> None:
        self.session = session
        self.clock = clock

    def add(self, advisor_id: int, starts_on: date, ends_on: date, reason: str) -> Absence:
        row = AbsenceRow(
            advisor_id=advisor_id,
            starts_on=starts_on,
            ends_on=ends_on,
            reason=reason,
            created_at=self.clock.now(),
        )
        self.session.add(row)
        self.session.flush()
        return self.list_where(AbsenceRow.id == row.id)[0]

    def list(self, advisor_id: int | None = None) -> Sequence[Absence]:
        if advisor_id is None:
            return self.list_where()
        return self.list_where(AbsenceRow.advisor_id == advisor_id)

    def list_where(self, *conditions: Any) -> Sequence[Absence]:
        query = (
            select(AbsenceRow, PersonRow.email)
            .join(PersonRow, PersonRow.id == AbsenceRow.advisor_id)
            .where(*conditions)
            .order_by(AbsenceRow.starts_on, AbsenceRow.id)
        )
        return [
            Absence(r.id, r.advisor_id, email, r.starts_on, r.ends_on, r.reason)
            for r, email in self.session.execute(query)
        ]
